"""Accounts: the password rule, login with lockout, and the administrator's account operations.

Every account is a row of ``user`` (name, role, active) plus a key slot in the key-slot file
(``register.keys``, see :mod:`pedagogue_app.db.keyslots`): the password opens the slot and gives
the database key. Creating an account adds a slot, a password change or reset rewraps it, and
disabling an account removes it, so a disabled password opens nothing even outside this program.

Failed logins
-------------
The first :data:`FREE_FAILURES` failures of an account cost nothing. Each further failure imposes
a wait before the next attempt: 30 s, then twice as long each time, at most 15 minutes. An attempt
during the wait is refused with :class:`LoginDelayed` *without trying the password* (no key
derivation runs, nothing is counted). The :data:`LOCK_AFTER`-th failure locks the account
(:class:`AccountLocked`) until an administrator unlocks it (:meth:`AccountService.unlock`,
:meth:`AccountService.reset_password`) or the recovery key is used (:meth:`AccountService.recover`).
A successful login clears the counter.

Where the counters live: in a small JSON file beside the key file (``register.logins``), keyed by
username. Once the register is encrypted it cannot be opened before a successful login (the key
comes from the password), so counters kept only in the database could not be read or raised by a
failed attempt. The file is written atomically (temporary file, fsync, rename) and holds only
usernames, counts and times. Every change is also mirrored to the user row (``failed_logins``,
``locked_until``, ``locked``, ``last_login_at``: migration 0005) whenever the register is open, for
the administrator's screen; when both are readable the stricter of the two counts, so deleting
the file does not clear a lock while the register is readable. What the counters do not stop: a
copy of the key file attacked offline; Argon2id is the protection there.

Every failure is audited as ``login_failed`` with an actor carrying the typed name and no role;
success as ``login``; account operations as ``account_created``, ``account_changed``,
``account_disabled``, ``password_changed`` and ``password_reset``. Only the administrator manages
accounts (:class:`~pedagogue_app.services.access.AccessDenied` otherwise).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..db import Register
from ..db.keyslots import (
    DEFAULT_KDF,
    MAX_USERNAME,
    KdfParams,
    KeySlotError,
    KeySlots,
    UnknownAccount,
    WrongPassword,
    write_atomic,
)
from ..db.search import fold
from ..models import new_uid, utc_now
from .access import WRITE, AccessDenied
from .audit import AuditService
from .context import ROLES, Actor
from .errors import FieldError, NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, register_messages
from .validators import clean

RECORD_TYPE = "account"
ADMIN_ROLE = "admin"

FREE_FAILURES = 5
FIRST_WAIT_S = 30
MAX_WAIT_S = 15 * 60
LOCK_AFTER = 20

PASSWORD_MIN = 10
PASSWORD_DISTINCT = 5
FULL_NAME_MAX = 255
NAME_PART_MIN = 3  # shorter parts of a name ("Ли", initials) are not looked for in a password

LOGINS_FORMAT = "pedagogue-app login counters"
LOGINS_VERSION = 1
MAX_QUEUED = 200  # failed attempts kept for the audit while the register is closed

MESSAGES = {
    "password_short": QT_TRANSLATE_NOOP(
        "Validation", "The password is too short: use at least 10 characters."),
    "password_digits": QT_TRANSLATE_NOOP(
        "Validation", "The password cannot be only digits: add letters."),
    "password_name": QT_TRANSLATE_NOOP(
        "Validation", "The password cannot contain the login name or a part of the full name."),
    "password_common": QT_TRANSLATE_NOOP(
        "Validation", "This password is one of the most common ones and is guessed first."),
    "password_variety": QT_TRANSLATE_NOOP(
        "Validation", "The password repeats too few characters: use at least 5 different ones."),
    "password_same": QT_TRANSLATE_NOOP(
        "Validation", "The new password must differ from the old one."),
    "username_format": QT_TRANSLATE_NOOP(
        "Validation", "A login name is 1 to 128 printable characters without spaces at the ends."),
    "username_taken": QT_TRANSLATE_NOOP("Validation", "This login name is already used."),
}
register_messages(MESSAGES)

# The most common passwords and the words a school's passwords are made of, folded (see
# search.fold: lower case, ё -> е, Kazakh letters folded). A password equal to one of them, or one
# of them with digits or signs added before or after, is refused.
COMMON_PASSWORDS = frozenset(fold(w) for w in (
    "password", "passw0rd", "qwerty", "qwertyuiop", "qwerty123", "asdfgh", "asdfghjkl", "zxcvbn",
    "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "abc123", "abcdef", "iloveyou", "admin", "administrator",
    "welcome", "letmein", "monkey", "dragon", "football", "sunshine", "princess", "master",
    "123456", "1234567", "12345678", "123456789", "1234567890", "0987654321", "111111", "000000",
    "123123", "654321", "666666", "121212", "7777777", "112233",
    "йцукен", "йцукенгшщз", "йцукенгшщзхъ", "фывапр", "фывапролдж", "ячсмит", "пароль", "парольпароль",
    "привет", "любовь", "солнышко", "админ", "администратор", "кпкп",
    "мектеп", "мектеп1", "школа", "school", "mektep", "сынып", "класс", "ученик", "учитель",
    "мұғалім", "мугалим", "оқушы", "окушы", "директор", "завуч", "педагог", "психолог",
    "социальный", "әлеуметтік", "kazakhstan", "казахстан", "қазақстан", "астана", "алматы",
    "almaty", "astana", "qazaqstan", "сәлем", "салем",
))


def check_password(password: str, username: str, full_name: str) -> list[str]:
    """Reason codes (keys of :data:`MESSAGES`) why ``password`` is refused; empty when fine."""
    reasons: list[str] = []
    text = unicodedata.normalize("NFC", password)
    if len(text) < PASSWORD_MIN:
        reasons.append("password_short")
    if text.isdigit():
        reasons.append("password_digits")
    folded = fold(text).replace(" ", "")
    parts = {fold(username).replace(" ", "")} | {
        p for p in fold(full_name.replace("-", " ")).split() if len(p) >= NAME_PART_MIN}
    if any(p and (p in folded or (len(folded) >= NAME_PART_MIN and folded in p)) for p in parts):
        reasons.append("password_name")
    core = folded.strip("0123456789!@#$%^&*()_-+=.,;:?/\\|~`'\"<>[]{}№")
    if folded in COMMON_PASSWORDS or core in COMMON_PASSWORDS or (core and _repeats(core)):
        reasons.append("password_common")
    if len(set(text)) < PASSWORD_DISTINCT:
        reasons.append("password_variety")
    return reasons


def _repeats(core: str) -> bool:
    """A common word written twice or more ("qwertyqwerty", "мектепмектеп")."""
    return any(len(core) % len(w) == 0 and core == w * (len(core) // len(w))
               for w in COMMON_PASSWORDS if len(w) < len(core))


def validate_password(password: str, username: str, full_name: str) -> None:
    """Raise ValidationError (field ``password``, one error per reason) unless the rule passes."""
    reasons = check_password(password, username, full_name)
    if reasons:
        raise ValidationError([FieldError("password", code) for code in reasons])


def wait_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` consecutive failures."""
    if failures <= FREE_FAILURES:
        return 0
    return min(FIRST_WAIT_S * 2 ** min(failures - FREE_FAILURES - 1, 10), MAX_WAIT_S)


# -- errors -------------------------------------------------------------------------------------

class AccountError(Exception):
    """A login or account operation is refused; ``code`` tells the UI which message to show."""

    code = "account_error"

    def __init__(self, username: str, detail: str = "") -> None:
        super().__init__(f"{self.code}: {username}" + (f" ({detail})" if detail else ""))
        self.username = username


class LoginFailed(AccountError):
    """Wrong password or unknown login name (one message for both). ``wait_s`` is the wait this
    failure imposes before the next attempt (0 for the first five)."""

    code = "login_failed"

    def __init__(self, username: str, failures: int = 0, wait_s: int = 0) -> None:
        super().__init__(username, f"{failures} failures, wait {wait_s} s")
        self.failures = failures
        self.wait_s = wait_s


class LoginDelayed(AccountError):
    """Too many failures: the next attempt is possible in ``seconds_left`` seconds."""

    code = "login_delayed"

    def __init__(self, username: str, seconds_left: int) -> None:
        super().__init__(username, f"{seconds_left} s left")
        self.seconds_left = seconds_left


class AccountLocked(AccountError):
    """Locked after 20 failures: an administrator or the recovery key unlocks it."""

    code = "account_locked"


class AccountDisabled(AccountError):
    code = "account_disabled"


class LastAdmin(AccountError):
    """Disabling this account would leave no active administrator."""

    code = "last_admin"


# -- the counters file ----------------------------------------------------------------------------

@dataclass
class LoginState:
    """One account's counters: consecutive failures, no attempt before ``wait_until``, locked."""

    failures: int = 0
    wait_until: datetime | None = None  # aware UTC
    locked: bool = False

    def seconds_left(self, now: datetime) -> int:
        if self.wait_until is None or now >= self.wait_until:
            return 0
        left = (self.wait_until - now).total_seconds()
        return max(1, int(-(-left // 1)))  # rounded up: never "0 s left" while still refused


class LoginCounters:
    """``register.logins``: failure counters by username, readable before the register opens.

    A missing file means no failures; an unreadable or malformed one is read as empty too (the
    mirror in the user rows still counts, see :meth:`AccountService._state`) and is replaced at
    the next write.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, LoginState]:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            if doc.get("format") != LOGINS_FORMAT:
                return {}
            result = {}
            for name, item in doc["accounts"].items():
                until = item.get("wait_until")
                result[str(name)] = LoginState(
                    failures=int(item["failures"]),
                    wait_until=_aware(datetime.fromisoformat(until)) if until else None,
                    locked=bool(item["locked"]))
            return result
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}

    def _queued(self) -> list[dict[str, str]]:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            return [{"username": str(i["username"]), "detail": str(i["detail"]), "at": str(i["at"])}
                    for i in doc.get("queued", [])][-MAX_QUEUED:]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return []

    def get(self, username: str) -> LoginState:
        return self._read().get(username, LoginState())

    def usernames(self) -> list[str]:
        return sorted(self._read())

    def put(self, username: str, state: LoginState) -> None:
        states = self._read()
        if state == LoginState():
            states.pop(username, None)
        else:
            states[username] = state
        self._write(states, self._queued())

    def queue(self, username: str, detail: str, at: datetime) -> None:
        """Keep a failed attempt made while the register was closed, to be audited at the next
        login (at most the last :data:`MAX_QUEUED`)."""
        queued = self._queued() + [{"username": username[:MAX_USERNAME], "detail": detail,
                                    "at": _aware(at).isoformat(timespec="seconds")}]
        self._write(self._read(), queued[-MAX_QUEUED:])

    def take_queued(self) -> list[dict[str, str]]:
        """The queued failures, removed from the file."""
        queued = self._queued()
        if queued:
            self._write(self._read(), [])
        return queued

    def _write(self, states: dict[str, LoginState], queued: list[dict[str, str]]) -> None:
        doc = {
            "format": LOGINS_FORMAT,
            "version": LOGINS_VERSION,
            "accounts": {
                name: {"failures": s.failures, "locked": s.locked,
                       "wait_until": s.wait_until.isoformat() if s.wait_until else None}
                for name, s in sorted(states.items())},
            "queued": queued,
        }
        write_atomic(self.path, (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("ascii"))


def logins_path(keys_path: Path) -> Path:
    """``register.logins`` beside ``register.keys``."""
    return keys_path.with_suffix(".logins")


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _naive(moment: datetime | None) -> str | None:
    return None if moment is None else str(_aware(moment).replace(tzinfo=None))


@dataclass(frozen=True)
class AccountRow:
    """One account for the administrator's screen (never a password or key)."""

    id: int
    uid: str
    username: str
    full_name: str
    role: str
    is_active: bool
    failed_logins: int
    locked: bool


class LoginGate:
    """The password check with the failure rule, usable before the register is open.

    ``state``/``save`` read and write one account's counters; ``failed(username, detail)``
    records a failure (audited when the register is open, queued in the counters file before).
    """

    def __init__(self, keyslots: KeySlots, state: Callable[[str], LoginState],
                 save: Callable[[str, LoginState], None],
                 failed: Callable[[str, str], None]) -> None:
        self.keyslots = keyslots
        self.state = state
        self.save = save
        self.failed = failed

    @classmethod
    def closed_register(cls, keyslots: KeySlots) -> LoginGate:
        """The gate in front of a closed register: counters and queued failures in the file."""
        counters = LoginCounters(logins_path(keyslots.path))

        def failed(username: str, detail: str) -> None:
            counters.queue(username, detail, datetime.now(UTC))

        return cls(keyslots, counters.get, counters.put, failed)

    def attempt(self, username: str, password: str, now: datetime | None = None) -> bytes:
        """The database key, if ``password`` opens ``username``'s slot and no wait or lock holds.

        Raises:
            LoginDelayed: a wait after failures is running (the password is not tried).
            AccountLocked: locked after 20 failures, or by this failure.
            LoginFailed: wrong password, or no slot for this name (disabled or unknown: not
                counted, there is nothing to guess at).
        """
        moment = _aware(now or datetime.now(UTC))
        name = unicodedata.normalize("NFC", username)
        if name not in self.keyslots.usernames():
            self.failed(name, "unknown")
            raise LoginFailed(name)
        state = self.state(name)
        if state.locked:
            self.failed(name, "locked")
            raise AccountLocked(name)
        left = state.seconds_left(moment)
        if left:
            self.failed(name, "delayed")
            raise LoginDelayed(name, left)
        try:
            return self.keyslots.unlock(name, password)
        except (WrongPassword, UnknownAccount):
            state.failures += 1
            wait_s = wait_after(state.failures)
            state.wait_until = moment + timedelta(seconds=wait_s) if wait_s else None
            state.locked = state.failures >= LOCK_AFTER
            if state.locked:
                state.wait_until = None
            self.save(name, state)
            self.failed(name, "account locked" if state.locked else "wrong password")
            if state.locked:
                raise AccountLocked(name) from None
            raise LoginFailed(name, state.failures, wait_s) from None

    def recover(self, recovery_key: str, username: str) -> bytes:
        """The database key from the recovery key (a wrong key is recorded as a failure).

        Raises:
            RecoveryKeyMistyped, WrongRecoveryKey.
        """
        try:
            return self.keyslots.unlock_with_recovery(recovery_key)
        except KeySlotError:
            self.failed(unicodedata.normalize("NFC", username), "recovery key")
            raise


# -- the service ----------------------------------------------------------------------------------

class AccountService:
    """Accounts of one register: its open ``register`` and its key slots."""

    def __init__(self, register: Register, keyslots: KeySlots) -> None:
        self.register = register
        self.db = register.db
        self.keyslots = keyslots
        self.counters = LoginCounters(logins_path(keyslots.path))
        self.audit = AuditService(register)

    # --- making the register's first account ------------------------------------------------
    @classmethod
    def create_first_admin(cls, register: Register, keys_path: str | Path, username: str,
                           full_name: str, password: str, *, kdf: KdfParams = DEFAULT_KDF,
                           ) -> tuple[AccountService, Actor, bytes, str]:
        """Create the key file and the administrator of a new register.

        Returns the service, the administrator as an actor, the database key and the recovery
        key (exists nowhere else: show it once and have it printed).

        Raises:
            ValidationError: bad login name or full name, or a password the rule refuses.
            FileExistsError: the key file exists already.
            AccountError: the register has accounts already.
        """
        name, full = check_new_account(username, full_name, ADMIN_ROLE, password)
        row = register.db.execute_sql('SELECT count(*) FROM "user"').fetchone()
        if int(row[0]):
            raise AccountError(name, "the register has accounts already")
        with register.db.atomic("IMMEDIATE"):
            uid = insert_user(register, name, full, ADMIN_ROLE, register.device_id)
            # last: a key file that cannot be written leaves no account row behind
            slots, db_key, recovery_key = KeySlots.create(keys_path, name, password, kdf=kdf)
        service = cls(register, slots)
        admin = Actor(name, ADMIN_ROLE, register.device_id)
        service.audit.record(admin, "account_created", "user", uid, ADMIN_ROLE)
        return service, admin, db_key, recovery_key

    # --- login ---------------------------------------------------------------------------------
    def login(self, username: str, password: str, now: datetime | None = None) -> tuple[Actor, bytes]:
        """The logged-in actor and the database key (the register is open already).

        Raises:
            LoginDelayed: a wait after failures is running (the password is not tried).
            AccountLocked: locked after 20 failures, or by this failure.
            AccountDisabled: the account was disabled.
            LoginFailed: wrong password or unknown login name.
        """
        moment = _aware(now or datetime.now(UTC))
        name = unicodedata.normalize("NFC", username)
        user = self._user(name)
        if user is not None and not user["is_active"]:
            self._failed(name, "disabled")
            raise AccountDisabled(name)
        if user is None:  # unknown names are audited, not counted (no slot to guess at)
            self._failed(name, "unknown")
            raise LoginFailed(name)
        gate = LoginGate(self.keyslots, self._state, self._save_state, self._failed)
        db_key = gate.attempt(name, password, moment)
        return self.finish_login(name, moment), db_key

    def finish_login(self, username: str, now: datetime | None = None) -> Actor:
        """The second half of a login, once the password has opened the register: the account
        must be active and not locked in the register's own mirror of the counters (a deleted
        counters file does not clear a lock). Clears the counters, records the failed attempts
        queued while the register was closed, then the login.

        Raises:
            AccountDisabled, AccountLocked.
        """
        moment = _aware(now or datetime.now(UTC))
        name = unicodedata.normalize("NFC", username)
        self.flush_queued_failures()
        user = self._user(name)
        if user is None or not user["is_active"]:
            self._failed(name, "disabled")
            raise AccountDisabled(name)
        if user["locked"]:
            self._failed(name, "locked")
            raise AccountLocked(name)
        self._save_state(name, LoginState(), last_login=moment)
        actor = Actor(name, str(user["role"]), self.register.device_id)
        self.audit.record(actor, "login", "user", str(user["uid"]))
        return actor

    def flush_queued_failures(self) -> None:
        """Audit the failed logins queued before the register could be opened, and mirror every
        account's counters into its row (stricter of the two), for the administrator's screen
        and so that deleting the counters file does not clear a lock."""
        for item in self.counters.take_queued():
            self._failed(item["username"], f"{item['detail']} at {item['at']}")
        for name in self.counters.usernames():
            if self._user(name) is not None:
                self._save_state(name, self._state(name))

    def logout(self, actor: Actor, detail: str = "") -> None:
        """Record the end of a session (logout, switch user, exit)."""
        self.audit.record(actor, "logout", detail=detail)

    def login_state(self, username: str) -> LoginState:
        """The counters of ``username`` (for the login dialog: show the wait before trying)."""
        return self._state(unicodedata.normalize("NFC", username))

    # --- the administrator -------------------------------------------------------------------
    def accounts(self, admin: Actor) -> list[AccountRow]:
        """Every account, by login name."""
        _require_admin(admin)
        rows = self.db.execute_sql(
            'SELECT id, uid, username, full_name, role, is_active, failed_logins, locked '
            'FROM "user" ORDER BY username').fetchall()
        return [AccountRow(int(r[0]), r[1], r[2], r[3], r[4], bool(r[5]), int(r[6]), bool(r[7]))
                for r in rows]

    def add_account(self, admin: Actor, db_key: bytes, username: str, full_name: str, role: str,
                    password: str) -> int:
        """Create an account with its key slot; return the user id.

        Raises:
            AccessDenied: ``admin`` is not an administrator.
            ValidationError: bad login name, full name, role or password; a name already used.
            WrongDatabaseKey: ``db_key`` is not this register's key.
        """
        _require_admin(admin)
        name, full = check_new_account(username, full_name, role, password)
        if self._user(name) is not None:
            raise ValidationError.single("username", "username_taken")
        with self.db.atomic("IMMEDIATE"):
            uid = insert_user(self.register, name, full, role, admin.device_id)
            self.keyslots.add_slot(db_key, name, password)  # last: a refused key stores nothing
        self.audit.record(admin, "account_created", "user", uid, role)
        return int(self._require_user(name)["id"])

    def disable(self, admin: Actor, username: str) -> None:
        """Disable an account: its key slot is removed, its row kept (inactive).

        Raises:
            AccessDenied: ``admin`` is not an administrator.
            NotFound: no such account.
            AccountDisabled: it is disabled already.
            LastAdmin: it is the last active administrator.
        """
        _require_admin(admin)
        user = self._require_user(username)
        name = str(user["username"])
        if not user["is_active"]:
            raise AccountDisabled(name)
        if user["role"] == ADMIN_ROLE:
            admins = self.db.execute_sql(
                'SELECT count(*) FROM "user" WHERE role = ? AND is_active = 1',
                (ADMIN_ROLE,)).fetchone()[0]
            if int(admins) <= 1:
                raise LastAdmin(name)
        with self.db.atomic("IMMEDIATE"):
            self._update_user(name, admin.device_id, is_active=0)
            if name in self.keyslots.usernames():
                self.keyslots.remove_slot(name)
        self.audit.record(admin, "account_disabled", "user", str(user["uid"]))

    def reset_password(self, admin: Actor, db_key: bytes, username: str, new_password: str) -> None:
        """Give an active account a new password (and clear its failures and lock).

        Raises:
            AccessDenied, NotFound, AccountDisabled, ValidationError (the password rule),
            WrongDatabaseKey.
        """
        _require_admin(admin)
        user = self._require_active(username)
        name = str(user["username"])
        validate_password(new_password, name, str(user["full_name"]))
        self.keyslots.add_slot(db_key, name, new_password, replace=True)
        self._save_state(name, LoginState())
        self.audit.record(admin, "password_reset", "user", str(user["uid"]))

    def unlock(self, admin: Actor, username: str) -> None:
        """Clear an account's failures, wait and lock.

        Raises:
            AccessDenied, NotFound.
        """
        _require_admin(admin)
        user = self._require_user(username)
        self._save_state(str(user["username"]), LoginState())
        self.audit.record(admin, "account_changed", "user", str(user["uid"]), "unlocked")

    # --- the user themself ---------------------------------------------------------------------
    def change_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Change the acting user's own password (rewraps their slot only).

        Raises:
            NotFound, AccountDisabled: the actor has no active account.
            ValidationError: the new password is refused by the rule or equals the old one.
            LoginFailed: the old password is wrong (audited as a failed login, not counted).
        """
        user = self._require_active(actor.username)
        name = str(user["username"])
        validate_password(new_password, name, str(user["full_name"]))
        if unicodedata.normalize("NFC", new_password) == unicodedata.normalize("NFC", old_password):
            raise ValidationError.single("password", "password_same")
        try:
            self.keyslots.change_password(name, old_password, new_password)
        except (WrongPassword, UnknownAccount):
            self._failed(name, "change password")
            raise LoginFailed(name) from None
        self.audit.record(actor, "password_changed", "user", str(user["uid"]))

    def recover(self, recovery_key: str, username: str, new_password: str) -> tuple[Actor, bytes]:
        """Log in with the recovery key: set a new password for ``username`` and unlock it.

        Raises:
            RecoveryKeyMistyped, WrongRecoveryKey: from the key slots (a wrong key is audited).
            NotFound, AccountDisabled: no active account ``username``.
            ValidationError: the new password is refused by the rule.
        """
        user = self._require_active(username)
        name = str(user["username"])
        validate_password(new_password, name, str(user["full_name"]))
        db_key = LoginGate(self.keyslots, self._state, self._save_state, self._failed).recover(
            recovery_key, name)
        self.keyslots.add_slot(db_key, name, new_password, replace=True)
        self._save_state(name, LoginState(), last_login=datetime.now(UTC))
        actor = Actor(name, str(user["role"]), self.register.device_id)
        self.audit.record(actor, "password_reset", "user", str(user["uid"]), "recovery key")
        self.audit.record(actor, "login", "user", str(user["uid"]), "recovery key")
        return actor, db_key

    # --- rows and counters --------------------------------------------------------------------
    def _user(self, username: str) -> dict[str, Any] | None:
        cursor = self.db.execute_sql(
            'SELECT id, uid, username, full_name, role, is_active, failed_logins, locked_until, '
            'locked FROM "user" WHERE username = ? AND deleted = 0',
            (unicodedata.normalize("NFC", username),))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def _require_user(self, username: str) -> dict[str, Any]:
        user = self._user(username)
        if user is None:
            raise NotFound(username)
        return user

    def _require_active(self, username: str) -> dict[str, Any]:
        user = self._require_user(username)
        if not user["is_active"]:
            raise AccountDisabled(str(user["username"]))
        return user

    def _update_user(self, username: str, device_id: str, **values: Any) -> None:
        sets = ", ".join(f"{k} = ?" for k in values)
        self.db.execute_sql(
            f'UPDATE "user" SET {sets}, version = version + 1, updated_at = ?, updated_by = ? '
            "WHERE username = ?",
            (*values.values(), str(utc_now()), device_id or self.register.device_id, username))

    def _state(self, username: str) -> LoginState:
        """The counters file, made stricter by the mirror in the user row."""
        state = self.counters.get(username)
        user = self._user(username)
        if user is not None:
            mirrored = int(user["failed_logins"] or 0)
            if mirrored > state.failures:
                state.failures = mirrored
            if user["locked"]:
                state.locked = True
            if user["locked_until"]:
                until = _aware(datetime.fromisoformat(str(user["locked_until"])))
                if state.wait_until is None or until > state.wait_until:
                    state.wait_until = until
        return state

    def _save_state(self, username: str, state: LoginState, last_login: datetime | None = None) -> None:
        self.counters.put(username, state)
        values: dict[str, Any] = {"failed_logins": state.failures,
                                  "locked_until": _naive(state.wait_until),
                                  "locked": int(state.locked)}
        if last_login is not None:
            values["last_login_at"] = _naive(last_login)
        sets = ", ".join(f"{k} = ?" for k in values)
        # Counters are not an edit of the account: no version bump, nothing to sync.
        self.db.execute_sql(f'UPDATE "user" SET {sets} WHERE username = ?',
                            (*values.values(), username))

    def _failed(self, username: str, detail: str) -> None:
        """Audit a failed login under the typed name (a name the log refuses, e.g. with control
        characters or an ИИН in it, is logged as "?")."""
        try:
            self.audit.record(Actor(username, "", self.register.device_id),
                              "login_failed", "", "", detail)
        except ValidationError:
            self.audit.record(Actor("?", "", self.register.device_id),
                              "login_failed", "", "", detail)


def insert_user(register: Register, username: str, full_name: str, role: str,
                 device_id: str) -> str:
    uid = new_uid()
    register.db.execute_sql(
        'INSERT INTO "user" (uid, version, updated_at, updated_by, deleted, username, '
        'full_name, role, position, is_active, failed_logins, locked) '
        "VALUES (?, 1, ?, ?, 0, ?, ?, ?, '', 1, 0, 0)",
        (uid, str(utc_now()), device_id or register.device_id, username, full_name, role))
    return uid


def _require_admin(actor: Actor) -> None:
    if actor.role != ADMIN_ROLE:
        raise AccessDenied(actor, WRITE, RECORD_TYPE)


def check_new_account(username: str, full_name: str, role: str, password: str) -> tuple[str, str]:
    """Cleaned (login name, full name) of a new account, or ValidationError with every problem."""
    name = unicodedata.normalize("NFC", username)
    full = clean(full_name)
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("username", "required"))
    elif name != name.strip() or len(name) > MAX_USERNAME or not name.isprintable():
        errors.append(FieldError("username", "username_format"))
    if not full:
        errors.append(FieldError("full_name", "required"))
    elif len(full) > FULL_NAME_MAX:
        errors.append(FieldError("full_name", "too_long", {"max": FULL_NAME_MAX}))
    if role not in ROLES:
        errors.append(FieldError("role", "bad_choice"))
    errors += [FieldError("password", code) for code in check_password(password, name, full)]
    if errors:
        raise ValidationError(errors)
    return name, full
