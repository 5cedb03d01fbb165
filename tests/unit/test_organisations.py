"""OrganisationService: the directory of addressees; nothing stored on bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.demo_names import ORGANISATIONS
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.organisations import (
    ORGANISATION_KINDS,
    OrganisationData,
    OrganisationService,
)

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]


@pytest.fixture
def service(register: Register) -> OrganisationService:
    return OrganisationService(register)


def pmpk(**overrides: Any) -> OrganisationData:
    values: dict[str, Any] = {
        "kind": "pmpk",
        "name_kk": "Психологиялық-медициналық-педагогикалық консультация №2",
        "name_ru": "Психолого-медико-педагогическая консультация №2",
        "head_name": "Меңгеруші Қасымова Гүлнар Серікқызы",
        "address": "Шымкент қ., Тәуке хан даңғылы, 12",
        "phone": "+7 (7252) 53-12-34", "email": "pmpk2@example.kz"}
    values.update(overrides)
    return OrganisationData(**values)


def police(**overrides: Any) -> OrganisationData:
    values: dict[str, Any] = {
        "kind": "police", "name_kk": "Кәмелетке толмағандар ісі жөніндегі инспекторлар тобы",
        "name_ru": "Группа инспекторов по делам несовершеннолетних (ОЮП)",
        "head_name": "Начальник Ахметов Ерлан Маратович"}
    values.update(overrides)
    return OrganisationData(**values)


def refuse(service: OrganisationService, actor: Actor, snapshot: Snapshot,
           data: OrganisationData, field: str, code: str,
           organisation_id: int | None = None) -> ValidationError:
    """Saving ``data`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, data, organisation_id)
    assert (field, code) in {(e.field, e.code) for e in err.value.errors}
    assert snapshot() == before
    return err.value


# --- codes ------------------------------------------------------------------------------------

def test_kinds_cover_the_demo_organisations() -> None:
    assert {kind for kind, _kk, _ru in ORGANISATIONS} | {"other"} == set(ORGANISATION_KINDS)


def test_area_messages_are_registered() -> None:
    assert MESSAGES["organisation_duplicate"].startswith("An organisation of this kind")
    assert "name@example.kz" in MESSAGES["organisation_email"]


# --- saving -----------------------------------------------------------------------------------

def test_organisation_is_stored_with_every_field(service: OrganisationService,
                                                 actor: Actor) -> None:
    oid = service.save(actor, pmpk(name_ru="  Психолого-медико-педагогическая   консультация №2 "))
    record = service.get(actor, oid)
    assert record.data == pmpk()  # spaces collapsed
    assert (record.version, record.archived) == (1, False)
    row = models.Organisation.get_by_id(oid)
    assert (row.updated_by, row.deleted) == (actor.device_id, False)


def test_only_kind_and_both_names_are_needed(service: OrganisationService,
                                             actor: Actor) -> None:
    oid = service.save(actor, OrganisationData(kind="other", name_kk="Аудандық сот",
                                               name_ru="Районный суд"))
    assert service.get(actor, oid).data.head_name == ""


BAD = [
    ({"kind": ""}, "kind", "required"),
    ({"kind": "school"}, "kind", "bad_choice"),
    ({"name_kk": ""}, "name_kk", "required"),
    ({"name_kk": "   "}, "name_kk", "required"),
    ({"name_ru": ""}, "name_ru", "required"),
    ({"name_kk": "Ә" * 251}, "name_kk", "too_long"),
    ({"name_ru": "Я" * 251}, "name_ru", "too_long"),
    ({"head_name": "х" * 201}, "head_name", "too_long"),
    ({"address": "х" * 301}, "address", "too_long"),
    ({"phone": "жоқ"}, "phone", "phone_format"),
    ({"phone": "53-1"}, "phone", "phone_format"),
    ({"phone": "+7 7252 53 12 34 вн. 12"}, "phone", "phone_format"),
    ({"email": "pmpk2.example.kz"}, "email", "organisation_email"),
    ({"email": "pmpk2@example"}, "email", "organisation_email"),
    ({"email": "a@b.kz, c@d.kz"}, "email", "organisation_email"),
    ({"email": "pmpk @example.kz"}, "email", "organisation_email"),
    ({"email": "@example.kz"}, "email", "organisation_email"),
    ({"email": "a" * 250 + "@x.kz"}, "email", "too_long"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD)
def test_bad_input_is_refused(service: OrganisationService, actor: Actor,
                              register_snapshot: Snapshot, overrides: dict[str, Any],
                              field: str, code: str) -> None:
    refuse(service, actor, register_snapshot, pmpk(**overrides), field, code)


@pytest.mark.parametrize(("overrides", "field", "code"), BAD)
def test_bad_edit_changes_nothing(service: OrganisationService, actor: Actor,
                                  register_snapshot: Snapshot, overrides: dict[str, Any],
                                  field: str, code: str) -> None:
    oid = service.save(actor, pmpk())
    refuse(service, actor, register_snapshot, pmpk(**overrides), field, code, oid)


def test_every_problem_is_reported_at_once(service: OrganisationService) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(OrganisationData(phone="x", email="y"))
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("kind", "required"), ("name_kk", "required"), ("name_ru", "required"),
        ("phone", "phone_format"), ("email", "organisation_email")}


@pytest.mark.parametrize("email", ["pmpk2@example.kz", "Info.PMPK-2@shymkent.gov.kz",
                                   "мпмк@мектеп.қаз"])
def test_good_emails(service: OrganisationService, actor: Actor, email: str) -> None:
    oid = service.save(actor, pmpk(email=f" {email} "))
    assert service.get(actor, oid).data.email == email


# --- one name per kind ------------------------------------------------------------------------

@pytest.mark.parametrize(("overrides", "field"), [
    ({"name_ru": "ПСИХОЛОГО-МЕДИКО-ПЕДАГОГИЧЕСКАЯ  КОНСУЛЬТАЦИЯ №2", "name_kk": "Басқа"},
     "name_ru"),
    ({"name_ru": "Другое", "name_kk": "психологиялық-медициналық-педагогикалық консультация №2"},
     "name_kk"),
    # Kazakh letters folded to their Russian look-alikes
    ({"name_ru": "Другое", "name_kk": "Психологиялык-медициналык-педагогикалык консультация №2"},
     "name_kk"),
])
def test_same_name_of_the_same_kind_is_refused(service: OrganisationService, actor: Actor,
                                               register_snapshot: Snapshot,
                                               overrides: dict[str, Any], field: str) -> None:
    service.save(actor, pmpk())
    refuse(service, actor, register_snapshot, pmpk(**overrides), field,
           "organisation_duplicate")


def test_same_name_of_another_kind_or_archived_is_allowed(service: OrganisationService,
                                                         actor: Actor) -> None:
    first = service.save(actor, pmpk())
    service.save(actor, pmpk(kind="other"))
    service.archive(actor, first)
    assert service.save(actor, pmpk()) != first


def test_an_organisation_keeps_its_own_name_when_edited(service: OrganisationService,
                                                        actor: Actor) -> None:
    oid = service.save(actor, pmpk())
    service.save(actor, pmpk(phone="8 7252 53 00 00"), oid)
    assert service.get(actor, oid).data.phone == "8 7252 53 00 00"


def test_renaming_into_another_name_is_refused(service: OrganisationService, actor: Actor,
                                               register_snapshot: Snapshot) -> None:
    service.save(actor, pmpk())
    other = service.save(actor, pmpk(name_kk="ПМПК №3", name_ru="ПМПК №3"))
    refuse(service, actor, register_snapshot, pmpk(name_kk="ПМПК №3"), "name_ru",
           "organisation_duplicate", other)


# --- editing, archive, restore ----------------------------------------------------------------

def test_edit_bumps_version_time_and_device(service: OrganisationService, actor: Actor,
                                            register: Register) -> None:
    oid = service.save(actor, pmpk())
    created = models.Organisation.get_by_id(oid)
    old_time = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE organisation SET updated_at = ? WHERE id = ?",
                            (old_time, oid))
    service.save(Actor("local", "social_pedagogue", "device-B"), pmpk(head_name="Жаңа басшы"),
                 oid)
    edited = models.Organisation.get_by_id(oid)
    assert (edited.version, edited.updated_by, edited.uid) == (2, "device-B", created.uid)
    assert edited.updated_at > old_time
    assert service.get(actor, oid).data.head_name == "Жаңа басшы"


def test_archive_and_restore(service: OrganisationService, actor: Actor) -> None:
    oid = service.save(actor, pmpk())
    service.archive(actor, oid)
    row = models.Organisation.get_by_id(oid)
    assert (row.deleted, row.version) == (True, 2)
    assert service.get(actor, oid).archived  # letters sent to it still show its name
    assert service.search(actor) == []
    assert service.by_kind(actor, "pmpk") == []
    assert [(r.id, r.archived) for r in service.search(actor, include_archived=True)] == [
        (oid, True)]
    service.restore(actor, oid)
    row = models.Organisation.get_by_id(oid)
    assert (row.deleted, row.version) == (False, 3)
    assert [r.id for r in service.by_kind(actor, "pmpk")] == [oid]


def test_archive_twice_or_restore_active_is_not_found(service: OrganisationService,
                                                      actor: Actor,
                                                      register_snapshot: Snapshot) -> None:
    oid = service.save(actor, pmpk())
    before = register_snapshot()
    with pytest.raises(NotFound):
        service.restore(actor, oid)
    with pytest.raises(NotFound):
        service.archive(actor, 4321)
    assert register_snapshot() == before
    service.archive(actor, oid)
    with pytest.raises(NotFound):
        service.archive(actor, oid)


def test_archived_organisation_cannot_be_edited(service: OrganisationService, actor: Actor,
                                                register_snapshot: Snapshot) -> None:
    oid = service.save(actor, pmpk())
    service.archive(actor, oid)
    before = register_snapshot()
    with pytest.raises(NotFound):
        service.save(actor, pmpk(phone="8 7252 00 00 00"), oid)
    assert register_snapshot() == before


def test_restore_refused_when_the_name_is_taken_again(service: OrganisationService,
                                                      actor: Actor,
                                                      register_snapshot: Snapshot) -> None:
    old = service.save(actor, pmpk())
    service.archive(actor, old)
    service.save(actor, pmpk(name_kk="Жаңа ПМПК"))  # the same Russian name
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        service.restore(actor, old)
    assert [(e.field, e.code) for e in err.value.errors] == [("name_ru", "organisation_duplicate")]
    assert register_snapshot() == before


def test_get_missing(service: OrganisationService, actor: Actor) -> None:
    with pytest.raises(NotFound):
        service.get(actor, 4321)
    with pytest.raises(NotFound):
        service.save(actor, pmpk(), 4321)


# --- search -----------------------------------------------------------------------------------

@pytest.fixture
def directory(service: OrganisationService, actor: Actor) -> dict[str, int]:
    return {
        "pmpk": service.save(actor, pmpk()),
        "police": service.save(actor, police()),
        "crisis": service.save(actor, OrganisationData(
            kind="crisis", name_kk="Дағдарыс орталығы «Шаңырақ»",
            name_ru="Кризисный центр «Шанырак»", head_name="Директор Әбілова Әйгерім")),
        "polyclinic": service.save(actor, OrganisationData(
            kind="polyclinic", name_kk="№1 қалалық емхана", name_ru="Городская поликлиника №1")),
        "akimat": service.save(actor, OrganisationData(
            kind="other", name_kk="Ақимат", name_ru="Акимат района")),
    }


@pytest.mark.parametrize(("query", "kind", "expected"), [
    ("", None, ["akimat", "polyclinic", "police", "crisis", "pmpk"]),  # by the Russian name
    ("", "crisis", ["crisis"]),
    ("", "guardianship", []),
    ("кризис", None, ["crisis"]),
    ("шанырак", None, ["crisis"]),  # Kazakh name and the Russian spelling fold alike
    ("ШАҢЫРАҚ", None, ["crisis"]),
    ("айгерим", None, ["crisis"]),  # the head
    ("емхана", None, ["polyclinic"]),
    ("1", None, ["polyclinic"]),
    ("консульт 2", None, ["pmpk"]),
    ("оюп", None, ["police"]),
    ("несовершеннолетних", "pmpk", []),
    ("центр", None, ["crisis"]),
    ("ентр", None, []),  # words match from their start
    ("%", None, []),
    ("«", None, []),
])
def test_search(service: OrganisationService, actor: Actor, directory: dict[str, int],
                query: str, kind: str | None, expected: list[str]) -> None:
    ids = {v: k for k, v in directory.items()}
    assert [ids[r.id] for r in service.search(actor, query, kind)] == expected


def test_search_row_and_by_kind(service: OrganisationService, actor: Actor,
                                directory: dict[str, int]) -> None:
    row, = service.by_kind(actor, "pmpk")
    assert tuple(row) == (directory["pmpk"], "pmpk", pmpk().name_kk, pmpk().name_ru,
                          pmpk().head_name, pmpk().phone, pmpk().email, pmpk().address, False)
    second = service.save(actor, pmpk(name_kk="ПМПК №1", name_ru="ПМПК №1"))
    assert [r.id for r in service.by_kind(actor, "pmpk")] == [second, directory["pmpk"]]


# --- access -----------------------------------------------------------------------------------

def test_director_reads_but_never_writes(service: OrganisationService, register: Register,
                                         actor: Actor, register_snapshot: Snapshot) -> None:
    oid = service.save(actor, pmpk())
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    for call in (lambda: service.save(director, police()),
                 lambda: service.save(director, pmpk(), oid),
                 lambda: service.archive(director, oid),
                 lambda: service.restore(director, oid)):
        with pytest.raises(AccessDenied) as denied:
            call()
        assert (denied.value.action, denied.value.record_type) == ("write", "organisation")
    assert register_snapshot() == before
    assert [r.id for r in service.search(director)] == [oid]
    assert service.get(director, oid).id == oid
