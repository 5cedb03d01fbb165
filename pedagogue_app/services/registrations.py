"""The at-risk register: school, police (ОЮП) and commission (КДНиЗП) entries, one per ground.

Each entry carries its individual preventive-work plan (measures) and its reviews; removal from
the register is part of the entry (date, reason, protocol), never a deletion.

Access (``services.access``): every entry needs ``registration``; an entry on a restricted ground
(:data:`~pedagogue_app.services.catalog.RESTRICTED_GROUNDS`: violence, suicidal risk) needs
``registration_restricted`` as well, to open, save, archive or restore it. Lists, the timeline
and due items leave restricted entries out for a role without that right (counts stay: they name
no child). Each :meth:`~RegistrationService.get` of a restricted entry writes a
``view_restricted`` audit event.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..db import Register
from ..models import Family, PlanMeasure, Registration, RegistrationReview, Student, SyncModel
from . import access, validators
from .audit import AuditService
from .catalog import REGISTER_GROUNDS, REGISTER_KINDS, RESTRICTED_GROUNDS
from .context import Actor
from .errors import Collector, FieldError, NotFound
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import class_name, full_name
from .timeline import DueItem, TimelineEntry

RECORD_TYPE = "registration"
RESTRICTED_RECORD_TYPE = "registration_restricted"  # an entry on a RESTRICTED_GROUNDS ground
TABLE = "registration"  # the table named in audit events
_ID: Any = Registration.id  # the model types ``id`` as int for instances
REMOVAL_REASONS = {
    "positive_dynamics": QT_TRANSLATE_NOOP("Catalog", "positive dynamics"),
    "transfer": QT_TRANSLATE_NOOP("Catalog", "transferred to another school"),
    "graduation": QT_TRANSLATE_NOOP("Catalog", "finished school"),
    "age_18": QT_TRANSLATE_NOOP("Catalog", "reached the age of 18"),
    "council_decision": QT_TRANSLATE_NOOP("Catalog", "decision of the prevention council"),
}
MEASURE_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Catalog", "to do"),
    "done": QT_TRANSLATE_NOOP("Catalog", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Catalog", "cancelled"),
}
# Police and commission entries start from their own notice; the school only records it.
DEFAULT_INITIATORS = {"school": "", "police": "ОЮП", "commission": "КДНиЗП"}
MESSAGES = {
    "registration_subject": QT_TRANSLATE_NOOP("Validation", "Choose the child or the family."),
    "registration_subject_both": QT_TRANSLATE_NOOP(
        "Validation", "An entry is for one child or one family, not both."),
    "registration_duplicate": QT_TRANSLATE_NOOP(
        "Validation", "Already on this register on this ground since {since}: edit that entry."),
    "registration_removal_date": QT_TRANSLATE_NOOP(
        "Validation", "Give the removal date, or clear the reason and the protocol No."),
    "registration_not_18": QT_TRANSLATE_NOOP("Validation", "The child turns 18 only on {date}."),
    "measure_invalid": QT_TRANSLATE_NOOP("Validation", "Measure {row}: {problem}"),
    "review_invalid": QT_TRANSLATE_NOOP("Validation", "Review {row}: {problem}"),
    "measure_result_needed": QT_TRANSLATE_NOOP(
        "Validation", "a measure marked done needs its result."),
    "review_next_after": QT_TRANSLATE_NOOP(
        "Validation", "the next review must come after the review date."),
    "review_after_removal": QT_TRANSLATE_NOOP(
        "Validation", "the review date is after the removal date ({other})."),
}
register_messages(MESSAGES)

FAR_AHEAD = timedelta(days=5 * 366)  # a deadline further away than this is a typo
SHORT_TEXT = 200


@dataclass
class MeasureData:
    """One measure of the individual preventive-work plan."""

    measure: str = ""
    responsible: str = ""
    deadline: date | None = None
    status: str = "planned"
    result: str = ""
    id: int | None = None


@dataclass
class ReviewData:
    review_date: date | None = None
    summary: str = ""
    decision: str = ""
    next_review_on: date | None = None
    id: int | None = None


@dataclass
class RegistrationData:
    """What the registration dialog edits: one ground of one child (or family) on one register."""

    student_id: int | None = None
    family_id: int | None = None
    kind: str = "school"
    ground: str = ""
    start_date: date | None = None
    protocol_no: str = ""
    protocol_date: date | None = None
    initiator: str = ""
    parents_informed_on: date | None = None
    curator: str = ""
    responsible: str = ""
    removed_on: date | None = None
    removal_reason: str = ""
    removal_protocol_no: str = ""
    notes: str = ""
    measures: list[MeasureData] = field(default_factory=list)
    reviews: list[ReviewData] = field(default_factory=list)


@dataclass
class RegistrationRecord:
    id: int
    uid: str
    version: int
    data: RegistrationData
    subject: str  # the child's name and class, or the family's name

    @property
    def restricted(self) -> bool:
        return self.data.ground in RESTRICTED_GROUNDS


class RegistrationRow(NamedTuple):
    """One line of a child's (or family's) register entries."""

    id: int
    kind: str
    ground: str
    start_date: date
    protocol_no: str
    curator: str
    removed_on: date | None
    removal_reason: str
    restricted: bool
    archived: bool


_SCALARS = [f.name for f in fields(RegistrationData)
            if f.name not in ("student_id", "family_id", "measures", "reviews")]
_MEASURE_FIELDS = [f.name for f in fields(MeasureData) if f.name != "id"]
_REVIEW_FIELDS = [f.name for f in fields(ReviewData) if f.name != "id"]
_ONE_LINE = ("protocol_no", "initiator", "curator", "responsible", "removal_protocol_no")


def _day(value: Any) -> date | None:
    """A date from peewee (date) or raw SQL (ISO text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _dmy(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def turns_18(birth: date) -> date:
    """The day a child born on ``birth`` turns 18 (29 February counts as 1 March)."""
    try:
        return birth.replace(year=birth.year + 18)
    except ValueError:
        return date(birth.year + 18, 3, 1)


class RegistrationService:
    """Use cases of the at-risk register."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, record_id: int) -> RegistrationRecord:
        """One entry with its plan and reviews; opening a restricted one is audited
        (``view_restricted``).

        Raises:
            AccessDenied: the actor may not read entries, or not restricted ones and this is one.
            NotFound: no live entry with this id.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        reg: Any = self._existing(record_id)  # Any: the model declares no typed ids/backrefs
        restricted = reg.ground in RESTRICTED_GROUNDS
        if restricted:
            access.check(actor, access.READ, RESTRICTED_RECORD_TYPE)
        data = RegistrationData(student_id=reg.student_id, family_id=reg.family_id)
        for name in _SCALARS:
            setattr(data, name, getattr(reg, name))
        for m in reg.measures.where(PlanMeasure.deleted == False).order_by(  # noqa: E712
                PlanMeasure.position, PlanMeasure.id):
            data.measures.append(MeasureData(id=m.id, **{n: getattr(m, n) for n in _MEASURE_FIELDS}))
        for r in reg.reviews.where(RegistrationReview.deleted == False).order_by(  # noqa: E712
                RegistrationReview.review_date, RegistrationReview.id):
            data.reviews.append(ReviewData(id=r.id, **{n: getattr(r, n) for n in _REVIEW_FIELDS}))
        if restricted:
            AuditService(self.register).record_for(actor, "view_restricted", TABLE, reg.id)
        return RegistrationRecord(reg.id, reg.uid, reg.version, data,
                                  self._subject(reg.student_id, reg.family_id))

    def subject(self, actor: Actor, student_id: int | None = None,
                family_id: int | None = None) -> str:
        """The child's name and class (or the family's name) an entry is about."""
        access.check(actor, access.READ, RECORD_TYPE)
        return self._subject(student_id, family_id)

    def for_student(self, actor: Actor, student_id: int, *,
                    include_archived: bool = False) -> list[RegistrationRow]:
        """The child's entries, newest first (archived ones only when asked)."""
        access.check(actor, access.READ, RECORD_TYPE)
        return self._rows(actor, Registration.student == student_id, include_archived)

    def for_family(self, actor: Actor, family_id: int, *,
                   include_archived: bool = False) -> list[RegistrationRow]:
        access.check(actor, access.READ, RECORD_TYPE)
        return self._rows(actor, Registration.family == family_id, include_archived)

    def timeline(self, actor: Actor, student_id: int) -> list[TimelineEntry]:
        """The child's registrations, and removals as entries of their own, for the chronology.

        ``title`` is the ground and ``detail`` the register (or, for a removal, its reason),
        both as the English catalog labels, which the view translates in the "Catalog" context.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        entries: list[TimelineEntry] = []
        query = Registration.select().where((Registration.student == student_id)
                                            & (Registration.deleted == False))  # noqa: E712
        for reg in self._visible(actor, query):
            title = REGISTER_GROUNDS.get(reg.ground, reg.ground)
            restricted = reg.ground in RESTRICTED_GROUNDS
            entries.append(TimelineEntry(reg.start_date, RECORD_TYPE, reg.id, title,
                                         REGISTER_KINDS.get(reg.kind, reg.kind), restricted))
            if reg.removed_on is not None:
                reason = REMOVAL_REASONS.get(reg.removal_reason, reg.removal_reason)
                entries.append(TimelineEntry(reg.removed_on, RECORD_TYPE, reg.id, title, reason,
                                             restricted))
        return entries

    def due(self, actor: Actor, today: date, horizon_days: int = 14) -> list[DueItem]:
        """Plan measures still to do and reviews falling due by ``today + horizon_days``.

        Only active entries of live children (or families) count; of a registration's reviews
        only the latest one's next date is due. One query per kind, each on its own index.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        limit = (today + timedelta(days=horizon_days)).isoformat()
        measures = self.db.execute_sql(_DUE_MEASURES, (limit,)).fetchall()
        reviews = self.db.execute_sql(_DUE_REVIEWS, (limit,)).fetchall()
        if not access.can(actor, access.READ, RESTRICTED_RECORD_TYPE):
            hidden = self._restricted_ids({r[1] for r in measures} | {r[1] for r in reviews})
            measures = [r for r in measures if r[1] not in hidden]
            reviews = [r for r in reviews if r[1] not in hidden]
        items = [DueItem(_day(due) or today, "measure", RECORD_TYPE, rid,
                         f"{who}: {what}", sid, fid)
                 for due, rid, sid, fid, who, what in measures]
        items += [DueItem(_day(due) or today, "review", RECORD_TYPE, rid, who, sid, fid)
                  for due, rid, sid, fid, who in reviews]
        return items

    def counts(self, actor: Actor) -> dict[str, int]:
        """Active entries per register kind (children who left the school not counted)."""
        access.check(actor, access.READ, RECORD_TYPE)
        counts = dict.fromkeys(REGISTER_KINDS, 0)
        rows = self.db.execute_sql(
            "SELECT r.kind, count(*) FROM registration r LEFT JOIN student s "
            "ON s.id = r.student_id WHERE r.deleted = 0 AND r.removed_on IS NULL "
            "AND (r.student_id IS NULL OR (s.deleted = 0 AND s.archived_at IS NULL)) "
            "GROUP BY r.kind")
        for kind, n in rows.fetchall():
            counts[kind] = n
        return counts

    # --- writing ---------------------------------------------------------------------------
    def validate(self, data: RegistrationData, record_id: int | None = None,
                 today: date | None = None) -> RegistrationData:
        """Check and normalise a copy of ``data``; fill the initiator of police/commission entries.

        Raises:
            ValidationError: naming every wrong field; plan and review problems use the fields
                ``measures`` and ``reviews`` with the row number.
        """
        today = today or date.today()
        d = copy.deepcopy(data)
        for name in _ONE_LINE:
            setattr(d, name, validators.clean(getattr(d, name)))
        d.notes = d.notes.strip()
        if not d.initiator and d.kind in DEFAULT_INITIATORS:
            d.initiator = DEFAULT_INITIATORS[d.kind]
        c = Collector()
        birth = self._check_subject(c, d)
        if d.kind not in REGISTER_KINDS:
            c.add("kind", "bad_choice")
        if d.ground not in REGISTER_GROUNDS:
            c.add("ground", "bad_choice" if d.ground else "required")
        validators.past_date(c, "start_date", d.start_date, today=today, required=True)
        validators.past_date(c, "protocol_date", d.protocol_date, today=today)
        validators.past_date(c, "parents_informed_on", d.parents_informed_on, today=today)
        for name in ("protocol_no", "removal_protocol_no"):
            validators.text(c, name, getattr(d, name), limit=40)
        for name in ("initiator", "curator", "responsible"):
            validators.text(c, name, getattr(d, name), limit=SHORT_TEXT)
        validators.text(c, "notes", d.notes)
        self._check_removal(c, d, today, birth)
        self._check_measures(c, d, today)
        self._check_reviews(c, d, today)
        if d.removed_on is None and not any(e.field in ("student_id", "kind", "ground")
                                            for e in c.errors):
            self._check_duplicate(c, d, record_id)
        c.raise_if_any()
        return d

    def save(self, actor: Actor, data: RegistrationData, record_id: int | None = None) -> int:
        """Validate and store an entry with its plan and reviews; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: ``record_id`` names no live entry.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        if data.ground in RESTRICTED_GROUNDS or (
                record_id is not None and self._stored_ground(record_id) in RESTRICTED_GROUNDS):
            access.check(actor, access.WRITE, RESTRICTED_RECORD_TYPE)
        d = self.validate(data, record_id)
        with self.db.atomic():
            reg: Any = Registration() if record_id is None else self._existing(record_id)
            reg.student_id = d.student_id
            reg.family_id = d.family_id
            for name in _SCALARS:
                setattr(reg, name, getattr(d, name))
            if record_id is None:
                reg.updated_by = actor.device_id
            else:
                reg.touch(actor.device_id)
            reg.save()
            self._sync(actor, reg, PlanMeasure, reg.measures, d.measures, _MEASURE_FIELDS)
            self._sync(actor, reg, RegistrationReview, reg.reviews, d.reviews, _REVIEW_FIELDS)
        return int(reg.id)

    def archive(self, actor: Actor, record_id: int) -> None:
        """Delete an entry entered by mistake: a tombstone that :meth:`restore` brings back."""
        access.check(actor, access.WRITE, RECORD_TYPE)
        reg = self._existing(record_id)
        self._check_restricted_write(actor, reg)
        with self.db.atomic():
            self._mark_deleted(actor, reg, True)

    def restore(self, actor: Actor, record_id: int) -> None:
        """Bring back an archived entry.

        Raises:
            ValidationError: on ``ground`` when the same ground is active again meanwhile.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        reg: Any = Registration.get_or_none((Registration.id == record_id)
                                            & (Registration.deleted == True))  # noqa: E712
        if reg is None:
            raise NotFound(record_id)
        self._check_restricted_write(actor, reg)
        if reg.removed_on is None:
            c = Collector()
            self._check_duplicate(c, RegistrationData(
                student_id=reg.student_id, family_id=reg.family_id, kind=reg.kind,
                ground=reg.ground), reg.id)
            c.raise_if_any()
        with self.db.atomic():
            self._mark_deleted(actor, reg, False)

    # --- checks ----------------------------------------------------------------------------
    def _check_subject(self, c: Collector, d: RegistrationData) -> date | None:
        """Exactly one live child or family; returns the child's birth date."""
        if d.student_id is None and d.family_id is None:
            c.add("student_id", "registration_subject")
        elif d.student_id is not None and d.family_id is not None:
            c.add("student_id", "registration_subject_both")
        elif d.student_id is not None:
            s = Student.get_or_none((Student.id == d.student_id)
                                    & (Student.deleted == False))  # noqa: E712
            if s is None:
                c.add("student_id", "registration_subject")
            return s.birth_date if s else None
        elif not Family.select().where((Family.id == d.family_id)
                                       & (Family.deleted == False)).exists():  # noqa: E712
            c.add("student_id", "registration_subject")
        return None

    @staticmethod
    def _check_removal(c: Collector, d: RegistrationData, today: date,
                       birth: date | None) -> None:
        if d.removed_on is None:
            if d.removal_reason or d.removal_protocol_no:
                c.add("removed_on", "registration_removal_date")
            return
        validators.past_date(c, "removed_on", d.removed_on, today=today)
        if d.start_date and d.removed_on < d.start_date:
            c.add("removed_on", "date_order", other=_dmy(d.start_date))
        if not d.removal_reason:
            c.add("removal_reason", "required")
        elif d.removal_reason not in REMOVAL_REASONS:
            c.add("removal_reason", "bad_choice")
        elif d.removal_reason == "age_18" and birth and d.removed_on < turns_18(birth):
            c.add("removal_reason", "registration_not_18", date=_dmy(turns_18(birth)))
        if not d.removal_protocol_no:
            c.add("removal_protocol_no", "required")

    @staticmethod
    def _check_measures(c: Collector, d: RegistrationData, today: date) -> None:
        for row, m in enumerate(d.measures, start=1):
            m.measure = validators.clean(m.measure)
            m.responsible = validators.clean(m.responsible)
            m.result = m.result.strip()
            sub = Collector()
            validators.text(sub, "measure", m.measure, required=True)
            validators.text(sub, "responsible", m.responsible, limit=SHORT_TEXT)
            validators.text(sub, "result", m.result)
            if m.status not in MEASURE_STATUSES:
                sub.add("status", "bad_choice")
            elif m.status == "done" and not m.result:
                sub.add("result", "measure_result_needed")
            if m.deadline is not None:
                if d.start_date and m.deadline < d.start_date:
                    sub.add("deadline", "date_order", other=_dmy(d.start_date))
                elif m.deadline > today + FAR_AHEAD:
                    sub.add("deadline", "date_too_far")
            _row_error(c, "measures", "measure_invalid", row, sub.errors)

    @staticmethod
    def _check_reviews(c: Collector, d: RegistrationData, today: date) -> None:
        for row, r in enumerate(d.reviews, start=1):
            r.summary, r.decision = r.summary.strip(), r.decision.strip()
            sub = Collector()
            validators.past_date(sub, "review_date", r.review_date, today=today, required=True)
            if r.review_date and d.start_date and r.review_date < d.start_date:
                sub.add("review_date", "date_order", other=_dmy(d.start_date))
            if r.review_date and d.removed_on and r.review_date > d.removed_on:
                sub.add("review_date", "review_after_removal", other=_dmy(d.removed_on))
            validators.text(sub, "summary", r.summary, required=True)
            validators.text(sub, "decision", r.decision)
            if r.next_review_on is not None and r.review_date is not None:
                if r.next_review_on <= r.review_date:
                    sub.add("next_review_on", "review_next_after")
                elif r.next_review_on > today + FAR_AHEAD:
                    sub.add("next_review_on", "date_too_far")
            _row_error(c, "reviews", "review_invalid", row, sub.errors)

    @staticmethod
    def _check_duplicate(c: Collector, d: RegistrationData, record_id: int | None) -> None:
        who = (Registration.student == d.student_id if d.student_id is not None
               else Registration.family == d.family_id)
        other = (Registration.select().where(
            who & (Registration.kind == d.kind) & (Registration.ground == d.ground)
            & Registration.removed_on.is_null() & (Registration.deleted == False)  # noqa: E712
            & (Registration.id != (record_id or 0))).first())
        if other is not None:
            c.add("ground", "registration_duplicate", since=_dmy(other.start_date))

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _existing(record_id: int) -> Registration:
        reg = Registration.get_or_none((Registration.id == record_id)
                                       & (Registration.deleted == False))  # noqa: E712
        if reg is None:
            raise NotFound(record_id)
        return reg

    @staticmethod
    def _subject(student_id: int | None, family_id: int | None) -> str:
        if student_id is not None:
            s = Student.get_or_none(Student.id == student_id)
            if s is None:
                raise NotFound(student_id)
            return (f"{full_name(s.last_name, s.first_name, s.patronymic)}, "
                    f"{class_name(s.grade, s.class_letter)}")
        if family_id is not None:
            fam = Family.get_or_none(Family.id == family_id)
            if fam is None:
                raise NotFound(family_id)
            return str(fam.title)
        return ""

    @staticmethod
    def _visible(actor: Actor, query: Any) -> Any:
        """``query`` without the restricted entries, unless ``actor`` may read them."""
        if access.can(actor, access.READ, RESTRICTED_RECORD_TYPE):
            return query
        return query.where(Registration.ground.not_in(sorted(RESTRICTED_GROUNDS)))

    def _restricted_ids(self, ids: set[int]) -> set[int]:
        """Those of ``ids`` that are entries on a restricted ground."""
        if not ids:
            return set()
        grounds = sorted(RESTRICTED_GROUNDS)
        found: set[int] = set()
        chunks = sorted(ids)
        for start in range(0, len(chunks), 500):
            chunk = chunks[start:start + 500]
            found.update(r[0] for r in self.db.execute_sql(
                f"SELECT id FROM registration WHERE id IN ({','.join('?' * len(chunk))}) "
                f"AND ground IN ({','.join('?' * len(grounds))})", [*chunk, *grounds]))
        return found

    @staticmethod
    def _stored_ground(record_id: int) -> str | None:
        reg = Registration.get_or_none(Registration.id == record_id)
        return None if reg is None else str(reg.ground)

    @staticmethod
    def _check_restricted_write(actor: Actor, reg: Registration) -> None:
        if reg.ground in RESTRICTED_GROUNDS:
            access.check(actor, access.WRITE, RESTRICTED_RECORD_TYPE)

    @classmethod
    def _rows(cls, actor: Actor, who: Any, include_archived: bool) -> list[RegistrationRow]:
        query = Registration.select().where(who)
        if not include_archived:
            query = query.where(Registration.deleted == False)  # noqa: E712
        query = cls._visible(actor, query).order_by(Registration.start_date.desc(), _ID.desc())
        return [RegistrationRow(r.id, r.kind, r.ground, r.start_date, r.protocol_no, r.curator,
                                r.removed_on, r.removal_reason, r.ground in RESTRICTED_GROUNDS,
                                bool(r.deleted)) for r in query]

    @staticmethod
    def _mark_deleted(actor: Actor, reg: Registration, deleted: bool) -> None:
        reg.deleted = deleted
        reg.touch(actor.device_id)
        reg.save()

    @staticmethod
    def _sync(actor: Actor, reg: Registration, model: type[SyncModel], existing: Any,
              wanted: list[Any], names: list[str]) -> None:
        """Update kept rows, insert new ones, tombstone the removed ones."""
        current = {row.id: row for row in existing.where(model.deleted == False)}  # noqa: E712
        for pos, item in enumerate(wanted):
            row = current.pop(item.id, None) if item.id else None
            if row is None:
                row = model(registration=reg, updated_by=actor.device_id)
            elif all(getattr(row, n) == getattr(item, n) for n in names) and getattr(
                    row, "position", pos) == pos:
                continue  # unchanged rows keep their version
            else:
                row.touch(actor.device_id)
            for name in names:
                setattr(row, name, getattr(item, name))
            if hasattr(row, "position"):
                row.position = pos
            row.save()
            item.id = row.id
        for row in current.values():
            row.deleted = True
            row.touch(actor.device_id)
            row.save()


def _row_error(c: Collector, field_name: str, code: str, row: int,
               errors: list[FieldError]) -> None:
    """Report the first problem of a plan or review row under the table's field."""
    if errors:
        first = errors[0]
        c.add(field_name, code, row=row, problem=first.code, row_field=first.field,
              **first.params)


_LIVE_SUBJECT = """
  JOIN registration r ON r.id = x.registration_id
  LEFT JOIN student s ON s.id = r.student_id
  LEFT JOIN family f ON f.id = r.family_id
WHERE x.deleted = 0 AND r.deleted = 0 AND r.removed_on IS NULL
  AND (r.student_id IS NULL OR (s.deleted = 0 AND s.archived_at IS NULL))
  AND (r.family_id IS NULL OR f.deleted = 0)"""
_WHO = "COALESCE(s.last_name || ' ' || s.first_name, f.title, '')"
_DUE_MEASURES = f"""
SELECT x.deadline, r.id, r.student_id, r.family_id, {_WHO}, x.measure
FROM plan_measure x{_LIVE_SUBJECT}
  AND x.status = 'planned' AND x.deadline IS NOT NULL AND x.deadline <= ?"""
_DUE_REVIEWS = f"""
SELECT x.next_review_on, r.id, r.student_id, r.family_id, {_WHO}
FROM registration_review x{_LIVE_SUBJECT}
  AND x.next_review_on IS NOT NULL AND x.next_review_on <= ?
  AND NOT EXISTS (SELECT 1 FROM registration_review y
                  WHERE y.registration_id = x.registration_id AND y.deleted = 0
                    AND (y.review_date > x.review_date
                         OR (y.review_date = x.review_date AND y.id > x.id)))"""

__all__ = ["DEFAULT_INITIATORS", "MEASURE_STATUSES", "REMOVAL_REASONS", "MeasureData",
           "RegistrationData", "RegistrationRecord", "RegistrationRow", "RegistrationService",
           "ReviewData", "turns_18"]
