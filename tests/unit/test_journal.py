"""OutgoingJournal: numbers per year that are never reused, one number per letter even when two
connections issue at once, and the stored PDF given back exactly as issued."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register, open_register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError, local_actor
from pedagogue_app.services.context import Actor as ActorType
from pedagogue_app.services.journal import (
    LetterPdfMissing,
    LetterPdfTampered,
    LetterRecord,
    OutgoingJournal,
    sha256,
)
from pedagogue_app.services.organisations import OrganisationData, OrganisationService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
DAY = TODAY - timedelta(days=3)


@pytest.fixture
def journal(register: Register) -> OutgoingJournal:
    return OutgoingJournal(register)


class PdfMaker:
    """A stand-in for a document builder: records its calls, returns small distinct PDFs."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []
        self.made: list[bytes] = []

    def __call__(self, number: int, year: int) -> bytes:
        self.calls.append((number, year))
        pdf = f"%PDF-1.4 letter {number}/{year}".encode()
        self.made.append(pdf)
        return pdf


def issue(journal: OutgoingJournal, actor: Actor, on: date = DAY, **overrides: Any) -> LetterRecord:
    values: dict[str, Any] = {"issued_on": on, "organisation_id": None,
                              "subject": "О направлении обучающегося", "lang": "ru",
                              "make_pdf": PdfMaker()}
    values.update(overrides)
    return journal.issue(actor, **values)


def failing(number: int, year: int) -> bytes:
    raise RuntimeError("the printer ran out of fonts")


# --- numbering -----------------------------------------------------------------------------------

def test_numbers_run_from_one_within_each_year(journal: OutgoingJournal, actor: Actor) -> None:
    maker = PdfMaker()
    y = TODAY.year - 2
    first = [issue(journal, actor, date(y, m, 10), make_pdf=maker) for m in (3, 5, 12)]
    assert [(r.year, r.number) for r in first] == [(y, 1), (y, 2), (y, 3)]
    assert maker.calls == [(1, y), (2, y), (3, y)]  # the PDF is made with its number
    nxt = issue(journal, actor, date(y + 1, 1, 9), make_pdf=maker)
    assert (nxt.year, nxt.number) == (y + 1, 1)
    late = issue(journal, actor, date(y, 12, 30), make_pdf=maker)  # registered late
    assert (late.year, late.number) == (y, 4)
    assert journal.next_number(actor, y) == 5
    assert journal.next_number(actor, y + 2) == 1
    assert journal.years(actor) == [y + 1, y]


def test_an_archived_number_is_never_given_again(journal: OutgoingJournal, actor: Actor) -> None:
    one, two = issue(journal, actor), issue(journal, actor)
    journal.archive(actor, two.id)
    assert issue(journal, actor).number == 3
    journal.archive(actor, one.id)
    assert issue(journal, actor).number == 4
    rows = journal.rows(actor, DAY.year)
    assert [(r.number, r.archived) for r in rows] == [(1, True), (2, True), (3, False), (4, False)]
    assert [r.number for r in journal.rows(actor, DAY.year, include_archived=False)] == [3, 4]
    journal.restore(actor, two.id)
    assert journal.get(actor, two.id).archived is False
    with pytest.raises(NotFound):
        journal.restore(actor, two.id)  # not archived any more
    with pytest.raises(NotFound):
        journal.archive(actor, 999)


def test_a_failing_pdf_stores_nothing_and_burns_no_number(
        journal: OutgoingJournal, actor: Actor, register_snapshot: Snapshot) -> None:
    issue(journal, actor)
    before = register_snapshot()
    with pytest.raises(RuntimeError, match="fonts"):
        issue(journal, actor, make_pdf=failing)
    assert register_snapshot() == before
    assert issue(journal, actor).number == 2


def test_something_that_is_not_a_pdf_is_not_stored(
        journal: OutgoingJournal, actor: Actor, register_snapshot: Snapshot) -> None:
    before = register_snapshot()
    with pytest.raises(ValueError, match="PDF"):
        issue(journal, actor, make_pdf=lambda n, y: b"<html>letter</html>")
    with pytest.raises(ValueError, match="PDF"):
        issue(journal, actor, make_pdf=lambda n, y: "%PDF-1.4 text, not bytes")
    assert register_snapshot() == before


BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"issued_on": None}, "issued_on", "required"),
    ({"issued_on": TODAY + timedelta(days=1)}, "issued_on", "date_future"),
    ({"lang": "en"}, "lang", "bad_choice"),
    ({"subject": "О" * 501}, "subject", "too_long"),
    ({"organisation_id": 12345}, "organisation_id", "letter_organisation_missing"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD)
def test_bad_input_is_refused_before_a_number_is_taken(
        journal: OutgoingJournal, actor: Actor, register_snapshot: Snapshot,
        overrides: dict[str, Any], field: str, code: str) -> None:
    maker = PdfMaker()
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        issue(journal, actor, make_pdf=maker, **overrides)
    assert (field, code) in {(e.field, e.code) for e in err.value.errors}
    assert maker.calls == []
    assert register_snapshot() == before


def test_the_director_reads_the_journal_but_does_not_issue(
        journal: OutgoingJournal, actor: Actor, register_snapshot: Snapshot) -> None:
    record = issue(journal, actor)
    director = ActorType("director", "director", actor.device_id)
    before = register_snapshot()
    with pytest.raises(AccessDenied):
        issue(journal, director)
    with pytest.raises(AccessDenied):
        journal.archive(director, record.id)
    assert register_snapshot() == before
    assert journal.get_pdf(director, record.id).startswith(b"%PDF")


# --- two connections at once ---------------------------------------------------------------------

def test_two_connections_issuing_at_once_get_two_numbers(register: Register) -> None:
    """Two windows (two connections to the same file, each in its own thread) issue a letter
    at the same moment; building each PDF takes a while. Each letter gets its own number."""
    barrier = threading.Barrier(2)
    results: list[LetterRecord] = []
    errors: list[BaseException] = []

    def window(i: int) -> None:
        try:
            reg = open_register(register.path, verify=False)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            barrier.abort()
            return
        try:
            def slow_pdf(number: int, year: int) -> bytes:
                time.sleep(0.3)
                return f"%PDF-1.4 window {i} letter {number}".encode()

            barrier.wait()
            results.append(OutgoingJournal(reg).issue(
                local_actor(reg.device_id), issued_on=DAY, organisation_id=None,
                subject=f"letter from window {i}", lang="ru", make_pdf=slow_pdf))
        except BaseException as exc:
            errors.append(exc)
        finally:
            reg.close()

    threads = [threading.Thread(target=window, args=(i,)) for i in (1, 2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        models.db_proxy.initialize(register.db)  # the other connections rebound the models
    assert errors == []
    assert sorted(r.number for r in results) == [1, 2]
    stored = register.db.execute_sql(
        "SELECT number, subject, pdf FROM outgoing_letter ORDER BY number").fetchall()
    assert len(stored) == 2
    for number, subject, pdf in stored:  # each row holds the PDF made with its own number
        window_no = subject.rsplit(" ", 1)[1]
        assert bytes(pdf) == f"%PDF-1.4 window {window_no} letter {number}".encode()


# --- the stored PDF ------------------------------------------------------------------------------

def test_reprint_gives_the_issued_bytes(journal: OutgoingJournal, actor: Actor) -> None:
    maker = PdfMaker()
    record = issue(journal, actor, make_pdf=maker)
    assert journal.get_pdf(actor, record.id) == maker.made[0]
    assert record.pdf_sha256 == sha256(maker.made[0])
    assert journal.get(actor, record.id) == record


def test_a_changed_pdf_is_refused(journal: OutgoingJournal, actor: Actor,
                                  register: Register) -> None:
    record = issue(journal, actor)
    register.db.execute_sql("UPDATE outgoing_letter SET pdf = ? WHERE id = ?",
                            (b"%PDF-1.4 a forged letter", record.id))
    with pytest.raises(LetterPdfTampered, match="changed after it was issued") as err:
        journal.get_pdf(actor, record.id)
    assert err.value.letter_id == record.id
    assert err.value.expected == record.pdf_sha256


def test_a_changed_checksum_is_refused(journal: OutgoingJournal, actor: Actor,
                                       register: Register) -> None:
    record = issue(journal, actor)
    register.db.execute_sql("UPDATE outgoing_letter SET pdf_sha256 = ? WHERE id = ?",
                            ("0" * 64, record.id))
    with pytest.raises(LetterPdfTampered):
        journal.get_pdf(actor, record.id)


def test_a_letter_without_pdf_says_so(journal: OutgoingJournal, actor: Actor) -> None:
    old = models.OutgoingLetter.create(year=2024, number=7, issued_on=date(2024, 5, 6),
                                       subject="written before letters were stored")
    with pytest.raises(LetterPdfMissing):
        journal.get_pdf(actor, old.id)
    with pytest.raises(NotFound):
        journal.get_pdf(actor, 999)
    assert issue(journal, actor, date(2024, 6, 1)).number == 8


# --- the journal list ----------------------------------------------------------------------------

def test_rows_name_the_addressee_and_the_referral(
        journal: OutgoingJournal, actor: Actor, register: Register,
        make_student: Callable[..., int]) -> None:
    org_id = OrganisationService(register).save(actor, OrganisationData(
        kind="pmpk", name_kk="Психологиялық-медициналық-педагогикалық консультация №2",
        name_ru="Психолого-медико-педагогическая консультация №2"))
    kk = issue(journal, actor, organisation_id=org_id, lang="kk", subject="ПМПК-ға жіберу туралы")
    ru = issue(journal, actor, organisation_id=org_id)
    plain = issue(journal, actor, subject="О предоставлении сведений")
    student_id = make_student(last_name="Сапаров", first_name="Ерлан", patronymic="Бақытұлы",
                              sex="M")
    models.Referral.create(student=student_id, organisation=org_id, kind="pmpk", letter=ru.id)
    rows = {r.number: r for r in journal.rows(actor, DAY.year)}
    assert rows[kk.number].addressee == "Психологиялық-медициналық-педагогикалық консультация №2"
    assert rows[kk.number].subject == "ПМПК-ға жіберу туралы"
    assert rows[kk.number].referral_id is None and rows[kk.number].student_name == ""
    assert rows[ru.number].addressee == "Психолого-медико-педагогическая консультация №2"
    assert (rows[ru.number].referral_kind, rows[ru.number].student_id,
            rows[ru.number].student_name) == ("pmpk", student_id, "Сапаров Ерлан Бақытұлы")
    assert rows[plain.number].addressee == ""
    assert all(r.has_pdf and r.issued_on == DAY for r in rows.values())
    assert journal.rows(actor, DAY.year - 1) == []
