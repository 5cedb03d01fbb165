"""A working session: create, convert, unlock and log in to the encrypted register.

The register file (``register.db``) is SQLCipher-encrypted with a random database key. The key is
kept only wrapped, once per account and once for the recovery key, in the key-slot file beside it
(``register.keys``, :mod:`pedagogue_app.db.keyslots`); the failed-login counters are in
``register.logins`` (:mod:`.accounts`). So a login is in two halves:

1. before the register can be opened: the counters and the password open a key slot
   (:class:`~.accounts.LoginGate`); failures are counted and queued for the audit;
2. the register is opened with the key, then the account row decides the role, the queued
   failures and the login are audited (:meth:`~.accounts.AccountService.finish_login`).

A register written by a version before encryption (a plain SQLite file, no key file) is converted
by :func:`encrypt_existing` when its first administrator is created.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..db import Register, RegisterError, open_register
from ..db.cipher import encrypt_plain, is_encrypted
from ..db.keyslots import DEFAULT_KDF, KdfParams, KeySlots, write_atomic
from ..paths import backups_dir
from .accounts import ADMIN_ROLE, AccountService, LoginGate, check_new_account, insert_user
from .audit import AuditService
from .context import Actor
from .school import SchoolData, SchoolService

DEMO_ACCOUNTS_FILE = "demo-accounts.json"


def keys_path(register_path: str | os.PathLike[str]) -> Path:
    """``register.keys`` beside ``register.db``."""
    return Path(register_path).with_suffix(".keys")


@dataclass
class Session:
    """The open register and who works in it. ``db_key`` stays in memory for the administrator's
    account operations (a new account's slot wraps it) and for unlocking after an idle lock."""

    register: Register
    actor: Actor
    keyslots: KeySlots
    db_key: bytes = field(repr=False)

    @property
    def accounts(self) -> AccountService:
        return AccountService(self.register, self.keyslots)

    def relogin(self, username: str, password: str) -> Actor:
        """Unlock after an idle lock or switch user without closing the register.

        The password goes through the same gate (counters, waits, lock) as a login; the new
        actor replaces the old one. Raises what :meth:`AccountService.login` raises.
        """
        actor, _key = self.accounts.login(username, password)
        self.actor = actor
        return actor

    def logout(self, detail: str = "") -> None:
        self.accounts.logout(self.actor, detail)

    def close(self, detail: str = "exit") -> None:
        with contextlib.suppress(Exception):
            if not self.register.db.is_closed():
                self.logout(detail)
        self.register.close()


def _validate_admin(username: str, full_name: str, password: str) -> tuple[str, str]:
    return check_new_account(username, full_name, ADMIN_ROLE, password)


def create_register(path: str | os.PathLike[str], school: SchoolData | None, username: str,
                    full_name: str, password: str, *, kdf: KdfParams = DEFAULT_KDF,
                    ) -> tuple[Session, str]:
    """Create a new encrypted register with its administrator; return the session and the
    recovery key (exists nowhere else: show it once and have it printed).

    Nothing is written before the account is validated; a failure after the key file was written
    removes both files again.

    Raises:
        ValidationError: bad login name, full name or a password the rule refuses; a bad school
            profile.
        FileExistsError: a register or a key file is there already.
    """
    path = Path(path)
    name, full = _validate_admin(username, full_name, password)
    keys = keys_path(path)
    if (path.exists() and path.stat().st_size) or keys.exists():
        raise FileExistsError(f"{path} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.parent / DEMO_ACCOUNTS_FILE).unlink(missing_ok=True)  # never shown for a real register
    slots, db_key, recovery_key = KeySlots.create(keys, name, password, kdf=kdf)
    register: Register | None = None
    try:
        register = open_register(path, create=True, key=db_key)
        admin = Actor(name, ADMIN_ROLE, register.device_id)
        with register.db.atomic("IMMEDIATE"):
            uid = insert_user(register, name, full, ADMIN_ROLE, register.device_id)
            if school is not None:
                SchoolService(register).save(admin, school)
        AuditService(register).record(admin, "account_created", "user", uid, ADMIN_ROLE)
        AuditService(register).record(admin, "login", "user", uid, "register created")
    except BaseException:
        if register is not None:
            register.close()
        _remove_register_files(path)
        keys.unlink(missing_ok=True)
        raise
    return Session(register, admin, slots, db_key), recovery_key


def needs_conversion(path: str | os.PathLike[str]) -> bool:
    """True for a plain register of an earlier version (content, not encrypted, no key file)."""
    path = Path(path)
    return (path.exists() and path.stat().st_size > 0 and not is_encrypted(path)
            and not keys_path(path).exists())


def encrypt_existing(path: str | os.PathLike[str], username: str, full_name: str, password: str,
                     *, kdf: KdfParams = DEFAULT_KDF) -> tuple[Session, str, Path]:
    """Convert a plain register of an earlier version: create the administrator and the key
    file, write the encrypted register, keep an encrypted copy of it in ``backups/`` and
    overwrite the plain file before removing it. Return the session, the recovery key and the
    backup copy.

    Every row is copied and counted (:func:`~pedagogue_app.db.cipher.encrypt_plain`); the plain
    file is only removed once the encrypted one has opened and passed its integrity check, so a
    failure at any step leaves the plain register as it was (and no key file).

    Raises:
        ValidationError: the account is refused (nothing is written).
        RegisterError: the plain register cannot be read (it is left as it was).
        FileExistsError: there is a key file already.
    """
    path = Path(path)
    name, full = _validate_admin(username, full_name, password)
    keys = keys_path(path)
    if keys.exists():
        raise FileExistsError(f"{keys} already exists")
    # Bring the plain file up to the current schema first (with its own copy before migrating)
    # and fold its WAL in, so the export sees one complete file.
    open_register(path).close()
    slots, db_key, recovery_key = KeySlots.create(keys, name, password, kdf=kdf)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.encrypting")
    folder = backups_dir(path.parent)
    copy = folder / f"{path.stem}-before-encryption-{stamp}.db"
    try:
        encrypt_plain(path, tmp, db_key)
        open_register(tmp, key=db_key, verify=True).close()
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp, copy)
    except BaseException:
        _remove_register_files(tmp)
        copy.unlink(missing_ok=True)
        keys.unlink(missing_ok=True)
        raise
    _shred(path)
    os.replace(tmp, path)
    encrypt_old_copies(folder, db_key)
    register = open_register(path, key=db_key, verify=False)
    try:
        admin = Actor(name, ADMIN_ROLE, register.device_id)
        row = register.db.execute_sql(
            'SELECT uid FROM "user" WHERE username = ? AND deleted = 0', (name,)).fetchone()
        with register.db.atomic("IMMEDIATE"):
            if row is None:
                uid = insert_user(register, name, full, ADMIN_ROLE, register.device_id)
            else:  # a user row of the earlier version: it becomes the administrator
                uid = str(row[0])
                register.db.execute_sql(
                    'UPDATE "user" SET role = ?, is_active = 1, full_name = ? WHERE uid = ?',
                    (ADMIN_ROLE, full, uid))
        audit = AuditService(register)
        audit.record(admin, "account_created", "user", uid, ADMIN_ROLE)
        audit.record(admin, "login", "user", uid, "register encrypted")
    except BaseException:
        register.close()
        raise
    return Session(register, admin, slots, db_key), recovery_key, copy


def encrypt_old_copies(folder: Path, db_key: bytes) -> list[Path]:
    """Encrypt, in place, the plain copies an earlier version left in the backups folder (its
    backups and copies before migrations), so no plain personal data stays on disk. A copy that
    cannot be read is left as it was (and named in the log of the caller). Returns the copies
    encrypted."""
    done: list[Path] = []
    if not folder.is_dir():
        return done
    for copy in sorted(folder.glob("*.db")):
        if is_encrypted(copy):
            continue
        tmp = copy.with_name(f".{copy.name}.{uuid.uuid4().hex}.encrypting")
        try:
            encrypt_plain(copy, tmp, db_key)
        except (RegisterError, OSError):
            _remove_register_files(tmp)
            continue
        side = copy.with_suffix(".json")
        if side.exists():
            with contextlib.suppress(OSError, ValueError, TypeError):
                doc = json.loads(side.read_text("utf-8"))
                doc["size"] = tmp.stat().st_size
                doc["sha256"] = hashlib.sha256(tmp.read_bytes()).hexdigest()
                write_atomic(side, json.dumps(doc, indent=1).encode("utf-8"))
        _shred(copy)
        os.replace(tmp, copy)
        done.append(copy)
    return done


def _shred(path: Path) -> None:
    """Overwrite a plain register with zeros before removing it (and its WAL and shm)."""
    for victim in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            size = victim.stat().st_size
            with victim.open("r+b") as fh:
                block = b"\0" * 65536
                left = size
                while left > 0:
                    left -= fh.write(block[:min(left, len(block))])
                fh.flush()
                os.fsync(fh.fileno())
            if victim != path:
                victim.unlink()


def _remove_register_files(path: Path) -> None:
    for victim in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        victim.unlink(missing_ok=True)


def log_in(path: str | os.PathLike[str], username: str, password: str, *,
           now: datetime | None = None, verify: bool = False) -> Session:
    """Open the register at ``path`` as ``username``.

    Raises:
        KeySlotsNotFound, KeySlotsDamaged: the key file is missing or damaged (nothing changed).
        LoginFailed, LoginDelayed, AccountLocked: from the gate (counted and queued for audit).
        AccountDisabled, AccountLocked: from the account row, after the register opened.
        RegisterError: the register cannot be opened with the key (WrongKey: it belongs to
            another key file; RegisterDamaged; RegisterTooNew).
    """
    path = Path(path)
    slots = KeySlots.load(keys_path(path))
    moment = now or datetime.now(UTC)
    db_key = LoginGate.closed_register(slots).attempt(username, password, moment)
    return _open_session(path, slots, db_key, username, moment, verify)


def recover(path: str | os.PathLike[str], recovery_key: str, username: str,
            new_password: str, *, now: datetime | None = None) -> Session:
    """Log in with the recovery key and give ``username`` a new password (also unlocking it).

    Raises:
        KeySlotsNotFound, KeySlotsDamaged; RecoveryKeyMistyped, WrongRecoveryKey (queued for
        the audit); NotFound, AccountDisabled, ValidationError from the account (the register is
        closed again, the password unchanged).
    """
    path = Path(path)
    slots = KeySlots.load(keys_path(path))
    db_key = LoginGate.closed_register(slots).recover(recovery_key, username)
    register = open_register(path, key=db_key, verify=False)
    try:
        service = AccountService(register, slots)
        service.flush_queued_failures()
        actor, db_key = service.recover(recovery_key, username, new_password)
    except BaseException:
        register.close()
        raise
    return Session(register, actor, slots, db_key)


def _open_session(path: Path, slots: KeySlots, db_key: bytes, username: str,
                  moment: datetime, verify: bool) -> Session:
    register = open_register(path, key=db_key, verify=verify)
    try:
        actor = AccountService(register, slots).finish_login(username, moment)
    except BaseException:
        register.close()
        raise
    return Session(register, actor, slots, db_key)


# -- the demo register's accounts -----------------------------------------------------------------

@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    full_name: str


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Demo-Terek-2026", "admin", "Ержанов Талғат Серікұлы"),
    DemoAccount("pedagog", "Demo-Kayin-2026", "social_pedagogue", "Сейітова Әлия Маратқызы"),
    DemoAccount("psiholog", "Demo-Shyrsha-2026", "psychologist", "Ковалева Ирина Павловна"),
    DemoAccount("direktor", "Demo-Emen-2026", "director", "Бекова Гүлнар Асқарқызы"),
)


def write_demo_accounts(register_path: Path, accounts: tuple[DemoAccount, ...]) -> None:
    """The demo's fictional accounts in plain text beside the demo register (and only there):
    the demo's login screen shows them."""
    doc = [{"username": a.username, "password": a.password, "role": a.role,
            "full_name": a.full_name} for a in accounts]
    write_atomic(register_path.parent / DEMO_ACCOUNTS_FILE,
                 json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))


def demo_accounts(register_path: str | os.PathLike[str]) -> list[DemoAccount]:
    """The demo accounts to show on the login screen: only for a register written by the demo,
    which leaves the accounts file beside it (creating a real register removes a stale one)."""
    path = Path(register_path)
    file = path.parent / DEMO_ACCOUNTS_FILE
    if not file.exists():
        return []
    try:
        doc = json.loads(file.read_text("utf-8"))
        return [DemoAccount(str(d["username"]), str(d["password"]), str(d["role"]),
                            str(d["full_name"])) for d in doc]
    except (OSError, ValueError, TypeError, KeyError):
        return []
