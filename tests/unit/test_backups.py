"""Backups and restore: consistent copies, rotation, checks before replacing, the command line."""

from __future__ import annotations

import argparse
import contextlib
import errno
import hashlib
import json
import os
import random
import shutil
import sqlite3
import struct
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pedagogue_app import cli_backup, models
from pedagogue_app.db import Register, migrations, open_register
from pedagogue_app.services import AccessDenied, Actor, NotFound, local_actor
from pedagogue_app.services.backups import (
    BackupError,
    BackupInfo,
    BackupService,
    Identity,
    check_file,
    kept_by_rotation,
    plain_connect,
    restore_file,
    same_register,
    sidecar_path,
)
from pedagogue_app.services.school import SchoolData, SchoolService
from pedagogue_app.services.students import StudentData, StudentService

Tables = dict[str, list[tuple[Any, ...]]]
PAGE = 4096
NOW = datetime(2025, 3, 14, 10, 30, 15)
ADMIN = Actor("admin", "admin")
SCHOOL = SchoolData(name_kk="№ 0 тәжірибелік мектеп", name_ru="Учебная школа № 0",
                    bin="990140000000", address="Ойдан шығарылған қ., Мектеп к-сі, 1",
                    phone="+7 700 000 00 00", director_name="Директорова Айгүл")
FIXTURE_V1 = Path(__file__).resolve().parent.parent / "fixtures" / "register_v1.db"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> Tables:
    """Every row of every table of a closed SQLite file (read-only, nothing written beside it)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        con.close()


def integrity(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def damage(path: Path, offset: int, length: int, seed: int = 1) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + length] = random.Random(seed).randbytes(length)
    path.write_bytes(bytes(data))


@pytest.fixture
def service(register: Register, tmp_path: Path) -> BackupService:
    return BackupService(register, tmp_path / "backups")


@pytest.fixture
def filled(register: Register, make_student: Callable[..., int],
           make_family: Callable[..., int]) -> Register:
    """The register with a school profile, a few students and a family."""
    SchoolService(register).save(ADMIN, replace(SCHOOL))
    for _ in range(5):
        make_student()
    make_family()
    return register


# --- making a backup ---------------------------------------------------------------------------

def test_backup_is_a_checked_copy_with_its_sidecar(filled: Register, service: BackupService,
                                                   actor: Actor,
                                                   register_snapshot: Callable[[], Tables]
                                                   ) -> None:
    info = service.backup_now(actor, "daily", now=NOW)
    assert info.path == service.backup_dir / "register-20250314-103015-daily.db"
    assert files(service.backup_dir) == ["register-20250314-103015-daily.db",
                                         "register-20250314-103015-daily.json"]
    assert dump(info.path) == register_snapshot()  # every row of every table
    assert integrity(info.path) == ["ok"]
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # self-contained: no -wal needed
    assert (info.size, info.sha256) == (info.path.stat().st_size, sha256(info.path))
    assert (info.created_at, info.kind, info.schema_version) == (NOW, "daily", migrations.LATEST)
    school_uid = models.School.get().uid
    assert info.identity == Identity(filled.device_id, school_uid)
    side = json.loads(sidecar_path(info.path).read_text("utf-8"))
    assert {k: side[k] for k in ("file", "kind", "created_at", "size", "sha256",
                                 "schema_version", "register_id", "school_uid")} == {
        "file": info.path.name, "kind": "daily", "created_at": "2025-03-14T10:30:15",
        "size": info.size, "sha256": info.sha256, "schema_version": migrations.LATEST,
        "register_id": filled.device_id, "school_uid": school_uid}
    assert check_file(info.path) == info


def test_backup_while_another_connection_writes(filled: Register, service: BackupService,
                                                actor: Actor,
                                                register_snapshot: Callable[[], Tables]) -> None:
    before = register_snapshot()
    writer = sqlite3.connect(filled.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO setting (key, value) VALUES ('half_done', 'x')")
        writer.execute("UPDATE student SET grade = 11")
        first = service.backup_now(actor, "daily", now=NOW)
        writer.execute("COMMIT")  # the writer was not blocked by the backup
    finally:
        writer.close()
    assert integrity(first.path) == ["ok"]
    assert dump(first.path) == before  # the committed state, nothing of the open transaction

    after = register_snapshot()
    assert after != before
    second = service.backup_now(actor, "daily", now=NOW)
    assert second.path.name == "register-20250314-103015-daily-2.db"  # same second: no clash
    assert dump(second.path) == after


def test_backup_refused_while_the_register_connection_is_mid_save(
        filled: Register, service: BackupService, actor: Actor) -> None:
    with filled.db.atomic():
        filled.db.execute_sql("UPDATE student SET grade = 10")
        with pytest.raises(BackupError) as err:
            service.backup_now(actor, "exit", now=NOW)
    assert err.value.code == "busy"
    assert files(service.backup_dir) == []


def test_manual_backup_to_another_folder(filled: Register, service: BackupService,
                                         actor: Actor, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    info = service.backup_now(actor, "manual", target_dir=usb, now=NOW)
    assert files(usb) == ["register-20250314-103015-manual.db",
                          "register-20250314-103015-manual.json"]
    assert not service.backup_dir.exists()
    assert service.check(info.path).sha256 == info.sha256
    with pytest.raises(BackupError) as err:
        service.backup_now(actor, "manual", target_dir=tmp_path / "unplugged", now=NOW)
    assert err.value.code == "not_found"
    assert not (tmp_path / "unplugged").exists()


@pytest.mark.parametrize(("role", "kind", "allowed"), [
    ("admin", "manual", True), ("social_pedagogue", "manual", True),
    ("psychologist", "manual", True), ("director", "manual", False),
    ("director", "daily", True), ("director", "exit", True), ("psychologist", "exit", True),
])
def test_who_may_make_a_backup(register: Register, service: BackupService, role: str, kind: str,
                               allowed: bool) -> None:
    who = Actor("someone", role, register.device_id)
    if allowed:
        assert service.backup_now(who, kind, now=NOW).kind == kind
    else:
        with pytest.raises(AccessDenied) as err:
            service.backup_now(who, kind, now=NOW)
        assert (err.value.action, err.value.record_type) == ("make", "backup")
        assert files(service.backup_dir) == []


def test_unknown_kind(register: Register, service: BackupService, actor: Actor) -> None:
    with pytest.raises(ValueError):
        service.backup_now(actor, "hourly", now=NOW)


# --- a full disk, a read-only folder ----------------------------------------------------------

def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to (permissions, and the immutable flag when run as root)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if _can_write(folder) and shutil.which("chattr"):  # root ignores permissions
        immutable = subprocess.run(["chattr", "+i", str(folder)],
                                   capture_output=True).returncode == 0
    try:
        if _can_write(folder):
            pytest.skip("cannot make a read-only folder on this machine")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_read_only_folder(register: Register, actor: Actor, read_only_dir: Path) -> None:
    service = BackupService(register, read_only_dir)
    for kind, target in (("daily", None), ("manual", read_only_dir)):
        with pytest.raises(BackupError) as err:
            service.backup_now(actor, kind, target_dir=target, now=NOW)
        assert err.value.code == "not_writable"
        assert "read-only" in str(err.value) and str(read_only_dir) in str(err.value)
    assert files(read_only_dir) == []


def test_disk_full_inside_sqlite(register: Register, actor: Actor, tmp_path: Path,
                                 make_student: Callable[..., int]) -> None:
    """SQLite reports a full disk as SQLITE_FULL, which a page limit on the copy produces too."""
    for _ in range(3):
        make_student()

    def small_disk(path: Path, read_only: bool) -> sqlite3.Connection:
        con = plain_connect(path, read_only)
        if not read_only:
            con.execute("PRAGMA max_page_count = 8")
        return con

    service = BackupService(register, tmp_path / "backups", connect=small_disk)
    with pytest.raises(BackupError) as err:
        service.backup_now(actor, "daily", now=NOW)
    assert err.value.code == "no_space"
    assert "Not enough free space" in str(err.value)
    assert files(tmp_path / "backups") == []


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make ``os.write`` behave like a disk that fills up after ``writes`` calls: one short
    write, then ENOSPC (SQLite's own writes do not go through ``os.write``)."""

    def install(writes: int = 0) -> None:
        real_write = os.write
        calls = 0

        def write(fd: int, data: Any) -> int:
            nonlocal calls
            calls += 1
            if calls <= writes:
                return real_write(fd, data)
            if calls == writes + 1:
                return real_write(fd, bytes(data)[:max(1, len(data) // 2)])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "write", write)

    return install


def test_disk_full_while_writing_the_sidecar(register: Register, service: BackupService,
                                             actor: Actor, full_disk: Callable[[int], None]
                                             ) -> None:
    full_disk(0)
    with pytest.raises(BackupError) as err:
        service.backup_now(actor, "daily", now=NOW)
    assert err.value.code == "no_space"
    assert files(service.backup_dir) == []


@pytest.mark.parametrize("writes", [0, 1], ids=["copying_the_backup", "keeping_the_register"])
def test_disk_full_while_restoring(filled: Register, service: BackupService, actor: Actor,
                                   tmp_path: Path, full_disk: Callable[[int], None],
                                   writes: int) -> None:
    info = service.backup_now(actor, "daily", now=NOW)
    assert info.size < 1 << 20  # copied in one write: the second write is the kept copy's
    filled.close()
    digest = sha256(filled.path)
    full_disk(writes)
    with pytest.raises(BackupError) as err:
        restore_file(filled.path, info.path, service.backup_dir, now=NOW)
    assert err.value.code == "no_space"
    assert sha256(filled.path) == digest
    assert files(tmp_path) == ["backups", "register.db"]
    assert files(service.backup_dir) == [info.path.name, info.sidecar.name]


def test_restore_needs_a_writable_backups_folder(filled: Register, service: BackupService,
                                                 actor: Actor, tmp_path: Path,
                                                 read_only_dir: Path) -> None:
    info = service.backup_now(actor, "manual", target_dir=tmp_path, now=NOW)
    filled.close()
    digest = sha256(filled.path)
    with pytest.raises(BackupError) as err:  # the replaced register could not be kept
        restore_file(filled.path, info.path, read_only_dir, now=NOW)
    assert err.value.code == "not_writable"
    assert sha256(filled.path) == digest
    assert files(read_only_dir) == []
    assert not [n for n in files(tmp_path) if n.startswith(".register")]


# --- the backups folder: listing, due, rotation -------------------------------------------------

def _fake(folder: Path, when: datetime, kind: str, sidecar: bool = True) -> Path:
    path = folder / f"register-{when:%Y%m%d-%H%M%S}-{kind}.db"
    path.write_bytes(b"x")
    if sidecar:
        sidecar_path(path).write_text(json.dumps({"sha256": "ab", "schema_version": 1}))
    return path


def test_list_backups_newest_first(register: Register, service: BackupService) -> None:
    folder = service.backup_dir
    folder.mkdir()
    a = _fake(folder, datetime(2025, 1, 2, 9), "daily")
    b = _fake(folder, datetime(2025, 1, 3, 9), "manual", sidecar=False)
    c = _fake(folder, datetime(2025, 1, 2, 17), "exit")
    for other in ("register-schema1-20250101-090000.db", "register-replaced-20250101-090000.db",
                  "notes.txt", "register-2025-weekly.db"):
        (folder / other).write_bytes(b"x")
    listed = service.list_backups()
    assert [(x.path, x.kind, x.created_at) for x in listed] == [
        (b, "manual", datetime(2025, 1, 3, 9)), (c, "exit", datetime(2025, 1, 2, 17)),
        (a, "daily", datetime(2025, 1, 2, 9))]
    assert [(x.sha256, x.schema_version) for x in listed] == [("", 0), ("ab", 1), ("ab", 1)]


def test_due_daily(register: Register, service: BackupService) -> None:
    folder = service.backup_dir
    assert service.due_daily(NOW)  # no folder yet
    folder.mkdir()
    _fake(folder, NOW - timedelta(days=1), "daily")
    _fake(folder, NOW.replace(hour=8), "manual")  # a manual backup does not count
    assert service.due_daily(NOW)
    _fake(folder, NOW.replace(hour=0, minute=5), "exit")  # an exit backup counts as daily
    assert not service.due_daily(NOW)
    assert service.due_daily(NOW + timedelta(days=1))


def _days(first: date, last: date, hour: int = 9) -> list[datetime]:
    return [datetime(d.year, d.month, d.day, hour)
            for d in (first + timedelta(days=i) for i in range((last - first).days + 1))]


def _d(text: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(text).replace(hour=hour)


# (name, backups as (time, kind), now, the times of the backups kept)
ROTATION = [
    ("18 months of daily backups",
     [(t, "daily") for t in _days(date(2024, 1, 1), date(2025, 6, 30))],
     datetime(2025, 6, 30, 18),
     [_d(f"2025-06-{d}") for d in range(24, 31)]  # the last 7 days
     + [_d("2025-06-22"), _d("2025-06-15")]  # weeks 25 and 24 (26 and 27 are daily ones)
     + [_d(x) for x in ("2025-05-31", "2025-04-30", "2025-03-31", "2025-02-28", "2025-01-31",
                        "2024-12-31", "2024-11-30", "2024-10-31", "2024-09-30", "2024-08-31",
                        "2024-07-31")]),  # months; June 2025 is 06-30
    ("daily and exit: only the newest of each day",
     [(t, "daily") for t in _days(date(2025, 3, 1), date(2025, 3, 10))]
     + [(t, "exit") for t in _days(date(2025, 3, 1), date(2025, 3, 10), hour=17)],
     datetime(2025, 3, 10, 20),
     [_d(f"2025-03-{d:02d}", 17) for d in (2, 4, 5, 6, 7, 8, 9, 10)]),  # 03-02: newest of week 9
    ("the summer holidays in between",
     [(t, "daily") for t in _days(date(2025, 5, 20), date(2025, 5, 31))
      + _days(date(2025, 9, 1), date(2025, 9, 3))],
     datetime(2025, 9, 3, 12),
     [_d(x) for x in ("2025-09-01", "2025-09-02", "2025-09-03", "2025-05-28", "2025-05-29",
                      "2025-05-30", "2025-05-31", "2025-05-25")]),
    ("a backup from a clock set in the future is kept and not counted",
     [(t, "daily") for t in _days(date(2025, 1, 1), date(2025, 1, 10))]
     + [(_d("2026-01-01"), "daily")],
     datetime(2025, 1, 10, 12),
     [_d("2026-01-01")] + _days(date(2025, 1, 4), date(2025, 1, 10))),
    ("manual backups neither count nor are returned",
     [(t, "daily") for t in _days(date(2025, 1, 1), date(2025, 1, 8))]
     + [(t, "manual") for t in _days(date(2025, 1, 1), date(2025, 1, 8), hour=12)],
     datetime(2025, 1, 8, 20),
     _days(date(2025, 1, 2), date(2025, 1, 8))),
    ("fewer backups than places: all kept",
     [(_d("2025-01-01"), "daily"), (_d("2025-01-01", 17), "exit"), (_d("2025-02-01"), "daily")],
     datetime(2025, 2, 1, 12),
     [_d("2025-01-01", 17), _d("2025-02-01")]),
]


def _info(when: datetime, kind: str) -> BackupInfo:
    return BackupInfo(Path(f"register-{when:%Y%m%d-%H%M%S}-{kind}.db"), 1, "", when, kind)


@pytest.mark.parametrize(("backups", "now", "kept"), [r[1:] for r in ROTATION],
                         ids=[r[0] for r in ROTATION])
def test_rotation(backups: list[tuple[datetime, str]], now: datetime,
                  kept: list[datetime]) -> None:
    infos = [_info(t, k) for t, k in backups]
    by_path = {i.path: i for i in infos}
    result = kept_by_rotation(infos, now)
    assert sorted(by_path[p].created_at for p in result) == sorted(kept)
    assert all(by_path[p].kind != "manual" for p in result)


def test_prune_removes_only_rotated_automatic_backups(register: Register, service: BackupService,
                                                      actor: Actor, tmp_path: Path) -> None:
    folder = service.backup_dir
    folder.mkdir()
    name, backups, now, kept = ROTATION[0]
    for when, kind in backups:
        _fake(folder, when, kind)
    _fake(folder, datetime(2024, 2, 1, 12), "exit", sidecar=False)  # no sidecar: removed too
    manual = _fake(folder, datetime(2024, 1, 5, 12), "manual")
    others = ["register-schema1-20240101-090000.db", "register-replaced-20240301-090000.db",
              "notes.txt"]
    for other in others:
        (folder / other).write_bytes(b"x")
    usb = tmp_path / "usb"
    usb.mkdir()
    far = _fake(usb, datetime(2024, 1, 1, 12), "daily")  # a backup elsewhere is never touched

    removed = service.prune(now)
    assert len(removed) == len(backups) + 1 - len(kept)
    expected = sorted([f"register-{t:%Y%m%d-%H%M%S}-daily{ext}" for t in kept
                       for ext in (".db", ".json")]
                      + [manual.name, sidecar_path(manual).name, *others])
    assert files(folder) == expected
    assert far.exists() and sidecar_path(far).exists()
    assert service.prune(now) == []  # rotation is stable


# --- checking a backup -------------------------------------------------------------------------

@pytest.fixture
def backup(filled: Register, service: BackupService, actor: Actor) -> BackupInfo:
    return service.backup_now(actor, "daily", now=NOW)


def _flip_one_byte(info: BackupInfo) -> None:
    """Change one letter of the school's name: the pages stay valid, only the checksum sees it."""
    data = bytearray(info.path.read_bytes())
    at = data.index("Учебная школа".encode())
    data[at + 1] ^= 0x01
    info.path.write_bytes(bytes(data))
    assert integrity(info.path) == ["ok"]


def _damage_pages_without_sidecar(info: BackupInfo) -> None:
    info.sidecar.unlink()
    pages = info.path.stat().st_size // PAGE
    damage(info.path, (pages // 2 - 1) * PAGE, 3 * PAGE)


def _truncate(info: BackupInfo) -> None:
    info.sidecar.unlink()
    info.path.write_bytes(info.path.read_bytes()[:5 * PAGE])


def _text_file(info: BackupInfo) -> None:
    info.sidecar.unlink()
    info.path.write_text("Фамилия;Имя\nТестов;Нұрлан\n" * 200, encoding="utf-8")


def _foreign_sqlite(info: BackupInfo) -> None:
    info.sidecar.unlink()
    info.path.unlink()
    con = sqlite3.connect(info.path)
    con.execute("CREATE TABLE setting (key TEXT, value TEXT)")
    con.commit()
    con.close()


def _newer_schema(info: BackupInfo) -> None:
    data = bytearray(info.path.read_bytes())
    data[60:64] = struct.pack(">I", migrations.LATEST + 1)
    info.path.write_bytes(bytes(data))
    side = json.loads(info.sidecar.read_text("utf-8"))
    side["sha256"] = sha256(info.path)  # made so by a newer program, not tampered with
    info.sidecar.write_text(json.dumps(side), "utf-8")


def _broken_sidecar(info: BackupInfo) -> None:
    info.sidecar.write_text("{not json", "utf-8")


def _missing(info: BackupInfo) -> None:
    info.path.unlink()


BAD_BACKUPS = [
    (_flip_one_byte, "damaged"),
    (_damage_pages_without_sidecar, "damaged"),
    (_truncate, "damaged"),
    (_broken_sidecar, "damaged"),
    (_text_file, "not_a_register"),
    (_foreign_sqlite, "not_a_register"),
    (_newer_schema, "too_new"),
    (_missing, "not_found"),
]


@pytest.mark.parametrize(("spoil", "code"), BAD_BACKUPS, ids=lambda x: getattr(x, "__name__", x))
def test_bad_backup_is_refused_and_nothing_replaced(
        filled: Register, service: BackupService, backup: BackupInfo, tmp_path: Path,
        spoil: Callable[[BackupInfo], None], code: str,
        register_snapshot: Callable[[], Tables]) -> None:
    spoil(backup)
    with pytest.raises(BackupError) as err:
        service.check(backup.path)
    assert err.value.code == code

    before, digest = register_snapshot(), sha256(filled.path)
    backups_before = files(service.backup_dir)
    with pytest.raises(BackupError) as err:
        service.restore(ADMIN, backup.path, now=NOW)
    assert err.value.code == code
    assert sha256(filled.path) == digest
    assert register_snapshot() == before  # the register is open and works
    assert files(service.backup_dir) == backups_before  # nothing kept, nothing left

    filled.close()  # the same on closed files (the command line)
    digest = sha256(filled.path)
    with pytest.raises(BackupError) as err:
        restore_file(filled.path, backup.path, service.backup_dir, now=NOW)
    assert err.value.code == code
    assert sha256(filled.path) == digest
    assert files(tmp_path) == ["backups", "register.db"]
    assert files(service.backup_dir) == backups_before


def _other_register(folder: Path, with_school: bool) -> tuple[Path, Identity]:
    """Another school's register and a backup of it (the current register is re-bound after)."""
    bound = models.db_proxy.obj
    other = open_register(folder / "register.db", create=True)
    try:
        if with_school:
            SchoolService(other).save(ADMIN, replace(SCHOOL, name_ru="Другая школа"))
        info = BackupService(other, folder / "backups").backup_now(
            local_actor(other.device_id), "manual", now=NOW)
    finally:
        other.close()
        models.db_proxy.initialize(bound)
    assert info.identity is not None
    return info.path, info.identity


@pytest.mark.parametrize("with_school", [False, True], ids=["no_school", "with_school"])
def test_backup_of_another_school_is_refused(register: Register, service: BackupService,
                                             tmp_path: Path, with_school: bool,
                                             register_snapshot: Callable[[], Tables]) -> None:
    if with_school:
        SchoolService(register).save(ADMIN, replace(SCHOOL))
    path, identity = _other_register(tmp_path / "other", with_school)
    assert identity.register_id != register.device_id
    assert bool(identity.school_uid) == with_school
    assert check_file(path).identity == identity  # a good backup by itself
    before, digest = register_snapshot(), sha256(register.path)
    for attempt in (lambda: service.check(path), lambda: service.restore(ADMIN, path, now=NOW)):
        with pytest.raises(BackupError) as err:
            attempt()
        assert err.value.code == "another_school"
        assert "another school" in str(err.value)
    assert (register_snapshot(), sha256(register.path)) == (before, digest)
    register.close()
    digest = sha256(register.path)  # closing folded the WAL into the file
    with pytest.raises(BackupError) as err:
        restore_file(register.path, path, service.backup_dir, now=NOW)
    assert err.value.code == "another_school"
    assert sha256(register.path) == digest
    assert files(service.backup_dir) == []


@pytest.mark.parametrize(("a", "b", "same"), [
    (Identity("r1", "s1"), Identity("r1", "s1"), True),
    (Identity("r1", "s1"), Identity("r2", "s1"), True),  # the school decides when both have one
    (Identity("r1", "s1"), Identity("r1", "s2"), False),
    (Identity("r1", ""), Identity("r1", "s1"), True),  # backed up before the school was entered
    (Identity("r1", ""), Identity("r2", "s1"), False),
    (Identity("r1", ""), Identity("r2", ""), False),
    (Identity("", ""), Identity("", ""), False),  # unknown is never "the same"
])
def test_same_register(a: Identity, b: Identity, same: bool) -> None:
    assert same_register(a, b) is same
    assert same_register(b, a) is same


# --- restoring ---------------------------------------------------------------------------------

def test_restore_drill(filled: Register, service: BackupService, actor: Actor,
                       backup: BackupInfo, make_student: Callable[..., int],
                       register_snapshot: Callable[[], Tables]) -> None:
    at_backup = register_snapshot()
    assert dump(backup.path) == at_backup
    students = StudentService(filled)
    sid = make_student(last_name="Кейінгі")
    first = next(r.id for r in students.search(actor) if r.id != sid)
    data = students.get(actor, first).data
    data.grade = 11
    students.save(actor, data, first)
    students.set_archived(actor, first, True)
    changed = register_snapshot()
    assert changed != at_backup

    kept = service.restore(ADMIN, backup.path, now=NOW + timedelta(days=1))

    assert kept == service.backup_dir / "register-replaced-20250315-103015.db"
    assert register_snapshot() == at_backup  # the same Register object, reconnected
    assert students.count(actor) == 5  # services built before the restore keep working
    assert students.get(actor, first).data.grade != 11
    with pytest.raises(NotFound):  # the student added after the backup is gone
        students.get(actor, sid)
    assert dump(kept) == changed  # the replaced register, as it was
    assert integrity(kept) == ["ok"]
    filled.close()
    again = open_register(kept)  # and it opens as a register
    try:
        assert StudentService(again).get(local_actor(again.device_id), sid).data.last_name == (
            "Кейінгі")
    finally:
        again.close()


@pytest.mark.parametrize("role", ["social_pedagogue", "psychologist", "director"])
def test_only_the_administrator_restores(filled: Register, service: BackupService,
                                         backup: BackupInfo, role: str) -> None:
    digest = sha256(filled.path)
    with pytest.raises(AccessDenied) as err:
        service.restore(Actor("someone", role, filled.device_id), backup.path)
    assert (err.value.action, err.value.record_type) == ("restore", "backup")
    assert sha256(filled.path) == digest
    assert not any(n.startswith("register-replaced") for n in files(service.backup_dir))


def test_restore_refused_while_the_register_is_open_elsewhere(
        filled: Register, service: BackupService, backup: BackupInfo, tmp_path: Path,
        register_snapshot: Callable[[], Tables]) -> None:
    before = register_snapshot()
    with pytest.raises(BackupError) as err:  # the register is open (as by the window)
        restore_file(filled.path, backup.path, service.backup_dir, now=NOW)
    assert err.value.code == "in_use"
    assert register_snapshot() == before
    assert not any(n.startswith("register-replaced") for n in files(service.backup_dir))
    assert not [n for n in files(tmp_path) if n.startswith(".register")]


def _sqlite_opens_and_closes(path: Path) -> None:
    con = sqlite3.connect(path)
    with contextlib.suppress(sqlite3.DatabaseError):
        con.execute("SELECT value FROM setting").fetchall()
    con.close()


@pytest.mark.parametrize("case", ["damaged_pages", "unreadable"])
def test_restore_over_a_damaged_register_with_a_leftover_wal(
        filled: Register, service: BackupService, backup: BackupInfo, tmp_path: Path,
        case: str) -> None:
    """A crash image: the register with its -wal (never checkpointed), then damaged.

    A -wal left beside the restored file would be replayed into it, so it must not stay there.
    With damaged pages SQLite still folds the WAL into the file when it opens it: the kept copy
    is what SQLite itself makes of the crash image. A register SQLite cannot open at all (here
    through the connect hook, as an encrypted one with an unusable key) is kept byte for byte,
    with its -wal beside the copy.
    """
    filled.db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    filled.db.execute_sql("UPDATE student SET notes = 'кейін'")
    crash = tmp_path / "crash"
    crash.mkdir()
    register = crash / "register.db"
    shutil.copy(filled.path, register)
    shutil.copy(f"{filled.path}-wal", f"{register}-wal")
    filled.close()
    pages = register.stat().st_size // PAGE
    damage(register, PAGE, (pages - 1) * PAGE)  # all but the first page
    assert Path(f"{register}-wal").stat().st_size > 0
    reference = tmp_path / "reference"
    reference.mkdir()
    shutil.copy(register, reference / "register.db")
    shutil.copy(f"{register}-wal", reference / "register.db-wal")
    connect = plain_connect
    if case == "damaged_pages":
        _sqlite_opens_and_closes(reference / "register.db")
    else:
        def connect(path: Path, read_only: bool) -> sqlite3.Connection:
            if path == register:
                raise sqlite3.DatabaseError("file is not a database")
            return plain_connect(path, read_only)
    expected = {n: (reference / n).read_bytes() for n in files(reference)}

    kept = restore_file(register, backup.path, crash / "backups", now=NOW, connect=connect)

    assert kept is not None
    assert {n.replace(kept.name, "register.db"): (kept.parent / n).read_bytes()
            for n in files(kept.parent)} == expected
    assert len(expected) == (1 if case == "damaged_pages" else 2)
    assert files(crash) == ["backups", "register.db"]  # no stale -wal beside the restored file
    assert sha256(register) == backup.sha256
    reg = open_register(register)
    reg.close()
    assert dump(register) == dump(backup.path)


def test_restore_onto_a_new_computer(backup: BackupInfo, tmp_path: Path) -> None:
    register = tmp_path / "new-pc" / "data" / "register.db"
    assert restore_file(register, backup.path, tmp_path / "new-pc" / "data" / "backups") is None
    assert sha256(register) == backup.sha256
    assert files(register.parent) == ["register.db"]


def test_older_backup_is_migrated_after_restore(tmp_path: Path) -> None:
    """A backup of schema 1 (the frozen fixture) restored into the same register, upgraded."""
    folder = tmp_path / "data"
    folder.mkdir()
    old = tmp_path / "register-20240101-090000-manual.db"
    shutil.copy(FIXTURE_V1, old)
    shutil.copy(FIXTURE_V1, folder / "register.db")
    reg = open_register(folder / "register.db")
    try:
        service = BackupService(reg, folder / "backups")
        assert service.check(old).schema_version == 1
        reg.db.execute_sql("UPDATE student SET last_name = 'Өзгерген'")
        kept = service.restore(ADMIN, old, now=NOW)
        assert migrations.current_version(reg.db) == migrations.LATEST
        names = {r[0] for r in reg.db.execute_sql("SELECT last_name FROM student")}
        assert "Өзгерген" not in names and "Тестов" in names
        assert dump(kept)["student"] != dump(old)["student"]
    finally:
        reg.close()


# --- the command line --------------------------------------------------------------------------

def _cli(*argv: str) -> int | None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui")
    cli_backup.add_commands(sub)
    args = parser.parse_args(argv)
    return cli_backup.run_command(args, Path(args.data_dir))


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    reg = open_register(folder / "register.db", create=True)
    try:
        SchoolService(reg).save(ADMIN, replace(SCHOOL))
        StudentService(reg).save(local_actor(reg.device_id), StudentData(
            last_name="Сейітова", first_name="Мадина", iin="110617604178", grade=7,
            class_letter="Б"))
    finally:
        reg.close()
    return folder


def test_cli_backup_and_restore(data_folder: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli("--data-dir", str(data_folder), "gui") is None  # not ours
    assert _cli("--data-dir", str(data_folder), "backup") == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == data_folder / "backups" and made.name.endswith("-manual.db")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert _cli("backup", "--to", str(usb), "--data-dir", str(data_folder)) == 0
    on_usb = Path(capsys.readouterr().out.strip())
    assert on_usb.parent == usb and check_file(on_usb).sha256 == sha256(on_usb)
    at_backup = dump(on_usb)

    con = sqlite3.connect(data_folder / "register.db")
    con.execute("UPDATE student SET last_name = 'Өзгерген'")
    con.commit()
    con.close()

    assert _cli("restore", str(on_usb), "--data-dir", str(data_folder)) == 0
    out = capsys.readouterr().out
    kept = Path(out.split("kept at ", 1)[1].strip())
    assert kept.parent == data_folder / "backups" and kept.name.startswith("register-replaced-")
    assert dump(data_folder / "register.db") == at_backup
    assert "Өзгерген" in repr(dump(kept)["student"])


def test_cli_errors(data_folder: Path, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    register = data_folder / "register.db"
    digest = sha256(register)
    text = tmp_path / "notes.db"
    text.write_text("не база", encoding="utf-8")
    other, _ = _other_register(tmp_path / "other", with_school=True)
    damaged = tmp_path / "damaged.db"
    shutil.copy(other, damaged)
    with contextlib.suppress(FileNotFoundError):
        sidecar_path(damaged).unlink()
    damage(damaged, PAGE, damaged.stat().st_size - PAGE)
    cases = [(text, "is not a register"), (other, "another school"), (damaged, "is damaged"),
             (tmp_path / "nowhere.db", "There is no file")]
    for path, message in cases:
        assert _cli("restore", str(path), "--data-dir", str(data_folder)) == 1
        err = capsys.readouterr().err
        assert err.startswith("Not restored: ") and message in err, err
    assert sha256(register) == digest
    assert files(data_folder) == ["register.db"]

    assert _cli("backup", "--to", str(tmp_path / "unplugged"), "--data-dir",
                str(data_folder)) == 1
    assert "does not exist" in capsys.readouterr().err
    assert _cli("backup", "--data-dir", str(tmp_path / "empty")) == 1
    assert "Cannot open the register" in capsys.readouterr().err
