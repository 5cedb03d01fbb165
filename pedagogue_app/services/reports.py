"""The reports users expect (DOMAIN.md): social passport, free-meals lists, the period report,
specialists' workload and anonymous statistics for the district education department.

Every figure comes from aggregate SQL (``GROUP BY`` and ``count``/``sum`` over joins), never from
Python loops over students, so the school's social passport of 50,000 children takes well under
a second. The results are plain dataclasses of codes and numbers (no Qt, no labels): the PDF
builders (``documents.reports``) and the Excel builders (``documents.xlsx``) print them in Kazakh
or Russian.

Who counts: a student counts while not deleted and not archived. A family's flags are its
:class:`~pedagogue_app.models.FamilyCategory` codes (``services.catalog.FAMILY_CATEGORIES``);
a child counts under every flag of their family. "Complete family" is not stored: it is a child
whose family record exists and is flagged neither incomplete, guardianship nor orphan. A child is
on a register on a day when an entry of that kind started on or before it and was not removed by
then; a child has special educational needs when a (not deleted) special-needs plan exists, as the
register's "SEN" filter and the dashboard count them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..db import Register
from ..db.search import sort_key
from . import access
from .catalog import FAMILY_CATEGORIES, MEALS_CATEGORIES, REGISTER_KINDS
from .context import Actor
from .home_visits import CONCLUSIONS, PURPOSES, parse_people
from .incidents import INCIDENT_STATUSES, INCIDENT_TYPES
from .organisations import ORGANISATION_KINDS
from .sessions import SESSION_TYPES
from .students import class_name

__all__ = [
    "FAMILY_CODES", "MEALS_CODES", "REGISTER_CODES", "SUPPRESSED", "SECONDARY", "SUPPRESSION_MIN",
    "PassportCounts", "ClassPassport", "SocialPassport", "FreeMealsRow", "FreeMealsList",
    "SessionLine", "IncidentLine", "ReferralLine", "RegisterLine", "PeriodReport",
    "WorkloadRow", "Workload", "DistrictCell", "DistrictSection", "DistrictStats",
    "ReportService", "protect",
]

RECORD_TYPE = "reports"
# Family flags in the order of the passport: the derived "complete" first, then the catalog.
FAMILY_CODES: tuple[str, ...] = ("complete", *FAMILY_CATEGORIES)
MEALS_CODES: tuple[int, ...] = tuple(MEALS_CATEGORIES)
REGISTER_CODES: tuple[str, ...] = tuple(REGISTER_KINDS)
NOT_COMPLETE = ("incomplete", "guardianship", "orphan")
SOON_DAYS = 30

LIVE = "s.deleted = 0 AND s.archived_at IS NULL"
# Register entries that count: not deleted, of a family or of a student who was not deleted.
ENTRY = ("r.deleted = 0 AND (r.student_id IS NULL OR r.student_id IN "
         "(SELECT id FROM student WHERE deleted = 0))")


def _day(value: Any) -> date | None:
    """A date read back from SQLite (ISO text, possibly with a time) or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _name_key(name: str) -> str:
    """Names as typed by different people: spaces and case ignored."""
    return " ".join(name.split()).casefold()


def _class_order(grade: int, letter: str) -> tuple[int, str]:
    return grade, sort_key(letter)


# ============================================================================ social passport
@dataclass(frozen=True)
class PassportCounts:
    """Children of one class (or of a scope) by sex, family flag, meals category, register, SEN."""

    students: int = 0
    boys: int = 0
    girls: int = 0
    family: dict[str, int] = field(default_factory=dict)  # FAMILY_CODES -> children
    meals: dict[int, int] = field(default_factory=dict)  # 1..5 -> children
    registers: dict[str, int] = field(default_factory=dict)  # REGISTER_CODES and "any" -> children
    sen: int = 0
    no_family: int = 0  # children without a family record

    @property
    def sex_unknown(self) -> int:
        return self.students - self.boys - self.girls

    @property
    def meals_total(self) -> int:
        return sum(self.meals.values())


@dataclass(frozen=True)
class ClassPassport:
    grade: int
    letter: str
    counts: PassportCounts

    @property
    def name(self) -> str:
        return class_name(self.grade, self.letter)


@dataclass(frozen=True)
class SocialPassport:
    """The passport of one class, one grade (``letter`` None) or the whole school (both None).

    ``counts`` are children; ``families`` are the families with at least one child in the scope
    (same codes, "complete" included), ``families_total`` all such families. ``classes`` has one
    row per class for a grade or the school, and is empty for a single class.
    """

    made_on: date
    grade: int | None
    letter: str | None
    counts: PassportCounts
    families: dict[str, int]
    families_total: int
    meals_families: dict[int, int]
    classes: list[ClassPassport]

    @property
    def scope(self) -> str:
        """"school", "grade" or "class"."""
        if self.grade is None:
            return "school"
        return "grade" if self.letter is None else "class"

    @property
    def class_name(self) -> str:
        if self.grade is None:
            return ""
        return class_name(self.grade, self.letter or "")


# ============================================================================ free meals
EXPIRED, SOON, VALID, MISSING = "expired", "soon", "valid", "missing"


@dataclass(frozen=True)
class FreeMealsRow:
    category: int
    student_id: int
    child: str
    grade: int
    letter: str
    family: str  # the family's title as staff call it
    representative: str  # the first legal representative, if any
    evidence: str
    valid_until: date | None
    status: str  # EXPIRED, SOON, VALID or MISSING (no document or no expiry date)

    @property
    def class_name(self) -> str:
        return class_name(self.grade, self.letter)

    @property
    def flagged(self) -> bool:
        return self.status != VALID


class FreeMealsList(list[FreeMealsRow]):
    """The free-meals rows, ordered by category, class and name, with the day they were made
    and the "expiring soon" horizon. It is a list; :meth:`by_category` groups it."""

    def __init__(self, rows: list[FreeMealsRow], made_on: date, soon_days: int) -> None:
        super().__init__(rows)
        self.made_on = made_on
        self.soon_days = soon_days

    def by_category(self) -> dict[int, list[FreeMealsRow]]:
        """All five categories in order, each with its rows (possibly none)."""
        groups: dict[int, list[FreeMealsRow]] = {c: [] for c in MEALS_CODES}
        for row in self:
            groups.setdefault(row.category, []).append(row)
        return groups

    def with_status(self, status: str) -> int:
        """How many rows have ``status`` (EXPIRED, SOON, VALID, MISSING)."""
        return sum(row.status == status for row in self)


# ============================================================================ period report
@dataclass(frozen=True)
class SessionLine:
    session_type: str
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


@dataclass(frozen=True)
class IncidentLine:
    incident_type: str
    open: int
    closed: int

    @property
    def total(self) -> int:
        return self.open + self.closed


@dataclass(frozen=True)
class ReferralLine:
    kind: str
    sent: int
    replied: int

    @property
    def awaiting(self) -> int:
        return self.sent - self.replied


@dataclass(frozen=True)
class RegisterLine:
    """Entries put on (``code`` = ground) or removed (``code`` = reason) of one register kind."""

    kind: str
    code: str
    entries: int
    children: int


@dataclass(frozen=True)
class PeriodReport:
    """What was done from ``start`` to ``end`` inclusive. Counts only: no session content.

    Visits count by visit date, sessions by session date, incidents by the day they were
    reported to the school (status as of now), referrals by the day sent (the outgoing letter's
    date when no sending day is recorded), register entries by start and removal dates.
    """

    start: date
    end: date
    made_on: date
    visits: int
    visited_families: int
    visits_by_purpose: dict[str, int]
    visits_by_conclusion: dict[str, int]
    sessions: list[SessionLine]
    session_children: int  # distinct students seen (clients and group participants)
    incidents: list[IncidentLine]
    referrals: list[ReferralLine]
    put_on: list[RegisterLine]
    removed: list[RegisterLine]
    put_on_children: int  # distinct children put on any register (a child may have two grounds)
    removed_children: int

    @property
    def sessions_total(self) -> int:
        return sum(line.sessions for line in self.sessions)

    @property
    def minutes_total(self) -> int:
        return sum(line.minutes for line in self.sessions)

    @property
    def hours_total(self) -> float:
        return round(self.minutes_total / 60, 1)

    @property
    def incidents_total(self) -> int:
        return sum(line.total for line in self.incidents)

    @property
    def referrals_total(self) -> int:
        return sum(line.sent for line in self.referrals)

    @property
    def replies_total(self) -> int:
        return sum(line.replied for line in self.referrals)


# ============================================================================ workload
@dataclass(frozen=True)
class WorkloadRow:
    """One specialist as their name is stored (user account, register curator or responsible,
    psychologist of a session, member of a visit commission, responsible for a plan measure)."""

    name: str
    position: str  # the user's position or role code, or the role written in a visit act
    children_followed: int  # distinct children of register entries open during the period
    sessions: int
    minutes: int
    session_children: int
    visits: int
    measures_due: int  # plan measures with a deadline in the period
    measures_done: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


@dataclass(frozen=True)
class Workload:
    """Per specialist, against the school's size.

    ``social_pedagogues`` and ``psychologists`` are the active user accounts of those roles; when a
    register has none, social pedagogues are the people whose stored position names the role and
    psychologists those who logged sessions. DOMAIN facts: since 2025 every school must have a
    social pedagogue, and the state names as a gap that specialists' workload ignores how many
    children a school has; hence the students per specialist.
    """

    start: date
    end: date
    made_on: date
    rows: list[WorkloadRow]
    students: int
    children_on_register: int  # distinct children with an entry open during the period
    social_pedagogues: int
    psychologists: int

    @property
    def students_per_social_pedagogue(self) -> float | None:
        return round(self.students / self.social_pedagogues, 1) if self.social_pedagogues else None

    @property
    def students_per_psychologist(self) -> float | None:
        return round(self.students / self.psychologists, 1) if self.psychologists else None


# ============================================================================ district statistics
SUPPRESSION_MIN = 5  # counts 1 .. SUPPRESSION_MIN - 1 are never shown
SUPPRESSED = "<5"  # a count from 1 to 4 (primary suppression)
SECONDARY = "x"  # a count hidden so that a "<5" cannot be worked out from a total


@dataclass(frozen=True)
class DistrictCell:
    code: str
    value: int | str  # a count (0 or >= 5), SUPPRESSED or SECONDARY

    @property
    def shown(self) -> bool:
        return isinstance(self.value, int)


@dataclass(frozen=True)
class DistrictSection:
    """One table: ``cells`` by code; when ``total`` is given the cells add up to it."""

    code: str
    cells: list[DistrictCell]
    total: DistrictCell | None = None


@dataclass(frozen=True)
class DistrictStats:
    """Anonymous counts for the district education department: no names, no ИИН, no free text,
    nothing per class. See :meth:`ReportService.district_stats` for the suppression rule."""

    start: date
    end: date
    made_on: date
    district: str
    sections: list[DistrictSection]

    def section(self, code: str) -> DistrictSection:
        return next(s for s in self.sections if s.code == code)


def protect(values: dict[str, int], total: int | None = None) -> tuple[list[DistrictCell],
                                                                           DistrictCell | None]:
    """Apply the district suppression rule to one table (see ``ReportService.district_stats``).

    ``values`` are the table's cells in order; ``total``, when the table shows one, is their sum.
    Without a total, each count from 1 to 4 becomes ``<5``. With a total, a table that has such a
    count shows its total only (every cell ``x``): hiding one more cell is not enough, because a
    reader who knows the rule can still work values out in some tables (when every hidden count
    is the least it can be, for instance: ``<5, x, 9`` with a total of 15 can only be 1, 5, 9).
    The total itself follows the first rule.
    """
    small = [code for code, v in values.items() if 0 < v < SUPPRESSION_MIN]
    total_only = total is not None and bool(small)
    cells = [DistrictCell(code, SECONDARY if total_only else
                          SUPPRESSED if code in small else v) for code, v in values.items()]
    return cells, (None if total is None else _single("total", total))


def _single(code: str, value: int) -> DistrictCell:
    return DistrictCell(code, SUPPRESSED if 0 < value < SUPPRESSION_MIN else value)


# ============================================================================ the service
class ReportService:
    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    def _rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.db.execute_sql(sql, tuple(params)).fetchall())

    # ------------------------------------------------------------------ social passport
    @staticmethod
    def _family_flags_cte(scope: str = "", scope_params: list[Any] | None = None
                          ) -> tuple[str, list[Any]]:
        """``fc``: one row per (not deleted) family with a 0/1 column per category code; with a
        ``scope`` (SQL on students ``s``) only the families of those students."""
        cols = ", ".join(f"max(c.code = ?) AS f_{code}" for code in FAMILY_CATEGORIES)
        where = "c.deleted = 0"
        if scope:
            where += f" AND c.family_id IN (SELECT s.family_id FROM student s WHERE {LIVE}{scope})"
        sql = (f"fc AS (SELECT c.family_id AS fid, {cols} FROM family_category c "
               "JOIN family f ON f.id = c.family_id AND f.deleted = 0 "
               f"WHERE {where} GROUP BY c.family_id)")
        return sql, [*FAMILY_CATEGORIES, *(scope_params or [])]

    @staticmethod
    def _complete_expr() -> str:
        flags = " OR ".join(f"coalesce(fc.f_{code}, 0)" for code in NOT_COMPLETE)
        return f"(f.id IS NOT NULL AND NOT ({flags}))"

    def social_passport(self, actor: Actor, class_grade: int | None = None,
                        class_letter: str | None = None, today: date | None = None
                        ) -> SocialPassport:
        """Counts of children by family and child category for one class (grade and letter),
        one grade (letter None) or the whole school (both None), with one row per class unless
        a single class was asked for. Registers are counted as on ``today``."""
        access.check(actor, access.READ, RECORD_TYPE)
        if class_grade is None and class_letter:
            raise ValueError("a class letter needs a grade")
        today = today or date.today()
        scope = ""
        scope_params: list[Any] = []
        if class_grade is not None:
            scope += " AND s.grade = ?"
            scope_params.append(class_grade)
        if class_letter:
            scope += " AND s.class_letter = ?"
            scope_params.append(class_letter)
        fc_sql, fc_params = self._family_flags_cte(scope, scope_params)
        reg_cols = ", ".join(f"max(r.kind = ?) AS r_{kind}" for kind in REGISTER_CODES)
        sums = [f"sum(coalesce(fc.f_{code}, 0))" for code in FAMILY_CATEGORIES]
        sums += ["sum(coalesce(f.free_meals_category = ?, 0))" for _ in MEALS_CODES]
        sums += [f"sum(coalesce(rg.r_{kind}, 0))" for kind in REGISTER_CODES]
        # One pass over the students, grouped by class (the whole school reads every student
        # row, so there a plain scan beats the class index); the school's figures are the sums
        # of the classes' (each child is in one class; "any register" is counted per child).
        sql = f"""
WITH {fc_sql},
rg AS (SELECT r.student_id AS sid, {reg_cols} FROM registration r
       WHERE r.deleted = 0 AND r.student_id IS NOT NULL AND r.start_date <= ?
         AND (r.removed_on IS NULL OR r.removed_on > ?)
       GROUP BY r.student_id),
sen AS (SELECT DISTINCT p.student_id AS sid FROM support_plan p WHERE p.deleted = 0)
SELECT s.grade, s.class_letter, count(*), sum(s.sex = 'M'), sum(s.sex = 'F'),
       sum({self._complete_expr()}), {", ".join(sums)},
       sum(rg.sid IS NOT NULL), sum(sen.sid IS NOT NULL), sum(f.id IS NULL)
FROM student s{"" if scope else " NOT INDEXED"}
LEFT JOIN family f ON f.id = s.family_id AND f.deleted = 0
LEFT JOIN fc ON fc.fid = f.id
LEFT JOIN rg ON rg.sid = s.id
LEFT JOIN sen ON sen.sid = s.id
WHERE {LIVE}{scope}
GROUP BY s.grade, s.class_letter"""
        params = [*fc_params, *REGISTER_CODES, today.isoformat(), today.isoformat(),
                  *MEALS_CODES, *scope_params]
        classes = sorted((ClassPassport(int(r[0]), str(r[1]), self._passport_counts(r[2:]))
                          for r in self._rows(sql, params)),
                         key=lambda c: _class_order(c.grade, c.letter))
        counts = self._sum_counts([c.counts for c in classes])
        families, families_total, meals_families = self._passport_families(scope, scope_params)
        return SocialPassport(
            made_on=today, grade=class_grade, letter=class_letter or None, counts=counts,
            families=families, families_total=families_total, meals_families=meals_families,
            classes=[] if class_letter else classes)

    @staticmethod
    def _passport_counts(r: tuple[Any, ...]) -> PassportCounts:
        vals = [int(v or 0) for v in r]
        students, boys, girls, complete = vals[:4]
        i = 4
        family = {"complete": complete}
        for code in FAMILY_CATEGORIES:
            family[code] = vals[i]
            i += 1
        meals = {}
        for n in MEALS_CODES:
            meals[n] = vals[i]
            i += 1
        registers = {}
        for kind in REGISTER_CODES:
            registers[kind] = vals[i]
            i += 1
        registers["any"] = vals[i]
        return PassportCounts(students=students, boys=boys, girls=girls, family=family,
                              meals=meals, registers=registers, sen=vals[i + 1],
                              no_family=vals[i + 2])

    @staticmethod
    def _sum_counts(parts: list[PassportCounts]) -> PassportCounts:
        def add(dicts: list[dict[Any, int]], keys: tuple[Any, ...]) -> dict[Any, int]:
            return {k: sum(d.get(k, 0) for d in dicts) for k in keys}

        return PassportCounts(
            students=sum(p.students for p in parts), boys=sum(p.boys for p in parts),
            girls=sum(p.girls for p in parts),
            family=add([p.family for p in parts], FAMILY_CODES),
            meals=add([p.meals for p in parts], MEALS_CODES),
            registers=add([p.registers for p in parts], (*REGISTER_CODES, "any")),
            sen=sum(p.sen for p in parts), no_family=sum(p.no_family for p in parts))

    def _passport_families(self, scope: str, scope_params: list[Any]
                           ) -> tuple[dict[str, int], int, dict[int, int]]:
        fc_sql, fc_params = self._family_flags_cte(scope, scope_params)
        sums = [f"sum(coalesce(fc.f_{code}, 0))" for code in FAMILY_CATEGORIES]
        sums += ["sum(coalesce(f.free_meals_category = ?, 0))" for _ in MEALS_CODES]
        sql = f"""
WITH {fc_sql},
fam AS (SELECT DISTINCT s.family_id AS id FROM student s
        WHERE {LIVE} AND s.family_id IS NOT NULL{scope})
SELECT count(*), sum({self._complete_expr()}), {", ".join(sums)}
FROM fam JOIN family f ON f.id = fam.id AND f.deleted = 0
LEFT JOIN fc ON fc.fid = f.id"""
        row = [int(v or 0) for v in self._rows(sql, [*fc_params, *scope_params, *MEALS_CODES])[0]]
        families = {"complete": row[1]}
        families.update(zip(FAMILY_CATEGORIES, row[2:2 + len(FAMILY_CATEGORIES)], strict=True))
        meals = dict(zip(MEALS_CODES, row[2 + len(FAMILY_CATEGORIES):], strict=True))
        return families, row[0], meals

    # ------------------------------------------------------------------ free meals
    def free_meals(self, actor: Actor, today: date | None = None,
                   soon_days: int = SOON_DAYS) -> FreeMealsList:
        """Every child whose family has a free-meals category, by category, class and name.

        A row is EXPIRED when its evidence expired before ``today``, SOON when it expires within
        ``soon_days``, MISSING when the document or its expiry date is not recorded.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        today = today or date.today()
        sql = f"""
SELECT f.free_meals_category, s.id, s.last_name, s.first_name, s.patronymic, s.grade,
       s.class_letter, s.sort_key, f.title, f.free_meals_evidence, f.free_meals_valid_until,
       (SELECT m.last_name || ' ' || m.first_name ||
               CASE WHEN m.patronymic <> '' THEN ' ' || m.patronymic ELSE '' END
        FROM family_member m WHERE m.family_id = f.id AND m.deleted = 0
          AND m.is_legal_representative = 1 ORDER BY m.position, m.id LIMIT 1)
FROM student s JOIN family f ON f.id = s.family_id AND f.deleted = 0
WHERE {LIVE} AND f.free_meals_category BETWEEN 1 AND 5"""
        soon = today + timedelta(days=soon_days)
        found = []
        for (cat, sid, last, first, patr, grade, letter, skey, title, evidence, until,
             rep) in self._rows(sql):
            valid_until = _day(until)
            evidence = (evidence or "").strip()
            if not evidence or valid_until is None:
                status = MISSING
            elif valid_until < today:
                status = EXPIRED
            elif valid_until <= soon:
                status = SOON
            else:
                status = VALID
            child = " ".join(p for p in (last, first, patr) if p)
            found.append(((int(cat), int(grade), sort_key(letter), skey or "", int(sid)),
                          FreeMealsRow(int(cat), int(sid), child, int(grade), str(letter),
                                       title or "", rep or "", evidence, valid_until, status)))
        found.sort(key=lambda pair: pair[0])
        return FreeMealsList([row for _, row in found], today, soon_days)

    # ------------------------------------------------------------------ period report
    def period_report(self, actor: Actor, start: date, end: date, *,
                      today: date | None = None) -> PeriodReport:
        """Visits, sessions, incidents, referrals and register changes from ``start`` to ``end``
        (both included). Sessions are counted, never read."""
        access.check(actor, access.READ, RECORD_TYPE)
        self._check_period(start, end)
        a, b = start.isoformat(), end.isoformat()
        after = (end + timedelta(days=1)).isoformat()
        visits, families = self._rows(
            "SELECT count(*), count(DISTINCT family_id) FROM home_visit "
            "WHERE deleted = 0 AND visit_date BETWEEN ? AND ?", (a, b))[0]
        by_purpose = self._grouped(
            "SELECT purpose, count(*) FROM home_visit WHERE deleted = 0 "
            "AND visit_date BETWEEN ? AND ? GROUP BY purpose", (a, b), PURPOSES)
        by_conclusion = self._grouped(
            "SELECT conclusion, count(*) FROM home_visit WHERE deleted = 0 "
            "AND visit_date BETWEEN ? AND ? GROUP BY conclusion", (a, b), CONCLUSIONS)
        sessions = [SessionLine(code, int(n), int(minutes or 0)) for code, n, minutes in self._rows(
            "SELECT session_type, count(*), sum(duration_min) FROM psy_session "
            "WHERE deleted = 0 AND session_date BETWEEN ? AND ? GROUP BY session_type", (a, b))]
        sessions = self._ordered(sessions, SESSION_TYPES, lambda line: line.session_type)
        session_children = self._rows(
            "SELECT count(DISTINCT sid) FROM ("
            "SELECT p.student_id AS sid FROM psy_session p WHERE p.deleted = 0 "
            "AND p.session_date BETWEEN ? AND ? AND p.student_id IS NOT NULL UNION ALL "
            "SELECT sp.student_id FROM session_participant sp JOIN psy_session p "
            "ON p.id = sp.session_id WHERE p.deleted = 0 AND sp.deleted = 0 "
            "AND p.session_date BETWEEN ? AND ? AND sp.student_id IS NOT NULL)", (a, b, a, b))[0][0]
        incidents = [IncidentLine(code, int(o or 0), int(c or 0)) for code, o, c in self._rows(
            "SELECT incident_type, sum(status <> 'closed'), sum(status = 'closed') FROM incident "
            "WHERE deleted = 0 AND reported_at >= ? AND reported_at < ? GROUP BY incident_type",
            (a, after))]
        incidents = self._ordered(incidents, INCIDENT_TYPES, lambda line: line.incident_type)
        referrals = [ReferralLine(kind, int(n), int(r or 0)) for kind, n, r in self._rows(
            "SELECT r.kind, count(*), sum(r.reply_date IS NOT NULL) FROM referral r "
            "LEFT JOIN outgoing_letter l ON l.id = r.letter_id AND l.deleted = 0 "
            "WHERE r.deleted = 0 AND coalesce(r.sent_on, l.issued_on) BETWEEN ? AND ? "
            "GROUP BY r.kind", (a, b))]
        referrals = self._ordered(referrals, ORGANISATION_KINDS, lambda line: line.kind)
        put_on = self._register_lines("ground", "start_date", a, b)
        removed = self._register_lines("removal_reason", "removed_on", a, b)
        put_on_children, removed_children = self._rows(
            "SELECT count(DISTINCT CASE WHEN start_date BETWEEN ? AND ? THEN student_id END), "
            "count(DISTINCT CASE WHEN removed_on BETWEEN ? AND ? THEN student_id END) "
            f"FROM registration r WHERE {ENTRY}", (a, b, a, b))[0]
        return PeriodReport(
            start=start, end=end, made_on=today or date.today(), visits=int(visits),
            visited_families=int(families), visits_by_purpose=by_purpose,
            visits_by_conclusion=by_conclusion, sessions=sessions,
            session_children=int(session_children), incidents=incidents, referrals=referrals,
            put_on=put_on, removed=removed, put_on_children=int(put_on_children),
            removed_children=int(removed_children))

    @staticmethod
    def _check_period(start: date, end: date) -> None:
        if end < start:
            raise ValueError("the period ends before it starts")

    def _grouped(self, sql: str, params: tuple[Any, ...], catalog: dict[str, str]
                 ) -> dict[str, int]:
        """Counts by code: every catalog code (0 when absent) in catalog order, then others."""
        found = {str(code or ""): int(n) for code, n in self._rows(sql, params)}
        result = {code: found.pop(code, 0) for code in catalog}
        result.update(sorted(found.items()))
        return result

    @staticmethod
    def _ordered(lines: list[Any], catalog: dict[str, str], code: Any) -> list[Any]:
        order = {c: i for i, c in enumerate(catalog)}
        return sorted(lines, key=lambda line: (order.get(code(line), len(order)), code(line)))

    def _register_lines(self, column: str, day: str, a: str, b: str) -> list[RegisterLine]:
        rows = self._rows(
            f"SELECT kind, {column}, count(*), count(DISTINCT student_id) FROM registration r "
            f"WHERE {ENTRY} AND {day} BETWEEN ? AND ? GROUP BY kind, {column}", (a, b))
        kinds = {k: i for i, k in enumerate(REGISTER_CODES)}
        return sorted((RegisterLine(str(k), str(c or ""), int(n), int(ch)) for k, c, n, ch in rows),
                      key=lambda line: (kinds.get(line.kind, len(kinds)), line.kind, line.code))

    # ------------------------------------------------------------------ workload
    def workload(self, actor: Actor, start: date, end: date, *,
                 today: date | None = None) -> Workload:
        """Per specialist from ``start`` to ``end``: children followed on the register (as
        curator or among the responsible), sessions and hours, children seen, home visits
        (as a commission member), plan measures due and done; and the school's size."""
        access.check(actor, access.READ, RECORD_TYPE)
        self._check_period(start, end)
        a, b = start.isoformat(), end.isoformat()
        people: dict[str, dict[str, Any]] = {}

        def person(name: str, position: str = "") -> dict[str, Any]:
            key = _name_key(name)
            entry = people.setdefault(key, {
                "name": " ".join(name.split()), "position": "", "children": set(),
                "sessions": 0, "minutes": 0, "session_children": 0, "visits": 0,
                "measures_due": 0, "measures_done": 0})
            if position and not entry["position"]:
                entry["position"] = position
            return entry

        users = self._rows(
            "SELECT full_name, role, position FROM user WHERE deleted = 0 AND is_active = 1 "
            "AND role IN ('social_pedagogue', 'psychologist') AND trim(full_name) <> '' "
            "ORDER BY full_name")
        for name, role, position in users:
            person(name, position or role)
        open_during = ("r.deleted = 0 AND r.student_id IS NOT NULL AND r.start_date <= ? "
                       "AND (r.removed_on IS NULL OR r.removed_on >= ?)")
        # Curators and responsible people: the register entries are grouped by the stored text,
        # then the distinct texts (few) are split into names.
        for name, n, minutes, kids in self._rows(
                "SELECT trim(p.psychologist), count(*), sum(p.duration_min), "
                "(SELECT count(DISTINCT x.sid) FROM ("
                "  SELECT q.student_id AS sid FROM psy_session q WHERE q.deleted = 0 "
                "  AND trim(q.psychologist) = trim(p.psychologist) AND q.session_date BETWEEN ? AND ? "
                "  AND q.student_id IS NOT NULL UNION ALL "
                "  SELECT sp.student_id FROM session_participant sp JOIN psy_session q "
                "  ON q.id = sp.session_id WHERE q.deleted = 0 AND sp.deleted = 0 "
                "  AND trim(q.psychologist) = trim(p.psychologist) AND q.session_date BETWEEN ? AND ? "
                "  AND sp.student_id IS NOT NULL) x) "
                "FROM psy_session p WHERE p.deleted = 0 AND p.session_date BETWEEN ? AND ? "
                "AND trim(p.psychologist) <> '' GROUP BY trim(p.psychologist)",
                (a, b, a, b, a, b)):
            entry = person(name)
            entry["sessions"] += int(n)
            entry["minutes"] += int(minutes or 0)
            entry["session_children"] += int(kids or 0)
        for commission, n in self._rows(
                "SELECT commission, count(*) FROM home_visit WHERE deleted = 0 "
                "AND visit_date BETWEEN ? AND ? GROUP BY commission", (a, b)):
            seen = set()
            for name, role in parse_people(str(commission or "")):
                if name and _name_key(name) not in seen:
                    seen.add(_name_key(name))
                    person(name, role)["visits"] += int(n)
        for text, due, done in self._rows(
                "SELECT m.responsible, count(*), sum(m.status = 'done') FROM plan_measure m "
                "JOIN registration r ON r.id = m.registration_id AND r.deleted = 0 "
                "WHERE m.deleted = 0 AND m.deadline BETWEEN ? AND ? AND trim(m.responsible) <> '' "
                "GROUP BY m.responsible", (a, b)):
            for name in {_name_key(n): n for n in _split_names(str(text))}.values():
                entry = person(name)
                entry["measures_due"] += int(due)
                entry["measures_done"] += int(done or 0)
        # Register entries: the curator is a person; the "responsible" field often lists roles
        # ("классный руководитель"), so a name from it counts only when it is known from above.
        followed: dict[str, set[int]] = {}
        for curator, responsible, students in self._rows(
                "SELECT trim(r.curator), r.responsible, group_concat(DISTINCT r.student_id) "
                "FROM registration r JOIN student s ON s.id = r.student_id AND s.deleted = 0 "
                f"WHERE {open_during} GROUP BY trim(r.curator), r.responsible", (b, a)):
            ids = {int(x) for x in str(students).split(",")}
            names = {_name_key(n): n for n in _split_names(str(responsible or ""))
                     if _name_key(n) in people}
            if curator:
                names[_name_key(curator)] = curator
            for key, name in names.items():
                person(name)
                followed.setdefault(key, set()).update(ids)
        for key, ids in followed.items():
            people[key]["children"] = ids
        rows = [WorkloadRow(
            name=e["name"], position=e["position"] or ("psychologist" if e["sessions"] else ""),
            children_followed=len(e["children"]),
            sessions=e["sessions"], minutes=e["minutes"], session_children=e["session_children"],
            visits=e["visits"], measures_due=e["measures_due"], measures_done=e["measures_done"])
            for e in people.values()]
        rows.sort(key=lambda r: sort_key(r.name))
        students = self._rows(f"SELECT count(*) FROM student s WHERE {LIVE}")[0][0]
        on_register = self._rows(
            "SELECT count(DISTINCT r.student_id) FROM registration r JOIN student s "
            f"ON s.id = r.student_id AND s.deleted = 0 WHERE {open_during}", (b, a))[0][0]
        pedagogues = sum(role == "social_pedagogue" for _, role, _ in users)
        psychologists = sum(role == "psychologist" for _, role, _ in users)
        if not pedagogues:
            pedagogues = sum(_names_social_pedagogue(r.position) for r in rows)
        if not psychologists:
            psychologists = sum(r.sessions > 0 for r in rows)
        return Workload(start=start, end=end, made_on=today or date.today(), rows=rows,
                        students=int(students), children_on_register=int(on_register),
                        social_pedagogues=pedagogues, psychologists=psychologists)

    # ------------------------------------------------------------------ district statistics
    def district_stats(self, actor: Actor, start: date, end: date, *,
                       today: date | None = None) -> DistrictStats:
        """Anonymous counts for the district: no names, no ИИН, no free text, nothing per class.

        Stocks (students, family flags, free meals, registers, SEN) are as on ``end``; flows
        (register changes, visits, sessions, incidents, referrals) are from ``start`` to ``end``.
        Codes outside the catalogs are counted as "other", so no typed text leaves the school.

        Suppression rule, so that no child can be recognised:

        1. Primary: every count from 1 to 4 is shown as ``<5``. 0 is shown as 0 (it names no one).
        2. Totals: in a table whose cells add up to a shown total (students by sex, free-meals
           categories, visits by conclusion, sessions by type, incidents by type and by status,
           referrals by kind), a ``<5`` could be worked out as the total minus the shown cells.
           Hiding a second cell (secondary suppression) is not enough against a reader who knows
           the rule: when the hidden counts are the least they can be, the sum pins them (``<5,
           x, 9`` with a total of 15 can only be 1, 5, 9). So such a table shows its total only:
           every cell is ``x``. Which tables do so tells nothing more than "some cell was 1 to 4".
        3. Tables whose cells overlap (a family has several flags, a child may be on two
           registers) have no total and get rule 1 only. Hours of sessions follow the count of
           sessions: ``x`` when that total is hidden, ``<5`` under 5 hours, whole hours otherwise.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        self._check_period(start, end)
        passport = self.social_passport(actor, today=end)
        period = self.period_report(actor, start, end, today=today)
        a, b = start.isoformat(), end.isoformat()
        c = passport.counts
        sections: list[DistrictSection] = []

        def additive(code: str, values: dict[str, int], total: int) -> None:
            cells, total_cell = protect(values, total)
            sections.append(DistrictSection(code, cells, total_cell))

        def overlapping(code: str, values: dict[str, int]) -> None:
            sections.append(DistrictSection(code, [_single(k, v) for k, v in values.items()]))

        additive("students", {"boys": c.boys, "girls": c.girls, "sex_unknown": c.sex_unknown},
                 c.students)
        overlapping("family", {code: c.family.get(code, 0) for code in FAMILY_CODES})
        additive("meals", {str(n): c.meals.get(n, 0) for n in MEALS_CODES}, c.meals_total)
        overlapping("registers", {k: c.registers.get(k, 0) for k in REGISTER_CODES})
        changes = self._rows(
            "SELECT r.kind, count(DISTINCT CASE WHEN r.start_date BETWEEN ? AND ? "
            "THEN r.student_id END), count(DISTINCT CASE WHEN r.removed_on BETWEEN ? AND ? "
            f"THEN r.student_id END) FROM registration r WHERE {ENTRY} "
            "AND r.student_id IS NOT NULL GROUP BY r.kind", (a, b, a, b))
        put_on = {k: 0 for k in REGISTER_CODES}
        taken_off = {k: 0 for k in REGISTER_CODES}
        for kind, on, off in changes:
            if kind in put_on:
                put_on[kind], taken_off[kind] = int(on), int(off)
        overlapping("register_put_on", put_on)
        overlapping("register_removed", taken_off)
        overlapping("sen", {"sen": c.sen})
        additive("visits", self._with_other(period.visits_by_conclusion, CONCLUSIONS),
                 period.visits)
        additive("sessions", self._with_other(
            {line.session_type: line.sessions for line in period.sessions}, SESSION_TYPES),
            period.sessions_total)
        sessions = sections[-1]
        minutes = period.minutes_total
        hours = round(minutes / 60)  # whole hours: a fraction would hint at single sessions
        if sessions.total is not None and not sessions.total.shown:
            hours_cell = DistrictCell("hours", SECONDARY)
        elif minutes and hours < SUPPRESSION_MIN:
            hours_cell = DistrictCell("hours", SUPPRESSED)
        else:
            hours_cell = DistrictCell("hours", hours)
        sections.append(DistrictSection("session_hours", [hours_cell]))
        additive("incidents", self._with_other(
            {line.incident_type: line.total for line in period.incidents}, INCIDENT_TYPES),
            period.incidents_total)
        additive("incident_status", self._with_other(
            {"open": sum(x.open for x in period.incidents),
             "closed": sum(x.closed for x in period.incidents)}, INCIDENT_STATUSES),
            period.incidents_total)
        additive("referrals", self._with_other(
            {line.kind: line.sent for line in period.referrals}, ORGANISATION_KINDS),
            period.referrals_total)
        overlapping("replies", {"replied": period.replies_total})
        district = self._rows("SELECT district FROM school WHERE deleted = 0 LIMIT 1")
        return DistrictStats(start=start, end=end, made_on=today or date.today(),
                             district=str(district[0][0] or "") if district else "",
                             sections=sections)

    @staticmethod
    def _with_other(values: dict[str, int], catalog: dict[str, str]) -> dict[str, int]:
        """Catalog codes in order; anything else (typed text, unknown codes) summed as "other"."""
        result = {code: 0 for code in catalog if code != "other"}
        other = 0
        for code, n in values.items():
            if code in result:
                result[code] += n
            else:
                other += n
        result["other"] = other
        return result


SOCIAL_PEDAGOGUE_WORDS = ("социальный педагог", "социального педагога", "әлеуметтік педагог",
                          "social_pedagogue", "соцпедагог")


def _split_names(text: str) -> list[str]:
    """The names of a "responsible" field: separated by commas, semicolons or lines."""
    return [n.strip() for n in text.replace(";", ",").replace("\n", ",").split(",") if n.strip()]


def _names_social_pedagogue(position: str) -> bool:
    text = position.casefold()
    return any(word in text for word in SOCIAL_PEDAGOGUE_WORDS)
