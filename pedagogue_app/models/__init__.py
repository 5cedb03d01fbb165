"""Peewee models only, one module per area, no Qt."""

from .base import PlainModel, SyncModel, db_proxy, new_uid, utc_now
from .casework import (
    HomeVisit,
    PlanMeasure,
    Registration,
    RegistrationReview,
    SupportGoal,
    SupportPlan,
    SupportReview,
)
from .letters import Attachment, AuditEvent, Organisation, OutgoingLetter, Referral
from .people import Family, FamilyCategory, FamilyContact, FamilyMember, SearchToken, Student
from .school import School, Setting, User
from .sessions import (
    Incident,
    IncidentParticipant,
    PsySession,
    ResponseStep,
    ResponseTemplate,
    SessionParticipant,
)

ALL_MODELS = [
    School, User, Setting,
    Family, FamilyCategory, FamilyMember, FamilyContact, Student, SearchToken,
    Registration, PlanMeasure, RegistrationReview, HomeVisit,
    SupportPlan, SupportGoal, SupportReview,
    PsySession, SessionParticipant, Incident, IncidentParticipant, ResponseStep, ResponseTemplate,
    Organisation, OutgoingLetter, Referral, Attachment, AuditEvent,
]

__all__ = [m.__name__ for m in ALL_MODELS] + [
    "ALL_MODELS", "PlainModel", "SyncModel", "db_proxy", "new_uid", "utc_now",
]
