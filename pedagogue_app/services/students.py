"""Students: validation, saving, the register search and the student card."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import NamedTuple

from ..db import Register
from ..db.search import fold, prefix_upper_bound, sort_key, tokens
from ..models import (
    Family,
    FamilyCategory,
    FamilyMember,
    Registration,
    SearchToken,
    Student,
    SupportPlan,
    utc_now,
)
from . import access, validators
from .catalog import LANGUAGES, RESTRICTED_GROUNDS
from .context import Actor
from .errors import Collector, NotFound, SimilarRecordsFound
from .iin import IinError, IinInfo, parse_iin

_CLASS_QUERY = re.compile(r"^(\d{1,2})([^\W\d_])$")


@dataclass
class StudentData:
    """What the student dialog edits."""

    last_name: str = ""
    first_name: str = ""
    patronymic: str = ""
    iin: str = ""
    birth_date: date | None = None
    sex: str = ""
    grade: int | None = None
    class_letter: str = ""
    language: str = "kk"
    address_registered: str = ""
    address_actual: str = ""
    phone: str = ""
    family_id: int | None = None
    notes: str = ""


@dataclass
class StudentRecord:
    id: int
    uid: str
    version: int
    data: StudentData
    archived: bool = False

    @property
    def full_name(self) -> str:
        return full_name(self.data.last_name, self.data.first_name, self.data.patronymic)


class StudentRow(NamedTuple):
    """One line of the register list (kept light: 50,000 of them fit in memory)."""

    id: int
    full_name: str
    class_name: str
    iin: str
    birth_date: str
    register_kinds: str  # comma-separated codes of active registrations
    family_categories: str  # comma-separated family category codes


@dataclass
class RegistrationLine:
    id: int
    kind: str
    ground: str
    start_date: date
    protocol_no: str
    removed_on: date | None
    restricted: bool


@dataclass
class StudentCard:
    student: StudentRecord
    family_id: int | None
    family_title: str
    family_categories: list[str]
    family_members: list[tuple[str, str, str, bool]]  # name, relation, phone, legal representative
    registrations: list[RegistrationLine] = field(default_factory=list)


def _is_cyrillic_letter(ch: str) -> bool:
    """Class letters are Cyrillic (Kazakh letters included): a Latin A would split a class."""
    return ch.isalpha() and "\u0400" <= ch <= "\u04ff"


def full_name(last: str, first: str, patronymic: str = "") -> str:
    return " ".join(p for p in (last, first, patronymic) if p)


def class_name(grade: int, letter: str) -> str:
    return f"{grade}{letter}"


_LIST_COLUMNS = """
SELECT s.id,
       s.last_name || ' ' || s.first_name || CASE WHEN s.patronymic <> '' THEN ' ' || s.patronymic
                                                  ELSE '' END,
       s.grade || s.class_letter, COALESCE(s.iin, ''), COALESCE(s.birth_date, ''),
       COALESCE((SELECT group_concat(DISTINCT r.kind) FROM registration r
                 WHERE r.student_id = s.id AND r.deleted = 0 AND r.removed_on IS NULL), ''),
       COALESCE((SELECT group_concat(c.code) FROM family_category c
                 WHERE c.family_id = s.family_id AND c.deleted = 0), '')"""
_FROM = """
FROM student s
WHERE s.deleted = 0 AND s.archived_at IS NULL"""
_LIST_SQL = _LIST_COLUMNS + _FROM
_IDS_SQL = "SELECT s.id" + _FROM

_FILTER_SQL = {
    "reg_school": "s.id IN (SELECT student_id FROM registration WHERE kind = 'school' "
                  "AND removed_on IS NULL AND deleted = 0)",
    "reg_police": "s.id IN (SELECT student_id FROM registration WHERE kind = 'police' "
                  "AND removed_on IS NULL AND deleted = 0)",
    "reg_commission": "s.id IN (SELECT student_id FROM registration WHERE kind = 'commission' "
                      "AND removed_on IS NULL AND deleted = 0)",
    "sen": "s.id IN (SELECT student_id FROM support_plan WHERE deleted = 0)",
}


def build_search_sql(query: str = "", grade: int | None = None, letter: str | None = None,
                     category: str | None = None, *, ids_only: bool = False
                     ) -> tuple[str, list[object]] | None:
    """The SQL and parameters of a register search; None when nothing can match.

    With ``ids_only`` the query returns only the ids, in the same order. Words of the query
    are matched as prefixes of any name word (folded), digits as part of the ИИН, and a word
    like ``5А`` as a class. ``%`` and ``_`` are ordinary characters here: they separate words
    and never act as wildcards.
    """
    where: list[str] = []
    params: list[object] = []
    if query.strip() and not any(ch.isalnum() for ch in query):
        return None
    for word in query.split():
        m = _CLASS_QUERY.match(word)
        if m:
            where.append("s.grade = ? AND s.class_letter = ?")
            params += [int(m.group(1)), m.group(2).upper()]
            continue
        for tok in tokens(word):
            if tok.isdigit():
                where.append("instr(s.iin, ?) > 0")
                params.append(tok)
            else:
                where.append("s.id IN (SELECT rec_id FROM search_token WHERE entity = 'student' "
                             "AND token >= ? AND token < ?)")
                params += [tok, prefix_upper_bound(tok)]
    if grade is not None:
        where.append("s.grade = ?")
        params.append(grade)
    if letter:
        where.append("s.class_letter = ?")
        params.append(letter)
    if category:
        if category.startswith("fam_"):
            where.append("s.family_id IN (SELECT family_id FROM family_category "
                         "WHERE code = ? AND deleted = 0)")
            params.append(category[4:])
        else:
            where.append(_FILTER_SQL[category])
    base = _IDS_SQL if ids_only else _LIST_SQL
    sql = base + "".join(f"\n  AND {w}" for w in where) + "\nORDER BY s.sort_key"
    return sql, params


class StudentService:
    """Use cases of the student register."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def search(self, actor: Actor, query: str = "", *, grade: int | None = None,
               letter: str | None = None, category: str | None = None) -> list[StudentRow]:
        """Students matching ``query`` and filters, in alphabetical (Kazakh) order."""
        access.check(actor, access.READ, "student")
        built = build_search_sql(query, grade, letter, category)
        if built is None:
            return []
        cursor = self.db.execute_sql(*built)
        return list(map(StudentRow._make, cursor.fetchall()))

    def search_ids(self, actor: Actor, query: str = "", *, grade: int | None = None,
                   letter: str | None = None, category: str | None = None) -> list[int]:
        """Ids of the students :meth:`search` would return, in the same order (cheap at scale)."""
        access.check(actor, access.READ, "student")
        built = build_search_sql(query, grade, letter, category, ids_only=True)
        if built is None:
            return []
        return [r[0] for r in self.db.execute_sql(*built).fetchall()]

    def rows(self, actor: Actor, ids: list[int]) -> dict[int, StudentRow]:
        """List rows of the given students (those deleted meanwhile are missing)."""
        access.check(actor, access.READ, "student")
        result: dict[int, StudentRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = (_LIST_COLUMNS + "\nFROM student s WHERE s.deleted = 0 AND s.id IN ("
                   + ",".join("?" * len(chunk)) + ")")
            for r in self.db.execute_sql(sql, chunk).fetchall():
                result[r[0]] = StudentRow._make(r)
        return result

    def classes(self, actor: Actor) -> list[tuple[int, str]]:
        """Classes that have students, ordered by grade then letter."""
        access.check(actor, access.READ, "student")
        rows = self.db.execute_sql(
            "SELECT DISTINCT grade, class_letter FROM student "
            "WHERE deleted = 0 AND archived_at IS NULL").fetchall()
        return sorted(((int(g), str(letter)) for g, letter in rows),
                      key=lambda r: (r[0], sort_key(r[1])))

    def count(self, actor: Actor) -> int:
        access.check(actor, access.READ, "student")
        return int(Student.select().where(Student.deleted == False,  # noqa: E712
                                          Student.archived_at.is_null()).count())

    def get(self, actor: Actor, student_id: int) -> StudentRecord:
        access.check(actor, access.READ, "student")
        s = Student.get_or_none((Student.id == student_id) & (Student.deleted == False))  # noqa: E712
        if s is None:
            raise NotFound(student_id)
        data = StudentData(**{f.name: getattr(s, f.name) for f in fields(StudentData)
                              if f.name not in ("family_id", "iin", "grade")},
                           iin=s.iin or "", grade=s.grade, family_id=s.family_id)
        return StudentRecord(id=s.id, uid=s.uid, version=s.version, data=data,
                             archived=s.archived_at is not None)

    def card(self, actor: Actor, student_id: int) -> StudentCard:
        """Profile, family summary and register entries of one student.

        The register entries are those ``actor`` may read: none without ``registration``, and
        no restricted ones without ``registration_restricted`` (see ``services.access``).
        """
        record = self.get(actor, student_id)
        card = StudentCard(student=record, family_id=record.data.family_id, family_title="",
                           family_categories=[], family_members=[])
        if record.data.family_id:
            fam = Family.get_by_id(record.data.family_id)
            card.family_title = fam.title
            card.family_categories = [c.code for c in fam.categories.where(
                FamilyCategory.deleted == False)]  # noqa: E712
            card.family_members = [
                (full_name(m.last_name, m.first_name, m.patronymic), m.relation, m.phone,
                 m.is_legal_representative)
                for m in fam.members.where(FamilyMember.deleted == False)  # noqa: E712
                .order_by(FamilyMember.position)]
        if not access.can(actor, access.READ, "registration"):
            return card
        regs = (Registration.select()
                .where((Registration.student == student_id) & (Registration.deleted == False))  # noqa: E712
                .order_by(Registration.start_date.desc()))
        if not access.can(actor, access.READ, "registration_restricted"):
            regs = regs.where(Registration.ground.not_in(sorted(RESTRICTED_GROUNDS)))
        card.registrations = [
            RegistrationLine(r.id, r.kind, r.ground, r.start_date, r.protocol_no, r.removed_on,
                             r.ground in RESTRICTED_GROUNDS) for r in regs]
        return card

    def has_support_plan(self, actor: Actor, student_id: int) -> bool:
        access.check(actor, access.READ, "student")
        return SupportPlan.select().where((SupportPlan.student == student_id)
                                          & (SupportPlan.deleted == False)).exists()  # noqa: E712

    @staticmethod
    def decode_iin(text: str) -> IinInfo | None:
        """Birth date and sex encoded in a valid ИИН (None while it is incomplete or invalid)."""
        try:
            return parse_iin(text.strip())
        except IinError:
            return None

    # --- writing ---------------------------------------------------------------------------
    def validate(self, data: StudentData, student_id: int | None = None,
                 today: date | None = None) -> StudentData:
        """Check and normalise ``data``; fill birth date and sex from the ИИН when empty.

        Raises:
            ValidationError: naming every field that is wrong.
        """
        today = today or date.today()
        d = StudentData(**{f.name: getattr(data, f.name) for f in fields(StudentData)})
        for name in ("last_name", "first_name", "patronymic", "iin", "class_letter", "phone"):
            setattr(d, name, validators.clean(getattr(d, name)))
        d.class_letter = d.class_letter.upper()
        c = Collector()
        validators.name(c, "last_name", d.last_name)
        validators.name(c, "first_name", d.first_name)
        validators.name(c, "patronymic", d.patronymic, required=False)
        info = validators.iin(c, "iin", d.iin)
        if info is not None:
            d.birth_date = d.birth_date or info.birth_date
            d.sex = d.sex or info.sex
            validators.iin_matches(c, info, d.birth_date, d.sex)
        validators.past_date(c, "birth_date", d.birth_date, today=today, required=True)
        if d.birth_date and d.birth_date <= today and today.year - d.birth_date.year > 25:
            c.add("birth_date", "student_age")
        if d.sex not in ("M", "F"):
            c.add("sex", "required" if not d.sex else "bad_choice")
        if d.grade is None:
            c.add("grade", "required")
        elif not 0 <= d.grade <= 11:
            c.add("grade", "grade_range")
        if not d.class_letter:
            c.add("class_letter", "required")
        elif len(d.class_letter) != 1 or not _is_cyrillic_letter(d.class_letter):
            c.add("class_letter", "class_letter")
        if d.language not in LANGUAGES:
            c.add("language", "bad_choice")
        validators.phone(c, "phone", d.phone)
        for name in ("address_registered", "address_actual", "notes"):
            validators.text(c, name, getattr(d, name))
        if d.iin and not any(e.field == "iin" for e in c.errors):
            other = (Student.select().where((Student.iin == d.iin) & (Student.deleted == False)  # noqa: E712
                                            & (Student.id != (student_id or 0))).first())
            if other is not None:
                c.add("iin", "iin_duplicate",
                      name=full_name(other.last_name, other.first_name, other.patronymic))
        c.raise_if_any()
        return d

    def similar(self, data: StudentData, student_id: int | None = None) -> list[str]:
        """Names of other students with the same folded full name and birth date."""
        key = fold(full_name(data.last_name, data.first_name, data.patronymic))
        rows = Student.select().where((Student.search_key == key)
                                      & (Student.birth_date == data.birth_date)
                                      & (Student.deleted == False)  # noqa: E712
                                      & (Student.id != (student_id or 0)))
        return [f"{full_name(s.last_name, s.first_name, s.patronymic)} "
                f"({class_name(s.grade, s.class_letter)})" for s in rows]

    def save(self, actor: Actor, data: StudentData, student_id: int | None = None, *,
             allow_similar: bool = False) -> int:
        """Validate and store a student; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            SimilarRecordsFound: a student with the same name and birth date exists and
                ``allow_similar`` is false; nothing is stored.
        """
        access.check(actor, access.WRITE, "student")
        d = self.validate(data, student_id)
        if not allow_similar:
            similar = self.similar(d, student_id)
            if similar:
                raise SimilarRecordsFound(similar)
        with self.db.atomic():
            s = Student() if student_id is None else self._existing(student_id)
            for f in fields(StudentData):
                if f.name != "family_id":
                    setattr(s, f.name, getattr(d, f.name))
            s.iin = d.iin or None
            s.family_id = d.family_id
            s.search_key = fold(full_name(d.last_name, d.first_name, d.patronymic))
            s.sort_key = sort_key(d.last_name, d.first_name, d.patronymic)
            if student_id is not None:
                s.touch(actor.device_id)
            else:
                s.updated_by = actor.device_id
            s.save()
            self._index_names(s)
        return int(s.id)

    def set_archived(self, actor: Actor, student_id: int, archived: bool) -> None:
        """Archive (e.g. left the school) or bring back a student; nothing is deleted."""
        access.check(actor, access.WRITE, "student")
        with self.db.atomic():
            s = self._existing(student_id)
            s.archived_at = utc_now() if archived else None
            s.touch(actor.device_id)
            s.save()

    @staticmethod
    def _existing(student_id: int) -> Student:
        s = Student.get_or_none((Student.id == student_id) & (Student.deleted == False))  # noqa: E712
        if s is None:
            raise NotFound(student_id)
        return s

    @staticmethod
    def _index_names(s: Student) -> None:
        SearchToken.delete().where((SearchToken.entity == "student")
                                   & (SearchToken.rec_id == s.id)).execute()
        words = sorted(set(tokens(full_name(s.last_name, s.first_name, s.patronymic))))
        if words:
            SearchToken.insert_many([("student", s.id, w) for w in words],
                                    fields=[SearchToken.entity, SearchToken.rec_id,
                                            SearchToken.token]).execute()


__all__ = ["StudentCard", "StudentData", "StudentRecord", "StudentRow", "StudentService",
           "build_search_sql", "class_name", "full_name"]
