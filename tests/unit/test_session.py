"""Creating, converting and logging in to the encrypted register (services/session.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pedagogue_app.db import open_register
from pedagogue_app.db.cipher import WrongKey, is_encrypted
from pedagogue_app.db.keyslots import (
    KeySlotsDamaged,
    KeySlotsNotFound,
    RecoveryKeyMistyped,
    WrongRecoveryKey,
)
from pedagogue_app.demo import write_demo_register
from pedagogue_app.services.accounts import (
    AccountDisabled,
    AccountLocked,
    LoginDelayed,
    LoginFailed,
    logins_path,
)
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.backups import BackupService
from pedagogue_app.services.errors import ValidationError
from pedagogue_app.services.session import (
    create_register,
    demo_accounts,
    encrypt_existing,
    keys_path,
    log_in,
    needs_conversion,
    recover,
)
from tests.sessions import ACCOUNTS, CHEAP_KDF, make_encrypted, school_data

FIXTURE_V1 = Path(__file__).resolve().parent.parent / "fixtures" / "register_v1.db"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def bytes_found(folder: Path, *needles: str) -> list[str]:
    hits = []
    for path in files_in(folder):
        data = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                if encoded in data:
                    hits.append(f"{path.name}: {needle}")
    return hits


def events(session, action: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in AuditService(session.register).events(session.actor) if e.action == action]


@pytest.fixture
def made(tmp_path: Path):  # type: ignore[no-untyped-def]
    session, recovery_key = make_encrypted(tmp_path)
    session.close()
    return tmp_path / "register.db", recovery_key


def test_created_register_is_encrypted_and_each_role_logs_in(made) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    assert is_encrypted(path) and keys_path(path).exists()
    assert not bytes_found(path.parent, "Алтынсай", "123456789012", "Жақсыбеков")
    for name, (password, role, _full) in ACCOUNTS.items():
        session = log_in(path, name, password)
        assert (session.actor.username, session.actor.role) == (name, role)
        session.close()
    with pytest.raises(sqlite3.DatabaseError):  # what anyone without the key gets
        sqlite3.connect(str(path)).execute("SELECT * FROM student").fetchall()


def test_weak_password_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        create_register(tmp_path / "register.db", school_data(), "admin", "Әкімшісі Тест",
                        "qwerty123", kdf=CHEAP_KDF)
    assert {e.code for e in caught.value.errors} >= {"password_short", "password_common"}
    assert files_in(tmp_path) == []


def test_bad_school_profile_leaves_no_files(tmp_path: Path) -> None:
    school = school_data()
    school.bin = ""
    with pytest.raises(ValidationError):
        create_register(tmp_path / "register.db", school, "admin", "Әкімшісі Тест",
                        "Terek-Alma-2026", kdf=CHEAP_KDF)
    assert files_in(tmp_path) == []


def test_an_existing_register_is_never_replaced(made) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        create_register(path, school_data(), "admin", "Әкімшісі Тест", "Terek-Alma-2026",
                        kdf=CHEAP_KDF)
    assert path.read_bytes() == before


def test_wrong_password_is_counted_and_audited_at_the_next_login(made) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    with pytest.raises(LoginFailed) as caught:
        log_in(path, "pedagog", "not-the-password", now=T0)
    assert caught.value.failures == 1
    counters = json.loads(logins_path(keys_path(path)).read_text("utf-8"))
    assert counters["accounts"]["pedagog"]["failures"] == 1
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])
    failed = events(admin, "login_failed")
    assert [(e.username, e.detail.split(" at ")[0]) for e in failed] == [("pedagog", "wrong password")]
    admin.close()
    session = log_in(path, "pedagog", ACCOUNTS["pedagog"][0], now=T0 + timedelta(minutes=1))
    session.close()
    counters = json.loads(logins_path(keys_path(path)).read_text("utf-8"))
    assert "pedagog" not in counters["accounts"]  # a success clears the counter


def test_waits_and_the_lock_before_the_register_opens(made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    moment = T0
    for _ in range(5):
        with pytest.raises(LoginFailed) as caught:
            log_in(path, "psiholog", "wrong-guess-123", now=moment)
    assert caught.value.wait_s == 0
    with pytest.raises(LoginFailed) as caught:
        log_in(path, "psiholog", "wrong-guess-123", now=moment)
    assert caught.value.wait_s == 30
    with pytest.raises(LoginDelayed) as delayed:  # even the right password waits
        log_in(path, "psiholog", ACCOUNTS["psiholog"][0], now=moment + timedelta(seconds=10))
    assert delayed.value.seconds_left == 20
    for _ in range(14):
        moment += timedelta(minutes=16)
        with pytest.raises((LoginFailed, AccountLocked)):
            log_in(path, "psiholog", "wrong-guess-123", now=moment)
    with pytest.raises(AccountLocked):
        log_in(path, "psiholog", ACCOUNTS["psiholog"][0], now=moment + timedelta(days=1))
    # the recovery key opens it again with a new password
    session = recover(path, recovery_key, "psiholog", "Jana-Qupiya-Soz-7")
    assert session.actor.role == "psychologist"
    session.close()
    log_in(path, "psiholog", "Jana-Qupiya-Soz-7", now=moment + timedelta(days=1)).close()


def test_deleting_the_counters_file_does_not_clear_a_lock(made) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    moment = T0
    for _ in range(20):
        moment += timedelta(minutes=16)
        with pytest.raises((LoginFailed, AccountLocked)):
            log_in(path, "pedagog", "wrong-guess-123", now=moment)
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])  # mirrors the counters into the rows
    admin.close()
    logins_path(keys_path(path)).unlink()
    with pytest.raises(AccountLocked):
        log_in(path, "pedagog", ACCOUNTS["pedagog"][0], now=moment + timedelta(days=1))


def test_disabled_account_has_no_key_slot(made) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])
    admin.accounts.disable(admin.actor, "direktor")
    admin.close()
    with pytest.raises(LoginFailed):
        log_in(path, "direktor", ACCOUNTS["direktor"][0])
    assert "direktor" not in keys_path(path).read_text("utf-8")


def test_missing_or_damaged_key_file(made) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    before = path.read_bytes()
    keys = keys_path(path)
    saved = keys.read_bytes()
    keys.unlink()
    with pytest.raises(KeySlotsNotFound):
        log_in(path, "admin", ACCOUNTS["admin"][0])
    keys.write_bytes(saved[: len(saved) // 2])
    with pytest.raises(KeySlotsDamaged):
        log_in(path, "admin", ACCOUNTS["admin"][0])
    assert path.read_bytes() == before


def test_another_registers_file_is_refused(tmp_path: Path) -> None:
    first, _ = make_encrypted(tmp_path / "a", roles=False)
    second, _ = make_encrypted(tmp_path / "b", roles=False)
    first.close()
    second.close()
    foreign = tmp_path / "a" / "register.db"
    before = foreign.read_bytes()
    shutil.copy(tmp_path / "b" / "register.keys", tmp_path / "a" / "register.keys")
    with pytest.raises(WrongKey):
        log_in(foreign, "admin", ACCOUNTS["admin"][0])
    assert foreign.read_bytes() == before


def test_wrong_recovery_key(made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    wrong = "0" * 30 + "ZZZZZ"
    with pytest.raises((WrongRecoveryKey, RecoveryKeyMistyped)):
        recover(path, wrong, "admin", "Jana-Qupiya-Soz-7")
    log_in(path, "admin", ACCOUNTS["admin"][0]).close()  # the old password still works


def test_converting_the_frozen_v1_register_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    shutil.copy(FIXTURE_V1, path)
    assert needs_conversion(path)
    migrated = open_register(path)
    tables = [r[0] for r in migrated.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall()]
    before = {t: migrated.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
              for t in tables}
    migrated.close()
    session, recovery_key, copy = encrypt_existing(path, "admin", "Әкімшісі Тест",
                                                   "Terek-Alma-2026", kdf=CHEAP_KDF)
    after = {t: session.register.db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
             for t in tables}
    for table in tables:
        if table in ("user", "audit_event", "setting"):
            continue  # the administrator, the conversion's own audit events and the audit head
        assert after[table] == before[table], table
    assert session.actor.role == "admin"
    session.close()
    assert is_encrypted(path) and is_encrypted(copy) and not needs_conversion(path)
    # nothing of the fixture's people is left readable on disk
    assert not bytes_found(tmp_path, "Тестова", "870412400711", "130314500175", "Үлгіева")
    log_in(path, "admin", "Terek-Alma-2026").close()
    assert recover(path, recovery_key, "admin", "Jana-Qupiya-Soz-7").actor.role == "admin"


def test_conversion_refused_account_leaves_the_plain_register(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    shutil.copy(FIXTURE_V1, path)
    before = path.read_bytes()
    with pytest.raises(ValidationError):
        encrypt_existing(path, "admin", "Әкімшісі Тест", "12345", kdf=CHEAP_KDF)
    assert path.read_bytes() == before and not keys_path(path).exists()


def test_demo_register_is_encrypted_with_one_account_per_role(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "register.db"
    write_demo_register(path, students=20, encrypt=True, kdf=CHEAP_KDF)
    assert is_encrypted(path)
    shown = demo_accounts(path)
    assert sorted(a.role for a in shown) == ["admin", "director", "psychologist", "social_pedagogue"]
    for account in shown:
        session = log_in(path, account.username, account.password)
        assert session.actor.role == account.role
        session.close()
    real, _ = make_encrypted(tmp_path / "school", roles=False)
    real.close()
    assert demo_accounts(tmp_path / "school" / "register.db") == []


def test_restore_drill_on_the_encrypted_register(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, _key = made
    session = log_in(path, "admin", ACCOUNTS["admin"][0])
    db = session.register.db
    backups = BackupService(session.register, tmp_path / "backups")
    info = backups.backup_now(session.actor, "manual")
    assert is_encrypted(info.path)
    snapshot = db.execute_sql('SELECT * FROM school').fetchall()
    db.execute_sql("UPDATE school SET name_ru = 'Изменено после копии'")
    backups.restore(session.actor, info.path)
    assert db.execute_sql('SELECT * FROM school').fetchall() == snapshot
    session.close()
    log_in(path, "pedagog", ACCOUNTS["pedagog"][0]).close()


def test_key_file_error_is_a_register_error(made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    keys_path(path).unlink()
    with pytest.raises(KeySlotsNotFound) as caught:
        log_in(path, "admin", "whatever-password")
    assert caught.value.code and "register.keys" in str(caught.value)
    with pytest.raises(KeySlotsNotFound):
        recover(path, "0" * 35, "admin", "Jana-Qupiya-Soz-7")


def test_disabled_row_with_a_leftover_slot_is_refused(made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])
    admin.register.db.execute_sql('UPDATE "user" SET is_active = 0 WHERE username = ?', ("pedagog",))
    admin.close()
    with pytest.raises(AccountDisabled):
        log_in(path, "pedagog", ACCOUNTS["pedagog"][0])

