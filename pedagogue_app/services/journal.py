"""The journal of outgoing letters (журнал исходящей корреспонденции / шығыс хаттар журналы).

Numbers run per calendar year from 1 and are never reused: the next number is one more than
the highest number of the year over every row, archived ones included. A letter is numbered,
its PDF built with that number, and the row with the PDF and its SHA-256 stored in one write
transaction opened with ``BEGIN IMMEDIATE``; two letters issued at the same moment (two windows,
two connections to the same register file) therefore get two numbers, and a letter whose PDF
could not be built leaves no row and burns no number.

The stored PDF is the letter as issued: :meth:`OutgoingJournal.get_pdf` returns exactly those
bytes, after checking them against the stored SHA-256.

Every query here goes through ``register.db`` (never the global model binding), so a journal
works on the connection it was given, in any thread that opened it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from ..db import Register
from ..models import new_uid, utc_now
from . import access, validators
from .context import Actor
from .errors import Collector, NotFound
from .messages import QT_TRANSLATE_NOOP, register_messages

RECORD_TYPE = "outgoing_letter"
SUBJECT_MAX = 500
LANGS = ("kk", "ru")
PDF_MAGIC = b"%PDF-"

MESSAGES = {
    "letter_organisation_missing": QT_TRANSLATE_NOOP(
        "Validation", "This organisation is no longer in the directory: choose again."),
}
register_messages(MESSAGES)


class LetterPdfError(Exception):
    """The stored PDF of a letter cannot be given out as the letter issued."""

    def __init__(self, letter_id: int, message: str) -> None:
        super().__init__(message)
        self.letter_id = letter_id


class LetterPdfMissing(LetterPdfError):
    """The letter was recorded without its PDF (registers written before letters were stored)."""

    def __init__(self, letter_id: int) -> None:
        super().__init__(letter_id, f"outgoing letter {letter_id} has no stored PDF")


class LetterPdfTampered(LetterPdfError):
    """The stored bytes no longer match the checksum taken when the letter was issued."""

    def __init__(self, letter_id: int, expected: str, found: str) -> None:
        super().__init__(
            letter_id,
            f"the stored PDF of outgoing letter {letter_id} was changed after it was issued "
            f"(SHA-256 {found[:12]}…, issued as {expected[:12]}…); it is not given out")
        self.expected = expected
        self.found = found


@dataclass(frozen=True)
class LetterRecord:
    """One numbered letter of the journal (the PDF itself is read with ``get_pdf``)."""

    id: int
    year: int
    number: int
    issued_on: date
    organisation_id: int | None
    subject: str
    lang: str
    pdf_sha256: str
    archived: bool = False


class JournalRow(NamedTuple):
    """One line of the journal list."""

    id: int
    number: int
    issued_on: date
    addressee: str  # the organisation's name in the letter's language
    subject: str
    lang: str
    referral_id: int | None
    referral_kind: str  # a code of services.referrals.REFERRAL_KINDS, or ""
    student_id: int | None
    student_name: str
    has_pdf: bool
    archived: bool


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_RECORD_SQL = ("SELECT id, year, number, issued_on, organisation_id, subject, lang, pdf_sha256, "
               "deleted FROM outgoing_letter WHERE id = ?")


def _record(row: tuple[Any, ...]) -> LetterRecord:
    lid, year, number, on, org, subject, lang, digest, deleted = row
    return LetterRecord(int(lid), int(year), int(number), _day(on), org, subject, lang, digest,
                        bool(deleted))


class OutgoingJournal:
    """Use cases of the outgoing-letter journal."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- issuing ---------------------------------------------------------------------------
    def issue(self, actor: Actor, *, issued_on: date, organisation_id: int | None, subject: str,
              lang: str, make_pdf: Callable[[int, int], bytes],
              today: date | None = None) -> LetterRecord:
        """Number a letter, build its PDF with ``make_pdf(number, year)`` and store both.

        All in one ``BEGIN IMMEDIATE`` transaction (a savepoint when the caller already holds
        one, which must then be an immediate transaction too): the number is taken while this
        connection holds the register's write lock, so no other connection can take it.

        Raises:
            ValidationError: ``issued_on`` missing or in the future, ``lang`` not kk/ru,
                ``subject`` too long, ``organisation_id`` not in the directory.
            Exception: whatever ``make_pdf`` raises (or ``ValueError`` when it returns
                something that is not a PDF); nothing is stored and no number is used up.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        subject = validators.clean(subject)
        c = Collector()
        validators.past_date(c, "issued_on", issued_on, today=today or date.today(), required=True)
        if lang not in LANGS:
            c.add("lang", "bad_choice")
        validators.text(c, "subject", subject, limit=SUBJECT_MAX)
        if organisation_id is not None and self.db.execute_sql(
                "SELECT 1 FROM organisation WHERE id = ?", (organisation_id,)).fetchone() is None:
            c.add("organisation_id", "letter_organisation_missing")
        c.raise_if_any()
        year = issued_on.year
        with self.db.atomic("IMMEDIATE"):
            number = int(self.db.execute_sql(
                "SELECT COALESCE(max(number), 0) + 1 FROM outgoing_letter WHERE year = ?",
                (year,)).fetchone()[0])
            pdf = make_pdf(number, year)
            if not isinstance(pdf, bytes | bytearray) or not bytes(pdf).startswith(PDF_MAGIC):
                raise ValueError("make_pdf must return the bytes of a PDF")
            pdf = bytes(pdf)
            digest = sha256(pdf)
            cursor = self.db.execute_sql(
                "INSERT INTO outgoing_letter (uid, version, updated_at, updated_by, deleted, year, "
                "number, issued_on, organisation_id, subject, lang, pdf, pdf_sha256) "
                "VALUES (?, 1, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), str(utc_now()), actor.device_id, year, number, issued_on.isoformat(),
                 organisation_id, subject, lang, pdf, digest))
            letter_id = int(cursor.lastrowid or 0)
        return LetterRecord(letter_id, year, number, issued_on, organisation_id, subject, lang,
                            digest)

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, letter_id: int) -> LetterRecord:
        """A letter of the journal, archived ones included."""
        access.check(actor, access.READ, RECORD_TYPE)
        row = self.db.execute_sql(_RECORD_SQL, (letter_id,)).fetchone()
        if row is None:
            raise NotFound(letter_id)
        return _record(row)

    def get_pdf(self, actor: Actor, letter_id: int) -> bytes:
        """The exact bytes stored when the letter was issued.

        Raises:
            NotFound: no such letter.
            LetterPdfMissing: the letter has no stored PDF.
            LetterPdfTampered: the bytes do not match the SHA-256 taken at issue.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        row = self.db.execute_sql("SELECT pdf, pdf_sha256 FROM outgoing_letter WHERE id = ?",
                                  (letter_id,)).fetchone()
        if row is None:
            raise NotFound(letter_id)
        pdf, expected = row
        if pdf is None:
            raise LetterPdfMissing(letter_id)
        data = bytes(pdf)
        found = sha256(data)
        if found != expected:
            raise LetterPdfTampered(letter_id, expected, found)
        return data

    def next_number(self, actor: Actor, year: int) -> int:
        """The number the next letter of ``year`` would get now (a preview, not a reservation)."""
        access.check(actor, access.READ, RECORD_TYPE)
        return int(self.db.execute_sql(
            "SELECT COALESCE(max(number), 0) + 1 FROM outgoing_letter WHERE year = ?",
            (year,)).fetchone()[0])

    def years(self, actor: Actor) -> list[int]:
        """The years that have letters, newest first (the journal's year choice)."""
        access.check(actor, access.READ, RECORD_TYPE)
        return [int(y) for (y,) in self.db.execute_sql(
            "SELECT DISTINCT year FROM outgoing_letter ORDER BY year DESC").fetchall()]

    def rows(self, actor: Actor, year: int, *, include_archived: bool = True) -> list[JournalRow]:
        """The journal of ``year`` in number order; archived letters are listed (flagged), since
        their numbers stay taken."""
        access.check(actor, access.READ, RECORD_TYPE)
        sql = (
            "SELECT l.id, l.number, l.issued_on, l.lang, "
            "COALESCE(CASE WHEN l.lang = 'kk' THEN o.name_kk ELSE o.name_ru END, ''), l.subject, "
            "r.id, COALESCE(r.kind, ''), r.student_id, "
            "COALESCE(s.last_name || ' ' || s.first_name"
            " || CASE WHEN s.patronymic <> '' THEN ' ' || s.patronymic ELSE '' END, ''), "
            "l.pdf IS NOT NULL, l.deleted "
            "FROM outgoing_letter l "
            "LEFT JOIN organisation o ON o.id = l.organisation_id "
            "LEFT JOIN referral r ON r.id = (SELECT min(x.id) FROM referral x "
            "WHERE x.letter_id = l.id) "
            "LEFT JOIN student s ON s.id = r.student_id "
            "WHERE l.year = ?")
        if not include_archived:
            sql += " AND l.deleted = 0"
        sql += " ORDER BY l.number"
        return [JournalRow(int(lid), int(no), _day(on), org, subject, lang, rid, kind, sid, name,
                           bool(has_pdf), bool(deleted))
                for lid, no, on, lang, org, subject, rid, kind, sid, name, has_pdf, deleted
                in self.db.execute_sql(sql, (year,)).fetchall()]

    # --- archive ---------------------------------------------------------------------------
    def archive(self, actor: Actor, letter_id: int) -> None:
        """Mark a letter archived (cancelled); its number stays taken."""
        self._set_deleted(actor, letter_id, True)

    def restore(self, actor: Actor, letter_id: int) -> None:
        self._set_deleted(actor, letter_id, False)

    def _set_deleted(self, actor: Actor, letter_id: int, deleted: bool) -> None:
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            cursor = self.db.execute_sql(
                "UPDATE outgoing_letter SET deleted = ?, version = version + 1, updated_at = ?, "
                "updated_by = ? WHERE id = ? AND deleted = ?",
                (int(deleted), str(utc_now()), actor.device_id, letter_id, int(not deleted)))
            if cursor.rowcount != 1:
                raise NotFound(letter_id)


__all__ = ["JournalRow", "LetterPdfError", "LetterPdfMissing", "LetterPdfTampered",
           "LetterRecord", "OutgoingJournal", "sha256"]
