"""Open the register: the one function the app, the tests and the command line use."""

from __future__ import annotations

import sqlite3
import struct
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee
from peewee import SqliteDatabase

from .. import models
from ..paths import backups_dir
from . import cipher, migrations
from .errors import NotARegister, RegisterDamaged, RegisterNotFound, RegisterTooNew

SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed record survives a power cut
    "busy_timeout": 5000,
    "cache_size": -16000,
    "temp_store": "memory",
}


@dataclass
class Register:
    """An open register: the peewee database and this device's identity."""

    path: Path
    db: SqliteDatabase
    device_id: str
    backup_before_migration: Path | None = None
    key: bytes | None = field(default=None, repr=False)  # None: a plain (unencrypted) file

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def connect(self, path: Path, read_only: bool) -> Any:
        """A DB-API connection to ``path`` (a copy of this register) with this register's key.

        The hook the backups use to open copies and the closed register itself.
        """
        return connect_file(path, read_only, self.key)

    def verify(self) -> None:
        """Check every page on a separate connection (see :func:`verify_register`)."""
        verify_register(self.path, self.key)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def _read_header(path: Path) -> tuple[int, int]:
    """Return (user_version, application_id) from the file header, raising for foreign files."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotARegister(path, "no SQLite header")
    user_version, = struct.unpack(">I", header[60:64])
    app_id, = struct.unpack(">I", header[68:72])
    if app_id != migrations.APPLICATION_ID:
        raise NotARegister(path, f"application id {app_id:#x}")
    return user_version, app_id


def check_plain_header(path: Path) -> None:
    """Raise NotARegister or RegisterTooNew for a plain file this version must not convert."""
    version, _ = _read_header(path)
    if version > migrations.LATEST:
        raise RegisterTooNew(path, version, migrations.LATEST)


def _connect(path: Path) -> SqliteDatabase:
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, autoconnect=False, check_same_thread=False)
    db.connect()
    return db


def _copy_before_migration(db: SqliteDatabase, path: Path, version: int,
                           key: bytes | None) -> Path:
    """Copy the register with SQLite's backup API (consistent even with a WAL) before migrating;
    the copy of an encrypted register is encrypted with the same key."""
    target_dir = backups_dir(path.parent)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{path.stem}-schema{version}-{stamp}.db"
    dest = connect_file(target, False, key)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def _check_readable(db: SqliteDatabase, path: Path, verify: bool, key: bytes | None) -> int:
    try:
        version = migrations.current_version(db)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = int(db.execute_sql("PRAGMA application_id").fetchone()[0])
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        raise RegisterDamaged(path, str(exc)) from exc
    if key is not None and app_id != migrations.APPLICATION_ID:  # the plain header was checked
        raise NotARegister(path, f"application id {app_id:#x}")
    if verify or version < migrations.LATEST:  # always verify before migrating
        verify_register(path, key)
    return version


def connect_file(path: Path, read_only: bool, key: bytes | None) -> Any:
    """A DB-API connection to a register file or a copy: sqlite3, or sqlcipher3 with ``key``."""
    if key is None:
        if read_only:
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        return sqlite3.connect(str(path))
    return cipher.connect_raw(path, key, read_only=read_only)


def verify_register(path: Path, key: bytes | None = None) -> None:
    """Check every page of the register on a separate read-only connection (safe in a thread).

    An encrypted register (``key`` given) has the HMAC of every page checked too.

    Raises:
        RegisterDamaged: SQLite's ``quick_check`` found damage or could not read the file.
    """
    if key is not None:
        cipher.verify_encrypted(path, key)
        return
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise RegisterDamaged(path, str(exc)) from exc
    if row is None or row[0] != "ok":
        raise RegisterDamaged(path, str(row[0] if row else "no answer"))


def _migrate(reg: Register, found: int) -> None:
    steps = [s for s in migrations.STEPS if s.version > found]
    if not steps:
        return
    if found > 0:
        reg.backup_before_migration = _copy_before_migration(reg.db, reg.path, found, reg.key)
    for step in steps:
        migrations.apply_step(reg.db, step)
    # Put the new header (application id, schema version) into the main file right away, so a
    # crash before the first clean close still leaves a file recognised as a register.
    reg.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _device_id(db: SqliteDatabase) -> str:
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'device_id'").fetchone()
    if row:
        return str(row[0])
    device = str(uuid.uuid4())
    with db.atomic():
        db.execute_sql("INSERT INTO setting (key, value) VALUES ('device_id', ?)", (device,))
    return device


def open_register(path: str | Path, *, create: bool = False, verify: bool = True,
                  key: bytes | None = None) -> Register:
    """Open (or with ``create`` make) the register at ``path`` and bring its schema up to date.

    With ``key`` (the 32-byte database key from the key slots) the register is an SQLCipher
    file: it is created encrypted, and an existing file must be encrypted with that key. Without
    it the file is plain SQLite (the format of versions before encryption, converted by
    :func:`pedagogue_app.services.session.encrypt_existing`).

    ``verify=False`` skips the page-by-page integrity check when no migration is due; the caller
    must then run :func:`verify_register` itself (the window does it in the background).

    Raises:
        RegisterNotFound: no file and ``create`` is false.
        NotARegister: the file is not this program's register (left untouched).
        RegisterDamaged: the file cannot be read or fails its integrity check (left untouched).
        RegisterTooNew: written by a newer version of the program (left untouched).
        WrongKey: ``key`` does not open this file (another register's key).
        NotEncrypted: ``key`` was given for a plain file.
    """
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise RegisterNotFound(path)
    if not is_new and key is None:
        header_version, _ = _read_header(path)
        if header_version > migrations.LATEST:
            raise RegisterTooNew(path, header_version, migrations.LATEST)
    path.parent.mkdir(parents=True, exist_ok=True)
    if key is not None:
        db = cipher.open_encrypted(path, key, create=is_new)
    else:
        try:
            db = _connect(path)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise RegisterDamaged(path, str(exc)) from exc
    try:
        found = _check_readable(db, path, verify, key) if not is_new else 0
        if found > migrations.LATEST:
            raise RegisterTooNew(path, found, migrations.LATEST)
        reg = Register(path=path, db=db, device_id="", key=key)
        _migrate(reg, found)
        reg.device_id = _device_id(db)
    except BaseException:
        db.close()
        raise
    models.db_proxy.initialize(db)
    return reg
