"""Family evidence that expires: category documents and free-meals evidence, for the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

from ..db import Register
from . import access
from .catalog import FAMILY_CATEGORIES
from .context import Actor
from .timeline import DueItem

# A family counts while a child of it is at the school (not archived): the evidence of a family
# whose children all left needs no renewal.
_AT_SCHOOL = ("EXISTS (SELECT 1 FROM student s WHERE s.family_id = f.id AND s.deleted = 0 "
              "AND s.archived_at IS NULL)")

# Both halves range-scan an index on the expiry date (family_category_valid,
# family_meals_valid); "<= ?" skips the NULLs at the start of the index.
_SQL = f"""
SELECT 'evidence_expiry', c.valid_until, f.id, f.title, c.code, c.document
FROM family_category c
JOIN family f ON f.id = c.family_id
WHERE c.valid_until <= ? AND c.deleted = 0 AND f.deleted = 0 AND {_AT_SCHOOL}
UNION ALL
SELECT 'meals_expiry', f.free_meals_valid_until, f.id, f.title, f.free_meals_category,
       f.free_meals_evidence
FROM family f
WHERE f.free_meals_valid_until <= ? AND f.free_meals_category IS NOT NULL AND f.deleted = 0
  AND {_AT_SCHOOL}
"""


def family_due(actor: Actor, register: Register, today: date,
               horizon_days: int = 30) -> list[DueItem]:
    """Category evidence and free-meals evidence expiring by ``today + horizon_days``.

    Expired evidence is included (it is overdue until renewed or the category is removed).
    The title is the family's name and the evidence document as typed (the category label in
    English when no document was named); the item opens the family.
    """
    access.check(actor, access.READ, "family")
    limit = (today + timedelta(days=horizon_days)).isoformat()
    items = []
    for kind, until, family_id, family_title, code, document in register.db.execute_sql(
            _SQL, (limit, limit)).fetchall():
        if not document:
            document = FAMILY_CATEGORIES.get(code, "") if kind == "evidence_expiry" else ""
        title = f"{family_title}: {document}" if document else family_title
        items.append(DueItem(due=date.fromisoformat(str(until)[:10]), kind=kind,
                             record_kind="family", record_id=int(family_id), title=title,
                             family_id=int(family_id)))
    items.sort(key=lambda i: (i.due, i.title, i.kind))
    return items


__all__ = ["family_due"]
