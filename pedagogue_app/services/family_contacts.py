"""The log of contacts with a family: calls, meetings, visits, messages and letters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from ..db import Register
from ..models import Family, FamilyContact, FamilyMember
from . import access, validators
from .context import Actor
from .errors import Collector, NotFound
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import full_name

RECORD_TYPE = "family_contact"

# Codes as in demo.py (FamilyContact.kind).
CONTACT_KINDS = {
    "call": QT_TRANSLATE_NOOP("Catalog", "phone call"),
    "meeting": QT_TRANSLATE_NOOP("Catalog", "meeting at school"),
    "visit": QT_TRANSLATE_NOOP("Catalog", "visit to the family"),
    "message": QT_TRANSLATE_NOOP("Catalog", "text message"),
    "letter": QT_TRANSLATE_NOOP("Catalog", "letter or notice"),
}

MESSAGES = {
    "contact_future": QT_TRANSLATE_NOOP("Validation", "The contact cannot be later than now."),
}
register_messages(MESSAGES)

PERSON_LIMIT = 200
OLDEST_YEAR = 1900


@dataclass
class FamilyContactData:
    """What the contact dialog edits."""

    contact_at: datetime | None = None
    kind: str = "call"
    person: str = ""  # who was contacted, e.g. "мать, Сапарова Г. М."
    summary: str = ""


@dataclass
class FamilyContactRecord:
    id: int
    uid: str
    version: int
    family_id: int
    data: FamilyContactData
    archived: bool = False


class FamilyContactRow(NamedTuple):
    id: int
    contact_at: datetime
    kind: str
    person: str
    summary: str


class FamilyContactService:
    """Use cases of a family's contact log."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def for_family(self, actor: Actor, family_id: int) -> list[FamilyContactRow]:
        """The family's contacts (archived ones left out), newest first."""
        access.check(actor, access.READ, RECORD_TYPE)
        query = (FamilyContact.select()
                 .where((FamilyContact.family == family_id)
                        & (FamilyContact.deleted == False))  # noqa: E712
                 .order_by(FamilyContact.contact_at.desc(), -FamilyContact.id))
        return [FamilyContactRow(c.id, c.contact_at, c.kind, c.person, c.summary) for c in query]

    def get(self, actor: Actor, contact_id: int) -> FamilyContactRecord:
        access.check(actor, access.READ, RECORD_TYPE)
        c = FamilyContact.get_or_none(FamilyContact.id == contact_id)
        if c is None:
            raise NotFound(contact_id)
        data = FamilyContactData(contact_at=c.contact_at, kind=c.kind, person=c.person,
                                 summary=c.summary)
        return FamilyContactRecord(c.id, c.uid, c.version, int(c.family_id), data,  # type: ignore[attr-defined]
                                   archived=bool(c.deleted))

    def family_title(self, actor: Actor, family_id: int) -> str:
        access.check(actor, access.READ, RECORD_TYPE)
        fam = Family.get_or_none((Family.id == family_id) & (Family.deleted == False))  # noqa: E712
        if fam is None:
            raise NotFound(family_id)
        return str(fam.title)

    def people(self, actor: Actor, family_id: int) -> list[str]:
        """Names of the family's members, to choose who was contacted."""
        access.check(actor, access.READ, RECORD_TYPE)
        members = (FamilyMember.select()
                   .where((FamilyMember.family == family_id)
                          & (FamilyMember.deleted == False))  # noqa: E712
                   .order_by(FamilyMember.position))
        return [full_name(m.last_name, m.first_name, m.patronymic) for m in members]

    # --- writing ---------------------------------------------------------------------------
    def validate(self, data: FamilyContactData, now: datetime | None = None) -> FamilyContactData:
        """Check and normalise a contact: the time is kept to the minute.

        Raises:
            ValidationError: naming every wrong field.
        """
        now = now or datetime.now()
        d = FamilyContactData(
            contact_at=data.contact_at.replace(second=0, microsecond=0)
            if data.contact_at else None,
            kind=data.kind, person=validators.clean(data.person), summary=data.summary.strip())
        c = Collector()
        if d.contact_at is None:
            c.add("contact_at", "required")
        elif d.contact_at > now:
            c.add("contact_at", "contact_future")
        elif d.contact_at.year < OLDEST_YEAR:
            c.add("contact_at", "date_too_old")
        if d.kind not in CONTACT_KINDS:
            c.add("kind", "required" if not d.kind else "bad_choice")
        validators.text(c, "person", d.person, limit=PERSON_LIMIT)
        validators.text(c, "summary", d.summary, required=True)
        c.raise_if_any()
        return d

    def save(self, actor: Actor, family_id: int, data: FamilyContactData,
             contact_id: int | None = None) -> int:
        """Validate and store a contact of the family; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: the family, or the contact of this family, does not exist (or is archived).
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        d = self.validate(data)
        with self.db.atomic():
            if Family.get_or_none((Family.id == family_id)
                                  & (Family.deleted == False)) is None:  # noqa: E712
                raise NotFound(family_id)
            if contact_id is None:
                contact = FamilyContact(family=family_id, updated_by=actor.device_id)
            else:
                contact = self._existing(contact_id, archived=False)
                if contact.family_id != family_id:  # type: ignore[attr-defined]
                    raise NotFound(contact_id)
                contact.touch(actor.device_id)
            assert d.contact_at is not None  # validate() requires it
            contact.contact_at = d.contact_at
            contact.kind = d.kind
            contact.person = d.person
            contact.summary = d.summary
            contact.save()
        return int(contact.id)

    def archive(self, actor: Actor, contact_id: int) -> None:
        """Take a contact out of the log (kept as a tombstone, restorable)."""
        self._set_deleted(actor, contact_id, True)

    def restore(self, actor: Actor, contact_id: int) -> None:
        self._set_deleted(actor, contact_id, False)

    def _set_deleted(self, actor: Actor, contact_id: int, deleted: bool) -> None:
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            contact = self._existing(contact_id, archived=not deleted)
            contact.deleted = deleted
            contact.touch(actor.device_id)
            contact.save()

    @staticmethod
    def _existing(contact_id: int, *, archived: bool) -> FamilyContact:
        contact = FamilyContact.get_or_none((FamilyContact.id == contact_id)
                                            & (FamilyContact.deleted == archived))
        if contact is None:
            raise NotFound(contact_id)
        return contact


__all__ = ["CONTACT_KINDS", "FamilyContactData", "FamilyContactRecord", "FamilyContactRow",
           "FamilyContactService"]
