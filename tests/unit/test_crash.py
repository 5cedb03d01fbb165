"""Crash test of the shipping configuration (SQLCipher 4, WAL, synchronous=FULL).

A child process (tests/crash_writer.py) writes transactions through the services, each a student,
a registration with its plan and review and an audit event, and reports every commit on stdout.
It is killed with SIGKILL at a random moment: while it opens the file (WAL recovery), between and
inside transactions, or during a checkpoint. After each kill the register opens with
``open_encrypted(verify=True)``, ``integrity_check`` and ``cipher_integrity_check`` are clean,
every reported commit is there, at most the one commit in flight beyond them, and no transaction
is half there. The next round writes on in the same file, so WAL recovery runs again and again.

The check runs on a copy of the file and its WAL taken right after the kill (as after a reboot:
no shared-memory index, the WAL is recovered from its checksums); in about half the rounds also
on the file itself, which checkpoints it. In the other rounds the next writer recovers the WAL
left by the killed one and appends to it.

30 kills in ``make test``; 200 in ``make stress``. ``PEDAGOGUE_CRASH_SEED=<n>`` repeats a run; the
seed is printed at the start and named in every failure.
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from pedagogue_app.db.cipher import open_encrypted

WRITER = Path(__file__).resolve().parent.parent / "crash_writer.py"
ROUND_TIMEOUT = 60.0  # seconds a round may take before the child is declared hung


def _load_writer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_writer", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while it is executed
    spec.loader.exec_module(module)
    return module


cw = _load_writer()


@dataclass
class Stats:
    kinds: Counter[str] = field(default_factory=Counter)
    reported: int = 0  # commits reported by all children
    in_flight_found: int = 0  # rounds where the unreported commit in flight was there after the kill
    in_checkpoint: int = 0  # kills between "ckpt" and "ckpt-done"
    wal_left: int = 0  # kills that left a non-empty WAL
    max_wal: int = 0
    in_place: int = 0  # rounds checked on the file itself (not only on a copy)


def _spin(seconds: float) -> None:
    """Wait without sleeping (a sleep's granularity would put every kill at the same moments)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def _check(path: Path) -> list[int]:
    """Open as the app will, check integrity and every transaction; return the transactions."""
    db = open_encrypted(path, cw.KEY, verify=True)
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute_sql("PRAGMA cipher_integrity_check").fetchall() == []
        found = cw.check_register(db)
    finally:
        db.close()
    assert found == list(range(1, len(found) + 1)), f"transactions missing in between: {found}"
    return found


def _copy_after_kill(path: Path, target: Path) -> Path:
    """The register and its WAL as the kill left them (no -shm: it is rebuilt, as after a reboot)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    for suffix in ("", "-wal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.copyfile(source, target / source.name)
    return target / path.name


def _one_round(rng: random.Random, path: Path, present: int, stats: Stats, stderr_path: Path) -> int:
    """Start a writer, kill it at a random moment, check; return the last transaction present."""
    kind = rng.choices(["start", "commits", "checkpoint"], weights=[1, 6, 3])[0]
    every = rng.choice([2, 3, 5]) if kind == "checkpoint" else rng.choice([0, 7, 20])
    stats.kinds[kind] += 1
    with stderr_path.open("wb") as err:
        proc = subprocess.Popen([sys.executable, str(WRITER), str(path), str(present + 1), str(every)],
                                stdout=subprocess.PIPE, stderr=err)
    watchdog = threading.Timer(ROUND_TIMEOUT, proc.kill)
    watchdog.start()
    assert proc.stdout is not None
    lines: list[str] = []
    try:
        if kind == "start":
            trigger, count, delay = "open", 1, rng.uniform(0, 0.03)
        elif kind == "commits":
            trigger, count, delay = "tx", rng.randint(1, 30), rng.uniform(0, 0.004)
        else:
            trigger, count, delay = "ckpt", rng.randint(1, 3), rng.uniform(0, 0.001)
        seen = 0
        while seen < count:
            line = proc.stdout.readline().decode()
            if not line:
                proc.wait()
                raise AssertionError(f"the writer stopped by itself (exit {proc.returncode}) after "
                                     f"{lines[-3:]}: {stderr_path.read_text(errors='replace')[-3000:]}")
            lines.append(line.strip())
            seen += line.split()[0] == trigger
        _spin(delay)
        proc.kill()  # SIGKILL on POSIX
        proc.wait()
        lines += proc.stdout.read().decode().split()  # what the child wrote before it died counts too
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    if os.name == "posix":
        assert proc.returncode == -signal.SIGKILL, f"exit {proc.returncode}, not killed"
    text = " ".join(lines).split()
    reported = [int(text[i + 1]) for i, word in enumerate(text) if word == "tx"]
    last_reported = max(reported, default=present)
    stats.reported += len(reported)
    ckpt_started = [int(text[i + 1]) for i, word in enumerate(text) if word == "ckpt"]
    ckpt_done = [int(text[i + 1]) for i, word in enumerate(text) if word == "ckpt-done"]
    stats.in_checkpoint += len(ckpt_started) > len(ckpt_done)
    wal = path.with_name(path.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    stats.wal_left += wal_size > 0
    stats.max_wal = max(stats.max_wal, wal_size)

    found = _check(_copy_after_kill(path, path.parent.parent / "after-kill"))
    last = found[-1] if found else 0
    assert last >= present, f"transactions {last + 1}..{present} of earlier rounds are gone"
    assert last >= last_reported, f"reported commits {last + 1}..{last_reported} are missing"
    assert last <= last_reported + 1, f"transaction {last} was never begun (last reported {last_reported})"
    stats.in_flight_found += last == last_reported + 1
    if rng.random() < 0.5:  # also on the file itself (its WAL is then checkpointed and removed)
        stats.in_place += 1
        assert _check(path) == found
    return last


def _run(tmp_path: Path, kills: int) -> None:
    seed = int(os.environ.get("PEDAGOGUE_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"crash test: {kills} kills, seed {seed} (repeat with PEDAGOGUE_CRASH_SEED={seed})")
    rng = random.Random(seed)
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "register.db"
    cw.make_register(path)
    stats = Stats()
    present = 0
    started = time.perf_counter()
    for i in range(kills):
        try:
            present = _one_round(rng, path, present, stats, tmp_path / "writer-stderr.txt")
        except AssertionError as exc:
            raise AssertionError(f"[seed {seed}, kill {i + 1} of {kills}] {exc}") from exc
    assert _check(path)[-1] == present
    assert present >= stats.kinds["commits"] + stats.kinds["checkpoint"]  # every such round committed
    print(f"crash test: {kills} kills in {time.perf_counter() - started:.1f} s, {present} transactions, "
          f"{stats.reported} commits reported; kills {dict(stats.kinds)}; {stats.in_checkpoint} during a "
          f"checkpoint; unreported commit in flight found {stats.in_flight_found} times; WAL left by "
          f"{stats.wal_left} kills (largest {stats.max_wal} bytes); {stats.in_place} rounds checked in place")


def test_kill_during_writes_loses_no_reported_commit_and_leaves_no_half_transaction(tmp_path: Path) -> None:
    _run(tmp_path, kills=30)


@pytest.mark.stress
def test_kill_during_writes_stress(tmp_path: Path) -> None:
    _run(tmp_path, kills=200)


def test_the_check_finds_a_half_transaction(tmp_path: Path) -> None:
    """Control: the check does catch a transaction missing a part, a stray row and a broken chain."""
    path = tmp_path / "register.db"
    cw.make_register(path)
    writer = cw.Writer.open(path)
    try:
        for n in (1, 2, 3):
            writer.write_tx(n)
    finally:
        writer.register.db.close()
    assert _check(path) == [1, 2, 3]
    cases = {
        "no registration": "DELETE FROM registration WHERE protocol_no = '2'",
        "1 measures": "DELETE FROM plan_measure WHERE id = (SELECT max(id) FROM plan_measure)",
        "stray search tokens": "INSERT INTO search_token (entity, rec_id, token) "
                               "VALUES ('student', 999, 'x')",
        "audit chain": "INSERT OR REPLACE INTO setting (key, value) VALUES ('audit_head', "
                       "'{\"id\": 1, \"hash\": \"00\", \"count\": 1}')",
    }
    for expected, sql in cases.items():
        copy = tmp_path / expected.replace(" ", "-") / "register.db"
        copy.parent.mkdir()
        shutil.copyfile(path, copy)
        db = open_encrypted(copy, cw.KEY)
        try:
            db.execute_sql("PRAGMA foreign_keys = 0")
            db.execute_sql(sql)
            with pytest.raises(AssertionError, match=expected):
                cw.check_register(db)
        finally:
            db.close()
