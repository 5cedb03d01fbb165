"""Incidents: involved children, the response checklist with deadlines, closure, templates.

An incident is restricted. Its response steps are copied, when it is created, from the school's
editable checklist for its type (``ResponseTemplate`` rows) or, while a school has none for a
type, from :data:`DEFAULT_CHECKLISTS`. A step's deadline is the report time plus the step's
hours. Closing needs every step done, or marked not applicable with a reason.

Times are the school's local wall-clock time, kept to the minute.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from peewee import JOIN

from ..db import Register
from ..db.search import fold, tokens
from ..models import (
    Incident,
    IncidentParticipant,
    PsySession,
    ResponseStep,
    ResponseTemplate,
    SessionParticipant,
    Student,
)
from . import access, validators
from .audit import AuditService
from .context import Actor
from .errors import Collector, NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import full_name
from .timeline import DueItem, TimelineEntry

RECORD_TYPE = "incident"
TABLE = "incident"  # the table named in audit events
INCIDENT_TYPES = {
    "violence": QT_TRANSLATE_NOOP("Catalog", "violence"),
    "bullying": QT_TRANSLATE_NOOP("Catalog", "bullying"),
    "cyberbullying": QT_TRANSLATE_NOOP("Catalog", "cyberbullying"),
    "neglect": QT_TRANSLATE_NOOP("Catalog", "neglect"),
    "self_harm": QT_TRANSLATE_NOOP("Catalog", "self-harm"),
    "running_away": QT_TRANSLATE_NOOP("Catalog", "running away"),
    "offence": QT_TRANSLATE_NOOP("Catalog", "offence"),
}
INCIDENT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Catalog", "open"),
    "closed": QT_TRANSLATE_NOOP("Catalog", "closed"),
}
PARTICIPANT_ROLES = {
    "target": QT_TRANSLATE_NOOP("Catalog", "target"),
    "initiator": QT_TRANSLATE_NOOP("Catalog", "initiator"),
    "witness": QT_TRANSLATE_NOOP("Catalog", "witness"),
}
# Codes as pedagogue_app/demo.py writes them into ResponseStep.code.
RESPONSE_STEPS = {
    "children_separated": QT_TRANSLATE_NOOP("Catalog", "Children separated, safety ensured"),
    "administration_informed": QT_TRANSLATE_NOOP("Catalog", "School administration informed"),
    "police_notified": QT_TRANSLATE_NOOP("Catalog", "Police (juvenile inspector) notified"),
    "parents_informed": QT_TRANSLATE_NOOP("Catalog", "Parents (legal representatives) informed"),
    "guardianship": QT_TRANSLATE_NOOP("Catalog", "Guardianship body informed"),
    "helpline_111": QT_TRANSLATE_NOOP("Catalog", "Child informed about the 111 helpline"),
    "crisis_centre": QT_TRANSLATE_NOOP("Catalog", "Referred to a crisis centre"),
    "psychologist": QT_TRANSLATE_NOOP("Catalog", "Psychologist consultation"),
}
# The checklist of each type while a school has not edited it: (step code, deadline hours).
DEFAULT_CHECKLISTS: dict[str, tuple[tuple[str, int | None], ...]] = {
    "violence": (("children_separated", 0), ("administration_informed", 1),
                 ("police_notified", 1), ("parents_informed", 3), ("psychologist", 24)),
    "bullying": (("children_separated", 0), ("administration_informed", 1),
                 ("parents_informed", 3), ("psychologist", 24)),
    "cyberbullying": (("administration_informed", 1), ("parents_informed", 3),
                      ("psychologist", 24), ("helpline_111", 24)),
    "neglect": (("administration_informed", 1), ("guardianship", 24), ("parents_informed", 24),
                ("psychologist", 72)),
    "self_harm": (("psychologist", 1), ("administration_informed", 1), ("parents_informed", 3),
                  ("helpline_111", 24), ("crisis_centre", 72)),
    "running_away": (("police_notified", 1), ("parents_informed", 1),
                     ("administration_informed", 1), ("psychologist", 24)),
    "offence": (("police_notified", 1), ("administration_informed", 1), ("parents_informed", 3),
                ("psychologist", 72)),
}
# Types whose incident needs a child with the role "target"; an offence needs its initiator
# or a target (a shop may be the one harmed).
OFFENCE_ROLES = frozenset({"initiator", "target"})
NOT_APPLICABLE = "[n/a]"  # stored at the start of a step's note (ResponseStep has no such column)
CUSTOM_STEP = "custom"
MAX_DEADLINE_HOURS = 720
NARRATIVE_MAX = 8000
LINE_MAX = 255
DRAFT_NARRATIVE = QT_TRANSLATE_NOOP("Catalog", "Disclosed in a psychologist session on {date}.")

MESSAGES = {
    "no_target": QT_TRANSLATE_NOOP("Validation", "Add at least one child with the role “target”."),
    "no_offence_child": QT_TRANSLATE_NOOP(
        "Validation", "Add the child who committed the offence or was harmed by it."),
    "participant_twice": QT_TRANSLATE_NOOP("Validation", "This child is listed twice."),
    "participant_name": QT_TRANSLATE_NOOP(
        "Validation", "Choose a student or type the name of a child from another school."),
    "steps_unsettled": QT_TRANSLATE_NOOP(
        "Validation", "Before closing, mark every response step done or not applicable."),
    "step_title": QT_TRANSLATE_NOOP("Validation", "Give the step a title."),
    "step_done_by": QT_TRANSLATE_NOOP("Validation", "Say who did the step."),
    "step_na_reason": QT_TRANSLATE_NOOP(
        "Validation", "Write in the note why the step does not apply."),
    "step_done_and_na": QT_TRANSLATE_NOOP(
        "Validation", "A step cannot be both done and not applicable."),
    "step_twice": QT_TRANSLATE_NOOP("Validation", "This step is listed twice."),
    "incident_closed": QT_TRANSLATE_NOOP(
        "Validation", "The incident is closed: reopen it to change its response steps."),
    "datetime_format": QT_TRANSLATE_NOOP("Validation", "Enter the time as DD.MM.YYYY HH:MM."),
}
register_messages(MESSAGES)


@dataclass
class ParticipantData:
    """A child involved: a student of the school, or only a name (a child of another school)."""

    student_id: int | None = None
    name: str = ""
    role: str = "target"
    notes: str = ""
    class_name: str = ""  # shown only; filled by get() for students
    id: int | None = None


@dataclass
class StepData:
    code: str = CUSTOM_STEP
    title: str = ""
    deadline_at: datetime | None = None
    done_at: datetime | None = None
    done_by: str = ""
    not_applicable: bool = False
    note: str = ""
    id: int | None = None

    @property
    def settled(self) -> bool:
        return self.done_at is not None or self.not_applicable


@dataclass
class IncidentData:
    """What the incident dialog edits."""

    incident_type: str = ""
    occurred_at: datetime | None = None
    reported_at: datetime | None = None
    reporter: str = ""
    place: str = ""
    narrative: str = ""
    child_words: str = ""
    injuries: str = ""
    adult_involved: str = ""
    adult_relation: str = ""
    follow_up: str = ""
    status: str = "open"
    closed_on: date | None = None
    closure_note: str = ""
    source_session_id: int | None = None
    participants: list[ParticipantData] = field(default_factory=list)
    steps: list[StepData] = field(default_factory=list)


@dataclass
class IncidentRecord:
    id: int
    uid: str
    version: int
    data: IncidentData


@dataclass
class TemplateStep:
    """One step of a type's editable checklist."""

    code: str = ""
    title: str = ""
    deadline_hours: int | None = None
    active: bool = True
    id: int | None = None


class IncidentRow(NamedTuple):
    """One line of the incident list."""

    id: int
    occurred_at: str  # ISO "YYYY-MM-DD HH:MM"
    incident_type: str
    status: str
    children: str  # names, targets first
    place: str
    steps_total: int
    steps_settled: int
    next_deadline: str  # ISO time of the earliest open step with a deadline, or ""


_SCALARS = [f.name for f in fields(IncidentData)
            if f.name not in ("participants", "steps", "source_session_id")]
_TEXTS = {"reporter": LINE_MAX, "place": LINE_MAX, "adult_involved": LINE_MAX,
          "adult_relation": LINE_MAX, "narrative": NARRATIVE_MAX,
          "child_words": validators.TEXT_MAX, "injuries": validators.TEXT_MAX,
          "follow_up": validators.TEXT_MAX, "closure_note": validators.TEXT_MAX}
_ROLE_ORDER = "CASE p.role WHEN 'target' THEN 0 WHEN 'initiator' THEN 1 ELSE 2 END"
_OPEN_STEP = f"s.done_at IS NULL AND s.deleted = 0 AND substr(s.note, 1, {len(NOT_APPLICABLE)}) <> ?"

_FIRST_CHILD = ("(SELECT p.{col} FROM incident_participant p WHERE p.incident_id = i.id "
                f"AND p.deleted = 0 ORDER BY {_ROLE_ORDER}, p.id LIMIT 1)")
# Open steps of open incidents due before a time; the index response_step_open finds them.
DUE_SQL = (f"SELECT s.deadline_at, s.title, i.id, {_FIRST_CHILD.format(col='student_id')}, "
           f"{_FIRST_CHILD.format(col='name')} FROM response_step s "
           "JOIN incident i ON i.id = s.incident_id "
           f"WHERE s.deadline_at < ? AND {_OPEN_STEP} "
           "AND i.deleted = 0 AND i.status = 'open' ORDER BY s.deadline_at")


def to_minute(value: datetime | None) -> datetime | None:
    return value.replace(second=0, microsecond=0) if value is not None else None


def _as_datetime(value: Any) -> datetime | None:
    """A stored time as a datetime (text written by other tools is parsed too)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def encode_note(step: StepData) -> str:
    return f"{NOT_APPLICABLE} {step.note}".strip() if step.not_applicable else step.note


def decode_note(note: str) -> tuple[bool, str]:
    if note.startswith(NOT_APPLICABLE):
        return True, note[len(NOT_APPLICABLE):].strip()
    return False, note


def draft_narrative_date(text: str) -> str | None:
    """The DD.MM.YYYY of an untouched draft narrative (see :data:`DRAFT_NARRATIVE`), else None."""
    pattern = re.escape(DRAFT_NARRATIVE).replace(re.escape("{date}"), r"(\d\d\.\d\d\.\d{4})")
    m = re.fullmatch(pattern, text)
    return m.group(1) if m else None


def default_templates(incident_type: str) -> list[TemplateStep]:
    return [TemplateStep(code=code, title=RESPONSE_STEPS[code], deadline_hours=hours)
            for code, hours in DEFAULT_CHECKLISTS.get(incident_type, ())]


class IncidentService:
    """Use cases of incidents and their response checklists."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, incident_id: int) -> IncidentRecord:
        """One incident with its children and steps. Every call is audited
        (``view_restricted``): an incident is a restricted record.

        Raises:
            AccessDenied: the actor may not read incidents.
            NotFound: no live incident with this id.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        inc = self._existing(incident_id)
        data = IncidentData(**{n: getattr(inc, n) for n in _SCALARS},
                            source_session_id=inc.source_session_id)
        data.occurred_at = _as_datetime(inc.occurred_at)
        data.reported_at = _as_datetime(inc.reported_at)
        people = (IncidentParticipant.select(IncidentParticipant, Student)
                  .join(Student, on=(IncidentParticipant.student == Student.id),
                        join_type=JOIN.LEFT_OUTER, attr="child")
                  .where((IncidentParticipant.incident == inc.id)
                         & (IncidentParticipant.deleted == False))  # noqa: E712
                  .order_by(IncidentParticipant.id))
        for p in people:
            child = getattr(p, "child", None)
            data.participants.append(ParticipantData(
                student_id=p.student_id, name=p.name, role=p.role, notes=p.notes, id=p.id,
                class_name=f"{child.grade}{child.class_letter}" if child and child.id else ""))
        for s in self._steps(inc.id):
            na, note = decode_note(s.note)
            data.steps.append(StepData(
                code=s.code, title=s.title, deadline_at=_as_datetime(s.deadline_at),
                done_at=_as_datetime(s.done_at), done_by=s.done_by, not_applicable=na,
                note=note, id=s.id))
        AuditService(self.register).record_for(actor, "view_restricted", TABLE, inc.id)
        return IncidentRecord(inc.id, inc.uid, inc.version, data)

    def search(self, actor: Actor, query: str = "", incident_type: str | None = None,
               status: str | None = None, *, student_id: int | None = None) -> list[IncidentRow]:
        """Incidents, newest first; each word of ``query`` starts a word of a child's name,
        the place or the reporter (Kazakh and Russian spellings fold together)."""
        access.check(actor, access.READ, RECORD_TYPE)
        words = tokens(query)
        if query.strip() and not words:
            return []
        where: list[str] = ["i.deleted = 0"]
        params: list[object] = []
        for column, value in (("incident_type", incident_type), ("status", status)):
            if value:
                where.append(f"i.{column} = ?")
                params.append(value)
        if student_id is not None:
            where.append("i.id IN (SELECT incident_id FROM incident_participant "
                         "WHERE student_id = ? AND deleted = 0)")
            params.append(student_id)
        sql = (
            "SELECT i.id, i.occurred_at, i.incident_type, i.status, i.place, i.reporter, "
            "(SELECT count(*) FROM response_step s WHERE s.incident_id = i.id AND s.deleted = 0), "
            f"(SELECT count(*) FROM response_step s WHERE s.incident_id = i.id AND {_OPEN_STEP}), "
            f"(SELECT min(s.deadline_at) FROM response_step s WHERE s.incident_id = i.id "
            f"AND {_OPEN_STEP}) FROM incident i WHERE " + " AND ".join(where)
            + " ORDER BY i.occurred_at DESC, i.id DESC")
        rows = self.db.execute_sql(sql, [NOT_APPLICABLE, NOT_APPLICABLE, *params]).fetchall()
        names = self._names([r[0] for r in rows])
        result = []
        for iid, occurred, kind, stat, place, reporter, total, open_, deadline in rows:
            children = ", ".join(names.get(iid, []))
            if words:
                haystack = tokens(f"{children} {place} {reporter}")
                if not all(any(t.startswith(w) for t in haystack) for w in words):
                    continue
            result.append(IncidentRow(iid, str(occurred)[:16], kind, stat, children, place,
                                      total, total - open_, str(deadline or "")[:16]))
        return result

    def for_student(self, actor: Actor, student_id: int) -> list[IncidentRow]:
        """The incidents a student is involved in, newest first."""
        return self.search(actor, student_id=student_id)

    def _names(self, ids: list[int]) -> dict[int, list[str]]:
        names: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for iid, name in self.db.execute_sql(
                    "SELECT p.incident_id, p.name FROM incident_participant p WHERE p.deleted = 0 "
                    f"AND p.incident_id IN ({','.join('?' * len(chunk))}) "
                    f"ORDER BY p.incident_id, {_ROLE_ORDER}, p.id", chunk).fetchall():
                names.setdefault(iid, []).append(name)
        return names

    def timeline(self, actor: Actor, student_id: int) -> list[TimelineEntry]:
        """The student's incidents; title is the type and detail the child's role, both as
        catalog source texts (translate them with the "Catalog" context)."""
        access.check(actor, access.READ, RECORD_TYPE)
        rows = self.db.execute_sql(
            "SELECT i.id, i.occurred_at, i.incident_type, p.role FROM incident i "
            "JOIN incident_participant p ON p.incident_id = i.id "
            "WHERE p.student_id = ? AND p.deleted = 0 AND i.deleted = 0 "
            "ORDER BY i.occurred_at DESC", (student_id,)).fetchall()
        return [TimelineEntry(when=date.fromisoformat(str(at)[:10]), kind=RECORD_TYPE,
                              record_id=iid, title=INCIDENT_TYPES.get(kind, kind),
                              detail=PARTICIPANT_ROLES.get(role, role), restricted=True)
                for iid, at, kind, role in rows]

    def due(self, actor: Actor, today: date, horizon_days: int = 2) -> list[DueItem]:
        """Open steps of open incidents whose deadline falls on or before today + horizon."""
        access.check(actor, access.READ, RECORD_TYPE)
        limit = datetime.combine(today + timedelta(days=horizon_days + 1), time.min)
        rows = self.db.execute_sql(DUE_SQL, (str(limit), NOT_APPLICABLE)).fetchall()
        return [DueItem(due=date.fromisoformat(str(at)[:10]), kind="step",
                        record_kind=RECORD_TYPE, record_id=iid,
                        title=f"{name}: {title}" if name else title, student_id=sid)
                for at, title, iid, sid, name in rows]

    # --- checklists -------------------------------------------------------------------------
    def templates(self, actor: Actor, incident_type: str) -> list[TemplateStep]:
        """The editable checklist of a type; the defaults while the school has none."""
        access.check(actor, access.READ, RECORD_TYPE)
        rows = self._template_rows(incident_type)
        if not rows:
            return default_templates(incident_type)
        return [TemplateStep(code=r.code, title=r.title, deadline_hours=r.deadline_hours,
                             active=r.active, id=r.id) for r in rows]

    def save_templates(self, actor: Actor, incident_type: str, steps: list[TemplateStep]) -> None:
        """Store a type's checklist in this order; an empty list brings back the defaults.

        Raises:
            ValidationError: on the field ``steps`` (``row_invalid`` naming the row).
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        steps = self.validate_templates(incident_type, steps)
        with self.db.atomic():
            current = {r.id: r for r in self._template_rows(incident_type)}
            for pos, s in enumerate(steps):
                kept = current.pop(s.id) if s.id in current else None
                if kept is None:
                    kept = ResponseTemplate(incident_type=incident_type,
                                            updated_by=actor.device_id)
                else:
                    kept.touch(actor.device_id)
                kept.code, kept.title, kept.deadline_hours = s.code, s.title, s.deadline_hours
                kept.active, kept.position = s.active, pos
                kept.save()
                s.id = kept.id
            self._tombstone(actor, current.values())

    @staticmethod
    def validate_templates(incident_type: str, steps: list[TemplateStep]) -> list[TemplateStep]:
        """Check a type's checklist; return it cleaned, new steps with a fresh code.

        Raises:
            ValidationError: on the field ``steps`` (``row_invalid`` naming the row).
        """
        c = Collector()
        if incident_type not in INCIDENT_TYPES:
            c.add("incident_type", "bad_choice")
        steps = [replace(s, title=validators.clean(s.title),
                         code=s.code or f"{CUSTOM_STEP}_{uuid.uuid4().hex[:8]}") for s in steps]
        seen: set[str] = set()
        for row, s in enumerate(steps, start=1):
            problem: tuple[str, dict[str, Any]] | None = None
            if not s.title:
                problem = ("step_title", {})
            elif len(s.title) > LINE_MAX:
                problem = ("too_long", {"max": LINE_MAX})
            elif s.deadline_hours is not None and not 0 <= s.deadline_hours <= MAX_DEADLINE_HOURS:
                problem = ("number_range", {"min": 0, "max": MAX_DEADLINE_HOURS})
            elif s.code in seen or len(s.code) > 30:
                problem = ("step_twice", {})
            seen.add(s.code)
            if problem:
                c.add("steps", "row_invalid", row=row, problem=problem[0], **problem[1])
        c.raise_if_any()
        return steps

    def checklist(self, actor: Actor, incident_type: str,
                  reported_at: datetime | None) -> list[StepData]:
        """The steps a new incident of this type gets: the active template steps."""
        result = []
        for t in self.templates(actor, incident_type):
            if t.active:
                deadline = (reported_at + timedelta(hours=t.deadline_hours)
                            if reported_at is not None and t.deadline_hours is not None else None)
                result.append(StepData(code=t.code, title=t.title, deadline_at=to_minute(deadline)))
        return result

    @staticmethod
    def _template_rows(incident_type: str) -> list[ResponseTemplate]:
        query = ResponseTemplate.select().where((ResponseTemplate.incident_type == incident_type)
                                                & (ResponseTemplate.deleted == False))  # noqa: E712
        return list(query.order_by(ResponseTemplate.position, ResponseTemplate.id))

    # --- drafting from a session ------------------------------------------------------------
    def draft_from_session(self, actor: Actor, session_id: int,
                           now: datetime | None = None) -> IncidentData:
        """An unsaved incident prefilled from a psychologist session whose risk screen fired.

        The client is the target; the other children of the session roster are listed as
        witnesses for the user to confirm or remove.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        access.check(actor, access.READ, "session")
        s = PsySession.get_or_none((PsySession.id == session_id)
                                   & (PsySession.deleted == False))  # noqa: E712
        if s is None:
            raise NotFound(session_id)
        kind = ("self_harm" if s.risk_suicidal or s.risk_self_harm else
                "violence" if s.risk_abuse else "bullying" if s.risk_bullying else "")
        reported = to_minute(now or datetime.now())
        on = s.session_date if isinstance(s.session_date, date) else \
            date.fromisoformat(str(s.session_date))
        data = IncidentData(incident_type=kind, reported_at=reported, reporter=s.psychologist,
                            narrative=DRAFT_NARRATIVE.format(date=on.strftime("%d.%m.%Y")),
                            source_session_id=s.id)
        seen: set[int] = set()
        client = s.student_id
        if client is not None and s.client_kind == "student":
            data.participants.append(self._participant(client, "target"))
            seen.add(client)
        roster = (SessionParticipant.select()
                  .where((SessionParticipant.session == s.id)
                         & (SessionParticipant.deleted == False))  # noqa: E712
                  .order_by(SessionParticipant.id))
        for p in roster:
            sid = p.student_id
            if sid is not None and sid not in seen:
                data.participants.append(self._participant(sid, "witness"))
                seen.add(sid)
            elif sid is None and p.role == "student" and p.name:
                data.participants.append(ParticipantData(name=p.name, role="witness"))
        if kind:
            data.steps = self.checklist(actor, kind, reported)
        return data

    @staticmethod
    def _participant(student_id: int, role: str) -> ParticipantData:
        st = Student.get_by_id(student_id)
        return ParticipantData(student_id=student_id, role=role,
                               name=full_name(st.last_name, st.first_name, st.patronymic),
                               class_name=f"{st.grade}{st.class_letter}")

    # --- validating -------------------------------------------------------------------------
    def validate(self, data: IncidentData, incident_id: int | None = None,
                 now: datetime | None = None) -> IncidentData:
        """Check and normalise a copy of ``data`` (``incident_id`` keeps the common surface).

        Raises:
            ValidationError: naming every wrong field; rows of ``participants`` and ``steps``
                use ``row_invalid`` with the row number and the problem.
        """
        now = now or datetime.now()
        d = replace(data, participants=[replace(p) for p in data.participants],
                    steps=[replace(s) for s in data.steps])
        for name in ("reporter", "place", "adult_involved", "adult_relation"):
            setattr(d, name, validators.clean(getattr(d, name)))
        d.occurred_at, d.reported_at = to_minute(d.occurred_at), to_minute(d.reported_at)
        c = Collector()
        if d.incident_type not in INCIDENT_TYPES:
            c.add("incident_type", "required" if not d.incident_type else "bad_choice")
        _past_time(c, "occurred_at", d.occurred_at, now)
        _past_time(c, "reported_at", d.reported_at, now)
        if d.occurred_at and d.reported_at and d.reported_at < d.occurred_at \
                and not _has(c, "occurred_at"):
            c.add("reported_at", "date_order", other=_shown(d.occurred_at))
        for name, limit in _TEXTS.items():
            validators.text(c, name, getattr(d, name), limit=limit,
                            required=name in ("reporter", "narrative"))
        if d.adult_relation and not d.adult_involved:
            c.add("adult_involved", "required")
        elif d.adult_involved and not d.adult_relation:
            c.add("adult_relation", "required")
        if d.source_session_id is not None and not PsySession.select().where(
                PsySession.id == d.source_session_id).exists():
            c.add("source_session_id", "bad_choice")
        self._validate_participants(c, d)
        self._validate_steps(c, d, now)
        self._validate_status(c, d, now)
        c.raise_if_any()
        return d

    @staticmethod
    def _validate_participants(c: Collector, d: IncidentData) -> None:
        seen: set[object] = set()
        for row, p in enumerate(d.participants, start=1):
            p.name = validators.clean(p.name)
            key: object = p.student_id if p.student_id is not None else fold(p.name)
            problem, params = "", {}
            if p.role not in PARTICIPANT_ROLES:
                problem = "bad_choice"
            elif p.student_id is not None and not Student.select().where(
                    (Student.id == p.student_id) & (Student.deleted == False)).exists():  # noqa: E712
                problem = "choose_student"
            elif p.student_id is None and not p.name:
                problem = "participant_name"
            elif len(p.name) > LINE_MAX:
                problem, params = "too_long", {"max": LINE_MAX}
            elif len(p.notes) > validators.TEXT_MAX:
                problem, params = "too_long", {"max": validators.TEXT_MAX}
            elif key in seen:
                problem = "participant_twice"
            seen.add(key)
            if problem:
                c.add("participants", "row_invalid", row=row, problem=problem, **params)
        roles = {p.role for p in d.participants}
        if d.incident_type == "offence":
            if not roles & OFFENCE_ROLES:
                c.add("participants", "no_offence_child")
        elif d.incident_type in INCIDENT_TYPES and "target" not in roles:
            c.add("participants", "no_target")

    @staticmethod
    def _validate_steps(c: Collector, d: IncidentData, now: datetime) -> None:
        for row, s in enumerate(d.steps, start=1):
            s.title, s.done_by = validators.clean(s.title), validators.clean(s.done_by)
            s.code = s.code or CUSTOM_STEP
            s.done_at, s.deadline_at = to_minute(s.done_at), to_minute(s.deadline_at)
            params: dict[str, Any] = {}
            if not s.title:
                problem = "step_title"
            elif len(s.title) > LINE_MAX or len(s.done_by) > LINE_MAX or len(s.code) > 30:
                problem, params = "too_long", {"max": LINE_MAX}
            elif len(s.note) > validators.TEXT_MAX:
                problem, params = "too_long", {"max": validators.TEXT_MAX}
            elif s.done_at is not None and s.not_applicable:
                problem = "step_done_and_na"
            elif s.not_applicable and not s.note.strip():
                problem = "step_na_reason"
            elif s.done_at is not None and s.done_at > now:
                problem = "date_future"
            elif s.done_at is not None and d.reported_at and s.done_at < d.reported_at:
                problem, params = "date_order", {"other": _shown(d.reported_at)}
            elif s.done_at is not None and not s.done_by:
                problem = "step_done_by"
            elif s.done_at is None and s.done_by:
                s.done_by = ""  # who without when means nothing was recorded as done
                continue
            else:
                continue
            c.add("steps", "row_invalid", row=row, problem=problem, **params)

    @staticmethod
    def _validate_status(c: Collector, d: IncidentData, now: datetime) -> None:
        if d.status not in INCIDENT_STATUSES:
            c.add("status", "bad_choice")
            return
        if d.status == "open":
            d.closed_on = None
            return
        validators.past_date(c, "closed_on", d.closed_on, today=now.date(), required=True)
        if d.closed_on and d.reported_at and d.closed_on < d.reported_at.date() \
                and not _has(c, "closed_on"):
            c.add("closed_on", "date_order", other=d.reported_at.strftime("%d.%m.%Y"))
        if not d.closure_note.strip():
            c.add("closure_note", "required")
        if not all(s.settled for s in d.steps):
            c.add("status", "steps_unsettled")

    # --- writing ----------------------------------------------------------------------------
    def save(self, actor: Actor, data: IncidentData, incident_id: int | None = None) -> int:
        """Validate and store an incident with its children and steps; return its id.

        A new incident without steps gets its type's checklist. When the report time of a
        stored incident changes, the deadlines the caller left unchanged move with it.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: ``incident_id`` does not exist.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        inc = Incident() if incident_id is None else self._existing(incident_id)
        if incident_id is None and not data.steps and data.incident_type in INCIDENT_TYPES:
            data = replace(data, steps=self.checklist(actor, data.incident_type,
                                                      to_minute(data.reported_at)))
        d = self.validate(data, incident_id)
        if incident_id is not None:
            self._shift_deadlines(inc, d)
        with self.db.atomic():
            for name in _SCALARS:
                setattr(inc, name, getattr(d, name))
            inc.source_session_id = d.source_session_id
            if incident_id is not None:
                inc.touch(actor.device_id)
            else:
                inc.updated_by = actor.device_id
            inc.save()
            self._sync(actor, IncidentParticipant.select().where(
                IncidentParticipant.incident == inc.id), d.participants,
                lambda p: IncidentParticipant(incident=inc, role=p.role),
                lambda row, p, _pos: _fill_participant(row, p))
            self._sync(actor, self._steps(inc.id), d.steps,
                       lambda s: ResponseStep(incident=inc, code=s.code, title=s.title),
                       _fill_step)
        return int(inc.id)

    def _shift_deadlines(self, inc: Incident, d: IncidentData) -> None:
        old = _as_datetime(inc.reported_at)
        if old is None or d.reported_at is None or old == d.reported_at:
            return
        stored = {s.id: _as_datetime(s.deadline_at) for s in self._steps(inc.id)}
        for s in d.steps:
            if s.id in stored and s.deadline_at is not None and stored[s.id] == s.deadline_at:
                s.deadline_at = s.deadline_at + (d.reported_at - old)

    def tick_step(self, actor: Actor, step_id: int, done: bool,
                  now: datetime | None = None) -> None:
        """Mark a step done now by the acting user, or not done.

        Raises:
            ValidationError: on ``steps`` when the incident is closed.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        step = ResponseStep.get_or_none((ResponseStep.id == step_id)
                                        & (ResponseStep.deleted == False))  # noqa: E712
        if step is None:
            raise NotFound(step_id)
        inc = self._existing(step.incident_id)
        if inc.status == "closed":
            raise ValidationError.single("steps", "incident_closed")
        with self.db.atomic():
            if done:
                step.done_at, step.done_by = to_minute(now or datetime.now()), actor.username
                step.note = decode_note(step.note)[1]
            else:
                step.done_at, step.done_by = None, ""
            step.touch(actor.device_id)
            step.save()

    def archive(self, actor: Actor, incident_id: int) -> None:
        """Delete an incident the only way records are deleted: a tombstone, undone by restore."""
        self._set_deleted(actor, incident_id, True)

    def restore(self, actor: Actor, incident_id: int) -> None:
        self._set_deleted(actor, incident_id, False)

    def _set_deleted(self, actor: Actor, incident_id: int, deleted: bool) -> None:
        access.check(actor, access.WRITE, RECORD_TYPE)
        inc = Incident.get_or_none(Incident.id == incident_id)
        if inc is None or inc.deleted == deleted:
            raise NotFound(incident_id)
        with self.db.atomic():
            inc.deleted = deleted
            inc.touch(actor.device_id)
            inc.save()

    # --- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _existing(incident_id: int) -> Incident:
        inc = Incident.get_or_none((Incident.id == incident_id)
                                   & (Incident.deleted == False))  # noqa: E712
        if inc is None:
            raise NotFound(incident_id)
        return inc

    @staticmethod
    def _steps(incident_id: int) -> Any:
        return (ResponseStep.select()
                .where((ResponseStep.incident == incident_id)
                       & (ResponseStep.deleted == False))  # noqa: E712
                .order_by(ResponseStep.position, ResponseStep.id))

    def _sync(self, actor: Actor, existing: Any, wanted: list[Any],
              make: Any, fill: Any) -> None:
        """Update kept child rows, insert new ones, tombstone the removed ones."""
        current = {row.id: row for row in existing.where(existing.model.deleted == False)}  # noqa: E712
        for pos, item in enumerate(wanted):
            row = current.pop(item.id, None) if item.id else None
            if row is None:
                row = make(item)
                row.updated_by = actor.device_id
            else:
                row.touch(actor.device_id)
            fill(row, item, pos)
            row.save()
            item.id = row.id
        self._tombstone(actor, current.values())

    @staticmethod
    def _tombstone(actor: Actor, rows: Any) -> None:
        for row in rows:
            row.deleted = True
            row.touch(actor.device_id)
            row.save()


def _fill_participant(row: IncidentParticipant, p: ParticipantData) -> None:
    if p.student_id is not None:
        st = Student.get_by_id(p.student_id)
        p.name = full_name(st.last_name, st.first_name, st.patronymic)  # kept if the child leaves
    row.student_id = p.student_id
    row.name, row.role, row.notes = p.name, p.role, p.notes


def _fill_step(row: ResponseStep, s: StepData, pos: int) -> None:
    row.code, row.title, row.position = s.code, s.title, pos
    row.deadline_at, row.done_at, row.done_by = s.deadline_at, s.done_at, s.done_by
    row.note = encode_note(s)


def _past_time(c: Collector, name: str, value: datetime | None, now: datetime) -> None:
    if value is None:
        c.add(name, "required")
    elif value > now:
        c.add(name, "date_future")
    elif value.year < 1900:
        c.add(name, "date_too_old")


def _has(c: Collector, name: str) -> bool:
    return any(e.field == name for e in c.errors)


def _shown(value: datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


__all__ = ["DEFAULT_CHECKLISTS", "INCIDENT_STATUSES", "INCIDENT_TYPES", "PARTICIPANT_ROLES",
           "RESPONSE_STEPS", "IncidentData", "IncidentRecord", "IncidentRow", "IncidentService",
           "ParticipantData", "StepData", "TemplateStep"]
