"""Access rules in one place. Every service calls :func:`check` before reading or writing.

The full role table arrives with accounts; today the rule is only that the director reads and
never writes.
"""

from __future__ import annotations

from .context import Actor

READ, WRITE = "read", "write"


class AccessDenied(Exception):
    """The acting user may not do this; the message names the action and the record type."""

    def __init__(self, actor: Actor, action: str, record_type: str) -> None:
        super().__init__(f"{actor.role} may not {action} {record_type}")
        self.action = action
        self.record_type = record_type


def check(actor: Actor, action: str, record_type: str) -> None:
    """Raise :class:`AccessDenied` if ``actor`` may not ``action`` a ``record_type``."""
    if action != READ and actor.role == "director":
        raise AccessDenied(actor, action, record_type)
