"""The idle-lock preference: default, range, administrator only, audited (services/preferences.py)."""

from __future__ import annotations

from typing import Any

import pytest

from pedagogue_app.db import Register
from pedagogue_app.services import AccessDenied, Actor, ValidationError
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.preferences import (
    IDLE_LOCK_DEFAULT,
    IDLE_LOCK_KEY,
    idle_lock_minutes,
    set_idle_lock_minutes,
)

ADMIN = Actor("admin", "admin", "device-1")


def settings_events(register: Register) -> list[Any]:
    return AuditService(register).events(ADMIN, action="settings_changed")


def test_the_default_is_ten_minutes(register: Register) -> None:
    assert IDLE_LOCK_DEFAULT == 10
    assert idle_lock_minutes(register) == 10


def test_the_administrator_sets_it_and_it_is_audited(register: Register) -> None:
    set_idle_lock_minutes(register, ADMIN, 25)
    assert idle_lock_minutes(register) == 25
    stored = register.db.execute_sql("SELECT value FROM setting WHERE key = ?",
                                     (IDLE_LOCK_KEY,)).fetchone()
    assert stored == ("25",)
    [event] = settings_events(register)
    assert (event.username, event.record_table) == ("admin", "setting")
    assert event.detail == "idle_lock_minutes: 10 -> 25"
    assert AuditService(register).verify(ADMIN).ok


def test_setting_the_same_value_writes_nothing(register: Register) -> None:
    set_idle_lock_minutes(register, ADMIN, 10)
    assert settings_events(register) == []
    set_idle_lock_minutes(register, ADMIN, 1)
    set_idle_lock_minutes(register, ADMIN, 1)
    assert len(settings_events(register)) == 1


@pytest.mark.parametrize("minutes", [1, 120])
def test_the_ends_of_the_range_are_allowed(register: Register, minutes: int) -> None:
    set_idle_lock_minutes(register, ADMIN, minutes)
    assert idle_lock_minutes(register) == minutes


@pytest.mark.parametrize("minutes", [0, -5, 121, 10_000, 2.5, "15", None, True])
def test_out_of_range_is_refused_and_nothing_stored(register: Register, minutes: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        set_idle_lock_minutes(register, ADMIN, minutes)
    error = caught.value.for_field(IDLE_LOCK_KEY)
    assert error is not None
    assert error.code == "number_range" and "number_range" in MESSAGES
    assert error.params == {"min": 1, "max": 120}
    assert idle_lock_minutes(register) == IDLE_LOCK_DEFAULT
    assert settings_events(register) == []


@pytest.mark.parametrize("role", ["social_pedagogue", "psychologist", "director", ""])
def test_only_the_administrator_may_change_it(register: Register, role: str) -> None:
    with pytest.raises(AccessDenied):
        set_idle_lock_minutes(register, Actor("someone", role, "device-1"), 30)
    assert idle_lock_minutes(register) == IDLE_LOCK_DEFAULT
    assert settings_events(register) == []


def test_every_user_reads_it(register: Register) -> None:
    set_idle_lock_minutes(register, ADMIN, 3)
    assert idle_lock_minutes(register) == 3  # reading takes no actor: each lock screen needs it


@pytest.mark.parametrize("stored", ["", "abc", "0", "121", "-1", "7.5"])
def test_a_bad_stored_value_reads_as_the_default(register: Register, stored: str) -> None:
    register.db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                            (IDLE_LOCK_KEY, stored))
    assert idle_lock_minutes(register) == IDLE_LOCK_DEFAULT
