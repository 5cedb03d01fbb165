"""The dashboard: what is overdue or falls due soon across all records, and register counts.

Each area service answers ``due(actor, today, horizon_days)``; this module merges their answers,
adds referrals past their reply-by date, and counts children per register category.

The dashboard shows only the areas its reader may read (``services.access``): a psychologist
sees no home visits, only a psychologist sees session follow-ups, and restricted register entries
are left out for a role that may not read them. The counts name no child and are shown to every
reader of the dashboard.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from ..db import Register
from . import access
from .context import Actor
from .messages import QT_TRANSLATE_NOOP
from .timeline import DueItem

HORIZON_DAYS = 14
DUE_KINDS = {
    "visit": QT_TRANSLATE_NOOP("Catalog", "home visit due"),
    "measure": QT_TRANSLATE_NOOP("Catalog", "plan measure due"),
    "review": QT_TRANSLATE_NOOP("Catalog", "register review due"),
    "pmpk_expiry": QT_TRANSLATE_NOOP("Catalog", "PMPK conclusion expires"),
    "evidence_expiry": QT_TRANSLATE_NOOP("Catalog", "evidence document expires"),
    "meals_expiry": QT_TRANSLATE_NOOP("Catalog", "free-meals evidence expires"),
    "step": QT_TRANSLATE_NOOP("Catalog", "incident step past its deadline"),
    "follow_up": QT_TRANSLATE_NOOP("Catalog", "session follow-up due"),
    "reply": QT_TRANSLATE_NOOP("Catalog", "referral reply awaited"),
}


@dataclass
class Dashboard:
    today: date
    overdue: list[DueItem] = field(default_factory=list)
    upcoming: list[DueItem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # STUDENT_FILTERS codes -> children


class DashboardService:
    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    def build(self, actor: Actor, today: date | None = None,
              horizon_days: int = HORIZON_DAYS) -> Dashboard:
        """Everything due up to ``today + horizon_days``, overdue first, and the counts.

        Half of the queries run on a helper thread with its own read connection (SQLite lets
        readers work side by side in WAL mode and releases the GIL while it searches), so on a
        machine with two cores the dashboard takes little more than its slower half.
        """
        access.check(actor, access.READ, "dashboard")
        today = today or date.today()
        with ThreadPoolExecutor(max_workers=1) as pool:
            other = pool.submit(self._on_own_connection, self._due_part, actor, today, horizon_days, 1)
            counts = self.counts(actor)
            items = self._due_part(actor, today, horizon_days, 0)
            items += other.result()
        items.sort(key=attrgetter("due", "kind", "title"))
        board = Dashboard(today=today, counts=counts)
        for item in items:
            (board.overdue if item.overdue(today) else board.upcoming).append(item)
        return board

    def _on_own_connection(self, fn: Callable[..., list[DueItem]], *args: Any) -> list[DueItem]:
        with self.db.connection_context():
            return fn(*args)

    def due_items(self, actor: Actor, today: date, horizon_days: int) -> list[DueItem]:
        """Every due item, unsorted, on the calling thread."""
        return (self._due_part(actor, today, horizon_days, 0)
                + self._due_part(actor, today, horizon_days, 1))

    def _due_part(self, actor: Actor, today: date, horizon_days: int, part: int) -> list[DueItem]:
        """One of two halves of similar cost: 0 = register entries, plans, incidents, referrals;
        1 = visits, session follow-ups, family evidence."""
        from .family_due import family_due
        from .home_visits import HomeVisitService
        from .incidents import IncidentService
        from .referrals import ReferralService
        from .registrations import RegistrationService
        from .sessions import PsySessionService
        from .support_plans import SupportPlanService

        # each area with the record type its reader must be allowed to read
        areas: tuple[tuple[Any, str], ...]
        if part == 0:
            areas = ((RegistrationService, "registration"), (SupportPlanService, "support_plan"),
                     (IncidentService, "incident"), (ReferralService, "referral"))
        else:
            areas = ((HomeVisitService, "home_visit"), (PsySessionService, "session"))
        items: list[DueItem] = []
        for service, record_type in areas:
            if access.can(actor, access.READ, record_type):
                items += service(self.register).due(actor, today, horizon_days)
        if part == 1 and access.can(actor, access.READ, "family"):
            items += family_due(actor, self.register, today, max(horizon_days, 30))
        return items

    def counts(self, actor: Actor) -> dict[str, int]:
        """Children per register kind, with special needs, and per family category."""
        access.check(actor, access.READ, "dashboard")
        live = "s.deleted = 0 AND s.archived_at IS NULL"
        counts: dict[str, int] = {}
        for kind, n in self.db.execute_sql(
                "SELECT r.kind, count(DISTINCT r.student_id) FROM registration r "
                f"JOIN student s ON s.id = r.student_id WHERE {live} AND r.deleted = 0 "
                "AND r.removed_on IS NULL GROUP BY r.kind"):
            counts[f"reg_{kind}"] = n
        counts["sen"] = self.db.execute_sql(
            "SELECT count(DISTINCT p.student_id) FROM support_plan p JOIN student s "
            f"ON s.id = p.student_id WHERE {live} AND p.deleted = 0").fetchone()[0]
        for code, n in self.db.execute_sql(
                "SELECT c.code, count(s.id) FROM family_category c JOIN student s "
                f"ON s.family_id = c.family_id WHERE {live} AND c.deleted = 0 GROUP BY c.code"):
            counts[f"fam_{code}"] = n
        return counts
