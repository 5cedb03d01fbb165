"""FamilyService: members, categories with evidence, free meals, search; nothing stored on error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.families import (
    CategoryData,
    FamilyData,
    FamilyService,
    MemberData,
)

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
MOTHER_IIN = "870412400711"  # 12 April 1987, female
FATHER_IIN = "850720300107"  # 20 July 1985, male (second weight round)


def mother(**overrides: Any) -> MemberData:
    values: dict[str, Any] = {"last_name": "Сапарова", "first_name": "Гүлнар",
                              "patronymic": "Маратқызы", "relation": "mother",
                              "is_legal_representative": True}
    values.update(overrides)
    return MemberData(**values)


def father(**overrides: Any) -> MemberData:
    values: dict[str, Any] = {"last_name": "Сапаров", "first_name": "Ерлан", "relation": "father"}
    values.update(overrides)
    return MemberData(**values)


def family(**overrides: Any) -> FamilyData:
    values: dict[str, Any] = {"title": "Сапаровтар", "address_actual": "ауыл Жаңаталап, 7",
                              "members": [mother(), father()]}
    values.update(overrides)
    return FamilyData(**values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(service: FamilyService, actor: Actor, snapshot: Snapshot, data: FamilyData,
           field: str, code: str, family_id: int | None = None) -> ValidationError:
    """Saving ``data`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, data, family_id)
    assert (field, code) in problems(err.value)
    assert snapshot() == before
    return err.value


def live_members(family_id: int) -> list[models.FamilyMember]:
    return list(models.FamilyMember.select().where(
        (models.FamilyMember.family == family_id) & ~models.FamilyMember.deleted)
        .order_by(models.FamilyMember.position))


# --- scalar fields ----------------------------------------------------------------------------

BAD_FAMILY = [
    ({"title": "", "members": []}, "title", "required"),
    ({"title": "Ж" * 121}, "title", "too_long"),
    ({"address_actual": "х" * 2001}, "address_actual", "too_long"),
    ({"housing_summary": "х" * 2001}, "housing_summary", "too_long"),
    ({"notes": "х" * 2001}, "notes", "too_long"),
    ({"phone": "нет телефона"}, "phone", "phone_format"),
    ({"police_registered_on": TODAY + timedelta(days=2)}, "police_registered_on", "date_future"),
    ({"commission_registered_on": date(1850, 1, 1)}, "commission_registered_on",
     "date_too_old"),
    ({"free_meals_category": 0}, "free_meals_category", "meals_category"),
    ({"free_meals_category": 6}, "free_meals_category", "meals_category"),
    ({"free_meals_category": -1}, "free_meals_category", "meals_category"),
    ({"free_meals_category": 1}, "free_meals_evidence", "evidence_needed"),
    ({"free_meals_category": 2, "free_meals_evidence": "Справка № 4"}, "free_meals_evidence",
     "evidence_needed"),
    ({"free_meals_category": 3, "free_meals_valid_until": date(2030, 5, 31)},
     "free_meals_evidence", "evidence_needed"),
    ({"free_meals_category": 5, "free_meals_evidence": "   ",
      "free_meals_valid_until": date(2030, 5, 31)}, "free_meals_evidence", "evidence_needed"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_FAMILY,
                         ids=[f"{f}-{c}-{i}" for i, (_, f, c) in enumerate(BAD_FAMILY)])
def test_bad_family_is_refused_and_nothing_stored(
        family_service: FamilyService, actor: Actor, register_snapshot: Snapshot,
        make_family: Callable[..., int], overrides: dict[str, Any], field: str,
        code: str) -> None:
    make_family()  # the register is not empty
    refuse(family_service, actor, register_snapshot, family(**overrides), field, code)


@pytest.mark.parametrize("category", [1, 2, 3, 4, 5])
def test_free_meals_category_with_evidence_and_expiry(
        family_service: FamilyService, actor: Actor, category: int) -> None:
    fid = family_service.save(actor, family(free_meals_category=category,
                                            free_meals_evidence="Решение № 12",
                                            free_meals_valid_until=date(2030, 5, 31)))
    stored = family_service.get(actor, fid).data
    assert (stored.free_meals_category, stored.free_meals_evidence,
            stored.free_meals_valid_until) == (category, "Решение № 12", date(2030, 5, 31))


def test_every_field_round_trips(family_service: FamilyService, actor: Actor) -> None:
    data = family(
        address_registered="Алматы, Абай к-сі, 1", address_actual="Алматы, Абай к-сі, 2",
        phone="+7 727 000 00 00", housing_summary="2 бөлме, жалға", free_meals_category=4,
        free_meals_evidence="Акт № 9", free_meals_valid_until=date(2030, 1, 31),
        risk_alcohol=True, risk_violence=True, protection_order=True,
        risk_parent_imprisoned=True, risk_unemployment=True, risk_left_with_relatives=True,
        police_registered_on=date(2024, 1, 10), commission_registered_on=date(2024, 2, 11),
        notes="Тестовая запись")
    fid = family_service.save(actor, data)
    stored = family_service.get(actor, fid).data
    for name in ("title", "address_registered", "address_actual", "phone", "housing_summary",
                 "free_meals_category", "free_meals_evidence", "free_meals_valid_until",
                 "risk_alcohol", "risk_violence", "protection_order", "risk_parent_imprisoned",
                 "risk_unemployment", "risk_left_with_relatives", "police_registered_on",
                 "commission_registered_on", "notes"):
        assert getattr(stored, name) == getattr(data, name), name


# --- title ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "members", "expected"), [
    ("", [mother(), father()], "Сапарова"),  # the first member's surname
    ("  ", [father(last_name="  Ким-Ли ")], "Ким-Ли"),
    ("", [father(), mother()], "Сапаров"),
    ("  Сапаровтар   отбасы ", [mother()], "Сапаровтар отбасы"),  # given titles are kept
])
def test_title(family_service: FamilyService, actor: Actor, title: str,
               members: list[MemberData], expected: str) -> None:
    fid = family_service.save(actor, FamilyData(title=title, members=members))
    assert family_service.get(actor, fid).data.title == expected


# --- members ----------------------------------------------------------------------------------

BAD_MEMBER = [
    # (member in row 2, member_field, problem)
    (father(iin="870412400712"), "iin", "iin_checksum"),
    (father(iin="8704124007"), "iin", "iin_format"),
    (father(iin="871312400711"), "iin", "iin_date"),
    (father(iin="870412900711"), "iin", "iin_century"),
    (father(iin=FATHER_IIN, birth_date=date(1985, 7, 21)), "birth_date", "iin_birth_mismatch"),
    (father(last_name=""), "last_name", "required"),
    (father(first_name="Ерлан1"), "first_name", "bad_chars"),
    (father(patronymic="Ж" * 61), "patronymic", "too_long"),
    (father(relation="neighbour"), "relation", "bad_choice"),
    (father(birth_date=TODAY + timedelta(days=3)), "birth_date", "date_future"),
    (father(phone="телефон"), "phone", "phone_format"),
    (father(work="х" * 201), "work", "too_long"),
    (father(education="х" * 201), "education", "too_long"),
]


@pytest.mark.parametrize(("member", "member_field", "problem"), BAD_MEMBER,
                         ids=[f"{f}-{p}" for _, f, p in BAD_MEMBER])
def test_bad_member_is_reported_with_its_row(
        family_service: FamilyService, actor: Actor, register_snapshot: Snapshot,
        make_family: Callable[..., int], member: MemberData, member_field: str,
        problem: str) -> None:
    make_family()
    err = refuse(family_service, actor, register_snapshot,
                 family(members=[mother(), member]), "members", "member_invalid")
    error = err.for_field("members")
    assert (error.params["row"], error.params["member_field"], error.params["problem"]) == (
        2, member_field, problem)
    assert error.message.startswith("Family member 2: ")


def test_member_rows_are_numbered_from_one(family_service: FamilyService) -> None:
    with pytest.raises(ValidationError) as err:
        family_service.validate(family(members=[mother(iin="870412400710"), father()]))
    assert err.value.for_field("members").params["row"] == 1


def test_member_birth_mismatch_names_the_date(family_service: FamilyService) -> None:
    with pytest.raises(ValidationError) as err:
        family_service.validate(family(members=[mother(iin=MOTHER_IIN,
                                                       birth_date=date(1987, 4, 13))]))
    assert err.value.for_field("members").params["expected"] == "12.04.1987"


def test_member_birth_date_filled_from_iin(family_service: FamilyService, actor: Actor) -> None:
    fid = family_service.save(actor, family(members=[mother(iin=f" {MOTHER_IIN} "),
                                                     father(iin=FATHER_IIN)]))
    members = family_service.get(actor, fid).data.members
    assert [(m.iin, m.birth_date) for m in members] == [
        (MOTHER_IIN, date(1987, 4, 12)), (FATHER_IIN, date(1985, 7, 20))]


def test_members_kept_in_order_with_all_fields(family_service: FamilyService,
                                               actor: Actor) -> None:
    grandmother = MemberData(last_name="Сапарова", first_name="Сәуле", relation="grandmother",
                             birth_date=date(1960, 3, 8), education="орта арнаулы",
                             work="зейнеткер", phone="8 701 000 00 02",
                             is_legal_representative=False)
    fid = family_service.save(actor, family(members=[grandmother, mother(iin=MOTHER_IIN)]))
    first, second = family_service.get(actor, fid).data.members
    assert (first.first_name, first.relation, first.birth_date, first.education, first.work,
            first.phone, first.is_legal_representative, first.iin) == (
        "Сәуле", "grandmother", date(1960, 3, 8), "орта арнаулы", "зейнеткер",
        "8 701 000 00 02", False, "")
    assert (second.first_name, second.is_legal_representative) == ("Гүлнар", True)
    assert [m.position for m in live_members(fid)] == [0, 1]
    assert live_members(fid)[0].iin is None  # no ИИН is stored as NULL, not ""


def test_members_updated_added_and_tombstoned(family_service: FamilyService, actor: Actor,
                                              register: Register) -> None:
    fid = family_service.save(actor, family(members=[mother(), father(),
                                                     MemberData(last_name="Сапарова",
                                                                first_name="Айым",
                                                                relation="sibling")]))
    record = family_service.get(actor, fid)
    kept_mother, removed_father, kept_sister = record.data.members
    uids = {m.id: models.FamilyMember.get_by_id(m.id).uid for m in record.data.members}

    kept_mother.phone = "+7 701 555 55 55"
    stepfather = MemberData(last_name="Ахметов", first_name="Бақыт", relation="stepfather")
    record.data.members = [kept_sister, kept_mother, stepfather]
    other_device = Actor(username="local", role="social_pedagogue", device_id="device-B")
    family_service.save(other_device, record.data, fid)

    rows = {m.id: m for m in models.FamilyMember.select().where(
        models.FamilyMember.family == fid)}
    assert len(rows) == 4  # the removed member is kept as a tombstone
    gone = rows[removed_father.id]
    assert (gone.deleted, gone.version, gone.updated_by) == (True, 2, "device-B")
    mom = rows[kept_mother.id]
    assert (mom.deleted, mom.version, mom.phone, mom.position, mom.uid) == (
        False, 2, "+7 701 555 55 55", 1, uids[kept_mother.id])
    assert rows[kept_sister.id].position == 0
    new = rows[stepfather.id]
    assert (new.deleted, new.version, new.first_name, new.position) == (False, 1, "Бақыт", 2)
    assert [m.first_name for m in family_service.get(actor, fid).data.members] == [
        "Айым", "Гүлнар", "Бақыт"]
    deleted = register.db.execute_sql(
        "SELECT count(*) FROM family_member WHERE family_id = ? AND deleted = 1",
        (fid,)).fetchone()[0]
    assert deleted == 1


def test_all_members_removed(family_service: FamilyService, actor: Actor) -> None:
    fid = family_service.save(actor, family())
    record = family_service.get(actor, fid)
    record.data.members = []
    family_service.save(actor, record.data, fid)
    assert family_service.get(actor, fid).data.members == []
    assert models.FamilyMember.select().where(models.FamilyMember.family == fid).count() == 2


# --- categories -------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["low_income", "guardianship", "disability"])
@pytest.mark.parametrize(("document", "valid_until"), [
    ("", None), ("", date(2030, 1, 1)), ("   ", date(2030, 1, 1)), ("Справка № 1", None),
])
def test_category_needs_evidence(family_service: FamilyService, actor: Actor,
                                 register_snapshot: Snapshot, code: str, document: str,
                                 valid_until: date | None) -> None:
    data = family(categories=[CategoryData(code=code, document=document,
                                           valid_until=valid_until)])
    refuse(family_service, actor, register_snapshot, data, "categories", "evidence_needed")


@pytest.mark.parametrize("code", ["low_income", "guardianship", "disability"])
def test_category_with_evidence_is_stored(family_service: FamilyService, actor: Actor,
                                          code: str) -> None:
    fid = family_service.save(actor, family(categories=[CategoryData(
        code=code, document="№ 77", document_date=date(2025, 1, 15),
        valid_until=date(2030, 1, 15), note="тест")]))
    stored, = family_service.get(actor, fid).data.categories
    assert (stored.code, stored.document, stored.document_date, stored.valid_until,
            stored.note) == (code, "№ 77", date(2025, 1, 15), date(2030, 1, 15), "тест")


@pytest.mark.parametrize("code", ["incomplete", "large", "orphan", "emergency", "difficult",
                                  "dysfunctional", "migrant"])
def test_category_without_evidence_rule(family_service: FamilyService, actor: Actor,
                                        code: str) -> None:
    fid = family_service.save(actor, family(categories=[CategoryData(code=code)]))
    assert [c.code for c in family_service.get(actor, fid).data.categories] == [code]


@pytest.mark.parametrize(("categories", "code"), [
    ([CategoryData(code="large"), CategoryData(code="large")], "duplicate_category"),
    ([CategoryData(code="low_income", document="№ 1", valid_until=date(2030, 1, 1)),
      CategoryData(code="large"),
      CategoryData(code="low_income", document="№ 2", valid_until=date(2031, 1, 1))],
     "duplicate_category"),
    ([CategoryData(code="rich")], "bad_choice"),
    ([CategoryData(code="")], "bad_choice"),
])
def test_bad_categories(family_service: FamilyService, actor: Actor,
                        register_snapshot: Snapshot, categories: list[CategoryData],
                        code: str) -> None:
    refuse(family_service, actor, register_snapshot, family(categories=categories),
           "categories", code)


def test_category_removed_is_tombstoned(family_service: FamilyService, actor: Actor) -> None:
    fid = family_service.save(actor, family(categories=[
        CategoryData(code="large"),
        CategoryData(code="low_income", document="№ 1", valid_until=date(2030, 1, 1))]))
    record = family_service.get(actor, fid)
    record.data.categories = [c for c in record.data.categories if c.code == "large"]
    family_service.save(actor, record.data, fid)
    assert [c.code for c in family_service.get(actor, fid).data.categories] == ["large"]
    rows = [(c.code, c.deleted) for c in models.FamilyCategory.select()
            .where(models.FamilyCategory.family == fid).order_by(models.FamilyCategory.code)]
    assert rows == [("large", False), ("low_income", True)]
    assert family_service.search(actor, "Сапаровтар")[0].categories == "large"


# --- editing, reading -------------------------------------------------------------------------

def test_edit_bumps_version_time_and_device(family_service: FamilyService, actor: Actor,
                                            register: Register) -> None:
    fid = family_service.save(actor, family())
    created = models.Family.get_by_id(fid)
    assert (created.version, created.updated_by) == (1, actor.device_id)
    old_time = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE family SET updated_at = ? WHERE id = ?", (old_time, fid))
    record = family_service.get(actor, fid)
    record.data.housing_summary = "үй, 3 бөлме"
    family_service.save(Actor("local", "social_pedagogue", "device-B"), record.data, fid)
    edited = models.Family.get_by_id(fid)
    assert (edited.version, edited.updated_by, edited.uid) == (2, "device-B", created.uid)
    assert edited.updated_at > old_time
    assert family_service.get(actor, fid).version == 2


def test_bad_edit_changes_nothing(family_service: FamilyService, actor: Actor,
                                  register_snapshot: Snapshot) -> None:
    fid = family_service.save(actor, family())
    record = family_service.get(actor, fid)
    record.data.members.append(MemberData(last_name="Сапаров", first_name="Нұр", iin="1"))
    record.data.title = "Жаңа атау"
    refuse(family_service, actor, register_snapshot, record.data, "members", "member_invalid",
           family_id=fid)


def test_children_listed_in_alphabetical_order(family_service: FamilyService, actor: Actor,
                                               make_family: Callable[..., int],
                                               make_student: Callable[..., int]) -> None:
    fid = make_family()
    sid_b = make_student(last_name="Оспанов", first_name="Әли", sex="M", grade=3,
                         class_letter="Ә", family_id=fid)
    sid_a = make_student(last_name="Оспанов", first_name="Алмас", sex="M", grade=7,
                         class_letter="А", family_id=fid)
    make_student(last_name="Бөтен", first_name="Бала", sex="M")  # not of this family
    assert family_service.get(actor, fid).children == [
        (sid_a, "Оспанов Алмас Серікқызы", "7А"), (sid_b, "Оспанов Әли Серікқызы", "3Ә")]


def test_get_missing_family(family_service: FamilyService, actor: Actor) -> None:
    with pytest.raises(NotFound):
        family_service.get(actor, 4321)


def test_saving_a_missing_family_raises_not_found(family_service: FamilyService,
                                                  actor: Actor) -> None:
    with pytest.raises(NotFound):
        family_service.save(actor, family(), 4321)


# --- search -----------------------------------------------------------------------------------

@pytest.fixture
def families(make_family: Callable[..., int]) -> dict[str, int]:
    return {
        "Сапаровтар": make_family(title="Сапаровтар", members=[mother(), father()]),
        "Әбіловтер": make_family(title="Әбіловтер", members=[
            {"last_name": "Әбілова", "first_name": "Әйгерім", "relation": "mother"}]),
        "Ахметовы": make_family(
            title="Ахметовы", address_actual="Шымкент, Тауке хан д-лы, 5",
            members=[{"last_name": "Ахметова", "first_name": "Ұлжан", "relation": "guardian"},
                     {"last_name": "Ёлкина", "first_name": "Нина", "relation": "grandmother"}],
            categories=[{"code": "guardianship", "document": "Решение № 3",
                         "valid_until": date(2030, 9, 1)}]),
        "Үсеновтер": make_family(title="Үсеновтер", members=[]),
    }


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["Ахметовы", "Әбіловтер", "Сапаровтар", "Үсеновтер"]),  # Kazakh alphabetical
    ("Сапаров", ["Сапаровтар"]),  # the title and both parents
    ("гүлнар", ["Сапаровтар"]),  # a member's given name
    ("Гулнар", ["Сапаровтар"]),
    ("Маратқызы", ["Сапаровтар"]),  # patronymic
    ("Айгерим", ["Әбіловтер"]),
    ("Абилова", ["Әбіловтер"]),
    ("Улжан", ["Ахметовы"]),
    ("елкина", ["Ахметовы"]),
    ("ЁЛКИНА", ["Ахметовы"]),
    ("Ахметова Нина", ["Ахметовы"]),  # words AND-ed across members
    ("Ахметова Гүлнар", []),
    ("Усенов", ["Үсеновтер"]),
    ("ерлан", ["Сапаровтар"]),
    ("рлан", []),
    ("%", []),
    ("_", []),
    ("С_паров", []),
    ("%аров", []),
])
def test_search(family_service: FamilyService, actor: Actor, families: dict[str, int],
                query: str, expected: list[str]) -> None:
    rows = family_service.search(actor, query)
    assert [r.title for r in rows] == expected
    assert all(r.id == families[r.title] for r in rows)


def test_search_row(family_service: FamilyService, actor: Actor,
                    families: dict[str, int]) -> None:
    row, = family_service.search(actor, "Ахметовы")
    assert tuple(row) == (families["Ахметовы"], "Ахметовы", "Шымкент, Тауке хан д-лы, 5",
                          "guardianship")


def test_removed_member_is_no_longer_found(family_service: FamilyService, actor: Actor,
                                           families: dict[str, int]) -> None:
    fid = families["Сапаровтар"]
    record = family_service.get(actor, fid)
    record.data.members = [m for m in record.data.members if m.first_name != "Ерлан"]
    family_service.save(actor, record.data, fid)
    assert family_service.search(actor, "Ерлан") == []
    assert [r.id for r in family_service.search(actor, "Гүлнар")] == [fid]


# --- access -----------------------------------------------------------------------------------

def test_director_reads_but_never_writes(family_service: FamilyService, register: Register,
                                         register_snapshot: Snapshot,
                                         make_family: Callable[..., int]) -> None:
    fid = make_family()
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    with pytest.raises(AccessDenied) as denied:
        family_service.save(director, family())
    assert (denied.value.action, denied.value.record_type) == ("write", "family")
    with pytest.raises(AccessDenied):
        family_service.save(director, family(), fid)
    assert register_snapshot() == before
    assert [r.id for r in family_service.search(director)] == [fid]
    assert family_service.get(director, fid).id == fid
