"""What each record area gives the dashboard and a child's chronology.

Every area service offers ``timeline(actor, student_id) -> list[TimelineEntry]`` (its records of
one child) and ``due(actor, today, horizon_days) -> list[DueItem]`` (what falls due, overdue
included). The dashboard and the chronology only merge these lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TimelineEntry:
    """One record in a child's chronology."""

    when: date
    kind: str  # record type code: registration, home_visit, support_plan, session, incident, ...
    record_id: int
    # title and detail are each either an English catalog label (marked with
    # QT_TRANSLATE_NOOP("Catalog", ...)) or the record's own words; views pass both through
    # translated("Catalog", ...), which leaves the record's own words as they are.
    title: str
    detail: str = ""
    restricted: bool = False


@dataclass(frozen=True)
class DueItem:
    """Something that falls due (or is overdue) and the record that opens for it."""

    due: date
    kind: str  # what is due: visit, measure, review, pmpk_expiry, evidence_expiry, step, reply
    record_kind: str  # the record type that opens: registration, home_visit, family, ...
    record_id: int
    title: str  # who and what, e.g. "Ахметов Ерлан: беседа с родителями"
    student_id: int | None = None
    family_id: int | None = None

    def overdue(self, today: date) -> bool:
        return self.due < today
