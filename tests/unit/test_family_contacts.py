"""FamilyContactService (the contacts log of a family) and family_due (expiring evidence)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.families import CategoryData, FamilyService
from pedagogue_app.services.family_contacts import (
    CONTACT_KINDS,
    FamilyContactData,
    FamilyContactService,
)
from pedagogue_app.services.family_due import family_due
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.timeline import DueItem

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
NOW = datetime.now().replace(second=0, microsecond=0)
TODAY = date(2025, 3, 10)  # family_due takes today as an argument


@pytest.fixture
def service(register: Register) -> FamilyContactService:
    return FamilyContactService(register)


@pytest.fixture
def family_id(make_family: Callable[..., int]) -> int:
    return make_family(title="Сапаровтар")


def contact(**overrides: Any) -> FamilyContactData:
    values: dict[str, Any] = {
        "contact_at": datetime(2025, 2, 14, 10, 30), "kind": "call",
        "person": "Сапарова Гүлнар Маратқызы",
        "summary": "Анасымен сөйлесу: бала сабаққа келмеді, себебі — ауырып қалған."}
    values.update(overrides)
    return FamilyContactData(**values)


def refuse(service: FamilyContactService, actor: Actor, snapshot: Snapshot, family_id: int,
           data: FamilyContactData, field: str, code: str,
           contact_id: int | None = None) -> None:
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, family_id, data, contact_id)
    assert (field, code) in {(e.field, e.code) for e in err.value.errors}
    assert snapshot() == before


# --- codes ------------------------------------------------------------------------------------

def test_kinds_match_the_model_and_demo() -> None:
    assert set(CONTACT_KINDS) == {"call", "meeting", "visit", "message", "letter"}
    assert MESSAGES["contact_future"] == "The contact cannot be later than now."


# --- saving -----------------------------------------------------------------------------------

def test_contact_is_stored(service: FamilyContactService, actor: Actor, family_id: int) -> None:
    cid = service.save(actor, family_id, contact(
        contact_at=datetime(2025, 2, 14, 10, 30, 59, 123), person="  Сапарова   Гүлнар ",
        summary="\n Звонок матери: ребёнок болеет, справка будет в понедельник.\n"))
    record = service.get(actor, cid)
    assert (record.family_id, record.version, record.archived) == (family_id, 1, False)
    assert record.data == FamilyContactData(
        contact_at=datetime(2025, 2, 14, 10, 30), kind="call", person="Сапарова Гүлнар",
        summary="Звонок матери: ребёнок болеет, справка будет в понедельник.")
    row = models.FamilyContact.get_by_id(cid)
    assert (row.updated_by, row.deleted) == (actor.device_id, False)


@pytest.mark.parametrize("kind", list(CONTACT_KINDS))
def test_every_kind(service: FamilyContactService, actor: Actor, family_id: int,
                    kind: str) -> None:
    cid = service.save(actor, family_id, contact(kind=kind, person=""))
    assert service.get(actor, cid).data.kind == kind


def test_just_now_is_not_the_future(service: FamilyContactService, actor: Actor,
                                    family_id: int) -> None:
    cid = service.save(actor, family_id, contact(contact_at=datetime.now()))
    stored = service.get(actor, cid).data.contact_at
    assert stored is not None and stored <= datetime.now()
    assert (stored.second, stored.microsecond) == (0, 0)


BAD = [
    ({"contact_at": None}, "contact_at", "required"),
    ({"contact_at": NOW + timedelta(hours=1)}, "contact_at", "contact_future"),
    ({"contact_at": NOW + timedelta(days=1)}, "contact_at", "contact_future"),
    ({"contact_at": datetime(1899, 12, 31, 10, 0)}, "contact_at", "date_too_old"),
    ({"kind": ""}, "kind", "required"),
    ({"kind": "telegram"}, "kind", "bad_choice"),
    ({"person": "х" * 201}, "person", "too_long"),
    ({"summary": ""}, "summary", "required"),
    ({"summary": " \n\t "}, "summary", "required"),
    ({"summary": "х" * 2001}, "summary", "too_long"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD)
def test_bad_input_is_refused(service: FamilyContactService, actor: Actor,
                              register_snapshot: Snapshot, family_id: int,
                              overrides: dict[str, Any], field: str, code: str) -> None:
    refuse(service, actor, register_snapshot, family_id, contact(**overrides), field, code)


@pytest.mark.parametrize(("overrides", "field", "code"), BAD)
def test_bad_edit_changes_nothing(service: FamilyContactService, actor: Actor,
                                  register_snapshot: Snapshot, family_id: int,
                                  overrides: dict[str, Any], field: str, code: str) -> None:
    cid = service.save(actor, family_id, contact())
    refuse(service, actor, register_snapshot, family_id, contact(**overrides), field, code, cid)


def test_every_problem_is_reported_at_once(service: FamilyContactService) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(FamilyContactData(contact_at=None, kind="", summary=""))
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("contact_at", "required"), ("kind", "required"), ("summary", "required")}


def test_validate_takes_now(service: FamilyContactService) -> None:
    now = datetime(2025, 2, 14, 10, 30)
    service.validate(contact(contact_at=now), now=now)
    with pytest.raises(ValidationError):
        service.validate(contact(contact_at=datetime(2025, 2, 14, 10, 31)), now=now)


def test_missing_family_or_contact(service: FamilyContactService, actor: Actor,
                                   family_id: int, make_family: Callable[..., int],
                                   register_snapshot: Snapshot) -> None:
    cid = service.save(actor, family_id, contact())
    other = make_family(title="Ивановы")
    before = register_snapshot()
    with pytest.raises(NotFound):
        service.save(actor, 4321, contact())
    with pytest.raises(NotFound):
        service.save(actor, family_id, contact(), 4321)
    with pytest.raises(NotFound):  # a contact is edited only within its own family
        service.save(actor, other, contact(), cid)
    with pytest.raises(NotFound):
        service.get(actor, 4321)
    assert register_snapshot() == before


def test_edit_bumps_version_time_and_device(service: FamilyContactService, actor: Actor,
                                            register: Register, family_id: int) -> None:
    cid = service.save(actor, family_id, contact())
    created = models.FamilyContact.get_by_id(cid)
    old_time = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE family_contact SET updated_at = ? WHERE id = ?",
                            (old_time, cid))
    service.save(Actor("local", "social_pedagogue", "device-B"), family_id,
                 contact(kind="meeting", summary="Встреча в школе"), cid)
    edited = models.FamilyContact.get_by_id(cid)
    assert (edited.version, edited.updated_by, edited.uid, edited.kind) == (
        2, "device-B", created.uid, "meeting")
    assert edited.updated_at > old_time


# --- the log ----------------------------------------------------------------------------------

def test_log_is_newest_first_and_per_family(service: FamilyContactService, actor: Actor,
                                            family_id: int,
                                            make_family: Callable[..., int]) -> None:
    other = make_family(title="Ивановы")
    first = service.save(actor, family_id, contact(contact_at=datetime(2025, 1, 9, 9, 0)))
    latest = service.save(actor, family_id, contact(contact_at=datetime(2025, 3, 1, 15, 45),
                                                    kind="visit", summary="Үйге бару"))
    same_time = service.save(actor, family_id, contact(contact_at=datetime(2025, 1, 9, 9, 0),
                                                       kind="letter"))
    service.save(actor, other, contact())
    rows = service.for_family(actor, family_id)
    assert [r.id for r in rows] == [latest, same_time, first]  # ties: the later entry first
    assert tuple(rows[0]) == (latest, datetime(2025, 3, 1, 15, 45), "visit",
                              "Сапарова Гүлнар Маратқызы", "Үйге бару")


def test_archive_and_restore(service: FamilyContactService, actor: Actor, family_id: int,
                             register_snapshot: Snapshot) -> None:
    kept = service.save(actor, family_id, contact())
    cid = service.save(actor, family_id, contact(kind="message"))
    service.archive(actor, cid)
    row = models.FamilyContact.get_by_id(cid)
    assert (row.deleted, row.version) == (True, 2)
    assert [r.id for r in service.for_family(actor, family_id)] == [kept]
    assert service.get(actor, cid).archived
    before = register_snapshot()
    with pytest.raises(NotFound):
        service.archive(actor, cid)
    with pytest.raises(NotFound):  # an archived contact is not edited
        service.save(actor, family_id, contact(), cid)
    with pytest.raises(NotFound):
        service.restore(actor, kept)
    assert register_snapshot() == before
    service.restore(actor, cid)
    assert models.FamilyContact.get_by_id(cid).version == 3
    assert {r.id for r in service.for_family(actor, family_id)} == {kept, cid}


def test_people_and_title(service: FamilyContactService, actor: Actor,
                          make_family: Callable[..., int]) -> None:
    fid = make_family(title="Әбіловтер", members=[
        {"last_name": "Әбілова", "first_name": "Әйгерім", "relation": "mother"},
        {"last_name": "Әбілов", "first_name": "Нұрлан", "patronymic": "Ерланұлы",
         "relation": "father"}])
    assert service.people(actor, fid) == ["Әбілова Әйгерім", "Әбілов Нұрлан Ерланұлы"]
    assert service.family_title(actor, fid) == "Әбіловтер"
    with pytest.raises(NotFound):
        service.family_title(actor, 4321)


def test_director_reads_but_never_writes(service: FamilyContactService, actor: Actor,
                                         register: Register, family_id: int,
                                         register_snapshot: Snapshot) -> None:
    cid = service.save(actor, family_id, contact())
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    for call in (lambda: service.save(director, family_id, contact()),
                 lambda: service.save(director, family_id, contact(), cid),
                 lambda: service.archive(director, cid),
                 lambda: service.restore(director, cid)):
        with pytest.raises(AccessDenied) as denied:
            call()
        assert (denied.value.action, denied.value.record_type) == ("write", "family_contact")
    assert register_snapshot() == before
    assert [r.id for r in service.for_family(director, family_id)] == [cid]


# --- expiring evidence ------------------------------------------------------------------------

@pytest.fixture
def evidence(make_family: Callable[..., int], make_student: Callable[..., int]
             ) -> dict[str, int]:
    """Families with children at school and evidence expiring at different times."""
    def family(title: str, **kw: Any) -> int:
        fid = make_family(title=title, **kw)
        make_student(family_id=fid)
        return fid

    return {
        "expired": family("Сапаровтар", categories=[CategoryData(
            code="low_income", document="Справка АСП № 12", valid_until=date(2025, 1, 31))]),
        "today": family("Ахметовы", categories=[CategoryData(
            code="guardianship", document="Решение акимата № 3", valid_until=TODAY)]),
        "soon": family("Әбіловтер", categories=[
            CategoryData(code="disability", document="Справка МСЭ № 77",
                         valid_until=TODAY + timedelta(days=30)),
            CategoryData(code="large")],
            free_meals_category=1, free_meals_evidence="Справка АСП № 88",
            free_meals_valid_until=TODAY + timedelta(days=5)),
        "later": family("Иванова", categories=[CategoryData(
            code="low_income", document="Справка АСП № 5",
            valid_until=TODAY + timedelta(days=31))],
            free_meals_category=3, free_meals_evidence="Постановление № 9",
            free_meals_valid_until=TODAY + timedelta(days=200)),
        "no_document": family("Үсеновтер", categories=[CategoryData(
            code="emergency", valid_until=TODAY + timedelta(days=1))]),
    }


def _due(items: list[DueItem]) -> list[tuple[date, str, str]]:
    return [(i.due, i.kind, i.title) for i in items]


def test_family_due_lists_expiring_and_expired_evidence(register: Register, actor: Actor,
                                                        evidence: dict[str, int]) -> None:
    items = family_due(actor, register, TODAY)
    assert _due(items) == [
        (date(2025, 1, 31), "evidence_expiry", "Сапаровтар: Справка АСП № 12"),
        (TODAY, "evidence_expiry", "Ахметовы: Решение акимата № 3"),
        (TODAY + timedelta(days=1), "evidence_expiry", "Үсеновтер: emergency"),
        (TODAY + timedelta(days=5), "meals_expiry", "Әбіловтер: Справка АСП № 88"),
        (TODAY + timedelta(days=30), "evidence_expiry", "Әбіловтер: Справка МСЭ № 77"),
    ]
    assert all(i.record_kind == "family" and i.record_id == i.family_id
               and i.student_id is None for i in items)
    assert [i.family_id for i in items] == [evidence[k] for k in (
        "expired", "today", "no_document", "soon", "soon")]
    assert items[0].overdue(TODAY) and not items[1].overdue(TODAY)


def test_family_due_horizon(register: Register, actor: Actor,
                            evidence: dict[str, int]) -> None:
    assert [i.family_id for i in family_due(actor, register, TODAY, 0)] == [
        evidence["expired"], evidence["today"]]
    far = family_due(actor, register, TODAY, horizon_days=200)
    assert _due(far)[-2:] == [
        (TODAY + timedelta(days=31), "evidence_expiry", "Иванова: Справка АСП № 5"),
        (TODAY + timedelta(days=200), "meals_expiry", "Иванова: Постановление № 9")]


def test_family_due_leaves_out_removed_evidence_and_families_without_pupils(
        register: Register, actor: Actor, evidence: dict[str, int],
        family_service: FamilyService, student_service: Any,
        make_family: Callable[..., int]) -> None:
    # a family whose children are not (or no longer) at the school
    make_family(title="Бөтендер", categories=[CategoryData(
        code="low_income", document="Справка № 1", valid_until=TODAY)])
    kid = student_service.search_ids(actor, "", category="fam_guardianship")[0]
    student_service.set_archived(actor, kid, True)  # Ахметовы's only child left
    # evidence renewed or category removed
    record = family_service.get(actor, evidence["expired"])
    record.data.categories = []
    family_service.save(actor, record.data, evidence["expired"])
    record = family_service.get(actor, evidence["soon"])
    record.data.free_meals_valid_until = TODAY + timedelta(days=365)
    family_service.save(actor, record.data, evidence["soon"])
    assert _due(family_due(actor, register, TODAY)) == [
        (TODAY + timedelta(days=1), "evidence_expiry", "Үсеновтер: emergency"),
        (TODAY + timedelta(days=30), "evidence_expiry", "Әбіловтер: Справка МСЭ № 77")]


def test_family_due_uses_the_expiry_indexes(register: Register) -> None:
    from pedagogue_app.services import family_due as module

    plan = " | ".join(str(r[3]) for r in register.db.execute_sql(
        "EXPLAIN QUERY PLAN " + module._SQL, ("2025-01-01", "2025-01-01")).fetchall())
    assert "USING INDEX family_category_valid" in plan
    assert "USING INDEX family_meals_valid" in plan


def test_family_due_is_empty_without_evidence(register: Register, actor: Actor,
                                              make_family: Callable[..., int]) -> None:
    make_family()
    assert family_due(actor, register, TODAY) == []
