"""Tamper test: a byte flipped anywhere in the encrypted register is detected, never read as data.

The register is made with the full schema and real records (tests/crash_writer.py writes them
through the services), closed cleanly, and then copied with one byte flipped: every salt byte,
the start, middle and end of every page, the IV and HMAC of a few pages and random positions
(seeded). ``open_encrypted(verify=True)`` and ``verify_encrypted`` must raise ``RegisterDamaged``
naming the file; opened without ``verify``, reading every row of every table either fails as
damage or returns exactly the original rows and index entries (the damaged page was not read).

The WAL: a byte flipped in the WAL of an unclean copy (as a crash leaves it) makes SQLite drop the
damaged frame and every frame after it at recovery, so the register reads as it was at the last
commit before the damage, never with wrong data. A byte flipped in a WAL that is in use (its
frames read through the shared-memory index, without recovery) fails SQLCipher's page HMAC.
``PEDAGOGUE_TAMPER_SEED=<n>`` repeats a run.
"""

from __future__ import annotations

import importlib.util
import os
import random
import struct
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import peewee
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from pedagogue_app.db.cipher import WrongKey, open_encrypted, verify_encrypted
from pedagogue_app.db.errors import RegisterDamaged

WRITER = Path(__file__).resolve().parent.parent / "crash_writer.py"
PAGE = 4096
RESERVE = 80  # SQLCipher 4 at the end of every page: 16-byte IV, 64-byte HMAC-SHA512
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24
FRAME = FRAME_HEADER + PAGE
TRANSACTIONS = 12

Rows = dict[str, list[tuple[Any, ...]]]


def _load_writer() -> ModuleType:
    if "crash_writer" in sys.modules:
        return sys.modules["crash_writer"]
    spec = importlib.util.spec_from_file_location("crash_writer", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while it is executed
    spec.loader.exec_module(module)
    return module


cw = _load_writer()
KEY: bytes = cw.KEY


@pytest.fixture(scope="module")
def seed() -> int:
    value = int(os.environ.get("PEDAGOGUE_TAMPER_SEED") or random.SystemRandom().randrange(2**32))
    print(f"tamper test seed {value} (repeat with PEDAGOGUE_TAMPER_SEED={value})")
    return value


def _read_all(db: peewee.Database) -> Rows:
    """Every row of every table (each table's rows sorted) and the entries of every index."""
    def q(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    schema = db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    rows: Rows = {}
    for kind, name, table, sql in schema:
        if kind == "table":
            rows[name] = sorted(db.execute_sql(f"SELECT * FROM {q(name)}").fetchall(), key=repr)
        elif kind == "index":  # read through the index itself, so its pages are read too
            cols = ", ".join(q(r[2]) for r in db.execute_sql(f"PRAGMA index_info({q(name)})").fetchall())
            where = f" WHERE {sql.split(' WHERE ', 1)[1]}" if sql and " WHERE " in sql else ""
            rows[f"index {name}"] = db.execute_sql(
                f"SELECT {cols} FROM {q(table)} INDEXED BY {q(name)}{where} ORDER BY {cols}").fetchall()
    return rows


def _is_damage(exc: BaseException) -> bool:
    """A failed read that says "damaged": RegisterDamaged or SQLite's malformed / not a database."""
    if isinstance(exc, RegisterDamaged):
        return True
    text = str(exc)
    return (isinstance(exc, peewee.DatabaseError | sqlcipher.DatabaseError)
            and ("malformed" in text or "not a database" in text))


def _assert_clear(err: RegisterDamaged, path: Path) -> None:
    """The message names the file and says it is damaged."""
    assert err.code == "damaged"
    assert err.path == path
    assert str(path) in str(err) and "damaged" in str(err), str(err)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, Rows, int]]:
    """The bytes of a cleanly closed register (no WAL), every row in it, its number of free pages."""
    path = tmp_path_factory.mktemp("clean") / "register.db"
    cw.make_register(path)
    writer = cw.Writer.open(path)
    try:
        for n in range(1, TRANSACTIONS + 1):
            writer.write_tx(n)
    finally:
        writer.register.db.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["register.db"]  # checkpointed on close
    db = open_encrypted(path, KEY, verify=True)
    try:
        rows = _read_all(db)
        free_pages = int(db.execute_sql("PRAGMA freelist_count").fetchone()[0])
    finally:
        db.close()
    assert len(rows["student"]) == TRANSACTIONS and len(rows["audit_event"]) == TRANSACTIONS
    yield path.read_bytes(), rows, free_pages


def _positions(size: int, rng: random.Random) -> list[int]:
    pages = size // PAGE
    positions = set(range(SALT)) | {SALT}  # the salt and page 1's first encrypted byte
    for page in range(pages):
        start = page * PAGE
        positions |= {start, start + PAGE // 2, start + PAGE - 1}
    for page in {1, 2, pages // 2, pages}:  # the IV and the HMAC of a few pages
        end = page * PAGE
        positions |= {end - RESERVE, end - RESERVE + 15, end - 64, end - 2}
    positions |= {rng.randrange(size) for _ in range(60)}
    return sorted(positions)


def _write_flipped(path: Path, data: bytes, pos: int, mask: int = 0x10) -> None:
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    flipped = bytearray(data)
    flipped[pos] ^= mask
    path.write_bytes(bytes(flipped))


def test_every_flipped_byte_of_the_register_is_detected(clean: tuple[bytes, Rows, int], seed: int,
                                                        tmp_path: Path) -> None:
    original, rows, free_pages = clean
    assert len(original) % PAGE == 0
    rng = random.Random(seed)
    path = tmp_path / "register.db"
    positions = _positions(len(original), rng)
    assert len(positions) > 3 * (len(original) // PAGE)
    lazy: Counter[str] = Counter()
    for pos in positions:
        where = f"[seed {seed}] byte {pos} (page {pos // PAGE + 1}, offset {pos % PAGE})"
        mask = rng.choice([0x01, 0x10, 0x80, 0xFF])
        _write_flipped(path, original, pos, mask)
        with pytest.raises(RegisterDamaged) as err:
            open_encrypted(path, KEY, verify=True).close()
            pytest.fail(f"{where}: opened with verify")
        _assert_clear(err.value, path)
        with pytest.raises(RegisterDamaged) as err:
            verify_encrypted(path, KEY)
            pytest.fail(f"{where}: verify_encrypted passed")
        _assert_clear(err.value, path)

        # Without verify: refused, or fails when the page is read, or the rows are all unchanged.
        _write_flipped(path, original, pos, mask)
        try:
            db = open_encrypted(path, KEY)
        except RegisterDamaged as exc:
            _assert_clear(exc, path)
            lazy["refused at open"] += 1
            continue
        try:
            try:
                read = _read_all(db)
            except Exception as exc:
                assert _is_damage(exc), f"{where}: {type(exc).__name__}: {exc}"
                lazy["refused at read"] += 1
                continue
        finally:
            db.close()
        assert read == rows, f"{where}: rows read differ from the originals"
        lazy["page never read (a free page), rows unchanged"] += 1
    print(f"tamper: {len(positions)} single-byte flips in {len(original) // PAGE} pages, all detected by "
          f"verify; without verify: {dict(lazy)}")
    assert lazy["refused at open"] >= SALT  # the salt, page 1 and the schema are read at open
    if free_pages == 0:  # then every page belongs to a table or an index, and each was read
        assert lazy["refused at open"] + lazy["refused at read"] == len(positions)


def test_damaged_salt_and_page_1_read_as_wrong_key(clean: tuple[bytes, Rows, int], tmp_path: Path) -> None:
    """Documented in db/cipher.py: only a damaged salt together with a damaged page 1 looks like
    another register's file (the key cannot tell the two apart); nothing is read either way."""
    original = clean[0]
    path = tmp_path / "register.db"
    data = bytearray(original)
    data[5] ^= 0x01
    data[PAGE // 2] ^= 0x01
    path.write_bytes(bytes(data))
    for check in (lambda: open_encrypted(path, KEY, verify=True), lambda: open_encrypted(path, KEY),
                  lambda: verify_encrypted(path, KEY)):
        with pytest.raises(WrongKey):
            check()
    data[PAGE // 2] ^= 0x01  # the salt alone: damage, with a clear message
    path.write_bytes(bytes(data))
    with pytest.raises(RegisterDamaged, match="salt") as err:
        open_encrypted(path, KEY)
    _assert_clear(err.value, path)


def _frames(wal: bytes) -> list[tuple[int, int]]:
    """(page number, commit size) of every frame; a commit size > 0 marks a transaction's end."""
    count = (len(wal) - WAL_HEADER) // FRAME
    assert len(wal) == WAL_HEADER + count * FRAME
    starts = [WAL_HEADER + i * FRAME for i in range(count)]
    return [struct.unpack(">II", wal[start:start + 8]) for start in starts]


def test_flipped_wal_byte_of_an_unclean_copy_drops_frames_or_is_detected(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed + 1)
    live = tmp_path / "live" / "register.db"
    live.parent.mkdir()
    cw.make_register(live)
    writer = cw.Writer.open(live)
    try:
        for n in (1, 2, 3):
            writer.write_tx(n)
        writer.register.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        snapshots = [_read_all(writer.register.db)]  # what the main file holds
        for n in (4, 5, 6, 7):
            writer.write_tx(n)
            snapshots.append(_read_all(writer.register.db))
        # The files as a crash would leave them: the WAL with four commits, not checkpointed.
        main = live.read_bytes()
        wal = live.with_name("register.db-wal").read_bytes()
    finally:
        writer.register.db.close()
    frames = _frames(wal)
    commits = [i for i, (_, size) in enumerate(frames) if size]
    assert len(commits) == 4 and commits[-1] == len(frames) - 1

    positions: dict[int, int] = {pos: 0 for pos in range(WAL_HEADER)}  # -> commits that survive
    for i in range(len(frames)):
        start = WAL_HEADER + i * FRAME
        survive = sum(c < i for c in commits)
        picks = {start + rng.randrange(FRAME_HEADER), start + FRAME_HEADER + rng.randrange(PAGE)}
        if i in commits:
            picks |= {start + 4, start + 7, start + FRAME - 1}  # the commit mark, the page's HMAC
        positions.update(dict.fromkeys(picks, survive))
    outcome: Counter[str] = Counter()
    path = tmp_path / "copy" / "register.db"
    path.parent.mkdir()
    for pos, survive in sorted(positions.items()):
        where = f"[seed {seed}] WAL byte {pos}"
        path.with_name("register.db-shm").unlink(missing_ok=True)
        path.write_bytes(main)
        flipped = bytearray(wal)
        flipped[pos] ^= rng.choice([0x01, 0x10, 0x80, 0xFF])
        path.with_name("register.db-wal").write_bytes(bytes(flipped))
        try:
            db = open_encrypted(path, KEY, verify=True)
        except RegisterDamaged as exc:
            _assert_clear(exc, path)
            outcome["detected"] += 1
            continue
        try:
            read = _read_all(db)
        finally:
            db.close()
        assert read in snapshots, f"{where}: rows that were never committed"
        assert read == snapshots[survive], (
            f"{where}: reads as after commit {snapshots.index(read)} of the WAL, not {survive}")
        outcome[f"frames dropped, {4 - survive} of 4 WAL commits lost"] += 1
    print(f"tamper: {len(positions)} flips in an unclean WAL of {len(frames)} frames: "
          f"{dict(sorted(outcome.items()))}")
    # The same file, unflipped, keeps all four commits (the control).
    path.with_name("register.db-shm").unlink(missing_ok=True)
    path.write_bytes(main)
    path.with_name("register.db-wal").write_bytes(wal)
    verify_encrypted(path, KEY)
    db = open_encrypted(path, KEY, verify=True)
    try:
        assert _read_all(db) == snapshots[-1]
    finally:
        db.close()


def test_flipped_byte_of_a_wal_in_use_fails_the_page_hmac(seed: int, tmp_path: Path) -> None:
    """With the WAL open elsewhere its frames are read through the shared index, no recovery:
    a flipped frame of a page's latest version fails SQLCipher's HMAC."""
    rng = random.Random(seed + 2)
    path = tmp_path / "register.db"
    cw.make_register(path)
    writer = cw.Writer.open(path)  # keeps the WAL and its index open throughout
    try:
        for n in (1, 2):
            writer.write_tx(n)
        writer.register.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        for n in (3, 4):
            writer.write_tx(n)
        final = _read_all(writer.register.db)
        wal_path = path.with_name("register.db-wal")
        wal = wal_path.read_bytes()
        frames = _frames(wal)
        latest = {page: i for i, (page, _) in enumerate(frames)}
        outcome: Counter[str] = Counter()
        fd = os.open(wal_path, os.O_RDWR)
        try:
            for i, (page, _) in enumerate(frames):
                pos = WAL_HEADER + i * FRAME + FRAME_HEADER + rng.randrange(PAGE)
                where = f"[seed {seed}] WAL frame {i} (page {page}), byte {pos}"
                os.pwrite(fd, bytes([wal[pos] ^ 0x08]), pos)
                try:
                    if latest[page] == i:
                        with pytest.raises(RegisterDamaged) as err:
                            open_encrypted(path, KEY, verify=True).close()
                            pytest.fail(f"{where}: opened with verify")
                        _assert_clear(err.value, path)
                        with pytest.raises(RegisterDamaged):
                            verify_encrypted(path, KEY)
                            pytest.fail(f"{where}: verify_encrypted passed")
                        outcome["latest version: detected"] += 1
                    else:  # an older version of the page: never read again
                        db = open_encrypted(path, KEY, verify=True)
                        try:
                            assert _read_all(db) == final, where
                        finally:
                            db.close()
                        outcome["older version: not read"] += 1
                finally:
                    os.pwrite(fd, bytes([wal[pos]]), pos)
        finally:
            os.close(fd)
    finally:
        writer.register.db.close()
    print(f"tamper: WAL in use, {len(frames)} frames: {dict(outcome)}")
    assert outcome["latest version: detected"] > 0
    verify_encrypted(path, KEY)  # the control: restored, it verifies
