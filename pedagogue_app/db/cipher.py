"""The encrypted register file: SQLCipher 4 opened with a raw 256-bit key.

The key comes from the key-slot file (:mod:`.keyslots`), already derived from a password there, so
SQLCipher gets it as raw key data and runs no second key derivation. The key is passed together
with a 16-byte salt computed from it (``x'<64 hex key><32 hex salt>'``). SQLCipher writes that salt
as the first 16 bytes of the file, which gives a cheap and reliable answer to the question every
failed open raises:

* the file's first 16 bytes are not the salt of this key: the key does not belong to this file
  (:class:`WrongKey`), checked before SQLCipher reads anything;
* they are: the key is right, so any page that fails SQLCipher's HMAC check, including page 1,
  is damage (:class:`~.errors.RegisterDamaged`), never read as data. A damaged salt itself
  (SQLCipher ignores the file's copy when the salt is given) is reported as damage too.

Both ``WrongKey`` and ``NotEncrypted`` are :class:`~.errors.RegisterError` subclasses with a
``code`` for the UI, like the errors in :mod:`.errors`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import uuid
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from .errors import NotARegister, RegisterDamaged, RegisterError, RegisterNotFound

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32
SALT_BYTES = 16
_SALT_LABEL = b"pedagogue-app register salt v1"

# SQLite result codes (the low byte of an extended code) that mean "this file is damaged".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

# ``cipher_compatibility`` must come first, right after the key: it pins the SQLCipher 4 format
# (4096-byte pages, HMAC-SHA512, AES-256-CBC) so a later SQLCipher with other defaults still
# reads the file.
CIPHER_PRAGMAS: list[tuple[str, Any]] = [
    ("cipher_compatibility", 4),
    ("cipher_log_level", "NONE"),  # a failed page check is an error we report, not stderr noise
    ("foreign_keys", 1),
    ("journal_mode", "wal"),
    ("synchronous", 2),  # FULL: a committed record survives a power cut
    ("secure_delete", 1),  # deleted records are overwritten, not just unlinked
    ("busy_timeout", 5000),
    ("cache_size", -16000),
    ("temp_store", "memory"),  # no temporary files at all
]


class WrongKey(RegisterError):
    """The key does not open this file: another register's key file, or not a register at all."""

    code = "wrong_key"


class NotEncrypted(RegisterError):
    """A plain (unencrypted) SQLite file where an encrypted register was expected."""

    code = "not_encrypted"


def is_encrypted(path: str | Path) -> bool:
    """True when ``path`` has content that is not a plain SQLite file.

    An SQLCipher file has no recognisable header (it starts with its random-looking salt), so
    this is true of any non-empty file that lacks the SQLite magic; a missing or empty file is
    not encrypted.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_MAGIC


def register_salt(db_key: bytes) -> bytes:
    """The 16-byte SQLCipher salt used with ``db_key``: the first bytes of every file it encrypts."""
    _check_key(db_key)
    return hmac.new(db_key, _SALT_LABEL, hashlib.sha256).digest()[:SALT_BYTES]


def open_encrypted(path: str | Path, db_key: bytes, *, create: bool = False,
                   verify: bool = False) -> peewee.SqliteDatabase:
    """Open the encrypted register at ``path`` (with ``create``, make it if missing or empty).

    Returns a connected peewee database (an ``SqlCipherDatabase``) with the register's pragmas:
    WAL, ``synchronous=FULL``, foreign keys, ``secure_delete``, temporary data in memory.
    Opening reads the schema only; with ``verify`` every page is checked too (as
    :func:`verify_encrypted` does), otherwise a damaged page is found when it is read: the read
    fails with SQLite's "database disk image is malformed", it never returns the page.

    Raises:
        RegisterNotFound: no file (or an empty one) and ``create`` is false.
        NotEncrypted: the file is a plain SQLite database (convert it with :func:`encrypt_plain`).
        WrongKey: the key does not belong to this file.
        RegisterDamaged: the key is right but the file fails SQLCipher's page check.
    """
    path = Path(path)
    _check_key(db_key)
    exists = _has_content(path)
    if not exists and not create:
        raise RegisterNotFound(path)
    if exists and _check_salt(path, db_key):
        raise RegisterDamaged(path, "the file header (salt) is damaged")
    db = SqlCipherDatabase(str(path), passphrase=_key_literal(db_key), pragmas=CIPHER_PRAGMAS,
                           autoconnect=False, check_same_thread=False)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlcipher.DatabaseError) as exc:
        _close_quietly(db)
        if is_damage(exc):
            raise RegisterDamaged(path, str(exc)) from exc
        raise
    if verify:
        try:
            _check_pages(db.connection(), path)
        except BaseException:
            _close_quietly(db)
            raise
    return db


def verify_encrypted(path: str | Path, db_key: bytes) -> None:
    """Check every page of the encrypted register on a separate connection (safe in a thread).

    Runs SQLCipher's ``cipher_integrity_check`` (the HMAC of every page in the file) and SQLite's
    ``quick_check`` (the structure, through the WAL). The register may be open elsewhere.

    Raises:
        WrongKey, NotEncrypted, RegisterNotFound: as :func:`open_encrypted`.
        RegisterDamaged: a page fails its HMAC or the structure check.
    """
    path = Path(path)
    _check_key(db_key)
    if not _has_content(path):
        raise RegisterNotFound(path)
    if _check_salt(path, db_key):
        raise RegisterDamaged(path, "the file header (salt) is damaged")
    con = _raw_connect(path, db_key)
    try:
        _check_pages(con, path)
    finally:
        con.close()


def _check_pages(con: Any, path: Path) -> None:
    """Raise RegisterDamaged unless every page passes its HMAC and the structure is sound."""
    try:
        problems = [str(r[0]) for r in con.execute("PRAGMA cipher_integrity_check").fetchall()]
        if not problems:
            row = con.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                problems = [str(row[0]) if row else "no answer"]
    except sqlcipher.DatabaseError as exc:
        if is_damage(exc):
            raise RegisterDamaged(path, str(exc)) from exc
        raise
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        raise RegisterDamaged(path, problems[0] + more)


def encrypt_plain(plain_path: str | Path, encrypted_path: str | Path, db_key: bytes) -> None:
    """Write an encrypted copy of the plain register ``plain_path`` to ``encrypted_path``.

    Everything is copied with ``sqlcipher_export`` (tables, rows, indexes, triggers, views), plus
    ``user_version``, ``application_id`` and ``auto_vacuum``; the row count of every table is
    compared before the copy is put in place. The copy is written to a temporary file beside the
    target and renamed only when complete, so a crash leaves no half-written register. The plain
    file keeps its content (a leftover WAL is folded into it on close), so the caller can keep it
    as the backup of the conversion.

    Raises:
        RegisterNotFound: ``plain_path`` does not exist.
        NotARegister: ``plain_path`` is not a plain SQLite file.
        FileExistsError: ``encrypted_path`` already has content.
        RegisterDamaged: the plain file cannot be read, or the copy lost rows.
    """
    plain_path, encrypted_path = Path(plain_path), Path(encrypted_path)
    _check_key(db_key)
    if not _has_content(plain_path):
        raise RegisterNotFound(plain_path)
    if is_encrypted(plain_path):
        raise NotARegister(plain_path, "not a plain SQLite file")
    if _has_content(encrypted_path):
        raise FileExistsError(f"{encrypted_path} already exists")
    if plain_path.resolve() == encrypted_path.resolve():
        raise ValueError("the encrypted copy must be a different file")
    tmp = encrypted_path.with_name(f".{encrypted_path.name}.{uuid.uuid4().hex}.tmp")
    try:
        _export(plain_path, tmp, db_key)
        _fsync_file(tmp)
        os.replace(tmp, encrypted_path)
        _fsync_dir(encrypted_path.parent)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _export(plain_path: Path, target: Path, db_key: bytes) -> None:
    try:
        con = sqlcipher.connect(str(plain_path), isolation_level=None)
    except sqlcipher.DatabaseError as exc:
        raise RegisterDamaged(plain_path, str(exc)) from exc
    try:
        try:
            user_version = int(con.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            auto_vacuum = int(con.execute("PRAGMA auto_vacuum").fetchone()[0])
            tables = [str(r[0]) for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        except sqlcipher.DatabaseError as exc:
            raise RegisterDamaged(plain_path, str(exc)) from exc
        con.execute("ATTACH DATABASE ? AS enc KEY ?", (str(target), _key_literal(db_key)))
        con.execute(f"PRAGMA enc.auto_vacuum = {auto_vacuum:d}")
        try:
            con.execute("SELECT sqlcipher_export('enc')")
        except sqlcipher.DatabaseError as exc:
            raise RegisterDamaged(plain_path, f"export failed: {exc}") from exc
        con.execute(f"PRAGMA enc.user_version = {user_version:d}")
        con.execute(f"PRAGMA enc.application_id = {app_id:d}")
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            before = con.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]
            after = con.execute(f"SELECT count(*) FROM enc.{quoted}").fetchone()[0]
            if before != after:
                raise RegisterDamaged(plain_path, f"export of {table}: {before} rows became {after}")
        con.execute("DETACH DATABASE enc")
    finally:
        con.close()


def _check_key(db_key: bytes) -> None:
    if not isinstance(db_key, bytes | bytearray) or len(db_key) != KEY_BYTES:
        raise ValueError(f"the database key must be {KEY_BYTES} bytes")


def _key_literal(db_key: bytes) -> str:
    """SQLCipher raw key data with its salt: ``x'<key hex><salt hex>'`` (no key derivation)."""
    return f"x'{(bytes(db_key) + register_salt(db_key)).hex()}'"


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _check_salt(path: Path, db_key: bytes) -> bool:
    """Compare the file's salt with the key's; return True when only the salt looks damaged.

    Raises NotEncrypted for a plain SQLite file and WrongKey when the salt is not this key's and
    the key does not read the file.
    """
    with path.open("rb") as fh:
        head = fh.read(SALT_BYTES)
    if head == SQLITE_MAGIC:
        raise NotEncrypted(path, "plain SQLite file")
    if hmac.compare_digest(head, register_salt(db_key)):
        return False
    # Another register's file, or this register's file with a damaged salt. Only the key can
    # tell: with the salt given, SQLCipher never reads the file's copy, so a damaged salt still
    # opens. Page 1 decides; a file whose salt and page 1 are both damaged reads as WrongKey.
    try:
        con = _raw_connect(path, db_key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlcipher.DatabaseError as exc:
        if is_damage(exc):
            raise WrongKey(path, "the key does not open this file") from exc
        raise
    return True


def _raw_connect(path: Path, db_key: bytes) -> Any:
    """A plain sqlcipher3 connection with the key set (read-only; nothing is read yet)."""
    return connect_raw(path, db_key, read_only=True)


def connect_raw(path: str | Path, db_key: bytes, *, read_only: bool = False) -> Any:
    """A DB-API (sqlcipher3) connection to ``path`` with the key set; nothing is read yet.

    Writable, it creates a missing file: an encrypted copy (the backup API's target) is made
    this way. The key's salt is given, so every copy made with one key starts with the same salt.
    """
    path = Path(path)
    _check_key(db_key)
    if read_only:
        con = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                check_same_thread=False)
    else:
        con = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute("PRAGMA key = '{}'".format(_key_literal(db_key).replace("'", "''")))
        con.execute("PRAGMA cipher_compatibility = 4")
        if not read_only:
            con.execute("PRAGMA secure_delete = 1")
    except BaseException:
        con.close()
        raise
    return con


def is_damage(exc: BaseException) -> bool:
    """True for SQLITE_CORRUPT / SQLITE_NOTADB, looking through peewee's exception wrapper."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        err = todo.pop()
        if id(err) in seen:
            continue
        seen.add(id(err))
        code = getattr(err, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        todo.extend(a for a in err.args if isinstance(a, BaseException))
        todo.extend(e for e in (err.__cause__, err.__context__) if e is not None)
    text = str(exc)
    return "file is not a database" in text or "malformed" in text


def _close_quietly(db: peewee.Database) -> None:
    with contextlib.suppress(Exception):
        if not db.is_closed():
            db.close()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and does not need it."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
