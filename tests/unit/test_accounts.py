"""Accounts: the password rule, login lockout (timeline with an injected clock), admin operations.

Key slots use tiny Argon2 parameters (``FAST``) through the public ``kdf`` argument.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pedagogue_app.db import Register
from pedagogue_app.db.keyslots import (
    KdfParams,
    KeySlots,
    RecoveryKeyMistyped,
    WrongDatabaseKey,
    WrongRecoveryKey,
)
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.accounts import (
    MESSAGES,
    AccountDisabled,
    AccountLocked,
    AccountService,
    LastAdmin,
    LoginDelayed,
    LoginFailed,
    check_password,
    logins_path,
    wait_after,
)
from pedagogue_app.services.audit import AuditRow, AuditService

FAST = KdfParams(time_cost=1, memory_cost=64, parallelism=1)
T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
ADMIN_PW = "Көктем-гүлі-2025"
TEACHER_PW = "Жасыл алма 42"
WRONG = "not the password"
AUDITOR = Actor("a", "admin")


@pytest.fixture
def made(register: Register, tmp_path: Path) -> tuple[AccountService, Actor, bytes, str]:
    return AccountService.create_first_admin(
        register, tmp_path / "register.keys", "admin", "Серікова Гүлнар Маратқызы", ADMIN_PW,
        kdf=FAST)


@pytest.fixture
def service(made: tuple[AccountService, Actor, bytes, str]) -> AccountService:
    return made[0]


@pytest.fixture
def admin(made: tuple[AccountService, Actor, bytes, str]) -> Actor:
    return made[1]


@pytest.fixture
def db_key(made: tuple[AccountService, Actor, bytes, str]) -> bytes:
    return made[2]


@pytest.fixture
def teacher(service: AccountService, admin: Actor, db_key: bytes) -> str:
    service.add_account(admin, db_key, "teacher", "Оспанов Ерлан", "social_pedagogue", TEACHER_PW)
    return "teacher"


def events(register: Register, action: str | None = None) -> list[AuditRow]:
    return list(reversed(AuditService(register).events(AUDITOR, action=action)))


def reopened(service: AccountService) -> AccountService:
    """A new service on a freshly loaded key file: what the program sees after a restart."""
    return AccountService(service.register, KeySlots.load(service.keyslots.path, kdf=FAST))


# --- the password rule --------------------------------------------------------------------------

@pytest.mark.parametrize(("password", "username", "full_name", "reasons"), [
    ("Жасыл алма 42", "teacher", "Оспанов Ерлан", []),
    ("Short1ab!", "teacher", "", ["password_short"]),
    ("73916428056184", "teacher", "", ["password_digits"]),
    ("7777777777", "teacher", "", ["password_digits", "password_variety"]),
    ("Teacher-of-2025", "teacher", "", ["password_name"]),
    ("гулнар-сабак-7", "admin", "Серікова Гүлнар Маратқызы", ["password_name"]),  # Kazakh folded
    ("ОСПАНОВ_дом_77", "erlan", "Оспанов Ерлан", ["password_name"]),  # case-insensitive
    ("qwerty123456", "teacher", "", ["password_common"]),
    ("Йцукенгшщз", "teacher", "", ["password_common"]),
    ("мектеп2024!!", "teacher", "", ["password_common"]),
    ("Password2025", "teacher", "", ["password_common"]),
    ("qwertyqwerty", "teacher", "", ["password_common"]),
    ("пароль", "teacher", "", ["password_short", "password_common"]),
    ("abababababab", "teacher", "", ["password_variety"]),
    ("1111", "x", "", ["password_short", "password_digits", "password_variety"]),
])
def test_password_rule(password: str, username: str, full_name: str, reasons: list[str]) -> None:
    assert check_password(password, username, full_name) == reasons


def test_each_reason_has_a_message() -> None:
    for code in ("password_short", "password_digits", "password_name", "password_common",
                 "password_variety"):
        assert MESSAGES[code].endswith(".")


def test_short_name_parts_are_not_looked_for() -> None:
    assert check_password("Тау-ли-бұлақ-9", "teacher", "Ли Ан") == []


# --- creating the register's administrator ----------------------------------------------------

def test_first_admin(register: Register, made: tuple[AccountService, Actor, bytes, str]) -> None:
    service, admin, db_key, recovery = made
    assert admin == Actor("admin", "admin", register.device_id)
    assert service.keyslots.unlock("admin", ADMIN_PW) == db_key
    assert service.keyslots.unlock_with_recovery(recovery) == db_key
    [row] = service.accounts(admin)
    assert (row.username, row.full_name, row.role, row.is_active) == (
        "admin", "Серікова Гүлнар Маратқызы", "admin", True)
    assert [(e.username, e.action, e.detail) for e in events(register)] == [
        ("admin", "account_created", "admin")]


def test_first_admin_refuses_a_weak_password(register: Register, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        AccountService.create_first_admin(register, tmp_path / "register.keys", "admin",
                                          "Серікова Гүлнар", "qwerty", kdf=FAST)
    assert [(e.field, e.code) for e in err.value.errors] == [
        ("password", "password_short"), ("password", "password_common")]
    assert not (tmp_path / "register.keys").exists()
    assert register.db.execute_sql('SELECT count(*) FROM "user"').fetchone()[0] == 0


def test_first_admin_only_once(register: Register, made: tuple[AccountService, Actor, bytes, str],
                               tmp_path: Path) -> None:
    with pytest.raises(Exception, match="accounts already"):
        AccountService.create_first_admin(register, tmp_path / "other.keys", "admin2",
                                          "Бекова Әйгерім", ADMIN_PW, kdf=FAST)
    assert not (tmp_path / "other.keys").exists()


# --- login and the lockout timeline -------------------------------------------------------------

def test_login_gives_actor_and_key(register: Register, service: AccountService, teacher: str,
                                   db_key: bytes) -> None:
    actor, key = service.login("teacher", TEACHER_PW, now=T0)
    assert (actor.username, actor.role, key) == ("teacher", "social_pedagogue", db_key)
    row = register.db.execute_sql(
        'SELECT last_login_at, failed_logins FROM "user" WHERE username = ?', ("teacher",)).fetchone()
    assert (datetime.fromisoformat(row[0]), row[1]) == (T0.replace(tzinfo=None), 0)
    assert [(e.username, e.action) for e in events(register, "login")] == [("teacher", "login")]


@pytest.mark.parametrize(("failures", "wait"), [
    (0, 0), (1, 0), (5, 0), (6, 30), (7, 60), (8, 120), (9, 240), (10, 480), (11, 900), (12, 900),
    (19, 900),
])
def test_wait_after(failures: int, wait: int) -> None:
    assert wait_after(failures) == wait


def test_lockout_timeline(register: Register, service: AccountService, teacher: str) -> None:
    now = T0
    for n in range(1, 6):  # five free failures: no wait at all
        with pytest.raises(LoginFailed) as err:
            service.login("teacher", WRONG, now=now)
        assert (err.value.failures, err.value.wait_s) == (n, 0)
    expected_waits = [30, 60, 120, 240, 480, 900, 900, 900, 900, 900, 900, 900, 900, 900]
    for n, wait in enumerate(expected_waits, start=6):
        with pytest.raises(LoginFailed) as err:
            service.login("teacher", WRONG, now=now)
        assert (err.value.failures, err.value.wait_s) == (n, wait)
        # during the wait even the right password is refused without being tried or counted
        with pytest.raises(LoginDelayed) as delayed:
            service.login("teacher", TEACHER_PW, now=now + timedelta(seconds=wait - 1))
        assert delayed.value.seconds_left == 1
        assert service.login_state("teacher").failures == n
        now += timedelta(seconds=wait)
    assert service.login_state("teacher").failures == 19
    with pytest.raises(AccountLocked):  # the twentieth failure locks
        service.login("teacher", WRONG, now=now)
    with pytest.raises(AccountLocked):  # a day later, with the right password: still locked
        service.login("teacher", TEACHER_PW, now=now + timedelta(days=1))
    assert service.login_state("teacher").locked
    failed = events(register, "login_failed")
    assert {e.username for e in failed} == {"teacher"}
    assert [e.detail for e in failed].count("wrong password") == 19
    assert [e.detail for e in failed].count("delayed") == 14
    assert [e.detail for e in failed][-2:] == ["account locked", "locked"]
    assert events(register, "login") == []


def test_seconds_left_counts_down(service: AccountService, teacher: str) -> None:
    for _ in range(6):
        with pytest.raises(LoginFailed):
            service.login("teacher", WRONG, now=T0)
    with pytest.raises(LoginDelayed) as err:
        service.login("teacher", WRONG, now=T0 + timedelta(seconds=10))
    assert err.value.seconds_left == 20
    with pytest.raises(LoginDelayed) as err:
        service.login("teacher", WRONG, now=T0 + timedelta(seconds=29.5))
    assert err.value.seconds_left == 1
    assert service.login_state("teacher").failures == 6  # refused attempts were not counted


def test_success_clears_the_counter(register: Register, service: AccountService,
                                    teacher: str) -> None:
    for _ in range(6):
        with pytest.raises(LoginFailed):
            service.login("teacher", WRONG, now=T0)
    service.login("teacher", TEACHER_PW, now=T0 + timedelta(seconds=30))
    assert service.login_state("teacher").failures == 0
    with pytest.raises(LoginFailed) as err:
        service.login("teacher", WRONG, now=T0 + timedelta(seconds=31))
    assert (err.value.failures, err.value.wait_s) == (1, 0)


def _fail(service: AccountService, times: int) -> None:
    for _ in range(times):
        with pytest.raises(LoginFailed):
            service.login("teacher", WRONG, now=T0)


def test_counters_survive_a_restart(service: AccountService, teacher: str) -> None:
    _fail(service, 6)
    again = reopened(service)
    with pytest.raises(LoginDelayed) as err:
        again.login("teacher", TEACHER_PW, now=T0 + timedelta(seconds=5))
    assert err.value.seconds_left == 25
    assert again.login_state("teacher").failures == 6


def test_counters_file_is_read_without_the_row_mirror(register: Register, service: AccountService,
                                                      teacher: str) -> None:
    _fail(service, 6)
    doc = json.loads(logins_path(service.keyslots.path).read_text("utf-8"))
    assert doc["accounts"]["teacher"]["failures"] == 6
    register.db.execute_sql('UPDATE "user" SET failed_logins = 0, locked_until = NULL')
    with pytest.raises(LoginDelayed):
        reopened(service).login("teacher", TEACHER_PW, now=T0 + timedelta(seconds=5))


def test_deleting_the_counters_file_does_not_clear_a_lock(register: Register,
                                                          service: AccountService,
                                                          teacher: str) -> None:
    register.db.execute_sql('UPDATE "user" SET failed_logins = 19 WHERE username = ?', ("teacher",))
    with pytest.raises(AccountLocked):
        service.login("teacher", WRONG, now=T0)
    logins_path(service.keyslots.path).unlink()
    with pytest.raises(AccountLocked):
        reopened(service).login("teacher", TEACHER_PW, now=T0 + timedelta(days=1))


def test_unknown_name_is_audited_not_counted(register: Register, service: AccountService) -> None:
    with pytest.raises(LoginFailed):
        service.login("nobody", WRONG, now=T0)
    with pytest.raises(LoginFailed):
        service.login("bad\x07name", WRONG, now=T0)
    assert [(e.username, e.detail) for e in events(register, "login_failed")] == [
        ("nobody", "unknown"), ("?", "unknown")]
    path = logins_path(service.keyslots.path)
    assert not path.exists() or "nobody" not in path.read_text("utf-8")


# --- disabling ----------------------------------------------------------------------------------

def test_disabled_account_is_refused(register: Register, service: AccountService, admin: Actor,
                                     teacher: str) -> None:
    service.disable(admin, "teacher")
    assert "teacher" not in service.keyslots.usernames()
    with pytest.raises(AccountDisabled):
        service.login("teacher", TEACHER_PW, now=T0)
    assert [e.detail for e in events(register, "login_failed")] == ["disabled"]
    assert [e.username for e in events(register, "account_disabled")] == ["admin"]
    assert [r.is_active for r in service.accounts(admin) if r.username == "teacher"] == [False]
    with pytest.raises(AccountDisabled):
        service.disable(admin, "teacher")


def test_last_admin_cannot_be_disabled(service: AccountService, admin: Actor, db_key: bytes,
                                       teacher: str) -> None:
    with pytest.raises(LastAdmin):
        service.disable(admin, "admin")
    service.add_account(admin, db_key, "admin2", "Бекова Әйгерім", "admin", "Таулы өлке 17")
    service.disable(admin, "admin")  # another administrator is left
    second, _ = service.login("admin2", "Таулы өлке 17", now=T0)
    with pytest.raises(LastAdmin):
        service.disable(second, "admin2")


# --- the administrator only -----------------------------------------------------------------------

@pytest.mark.parametrize("role", ["social_pedagogue", "psychologist", "director"])
def test_account_operations_are_for_the_admin_only(service: AccountService, db_key: bytes,
                                                   teacher: str, role: str) -> None:
    other = Actor("teacher", role)
    calls = [
        lambda: service.add_account(other, db_key, "x1", "Икс Игрек", "director", "Таулы өлке 17"),
        lambda: service.disable(other, "admin"),
        lambda: service.reset_password(other, db_key, "admin", "Таулы өлке 17"),
        lambda: service.unlock(other, "teacher"),
        lambda: service.accounts(other),
    ]
    for call in calls:
        with pytest.raises(AccessDenied):
            call()
    assert service.keyslots.usernames() == ["admin", "teacher"]


def test_add_account_validates(register: Register, service: AccountService, admin: Actor,
                               db_key: bytes, teacher: str) -> None:
    with pytest.raises(ValidationError) as err:
        service.add_account(admin, db_key, " x", "", "janitor", "123")
    assert {(e.field, e.code) for e in err.value.errors} >= {
        ("username", "username_format"), ("full_name", "required"), ("role", "bad_choice"),
        ("password", "password_short")}
    with pytest.raises(ValidationError) as err:
        service.add_account(admin, db_key, "teacher", "Другой Человек", "director", "Таулы өлке 17")
    assert err.value.errors[0].code == "username_taken"
    with pytest.raises(WrongDatabaseKey):
        service.add_account(admin, b"\0" * 32, "psy", "Ахметова Дана", "psychologist",
                            "Таулы өлке 17")
    assert [r.username for r in service.accounts(admin)] == ["admin", "teacher"]
    assert service.keyslots.usernames() == ["admin", "teacher"]
    assert [e.detail for e in events(register, "account_created")] == ["admin", "social_pedagogue"]


def test_admin_unlocks(register: Register, service: AccountService, admin: Actor,
                       teacher: str) -> None:
    register.db.execute_sql('UPDATE "user" SET failed_logins = 19 WHERE username = ?', ("teacher",))
    with pytest.raises(AccountLocked):
        service.login("teacher", WRONG, now=T0)
    service.unlock(admin, "teacher")
    actor, _ = service.login("teacher", TEACHER_PW, now=T0)
    assert actor.username == "teacher"
    assert [(e.username, e.detail) for e in events(register, "account_changed")] == [
        ("admin", "unlocked")]
    with pytest.raises(NotFound):
        service.unlock(admin, "nobody")


# --- passwords: change, reset, recover -----------------------------------------------------------

def test_change_own_password(register: Register, service: AccountService, teacher: str) -> None:
    actor, _ = service.login("teacher", TEACHER_PW, now=T0)
    with pytest.raises(ValidationError) as err:
        service.change_password(actor, TEACHER_PW, "Ерлан-2025-xyz")  # part of the full name
    assert err.value.errors[0].code == "password_name"
    with pytest.raises(ValidationError) as err:
        service.change_password(actor, TEACHER_PW, TEACHER_PW)
    assert err.value.errors[0].code == "password_same"
    with pytest.raises(LoginFailed):
        service.change_password(actor, WRONG, "Қызыл алма 43")
    service.change_password(actor, TEACHER_PW, "Қызыл алма 43")
    with pytest.raises(LoginFailed):
        service.login("teacher", TEACHER_PW, now=T0)
    assert service.login("teacher", "Қызыл алма 43", now=T0)[0].username == "teacher"
    assert [e.username for e in events(register, "password_changed")] == ["teacher"]
    assert [e.detail for e in events(register, "login_failed")] == [
        "change password", "wrong password"]


def test_admin_resets_a_password_and_clears_the_lock(register: Register, service: AccountService,
                                                     admin: Actor, db_key: bytes,
                                                     teacher: str) -> None:
    register.db.execute_sql('UPDATE "user" SET failed_logins = 19 WHERE username = ?', ("teacher",))
    with pytest.raises(AccountLocked):
        service.login("teacher", WRONG, now=T0)
    with pytest.raises(ValidationError):
        service.reset_password(admin, db_key, "teacher", "12345678")
    service.reset_password(admin, db_key, "teacher", "Жаңа құпия сөз 1")
    assert service.login("teacher", "Жаңа құпия сөз 1", now=T0)[0].role == "social_pedagogue"
    assert service.keyslots.unlock("admin", ADMIN_PW) == db_key  # other slots untouched
    assert [(e.username, e.action) for e in events(register, "password_reset")] == [
        ("admin", "password_reset")]


def test_recover_with_the_recovery_key(register: Register,
                                       made: tuple[AccountService, Actor, bytes, str]) -> None:
    service, _, db_key, recovery = made
    register.db.execute_sql('UPDATE "user" SET failed_logins = 19 WHERE username = ?', ("admin",))
    with pytest.raises(AccountLocked):
        service.login("admin", WRONG, now=T0)
    with pytest.raises(RecoveryKeyMistyped):
        service.recover("ABCDE", "admin", "Жаңа құпия сөз 1")
    other_key = KeySlots.create(service.keyslots.path.with_name("other.keys"), "x", "y",
                                kdf=FAST)[2]
    with pytest.raises(WrongRecoveryKey):
        service.recover(other_key, "admin", "Жаңа құпия сөз 1")
    with pytest.raises(ValidationError):
        service.recover(recovery, "admin", "qwerty")
    actor, key = service.recover(recovery.lower(), "admin", "Жаңа құпия сөз 1")
    assert (actor.username, actor.role, key) == ("admin", "admin", db_key)
    assert not service.login_state("admin").locked
    assert service.login("admin", "Жаңа құпия сөз 1", now=T0)[1] == db_key
    assert [e.detail for e in events(register, "password_reset")] == ["recovery key"]
    assert [e.detail for e in events(register, "login_failed")][-2:] == [
        "recovery key", "recovery key"]


def test_recover_refuses_a_disabled_account(service: AccountService, admin: Actor,
                                            made: tuple[AccountService, Actor, bytes, str],
                                            teacher: str) -> None:
    service.disable(admin, "teacher")
    with pytest.raises(AccountDisabled):
        service.recover(made[3], "teacher", "Жаңа құпия сөз 1")
    assert "teacher" not in service.keyslots.usernames()


def test_audit_chain_stays_intact(register: Register, service: AccountService, admin: Actor,
                                  db_key: bytes, teacher: str) -> None:
    _fail(service, 3)
    service.login("teacher", TEACHER_PW, now=T0)
    service.disable(admin, "teacher")
    assert AuditService(register).verify(AUDITOR).ok
