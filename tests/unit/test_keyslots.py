"""Key slots: the database key wrapped per account and for the recovery key (db/keyslots.py).

Tests use tiny Argon2 parameters (``FAST``) passed through the public ``kdf`` argument; one test
checks the production parameters' cost.
"""

from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path

import pytest

from pedagogue_app.db import keyslots as ks
from pedagogue_app.db.errors import RegisterError
from pedagogue_app.db.keyslots import (
    DEFAULT_KDF,
    AccountExists,
    KdfParams,
    KeySlots,
    KeySlotsDamaged,
    KeySlotsNotFound,
    LastAccount,
    RecoveryKeyMistyped,
    UnknownAccount,
    WrongDatabaseKey,
    WrongPassword,
    WrongRecoveryKey,
    parse_recovery_key,
)

FAST = KdfParams(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture
def made(tmp_path: Path) -> tuple[KeySlots, bytes, str]:
    return KeySlots.create(tmp_path / "register.keys", "admin", "Correct horse 1", kdf=FAST)


def _doc(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def test_create_writes_a_file_that_opens_with_the_password(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, recovery = made
    assert len(db_key) == 32
    again = KeySlots.load(slots.path, kdf=FAST)
    assert again.usernames() == ["admin"]
    assert again.unlock("admin", "Correct horse 1") == db_key
    assert again.register_id == slots.register_id
    text = slots.path.read_text("utf-8")
    assert db_key.hex() not in text and "Correct horse 1" not in text
    assert recovery.replace("-", "") not in text.replace("-", "")
    doc = _doc(slots.path)
    assert doc["version"] == 1
    assert doc["accounts"]["admin"]["memory_cost"] == FAST.memory_cost
    if os.name == "posix":
        assert slots.path.stat().st_mode & 0o077 == 0  # readable by the owner only


def test_each_register_gets_its_own_key(tmp_path: Path) -> None:
    _, key_a, rec_a = KeySlots.create(tmp_path / "a.keys", "admin", "pw", kdf=FAST)
    _, key_b, rec_b = KeySlots.create(tmp_path / "b.keys", "admin", "pw", kdf=FAST)
    assert key_a != key_b and rec_a != rec_b


def test_create_never_replaces_an_existing_file(made: tuple[KeySlots, bytes, str]) -> None:
    slots, _, _ = made
    before = slots.path.read_bytes()
    with pytest.raises(FileExistsError):
        KeySlots.create(slots.path, "admin", "other", kdf=FAST)
    assert slots.path.read_bytes() == before


def test_wrong_password_and_unknown_account(made: tuple[KeySlots, bytes, str]) -> None:
    slots, _, _ = made
    with pytest.raises(WrongPassword) as err:
        slots.unlock("admin", "correct horse 1")
    assert err.value.code == "wrong_password" and "horse" not in str(err.value)
    with pytest.raises(WrongPassword):
        slots.unlock("admin", "")
    with pytest.raises(UnknownAccount):
        slots.unlock("nobody", "Correct horse 1")
    assert isinstance(err.value, RegisterError)


def test_password_in_another_unicode_form_still_opens(tmp_path: Path) -> None:
    composed = "Сәлем-\u0439"  # й as one code point
    decomposed = "Сәлем-\u0438\u0306"  # и + combining breve, as some input methods type it
    slots, key, _ = KeySlots.create(tmp_path / "r.keys", "әкімші", composed, kdf=FAST)
    assert slots.unlock("әкімші", decomposed) == key


def test_recovery_key_format_and_unlock(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, recovery = made
    groups = recovery.split("-")
    assert len(groups) == 7 and all(len(g) == 5 for g in groups)
    assert set("".join(groups)) <= set(ks.RECOVERY_ALPHABET)
    assert not set("ILOU") & set(recovery)
    assert slots.unlock_with_recovery(recovery) == db_key
    # Typed loosely: lower case, spaces instead of dashes.
    assert slots.unlock_with_recovery(recovery.lower().replace("-", " ")) == db_key


def test_recovery_key_lookalikes_are_forgiven() -> None:
    key = "0ABCE-HKMPT-XY123-45678-9DFGJ-NQRSV"
    full = key + "-" + ks._check_symbols(key.replace("-", ""))
    typed = full.replace("0", "O", 1).replace("1", "l", 1)
    # Cyrillic А, В, С, Е, Н, К, М, Р, Т, Х, У typed on a Kazakh or Russian layout
    typed = typed.translate(str.maketrans("ABCEHKMPTXY", "АВСЕНКМРТХУ"))
    assert typed != full
    assert parse_recovery_key(typed) == parse_recovery_key(full) == full.replace("-", "")[:30]


def test_recovery_key_typos_are_caught_before_trying(made: tuple[KeySlots, bytes, str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    slots, _, recovery = made
    calls: list[int] = []
    real = ks.hash_secret_raw
    monkeypatch.setattr(ks, "hash_secret_raw", lambda *a, **k: calls.append(1) or real(*a, **k))
    flat = recovery.replace("-", "")
    for pos in range(len(flat)):  # every single-character substitution is caught
        wrong = ks.RECOVERY_ALPHABET[(ks.RECOVERY_ALPHABET.index(flat[pos]) + 7) % 32]
        with pytest.raises(RecoveryKeyMistyped):
            slots.unlock_with_recovery(flat[:pos] + wrong + flat[pos + 1:])
    swapped = next(i for i in range(len(flat) - 1) if flat[i] != flat[i + 1])
    with pytest.raises(RecoveryKeyMistyped, match="check group"):  # two neighbours swapped
        slots.unlock_with_recovery(flat[:swapped] + flat[swapped + 1] + flat[swapped] + flat[swapped + 2:])
    with pytest.raises(RecoveryKeyMistyped, match="34 characters"):
        slots.unlock_with_recovery(flat[:-1])
    with pytest.raises(RecoveryKeyMistyped, match="group 2"):
        slots.unlock_with_recovery(flat[:6] + "U" + flat[7:])
    assert calls == []  # no key derivation ran for any of them


def test_a_well_formed_recovery_key_of_another_register_is_refused(
        made: tuple[KeySlots, bytes, str]) -> None:
    slots, _, _ = made
    with pytest.raises(WrongRecoveryKey):
        slots.unlock_with_recovery(ks.new_recovery_key())


def test_change_password_rewraps_one_slot(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, recovery = made
    slots.add_slot(db_key, "psych", "Psych pass 2")
    before = _doc(slots.path)
    slots.change_password("admin", "Correct horse 1", "New horse 22")
    after = _doc(slots.path)
    assert after["accounts"]["psych"] == before["accounts"]["psych"]
    assert after["recovery"] == before["recovery"]
    assert after["accounts"]["admin"] != before["accounts"]["admin"]
    fresh = KeySlots.load(slots.path, kdf=FAST)
    for current in (slots, fresh):
        with pytest.raises(WrongPassword):
            current.unlock("admin", "Correct horse 1")
        assert current.unlock("admin", "New horse 22") == db_key
        assert current.unlock("psych", "Psych pass 2") == db_key
        assert current.unlock_with_recovery(recovery) == db_key


def test_change_password_needs_the_old_one(made: tuple[KeySlots, bytes, str]) -> None:
    slots, _, _ = made
    before = slots.path.read_bytes()
    with pytest.raises(WrongPassword):
        slots.change_password("admin", "guess", "New horse 22")
    with pytest.raises(UnknownAccount):
        slots.change_password("ghost", "guess", "New horse 22")
    assert slots.path.read_bytes() == before


def test_add_slot_checks_the_database_key_and_duplicates(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, _ = made
    before = slots.path.read_bytes()
    with pytest.raises(WrongDatabaseKey):
        slots.add_slot(bytes(32), "director", "Director 1")
    with pytest.raises(AccountExists):
        slots.add_slot(db_key, "admin", "Other 1")
    with pytest.raises(ValueError):
        slots.add_slot(db_key, " director", "Director 1")
    with pytest.raises(ValueError):
        slots.add_slot(db_key, "director", "")
    assert slots.path.read_bytes() == before
    slots.add_slot(db_key, "admin", "Reset by admin 1", replace=True)
    assert slots.unlock("admin", "Reset by admin 1") == db_key


def test_remove_slot(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, recovery = made
    slots.add_slot(db_key, "director", "Director 1")
    slots.remove_slot("director")
    fresh = KeySlots.load(slots.path, kdf=FAST)
    assert fresh.usernames() == ["admin"]
    with pytest.raises(UnknownAccount):
        fresh.unlock("director", "Director 1")
    with pytest.raises(UnknownAccount):
        fresh.remove_slot("director")
    with pytest.raises(LastAccount):
        fresh.remove_slot("admin")
    assert fresh.unlock("admin", "Correct horse 1") == db_key
    assert fresh.unlock_with_recovery(recovery) == db_key


def test_reset_recovery_retires_the_old_key(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, old = made
    with pytest.raises(WrongDatabaseKey):
        slots.reset_recovery(bytes(32))
    new = slots.reset_recovery(db_key)
    assert new != old
    fresh = KeySlots.load(slots.path, kdf=FAST)
    assert fresh.unlock_with_recovery(new) == db_key
    with pytest.raises(WrongRecoveryKey):
        fresh.unlock_with_recovery(old)


def test_a_slot_moved_to_another_username_does_not_open(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, _ = made
    slots.add_slot(db_key, "psych", "Psych pass 2")
    doc = _doc(slots.path)
    # The psychologist copies the administrator's slot over their own name... and vice versa.
    doc["accounts"]["psych"], doc["accounts"]["admin"] = doc["accounts"]["admin"], doc["accounts"]["psych"]
    slots.path.write_text(json.dumps(doc), "utf-8")
    tampered = KeySlots.load(slots.path, kdf=FAST)
    with pytest.raises(WrongPassword):
        tampered.unlock("psych", "Correct horse 1")
    with pytest.raises(WrongPassword):
        tampered.unlock("admin", "Psych pass 2")
    # A recovery slot is not an account slot either.
    doc["accounts"]["admin"] = doc["recovery"]
    slots.path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(WrongPassword):
        KeySlots.load(slots.path, kdf=FAST).unlock("admin", "Correct horse 1")


def test_a_slot_moved_to_another_register_file_does_not_open(tmp_path: Path) -> None:
    a, _, _ = KeySlots.create(tmp_path / "a.keys", "admin", "Same pass 1", kdf=FAST)
    b, _, _ = KeySlots.create(tmp_path / "b.keys", "admin", "Same pass 1", kdf=FAST)
    doc_a, doc_b = _doc(a.path), _doc(b.path)
    doc_b["accounts"]["admin"] = doc_a["accounts"]["admin"]
    b.path.write_text(json.dumps(doc_b), "utf-8")
    with pytest.raises(WrongPassword):
        KeySlots.load(b.path, kdf=FAST).unlock("admin", "Same pass 1")
    # Taking the other file's register id as well gives a slot whose key fails the key check.
    doc_b["register_id"] = doc_a["register_id"]
    b.path.write_text(json.dumps(doc_b), "utf-8")
    with pytest.raises(KeySlotsDamaged, match="not this register"):
        KeySlots.load(b.path, kdf=FAST).unlock("admin", "Same pass 1")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeySlotsNotFound) as err:
        KeySlots.load(tmp_path / "register.keys")
    assert err.value.code == "keyslots_not_found"


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) // 2],  # cut short
    lambda raw: b"",
    lambda raw: b"\xff\xfe" + raw,
    lambda raw: raw.replace(b'"format"', b'"formaat"'),
    lambda raw: raw.replace(b'"version": 1', b'"version": "1"'),
    lambda raw: raw.replace(b'"time_cost": 1', b'"time_cost": 0'),
    lambda raw: raw.replace(b'"memory_cost": 64', b'"memory_cost": 99999999'),
    lambda raw: raw.replace(b'"argon2id"', b'"scrypt"'),
    lambda raw: raw.replace(b'"accounts": {', b'"accounts": {"x": 1, '),
    lambda raw: raw.replace(b'"recovery": {', b'"recovery": {"a": 1}, "recovery": {'),  # duplicate key
])
def test_damaged_file_is_refused_with_a_message(made: tuple[KeySlots, bytes, str], damage) -> None:
    slots, _, _ = made
    raw = slots.path.read_bytes()
    broken = damage(raw)
    assert broken != raw
    slots.path.write_bytes(broken)
    with pytest.raises(KeySlotsDamaged) as err:
        KeySlots.load(slots.path, kdf=FAST)
    assert err.value.code == "keyslots_damaged" and err.value.detail


def test_wrapped_key_bytes_flipped(made: tuple[KeySlots, bytes, str]) -> None:
    slots, _, _ = made
    doc = _doc(slots.path)
    wrapped = bytearray(ks.base64.b64decode(doc["accounts"]["admin"]["wrapped_key"]))
    wrapped[3] ^= 0x01
    doc["accounts"]["admin"]["wrapped_key"] = ks.base64.b64encode(bytes(wrapped)).decode()
    slots.path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(WrongPassword):  # GCM's tag refuses it; never a wrong key
        KeySlots.load(slots.path, kdf=FAST).unlock("admin", "Correct horse 1")


def test_newer_format_is_refused(made: tuple[KeySlots, bytes, str]) -> None:
    slots, _, _ = made
    doc = _doc(slots.path)
    doc["version"] = 2
    slots.path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(KeySlotsDamaged, match="newer"):
        KeySlots.load(slots.path, kdf=FAST)


def test_a_failed_write_leaves_the_file_and_the_slots_as_they_were(
        made: tuple[KeySlots, bytes, str], monkeypatch: pytest.MonkeyPatch) -> None:
    slots, db_key, _ = made
    before = slots.path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        slots.add_slot(db_key, "psych", "Psych pass 2")
    with pytest.raises(OSError, match="No space"):
        slots.change_password("admin", "Correct horse 1", "New horse 22")
    monkeypatch.undo()
    assert slots.path.read_bytes() == before
    assert sorted(p.name for p in slots.path.parent.iterdir()) == ["register.keys"]  # no temp left
    assert slots.usernames() == ["admin"]
    assert slots.unlock("admin", "Correct horse 1") == db_key


def test_new_slots_use_the_current_parameters(made: tuple[KeySlots, bytes, str]) -> None:
    slots, db_key, _ = made
    stronger = KdfParams(time_cost=2, memory_cost=128, parallelism=2)
    upgraded = KeySlots.load(slots.path, kdf=stronger)
    upgraded.change_password("admin", "Correct horse 1", "New horse 22")
    admin = _doc(slots.path)["accounts"]["admin"]
    assert (admin["time_cost"], admin["memory_cost"], admin["parallelism"]) == (2, 128, 2)
    assert _doc(slots.path)["recovery"]["memory_cost"] == FAST.memory_cost
    assert KeySlots.load(slots.path, kdf=FAST).unlock("admin", "New horse 22") == db_key


def test_kdf_parameters_out_of_range_are_refused() -> None:
    for bad in (KdfParams(0, 64, 1), KdfParams(1, 7, 1), KdfParams(1, 64, 0), KdfParams(1, 2 << 20, 1)):
        with pytest.raises(ValueError):
            bad.check()


def test_production_parameters_cost_under_a_second(tmp_path: Path) -> None:
    assert DEFAULT_KDF.memory_cost >= 64 * 1024 and DEFAULT_KDF.time_cost >= 2
    slots, db_key, _ = KeySlots.create(tmp_path / "r.keys", "admin", "Correct horse 1")
    assert _doc(slots.path)["accounts"]["admin"]["memory_cost"] == DEFAULT_KDF.memory_cost
    loaded = KeySlots.load(slots.path)
    timings = []
    for _ in range(2):
        start = time.perf_counter()
        assert loaded.unlock("admin", "Correct horse 1") == db_key
        timings.append(time.perf_counter() - start)
    assert min(timings) < 1.0, timings
