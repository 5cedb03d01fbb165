"""The canary: distinctive names and ИИН entered through the services never reach the disk in
plain text: not in the register, its WAL, the backups, the key and counters files, or any
temporary file, while the register is open and after a scripted day of use."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pedagogue_app.services.backups import BackupService
from pedagogue_app.services.documents import DocumentService
from pedagogue_app.services.families import FamilyData, FamilyService, MemberData
from pedagogue_app.services.iin import make_iin
from pedagogue_app.services.registrations import RegistrationData, RegistrationService
from pedagogue_app.services.session import Session, log_in
from pedagogue_app.services.students import StudentData, StudentService
from tests.sessions import ACCOUNTS, make_encrypted

# Fictional and unlike anything else in the program or its fixtures.
CANARY_SURNAME = "Қызылқарғатаева"
CANARY_FIRST = "Шаттықгүлзада"
CANARY_PARENT = "Жезтырнақбаев"
CANARY_IIN = make_iin(date(2014, 3, 7), "F", serial=7391)
CANARY_PARENT_IIN = make_iin(date(1988, 11, 23), "M", serial=4417)
CANARIES = (CANARY_SURNAME, CANARY_FIRST, CANARY_PARENT, CANARY_IIN, CANARY_PARENT_IIN)


def encodings(text: str) -> list[bytes]:
    out = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    with contextlib.suppress(UnicodeEncodeError):  # Kazakh letters have no cp1251 code
        out.append(text.encode("cp1251"))
    folded = text.lower()
    if folded != text:
        out.append(folded.encode("utf-8"))
    return out


def hits(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for canary in CANARIES:
                if any(e in data for e in encodings(canary)):
                    found.append(f"{path.relative_to(folder)}: {canary}")
    return found


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every temporary file of the program goes here for the test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def day_of_use(session: Session) -> None:
    register, actor = session.register, session.actor
    families, students = FamilyService(register), StudentService(register)
    family_id = families.save(actor, FamilyData(members=[MemberData(
        last_name=CANARY_PARENT, first_name="Ерболат", relation="father", iin=CANARY_PARENT_IIN,
        phone="+7 701 000 00 09", is_legal_representative=True)]))
    student_id = students.save(actor, StudentData(
        last_name=CANARY_SURNAME, first_name=CANARY_FIRST, patronymic="Ерболатқызы",
        birth_date=None, sex="", iin=CANARY_IIN, grade=6, class_letter="Б", language="kk",
        family_id=family_id))
    assert [r.id for r in students.search(actor, CANARY_SURNAME[:6])] == [student_id]
    registration = RegistrationService(register).save(actor, RegistrationData(
        student_id=student_id, kind="school", ground="absence", start_date=date(2026, 11, 2),
        protocol_no="7"))
    assert registration
    data = students.get(actor, student_id).data
    data.notes = "Сыныптан тыс жұмысқа қатысады"
    students.save(actor, data, student_id)
    pdf = DocumentService(register).chronology_certificate(actor, student_id, "kk")
    assert pdf.startswith(b"%PDF")  # made in memory: never written anywhere
    register.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def test_no_plain_personal_data_on_disk(tmp_path: Path, temp_folder: Path) -> None:
    data = tmp_path / "data"
    admin, _recovery = make_encrypted(data)
    admin.close()
    path = data / "register.db"
    session = log_in(path, "pedagog", ACCOUNTS["pedagog"][0])
    day_of_use(session)
    assert hits(data, temp_folder) == []  # while open: the WAL holds the day's pages
    BackupService(session.register, data / "backups").backup_now(session.actor, "manual")
    student_id = StudentService(session.register).search(session.actor, CANARY_SURNAME)[0].id
    StudentService(session.register).set_archived(session.actor, student_id, True)
    session.close()
    again = log_in(path, "psiholog", ACCOUNTS["psiholog"][0])
    again.close()
    assert sorted(p.name for p in (data / "backups").glob("*.db"))
    assert hits(data, temp_folder) == []


def test_the_canary_is_found_in_a_plain_register(tmp_path: Path) -> None:
    """The search itself works: the same day on a plain register is found at once."""
    from pedagogue_app.db import open_register
    from pedagogue_app.services import local_actor

    data = tmp_path / "plain"
    register = open_register(data / "register.db", create=True)
    actor = local_actor(register.device_id)
    FamilyService(register).save(actor, FamilyData(members=[MemberData(
        last_name=CANARY_PARENT, first_name="Ерболат", relation="father", iin=CANARY_PARENT_IIN,
        is_legal_representative=True)]))
    register.close()
    assert hits(data)


def test_environment_was_redirected(temp_folder: Path) -> None:
    assert tempfile.gettempdir() == str(temp_folder)
    assert os.environ["TMPDIR"] == str(temp_folder)
