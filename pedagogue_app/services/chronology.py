"""A child's chronology: every record about the child, newest first, from every area."""

from __future__ import annotations

from ..db import Register
from . import access
from .context import Actor
from .messages import QT_TRANSLATE_NOOP
from .timeline import TimelineEntry

RECORD_KINDS = {
    "registration": QT_TRANSLATE_NOOP("Catalog", "register entry"),
    "home_visit": QT_TRANSLATE_NOOP("Catalog", "home visit"),
    "support_plan": QT_TRANSLATE_NOOP("Catalog", "special-needs plan"),
    "session": QT_TRANSLATE_NOOP("Catalog", "psychologist session"),
    "incident": QT_TRANSLATE_NOOP("Catalog", "incident"),
    "referral": QT_TRANSLATE_NOOP("Catalog", "referral letter"),
}


class ChronologyService:
    def __init__(self, register: Register) -> None:
        self.register = register

    def for_student(self, actor: Actor, student_id: int,
                    kinds: set[str] | None = None) -> list[TimelineEntry]:
        """Entries of the kinds asked for (all when None), newest first."""
        access.check(actor, access.READ, "chronology")
        from .home_visits import HomeVisitService
        from .incidents import IncidentService
        from .referrals import ReferralService
        from .registrations import RegistrationService
        from .sessions import PsySessionService
        from .support_plans import SupportPlanService

        entries: list[TimelineEntry] = []
        for service in (RegistrationService, HomeVisitService, SupportPlanService,
                        PsySessionService, IncidentService, ReferralService):
            entries += service(self.register).timeline(actor, student_id)
        if kinds is not None:
            entries = [e for e in entries if e.kind in kinds]
        entries.sort(key=lambda e: (e.when, e.kind, e.record_id), reverse=True)
        return entries
