"""Reports and blank forms as files: the data from :mod:`.reports`, the bytes from ``documents``.

The reports page runs :func:`make_report` in the background worker; it is plain Python, so the
tests call it directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..db import Register
from . import access
from .context import Actor
from .errors import Collector
from .messages import QT_TRANSLATE_NOOP, register_messages

# code -> (title, what it holds); the page shows them translated, in this order
REPORTS = {
    "passport": QT_TRANSLATE_NOOP("Catalog", "Social passport"),
    "free_meals": QT_TRANSLATE_NOOP("Catalog", "Free meals and Vseobuch lists"),
    "period": QT_TRANSLATE_NOOP("Catalog", "Period report"),
    "workload": QT_TRANSLATE_NOOP("Catalog", "Specialists' workload"),
    "district": QT_TRANSLATE_NOOP("Catalog", "Anonymous statistics for the district"),
    "journal": QT_TRANSLATE_NOOP("Catalog", "Journal of outgoing letters"),
    "blank_visits": QT_TRANSLATE_NOOP("Catalog", "Blank home-visit act forms"),
    "blank_incidents": QT_TRANSLATE_NOOP("Catalog", "Blank incident forms"),
}
DESCRIPTIONS = {
    "passport": QT_TRANSLATE_NOOP(
        "Catalog", "Counts of children by family and child category, for one class or the whole "
        "school with a row per class."),
    "free_meals": QT_TRANSLATE_NOOP(
        "Catalog", "Children by the five free-meals categories with their evidence documents; "
        "expired and soon expiring documents are flagged."),
    "period": QT_TRANSLATE_NOOP(
        "Catalog", "Home visits, psychologist sessions, incidents by type, referrals and replies, "
        "register changes in the period."),
    "workload": QT_TRANSLATE_NOOP(
        "Catalog", "Children, sessions, hours and visits per specialist in the period, against "
        "the size of the school."),
    "district": QT_TRANSLATE_NOOP(
        "Catalog", "Counts only, without names or ИИН; counts under 5 are hidden so that no child "
        "can be recognised."),
    "journal": QT_TRANSLATE_NOOP("Catalog", "Every letter issued in the year of the period's end."),
    "blank_visits": QT_TRANSLATE_NOOP(
        "Catalog", "Pre-numbered act forms to fill by hand on days without a computer."),
    "blank_incidents": QT_TRANSLATE_NOOP(
        "Catalog", "Pre-numbered incident forms to fill by hand on days without a computer."),
}
NEEDS_PERIOD = {"period", "workload", "district", "journal"}
NEEDS_CLASS = {"passport"}
NEEDS_COPIES = {"blank_visits", "blank_incidents"}
HAS_XLSX = {"passport", "free_meals", "period", "workload", "district"}

MESSAGES = {
    "period_order": QT_TRANSLATE_NOOP("Validation", "The period cannot end before it starts."),
    "period_future": QT_TRANSLATE_NOOP("Validation", "The period cannot start in the future."),
    "no_excel": QT_TRANSLATE_NOOP("Validation", "This report has no Excel form; use the PDF."),
}
register_messages(MESSAGES)


@dataclass(frozen=True)
class ReportRequest:
    code: str
    fmt: str = "pdf"  # pdf or xlsx
    lang: str = "kk"
    start: date | None = None
    end: date | None = None
    grade: int | None = None
    letter: str = ""
    copies: int = 5


def validate(request: ReportRequest, today: date | None = None) -> None:
    """Raise ValidationError naming the field (start, end, fmt) when the request is wrong."""
    today = today or date.today()
    c = Collector()
    if request.code not in REPORTS:
        raise ValueError(request.code)
    if request.lang not in ("kk", "ru"):
        raise ValueError(request.lang)
    if request.code in NEEDS_PERIOD:
        if request.start is None:
            c.add("start", "required")
        elif request.start > today:
            c.add("start", "period_future")
        if request.end is None:
            c.add("end", "required")
        elif request.start is not None and request.end < request.start:
            c.add("end", "period_order")
    if request.fmt == "xlsx" and request.code not in HAS_XLSX:
        c.add("fmt", "no_excel")
    c.raise_if_any()


def make_report(register: Register, actor: Actor, request: ReportRequest,
                today: date | None = None) -> bytes:
    """The bytes of the requested report or blank forms (PDF or XLSX)."""
    access.check(actor, access.READ, "reports")
    validate(request, today)
    from ..documents import reports as pdf
    from ..documents import xlsx
    from .documents import DocumentService
    from .reports import ReportService

    documents = DocumentService(register)
    if request.code == "blank_visits":
        return bytes(documents.blank_visit_acts(actor, request.copies, request.lang))
    if request.code == "blank_incidents":
        return bytes(documents.blank_incident_forms(actor, request.copies, request.lang))
    if request.code == "journal":
        return _journal(register, actor, request)
    head = documents.letterhead(actor)
    service = ReportService(register)
    data: Any
    builders: tuple[Callable[..., bytes], Callable[..., bytes]]
    start, end = request.start or date.today(), request.end or date.today()  # validated above
    if request.code == "passport":
        data = service.social_passport(actor, request.grade, request.letter or None, today=today)
        builders = (pdf.build_social_passport, xlsx.build_social_passport)
    elif request.code == "free_meals":
        data = service.free_meals(actor, today=today)
        builders = (pdf.build_free_meals, xlsx.build_free_meals)
    elif request.code == "period":
        data = service.period_report(actor, start, end)
        builders = (pdf.build_period_report, xlsx.build_period_report)
    elif request.code == "workload":
        data = service.workload(actor, start, end)
        builders = (pdf.build_workload, xlsx.build_workload)
    else:
        data = service.district_stats(actor, start, end)
        builders = (pdf.build_district_stats, xlsx.build_district_stats)
    build: Callable[..., bytes] = builders[0] if request.fmt == "pdf" else builders[1]
    return bytes(build(data, request.lang, head))


def _journal(register: Register, actor: Actor, request: ReportRequest) -> bytes:
    from ..documents.journal import build_journal
    from .documents import DocumentService
    from .journal import OutgoingJournal

    assert request.end is not None
    year = request.end.year
    rows = OutgoingJournal(register).rows(actor, year)
    return bytes(build_journal(rows, year, request.lang, DocumentService(register).letterhead(actor)))
