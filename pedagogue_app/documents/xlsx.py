"""The reports as Excel workbooks (openpyxl): the same five as ``documents.reports``.

Every sheet starts with a title row, the school's name and the scope lines (class or period, the
date the report was made, as real Excel dates), then a bold header row with the panes frozen below
it; counts are numbers, dates are dates, widths are set. The district export adds a sheet that
explains the suppression rule. openpyxl is imported inside the functions: it is not needed to
start the application.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .base import Letterhead, check_lang, tx
from .reports import (
    CONCLUSIONS,
    DISTRICT_SECTIONS,
    GROUNDS,
    INCIDENT_TYPES,
    MEALS,
    MEALS_STATUS,
    ORGANISATION_KINDS,
    PURPOSE,
    REGISTERS_SHORT,
    REMOVAL_REASONS,
    ROLES,
    SESSION_TYPES,
    TEXT,
    WORKLOAD_COLUMNS,
    coded,
    district_cell_label,
    first_lower,
    first_upper,
    passport_class_columns,
    passport_class_values,
    passport_scope_line,
    passport_summary_rows,
    passport_title,
    workload_values,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from ..services.reports import DistrictStats, FreeMealsList, PeriodReport, SocialPassport, Workload

__all__ = ["build_social_passport", "build_free_meals", "build_period_report", "build_workload",
           "build_district_stats", "header_row", "DATE_FORMAT"]

DATE_FORMAT = "DD.MM.YYYY"
SHEETS: dict[str, dict[str, str]] = {
    "summary": {"kk": "Жалпы көрсеткіштер", "ru": "Сводные показатели"},
    "classes": {"kk": "Сыныптар", "ru": "Классы"},
    "meals": {"kk": "Тегін тамақтану", "ru": "Бесплатное питание"},
    "visits": {"kk": "Тексерулер", "ru": "Обследования"},
    "sessions": {"kk": "Психолог", "ru": "Психолог"},
    "incidents": {"kk": "Оқиғалар", "ru": "Инциденты"},
    "referrals": {"kk": "Жолдамалар", "ru": "Направления"},
    "register": {"kk": "Есептегі өзгерістер", "ru": "Изменения учёта"},
    "workload": {"kk": "Жүктеме", "ru": "Нагрузка"},
    "district": {"kk": "Статистика", "ru": "Статистика"},
    "rule": {"kk": "Қорғау ережесі", "ru": "Правило защиты"},
}
HEADS: dict[str, dict[str, str]] = {
    "section": {"kk": "Бөлім", "ru": "Раздел"},
    "no": {"kk": "№", "ru": "№"},
    "category_no": {"kk": "Санат", "ru": "Категория"},
    "category": {"kk": "Санаттың атауы", "ru": "Наименование категории"},
    "family": {"kk": "Отбасы", "ru": "Семья"},
    "representative": {"kk": "Заңды өкіл", "ru": "Законный представитель"},
    "change": {"kk": "Өзгеріс", "ru": "Изменение"},
}
HEAD_FILL = "E6E6E6"


# ---------------------------------------------------------------------------- sheet writing
def _book() -> Workbook:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    return wb


def _sheet_name(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]


def _sheet(wb: Workbook, name: str, title: str, head: Letterhead, lang: str,
           lines: Sequence[Sequence[Any]], header: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[float], *, total_row: bool = False,
           formats: dict[int, str] | None = None) -> Worksheet:
    """A sheet: title, school, ``lines`` (label, values...), a blank row, then the table.

    ``formats`` maps a column index (0-based) to a number format; dates get DD.MM.YYYY.
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(_sheet_name(name))
    # Cells are written by row number: ``ws.max_row`` scans every cell, so a loop asking it for
    # each of 10,000 rows would take minutes.
    at = 0

    def put(values: Sequence[Any]) -> list[Any]:
        nonlocal at
        at += 1
        written = []
        for col, value in enumerate(values, start=1):
            cell = ws.cell(at, col, value)
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif formats and col - 1 in formats and isinstance(value, int | float) \
                    and at > head_at:
                cell.number_format = formats[col - 1]
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            written.append(cell)
        return written

    head_at = len(lines) + 4  # title, school, the lines, a blank row, then the header
    put([title])[0].font = Font(bold=True, size=14)
    put([head.name(lang)])[0].font = Font(bold=True)
    for line in lines:
        put(line)
    at += 1
    fill = PatternFill("solid", fgColor=HEAD_FILL)
    for cell in put(header):
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    last: list[Any] = []
    for row in rows:
        last = put(row)
    if total_row:
        for cell in last:
            cell.font = Font(bold=True)
    ws.freeze_panes = ws.cell(head_at + 1, 1)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    return ws


def header_row(ws: Worksheet) -> int:
    """The row of a sheet's table header (the panes are frozen just below it)."""
    return int(str(ws.freeze_panes).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 1


def _note(ws: Worksheet, text: str) -> None:
    """A paragraph under a table, in its first cell, wrapped across the table's width."""
    from openpyxl.styles import Alignment

    ws.append([])
    ws.append([text])
    row = ws.max_row
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(ws.max_column, 2))
    ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[row].height = 15 * (1 + len(text) // 110)


def _save(wb: Workbook, made_on: date) -> bytes:
    from datetime import datetime

    stamp = datetime(made_on.year, made_on.month, made_on.day)
    wb.properties.creator = "Pedagogue register"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _made_on(lang: str, made_on: date) -> list[Any]:
    return [tx(TEXT, "made_on", lang), made_on]


def _period(lang: str, start: date, end: date) -> list[Any]:
    return [tx(TEXT, "period", lang), start, end]


# ---------------------------------------------------------------------------- social passport
def build_social_passport(p: SocialPassport, lang: str, letterhead: Letterhead) -> bytes:
    """Summary sheet (indicator, children, % of students, families) and, for a grade or the
    school, a sheet with a row per class and the total."""
    check_lang(lang)
    wb = _book()
    title = passport_title(p, lang)
    lines = [[passport_scope_line(p, lang)], _made_on(lang, p.made_on)]
    sections = {"summary": "s_summary", "family": "s_family", "meals": "s_meals",
                "registers": "s_registers"}
    rows = [[tx(TEXT, sections[sec], lang), label, n,
             round(100 * n / p.counts.students, 1) if p.counts.students else 0.0, fam]
            for sec, label, n, fam in passport_summary_rows(p, lang)]
    ws = _sheet(wb, SHEETS["summary"][lang], title, letterhead, lang, lines,
                [HEADS["section"][lang], tx(TEXT, "indicator", lang), tx(TEXT, "children", lang),
                 tx(TEXT, "share", lang), tx(TEXT, "families", lang)], rows,
                [34, 60, 14, 16, 14], formats={3: "0.0"})
    _note(ws, tx(TEXT, "passport_note", lang))
    if p.classes:
        cols = passport_class_columns(lang)
        body: list[list[Any]] = [[c.name, *passport_class_values(c.counts)] for c in p.classes]
        body.append([tx(TEXT, "total", lang), *passport_class_values(p.counts)])
        _sheet(wb, SHEETS["classes"][lang], title, letterhead, lang, lines,
               [tx(TEXT, "class", lang), *(first_upper(h) for _, h in cols)], body,
               [10] + [12] * len(cols), total_row=True)
    return _save(wb, p.made_on)


# ---------------------------------------------------------------------------- free meals
def build_free_meals(rows: FreeMealsList, lang: str, letterhead: Letterhead) -> bytes:
    """One sheet, a row per child: category number and name, child, class, family, legal
    representative, evidence, expiry date and the mark; filters on the header."""
    check_lang(lang)
    wb = _book()
    title = tx(TEXT, "meals_title", lang)
    lines = [_made_on(lang, rows.made_on), [tx(TEXT, "total", lang), len(rows)]]
    for status in ("expired", "soon", "missing"):
        lines.append([first_upper(MEALS_STATUS[status][lang]), rows.with_status(status)])
    body: list[list[Any]] = []
    for n, group in rows.by_category().items():
        for i, r in enumerate(group, start=1):
            body.append([n, coded(MEALS, n, lang), i, r.child, r.class_name, r.family,
                         r.representative, r.evidence, r.valid_until,
                         coded(MEALS_STATUS, r.status, lang)])
    ws = _sheet(wb, SHEETS["meals"][lang], title, letterhead, lang, lines,
                [HEADS["category_no"][lang], HEADS["category"][lang], HEADS["no"][lang],
                 tx(TEXT, "m_child", lang), tx(TEXT, "class", lang), HEADS["family"][lang],
                 HEADS["representative"][lang], tx(TEXT, "m_evidence", lang),
                 tx(TEXT, "m_valid", lang), tx(TEXT, "m_mark", lang)], body,
                [10, 40, 6, 36, 8, 20, 36, 32, 14, 22])
    if body:
        ws.auto_filter.ref = f"A{header_row(ws)}:J{ws.max_row}"
    return _save(wb, rows.made_on)


# ---------------------------------------------------------------------------- period report
def build_period_report(r: PeriodReport, lang: str, letterhead: Letterhead) -> bytes:
    """A sheet per part: visits, sessions (counts and hours only), incidents, referrals and
    register changes."""
    check_lang(lang)
    wb = _book()
    t = TEXT
    title = tx(t, "period_title", lang)
    lines = [_period(lang, r.start, r.end), _made_on(lang, r.made_on)]
    visits: list[list[Any]] = [[tx(t, "visits", lang), r.visits],
                               [tx(t, "visited_families", lang), r.visited_families]]
    visits += [[f"{tx(t, 'by_purpose', lang)}: {coded(PURPOSE, code, lang)}", n]
               for code, n in r.visits_by_purpose.items()]
    visits += [[f"{tx(t, 'by_conclusion', lang)}: {first_lower(coded(CONCLUSIONS, code, lang))}",
                n]
               for code, n in r.visits_by_conclusion.items()]
    _sheet(wb, SHEETS["visits"][lang], title, letterhead, lang, lines,
           [tx(t, "indicator", lang), tx(t, "count", lang)], visits, [60, 14])

    sessions: list[list[Any]] = [[coded(SESSION_TYPES, x.session_type, lang), x.sessions, x.hours]
                                 for x in r.sessions]
    sessions.append([tx(t, "total", lang), r.sessions_total, r.hours_total])
    ws = _sheet(wb, SHEETS["sessions"][lang], title, letterhead, lang, lines,
                [tx(t, "session_type", lang), tx(t, "count", lang), tx(t, "hours", lang)],
                sessions, [40, 14, 12], total_row=True, formats={2: "0.0"})
    ws.append([])
    ws.append([tx(t, "session_children", lang), r.session_children])
    _note(ws, tx(t, "sessions_note", lang))

    incidents: list[list[Any]] = [[coded(INCIDENT_TYPES, x.incident_type, lang), x.open, x.closed,
                                   x.total] for x in r.incidents]
    incidents.append([tx(t, "total", lang), sum(x.open for x in r.incidents),
                      sum(x.closed for x in r.incidents), r.incidents_total])
    _sheet(wb, SHEETS["incidents"][lang], title, letterhead, lang, lines,
           [tx(t, k, lang) for k in ("incident_type", "open", "closed", "total")], incidents,
           [40, 12, 12, 12], total_row=True)

    referrals: list[list[Any]] = [[coded(ORGANISATION_KINDS, x.kind, lang), x.sent, x.replied,
                                   x.awaiting] for x in r.referrals]
    referrals.append([tx(t, "total", lang), r.referrals_total, r.replies_total,
                      r.referrals_total - r.replies_total])
    _sheet(wb, SHEETS["referrals"][lang], title, letterhead, lang, lines,
           [tx(t, k, lang) for k in ("addressee", "sent", "replied", "awaiting")], referrals,
           [50, 14, 14, 14], total_row=True)

    register: list[list[Any]] = []
    for key, items, reasons in (("put_on", r.put_on, GROUNDS), ("removed", r.removed, REMOVAL_REASONS)):
        register += [[tx(t, key, lang), coded(REGISTERS_SHORT, x.kind, lang),
                      first_upper(coded(reasons, x.code, lang)), x.entries, x.children] for x in items]
        register.append([tx(t, key, lang), tx(t, "total", lang), "", sum(x.entries for x in items),
                         r.put_on_children if key == "put_on" else r.removed_children])
    _sheet(wb, SHEETS["register"][lang], title, letterhead, lang, lines,
           [HEADS["change"][lang], tx(t, "kind", lang),
            f"{tx(t, 'ground', lang)} / {tx(t, 'reason', lang)}", tx(t, "entries", lang),
            tx(t, "children_short", lang)], register, [22, 34, 50, 14, 12])
    return _save(wb, r.made_on)


# ---------------------------------------------------------------------------- workload
def build_workload(w: Workload, lang: str, letterhead: Letterhead) -> bytes:
    """A row per specialist, then the school's size, the students per specialist and the note."""
    check_lang(lang)
    wb = _book()
    t = TEXT
    title = tx(t, "workload_title", lang)
    lines = [_period(lang, w.start, w.end), _made_on(lang, w.made_on)]
    body: list[list[Any]] = [[row.name, coded(ROLES, row.position, lang) if row.position else "",
                              *workload_values(row)] for row in w.rows]
    ws = _sheet(wb, SHEETS["workload"][lang], title, letterhead, lang, lines,
                [tx(t, "w_name", lang), tx(t, "w_position", lang)]
                + [tx(t, k, lang) for k in WORKLOAD_COLUMNS], body,
                [36, 24, 14, 14, 10, 14, 14, 16, 14], formats={4: "0.0"})
    ws.append([])
    ws.append([tx(t, "s_size", lang)])
    for label, value in ((tx(t, "w_students", lang), w.students),
                         (tx(t, "w_on_register", lang), w.children_on_register),
                         (tx(t, "w_pedagogues", lang), w.social_pedagogues),
                         (tx(t, "w_per_pedagogue", lang), w.students_per_social_pedagogue),
                         (tx(t, "w_psychologists", lang), w.psychologists),
                         (tx(t, "w_per_psychologist", lang), w.students_per_psychologist)):
        ws.append([label, value if value is not None else "—"])
    _note(ws, tx(t, "w_note", lang))
    return _save(wb, w.made_on)


# ---------------------------------------------------------------------------- district statistics
def build_district_stats(d: DistrictStats, lang: str, letterhead: Letterhead) -> bytes:
    """Counts only: section, indicator, value (a number, "<5" or "x"); a second sheet explains
    the suppression rule. The school's name is the only text that is not fixed wording."""
    check_lang(lang)
    wb = _book()
    t = TEXT
    title = tx(t, "district_title", lang)
    lines: list[list[Any]] = [_period(lang, d.start, d.end), _made_on(lang, d.made_on)]
    if d.district:
        lines.insert(0, [tx(t, "district", lang), d.district])
    # No section numbers: the only numbers on the sheet are counts (0 or 5 and more).
    body: list[list[Any]] = []
    for section in d.sections:
        name = DISTRICT_SECTIONS[section.code][lang]
        for cell in section.cells:
            body.append([name, first_upper(district_cell_label(section.code, cell.code, lang)),
                         cell.value])
        if section.total is not None:
            body.append([name, tx(t, "total", lang), section.total.value])
    ws = _sheet(wb, SHEETS["district"][lang], title, letterhead, lang, lines,
                [HEADS["section"][lang], tx(t, "d_indicator", lang), tx(t, "d_value", lang)],
                body, [60, 50, 12])
    from openpyxl.styles import Alignment, Font

    for (cell,) in ws.iter_rows(min_row=header_row(ws) + 1, min_col=3, max_col=3):
        if isinstance(cell.value, str):  # "<5" and "x" line up with the numbers
            cell.alignment = Alignment(horizontal="right")
    _note(ws, tx(t, "d_stock", lang).format(date=d.end.strftime("%d.%m.%Y")))

    rule = wb.create_sheet(_sheet_name(SHEETS["rule"][lang]))
    rule.append([tx(t, "d_rule_title", lang)])
    rule.cell(1, 1).font = Font(bold=True, size=14)
    for paragraph in tx(t, "d_rule", lang).split("\n"):
        rule.append([paragraph])
        rule.cell(rule.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        rule.row_dimensions[rule.max_row].height = 15 * (1 + len(paragraph) // 95)
    rule.column_dimensions["A"].width = 110
    return _save(wb, d.made_on)
