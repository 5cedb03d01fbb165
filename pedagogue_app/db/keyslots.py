"""Key slots: the register's database key, wrapped once per account and once for the recovery key.

Works like LUKS: the encrypted register is opened with one random 256-bit *database key*. A small
JSON file beside the register (``register.keys``) holds that key wrapped (AES-256-GCM) under a key
derived from each account's password (Argon2id), one *slot* per username, plus one slot for the
*recovery key* printed when the register is made. Changing a password rewraps one slot; removing
an account removes its slot; the register itself is never re-encrypted.

Each slot stores its own Argon2id parameters and salt, so the parameters can be raised later
without touching other slots. The associated data of every AES-GCM seal binds the slot to its
kind, its username and the file's random ``register_id``: a slot copied to another username or
into another register's key file does not open. A keyed check value (HMAC of the database key)
lets :meth:`KeySlots.add_slot` refuse a database key that is not this register's.

The file holds usernames in the clear (the login screen needs them), never a password or a key
in a usable form. Every write goes to a temporary file that is synced and then renamed over the
old one, so a crash or a full disk leaves the previous file intact.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import RegisterError

FORMAT = "pedagogue-app key slots"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
REGISTER_ID_BYTES = 16
MAX_FILE_BYTES = 1 << 20
MAX_USERNAME = 128

_AAD_LABEL = b"pedagogue-app key slot v1"
_CHECK_LABEL = b"pedagogue-app key check v1"
_RECOVERY_LABEL = b"pedagogue-app recovery key v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: passes over memory, memory in KiB, lanes (threads)."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def check(self) -> None:
        """Raise ValueError unless the parameters are within what this program accepts."""
        if not 1 <= self.parallelism <= 16:
            raise ValueError(f"parallelism {self.parallelism} outside 1..16")
        if not 1 <= self.time_cost <= 64:
            raise ValueError(f"time_cost {self.time_cost} outside 1..64")
        if not 8 * self.parallelism <= self.memory_cost <= 1024 * 1024:  # at most 1 GiB
            raise ValueError(f"memory_cost {self.memory_cost} KiB outside {8 * self.parallelism}..1 GiB")


# About 0.3-0.45 s per derivation on the development machine (2 cores, shared): paid once per
# login, once per password change and once per recovery.
DEFAULT_KDF = KdfParams(time_cost=3, memory_cost=128 * 1024, parallelism=2)


# -- errors ------------------------------------------------------------------------------------

class KeySlotError(RegisterError):
    """The key slots cannot give the database key; ``code`` tells the UI which message to show."""

    code = "keyslots_error"


class KeySlotsNotFound(KeySlotError):
    """There is no key-slot file beside the register."""

    code = "keyslots_not_found"


class KeySlotsDamaged(KeySlotError):
    """The key-slot file is unreadable, malformed or from a newer program."""

    code = "keyslots_damaged"


class UnknownAccount(KeySlotError):
    """No slot for this username (never created, or removed when the account was disabled)."""

    code = "unknown_account"


class WrongPassword(KeySlotError):
    code = "wrong_password"


class AccountExists(KeySlotError):
    code = "account_exists"


class LastAccount(KeySlotError):
    """Removing this slot would leave no account able to log in."""

    code = "last_account"


class RecoveryKeyMistyped(KeySlotError):
    """The recovery key has a wrong length, a character it never contains, or a failed checksum."""

    code = "recovery_key_mistyped"


class WrongRecoveryKey(KeySlotError):
    """A well-formed recovery key that is not this register's (or an old, replaced one)."""

    code = "wrong_recovery_key"


class WrongDatabaseKey(KeySlotError):
    """A database key given to add a slot is not this register's key."""

    code = "wrong_database_key"


# -- recovery key format ------------------------------------------------------------------------

# Crockford's base32: no I, L, O, U. Look-alikes are read as what they look like, including the
# Cyrillic letters a Kazakh or Russian keyboard layout types in place of Latin ones.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUP = 5
RECOVERY_DATA_GROUPS = 6  # 30 symbols = 150 random bits
_CHECK_SYMBOLS = RECOVERY_GROUP  # one group of check symbols: a typo passes with odds 1 in 2**25
_LOOKALIKE = str.maketrans({
    "O": "0", "I": "1", "L": "1",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "0", "Р": "P",
    "Т": "T", "Х": "X", "У": "Y", "З": "3",
})
_SEPARATORS = str.maketrans("", "", " \t\r\n-‐‑‒–—_.")


def _check_symbols(data: str) -> str:
    digest = hashlib.sha256(_RECOVERY_LABEL + data.encode("ascii")).digest()
    bits = int.from_bytes(digest[:4], "big") >> (32 - 5 * _CHECK_SYMBOLS)
    return "".join(RECOVERY_ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(_CHECK_SYMBOLS)))


def new_recovery_key() -> str:
    """A fresh recovery key: six groups of five random symbols and one group of check symbols."""
    data = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP * RECOVERY_DATA_GROUPS))
    full = data + _check_symbols(data)
    return "-".join(full[i:i + RECOVERY_GROUP] for i in range(0, len(full), RECOVERY_GROUP))


def parse_recovery_key(text: str, path: Path = Path()) -> str:
    """The 30 data symbols of a typed recovery key, after the checksum is verified.

    Case, spaces, dashes and look-alike letters (O/0, I/L/1, Cyrillic А, В, Е, К, ...) are
    forgiven. Raises RecoveryKeyMistyped saying what is wrong, before any key derivation runs.
    """
    cleaned = text.upper().translate(_SEPARATORS).translate(_LOOKALIKE)
    expected = RECOVERY_GROUP * RECOVERY_DATA_GROUPS + _CHECK_SYMBOLS
    for pos, ch in enumerate(cleaned):
        if ch not in RECOVERY_ALPHABET:
            group = pos // RECOVERY_GROUP + 1
            raise RecoveryKeyMistyped(path, f"character {ch!r} in group {group} is not used in recovery keys")
    if len(cleaned) != expected:
        raise RecoveryKeyMistyped(path, f"{len(cleaned)} characters instead of {expected}")
    data, check = cleaned[:-_CHECK_SYMBOLS], cleaned[-_CHECK_SYMBOLS:]
    if not hmac.compare_digest(check, _check_symbols(data)):
        raise RecoveryKeyMistyped(path, "the check group does not match: a character is mistyped")
    return data


# -- slots --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Slot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


def derive_key(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    """The 256-bit wrapping key: Argon2id of ``secret`` with ``salt`` and ``kdf``."""
    return hash_secret_raw(secret, salt, kdf.time_cost, kdf.memory_cost, kdf.parallelism,
                           KEY_BYTES, Type.ID, ARGON2_VERSION)


def _password_bytes(password: str) -> bytes:
    """The same password typed through different input methods gives the same bytes (NFC)."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _username(username: str) -> str:
    name = unicodedata.normalize("NFC", username)
    if not name or name != name.strip() or len(name) > MAX_USERNAME or not name.isprintable():
        raise ValueError("a username is 1-128 printable characters without surrounding spaces")
    return name


class KeySlots:
    """The key-slot file of one register. Create with :meth:`create`, open with :meth:`load`.

    ``kdf`` is the Argon2id cost for slots written from now on (new accounts, changed passwords,
    a new recovery key); existing slots keep the cost they were written with.
    """

    def __init__(self, path: Path, register_id: bytes, key_check: bytes, accounts: dict[str, _Slot],
                 recovery: _Slot, kdf: KdfParams) -> None:
        kdf.check()
        self._path = path
        self._register_id = register_id
        self._key_check = key_check
        self._accounts = accounts
        self._recovery = recovery
        self.kdf = kdf

    @property
    def path(self) -> Path:
        return self._path

    @property
    def register_id(self) -> str:
        """A random identifier of this register's key file (hex), bound into every slot."""
        return self._register_id.hex()

    def usernames(self) -> list[str]:
        return sorted(self._accounts)

    # -- making and reading the file --------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, admin_username: str, admin_password: str, *,
               kdf: KdfParams = DEFAULT_KDF) -> tuple[KeySlots, bytes, str]:
        """Make a new key file with a fresh database key, the administrator's slot and a recovery slot.

        Returns the key slots, the database key (to create the encrypted register with) and the
        recovery key, which exists nowhere else: show it once and have it printed.

        Raises:
            FileExistsError: ``path`` already exists (an existing key file is never replaced).
            ValueError: an empty password or a malformed username.
        """
        path = Path(path)
        if path.exists():
            raise FileExistsError(f"{path} already exists")
        kdf.check()
        db_key = secrets.token_bytes(KEY_BYTES)
        register_id = secrets.token_bytes(REGISTER_ID_BYTES)
        name = _username(admin_username)
        if not admin_password:
            raise ValueError("the password is empty")
        recovery_key = new_recovery_key()
        check = _key_check(db_key, register_id)
        admin_slot = _seal(db_key, _password_bytes(admin_password), kdf, _aad(register_id, "account", name))
        recovery_slot = _seal(db_key, parse_recovery_key(recovery_key).encode("ascii"), kdf,
                              _aad(register_id, "recovery", ""))
        slots = cls(path, register_id, check, {name: admin_slot}, recovery_slot, kdf)
        slots._write(slots._accounts, slots._recovery)
        return slots, db_key, recovery_key

    @classmethod
    def load(cls, path: str | Path, *, kdf: KdfParams = DEFAULT_KDF) -> KeySlots:
        """Read the key file at ``path``.

        Raises:
            KeySlotsNotFound: there is no such file.
            KeySlotsDamaged: it cannot be read, is not a key file, or is malformed.
        """
        path = Path(path)
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeySlotsNotFound(path) from None
        except OSError as exc:
            raise KeySlotsDamaged(path, f"cannot be read: {exc.strerror or exc}") from exc
        if len(raw) > MAX_FILE_BYTES:
            raise KeySlotsDamaged(path, "too large to be a key file")
        try:
            doc = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
        except (UnicodeDecodeError, ValueError) as exc:
            raise KeySlotsDamaged(path, f"not valid JSON: {exc}") from exc
        try:
            return cls._from_doc(path, doc, kdf)
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise KeySlotsDamaged(path, f"malformed: {exc}") from exc

    @classmethod
    def _from_doc(cls, path: Path, doc: Any, kdf: KdfParams) -> KeySlots:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeySlotsDamaged(path, "not a key-slot file")
        version = doc["version"]
        if not isinstance(version, int) or version != VERSION:
            if isinstance(version, int) and version > VERSION:
                raise KeySlotsDamaged(path, f"format version {version} is newer than this program")
            raise ValueError(f"unknown format version {version!r}")
        register_id = _b16(doc["register_id"], REGISTER_ID_BYTES, "register_id")
        check = _b64(doc["key_check"], KEY_BYTES, "key_check")
        accounts_doc = doc["accounts"]
        if not isinstance(accounts_doc, dict):
            raise TypeError("accounts is not an object")
        accounts = {}
        for name, slot_doc in accounts_doc.items():
            if _username(name) != name:
                raise ValueError("a username is not in normal form")
            accounts[name] = _slot_from_doc(slot_doc)
        return cls(path, register_id, check, accounts, _slot_from_doc(doc["recovery"]), kdf)

    def _write(self, accounts: dict[str, _Slot], recovery: _Slot) -> None:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "register_id": self._register_id.hex(),
            "key_check": _b64encode(self._key_check),
            "accounts": {name: _slot_to_doc(slot) for name, slot in sorted(accounts.items())},
            "recovery": _slot_to_doc(recovery),
        }
        data = (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("ascii")
        write_atomic(self._path, data)
        self._accounts, self._recovery = accounts, recovery

    # -- getting the key --------------------------------------------------------------------------

    def unlock(self, username: str, password: str) -> bytes:
        """The database key from ``username``'s slot.

        Raises:
            UnknownAccount: no slot for this username.
            WrongPassword: the password does not open the slot.
        """
        name = unicodedata.normalize("NFC", username)
        slot = self._accounts.get(name)
        if slot is None:
            raise UnknownAccount(self._path, name)
        key = self._open(slot, _password_bytes(password), _aad(self._register_id, "account", name))
        if key is None:
            raise WrongPassword(self._path, name)
        return key

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The database key from the recovery slot.

        Raises:
            RecoveryKeyMistyped: the typed key fails its format or checksum (no derivation runs).
            WrongRecoveryKey: a well-formed key that does not open this register's recovery slot.
        """
        data = parse_recovery_key(recovery_key, self._path)
        key = self._open(self._recovery, data.encode("ascii"), _aad(self._register_id, "recovery", ""))
        if key is None:
            raise WrongRecoveryKey(self._path)
        return key

    def check_db_key(self, db_key: bytes) -> None:
        """Raise WrongDatabaseKey unless ``db_key`` is this register's database key."""
        if len(db_key) != KEY_BYTES or not hmac.compare_digest(
                _key_check(db_key, self._register_id), self._key_check):
            raise WrongDatabaseKey(self._path)

    # -- changing slots ---------------------------------------------------------------------------

    def add_slot(self, db_key: bytes, username: str, password: str, *, replace: bool = False) -> None:
        """Give ``username`` a slot opened by ``password`` (an administrator's reset: ``replace``).

        Raises:
            WrongDatabaseKey: ``db_key`` is not this register's key.
            AccountExists: ``username`` has a slot and ``replace`` is false.
            ValueError: an empty password or a malformed username.
        """
        self.check_db_key(db_key)
        name = _username(username)
        if name in self._accounts and not replace:
            raise AccountExists(self._path, name)
        if not password:
            raise ValueError("the password is empty")
        slot = _seal(db_key, _password_bytes(password), self.kdf, _aad(self._register_id, "account", name))
        self._write({**self._accounts, name: slot}, self._recovery)

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """Rewrap ``username``'s slot under ``new_password``; other slots stay byte for byte.

        Raises:
            UnknownAccount, WrongPassword: as :meth:`unlock` with the old password.
            ValueError: an empty new password.
        """
        if not new_password:
            raise ValueError("the password is empty")
        db_key = self.unlock(username, old_password)
        self.add_slot(db_key, username, new_password, replace=True)

    def remove_slot(self, username: str) -> None:
        """Remove ``username``'s slot: that password no longer opens the register.

        Raises:
            UnknownAccount: no slot for this username.
            LastAccount: it is the only account slot left (the recovery slot alone is not enough
                to keep the register in use).
        """
        name = unicodedata.normalize("NFC", username)
        if name not in self._accounts:
            raise UnknownAccount(self._path, name)
        if len(self._accounts) == 1:
            raise LastAccount(self._path, name)
        self._write({k: v for k, v in self._accounts.items() if k != name}, self._recovery)

    def reset_recovery(self, db_key: bytes) -> str:
        """Replace the recovery slot; the old recovery key stops working. Returns the new key.

        Raises:
            WrongDatabaseKey: ``db_key`` is not this register's key.
        """
        self.check_db_key(db_key)
        recovery_key = new_recovery_key()
        slot = _seal(db_key, parse_recovery_key(recovery_key).encode("ascii"), self.kdf,
                     _aad(self._register_id, "recovery", ""))
        self._write(self._accounts, slot)
        return recovery_key

    def _open(self, slot: _Slot, secret: bytes, aad: bytes) -> bytes | None:
        wrapping = derive_key(secret, slot.salt, slot.kdf)
        try:
            key = AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped, aad)
        except InvalidTag:
            return None
        if not hmac.compare_digest(_key_check(key, self._register_id), self._key_check):
            raise KeySlotsDamaged(self._path, "a slot holds a key that is not this register's")
        return key


# -- helpers ------------------------------------------------------------------------------------

def _aad(register_id: bytes, kind: str, username: str) -> bytes:
    return b"\x00".join([_AAD_LABEL, register_id, kind.encode("ascii"), username.encode("utf-8")])


def _key_check(db_key: bytes, register_id: bytes) -> bytes:
    return hmac.new(db_key, _CHECK_LABEL + register_id, hashlib.sha256).digest()


def _seal(db_key: bytes, secret: bytes, kdf: KdfParams, aad: bytes) -> _Slot:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(derive_key(secret, salt, kdf)).encrypt(nonce, db_key, aad)
    return _Slot(kdf=kdf, salt=salt, nonce=nonce, wrapped=wrapped)


def _slot_to_doc(slot: _Slot) -> dict[str, Any]:
    return {
        "kdf": "argon2id",
        "argon2_version": ARGON2_VERSION,
        "time_cost": slot.kdf.time_cost,
        "memory_cost": slot.kdf.memory_cost,
        "parallelism": slot.kdf.parallelism,
        "salt": _b64encode(slot.salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64encode(slot.nonce),
        "wrapped_key": _b64encode(slot.wrapped),
    }


def _slot_from_doc(doc: Any) -> _Slot:
    if not isinstance(doc, dict):
        raise TypeError("a slot is not an object")
    if doc["kdf"] != "argon2id" or doc["argon2_version"] != ARGON2_VERSION:
        raise ValueError(f"unsupported key derivation {doc['kdf']!r}/{doc['argon2_version']!r}")
    if doc["cipher"] != "aes-256-gcm":
        raise ValueError(f"unsupported cipher {doc['cipher']!r}")
    values = [doc["time_cost"], doc["memory_cost"], doc["parallelism"]]
    if not all(type(v) is int for v in values):
        raise TypeError("Argon2 parameters must be integers")
    kdf = KdfParams(*values)
    kdf.check()
    return _Slot(kdf=kdf, salt=_b64(doc["salt"], SALT_BYTES, "salt"),
                 nonce=_b64(doc["nonce"], NONCE_BYTES, "nonce"),
                 wrapped=_b64(doc["wrapped_key"], KEY_BYTES + TAG_BYTES, "wrapped_key"))


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64(value: Any, size: int, name: str) -> bytes:
    if not isinstance(value, str):
        raise TypeError(f"{name} is not a string")
    data = base64.b64decode(value.encode("ascii"), validate=True)
    if len(data) != size:
        raise ValueError(f"{name} has {len(data)} bytes instead of {size}")
    return data


def _b16(value: Any, size: int, name: str) -> bytes:
    if not isinstance(value, str):
        raise TypeError(f"{name} is not a string")
    data = bytes.fromhex(value)
    if len(data) != size:
        raise ValueError(f"{name} has {len(data)} bytes instead of {size}")
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The data goes to a temporary file in the same folder (private to the user on POSIX), is
    synced, renamed over ``path``, and the folder is synced. On any error the temporary file is
    removed and ``path`` is as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
