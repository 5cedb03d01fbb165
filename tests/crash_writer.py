"""Helper of the crash test (tests/unit/test_crash.py): a writer to be killed, and the checks.

Run as a child process::

    python tests/crash_writer.py REGISTER FIRST_TX CHECKPOINT_EVERY

it opens the encrypted register (shipping pragmas: SQLCipher 4, WAL, ``synchronous=FULL``) with
:data:`KEY` and writes transactions FIRST_TX, FIRST_TX+1, ... until it is killed. Each transaction
is one ``BEGIN IMMEDIATE`` through the services: a student (with its search tokens), a registration
of that student with two plan measures and a review, and an audit event about the student (with
the rewritten audit head). After each commit it prints ``tx N`` and flushes; every
CHECKPOINT_EVERY commits it prints ``ckpt N``, runs a checkpoint (PASSIVE, RESTART and TRUNCATE in
turn) and prints ``ckpt-done N``. Before opening the file it prints ``open``, after ``ready``.

The parent imports this module for :func:`make_register` and :func:`check_register`, so what a
transaction writes and what the check expects of it stay in one place.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import peewee

from pedagogue_app import models
from pedagogue_app.db import Register, migrations
from pedagogue_app.db.cipher import open_encrypted
from pedagogue_app.db.search import tokens
from pedagogue_app.services import Actor
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.registrations import (
    MeasureData,
    RegistrationData,
    RegistrationService,
    ReviewData,
)
from pedagogue_app.services.students import StudentData, StudentService, full_name

KEY = bytes(range(100, 132))  # the fixed test key (raw 256-bit database key)
DEVICE = "crash-writer"
TAG = "crash-tx "
ACTOR = Actor(username="crash", role="social_pedagogue", device_id=DEVICE)
ADMIN = Actor(username="admin", role="admin", device_id=DEVICE)
FIRST_NAMES = ["Айжан", "Нұрлан", "Дәурен", "Мадина", "Ербол", "Гүлнар", "Асқар"]
MEASURES_PER_TX = 2
REVIEWS_PER_TX = 1
START = date.today() - timedelta(days=200)
# About 1.5 KB of notes per student and per registration, so a transaction spans several pages
# and a kill can land in the middle of writing its WAL frames.
FILLER = "Жұлдызқызы көрсеткіш " * 70
CHECKPOINT_MODES = ("PASSIVE", "RESTART", "TRUNCATE")


def tag(n: int) -> str:
    return f"{TAG}{n:07d};"


def tx_of(notes: str) -> int:
    """The transaction number in a ``notes`` or ``detail`` value written by :func:`write_tx`."""
    if not notes.startswith(TAG):
        raise AssertionError(f"a row not written by the crash writer: {notes[:40]!r}")
    return int(notes[len(TAG):len(TAG) + 7])


def student_of(n: int) -> StudentData:
    return StudentData(last_name="Крашова", first_name=FIRST_NAMES[n % len(FIRST_NAMES)],
                       patronymic="Серікқызы", birth_date=date(2012, 1, 1) + timedelta(days=n % 700),
                       sex="F", grade=6, class_letter="А", language="kk", notes=tag(n) + FILLER)


def expected_tokens(n: int) -> list[str]:
    d = student_of(n)
    return sorted(set(tokens(full_name(d.last_name, d.first_name, d.patronymic))))


def make_register(path: Path) -> None:
    """A new encrypted register with the full schema, checkpointed and closed."""
    db = open_encrypted(path, KEY, create=True)
    try:
        for step in migrations.STEPS:
            migrations.apply_step(db, step)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


@dataclass
class Writer:
    register: Register
    students: StudentService
    registrations: RegistrationService
    audit: AuditService

    @classmethod
    def open(cls, path: Path) -> Writer:
        db = open_encrypted(path, KEY)
        models.db_proxy.initialize(db)
        reg = Register(path=path, db=db, device_id=DEVICE)
        return cls(reg, StudentService(reg), RegistrationService(reg), AuditService(reg))

    def write_tx(self, n: int) -> None:
        """One transaction: student + tokens, registration + measures + review, audit event + head."""
        with self.register.db.atomic("IMMEDIATE"):
            sid = self.students.save(ACTOR, student_of(n), allow_similar=True)
            self.registrations.save(ACTOR, RegistrationData(
                student_id=sid, kind="school", ground="absence", start_date=START, protocol_no=str(n),
                curator="Әбдірахманова Г.М.", notes=tag(n) + FILLER,
                measures=[MeasureData(measure=f"Беседа {i}", responsible="Сейітова А.Қ.",
                                      deadline=START + timedelta(days=30 + i))
                          for i in range(MEASURES_PER_TX)],
                reviews=[ReviewData(review_date=START + timedelta(days=90), summary="Оң өзгерістер",
                                    decision="продолжить сопровождение")] * REVIEWS_PER_TX))
            uid = self.register.db.execute_sql("SELECT uid FROM student WHERE id = ?", (sid,)).fetchone()[0]
            self.audit.record(ACTOR, "export", "student", str(uid), tag(n))


def check_register(db: peewee.Database) -> list[int]:
    """Check that every transaction in the register is whole; return their numbers in order.

    Raises AssertionError naming the first transaction found incomplete (or a stray row).
    """
    def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return list(db.execute_sql(sql, params).fetchall())

    students: dict[int, tuple[int, str]] = {}
    for sid, uid, notes in rows("SELECT id, uid, notes FROM student"):
        n = tx_of(notes)
        assert n not in students, f"transaction {n}: two students"
        students[n] = (sid, uid)
    regs: dict[int, tuple[int, int]] = {}
    for rid, sid, notes, protocol in rows("SELECT id, student_id, notes, protocol_no FROM registration"):
        n = tx_of(notes)
        assert n not in regs, f"transaction {n}: two registrations"
        assert protocol == str(n), f"transaction {n}: registration protocol {protocol!r}"
        regs[n] = (rid, sid)
    events: dict[int, str] = {}
    for record_uid, detail in rows("SELECT record_uid, detail FROM audit_event"):
        n = tx_of(detail)
        assert n not in events, f"transaction {n}: two audit events"
        events[n] = record_uid
    found = sorted(students.keys() | regs.keys() | events.keys())
    measures = dict(rows("SELECT registration_id, count(*) FROM plan_measure GROUP BY registration_id"))
    reviews = dict(rows("SELECT registration_id, count(*) FROM registration_review GROUP BY registration_id"))
    token_rows: dict[int, list[str]] = {}
    for rec_id, token in rows("SELECT rec_id, token FROM search_token WHERE entity = 'student' "
                              "ORDER BY token"):
        token_rows.setdefault(rec_id, []).append(token)
    for n in found:
        assert n in students, f"transaction {n} half there: no student"
        assert n in regs, f"transaction {n} half there: no registration"
        assert n in events, f"transaction {n} half there: no audit event"
        sid, uid = students[n]
        rid, reg_sid = regs[n]
        assert reg_sid == sid, f"transaction {n}: registration of student {reg_sid}, not {sid}"
        assert events[n] == uid, f"transaction {n}: audit event about {events[n]}, not {uid}"
        assert measures.get(rid, 0) == MEASURES_PER_TX, f"transaction {n}: {measures.get(rid, 0)} measures"
        assert reviews.get(rid, 0) == REVIEWS_PER_TX, f"transaction {n}: {reviews.get(rid, 0)} reviews"
        assert token_rows.get(sid) == expected_tokens(n), f"transaction {n}: tokens {token_rows.get(sid)}"
    # Nothing beside the transactions' rows (a row of a lost transaction would show up here).
    assert sum(measures.values()) == MEASURES_PER_TX * len(found), "stray plan measures"
    assert sum(reviews.values()) == REVIEWS_PER_TX * len(found), "stray reviews"
    assert sorted(token_rows) == sorted(sid for sid, _ in students.values()), "stray search tokens"
    # The audit chain and its head (rewritten in the same transaction) agree.
    report = AuditService(Register(path=Path(db.database), db=db, device_id=DEVICE)).verify(ADMIN)
    assert report.ok and report.events == len(found), f"audit chain: {report}"
    return found


def main(argv: list[str]) -> None:
    path, first, every = Path(argv[0]), int(argv[1]), int(argv[2])
    out = sys.stdout
    out.write("open\n")
    out.flush()
    writer = Writer.open(path)
    out.write("ready\n")
    out.flush()
    n = first
    while True:
        writer.write_tx(n)
        out.write(f"tx {n}\n")
        out.flush()
        if every and n % every == 0:
            out.write(f"ckpt {n}\n")
            out.flush()
            mode = CHECKPOINT_MODES[(n // every) % len(CHECKPOINT_MODES)]
            writer.register.db.execute_sql(f"PRAGMA wal_checkpoint({mode})").fetchall()
            out.write(f"ckpt-done {n}\n")
            out.flush()
        n += 1


if __name__ == "__main__":
    main(sys.argv[1:])
