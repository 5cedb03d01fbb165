"""The directory of organisations: the addressees of referral letters (PMPK, police, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import NamedTuple

from ..db import Register
from ..db.search import fold, sort_key, tokens
from ..models import Organisation
from . import access, validators
from .context import Actor
from .errors import Collector, NotFound
from .messages import QT_TRANSLATE_NOOP, register_messages

RECORD_TYPE = "organisation"

# Codes as in demo_names.ORGANISATIONS; "other" for anything else (a court, a children's home).
ORGANISATION_KINDS = {
    "pmpk": QT_TRANSLATE_NOOP("Catalog", "PMPK (ПМПК)"),
    "police": QT_TRANSLATE_NOOP("Catalog", "juvenile police (ОЮП)"),
    "commission": QT_TRANSLATE_NOOP("Catalog", "commission for minors' affairs (КДНиЗП)"),
    "guardianship": QT_TRANSLATE_NOOP("Catalog", "guardianship body"),
    "crisis": QT_TRANSLATE_NOOP("Catalog", "crisis centre"),
    "rehab": QT_TRANSLATE_NOOP("Catalog", "rehabilitation centre"),
    "polyclinic": QT_TRANSLATE_NOOP("Catalog", "polyclinic"),
    "other": QT_TRANSLATE_NOOP("Catalog", "other organisation"),
}

MESSAGES = {
    "organisation_email": QT_TRANSLATE_NOOP(
        "Validation", "Email: one address like name@example.kz."),
    "organisation_duplicate": QT_TRANSLATE_NOOP(
        "Validation", "An organisation of this kind with this name is already in the directory."),
}
register_messages(MESSAGES)

NAME_LIMIT = 250
HEAD_LIMIT = 200
ADDRESS_LIMIT = 300
EMAIL_LIMIT = 254
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")


@dataclass
class OrganisationData:
    """What the organisation dialog edits."""

    kind: str = ""
    name_kk: str = ""
    name_ru: str = ""
    head_name: str = ""  # full name and position, e.g. "Директор Ахметова Г. С."
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class OrganisationRecord:
    id: int
    uid: str
    version: int
    data: OrganisationData
    archived: bool = False


class OrganisationRow(NamedTuple):
    """One line of the directory list and of the addressee choice."""

    id: int
    kind: str
    name_kk: str
    name_ru: str
    head_name: str
    phone: str
    email: str
    address: str
    archived: bool


_FIELDS = [f.name for f in fields(OrganisationData)]


class OrganisationService:
    """Use cases of the organisations directory (a few dozen rows: filtered in Python)."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, organisation_id: int) -> OrganisationRecord:
        """An organisation, archived ones included (old letters still name their addressee)."""
        access.check(actor, access.READ, RECORD_TYPE)
        org = Organisation.get_or_none(Organisation.id == organisation_id)
        if org is None:
            raise NotFound(organisation_id)
        data = OrganisationData(**{n: getattr(org, n) for n in _FIELDS})
        return OrganisationRecord(org.id, org.uid, org.version, data, archived=bool(org.deleted))

    def search(self, actor: Actor, query: str = "", kind: str | None = None, *,
               include_archived: bool = False) -> list[OrganisationRow]:
        """Organisations whose names or head match every word of ``query`` (as word prefixes,
        Kazakh and Russian letters folded), of ``kind`` when given, in Russian-name order."""
        access.check(actor, access.READ, RECORD_TYPE)
        words = tokens(query)
        if query.strip() and not words:
            return []
        rows = []
        for row in self._rows(kind, include_archived):
            text = tokens(" ".join((row.name_kk, row.name_ru, row.head_name)))
            if all(any(t.startswith(w) for t in text) for w in words):
                rows.append(row)
        return rows

    def by_kind(self, actor: Actor, kind: str) -> list[OrganisationRow]:
        """Active organisations of one kind: the choices of a referral's addressee."""
        access.check(actor, access.READ, RECORD_TYPE)
        return self._rows(kind, False)

    def _rows(self, kind: str | None, include_archived: bool) -> list[OrganisationRow]:
        query = Organisation.select()
        if not include_archived:
            query = query.where(Organisation.deleted == False)  # noqa: E712
        if kind:
            query = query.where(Organisation.kind == kind)
        rows = [OrganisationRow(o.id, o.kind, o.name_kk, o.name_ru, o.head_name, o.phone, o.email,
                                o.address, bool(o.deleted)) for o in query]
        return sorted(rows, key=lambda r: (sort_key(r.name_ru, r.name_kk), r.id))

    # --- writing ---------------------------------------------------------------------------
    def validate(self, data: OrganisationData,
                 organisation_id: int | None = None) -> OrganisationData:
        """Check and normalise ``data`` (spaces collapsed).

        Raises:
            ValidationError: naming every wrong field; a name already used by another active
                organisation of the same kind is ``organisation_duplicate``.
        """
        d = OrganisationData(**{n: validators.clean(getattr(data, n)) for n in _FIELDS})
        c = Collector()
        if d.kind not in ORGANISATION_KINDS:
            c.add("kind", "required" if not d.kind else "bad_choice")
        validators.text(c, "name_kk", d.name_kk, limit=NAME_LIMIT, required=True)
        validators.text(c, "name_ru", d.name_ru, limit=NAME_LIMIT, required=True)
        validators.text(c, "head_name", d.head_name, limit=HEAD_LIMIT)
        validators.text(c, "address", d.address, limit=ADDRESS_LIMIT)
        validators.phone(c, "phone", d.phone)
        if len(d.email) > EMAIL_LIMIT:
            c.add("email", "too_long", max=EMAIL_LIMIT)
        elif d.email and not _EMAIL.match(d.email):
            c.add("email", "organisation_email")
        if d.kind in ORGANISATION_KINDS:
            self._check_unique(c, d, organisation_id)
        c.raise_if_any()
        return d

    @staticmethod
    def _check_unique(c: Collector, d: OrganisationData, organisation_id: int | None) -> None:
        others = Organisation.select().where((Organisation.kind == d.kind)
                                             & (Organisation.deleted == False)  # noqa: E712
                                             & (Organisation.id != (organisation_id or 0)))
        for name in ("name_ru", "name_kk"):
            key = fold(getattr(d, name))
            if key and any(fold(getattr(o, name)) == key for o in others):
                c.add(name, "organisation_duplicate")

    def save(self, actor: Actor, data: OrganisationData,
             organisation_id: int | None = None) -> int:
        """Validate and store an organisation; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: ``organisation_id`` does not exist or is archived.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        d = self.validate(data, organisation_id)
        with self.db.atomic():
            if organisation_id is None:
                org = Organisation(updated_by=actor.device_id)
            else:
                org = self._existing(organisation_id, archived=False)
                org.touch(actor.device_id)
            for name in _FIELDS:
                setattr(org, name, getattr(d, name))
            org.save()
        return int(org.id)

    def archive(self, actor: Actor, organisation_id: int) -> None:
        """Take an organisation out of the directory; letters that name it keep it."""
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            org = self._existing(organisation_id, archived=False)
            org.deleted = True
            org.touch(actor.device_id)
            org.save()

    def restore(self, actor: Actor, organisation_id: int) -> None:
        """Bring an archived organisation back.

        Raises:
            ValidationError: an active organisation of the same kind now has its name.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            org = self._existing(organisation_id, archived=True)
            c = Collector()
            self._check_unique(c, OrganisationData(**{n: getattr(org, n) for n in _FIELDS}),
                               organisation_id)
            c.raise_if_any()
            org.deleted = False
            org.touch(actor.device_id)
            org.save()

    @staticmethod
    def _existing(organisation_id: int, *, archived: bool) -> Organisation:
        org = Organisation.get_or_none((Organisation.id == organisation_id)
                                       & (Organisation.deleted == archived))
        if org is None:
            raise NotFound(organisation_id)
        return org


__all__ = ["ORGANISATION_KINDS", "OrganisationData", "OrganisationRecord", "OrganisationRow",
           "OrganisationService"]
