"""Psychologist sessions and incidents (both restricted)."""

from typing import TYPE_CHECKING, Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .base import SyncModel
from .people import Student


class PsySession(SyncModel):
    session_date = DateField()
    start_time = CharField(max_length=5, default="")
    duration_min = IntegerField(default=45)
    session_type = CharField(max_length=20)  # individual, group, family, diagnostic, ...
    client_kind = CharField(max_length=10, default="student")  # student, parent, teacher
    student = ForeignKeyField(Student, backref="sessions", null=True, on_delete="SET NULL")
    client_name = CharField(default="")
    requester = CharField(max_length=20, default="self")
    request = TextField(default="")
    methods = TextField(default="")
    results = TextField(default="")
    conclusion = TextField(default="")
    recommendations = TextField(default="")
    follow_up_on = DateField(null=True)
    referral_out = TextField(default="")
    risk_suicidal = BooleanField(default=False)
    risk_self_harm = BooleanField(default=False)
    risk_abuse = BooleanField(default=False)
    risk_bullying = BooleanField(default=False)
    parent_consent = BooleanField(default=False)
    shareable_summary = TextField(default="")
    psychologist = CharField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        student_id: int | None
        participants: Any


class SessionParticipant(SyncModel):
    session = ForeignKeyField(PsySession, backref="participants", on_delete="CASCADE")
    student = ForeignKeyField(Student, null=True, on_delete="SET NULL")
    name = CharField(default="")
    role = CharField(max_length=20, default="student")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        session_id: int
        student_id: int | None


class Incident(SyncModel):
    occurred_at = DateTimeField()
    reported_at = DateTimeField()
    reporter = CharField(default="")
    place = CharField(default="")
    incident_type = CharField(max_length=20)  # violence, bullying, cyberbullying, neglect, ...
    narrative = TextField(default="")
    child_words = TextField(default="")
    injuries = TextField(default="")
    adult_involved = CharField(default="")
    adult_relation = CharField(default="")
    follow_up = TextField(default="")
    status = CharField(max_length=10, default="open")
    closed_on = DateField(null=True)
    closure_note = TextField(default="")
    source_session = ForeignKeyField(PsySession, null=True, on_delete="SET NULL")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        source_session_id: int | None
        participants: Any
        steps: Any


class IncidentParticipant(SyncModel):
    incident = ForeignKeyField(Incident, backref="participants", on_delete="CASCADE")
    student = ForeignKeyField(Student, backref="incident_roles", null=True, on_delete="SET NULL")
    name = CharField(default="")
    role = CharField(max_length=10)  # target, initiator, witness
    notes = TextField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        incident_id: int
        student_id: int | None


class ResponseStep(SyncModel):
    incident = ForeignKeyField(Incident, backref="steps", on_delete="CASCADE")
    code = CharField(max_length=30)
    title = CharField()
    position = IntegerField(default=0)
    deadline_at = DateTimeField(null=True)
    done_at = DateTimeField(null=True)
    done_by = CharField(default="")
    note = TextField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        incident_id: int


class ResponseTemplate(SyncModel):
    """One step of the response checklist of an incident type (editable by the school)."""

    incident_type = CharField(max_length=20)
    code = CharField(max_length=30)
    title = CharField()
    deadline_hours = IntegerField(null=True)  # counted from the report time
    position = IntegerField(default=0)
    active = BooleanField(default=True)
