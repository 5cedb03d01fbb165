"""The audit log: an append-only table, a hash chain that shows an edited, removed, inserted or
reordered event, one chain even with two writers, read by the administrator only, and the
``audit verify`` command."""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import peewee
import pytest

from pedagogue_app import cli_audit, models
from pedagogue_app.db import Register, open_register
from pedagogue_app.services import AccessDenied, Actor, ValidationError, local_actor
from pedagogue_app.services import audit as audit_module
from pedagogue_app.services.audit import (
    ACTIONS,
    GENESIS,
    HEAD_KEY,
    REASONS,
    AuditRow,
    AuditService,
    ChainReport,
)
from pedagogue_app.services.iin import make_iin

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REFUSED = "audit events cannot be changed"
HASHED = ("at", "username", "action", "record_table", "record_uid", "detail", "prev_hash")


@pytest.fixture
def audit(register: Register) -> AuditService:
    return AuditService(register)


@pytest.fixture
def admin(register: Register) -> Actor:
    return Actor(username="admin", role="admin", device_id=register.device_id)


@pytest.fixture
def rebind(register: Register) -> Iterator[None]:
    """Other connections opened in a test rebind the models; give them back to ``register``."""
    yield
    models.db_proxy.initialize(register.db)


def record_five(audit: AuditService, actor: Actor) -> list[int]:
    return [
        audit.record(actor, "login"),
        audit.record(actor, "view_restricted", "incident", "6c1f0a52-3c1e-4a3e-9a53-0d2b5c0e0a11"),
        audit.record(actor, "print", "home_visit", "17", detail="visit act"),
        audit.record(actor, "export", detail="social-passport-2024.xlsx"),
        audit.record(actor, "logout"),
    ]


def stored(register: Register) -> list[dict[str, Any]]:
    cursor = register.db.execute_sql(
        "SELECT id, at, username, action, record_table, record_uid, detail, prev_hash, hash "
        "FROM audit_event ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def spec_hash(row: dict[str, Any]) -> str:
    """The documented hash, computed here independently of the service."""
    fields = ["audit-v1", *(row[name] for name in HASHED)]
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tamper(register: Register, *statements: str, params: tuple[Any, ...] = ()) -> None:
    """What someone with the file and sqlite3 does: drop the triggers, then change rows."""
    con = sqlite3.connect(register.path, isolation_level=None)
    try:
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for sql in statements:
            con.execute(sql, params if "?" in sql else ())
    finally:
        con.close()


def forge(register: Register, event_id: int, prev_hash: str, **fields: str) -> str:
    """Insert an event with a correct hash of its own, as someone who read this module would."""
    row = {"at": datetime.now(UTC).isoformat(timespec="microseconds"), "username": "intruder",
           "action": "login", "record_table": "", "record_uid": "", "detail": "",
           "prev_hash": prev_hash, **fields}
    digest = spec_hash(row)
    tamper(register,
           "INSERT INTO audit_event (id, uid, version, updated_at, updated_by, deleted, at, "
           "username, action, record_table, record_uid, detail, prev_hash, hash) "
           "VALUES (?, ?, 1, '2024-01-01', '', 0, ?, ?, ?, ?, ?, ?, ?, ?)",
           params=(event_id, models.new_uid(), *(row[n] for n in HASHED), digest))
    return digest


def head(register: Register) -> dict[str, Any]:
    value = register.db.execute_sql("SELECT value FROM setting WHERE key = ?",
                                    (HEAD_KEY,)).fetchone()[0]
    return dict(json.loads(value))


def broken(audit: AuditService, admin: Actor) -> tuple[int | None, str]:
    report = audit.verify(admin)
    assert not report.ok
    assert report.reason in REASONS
    return report.broken_at, report.reason


# --- recording and an intact chain --------------------------------------------------------------

def test_an_empty_log_is_intact(audit: AuditService, admin: Actor) -> None:
    assert audit.verify(admin) == ChainReport(ok=True, events=0)


def test_events_are_chained_and_anchored(register: Register, audit: AuditService, actor: Actor,
                                         admin: Actor) -> None:
    ids = record_five(audit, actor)
    rows = stored(register)
    assert [r["id"] for r in rows] == ids
    assert rows[0]["prev_hash"] == GENESIS
    for before, row in zip(rows, rows[1:], strict=False):
        assert row["prev_hash"] == before["hash"]
    for row in rows:
        assert row["hash"] == spec_hash(row)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", row["at"])
        assert row["username"] == "local"
    assert len({r["hash"] for r in rows}) == 5
    assert head(register) == {"id": ids[-1], "hash": rows[-1]["hash"], "count": 5}
    assert audit.verify(admin) == ChainReport(ok=True, events=5)


def test_every_action_has_a_label_and_can_be_recorded(audit: AuditService, actor: Actor,
                                                      admin: Actor) -> None:
    assert len(ACTIONS) == 18
    for action in ACTIONS:
        audit.record(actor, action)
    assert [r.action for r in audit.events(admin)] == list(reversed(ACTIONS))
    assert audit.verify(admin).ok


def test_identical_events_get_different_hashes(register: Register, audit: AuditService,
                                               actor: Actor, admin: Actor,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    moment = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(audit_module, "_now", lambda: moment)
    audit.record(actor, "login")
    audit.record(actor, "login")
    first, second = stored(register)
    assert first["at"] == second["at"] == "2025-03-01T09:00:00.000000+00:00"
    assert first["hash"] != second["hash"]  # the previous hash is part of each
    assert audit.verify(admin).ok


# --- the table refuses changes -------------------------------------------------------------------

@pytest.mark.parametrize("sql", [
    "UPDATE audit_event SET detail = 'changed' WHERE id = 2",
    "UPDATE audit_event SET deleted = 1",
    "DELETE FROM audit_event WHERE id = 5",
    "DELETE FROM audit_event",
])
def test_the_table_refuses_update_and_delete(register: Register, audit: AuditService,
                                             actor: Actor, sql: str) -> None:
    record_five(audit, actor)
    before = stored(register)
    with pytest.raises(peewee.IntegrityError, match=REFUSED):
        register.db.execute_sql(sql)
    con = sqlite3.connect(register.path, isolation_level=None)  # a plain sqlite3 connection too
    try:
        with pytest.raises(sqlite3.IntegrityError, match=REFUSED):
            con.execute(sql)
    finally:
        con.close()
    assert stored(register) == before


# --- what the chain shows -------------------------------------------------------------------------

@pytest.mark.parametrize("column", HASHED)
def test_an_edited_event_is_found(register: Register, audit: AuditService, actor: Actor,
                                  admin: Actor, column: str) -> None:
    record_five(audit, actor)
    sql = f"UPDATE audit_event SET {column} = {column} || '0' WHERE id = 3"
    with pytest.raises(peewee.IntegrityError, match=REFUSED):
        register.db.execute_sql(sql)
    tamper(register, sql)
    assert broken(audit, admin) == (3, "edited")


def test_an_edited_event_with_a_new_hash_breaks_the_link_to_the_next(
        register: Register, audit: AuditService, actor: Actor, admin: Actor) -> None:
    record_five(audit, actor)
    row = stored(register)[1]
    row["username"] = "someone_else"
    tamper(register, "UPDATE audit_event SET username = ?, hash = ? WHERE id = ?",
           params=(row["username"], spec_hash(row), row["id"]))
    assert broken(audit, admin) == (3, "removed")  # the event 3 follows is no longer there


@pytest.mark.parametrize(("removed", "found_at"), [(1, 2), (3, 4), ((2, 3), 4)],
                         ids=["first", "middle", "two_in_the_middle"])
def test_a_removed_event_is_found(register: Register, audit: AuditService, actor: Actor,
                                  admin: Actor, removed: int | tuple[int, int],
                                  found_at: int) -> None:
    record_five(audit, actor)
    ids = removed if isinstance(removed, tuple) else (removed,)
    tamper(register, *(f"DELETE FROM audit_event WHERE id = {i}" for i in ids))
    assert broken(audit, admin) == (found_at, "removed")


def test_a_removed_last_event_is_found_by_the_head(register: Register, audit: AuditService,
                                                  actor: Actor, admin: Actor) -> None:
    record_five(audit, actor)
    last_hash = stored(register)[-1]["hash"]
    tamper(register, "DELETE FROM audit_event WHERE id = 5")
    assert broken(audit, admin) == (5, "removed")
    # The next event chains to the head, not to the last row left: the gap stays visible.
    new_id = audit.record(actor, "login")
    assert new_id == 5  # SQLite gives the free id again
    assert stored(register)[-1]["prev_hash"] == last_hash
    assert broken(audit, admin) == (5, "removed")
    assert audit.verify(admin).events == 5


def test_removing_every_event_is_found(register: Register, audit: AuditService, actor: Actor,
                                       admin: Actor) -> None:
    record_five(audit, actor)
    tamper(register, "DELETE FROM audit_event")
    assert audit.verify(admin) == ChainReport(ok=False, events=0, broken_at=5, reason="removed")


def test_an_event_appended_outside_the_program_is_found(register: Register, audit: AuditService,
                                                        actor: Actor, admin: Actor) -> None:
    record_five(audit, actor)
    forge(register, 6, prev_hash=stored(register)[-1]["hash"], action="backup")
    assert broken(audit, admin) == (6, "inserted")


def test_an_event_inserted_in_the_middle_is_found(register: Register, audit: AuditService,
                                                  actor: Actor, admin: Actor) -> None:
    record_five(audit, actor)
    rows = stored(register)
    # Move events 3..5 up by one (highest first) and put a forged event 3 after event 2.
    tamper(register, *(f"UPDATE audit_event SET id = {i + 1} WHERE id = {i}" for i in (5, 4, 3)))
    forge(register, 3, prev_hash=rows[1]["hash"], action="restore")
    assert broken(audit, admin) == (3, "inserted")


def test_reordered_events_are_found(register: Register, audit: AuditService, actor: Actor,
                                    admin: Actor) -> None:
    record_five(audit, actor)
    tamper(register, "UPDATE audit_event SET id = -2 WHERE id = 2",
           "UPDATE audit_event SET id = 2 WHERE id = 3",
           "UPDATE audit_event SET id = 3 WHERE id = -2")
    assert broken(audit, admin) == (2, "reordered")


@pytest.mark.parametrize("damage", [
    f"DELETE FROM setting WHERE key = '{HEAD_KEY}'",
    f"UPDATE setting SET value = 'not json' WHERE key = '{HEAD_KEY}'",
], ids=["deleted", "garbled"])
def test_a_missing_head_is_found_and_stays_visible(register: Register, audit: AuditService,
                                                   actor: Actor, admin: Actor,
                                                   damage: str) -> None:
    record_five(audit, actor)
    tamper(register, damage)
    assert broken(audit, admin) == (5, "head_missing")
    # Writing on does not quietly heal it: the chain visibly starts again.
    assert audit.record(actor, "login") == 6
    assert stored(register)[-1]["prev_hash"] == GENESIS
    assert broken(audit, admin) == (6, "restarted")
    assert head(register)["count"] == 6


@pytest.mark.parametrize(("count", "reason"), [(6, "removed"), (4, "inserted")])
def test_a_head_counting_otherwise_is_found(register: Register, audit: AuditService,
                                            actor: Actor, admin: Actor, count: int,
                                            reason: str) -> None:
    record_five(audit, actor)
    value = json.dumps({**head(register), "count": count})
    tamper(register, "UPDATE setting SET value = ? WHERE key = ?", params=(value, HEAD_KEY))
    assert broken(audit, admin) == (5, reason)


# --- two writers ------------------------------------------------------------------------------------

def test_two_connections_recording_at_once_keep_one_chain(
        register: Register, admin: Actor, monkeypatch: pytest.MonkeyPatch,
        rebind: None) -> None:
    """Two windows (two connections to the same file, each in its own thread) record events at
    the same moments; hashing is slowed down so that each write overlaps the other's."""
    slow_hash = audit_module.event_hash

    def slowly(*fields: str) -> str:
        time.sleep(0.01)
        return slow_hash(*fields)

    monkeypatch.setattr(audit_module, "event_hash", slowly)
    per_window = 12
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def window(i: int) -> None:
        try:
            reg = open_register(register.path, verify=False)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            barrier.abort()
            return
        try:
            service = AuditService(reg)
            someone = Actor(username=f"window{i}", role="social_pedagogue")
            barrier.wait()
            for n in range(per_window):
                service.record(someone, "print", "student", str(n))
        except BaseException as exc:
            errors.append(exc)
        finally:
            reg.close()

    threads = [threading.Thread(target=window, args=(i,)) for i in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    rows = stored(register)
    assert len(rows) == 2 * per_window
    assert {r["username"] for r in rows} == {"window1", "window2"}
    prevs = [r["prev_hash"] for r in rows]
    assert len(set(prevs)) == len(prevs)  # no two events follow the same one: no fork
    assert AuditService(register).verify(admin) == ChainReport(ok=True, events=2 * per_window)
    assert head(register)["count"] == 2 * per_window


# --- who may do what ---------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["social_pedagogue", "psychologist", "director", ""])
def test_only_the_administrator_reads_the_log(audit: AuditService, register: Register,
                                              role: str) -> None:
    someone = Actor(username="someone", role=role, device_id=register.device_id)
    audit.record(someone, "login")
    with pytest.raises(AccessDenied) as err:
        audit.verify(someone)
    assert (err.value.action, err.value.record_type) == ("read", "audit")
    with pytest.raises(AccessDenied):
        audit.events(someone)


def test_the_read_only_director_and_a_failed_login_are_audited(
        audit: AuditService, register: Register, admin: Actor) -> None:
    director = Actor(username="director", role="director", device_id=register.device_id)
    audit.record(director, "print", "student", "3", detail="student card")
    audit.record(Actor(username="who typed this", role=""), "login_failed")
    assert [(r.username, r.action) for r in audit.events(admin)] == [
        ("who typed this", "login_failed"), ("director", "print")]
    assert audit.verify(admin).ok


# --- bad input stores nothing ---------------------------------------------------------------------

IIN = make_iin(date(2012, 4, 5), "F", serial=17)


@pytest.mark.parametrize(("kwargs", "field", "code"), [
    ({"action": "delete_everything"}, "action", "bad_choice"),
    ({"action": ""}, "action", "bad_choice"),
    ({"action": "LOGIN"}, "action", "bad_choice"),
    ({"record_table": "student; DROP TABLE audit_event"}, "record_table", "bad_choice"),
    ({"record_table": "s" * 41}, "record_table", "too_long"),
    ({"record_uid": "x" * 37}, "record_uid", "too_long"),
    ({"record_uid": "Оспанова"}, "record_uid", "bad_choice"),
    ({"detail": "d" * 201}, "detail", "too_long"),
    ({"detail": "card\x00of"}, "detail", "audit_plain_text"),
    ({"detail": f"certificate-{IIN}.pdf"}, "detail", "audit_plain_text"),
    ({"username": "a" * 151}, "username", "too_long"),
    ({"username": IIN}, "username", "audit_plain_text"),
])
def test_bad_events_are_refused_and_nothing_is_stored(
        audit: AuditService, register: Register, register_snapshot: Snapshot,
        kwargs: dict[str, str], field: str, code: str) -> None:
    audit.record(local_actor(register.device_id), "login")
    before = register_snapshot()
    actor = Actor(username=kwargs.pop("username", "local"), role="social_pedagogue")
    values = {"action": "print", **kwargs}
    with pytest.raises(ValidationError) as err:
        audit.record(actor, **values)
    error = err.value.for_field(field)
    assert error is not None and error.code == code
    assert register_snapshot() == before


def test_plain_details_and_numbers_that_are_no_iin_are_kept(audit: AuditService, admin: Actor,
                                                            actor: Actor) -> None:
    audit.record(actor, "save_pdf", "referral", "0f8fad5b-d9cb-469f-a165-70867728950e",
                 detail="  referral   letter 202411051234.pdf ")
    row = audit.events(admin)[0]
    assert row.detail == "referral letter 202411051234.pdf"
    assert row.record_uid == "0f8fad5b-d9cb-469f-a165-70867728950e"


# --- the administrator's list ----------------------------------------------------------------------

def test_events_filter_and_come_newest_first(audit: AuditService, admin: Actor, actor: Actor,
                                             register: Register,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2025, 2, 3, 8, 0, tzinfo=UTC)
    moments = iter(start + timedelta(hours=h) for h in range(10))
    monkeypatch.setattr(audit_module, "_now", lambda: next(moments))
    director = Actor(username="director", role="director")
    audit.record(actor, "login")                                   # 08:00
    audit.record(actor, "print", "home_visit", "4", "visit act")   # 09:00
    audit.record(director, "login")                                # 10:00
    audit.record(actor, "export", detail="meals.xlsx")             # 11:00
    audit.record(director, "logout")                               # 12:00

    everything = audit.events(admin)
    assert [r.id for r in everything] == [5, 4, 3, 2, 1]
    assert everything[3] == AuditRow(2, start + timedelta(hours=1), "local", "print",
                                     "home_visit", "4", "visit act")
    assert everything[0].at.tzinfo is not None
    assert set(AuditRow._fields) == {"id", "at", "username", "action", "record_table",
                                     "record_uid", "detail"}

    def ids(**filters: Any) -> list[int]:
        return [r.id for r in audit.events(admin, **filters)]

    assert ids(username="director") == [5, 3]
    assert ids(action="login") == [3, 1]
    assert ids(username="director", action="login") == [3]
    assert ids(since=start + timedelta(hours=1), until=start + timedelta(hours=3)) == [3, 2]
    naive = (start + timedelta(hours=3)).replace(tzinfo=None)  # naive times are UTC
    assert ids(since=naive) == [5, 4]
    almaty = start.astimezone(timezone(timedelta(hours=5))) + timedelta(hours=4)  # 17:00 = 12:00Z
    assert ids(until=almaty) == [4, 3, 2, 1]
    assert ids(limit=2) == [5, 4]
    with pytest.raises(ValueError):
        audit.events(admin, limit=0)



# --- the register of schema 1 gets the triggers --------------------------------------------------

def test_the_frozen_v1_register_gets_an_append_only_log(tmp_path: Path, rebind: None) -> None:
    path = tmp_path / "register.db"
    shutil.copy(FIXTURES / "register_v1.db", path)
    reg = open_register(path)
    try:
        service = AuditService(reg)
        admin = Actor(username="admin", role="admin", device_id=reg.device_id)
        assert service.verify(admin) == ChainReport(ok=True, events=0)
        service.record(local_actor(reg.device_id), "login")
        assert service.verify(admin) == ChainReport(ok=True, events=1)
        with pytest.raises(peewee.IntegrityError, match=REFUSED):
            reg.db.execute_sql("DELETE FROM audit_event")
    finally:
        reg.close()


# --- pedagogue-app audit verify --------------------------------------------------------------------

def parse(*argv: str) -> argparse.Namespace:
    """The program's parser as cli.py builds it, with the audit commands added."""
    p = argparse.ArgumentParser(prog="pedagogue-app")
    p.add_argument("--data-dir")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("demo")
    cli_audit.add_commands(sub)
    return p.parse_args(list(argv))


def run(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int | None, str, str]:
    args = parse("audit", "verify", "--data-dir", str(folder))
    assert args.data_dir == str(folder)
    code = cli_audit.run_command(args, Path(args.data_dir))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_intact_chain(register: Register, audit: AuditService, actor: Actor,
                          capsys: pytest.CaptureFixture[str], rebind: None) -> None:
    record_five(audit, actor)
    code, out, err = run(register.path.parent, capsys)
    assert (code, out, err) == (0, "audit chain intact: 5 events\n", "")


def test_cli_broken_chain(register: Register, audit: AuditService, actor: Actor,
                          capsys: pytest.CaptureFixture[str], rebind: None) -> None:
    record_five(audit, actor)
    tamper(register, "DELETE FROM audit_event WHERE id = 2")
    code, out, _ = run(register.path.parent, capsys)
    assert code == 2
    assert out.splitlines()[0] == "audit chain broken at event 3: removed"


def test_cli_without_a_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(tmp_path / "nowhere", capsys)
    assert (code, out) == (1, "")
    assert "no register at" in err and "nowhere" in err
    assert not (tmp_path / "nowhere").exists()


def test_cli_with_a_file_that_is_not_a_register(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "register.db").write_bytes(b"SQLite format 3\x00" + bytes(200))
    code, out, err = run(tmp_path, capsys)
    assert (code, out) == (1, "")
    assert "is not a register of this program" in err


def test_cli_with_a_damaged_register(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     rebind: None) -> None:
    reg = open_register(tmp_path / "register.db", create=True)
    AuditService(reg).record(local_actor(reg.device_id), "login")
    reg.close()
    data = bytearray((tmp_path / "register.db").read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[page:] = bytes([0xA5]) * (len(data) - page)  # every page after the first overwritten
    (tmp_path / "register.db").write_bytes(bytes(data))
    code, out, err = run(tmp_path, capsys)
    assert (code, out) == (1, "")
    assert "is damaged" in err


def test_cli_leaves_other_commands_alone(tmp_path: Path) -> None:
    assert cli_audit.run_command(parse("demo"), tmp_path) is None
    assert cli_audit.run_command(parse(), tmp_path) is None
    with pytest.raises(SystemExit):
        parse("audit")  # the subcommand is required
