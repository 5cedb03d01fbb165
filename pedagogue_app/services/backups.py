"""Backups of the register and restoring one: consistent copies, rotation, checks before replacing.

A backup is made with SQLite's online backup API from the register's own connection: the pages
are copied as they are, while the app keeps working (WAL readers do not block writers). Nothing is
exported row by row and nothing is decrypted on the way, so once the register is encrypted the
copy is encrypted the same way (the ``connect`` hook then opens the copies with the key).

Files in the backups folder (``<data folder>/backups``):

* ``register-YYYYMMDD-HHMMSS-<kind>.db`` with a ``.json`` sidecar of the same stem: sha256, size,
  schema version and the identity of the register (its ``device_id`` setting and its School uid),
  so a restore can refuse a damaged copy or a copy of another school's register;
* ``register-replaced-YYYYMMDD-HHMMSS.db``: the register as it was before a restore (never pruned);
* ``register-schemaN-...db``: copies made before migrations (connection.py; never pruned here).

Automatic backups (``daily`` and ``exit``) are rotated: 7 daily, 4 weekly, 12 monthly. Manual
backups are never removed by the program.

Restoring works on closed files (:func:`restore_file`, used by the command line, works even when
the current register cannot be opened any more); :meth:`BackupService.restore` closes the open
register, restores and reconnects the same :class:`Register` object, so services built on it keep
working.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import __version__, models
from ..db import Register, migrations, open_register
from .access import AccessDenied
from .context import Actor

KINDS = ("daily", "exit", "manual")
AUTOMATIC = ("daily", "exit")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SIDECAR_FORMAT = 1
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^register-(\d{8}-\d{6})-(daily|exit|manual)(?:-(\d+))?\.db$")
_CHUNK = 1 << 20

#: An open connection: :class:`sqlite3.Connection`, or sqlcipher3's of the same interface.
Connection = Any
#: Opens a connection to a backup copy or a closed register: ``connect(path, read_only)``. The
#: plain default is :func:`plain_connect`; the encrypted register passes one that sets the key
#: (a backup's pages are written through it, so the copy is encrypted with the same key).
Connect = Callable[[Path, bool], Connection]

try:  # the encrypted register's driver raises its own exception classes
    from sqlcipher3 import dbapi2 as _sqlcipher
except ImportError:  # pragma: no cover - a plain build
    DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
    DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
else:
    DB_ERRORS = (sqlite3.Error, _sqlcipher.Error)
    DATABASE_ERRORS = (sqlite3.DatabaseError, _sqlcipher.DatabaseError)


class BackupError(Exception):
    """A backup or restore could not be done; nothing was replaced and no partial file is left.

    ``code`` tells the UI which message to show: not_found, not_a_register, damaged, too_new,
    another_school, no_space, not_writable, in_use, busy, failed.
    """

    def __init__(self, code: str, path: Path, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.path = path


@dataclass(frozen=True)
class Identity:
    """Which register a file belongs to: its ``device_id`` setting and its School uid."""

    register_id: str
    school_uid: str = ""


def same_register(a: Identity, b: Identity) -> bool:
    """True when ``a`` and ``b`` are the same school's register.

    When both have a school profile its uid decides; otherwise the register id (the ``device_id``
    setting, made once per register file) must match.
    """
    if a.school_uid and b.school_uid:
        return a.school_uid == b.school_uid
    return bool(a.register_id) and a.register_id == b.register_id


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str  # "" when listed without a sidecar (not computed while listing)
    created_at: datetime  # local time, naive
    kind: str  # daily, exit, manual; "other" for a file not named by this module
    schema_version: int = 0
    identity: Identity | None = None

    @property
    def sidecar(self) -> Path:
        return sidecar_path(self.path)


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".json")


def plain_connect(path: Path, read_only: bool) -> Connection:
    """Open an unencrypted SQLite file; read-only opens never write anything beside it."""
    if read_only:
        if not path.is_file():
            raise sqlite3.OperationalError("unable to open database file")
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    return sqlite3.connect(str(path))


def _local(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now().replace(microsecond=0)
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)
    return now.replace(microsecond=0)


# --- low-level file helpers (plain os calls: a full disk shows up here as ENOSPC) --------------

def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_new_file(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist), write ``data`` and fsync; remove it on failure."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        _unlink(path)
        raise


def _copy_into(src: Path, fd: int) -> None:
    """Copy the bytes of ``src`` into the open descriptor ``fd`` and fsync it."""
    with src.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            _write_all(fd, chunk)
    os.fsync(fd)


def _copy_new_file(src: Path, dst: Path) -> None:
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        try:
            _copy_into(src, fd)
        finally:
            os.close(fd)
    except BaseException:
        _unlink(dst)
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows cannot open folders and needs none)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _unlink_db(path: Path) -> None:
    """Remove an SQLite file and whatever SQLite may have made beside it."""
    for p in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            _unlink(p)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _unique(folder: Path, stem: str, suffix: str = ".db") -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists() or sidecar_path(candidate).exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def _os_error(exc: OSError, path: Path, doing: str) -> BackupError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BackupError("no_space", path, f"Not enough free space in {path} while {doing}.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return BackupError("not_writable", path,
                           f"Cannot write to {path} while {doing}: the folder is read-only "
                           "or access is denied.")
    if exc.errno == errno.ENOENT:
        return BackupError("not_found", path, f"The folder {path} does not exist.")
    return BackupError("failed", path, f"Could not finish {doing} in {path}: {exc.strerror or exc}.")


def _sqlite_error(exc: Exception, path: Path, doing: str) -> BackupError:
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):
        return BackupError("no_space", path, f"Not enough free space in {path} while {doing}.")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return BackupError("not_writable", path,
                           f"Cannot write to {path} while {doing}: the folder is read-only "
                           "or access is denied.")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return BackupError("busy", path, f"The register is busy; try {doing} again in a moment.")
    return BackupError("failed", path, f"Could not finish {doing} in {path}: {exc}.")


# --- reading a register file -------------------------------------------------------------------

def read_identity(con: Connection) -> Identity:
    """The identity stored in a register (its ``device_id`` setting and School uid)."""
    row = con.execute("SELECT value FROM setting WHERE key = 'device_id'").fetchone()
    school = con.execute(
        "SELECT uid FROM school WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()
    return Identity(register_id=str(row[0]) if row else "",
                    school_uid=str(school[0]) if school else "")


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    side = sidecar_path(path)
    if not side.exists():
        return None
    try:
        data = json.loads(side.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError("damaged", path,
                          f"The description file {side.name} of the backup cannot be read: "
                          f"{exc}.") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sha256"), str):
        raise BackupError("damaged", path, f"The description file {side.name} is not valid.")
    return data


def _name_info(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), STAMP), match.group(2)


def _inspect(path: Path, connect: Connect) -> tuple[int, Identity]:
    """Open ``path`` read-only; check it is a register, readable and intact.

    Returns (schema version, identity). Raises BackupError not_a_register / damaged / too_new.
    """
    try:
        con = connect(path, True)
    except DB_ERRORS as exc:
        raise BackupError("not_found", path, f"Cannot open {path}: {exc}.") from exc
    try:
        try:
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
        except DATABASE_ERRORS as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise BackupError("not_a_register", path,
                                  f"{path.name} is not a register of this program.") from exc
            raise BackupError("damaged", path, f"{path.name} is damaged: {exc}.") from exc
        if app_id != migrations.APPLICATION_ID:
            raise BackupError("not_a_register", path,
                              f"{path.name} is not a register of this program.")
        if version > migrations.LATEST:
            raise BackupError("too_new", path,
                              f"{path.name} was made by a newer version of the program (schema "
                              f"{version} > {migrations.LATEST}); update the program first.")
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            identity = read_identity(con)
        except DATABASE_ERRORS as exc:
            raise BackupError("damaged", path, f"{path.name} is damaged: {exc}.") from exc
        if [r[0] for r in rows] != ["ok"]:
            raise BackupError("damaged", path,
                              f"{path.name} is damaged: {rows[0][0] if rows else 'no answer'}.")
        return version, identity
    finally:
        con.close()


def check_file(path: str | os.PathLike[str], connect: Connect = plain_connect) -> BackupInfo:
    """Check a backup file by itself (not which school it belongs to).

    It must exist, match the sha256 of its sidecar (when there is one), be this program's register
    (application id), not be newer than the program and pass ``PRAGMA integrity_check``.

    Raises:
        BackupError: not_found, damaged, not_a_register or too_new.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError("not_found", path, f"There is no file {path}.")
    sidecar = _read_sidecar(path)
    try:
        size, digest = path.stat().st_size, _sha256(path)
    except OSError as exc:
        raise BackupError("not_found", path, f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if sidecar is not None and sidecar["sha256"] != digest:
        raise BackupError("damaged", path,
                          f"{path.name} was changed or damaged after the backup was made "
                          "(its checksum does not match).")
    version, identity = _inspect(path, connect)
    named = _name_info(path)
    created: datetime | None = None
    if sidecar is not None:
        with contextlib.suppress(TypeError, ValueError):
            created = datetime.fromisoformat(str(sidecar.get("created_at")))
    if created is None:
        created = named[0] if named else datetime.fromtimestamp(int(path.stat().st_mtime))
    kind = str(sidecar.get("kind")) if sidecar else (named[1] if named else "other")
    return BackupInfo(path=path, size=size, sha256=digest, created_at=created, kind=kind,
                      schema_version=version, identity=identity)


def _refuse_other_school(backup: BackupInfo, current: Identity) -> None:
    if backup.identity is None or not same_register(backup.identity, current):
        raise BackupError("another_school", backup.path,
                          f"{backup.path.name} is a backup of another school's register; "
                          "it was not restored.")


# --- rotation ----------------------------------------------------------------------------------

def kept_by_rotation(backups: Iterable[BackupInfo], now: datetime | None = None, *,
                     daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
                     monthly: int = KEEP_MONTHLY) -> set[Path]:
    """The automatic backups that grandfather-father-son rotation keeps.

    The newest backup of each of the ``daily`` most recent days that have a backup is kept, and
    likewise for ISO weeks and calendar months (the rules are independent; a file kept by any of
    them stays). Manual backups are not considered (the caller never removes them); backups dated
    after ``now`` (a clock set wrongly) are kept and not counted.
    """
    moment = _local(now)
    auto = sorted((b for b in backups if b.kind in AUTOMATIC),
                  key=lambda b: (b.created_at, b.path.name), reverse=True)
    keep = {b.path for b in auto if b.created_at > moment}
    past = [b for b in auto if b.created_at <= moment]
    rules: list[tuple[Callable[[datetime], tuple[int, ...]], int]] = [
        (lambda t: (t.year, t.month, t.day), daily),
        (lambda t: tuple(t.isocalendar())[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ]
    for period, count in rules:
        seen: set[tuple[int, ...]] = set()
        for b in past:  # newest first: the first one met in a period is its newest
            if len(seen) >= count:
                break
            key = period(b.created_at)
            if key not in seen:
                seen.add(key)
                keep.add(b.path)
    return keep


# --- restoring closed files --------------------------------------------------------------------

_JOURNALS = ("-wal", "-journal")  # would be replayed into the restored file: never left beside it


def _current_identity(register_path: Path, connect: Connect) -> Identity | None:
    """Read the identity of the (closed) current register; None if it cannot be read."""
    try:
        con = connect(register_path, False)
    except DB_ERRORS:
        return None
    try:
        app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
        if app_id != migrations.APPLICATION_ID:
            return None
        return read_identity(con)
    except DATABASE_ERRORS:
        return None
    finally:
        con.close()


def _checkpoint(register_path: Path, connect: Connect) -> None:
    """Fold the WAL back into the register; BackupError in_use if another program holds it."""
    try:
        con = connect(register_path, False)
        try:
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            con.close()
    except DATABASE_ERRORS:
        return  # a damaged register: its journal files are kept beside the replaced copy
    if busy or Path(f"{register_path}-wal").exists():  # another connection keeps it open
        raise BackupError("in_use", register_path,
                          "The register is open in the program (or another one); close it and "
                          "try again. Nothing was replaced.")


def restore_file(register_path: str | os.PathLike[str], backup_path: str | os.PathLike[str],
                 backup_dir: str | os.PathLike[str], now: datetime | None = None, *,
                 connect: Connect = plain_connect) -> Path | None:
    """Replace the (closed) register at ``register_path`` with the backup at ``backup_path``.

    The backup is checked first (:func:`check_file`); if the current register can be read it must
    be the same school's register. The current register is checkpointed and copied to
    ``backup_dir/register-replaced-YYYYMMDD-HHMMSS.db`` (with a damaged register, its -wal and
    -journal files too); the backup is copied beside the register, fsynced, compared with the
    checked checksum and moved over the register with one atomic rename. Nothing is changed
    when any step fails.

    The register must not be open anywhere (the program's window included): the caller closes
    it before and reopens it after (:func:`open_register` then migrates an older backup).

    Returns:
        the kept copy of the replaced register, or None when there was no register file.

    Raises:
        BackupError: the backup is refused (not_found, not_a_register, damaged, too_new,
            another_school), the register is in use (in_use), or the disk is full or read-only
            (no_space, not_writable).
    """
    register_path, backup_dir = Path(register_path), Path(backup_dir)
    backup_path = Path(backup_path)
    info = check_file(backup_path, connect)
    exists = register_path.exists()
    if exists:
        current = _current_identity(register_path, connect)
        if current is not None:
            _refuse_other_school(info, current)
            _checkpoint(register_path, connect)
    folder = register_path.parent
    stamp = _local(now).strftime(STAMP)
    made: list[Path] = []
    tmp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".register-restore-", suffix=".tmp", dir=folder)
        tmp = Path(name)
        try:
            _copy_into(backup_path, fd)
        finally:
            os.close(fd)
        if _sha256(tmp) != info.sha256:
            raise BackupError("damaged", backup_path,
                              f"{backup_path.name} changed while it was being copied; "
                              "nothing was replaced.")
        kept: Path | None = None
        if exists:
            backup_dir.mkdir(parents=True, exist_ok=True)
            kept = _unique(backup_dir, f"register-replaced-{stamp}")
            _copy_new_file(register_path, kept)
            made.append(kept)
            for suffix in _JOURNALS:
                journal = Path(f"{register_path}{suffix}")
                if journal.exists():
                    target = Path(f"{kept}{suffix}")
                    _copy_new_file(journal, target)
                    made.append(target)
            _fsync_dir(backup_dir)
            for suffix in (*_JOURNALS, "-shm"):
                _unlink(Path(f"{register_path}{suffix}"))
        try:
            os.replace(tmp, register_path)
        except PermissionError as exc:  # Windows: the file is open somewhere
            raise BackupError("in_use", register_path,
                              "The register is open in the program (or another one); close it "
                              "and try again. Nothing was replaced.") from exc
        tmp = None
        _fsync_dir(folder)
        return kept
    except BackupError:
        for p in made:
            _unlink(p)
        raise
    except OSError as exc:
        for p in made:
            _unlink(p)
        where = Path(exc.filename).parent if exc.filename else folder
        raise _os_error(exc, where, "restoring") from exc
    finally:
        if tmp is not None:
            _unlink(tmp)


# --- the service -------------------------------------------------------------------------------

class BackupService:
    """Backups of one open register into ``backup_dir`` (``paths.backups_dir(data folder)``).

    Call it from the thread that owns the register's connection (the window's thread).
    """

    def __init__(self, register: Register, backup_dir: str | os.PathLike[str], *,
                 connect: Connect | None = None) -> None:
        self.register = register
        self.backup_dir = Path(backup_dir)
        # an encrypted register's copies are opened with its key
        self.connect: Connect = connect or register.connect

    # -- making backups ------------------------------------------------------------------------

    def backup_now(self, actor: Actor, kind: str = "daily", target_dir: str | os.PathLike[str]
                   | None = None, now: datetime | None = None) -> BackupInfo:
        """Copy the open register into ``target_dir`` (default: the backups folder).

        ``daily`` and ``exit`` are the program's own backups (any user's session makes them);
        ``manual`` is a user's act, refused to the director. The copy goes to a temporary file,
        is checked with ``PRAGMA integrity_check``, fsynced and renamed to
        ``register-YYYYMMDD-HHMMSS-<kind>.db``; its sidecar ``.json`` follows.

        Raises:
            AccessDenied: a director asked for a manual backup.
            BackupError: no_space, not_writable, not_found (no such target folder), busy (a
                write transaction is open on the register's connection), damaged, failed.
                No partial file is left behind.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown backup kind {kind!r}")
        if kind == "manual" and actor.role == "director":
            raise AccessDenied(actor, "make", "backup")
        moment = _local(now)
        if target_dir is None:
            folder = self.backup_dir
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _os_error(exc, folder, "making a backup") from exc
        else:
            folder = Path(target_dir)
            if not folder.is_dir():
                raise BackupError("not_found", folder, f"The folder {folder} does not exist.")
        source = self.register.db.connection()
        if source.in_transaction:
            raise BackupError("busy", self.register.path,
                              "A change is being saved; make the backup when it is finished.")
        tmp: Path | None = None
        side_tmp: Path | None = None
        renamed: Path | None = None
        try:
            fd, name = tempfile.mkstemp(prefix=".register-backup-", suffix=".tmp", dir=folder)
            os.close(fd)
            tmp = Path(name)
            self._copy_pages(source, tmp)
            _fsync(tmp)
            version, identity = _inspect(tmp, self.connect)
            size, digest = tmp.stat().st_size, _sha256(tmp)
            final = _unique(folder, f"register-{moment.strftime(STAMP)}-{kind}")
            sidecar = {
                "format": SIDECAR_FORMAT, "file": final.name, "kind": kind,
                "created_at": moment.isoformat(), "size": size, "sha256": digest,
                "schema_version": version, "register_id": identity.register_id,
                "school_uid": identity.school_uid,
                "application_id": migrations.APPLICATION_ID, "app_version": __version__,
            }
            side_tmp = tmp.with_name(tmp.name + ".json")
            _write_new_file(side_tmp, json.dumps(sidecar, indent=1).encode("utf-8"))
            os.replace(tmp, final)
            tmp, renamed = None, final
            os.replace(side_tmp, sidecar_path(final))
            side_tmp = renamed = None
            if target_dir is not None:
                self._copy_keys(final)
            _fsync_dir(folder)
        except BackupError as exc:
            if exc.code in ("damaged", "not_a_register"):  # the copy itself is bad
                exc = BackupError("damaged", folder,
                                  f"The backup copy failed its integrity check ({exc}); "
                                  "nothing was kept.")
            self._clean(tmp, side_tmp, renamed)
            raise exc from None
        except OSError as exc:
            self._clean(tmp, side_tmp, renamed)
            raise _os_error(exc, folder, "making a backup") from exc
        except DB_ERRORS as exc:
            self._clean(tmp, side_tmp, renamed)
            raise _sqlite_error(exc, folder, "making a backup") from exc
        return BackupInfo(path=final, size=size, sha256=digest, created_at=moment, kind=kind,
                          schema_version=version, identity=identity)

    def _copy_keys(self, final: Path) -> None:
        """Beside a backup in a chosen folder (a USB stick), a copy of the key-slot file: with
        it the copy can be restored on another computer with a password or the recovery key.
        The key file holds only wrapped keys and login names."""
        keys = self.register.path.with_suffix(".keys")
        if self.register.encrypted and keys.exists():
            _copy_new_file(keys, final.with_suffix(".keys"))

    def _copy_pages(self, source: Connection, target: Path) -> None:
        dest = self.connect(target, False)
        try:
            source.backup(dest)  # one step: a consistent snapshot; WAL writers are not blocked
            # A self-contained file (no -wal needed to read it), also on read-only media.
            dest.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dest.close()

    @staticmethod
    def _clean(tmp: Path | None, side_tmp: Path | None, renamed: Path | None) -> None:
        """Remove what a failed backup left: the temporary copy (and anything SQLite made
        beside it), the temporary sidecar, a copy already renamed without its sidecar."""
        for path in (tmp, renamed):
            if path is not None:
                _unlink_db(path)
        if side_tmp is not None:
            _unlink(side_tmp)

    # -- the backups folder --------------------------------------------------------------------

    def list_backups(self) -> list[BackupInfo]:
        """Backups named by this module in the backups folder, newest first (nothing is hashed:
        ``sha256`` comes from the sidecar, "" without one)."""
        found: list[BackupInfo] = []
        if not self.backup_dir.is_dir():
            return found
        for path in self.backup_dir.iterdir():
            named = _name_info(path)
            if named is None or not path.is_file():
                continue
            digest, version = "", 0
            identity: Identity | None = None
            side = sidecar_path(path)
            if side.exists():
                with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                    data = json.loads(side.read_text("utf-8"))
                    digest = str(data.get("sha256", ""))
                    version = int(data.get("schema_version", 0))
                    identity = Identity(str(data.get("register_id", "")),
                                        str(data.get("school_uid", "")))
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(BackupInfo(path=path, size=size, sha256=digest, created_at=named[0],
                                    kind=named[1], schema_version=version, identity=identity))
        found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
        return found

    def due_daily(self, now: datetime | None = None) -> bool:
        """True when no automatic backup (daily or exit) was made today (local date of ``now``)."""
        today = _local(now).date()
        return not any(b.kind in AUTOMATIC and b.created_at.date() == today
                       for b in self.list_backups())

    def prune(self, now: datetime | None = None) -> list[Path]:
        """Remove the automatic backups rotation does not keep (with their sidecars).

        Only ``register-...-daily.db`` and ``register-...-exit.db`` in the backups folder are
        ever removed; manual backups, replaced registers and pre-migration copies stay. A file
        that cannot be removed is left for the next time. Returns the removed backups.
        """
        backups = self.list_backups()
        keep = kept_by_rotation(backups, now)
        removed: list[Path] = []
        for b in backups:
            if b.kind not in AUTOMATIC or b.path in keep:
                continue
            try:
                b.path.unlink()
            except OSError:
                continue
            with contextlib.suppress(OSError):
                _unlink(b.sidecar)
            removed.append(b.path)
        return removed

    # -- checking and restoring ----------------------------------------------------------------

    def check(self, path: str | os.PathLike[str]) -> BackupInfo:
        """Check a backup for restoring into the open register (see :func:`check_file`); it must
        also be this school's register (BackupError ``another_school``)."""
        info = check_file(path, self.connect)
        _refuse_other_school(info, read_identity(self.register.db.connection()))
        return info

    def restore(self, actor: Actor, path: str | os.PathLike[str],
                now: datetime | None = None) -> Path:
        """Replace the open register with the backup at ``path``; administrators only.

        The backup is checked while the register is still open (a refusal changes nothing).
        Then this thread's connection is closed, :func:`restore_file` replaces the file (keeping
        the old one in the backups folder), the result is opened once with
        :func:`open_register` (migrating an older backup, verifying it) and the same
        :class:`Register` object is reconnected, so the services built on it keep working.
        Connections of other threads must be closed first (else BackupError ``in_use``).

        Returns:
            the kept copy of the replaced register.

        Raises:
            AccessDenied: not an administrator.
            BackupError: the backup was refused or could not be copied; the register is the old
                one and open again.
            RegisterError: the restored file could not be opened (not expected after the
                checks); the register object then stays closed and the old file is kept.
        """
        if actor.role != "admin":
            raise AccessDenied(actor, "restore", "backup")
        self.check(path)
        reg = self.register
        reg.close()
        try:
            kept = restore_file(reg.path, path, self.backup_dir, now, connect=self.connect)
        except BaseException:
            self._reconnect()
            raise
        assert kept is not None  # the register was open, so its file existed
        # migrations and the integrity check of the restored file
        fresh = open_register(reg.path, key=reg.key)
        fresh.close()
        self._reconnect()
        reg.device_id = fresh.device_id
        return kept

    def _reconnect(self) -> None:
        self.register.db.connect()
        models.db_proxy.initialize(self.register.db)


__all__ = [
    "AUTOMATIC", "KINDS", "BackupError", "BackupInfo", "BackupService", "Connect", "Identity",
    "check_file", "kept_by_rotation", "plain_connect", "read_identity",
    "restore_file", "same_register", "sidecar_path",
]
