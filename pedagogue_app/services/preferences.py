"""Register-wide preferences the administrator sets: for now, when the idle screen lock starts.

Stored in the ``setting`` key/value table of the register, so every computer that opens this
register locks after the same idle time. Reading is open to every user (the lock screen of each
session needs it); changing is the administrator's (record type ``settings``) and is audited as
``settings_changed`` with the old and the new value.
"""

from __future__ import annotations

from ..db import Register
from . import access
from .audit import AuditService
from .context import Actor
from .errors import ValidationError

RECORD_TYPE = "settings"
IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 120


def idle_lock_minutes(register: Register) -> int:
    """Minutes without input before the screen locks (the default when unset or unreadable)."""
    row = register.db.execute_sql("SELECT value FROM setting WHERE key = ?",
                                  (IDLE_LOCK_KEY,)).fetchone()
    try:
        minutes = int(row[0]) if row else IDLE_LOCK_DEFAULT
    except (TypeError, ValueError):
        return IDLE_LOCK_DEFAULT
    return minutes if IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX else IDLE_LOCK_DEFAULT


def validate_idle_lock_minutes(minutes: object) -> int:
    """The minutes as an int, or ValidationError (field ``idle_lock_minutes``, ``number_range``).

    Raises:
        ValidationError: not a whole number from 1 to 120.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX:
        raise ValidationError.single(IDLE_LOCK_KEY, "number_range",
                                     min=IDLE_LOCK_MIN, max=IDLE_LOCK_MAX)
    return minutes


def set_idle_lock_minutes(register: Register, actor: Actor, minutes: int) -> None:
    """Set the idle-lock time for everyone; audited as ``settings_changed`` (nothing is written
    or audited when the value does not change).

    Raises:
        AccessDenied: ``actor`` may not change settings (only the administrator may).
        ValidationError: ``minutes`` is not a whole number from 1 to 120.
    """
    access.check(actor, access.WRITE, RECORD_TYPE)
    value = validate_idle_lock_minutes(minutes)
    old = idle_lock_minutes(register)
    if value == old:
        return
    with register.db.atomic("IMMEDIATE"):
        register.db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                                (IDLE_LOCK_KEY, str(value)))
        AuditService(register).record(actor, "settings_changed", "setting", "",
                                      f"{IDLE_LOCK_KEY}: {old} -> {value}")
