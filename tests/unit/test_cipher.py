"""The encrypted register file (db/cipher.py): SQLCipher with a raw key, tamper and wrong-key errors,
and the conversion of a plain register."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from pedagogue_app.db import Register, migrations, open_register
from pedagogue_app.db.cipher import (
    NotEncrypted,
    WrongKey,
    encrypt_plain,
    is_encrypted,
    open_encrypted,
    register_salt,
    verify_encrypted,
)
from pedagogue_app.db.errors import NotARegister, RegisterDamaged, RegisterNotFound

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
PAGE = 4096
CANARY_NAME = "Zzyqxw Canary"
CANARY_NUMBER = "907311458826"  # twelve digits, like an ИИН
FIXTURE_V1 = Path(__file__).resolve().parent.parent / "fixtures" / "register_v1.db"


def _bytes_of_every_file(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _hits(folder: Path, needles: list[bytes]) -> list[tuple[str, bytes]]:
    return [(name, n) for name, data in _bytes_of_every_file(folder).items() for n in needles if n in data]


CANARIES = [CANARY_NAME.encode("utf-8"), CANARY_NAME.encode("utf-16-le"), CANARY_NUMBER.encode("ascii"),
            b"Zzyqxw", "Жұлдызқызы".encode()]


def _fill(db: peewee.Database, rows: int = 400) -> None:
    db.execute_sql("CREATE TABLE child (id INTEGER PRIMARY KEY, name TEXT NOT NULL, iin TEXT NOT NULL, "
                   "notes TEXT NOT NULL)")
    with db.atomic():
        for i in range(rows):
            db.execute_sql("INSERT INTO child (name, iin, notes) VALUES (?, ?, ?)",
                           (f"{CANARY_NAME} {i}", CANARY_NUMBER, "Жұлдызқызы " * 20))


@pytest.fixture
def enc_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder / "register.db"


@pytest.fixture
def filled(enc_path: Path) -> Path:
    """A closed encrypted register of about 60 pages, everything checkpointed into the main file."""
    db = open_encrypted(enc_path, KEY, create=True)
    _fill(db)
    db.close()
    assert not (enc_path.parent / "register.db-wal").exists()
    return enc_path


def test_new_register_has_the_shipping_pragmas(enc_path: Path) -> None:
    db = open_encrypted(enc_path, KEY, create=True)
    try:
        def pragma(name: str) -> Any:
            return db.execute_sql(f"PRAGMA {name}").fetchone()[0]
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2
        assert int(pragma("cipher_page_size")) == PAGE
        assert str(pragma("cipher_version")).startswith("4.")
    finally:
        db.close()
    assert is_encrypted(enc_path)
    assert enc_path.read_bytes()[:16] == register_salt(KEY)


def test_missing_file_is_not_created_without_create(enc_path: Path) -> None:
    with pytest.raises(RegisterNotFound):
        open_encrypted(enc_path, KEY)
    assert not enc_path.exists()


def test_nothing_readable_in_the_file_or_its_wal(enc_path: Path) -> None:
    db = open_encrypted(enc_path, KEY, create=True)
    try:
        _fill(db, rows=50)
        with db.atomic():  # a deleted record leaves nothing behind either
            db.execute_sql("DELETE FROM child WHERE id <= 10")
        wal = enc_path.parent / "register.db-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the rows are in the WAL right now
        assert _hits(enc_path.parent, CANARIES) == []
        found = db.execute_sql("SELECT count(*) FROM child WHERE iin = ?", (CANARY_NUMBER,)).fetchone()
        assert found[0] == 40
    finally:
        db.close()
    names = sorted(p.name for p in enc_path.parent.iterdir())
    assert names == ["register.db"]  # no temporary or journal files left
    assert _hits(enc_path.parent, CANARIES) == []


def test_the_key_is_raw_key_data_and_nothing_else_opens_the_file(filled: Path) -> None:
    # SQLCipher's own raw-key syntax (salt read from the file) opens it: no key derivation of ours.
    con = sqlcipher.connect(str(filled))
    try:
        con.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
        assert con.execute("SELECT count(*) FROM child").fetchone()[0] == 400
    finally:
        con.close()
    # The same hex taken as a passphrase does not, nor does plain SQLite.
    con = sqlcipher.connect(str(filled))
    try:
        con.execute(f"PRAGMA key = '{KEY.hex()}'")
        with pytest.raises(sqlcipher.DatabaseError, match="not a database"):
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
    plain = sqlite3.connect(str(filled))
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_reopen_with_the_right_key_reads_everything(filled: Path) -> None:
    db = open_encrypted(filled, KEY, verify=True)
    try:
        assert db.execute_sql("SELECT count(*), min(name) FROM child").fetchone() == (400, f"{CANARY_NAME} 0")
    finally:
        db.close()
    verify_encrypted(filled, KEY)


def test_wrong_key_is_refused_and_the_file_untouched(filled: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(filled.read_bytes()).hexdigest()
    with pytest.raises(WrongKey) as err:
        open_encrypted(filled, OTHER_KEY)
    assert err.value.code == "wrong_key"
    with pytest.raises(WrongKey):
        open_encrypted(filled, OTHER_KEY, create=True)
    with pytest.raises(WrongKey):
        verify_encrypted(filled, OTHER_KEY)
    assert hashlib.sha256(filled.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in filled.parent.iterdir()) == ["register.db"]
    noise = tmp_path / "noise.db"
    noise.write_bytes(os.urandom(3 * PAGE))
    with pytest.raises(WrongKey):
        open_encrypted(noise, KEY)
    with pytest.raises(ValueError):
        open_encrypted(filled, KEY[:16])


def test_plain_file_is_not_opened_as_encrypted(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(str(plain)).execute("CREATE TABLE t (x)").connection.close()
    assert not is_encrypted(plain)
    assert not is_encrypted(tmp_path / "missing.db")
    with pytest.raises(NotEncrypted):
        open_encrypted(plain, KEY)


# Byte offsets to flip, each in a different part of the file: the salt, page 1's encrypted body,
# its IV and HMAC (the reserve at the page's end), and data pages early, in the middle and last.
def _flip_positions(size: int) -> list[int]:
    pages = size // PAGE
    assert pages >= 40
    return [3, 100, PAGE - 60, PAGE - 5, PAGE + 777, 17 * PAGE + 2000, (pages // 2) * PAGE + 3000,
            (pages - 1) * PAGE + 50, size - 1]


def _open_and_read_everything(path: Path) -> None:
    db = open_encrypted(path, KEY, verify=True)
    try:
        db.execute_sql("SELECT * FROM child").fetchall()
    finally:
        db.close()


def test_every_flipped_byte_is_detected(filled: Path, tmp_path: Path) -> None:
    original = filled.read_bytes()
    positions = _flip_positions(len(original))
    for pos in positions:
        damaged = tmp_path / f"flip-{pos}" / "register.db"
        damaged.parent.mkdir()
        data = bytearray(original)
        data[pos] ^= 0x10
        damaged.write_bytes(bytes(data))
        with pytest.raises(RegisterDamaged) as err:
            _open_and_read_everything(damaged)
        assert err.value.code == "damaged", pos
        with pytest.raises(RegisterDamaged):
            verify_encrypted(damaged, KEY)


def test_a_damaged_page_is_never_returned_even_without_verify(filled: Path, tmp_path: Path) -> None:
    original = filled.read_bytes()
    for pos in _flip_positions(len(original))[4:]:  # data pages: found when the page is read
        damaged = tmp_path / f"lazy-{pos}.db"
        data = bytearray(original)
        data[pos] ^= 0x01
        damaged.write_bytes(bytes(data))
        db = open_encrypted(damaged, KEY)  # page 1 is fine, so opening works
        try:
            # peewee wraps errors of execute(); those of fetching come straight from sqlcipher3
            with pytest.raises((peewee.DatabaseError, sqlcipher.DatabaseError), match="malformed"):
                db.execute_sql("SELECT * FROM child").fetchall()
        finally:
            db.close()


def test_a_good_copy_still_verifies(filled: Path, tmp_path: Path) -> None:
    """Control for the flip tests: copying alone does not make a file look damaged."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(filled, copy)
    _open_and_read_everything(copy)
    verify_encrypted(copy, KEY)


# -- converting a plain register ------------------------------------------------------------------

Snapshot = tuple[dict[str, list[tuple[Any, ...]]], list[tuple[Any, ...]], int, int]


def _snapshot_plain(path: Path) -> Snapshot:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _snapshot(con)
    finally:
        con.close()


def _snapshot(con: Any) -> Snapshot:
    schema = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    tables = [r[1] for r in schema if r[0] == "table"]
    rows = {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    return (rows, schema, con.execute("PRAGMA user_version").fetchone()[0],
            con.execute("PRAGMA application_id").fetchone()[0])


def _snapshot_encrypted(path: Path) -> Snapshot:
    db = open_encrypted(path, KEY, verify=True)
    try:
        return _snapshot(db.connection())
    finally:
        db.close()


def test_encrypt_plain_keeps_every_row(register: Register, make_student: Callable[..., int],
                                       make_family: Callable[..., int],
                                       make_registration: Callable[..., int], tmp_path: Path) -> None:
    for i in range(5):
        sid = make_student(last_name="Жұлдызқызы", first_name=f"Zzyqxw{'abcde'[i]}")
        make_registration(sid, notes=f"{CANARY_NAME} {i}")
    make_family(title="Zzyqxw отбасы")
    plain = register.path
    register.close()
    before_bytes = hashlib.sha256(plain.read_bytes()).hexdigest()
    before = _snapshot_plain(plain)
    assert b"Zzyqxw" in plain.read_bytes()  # the plain register does hold the names
    assert before[0]["student"] and before[0]["registration"] and before[0]["family"]

    target = tmp_path / "enc" / "register.db"
    target.parent.mkdir()
    encrypt_plain(plain, target, KEY)

    after = _snapshot_encrypted(target)
    assert after[0] == before[0]  # every row of every table
    assert after[1] == before[1]  # every table, index and trigger
    assert after[2:] == before[2:] == (migrations.LATEST, migrations.APPLICATION_ID)
    assert hashlib.sha256(plain.read_bytes()).hexdigest() == before_bytes  # the plain file untouched
    assert _hits(target.parent, CANARIES) == []
    assert sorted(p.name for p in target.parent.iterdir()) == ["register.db"]


def test_frozen_v1_register_converts_with_nothing_lost(tmp_path: Path) -> None:
    """The frozen schema-1 register of the first release converts with nothing lost."""
    plain = tmp_path / "register_v1.db"
    shutil.copyfile(FIXTURE_V1, plain)
    before = _snapshot_plain(plain)
    assert before[2] == 1 and sum(len(r) for r in before[0].values()) > 10
    target = tmp_path / "register.enc.db"
    encrypt_plain(plain, target, KEY)
    assert _snapshot_encrypted(target) == before
    assert plain.read_bytes()[:16] == b"SQLite format 3\x00"


def test_encrypt_plain_refusals_leave_no_files(tmp_path: Path, filled: Path) -> None:
    plain = tmp_path / "plain.db"
    reg = open_register(plain, create=True)
    reg.close()
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"x")
    with pytest.raises(FileExistsError):
        encrypt_plain(plain, existing, KEY)
    assert existing.read_bytes() == b"x"
    with pytest.raises(NotARegister):
        encrypt_plain(filled, tmp_path / "again.db", KEY)
    with pytest.raises(RegisterNotFound):
        encrypt_plain(tmp_path / "missing.db", tmp_path / "out.db", KEY)
    # A plain file cut short: the export fails and no half-written copy appears.
    cut = tmp_path / "cut.db"
    cut.write_bytes(plain.read_bytes()[: 2 * PAGE + 100])
    assert len(plain.read_bytes()) > 3 * PAGE
    with pytest.raises(RegisterDamaged):
        encrypt_plain(cut, tmp_path / "out.db", KEY)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "cut.db", "existing.db", "plain.db"]
