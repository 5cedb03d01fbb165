"""Home-visit acts (акт обследования жилищно-бытовых условий): validation, saving, lists, due visits.

Commission members and everyone living at the address are stored as text, one line per person:
``name — role`` (or ``name — relation``). :func:`parse_people` reads that back, and also the older
single-line lists separated by commas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..db import Register
from ..models import Family, HomeVisit, Student
from . import access, validators
from .context import Actor
from .errors import Collector, NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import full_name
from .timeline import DueItem, TimelineEntry

RECORD_TYPE = "home_visit"

PURPOSES = {
    "planned": QT_TRANSLATE_NOOP("Catalog", "planned visit"),
    "unplanned": QT_TRANSLATE_NOOP("Catalog", "unplanned visit"),
    "on_request": QT_TRANSLATE_NOOP("Catalog", "at the request of a body"),
}
CONCLUSIONS = {
    "satisfactory": QT_TRANSLATE_NOOP("Catalog", "living conditions satisfactory"),
    "unsatisfactory": QT_TRANSLATE_NOOP("Catalog", "living conditions unsatisfactory"),
}
# Suggestions for the free-text housing fields: a code is stored when a suggestion is chosen,
# any other text is stored as typed (older acts hold plain words).
OWNERSHIP = {
    "own": QT_TRANSLATE_NOOP("Catalog", "owned"),
    "rent": QT_TRANSLATE_NOOP("Catalog", "rented"),
    "relatives": QT_TRANSLATE_NOOP("Catalog", "living with relatives"),
    "service": QT_TRANSLATE_NOOP("Catalog", "service housing"),
    "social": QT_TRANSLATE_NOOP("Catalog", "social (municipal) housing"),
    "dormitory": QT_TRANSLATE_NOOP("Catalog", "dormitory"),
    "none": QT_TRANSLATE_NOOP("Catalog", "no housing of their own"),
}
CONDITIONS = {
    "good": QT_TRANSLATE_NOOP("Catalog", "good"),
    "satisfactory": QT_TRANSLATE_NOOP("Catalog", "satisfactory"),
    "needs_repair": QT_TRANSLATE_NOOP("Catalog", "needs repair"),
    "unsatisfactory": QT_TRANSLATE_NOOP("Catalog", "unsatisfactory"),
    "dilapidated": QT_TRANSLATE_NOOP("Catalog", "dilapidated (unsafe)"),
}
HEATING = {
    "central": QT_TRANSLATE_NOOP("Catalog", "central"),
    "gas": QT_TRANSLATE_NOOP("Catalog", "own gas boiler"),
    "electric": QT_TRANSLATE_NOOP("Catalog", "electric"),
    "stove": QT_TRANSLATE_NOOP("Catalog", "stove (coal, wood)"),
    "none": QT_TRANSLATE_NOOP("Catalog", "no heating"),
}
SANITARY = {
    "good": QT_TRANSLATE_NOOP("Catalog", "good"),
    "satisfactory": QT_TRANSLATE_NOOP("Catalog", "satisfactory"),
    "unsatisfactory": QT_TRANSLATE_NOOP("Catalog", "unsatisfactory"),
}
# Bodies that ask for a visit; suggestions only, the act keeps the text as typed.
REQUESTING_BODIES = {
    "commission": QT_TRANSLATE_NOOP("Catalog", "commission for minors' affairs (КДНиЗП)"),
    "police": QT_TRANSLATE_NOOP("Catalog", "juvenile police (ОЮП)"),
    "guardianship": QT_TRANSLATE_NOOP("Catalog", "guardianship body"),
    "education": QT_TRANSLATE_NOOP("Catalog", "education department"),
    "court": QT_TRANSLATE_NOOP("Catalog", "court"),
    "social": QT_TRANSLATE_NOOP("Catalog", "social protection department"),
}

HOUSING_FLAGS = ("water", "sewerage", "gas", "electricity")
CHILD_FLAGS = ("child_corner", "child_desk", "child_bed", "seasonal_clothes", "school_supplies",
               "food", "computer")
LONG_TEXTS = ("parents_attention", "family_climate", "neglect_signs", "child_words",
              "recommendations", "measures")
SHORT_TEXTS = ("housing_ownership", "housing_condition", "heating", "sanitary_state")
ACT_NO_MAX = 20
SHORT_MAX = 200
PERSON_MAX = 200
SIGNATURES_MAX = 500
ROOMS_RANGE = (0, 50)
AREA_RANGE = (1, 1000)
NEXT_VISIT_MAX_DAYS = 2 * 366
PERSON_SEP = " — "

MESSAGES = {
    "visit_act_no_taken": QT_TRANSLATE_NOOP(
        "Validation", "Act No. {act_no} of {year} already exists: take the next free number."),
    "visit_act_no_format": QT_TRANSLATE_NOOP(
        "Validation", "Act No.: letters and digits, may be joined by / or -, e.g. 12 or 12/3."),
    "visit_time_format": QT_TRANSLATE_NOOP("Validation", "Enter the time as HH:MM, e.g. 16:30."),
    "visit_who": QT_TRANSLATE_NOOP("Validation", "Choose the student or the family visited."),
    "visit_not_found": QT_TRANSLATE_NOOP(
        "Validation", "This record is no longer in the register: choose again."),
    "visit_not_student_family": QT_TRANSLATE_NOOP(
        "Validation", "This is not the family of the chosen student."),
    "visit_requester": QT_TRANSLATE_NOOP(
        "Validation", "Name the body that asked for the visit."),
    "visit_needs_measures": QT_TRANSLATE_NOOP(
        "Validation", "Conditions are unsatisfactory: give the recommendations or the measures."),
    "visit_next_after": QT_TRANSLATE_NOOP(
        "Validation", "The next visit must be after the visit date."),
    "visit_refused_who": QT_TRANSLATE_NOOP("Validation", "Name who refused to sign."),
}
register_messages(MESSAGES)

_ACT_NO = re.compile(r"^[^\W_]+(?:[/\-.][^\W_]+)*$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_PERSON_SPLIT = re.compile(r"\s*[—–]\s*|\s+-\s+")


@dataclass
class HomeVisitData:
    """What the home-visit dialog edits."""

    act_no: str = ""
    visit_date: date | None = None
    visit_time: str = ""
    purpose: str = "planned"
    requested_by: str = ""
    student_id: int | None = None
    family_id: int | None = None
    commission: str = ""  # one line per person: "name — position"
    residents: str = ""  # one line per person: "name — relation"
    housing_ownership: str = ""
    rooms: int | None = None
    area_m2: float | None = None
    housing_condition: str = ""
    water: bool = False
    heating: str = ""
    sewerage: bool = False
    gas: bool = False
    electricity: bool = True
    sanitary_state: str = ""
    child_corner: bool = False
    child_desk: bool = False
    child_bed: bool = False
    seasonal_clothes: bool = False
    school_supplies: bool = False
    food: bool = False
    computer: bool = False
    parents_attention: str = ""
    family_climate: str = ""
    neglect_signs: str = ""
    child_words: str = ""
    conclusion: str = ""
    recommendations: str = ""
    measures: str = ""
    next_visit_on: date | None = None
    signatures: str = ""
    refused_to_sign: bool = False


@dataclass
class HomeVisitRecord:
    id: int
    uid: str
    version: int
    data: HomeVisitData
    student_name: str = ""  # "Surname Name Patronymic, 5А"
    family_title: str = ""
    family_address: str = ""


class HomeVisitRow(NamedTuple):
    """One act in a list (a student card, a family)."""

    id: int
    act_no: str
    visit_date: date
    purpose: str
    conclusion: str
    student_id: int | None
    student_name: str
    family_id: int | None
    family_title: str
    next_visit_on: date | None
    archived: bool


_FIELDS = [f.name for f in fields(HomeVisitData)]
_COLUMNS = [n for n in _FIELDS if n not in ("student_id", "family_id")]


def parse_people(text: str) -> list[tuple[str, str]]:
    """``name — role`` lines as (name, role) pairs; one comma-separated line is a list of names."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) == 1 and "," in lines[0] and not _PERSON_SPLIT.search(lines[0]):
        lines = [p.strip() for p in lines[0].split(",") if p.strip()]
    people = []
    for line in lines:
        parts = _PERSON_SPLIT.split(line, maxsplit=1)
        people.append((parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""))
    return people


def people_text(people: list[tuple[str, str]]) -> str:
    """The stored form of (name, role) pairs: one line per person, empty pairs left out."""
    lines = []
    for name, role in people:
        name, role = validators.clean(name), validators.clean(role)
        if name or role:
            lines.append(f"{name}{PERSON_SEP}{role}".strip() if role else name)
    return "\n".join(lines)


def normalize_time(text: str) -> str:
    """``9:30`` or ``09.30`` -> ``09:30``; anything else is returned trimmed, unchanged."""
    text = text.strip()
    m = _TIME.match(text)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else text


def _act_key(act_no: str) -> str:
    return act_no.casefold()


def _clean_act_no(text: str) -> str:
    text = validators.clean(text)
    if text.startswith("№"):
        text = text[1:].strip()
    return text


def _year_bounds(year: int) -> tuple[str, str]:
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


def _fk_id(row: HomeVisit, name: str) -> int | None:
    """The raw id of a foreign key, without loading the row it points to."""
    value = row.__data__.get(name)
    return None if value is None else int(value)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


_ROW_SQL = """
SELECT v.id, v.act_no, v.visit_date, v.purpose, v.conclusion, v.student_id,
       COALESCE(s.last_name || ' ' || s.first_name
                || CASE WHEN s.patronymic <> '' THEN ' ' || s.patronymic ELSE '' END, ''),
       v.family_id, COALESCE(f.title, ''), v.next_visit_on, v.deleted
FROM home_visit v
LEFT JOIN student s ON s.id = v.student_id
LEFT JOIN family f ON f.id = v.family_id
"""
_LATER = "(w.visit_date > v.visit_date OR (w.visit_date = v.visit_date AND w.id > v.id))"
# The latest live act of each family (or of each child, when the act names no family) whose
# next visit falls on or before the date given; the range scan runs on home_visit_next.
_DUE_SQL = f"""
SELECT v.id, v.next_visit_on, v.family_id, v.student_id, COALESCE(f.title, ''),
       COALESCE(s.last_name || ' ' || s.first_name, '')
FROM home_visit v INDEXED BY home_visit_next
LEFT JOIN family f ON f.id = v.family_id
LEFT JOIN student s ON s.id = v.student_id
WHERE v.next_visit_on <= ? AND v.deleted = 0
  AND (v.family_id IS NULL OR f.deleted = 0)
  AND (v.family_id IS NOT NULL OR (s.deleted = 0 AND s.archived_at IS NULL))
  AND NOT EXISTS (SELECT 1 FROM home_visit w WHERE w.family_id = v.family_id
                  AND w.deleted = 0 AND {_LATER})
  AND (v.family_id IS NOT NULL OR NOT EXISTS (
       SELECT 1 FROM home_visit w WHERE w.student_id = v.student_id AND w.deleted = 0
       AND {_LATER}))
"""


class HomeVisitService:
    """Use cases of the home-visit acts."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, visit_id: int) -> HomeVisitRecord:
        access.check(actor, access.READ, RECORD_TYPE)
        v = self._existing(visit_id)
        data = HomeVisitData(**{n: getattr(v, n) for n in _COLUMNS},
                             student_id=_fk_id(v, "student"), family_id=_fk_id(v, "family"))
        record = HomeVisitRecord(id=v.id, uid=v.uid, version=v.version, data=data)
        if data.student_id is not None:
            s = Student.get_or_none(Student.id == data.student_id)
            if s is not None:
                record.student_name = (f"{full_name(s.last_name, s.first_name, s.patronymic)}, "
                                       f"{s.grade}{s.class_letter}")
        if data.family_id is not None:
            f = Family.get_or_none(Family.id == data.family_id)
            if f is not None:
                record.family_title, record.family_address = f.title, f.address_actual
        return record

    def for_family(self, actor: Actor, family_id: int, *,
                   include_archived: bool = False) -> list[HomeVisitRow]:
        """Acts of one family, newest first."""
        access.check(actor, access.READ, RECORD_TYPE)
        return self._rows("v.family_id = ?", [family_id], include_archived)

    def for_student(self, actor: Actor, student_id: int, *,
                    include_archived: bool = False) -> list[HomeVisitRow]:
        """Acts naming the student and acts of the student's family, newest first."""
        access.check(actor, access.READ, RECORD_TYPE)
        return self._rows("(v.student_id = ? OR v.family_id = "
                          "(SELECT family_id FROM student WHERE id = ?))",
                          [student_id, student_id], include_archived)

    def _rows(self, where: str, params: list[object], include_archived: bool) -> list[HomeVisitRow]:
        sql = _ROW_SQL + "WHERE " + where
        if not include_archived:
            sql += " AND v.deleted = 0"
        sql += " ORDER BY v.visit_date DESC, v.id DESC"
        result = []
        for r in self.db.execute_sql(sql, params).fetchall():
            visit_date = _as_date(r[2])
            assert visit_date is not None
            result.append(HomeVisitRow(r[0], r[1], visit_date, r[3], r[4], r[5], r[6], r[7],
                                       r[8], _as_date(r[9]), bool(r[10])))
        return result

    def next_act_no(self, actor: Actor, year: int) -> str:
        """The next free act number of ``year``: one more than the highest plain number used.

        Archived acts count too, so that restoring one never finds its number taken by a
        number this method suggested.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        return self._next_number(year)

    def timeline(self, actor: Actor, student_id: int) -> list[TimelineEntry]:
        """The child's acts (and the acts of the child's family) for the chronology."""
        entries = []
        for r in self.for_student(actor, student_id):
            detail = " · ".join(filter(None, (f"№ {r.act_no}", r.family_title)))
            if r.student_id is not None and r.student_id != student_id and r.student_name:
                detail = f"{detail}: {r.student_name}"
            # the title is the conclusion's catalog label, translated by the view
            entries.append(TimelineEntry(when=r.visit_date, kind=RECORD_TYPE, record_id=r.id,
                                         title=CONCLUSIONS.get(r.conclusion, r.conclusion),
                                         detail=detail))
        return entries

    def due(self, actor: Actor, today: date, horizon_days: int = 14) -> list[DueItem]:
        """Next visits of the latest act of each family due by ``today + horizon_days``."""
        access.check(actor, access.READ, RECORD_TYPE)
        until = (today + timedelta(days=horizon_days)).isoformat()
        items = []
        for vid, on, family_id, student_id, title, name in self.db.execute_sql(
                _DUE_SQL, (until,)).fetchall():
            due_on = _as_date(on)
            assert due_on is not None
            items.append(DueItem(due=due_on, kind="visit", record_kind=RECORD_TYPE,
                                 record_id=vid, title=name or title, student_id=student_id,
                                 family_id=family_id))
        return items

    # --- writing ---------------------------------------------------------------------------
    def validate(self, data: HomeVisitData, visit_id: int | None = None,
                 today: date | None = None) -> HomeVisitData:
        """Check and normalise ``data``; fill the family from the student, the act No. if empty.

        Raises:
            ValidationError: naming every field that is wrong.
        """
        today = today or date.today()
        d = HomeVisitData(**{n: getattr(data, n) for n in _FIELDS})
        c = Collector()
        validators.past_date(c, "visit_date", d.visit_date, today=today, required=True)
        self._check_act_no(c, d, visit_id)
        d.visit_time = normalize_time(d.visit_time)
        if d.visit_time:
            m = _TIME.match(d.visit_time)
            if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
                c.add("visit_time", "visit_time_format")
        d.requested_by = validators.clean(d.requested_by)
        if d.purpose not in PURPOSES:
            c.add("purpose", "bad_choice")
        elif d.purpose == "on_request":
            if not d.requested_by:
                c.add("requested_by", "visit_requester")
            validators.text(c, "requested_by", d.requested_by, limit=SHORT_MAX)
        else:
            d.requested_by = ""
        self._check_who(c, d)
        d.commission = self._check_people(c, "commission", d.commission, required=True)
        d.residents = self._check_people(c, "residents", d.residents)
        for name in SHORT_TEXTS:
            setattr(d, name, validators.clean(getattr(d, name)))
            validators.text(c, name, getattr(d, name), limit=SHORT_MAX)
        if d.rooms is not None and not ROOMS_RANGE[0] <= d.rooms <= ROOMS_RANGE[1]:
            c.add("rooms", "number_range", min=ROOMS_RANGE[0], max=ROOMS_RANGE[1])
        if d.area_m2 is not None and not AREA_RANGE[0] <= d.area_m2 <= AREA_RANGE[1]:
            c.add("area_m2", "number_range", min=AREA_RANGE[0], max=AREA_RANGE[1])
        for name in LONG_TEXTS:
            setattr(d, name, (getattr(d, name) or "").strip())
            validators.text(c, name, getattr(d, name))
        if not d.conclusion:
            c.add("conclusion", "required")
        elif d.conclusion not in CONCLUSIONS:
            c.add("conclusion", "bad_choice")
        elif d.conclusion == "unsatisfactory" and not (d.recommendations or d.measures):
            c.add("recommendations", "visit_needs_measures")
        if d.next_visit_on is not None and d.visit_date is not None:
            if d.next_visit_on <= d.visit_date:
                c.add("next_visit_on", "visit_next_after")
            elif d.next_visit_on > d.visit_date + timedelta(days=NEXT_VISIT_MAX_DAYS):
                c.add("next_visit_on", "date_too_far")
        d.signatures = validators.clean(d.signatures)
        validators.text(c, "signatures", d.signatures, limit=SIGNATURES_MAX)
        if d.refused_to_sign and not d.signatures:
            c.add("signatures", "visit_refused_who")
        c.raise_if_any()
        return d

    def _check_act_no(self, c: Collector, d: HomeVisitData, visit_id: int | None) -> None:
        d.act_no = _clean_act_no(d.act_no)
        if not d.act_no:
            if d.visit_date is not None and not any(e.field == "visit_date" for e in c.errors):
                d.act_no = self._next_number(d.visit_date.year)
            else:
                c.add("act_no", "required")
            return
        if len(d.act_no) > ACT_NO_MAX:
            c.add("act_no", "too_long", max=ACT_NO_MAX)
        elif not _ACT_NO.match(d.act_no):
            c.add("act_no", "visit_act_no_format")
        elif d.visit_date is not None and self._act_no_taken(d.act_no, d.visit_date.year,
                                                             visit_id):
            c.add("act_no", "visit_act_no_taken", act_no=d.act_no, year=d.visit_date.year)

    def _next_number(self, year: int) -> str:
        row = self.db.execute_sql(
            "SELECT max(CAST(act_no AS INTEGER)) FROM home_visit "
            "WHERE visit_date BETWEEN ? AND ? AND act_no <> '' AND act_no NOT GLOB '*[^0-9]*'",
            _year_bounds(year)).fetchone()
        # numbers printed on blank paper acts (services/documents.py) are taken too
        reserved = self.db.execute_sql(
            "SELECT value FROM setting WHERE key = ?", (f"blank_visit_acts_reserved_{year}",)).fetchone()
        printed = int(reserved[0]) if reserved and str(reserved[0]).isdigit() else 0
        return str(max(row[0] or 0, printed) + 1)

    def _act_no_taken(self, act_no: str, year: int, visit_id: int | None) -> bool:
        rows = self.db.execute_sql(
            "SELECT act_no FROM home_visit WHERE deleted = 0 AND visit_date BETWEEN ? AND ? "
            "AND id <> ?", (*_year_bounds(year), visit_id or 0)).fetchall()
        key = _act_key(act_no)
        return any(_act_key(_clean_act_no(r[0])) == key for r in rows)

    @staticmethod
    def _check_who(c: Collector, d: HomeVisitData) -> None:
        student = family = None
        if d.student_id is not None:
            student = Student.get_or_none((Student.id == d.student_id)
                                          & (Student.deleted == False))  # noqa: E712
            if student is None:
                c.add("student_id", "visit_not_found")
        if d.family_id is not None:
            family = Family.get_or_none((Family.id == d.family_id)
                                        & (Family.deleted == False))  # noqa: E712
            if family is None:
                c.add("family_id", "visit_not_found")
        if d.student_id is None and d.family_id is None:
            c.add("student_id", "visit_who")
        if student is not None:
            if d.family_id is None:
                d.family_id = student.family_id
            elif family is not None and student.family_id != d.family_id:
                c.add("family_id", "visit_not_student_family")

    @staticmethod
    def _check_people(c: Collector, field: str, text: str, *, required: bool = False) -> str:
        """Trim the lines of a people list and check each; the text is otherwise kept as is."""
        lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
        text = "\n".join(lines)
        if not lines:
            if required:
                c.add(field, "required")
            return text
        for row, (name, role) in enumerate(parse_people(text), start=1):
            line = people_text([(name, role)])
            if not name:
                c.add(field, "row_invalid", row=row, problem="required")
            elif len(line) > PERSON_MAX:
                c.add(field, "row_invalid", row=row, problem="too_long", max=PERSON_MAX)
        validators.text(c, field, text)
        return text

    def save(self, actor: Actor, data: HomeVisitData, visit_id: int | None = None) -> int:
        """Validate and store an act; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: ``visit_id`` names no live act.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        if visit_id is not None:
            self._existing(visit_id)
        d = self.validate(data, visit_id)
        with self.db.atomic():
            v = HomeVisit() if visit_id is None else self._existing(visit_id)
            for name in _COLUMNS:
                setattr(v, name, getattr(d, name))
            for name, value in (("student", d.student_id), ("family", d.family_id)):
                setattr(v, name, value)  # the ids (the model declares no *_id attributes)
            if visit_id is not None:
                v.touch(actor.device_id)
            else:
                v.updated_by = actor.device_id
            v.save()
        return int(v.id)

    def archive(self, actor: Actor, visit_id: int) -> None:
        """Move an act to the archive (a tombstone: nothing is deleted)."""
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            v = self._existing(visit_id)
            v.deleted = True
            v.touch(actor.device_id)
            v.save()

    def restore(self, actor: Actor, visit_id: int) -> None:
        """Bring an archived act back, unless a live act of its year took its number meanwhile.

        Raises:
            NotFound: no archived act with this id.
            ValidationError: ``act_no`` is taken; nothing is changed.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            v = HomeVisit.get_or_none((HomeVisit.id == visit_id)
                                      & (HomeVisit.deleted == True))  # noqa: E712
            if v is None:
                raise NotFound(visit_id)
            visit_date = _as_date(v.visit_date)
            assert visit_date is not None
            if v.act_no and self._act_no_taken(v.act_no, visit_date.year, visit_id):
                raise ValidationError.single("act_no", "visit_act_no_taken", act_no=v.act_no,
                                             year=visit_date.year)
            v.deleted = False
            v.touch(actor.device_id)
            v.save()

    @staticmethod
    def _existing(visit_id: int) -> HomeVisit:
        v = HomeVisit.get_or_none((HomeVisit.id == visit_id)
                                  & (HomeVisit.deleted == False))  # noqa: E712
        if v is None:
            raise NotFound(visit_id)
        return v


__all__ = ["CHILD_FLAGS", "CONCLUSIONS", "CONDITIONS", "HEATING", "HOUSING_FLAGS", "OWNERSHIP",
           "PURPOSES", "REQUESTING_BODIES", "SANITARY", "HomeVisitData", "HomeVisitRecord",
           "HomeVisitRow", "HomeVisitService", "normalize_time", "parse_people", "people_text"]
