"""Psychologist sessions: the confidential content, a shareable summary, the risk screen.

The content (request, methods, results, conclusion, recommendations, referral) is for the
psychologist only. The social pedagogue may read :meth:`PsySessionService.summary_for_pedagogue`:
date, type, client and the short summary the psychologist wrote for sharing, never the content.
The risk screen (suicidal thoughts, self-harm, abuse disclosure, bullying) is read with
:meth:`PsySessionService.risk_flags`; the dialog then offers to open an incident.

Access (``services.access``): the content, the lists and the follow-ups are the record type
``session``; the summary and the child's timeline (which shows no more than the summary) need
``session_summary`` (or ``session``). Each :meth:`~PsySessionService.get` and
:meth:`~PsySessionService.summary_for_pedagogue` writes a ``view_restricted`` audit event.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..db import Register
from ..db.search import tokens
from ..models import PsySession, SessionParticipant, Student
from . import access, validators
from .audit import AuditService
from .context import Actor
from .errors import Collector, FieldError, NotFound
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import full_name
from .timeline import DueItem, TimelineEntry

RECORD_TYPE = "session"
SUMMARY_RECORD_TYPE = "session_summary"  # what the social pedagogue may read
TABLE = "psy_session"  # the table named in audit events
AUDIT_SUMMARY = "summary"  # the audit detail of a view of the summary only

SESSION_TYPES = {
    "individual": QT_TRANSLATE_NOOP("Catalog", "individual consultation"),
    "group": QT_TRANSLATE_NOOP("Catalog", "group session"),
    "family": QT_TRANSLATE_NOOP("Catalog", "family consultation"),
    "diagnostic": QT_TRANSLATE_NOOP("Catalog", "diagnostics"),
    "correctional": QT_TRANSLATE_NOOP("Catalog", "correctional session"),
    "crisis": QT_TRANSLATE_NOOP("Catalog", "crisis intervention"),
    "psychoeducation": QT_TRANSLATE_NOOP("Catalog", "psycho-education"),
}
CLIENT_KINDS = {
    "student": QT_TRANSLATE_NOOP("Catalog", "student"),
    "parent": QT_TRANSLATE_NOOP("Catalog", "parent"),
    "teacher": QT_TRANSLATE_NOOP("Catalog", "teacher"),
}
REQUESTERS = {
    "self": QT_TRANSLATE_NOOP("Catalog", "self-referral"),
    "parent": QT_TRANSLATE_NOOP("Catalog", "parent"),
    "teacher": QT_TRANSLATE_NOOP("Catalog", "teacher"),
    "administration": QT_TRANSLATE_NOOP("Catalog", "school administration"),
    # Not the register kinds' labels: here the body asked for the session.
    "commission": QT_TRANSLATE_NOOP("Catalog", "commission for minors (КДНиЗП)"),
    "police": QT_TRANSLATE_NOOP("Catalog", "juvenile police (ОЮП)"),
}
RISKS = {
    "suicidal": QT_TRANSLATE_NOOP("Catalog", "suicidal thoughts"),
    "self_harm": QT_TRANSLATE_NOOP("Catalog", "self-harm"),
    "abuse": QT_TRANSLATE_NOOP("Catalog", "abuse disclosed"),
    "bullying": QT_TRANSLATE_NOOP("Catalog", "bullying"),
}
# risk code -> the field of SessionData / PsySession
RISK_FIELDS = {code: f"risk_{code}" for code in RISKS}
PARTICIPANT_ROLES = {
    "student": QT_TRANSLATE_NOOP("Catalog", "student"),
    "parent": QT_TRANSLATE_NOOP("Catalog", "parent"),
}

# Types with one client (a student, or a named parent or teacher).
SINGLE_CLIENT_TYPES = frozenset({"individual", "diagnostic", "correctional", "crisis",
                                 "psychoeducation"})
# A minor student client needs a parent's consent, except in a crisis.
CONSENT_EXEMPT_TYPES = frozenset({"crisis"})
ADULT_AGE = 18
GROUP_MIN = 2
DURATION_MIN, DURATION_MAX = 5, 240
SUMMARY_MAX = 500
CONTENT_MAX = 4000
PERSON_MAX = 120
FOLLOW_UP_MAX_DAYS = 366
# A summary holding a whole content text of at least this many words copies the content.
COPY_MIN_WORDS = 5
CONTENT_FIELDS = ("request", "methods", "results", "conclusion", "recommendations",
                  "referral_out")
# What the summary may not repeat: what the client brought, what was found and concluded.
# (Recommendations are often meant for the class teacher, so repeating them is allowed.)
PRIVATE_FIELDS = ("request", "results", "conclusion")

MESSAGES = {
    "session_time_format": QT_TRANSLATE_NOOP("Validation", "Enter the time as HH:MM, e.g. 09:30."),
    "session_follow_up_order": QT_TRANSLATE_NOOP(
        "Validation", "The follow-up date must be after the session date."),
    "session_group_size": QT_TRANSLATE_NOOP(
        "Validation", "A group session needs at least {min} students."),
    "session_parent_needed": QT_TRANSLATE_NOOP(
        "Validation", "Add at least one parent taking part in the family session."),
    "session_no_participants": QT_TRANSLATE_NOOP(
        "Validation", "Only group and family sessions have participants."),
    "session_duplicate_student": QT_TRANSLATE_NOOP(
        "Validation", "This student is already in the list."),
    "session_student_role": QT_TRANSLATE_NOOP(
        "Validation", "Choose the student from the register."),
    "session_consent": QT_TRANSLATE_NOOP(
        "Validation", "A student under 18 needs a parent's consent (only a crisis session "
        "may be held without it)."),
    "session_summary_copy": QT_TRANSLATE_NOOP(
        "Validation", "The summary repeats the confidential request, results or conclusion: "
        "write a short summary for the social pedagogue in other words."),
}
register_messages(MESSAGES)

_TIME = re.compile(r"^([0-9]{1,2})[:.]([0-9]{2})$")


@dataclass
class ParticipantData:
    """A roster line: a student of the register (group) or a named parent (family)."""

    role: str = "student"
    student_id: int | None = None
    name: str = ""
    id: int | None = None


@dataclass
class SessionData:
    """What the session dialog edits."""

    session_date: date | None = None
    start_time: str = ""
    duration_min: int | None = 45
    session_type: str = "individual"
    client_kind: str = "student"
    student_id: int | None = None  # the client, the family's child, or the child a consult is about
    client_name: str = ""  # a parent or teacher; the group's name; filled for students and families
    requester: str = "self"
    request: str = ""
    methods: str = ""
    results: str = ""
    conclusion: str = ""
    recommendations: str = ""
    follow_up_on: date | None = None
    referral_out: str = ""
    risk_suicidal: bool = False
    risk_self_harm: bool = False
    risk_abuse: bool = False
    risk_bullying: bool = False
    parent_consent: bool = False
    shareable_summary: str = ""
    psychologist: str = ""
    participants: list[ParticipantData] = field(default_factory=list)


@dataclass
class SessionRecord:
    id: int
    uid: str
    version: int
    data: SessionData


class SessionRow(NamedTuple):
    """One line of the sessions list: no content, only who, when and what kind."""

    id: int
    session_date: str  # ISO
    start_time: str
    duration_min: int
    session_type: str
    client: str  # display name: the student, the parent or teacher, the group, the family
    student_id: int | None
    participants: int  # students of a group, parents of a family
    requester: str
    follow_up_on: str  # ISO or ""
    risks: str  # comma-separated risk codes


@dataclass(frozen=True)
class SessionSummary:
    """All the social pedagogue sees of a session."""

    id: int
    session_date: date
    session_type: str
    client: str
    summary: str


_SCALARS = [f.name for f in fields(SessionData) if f.name not in ("participants", "student_id")]


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _words(text: str) -> str:
    """The folded words of a text, space-separated with a space at each end (for comparing)."""
    return " " + " ".join(tokens(text)) + " "


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def client_label(session_type: str, client_kind: str, client_name: str,
                 student_name: str) -> str:
    """How a session's client is named in lists: the student; or the parent, teacher or
    family with the child in brackets; or the group's name."""
    if not student_name or session_type == "group":
        return client_name
    if client_kind == "student" and session_type != "family":
        return student_name
    return f"{client_name} ({student_name})" if client_name else student_name


_STUDENT_NAME = ("st.last_name || ' ' || st.first_name || CASE WHEN st.patronymic <> '' "
                 "THEN ' ' || st.patronymic ELSE '' END")
_ROW_SQL = f"""
SELECT s.id, s.session_date, s.start_time, s.duration_min, s.session_type, s.client_kind,
       s.client_name, s.student_id, COALESCE({_STUDENT_NAME}, ''),
       (SELECT count(*) FROM session_participant p WHERE p.session_id = s.id AND p.deleted = 0),
       s.requester, COALESCE(s.follow_up_on, ''),
       s.risk_suicidal, s.risk_self_harm, s.risk_abuse, s.risk_bullying,
       COALESCE((SELECT group_concat(p.name, ' ') FROM session_participant p
                 WHERE p.session_id = s.id AND p.deleted = 0), '')
FROM psy_session s LEFT JOIN student st ON st.id = s.student_id
WHERE s.deleted = 0"""
# substr(...): older rows may hold 9:30 rather than 09:30
_ORDER = "\nORDER BY s.session_date DESC, substr('0' || s.start_time, -5) DESC, s.id DESC"


def _row(r: tuple[Any, ...]) -> SessionRow:
    (sid, on, start, duration, stype, kind, name, student_id, student_name, count, requester,
     follow, *risk_values) = r[:16]
    risks = ",".join(code for code, ticked in zip(RISKS, risk_values, strict=True) if ticked)
    start = start.zfill(5) if len(start) == 4 else start  # 9:30 as older rows have it
    return SessionRow(int(sid), str(on)[:10], start, int(duration), stype,
                      client_label(stype, kind, name, student_name), student_id, int(count),
                      requester, str(follow)[:10], risks)


class PsySessionService:
    """Use cases of the psychologist's session log."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, session_id: int) -> SessionRecord:
        """The whole session, content included: for the psychologist. Every call is audited
        (``view_restricted``).

        Raises:
            AccessDenied: the actor may not read session content.
            NotFound: no live session with this id.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        s: Any = self._existing(session_id)
        data = SessionData(student_id=s.student_id)
        for name in _SCALARS:
            setattr(data, name, getattr(s, name))
        data.session_date = _as_date(s.session_date)
        data.follow_up_on = _as_date(s.follow_up_on)
        data.participants = [
            ParticipantData(role=p.role, student_id=p.student_id, name=p.name, id=p.id)
            for p in self._participants(session_id).order_by(SessionParticipant.id)]
        AuditService(self.register).record_for(actor, "view_restricted", TABLE, s.id)
        return SessionRecord(id=s.id, uid=s.uid, version=s.version, data=data)

    def search(self, actor: Actor, query: str = "", *, date_from: date | None = None,
               date_to: date | None = None, session_type: str | None = None
               ) -> list[SessionRow]:
        """Sessions in a date range and of a type, newest first.

        Each word of ``query`` must start a word of the client's name, the student's name or a
        participant's name (Kazakh and Russian spellings fold together). Content is not searched.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        sql, params = _ROW_SQL, []
        if date_from is not None:
            sql += "\n  AND s.session_date >= ?"
            params.append(date_from.isoformat())
        if date_to is not None:
            sql += "\n  AND s.session_date <= ?"
            params.append(date_to.isoformat())
        if session_type:
            sql += "\n  AND s.session_type = ?"
            params.append(session_type)
        wanted = tokens(query)
        if query.strip() and not wanted:
            return []
        result = []
        for r in self.db.execute_sql(sql + _ORDER, params).fetchall():
            if wanted:
                words = tokens(f"{r[6]} {r[8]} {r[16]}")
                if not all(any(w.startswith(t) for w in words) for t in wanted):
                    continue
            result.append(_row(r))
        return result

    def for_student(self, actor: Actor, student_id: int) -> list[SessionRow]:
        """Sessions of one child, as the client (or the child concerned) or as a participant."""
        access.check(actor, access.READ, RECORD_TYPE)
        sql = _ROW_SQL + ("\n  AND (s.student_id = ? OR s.id IN (SELECT session_id FROM "
                          "session_participant WHERE student_id = ? AND deleted = 0))") + _ORDER
        return [_row(r) for r in self.db.execute_sql(sql, (student_id, student_id)).fetchall()]

    def summary_for_pedagogue(self, actor: Actor, session_id: int) -> SessionSummary:
        """Date, type, client and the shareable summary: never the content. Audited
        (``view_restricted``) like :meth:`get`.

        Raises:
            AccessDenied: the actor may not read session summaries.
            NotFound: no live session with this id.
        """
        access.check(actor, access.READ, SUMMARY_RECORD_TYPE)
        r = self.db.execute_sql(
            "SELECT s.id, s.session_date, s.session_type, s.client_kind, s.client_name, "
            f"COALESCE({_STUDENT_NAME}, ''), s.shareable_summary FROM psy_session s "
            "LEFT JOIN student st ON st.id = s.student_id WHERE s.id = ? AND s.deleted = 0",
            (session_id,)).fetchone()
        if r is None:
            raise NotFound(session_id)
        sid, on, stype, kind, name, student_name, summary = r
        on_date = _as_date(on)
        assert on_date is not None
        AuditService(self.register).record_for(actor, "view_restricted", TABLE, int(sid),
                                               detail=AUDIT_SUMMARY)
        return SessionSummary(int(sid), on_date, stype,
                              client_label(stype, kind, name, student_name), summary)

    def timeline(self, actor: Actor, student_id: int) -> list[TimelineEntry]:
        """The child's sessions: the type code as title, only the shareable summary as detail.

        This is what :meth:`summary_for_pedagogue` shows, so it needs the right to read either
        sessions or their summaries.

        Raises:
            AccessDenied: the actor may read neither.
        """
        if not access.readable(actor, RECORD_TYPE, SUMMARY_RECORD_TYPE):
            access.check(actor, access.READ, SUMMARY_RECORD_TYPE)
        rows = self.db.execute_sql(
            "SELECT s.id, s.session_date, s.session_type, s.shareable_summary FROM psy_session s "
            "WHERE s.deleted = 0 AND (s.student_id = ? OR s.id IN (SELECT session_id FROM "
            "session_participant WHERE student_id = ? AND deleted = 0)) "
            "ORDER BY s.session_date DESC, s.id DESC", (student_id, student_id)).fetchall()
        entries = []
        for sid, on, stype, summary in rows:
            when = _as_date(on)
            assert when is not None
            entries.append(TimelineEntry(when=when, kind=RECORD_TYPE, record_id=int(sid),
                                         title=stype, detail=summary, restricted=True))
        return entries

    def due(self, actor: Actor, today: date, horizon_days: int = 14) -> list[DueItem]:
        """Follow-ups up to ``today + horizon_days``, overdue included.

        A follow-up counts as done once a later session with the same client exists (the same
        child, or for a parent, teacher or group without a child: the same name); clearing the
        follow-up date in the session also removes it.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        rows = self.db.execute_sql(
            "SELECT s.id, s.follow_up_on, s.session_type, s.client_kind, s.client_name, "
            f"s.student_id, COALESCE({_STUDENT_NAME}, '') FROM psy_session s "
            "LEFT JOIN student st ON st.id = s.student_id "
            "WHERE s.deleted = 0 AND s.follow_up_on IS NOT NULL AND s.follow_up_on <= ? "
            "AND NOT EXISTS (SELECT 1 FROM psy_session t WHERE t.deleted = 0 AND t.id <> s.id "
            "AND t.session_date > s.session_date AND ("
            "(s.student_id IS NOT NULL AND t.student_id = s.student_id) OR "
            "(s.student_id IS NULL AND s.client_name <> '' AND t.client_name = s.client_name "
            "AND t.student_id IS NULL)))",
            ((today + timedelta(days=horizon_days)).isoformat(),)).fetchall()
        items = []
        for sid, follow, stype, kind, name, student_id, student_name in rows:
            when = _as_date(follow)
            assert when is not None
            items.append(DueItem(due=when, kind="follow_up", record_kind=RECORD_TYPE,
                                 record_id=int(sid), student_id=student_id,
                                 title=client_label(stype, kind, name, student_name)))
        return items

    @staticmethod
    def risk_flags(data: SessionData) -> list[str]:
        """The risk codes ticked in ``data`` (in the order of :data:`RISKS`)."""
        return [code for code, name in RISK_FIELDS.items() if getattr(data, name)]

    # --- writing ---------------------------------------------------------------------------
    def validate(self, data: SessionData, session_id: int | None = None,
                 today: date | None = None) -> SessionData:
        """Check ``data`` and return a normalised copy (``data`` itself is left alone).

        Raises:
            ValidationError: naming every wrong field; roster problems use ``participants``.
        """
        today = today or date.today()
        d = copy.deepcopy(data)
        c = Collector()
        validators.past_date(c, "session_date", d.session_date, today=today, required=True)
        d.start_time = self._check_time(c, validators.clean(d.start_time))
        if d.duration_min is None:
            c.add("duration_min", "required")
        elif not DURATION_MIN <= d.duration_min <= DURATION_MAX:
            c.add("duration_min", "number_range", min=DURATION_MIN, max=DURATION_MAX)
        if d.session_type not in SESSION_TYPES:
            c.add("session_type", "bad_choice")
        if d.requester not in REQUESTERS:
            c.add("requester", "bad_choice")
        self._check_client(c, d)
        for name in CONTENT_FIELDS:
            setattr(d, name, getattr(d, name).strip())
            validators.text(c, name, getattr(d, name), limit=CONTENT_MAX)
        d.psychologist = validators.clean(d.psychologist)
        validators.text(c, "psychologist", d.psychologist, limit=PERSON_MAX)
        if d.follow_up_on is not None and d.session_date is not None:
            if d.follow_up_on <= d.session_date:
                c.add("follow_up_on", "session_follow_up_order")
            elif (d.follow_up_on - d.session_date).days > FOLLOW_UP_MAX_DAYS:
                c.add("follow_up_on", "date_too_far")
        self._check_consent(c, d)
        self._check_summary(c, d)
        c.raise_if_any()
        return d

    def save(self, actor: Actor, data: SessionData, session_id: int | None = None) -> int:
        """Validate and store a session with its participants; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: ``session_id`` names no live session.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        d = self.validate(data, session_id)
        with self.db.atomic():
            s: Any = PsySession() if session_id is None else self._existing(session_id)
            for name in _SCALARS:
                setattr(s, name, getattr(d, name))
            s.student_id = d.student_id
            if session_id is not None:
                s.touch(actor.device_id)
            else:
                s.updated_by = actor.device_id
            s.save()
            self._sync_participants(actor, s, d.participants)
        return int(s.id)

    def archive(self, actor: Actor, session_id: int) -> None:
        """'Delete' a session: it is kept as a tombstone and can be restored."""
        access.check(actor, access.WRITE, RECORD_TYPE)
        self._set_deleted(actor, session_id, True)

    def restore(self, actor: Actor, session_id: int) -> None:
        access.check(actor, access.WRITE, RECORD_TYPE)
        self._set_deleted(actor, session_id, False)

    # --- helpers ---------------------------------------------------------------------------
    def _set_deleted(self, actor: Actor, session_id: int, deleted: bool) -> None:
        with self.db.atomic():
            s = PsySession.get_or_none((PsySession.id == session_id)
                                       & (PsySession.deleted == (not deleted)))
            if s is None:
                raise NotFound(session_id)
            s.deleted = deleted
            s.touch(actor.device_id)
            s.save()

    @staticmethod
    def _existing(session_id: int) -> PsySession:
        s = PsySession.get_or_none((PsySession.id == session_id)
                                   & (PsySession.deleted == False))  # noqa: E712
        if s is None:
            raise NotFound(session_id)
        return s

    @staticmethod
    def _participants(session_id: int) -> Any:
        return SessionParticipant.select().where(
            (SessionParticipant.session == session_id)
            & (SessionParticipant.deleted == False))  # noqa: E712

    @staticmethod
    def _check_time(c: Collector, text: str) -> str:
        """HH:MM (H:MM and a dot are accepted and written as HH:MM)."""
        if not text:
            c.add("start_time", "required")
            return text
        m = _TIME.match(text)
        if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
            c.add("start_time", "session_time_format")
            return text
        return f"{int(m.group(1)):02d}:{m.group(2)}"

    @staticmethod
    def _student(student_id: int | None) -> Student | None:
        return None if student_id is None else Student.get_or_none(Student.id == student_id)

    def _check_client(self, c: Collector, d: SessionData) -> None:
        """Who the session was with, by type: one client, a group roster, or a family."""
        d.client_name = validators.clean(d.client_name)
        for p in d.participants:
            p.name = validators.clean(p.name)
        if d.session_type == "group":
            d.student_id, d.client_kind = None, "student"
            validators.text(c, "client_name", d.client_name, limit=PERSON_MAX, required=True)
            self._check_roster(c, d.participants)
        elif d.session_type == "family":
            self._check_child(c, d, required=True)
            self._check_parents(c, d.participants)
            d.client_kind = "parent"
            if not any(e.field == "participants" for e in c.errors):
                d.client_name = ", ".join(p.name for p in d.participants)
        else:
            if d.participants:
                c.add("participants", "session_no_participants")
            if d.client_kind not in CLIENT_KINDS:
                c.add("client_kind", "bad_choice")
            elif d.client_kind == "student":
                self._check_child(c, d, required=True)
            else:  # a parent or teacher, perhaps about a child
                validators.text(c, "client_name", d.client_name, limit=PERSON_MAX,
                                required=True)
                self._check_child(c, d, required=False)

    def _check_child(self, c: Collector, d: SessionData, *, required: bool) -> None:
        if d.student_id is None:
            if required:
                c.add("student_id", "choose_student")
            return
        student = self._student(d.student_id)
        if student is None:
            c.add("student_id", "choose_student")
        elif d.client_kind == "student" and d.session_type != "family":
            d.client_name = full_name(student.last_name, student.first_name, student.patronymic)

    def _check_roster(self, c: Collector, participants: list[ParticipantData]) -> None:
        seen: set[int] = set()
        for row, p in enumerate(participants, start=1):
            student = self._student(p.student_id) if p.role == "student" else None
            if student is None:
                c.add("participants", "row_invalid", row=row, problem="session_student_role")
                return
            if student.id in seen:
                c.add("participants", "row_invalid", row=row,
                      problem="session_duplicate_student")
                return
            seen.add(student.id)
            p.name = full_name(student.last_name, student.first_name, student.patronymic)
        if len(seen) < GROUP_MIN:
            c.add("participants", "session_group_size", min=GROUP_MIN)

    @staticmethod
    def _check_parents(c: Collector, participants: list[ParticipantData]) -> None:
        for row, p in enumerate(participants, start=1):
            sub = Collector()
            if p.role != "parent":
                sub.add("role", "bad_choice")
            validators.text(sub, "name", p.name, limit=PERSON_MAX, required=True)
            if sub.errors:
                first: FieldError = sub.errors[0]
                c.add("participants", "row_invalid", row=row, problem=first.code,
                      **first.params)
                return
            p.student_id = None
        if not participants:
            c.add("participants", "session_parent_needed")

    def _check_consent(self, c: Collector, d: SessionData) -> None:
        """A minor student client needs a parent's consent, except in a crisis."""
        if (d.parent_consent or d.session_type not in SINGLE_CLIENT_TYPES
                or d.session_type in CONSENT_EXEMPT_TYPES or d.client_kind != "student"
                or d.session_date is None):
            return
        student = self._student(d.student_id)
        if student is None:
            return
        birth = _as_date(student.birth_date)
        if birth is None or age_on(birth, d.session_date) < ADULT_AGE:
            c.add("parent_consent", "session_consent")

    @staticmethod
    def _check_summary(c: Collector, d: SessionData) -> None:
        """Short, and not a copy of the confidential content."""
        d.shareable_summary = d.shareable_summary.strip()
        if not d.shareable_summary:
            return
        if len(d.shareable_summary) > SUMMARY_MAX:
            c.add("shareable_summary", "too_long", max=SUMMARY_MAX)
            return
        summary = _words(d.shareable_summary)
        for name in PRIVATE_FIELDS:
            content = _words(getattr(d, name))
            if not content.strip():
                continue
            if summary == content or (len(content.split()) >= COPY_MIN_WORDS
                                      and content in summary):
                c.add("shareable_summary", "session_summary_copy", part=name)
                return

    def _sync_participants(self, actor: Actor, s: PsySession,
                           wanted: list[ParticipantData]) -> None:
        """Update kept rows, insert new ones, tombstone the removed ones (unchanged rows keep
        their version)."""
        current: dict[int, Any] = {p.id: p for p in self._participants(s.id)}
        for item in wanted:
            row: Any = current.pop(item.id, None) if item.id else None
            if row is None:
                row = SessionParticipant(session=s, updated_by=actor.device_id)
            elif (row.role, row.student_id, row.name) == (item.role, item.student_id, item.name):
                continue
            else:
                row.touch(actor.device_id)
            row.role, row.student_id, row.name = item.role, item.student_id, item.name
            row.save()
            item.id = row.id
        for row in current.values():
            row.deleted = True
            row.touch(actor.device_id)
            row.save()


__all__ = ["CLIENT_KINDS", "PARTICIPANT_ROLES", "REQUESTERS", "RISKS", "RISK_FIELDS",
           "SESSION_TYPES", "ParticipantData", "PsySessionService", "SessionData",
           "SessionRecord", "SessionRow", "SessionSummary", "client_label"]
