"""A child's chronology: every record about the child, newest first, from every area.

The chronology shows only the areas its reader may read (``services.access``): the director and
the social pedagogue see sessions at summary level at most (the social pedagogue: type and
shareable summary; the director: none), a psychologist sees no home visits, and restricted
register entries are left out for a role that may not read them. An area the reader may not read
is left out, never a reason to fail.
"""

from __future__ import annotations

from typing import Any

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
        """Entries of the kinds asked for (all when None) and readable by ``actor``, newest first.

        Raises:
            AccessDenied: the actor may not read chronologies.
        """
        access.check(actor, access.READ, "chronology")
        from .home_visits import HomeVisitService
        from .incidents import IncidentService
        from .referrals import ReferralService
        from .registrations import RegistrationService
        from .sessions import PsySessionService
        from .support_plans import SupportPlanService

        # each area with the record types of which one must be readable for it to show
        areas: tuple[tuple[Any, tuple[str, ...]], ...] = (
            (RegistrationService, ("registration",)),
            (HomeVisitService, ("home_visit",)),
            (SupportPlanService, ("support_plan",)),
            (PsySessionService, ("session", "session_summary")),
            (IncidentService, ("incident",)),
            (ReferralService, ("referral",)),
        )
        entries: list[TimelineEntry] = []
        for service, record_types in areas:
            if access.readable(actor, *record_types):
                entries += service(self.register).timeline(actor, student_id)
        if kinds is not None:
            entries = [e for e in entries if e.kind in kinds]
        entries.sort(key=lambda e: (e.when, e.kind, e.record_id), reverse=True)
        return entries
