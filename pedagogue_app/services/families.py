"""Families with their members and categories: validation, saving, search."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, NamedTuple

from ..db import Register
from ..db.search import fold, prefix_upper_bound, sort_key, tokens
from ..models import Family, FamilyCategory, FamilyMember, SearchToken, Student, SyncModel
from . import access, validators
from .catalog import FAMILY_CATEGORIES, RELATIONS
from .context import Actor
from .errors import Collector, FieldError, NotFound
from .students import class_name, full_name

# Categories whose evidence document must be named (certificate, decision) with its term.
EVIDENCE_REQUIRED = frozenset({"low_income", "guardianship", "disability"})
RISK_FIELDS = ("risk_alcohol", "risk_violence", "protection_order", "risk_parent_imprisoned",
               "risk_unemployment", "risk_left_with_relatives")


@dataclass
class MemberData:
    last_name: str = ""
    first_name: str = ""
    patronymic: str = ""
    relation: str = "mother"
    iin: str = ""
    birth_date: date | None = None
    education: str = ""
    work: str = ""
    phone: str = ""
    is_legal_representative: bool = False
    id: int | None = None


@dataclass
class CategoryData:
    code: str = ""
    document: str = ""
    document_date: date | None = None
    valid_until: date | None = None
    note: str = ""
    id: int | None = None


@dataclass
class FamilyData:
    title: str = ""
    address_registered: str = ""
    address_actual: str = ""
    phone: str = ""
    housing_summary: str = ""
    free_meals_category: int | None = None
    free_meals_evidence: str = ""
    free_meals_valid_until: date | None = None
    risk_alcohol: bool = False
    risk_violence: bool = False
    protection_order: bool = False
    risk_parent_imprisoned: bool = False
    risk_unemployment: bool = False
    risk_left_with_relatives: bool = False
    police_registered_on: date | None = None
    commission_registered_on: date | None = None
    notes: str = ""
    members: list[MemberData] = field(default_factory=list)
    categories: list[CategoryData] = field(default_factory=list)


@dataclass
class FamilyRecord:
    id: int
    uid: str
    version: int
    data: FamilyData
    children: list[tuple[int, str, str]]  # student id, name, class


class FamilyRow(NamedTuple):
    id: int
    title: str
    address: str
    categories: str  # comma-separated codes


_SCALARS = [f.name for f in fields(FamilyData) if f.name not in ("members", "categories")]
_MEMBER_FIELDS = [f.name for f in fields(MemberData) if f.name != "id"]
_CATEGORY_FIELDS = [f.name for f in fields(CategoryData) if f.name != "id"]


def _copy(obj: Any, names: list[str], target: Any) -> None:
    for name in names:
        setattr(target, name, getattr(obj, name))


class FamilyService:
    """Use cases of the family register."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    def search(self, actor: Actor, query: str = "") -> list[FamilyRow]:
        """Families whose title or member names start with each word of ``query``."""
        access.check(actor, access.READ, "family")
        sql = ("SELECT f.id, f.title, f.address_actual, COALESCE((SELECT group_concat(c.code) "
               "FROM family_category c WHERE c.family_id = f.id AND c.deleted = 0), '') "
               "FROM family f WHERE f.deleted = 0")
        params: list[object] = []
        if query.strip() and not any(ch.isalnum() for ch in query):
            return []
        for tok in tokens(query):
            sql += (" AND f.id IN (SELECT rec_id FROM search_token WHERE entity = 'family' "
                    "AND token >= ? AND token < ?)")
            params += [tok, prefix_upper_bound(tok)]
        rows = [FamilyRow._make(r) for r in self.db.execute_sql(sql, params).fetchall()]
        return sorted(rows, key=lambda r: sort_key(r.title))

    def get(self, actor: Actor, family_id: int) -> FamilyRecord:
        access.check(actor, access.READ, "family")
        fam = Family.get_or_none((Family.id == family_id) & (Family.deleted == False))  # noqa: E712
        if fam is None:
            raise NotFound(family_id)
        data = FamilyData()
        _copy(fam, _SCALARS, data)
        for m in fam.members.where(FamilyMember.deleted == False).order_by(FamilyMember.position):  # noqa: E712
            md = MemberData(id=m.id)
            _copy(m, _MEMBER_FIELDS, md)
            md.iin = m.iin or ""
            data.members.append(md)
        for c in fam.categories.where(FamilyCategory.deleted == False).order_by(FamilyCategory.id):  # noqa: E712
            cd = CategoryData(id=c.id)
            _copy(c, _CATEGORY_FIELDS, cd)
            data.categories.append(cd)
        children = [(s.id, full_name(s.last_name, s.first_name, s.patronymic),
                     class_name(s.grade, s.class_letter))
                    for s in fam.children.where(Student.deleted == False)  # noqa: E712
                    .order_by(Student.sort_key)]
        return FamilyRecord(fam.id, fam.uid, fam.version, data, children)

    def validate(self, data: FamilyData, today: date | None = None) -> FamilyData:
        """Check a family with its members and categories.

        Raises:
            ValidationError: naming each wrong field; member problems use the field ``members``.
        """
        today = today or date.today()
        c = Collector()
        data.title = validators.clean(data.title)
        if not data.title and data.members:
            data.title = validators.clean(data.members[0].last_name)
        validators.text(c, "title", data.title, limit=validators.NAME_MAX * 2, required=True)
        for name in ("address_registered", "address_actual", "housing_summary", "notes"):
            validators.text(c, name, getattr(data, name))
        data.phone = validators.clean(data.phone)
        validators.phone(c, "phone", data.phone)
        if data.free_meals_category is not None:
            if not 1 <= data.free_meals_category <= 5:
                c.add("free_meals_category", "meals_category")
            elif not data.free_meals_evidence.strip() or data.free_meals_valid_until is None:
                c.add("free_meals_evidence", "evidence_needed")
        validators.past_date(c, "police_registered_on", data.police_registered_on, today=today)
        validators.past_date(c, "commission_registered_on", data.commission_registered_on,
                             today=today)
        self._validate_members(c, data.members, today)
        self._validate_categories(c, data.categories)
        c.raise_if_any()
        return data

    @staticmethod
    def _validate_members(c: Collector, members: list[MemberData], today: date) -> None:
        for row, m in enumerate(members, start=1):
            for name in ("last_name", "first_name", "patronymic", "iin", "phone"):
                setattr(m, name, validators.clean(getattr(m, name)))
            sub = Collector()
            validators.name(sub, "last_name", m.last_name)
            validators.name(sub, "first_name", m.first_name)
            validators.name(sub, "patronymic", m.patronymic, required=False)
            if m.relation not in RELATIONS:
                sub.add("relation", "bad_choice")
            info = validators.iin(sub, "iin", m.iin)
            if info is not None:
                m.birth_date = m.birth_date or info.birth_date
                validators.iin_matches(sub, info, m.birth_date, "")
            validators.past_date(sub, "birth_date", m.birth_date, today=today)
            validators.phone(sub, "phone", m.phone)
            for name in ("education", "work"):
                validators.text(sub, name, getattr(m, name), limit=200)
            if sub.errors:
                first: FieldError = sub.errors[0]
                c.add("members", "member_invalid", row=row, problem=first.code,
                      member_field=first.field, **first.params)

    @staticmethod
    def _validate_categories(c: Collector, categories: list[CategoryData]) -> None:
        seen: set[str] = set()
        for cat in categories:
            if cat.code not in FAMILY_CATEGORIES:
                c.add("categories", "bad_choice")
            elif cat.code in seen:
                c.add("categories", "duplicate_category")
            elif cat.code in EVIDENCE_REQUIRED and (not cat.document.strip()
                                                    or cat.valid_until is None):
                c.add("categories", "evidence_needed")
            seen.add(cat.code)

    def save(self, actor: Actor, data: FamilyData, family_id: int | None = None) -> int:
        """Validate and store a family with its members and categories; return its id."""
        access.check(actor, access.WRITE, "family")
        d = self.validate(data)
        with self.db.atomic():
            fam = Family() if family_id is None else Family.get_or_none(
                (Family.id == family_id) & (Family.deleted == False))  # noqa: E712
            if fam is None:
                raise NotFound(family_id)
            _copy(d, _SCALARS, fam)
            fam.search_key = fold(d.title)
            if family_id is not None:
                fam.touch(actor.device_id)
            else:
                fam.updated_by = actor.device_id
            fam.save()
            self._sync_children(actor, fam, FamilyMember, fam.members, d.members, _MEMBER_FIELDS)
            self._sync_children(actor, fam, FamilyCategory, fam.categories, d.categories,
                                _CATEGORY_FIELDS)
            self._index(fam, d)
        return int(fam.id)

    @staticmethod
    def _sync_children(actor: Actor, fam: Family, model: type[SyncModel], existing: Any,
                       wanted: list[Any], names: list[str]) -> None:
        """Update kept rows, insert new ones, tombstone the removed ones."""
        current = {row.id: row for row in existing.where(model.deleted == False)}  # noqa: E712
        for pos, item in enumerate(wanted):
            row = current.pop(item.id, None) if item.id else None
            if row is None:
                row = model(family=fam, updated_by=actor.device_id)
            else:
                row.touch(actor.device_id)
            _copy(item, names, row)
            if hasattr(row, "iin"):
                row.iin = item.iin or None
            if hasattr(row, "position"):
                row.position = pos
            row.save()
            item.id = row.id
        for row in current.values():
            row.deleted = True
            row.touch(actor.device_id)
            row.save()

    @staticmethod
    def _index(fam: Family, d: FamilyData) -> None:
        SearchToken.delete().where((SearchToken.entity == "family")
                                   & (SearchToken.rec_id == fam.id)).execute()
        text = " ".join([d.title] + [full_name(m.last_name, m.first_name, m.patronymic)
                                     for m in d.members])
        words = sorted(set(tokens(text)))
        if words:
            SearchToken.insert_many([("family", fam.id, w) for w in words],
                                    fields=[SearchToken.entity, SearchToken.rec_id,
                                            SearchToken.token]).execute()
