"""HomeVisitService: the rules of the act, act numbers, lists, chronology and due visits."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register, open_register
from pedagogue_app.demo import write_demo_register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError, local_actor
from pedagogue_app.services.home_visits import (
    CONCLUSIONS,
    PURPOSES,
    HomeVisitData,
    HomeVisitService,
    normalize_time,
    parse_people,
    people_text,
)
from pedagogue_app.services.messages import MESSAGES

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
VISIT_DAY = TODAY - timedelta(days=10)
COMMISSION = "Жұмабаева Әлия Серікқызы — социальный педагог\nИванова Ольга Петровна — классный руководитель"


@pytest.fixture
def service(register: Register) -> HomeVisitService:
    return HomeVisitService(register)


@pytest.fixture
def family_id(make_family: Callable[..., int]) -> int:
    return make_family(title="Сапаровтар", address_actual="Шымкент, Тәуке хан даңғылы, 15")


@pytest.fixture
def student_id(make_student: Callable[..., int], family_id: int) -> int:
    return make_student(last_name="Сапаров", first_name="Ерлан", patronymic="Бақытұлы", sex="M",
                        family_id=family_id)


def act(**overrides: Any) -> HomeVisitData:
    values: dict[str, Any] = {
        "act_no": "1", "visit_date": VISIT_DAY, "visit_time": "17:30", "purpose": "planned",
        "commission": COMMISSION, "residents": "Сапарова Гүлнар — мать\nСапаров Ерлан — сын",
        "housing_ownership": "own", "rooms": 2, "area_m2": 48.5, "housing_condition": "satisfactory",
        "heating": "central", "sanitary_state": "satisfactory", "conclusion": "satisfactory"}
    values.update(overrides)
    return HomeVisitData(**values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(service: HomeVisitService, actor: Actor, snapshot: Snapshot, data: HomeVisitData,
           field: str, code: str, visit_id: int | None = None) -> ValidationError:
    """Saving ``data`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, data, visit_id)
    assert (field, code) in problems(err.value), problems(err.value)
    assert snapshot() == before
    return err.value


# --- a complete act ---------------------------------------------------------------------------

def test_every_field_round_trips(service: HomeVisitService, actor: Actor, student_id: int,
                                 family_id: int) -> None:
    data = act(
        act_no="12/3", purpose="on_request", requested_by="КДНиЗП при акимате Абайского района",
        student_id=student_id, family_id=family_id, rooms=0, area_m2=1000.0,
        housing_ownership="у родственников", heating="печное", water=True, sewerage=True,
        gas=True, electricity=False, child_corner=True, child_desk=True, child_bed=True,
        seasonal_clothes=True, school_supplies=True, food=True, computer=True,
        parents_attention="Анасы үй тапсырмасын тексереді", family_climate="Тыныш, мейірімді",
        neglect_signs="Не выявлено", child_words="«Маған үйде жақсы»",
        conclusion="unsatisfactory", recommendations="Оформить бесплатное питание",
        measures="Сообщение в орган опеки\nПовторное посещение", next_visit_on=TODAY + timedelta(30),
        signatures="Сапарова Гүлнар (мать)", refused_to_sign=True)
    vid = service.save(actor, data)
    record = service.get(actor, vid)
    assert record.data == data
    assert record.version == 1
    assert record.student_name == "Сапаров Ерлан Бақытұлы, 5А"
    assert (record.family_title, record.family_address) == (
        "Сапаровтар", "Шымкент, Тәуке хан даңғылы, 15")
    row = models.HomeVisit.get_by_id(vid)
    assert (row.updated_by, row.deleted) == (actor.device_id, False)


def test_codes_are_marked_for_translation() -> None:
    assert set(PURPOSES) == {"planned", "unplanned", "on_request"}
    assert set(CONCLUSIONS) == {"satisfactory", "unsatisfactory"}
    for code in ("visit_act_no_taken", "visit_time_format", "visit_who", "visit_not_student_family",
                 "visit_requester", "visit_needs_measures", "visit_next_after", "visit_refused_who"):
        assert code in MESSAGES


# --- bad input ---------------------------------------------------------------------------------

BAD_ACT: list[tuple[dict[str, Any], str, str]] = [
    ({"visit_date": None}, "visit_date", "required"),
    ({"visit_date": TODAY + timedelta(days=1)}, "visit_date", "date_future"),
    ({"visit_date": date(1850, 5, 1)}, "visit_date", "date_too_old"),
    ({"visit_time": "25:00"}, "visit_time", "visit_time_format"),
    ({"visit_time": "17:60"}, "visit_time", "visit_time_format"),
    ({"visit_time": "1730"}, "visit_time", "visit_time_format"),
    ({"visit_time": "17:3"}, "visit_time", "visit_time_format"),
    ({"visit_time": "кешке"}, "visit_time", "visit_time_format"),
    ({"purpose": "secret"}, "purpose", "bad_choice"),
    ({"purpose": ""}, "purpose", "bad_choice"),
    ({"purpose": "on_request"}, "requested_by", "visit_requester"),
    ({"purpose": "on_request", "requested_by": "   "}, "requested_by", "visit_requester"),
    ({"purpose": "on_request", "requested_by": "Ж" * 201}, "requested_by", "too_long"),
    ({"commission": ""}, "commission", "required"),
    ({"commission": " \n  \n"}, "commission", "required"),
    ({"commission": "— социальный педагог"}, "commission", "row_invalid"),
    ({"commission": "Иванова О. — " + "п" * 200}, "commission", "row_invalid"),
    ({"residents": "Сапарова — мать\n — сын"}, "residents", "row_invalid"),
    ({"residents": "\n".join(f"Сапаров {i} — сын, 2015 г.р., ученик" for i in range(80))},
     "residents", "too_long"),
    ({"housing_ownership": "х" * 201}, "housing_ownership", "too_long"),
    ({"housing_condition": "х" * 201}, "housing_condition", "too_long"),
    ({"heating": "х" * 201}, "heating", "too_long"),
    ({"sanitary_state": "х" * 201}, "sanitary_state", "too_long"),
    ({"rooms": -1}, "rooms", "number_range"),
    ({"rooms": 51}, "rooms", "number_range"),
    ({"area_m2": 0.0}, "area_m2", "number_range"),
    ({"area_m2": 0.9}, "area_m2", "number_range"),
    ({"area_m2": 1000.1}, "area_m2", "number_range"),
    ({"area_m2": float("nan")}, "area_m2", "number_range"),
    ({"parents_attention": "х" * 2001}, "parents_attention", "too_long"),
    ({"family_climate": "х" * 2001}, "family_climate", "too_long"),
    ({"neglect_signs": "х" * 2001}, "neglect_signs", "too_long"),
    ({"child_words": "х" * 2001}, "child_words", "too_long"),
    ({"recommendations": "х" * 2001}, "recommendations", "too_long"),
    ({"measures": "х" * 2001}, "measures", "too_long"),
    ({"conclusion": ""}, "conclusion", "required"),
    ({"conclusion": "good"}, "conclusion", "bad_choice"),
    ({"conclusion": "unsatisfactory"}, "recommendations", "visit_needs_measures"),
    ({"conclusion": "unsatisfactory", "recommendations": "  \n ", "measures": " "},
     "recommendations", "visit_needs_measures"),
    ({"next_visit_on": VISIT_DAY}, "next_visit_on", "visit_next_after"),
    ({"next_visit_on": VISIT_DAY - timedelta(days=1)}, "next_visit_on", "visit_next_after"),
    ({"next_visit_on": VISIT_DAY + timedelta(days=2 * 366 + 1)}, "next_visit_on", "date_too_far"),
    ({"signatures": "х" * 501}, "signatures", "too_long"),
    ({"refused_to_sign": True}, "signatures", "visit_refused_who"),
    ({"refused_to_sign": True, "signatures": "  "}, "signatures", "visit_refused_who"),
    ({"act_no": "12 3"}, "act_no", "visit_act_no_format"),
    ({"act_no": "12//3"}, "act_no", "visit_act_no_format"),
    ({"act_no": "1" * 21}, "act_no", "too_long"),
    ({"act_no": "", "visit_date": None}, "act_no", "required"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_ACT,
                         ids=[f"{f}-{c}-{i}" for i, (_, f, c) in enumerate(BAD_ACT)])
def test_bad_act_is_refused_and_nothing_stored(
        service: HomeVisitService, actor: Actor, register_snapshot: Snapshot, family_id: int,
        overrides: dict[str, Any], field: str, code: str) -> None:
    service.save(actor, act(act_no="7", family_id=family_id))  # the register is not empty
    data = act(family_id=family_id, **overrides)
    refuse(service, actor, register_snapshot, data, field, code)


def test_the_english_text_of_each_area_message(service: HomeVisitService, family_id: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(act(family_id=family_id, conclusion="unsatisfactory", visit_time="9",
                             next_visit_on=VISIT_DAY, refused_to_sign=True))
    assert {e.field: e.message for e in err.value.errors} == {
        "visit_time": "Enter the time as HH:MM, e.g. 16:30.",
        "recommendations": "Conditions are unsatisfactory: give the recommendations or the "
                           "measures.",
        "next_visit_on": "The next visit must be after the visit date.",
        "signatures": "Name who refused to sign.",
    }


def test_every_problem_is_reported_at_once(service: HomeVisitService) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(HomeVisitData(visit_date=TODAY + timedelta(days=3), purpose="on_request",
                                       rooms=99))
    assert problems(err.value) == {
        ("visit_date", "date_future"), ("act_no", "required"), ("requested_by", "visit_requester"),
        ("student_id", "visit_who"), ("commission", "required"), ("rooms", "number_range"),
        ("conclusion", "required")}


def test_number_range_names_the_bounds(service: HomeVisitService, family_id: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(act(family_id=family_id, rooms=60, area_m2=0.5))
    assert err.value.for_field("rooms").message == "Enter a number from 0 to 50."
    assert err.value.for_field("area_m2").message == "Enter a number from 1 to 1000."


def test_person_line_problem_names_the_row(service: HomeVisitService, family_id: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(act(family_id=family_id,
                             commission="Иванова Ольга — педагог\n— психолог"))
    error = err.value.for_field("commission")
    assert (error.params["row"], error.params["problem"]) == (2, "required")


@pytest.mark.parametrize("rooms", [0, 1, 50])
@pytest.mark.parametrize("area", [1.0, 35.7, 1000.0])
def test_rooms_and_area_bounds_are_allowed(service: HomeVisitService, actor: Actor,
                                           family_id: int, rooms: int, area: float) -> None:
    vid = service.save(actor, act(family_id=family_id, rooms=rooms, area_m2=area))
    assert (service.get(actor, vid).data.rooms, service.get(actor, vid).data.area_m2) == (
        rooms, area)


def test_visit_today_and_next_visit_far_ahead(service: HomeVisitService, actor: Actor,
                                              family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id, visit_date=TODAY,
                                  next_visit_on=TODAY + timedelta(days=2 * 366)))
    assert service.get(actor, vid).data.visit_date == TODAY


# --- who was visited --------------------------------------------------------------------------

def test_act_needs_a_student_or_a_family(service: HomeVisitService, actor: Actor,
                                         register_snapshot: Snapshot) -> None:
    refuse(service, actor, register_snapshot, act(), "student_id", "visit_who")


def test_student_fills_his_family(service: HomeVisitService, actor: Actor, student_id: int,
                                  family_id: int) -> None:
    vid = service.save(actor, act(student_id=student_id))
    assert service.get(actor, vid).data.family_id == family_id


def test_student_without_family(service: HomeVisitService, actor: Actor,
                                make_student: Callable[..., int]) -> None:
    sid = make_student(last_name="Ким", first_name="Виктор", sex="M")
    vid = service.save(actor, act(student_id=sid))
    data = service.get(actor, vid).data
    assert (data.student_id, data.family_id) == (sid, None)


def test_family_alone(service: HomeVisitService, actor: Actor, family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id))
    record = service.get(actor, vid)
    assert (record.data.student_id, record.data.family_id, record.student_name) == (
        None, family_id, "")


def test_family_must_be_the_students(service: HomeVisitService, actor: Actor,
                                     register_snapshot: Snapshot, student_id: int,
                                     make_family: Callable[..., int],
                                     make_student: Callable[..., int]) -> None:
    other = make_family(title="Ахметовы")
    refuse(service, actor, register_snapshot, act(student_id=student_id, family_id=other),
           "family_id", "visit_not_student_family")
    lonely = make_student(last_name="Ким", first_name="Виктор", sex="M")
    refuse(service, actor, register_snapshot, act(student_id=lonely, family_id=other),
           "family_id", "visit_not_student_family")


def test_missing_or_deleted_student_and_family(service: HomeVisitService, actor: Actor,
                                               register_snapshot: Snapshot, student_id: int,
                                               family_id: int, register: Register) -> None:
    refuse(service, actor, register_snapshot, act(student_id=9999), "student_id",
           "visit_not_found")
    refuse(service, actor, register_snapshot, act(family_id=9999), "family_id", "visit_not_found")
    register.db.execute_sql("UPDATE student SET deleted = 1 WHERE id = ?", (student_id,))
    register.db.execute_sql("UPDATE family SET deleted = 1 WHERE id = ?", (family_id,))
    refuse(service, actor, register_snapshot, act(student_id=student_id), "student_id",
           "visit_not_found")
    refuse(service, actor, register_snapshot, act(family_id=family_id), "family_id",
           "visit_not_found")


# --- normalising ------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), [
    ("9:05", "09:05"), ("09.05", "09:05"), (" 17:30 ", "17:30"), ("0:00", "00:00"),
    ("23:59", "23:59"), ("", "")])
def test_time_is_stored_as_hh_mm(service: HomeVisitService, actor: Actor, family_id: int,
                                 typed: str, stored: str) -> None:
    vid = service.save(actor, act(family_id=family_id, visit_time=typed))
    assert service.get(actor, vid).data.visit_time == stored
    assert normalize_time(typed) == stored


def test_texts_are_trimmed(service: HomeVisitService, actor: Actor, family_id: int) -> None:
    vid = service.save(actor, act(
        family_id=family_id, act_no=" № 15 ", heating="  печное   отопление ",
        commission="\n  Иванова Ольга — педагог  \n\n  Ким Виктор — инспектор ОЮП\n",
        child_words="  «Мне страшно»\nвторая строка  ", signatures="  Сапарова   Г. "))
    data = service.get(actor, vid).data
    assert (data.act_no, data.heating, data.signatures) == ("15", "печное отопление",
                                                            "Сапарова Г.")
    assert data.commission == "Иванова Ольга — педагог\nКим Виктор — инспектор ОЮП"
    assert data.child_words == "«Мне страшно»\nвторая строка"


@pytest.mark.parametrize("purpose", ["planned", "unplanned"])
def test_requesting_body_only_for_a_request(service: HomeVisitService, actor: Actor,
                                            family_id: int, purpose: str) -> None:
    vid = service.save(actor, act(family_id=family_id, purpose=purpose, requested_by="ОЮП"))
    assert service.get(actor, vid).data.requested_by == ""


def test_people_lines() -> None:
    assert parse_people("Иванова Ольга — педагог\nКим-Ли Виктор - инспектор\nСапарова Гүлнар") \
        == [("Иванова Ольга", "педагог"), ("Ким-Ли Виктор", "инспектор"), ("Сапарова Гүлнар", "")]
    assert parse_people("Иванова О.П., Ким В.") == [("Иванова О.П.", ""), ("Ким В.", "")]
    assert parse_people("Сапарова — мать, пенсионерка") == [("Сапарова", "мать, пенсионерка")]
    assert parse_people("  \n") == []
    assert people_text([("Иванова  Ольга", " педагог "), ("", ""), ("Ким", "")]) == \
        "Иванова Ольга — педагог\nКим"
    text = "Сапарова Гүлнар — мать, 1987 г.р.\nСапаров Ерлан — сын, ученик 5А"
    assert people_text(parse_people(text)) == text


def test_older_comma_lists_are_kept_as_written(service: HomeVisitService, actor: Actor,
                                               family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id, commission="Иванова О.П., Ким В.",
                                  residents="Сапарова Гүлнар, Сапаров Ерлан"))
    data = service.get(actor, vid).data
    assert (data.commission, data.residents) == ("Иванова О.П., Ким В.",
                                                 "Сапарова Гүлнар, Сапаров Ерлан")


# --- act numbers ------------------------------------------------------------------------------

def test_next_act_no_per_year(service: HomeVisitService, actor: Actor, family_id: int) -> None:
    year = VISIT_DAY.year
    assert service.next_act_no(actor, year) == "1"
    for no in ("1", "2", "9", "12/3", "А-5"):
        service.save(actor, act(family_id=family_id, act_no=no))
    service.save(actor, act(family_id=family_id, act_no="40", visit_date=date(year - 1, 12, 31)))
    assert service.next_act_no(actor, year) == "10"
    assert service.next_act_no(actor, year - 1) == "41"
    assert service.next_act_no(actor, year - 2) == "1"


def test_empty_act_no_takes_the_next_free_number(service: HomeVisitService, actor: Actor,
                                                 family_id: int) -> None:
    first = service.save(actor, act(family_id=family_id, act_no=""))
    second = service.save(actor, act(family_id=family_id, act_no="   "))
    assert [service.get(actor, v).data.act_no for v in (first, second)] == ["1", "2"]


def test_act_no_unique_in_its_year(service: HomeVisitService, actor: Actor,
                                   register_snapshot: Snapshot, family_id: int) -> None:
    year = VISIT_DAY.year
    service.save(actor, act(family_id=family_id, act_no="5", visit_date=date(year, 1, 1)))
    service.save(actor, act(family_id=family_id, act_no="12А", visit_date=date(year, 1, 1)))
    err = refuse(service, actor, register_snapshot, act(family_id=family_id, act_no="№5"),
                 "act_no", "visit_act_no_taken")
    assert err.for_field("act_no").message == (
        f"Act No. 5 of {year} already exists: take the next free number.")
    refuse(service, actor, register_snapshot, act(family_id=family_id, act_no="12а"),
           "act_no", "visit_act_no_taken")
    # the same number in another year is another act
    service.save(actor, act(family_id=family_id, act_no="5", visit_date=date(year - 1, 12, 31)))


def test_editing_keeps_its_own_number(service: HomeVisitService, actor: Actor,
                                      family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id, act_no="5"))
    record = service.get(actor, vid)
    record.data.measures = "Беседа с родителями"
    service.save(actor, record.data, vid)
    assert service.get(actor, vid).data.measures == "Беседа с родителями"


def test_moving_an_act_to_a_taken_number(service: HomeVisitService, actor: Actor,
                                         register_snapshot: Snapshot, family_id: int) -> None:
    service.save(actor, act(family_id=family_id, act_no="5"))
    vid = service.save(actor, act(family_id=family_id, act_no="6"))
    data = service.get(actor, vid).data
    data.act_no = "5"
    refuse(service, actor, register_snapshot, data, "act_no", "visit_act_no_taken", vid)


# --- editing, archive, restore ----------------------------------------------------------------

def test_edit_bumps_version_and_device(service: HomeVisitService, actor: Actor,
                                       family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id))
    uid = models.HomeVisit.get_by_id(vid).uid
    data = service.get(actor, vid).data
    data.conclusion, data.measures = "unsatisfactory", "Сообщение в опеку"
    service.save(Actor("local", "social_pedagogue", "device-B"), data, vid)
    row = models.HomeVisit.get_by_id(vid)
    assert (row.version, row.updated_by, row.uid, row.conclusion) == (
        2, "device-B", uid, "unsatisfactory")


def test_bad_edit_changes_nothing(service: HomeVisitService, actor: Actor,
                                  register_snapshot: Snapshot, family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id))
    data = service.get(actor, vid).data
    data.measures = "новое"
    data.rooms = 70
    refuse(service, actor, register_snapshot, data, "rooms", "number_range", vid)


def test_missing_act(service: HomeVisitService, actor: Actor, family_id: int) -> None:
    with pytest.raises(NotFound):
        service.get(actor, 4321)
    with pytest.raises(NotFound):
        service.save(actor, act(family_id=family_id), 4321)
    with pytest.raises(NotFound):
        service.archive(actor, 4321)
    with pytest.raises(NotFound):
        service.restore(actor, 4321)


def test_archive_and_restore(service: HomeVisitService, actor: Actor, family_id: int,
                             register: Register) -> None:
    vid = service.save(actor, act(family_id=family_id, act_no="3"))
    service.archive(actor, vid)
    row = models.HomeVisit.get_by_id(vid)
    assert (row.deleted, row.version) == (True, 2)  # a tombstone, never a hard delete
    with pytest.raises(NotFound):
        service.get(actor, vid)
    with pytest.raises(NotFound):
        service.archive(actor, vid)
    assert service.for_family(actor, family_id) == []
    assert [r.archived for r in service.for_family(actor, family_id, include_archived=True)] == [
        True]
    assert service.next_act_no(actor, VISIT_DAY.year) == "4"  # archived numbers are not reused
    service.restore(actor, vid)
    assert models.HomeVisit.get_by_id(vid).version == 3
    assert service.get(actor, vid).data.act_no == "3"
    with pytest.raises(NotFound):
        service.restore(actor, vid)  # not archived any more


def test_restore_refused_when_the_number_was_taken(service: HomeVisitService, actor: Actor,
                                                   family_id: int,
                                                   register_snapshot: Snapshot) -> None:
    vid = service.save(actor, act(family_id=family_id, act_no="3"))
    service.archive(actor, vid)
    service.save(actor, act(family_id=family_id, act_no="3"))  # the number typed again
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        service.restore(actor, vid)
    assert problems(err.value) == {("act_no", "visit_act_no_taken")}
    assert register_snapshot() == before


# --- lists and the chronology -----------------------------------------------------------------

@pytest.fixture
def visits(service: HomeVisitService, actor: Actor, family_id: int, student_id: int,
           make_student: Callable[..., int], make_family: Callable[..., int]) -> dict[str, int]:
    sister = make_student(last_name="Сапарова", first_name="Айым", family_id=family_id)
    other_family = make_family(title="Ахметовы")
    other = make_student(last_name="Ахметов", first_name="Нұр", sex="M", family_id=other_family)
    return {
        "student": service.save(actor, act(act_no="1", student_id=student_id,
                                           visit_date=TODAY - timedelta(days=300))),
        "family": service.save(actor, act(act_no="2", family_id=family_id,
                                          visit_date=TODAY - timedelta(days=200),
                                          conclusion="unsatisfactory", measures="Опека")),
        "sister": service.save(actor, act(act_no="3", student_id=sister,
                                          visit_date=TODAY - timedelta(days=100))),
        "other": service.save(actor, act(act_no="4", student_id=other,
                                         visit_date=TODAY - timedelta(days=50))),
    }


def test_for_student_and_for_family(service: HomeVisitService, actor: Actor, student_id: int,
                                    family_id: int, visits: dict[str, int]) -> None:
    expected = [visits["sister"], visits["family"], visits["student"]]  # newest first
    assert [r.id for r in service.for_student(actor, student_id)] == expected
    assert [r.id for r in service.for_family(actor, family_id)] == expected
    row = service.for_student(actor, student_id)[2]
    assert (row.act_no, row.visit_date, row.purpose, row.conclusion, row.student_id,
            row.student_name, row.family_id, row.family_title, row.next_visit_on,
            row.archived) == (
        "1", TODAY - timedelta(days=300), "planned", "satisfactory", student_id,
        "Сапаров Ерлан Бақытұлы", family_id, "Сапаровтар", None, False)


def test_timeline(service: HomeVisitService, actor: Actor, student_id: int,
                  visits: dict[str, int]) -> None:
    entries = service.timeline(actor, student_id)
    assert [(e.record_id, e.kind, e.when, e.title, e.detail, e.restricted) for e in entries] == [
        (visits["sister"], "home_visit", TODAY - timedelta(days=100), CONCLUSIONS["satisfactory"],
         "№ 3 · Сапаровтар: Сапарова Айым Серікқызы", False),
        (visits["family"], "home_visit", TODAY - timedelta(days=200),
         CONCLUSIONS["unsatisfactory"], "№ 2 · Сапаровтар", False),
        (visits["student"], "home_visit", TODAY - timedelta(days=300), CONCLUSIONS["satisfactory"],
         "№ 1 · Сапаровтар", False),
    ]
    service.archive(actor, visits["family"])
    assert visits["family"] not in [e.record_id for e in service.timeline(actor, student_id)]


def test_timeline_of_a_child_without_family(service: HomeVisitService, actor: Actor,
                                            make_student: Callable[..., int],
                                            visits: dict[str, int]) -> None:
    lonely = make_student(last_name="Ким", first_name="Виктор", sex="M")
    assert service.timeline(actor, lonely) == []
    vid = service.save(actor, act(act_no="9", student_id=lonely))
    assert [e.record_id for e in service.timeline(actor, lonely)] == [vid]


# --- what falls due ---------------------------------------------------------------------------

def _due(service: HomeVisitService, actor: Actor, **kw: Any) -> list[tuple[Any, ...]]:
    return sorted((i.record_id, i.due, i.kind, i.record_kind, i.title, i.student_id, i.family_id)
                  for i in service.due(actor, TODAY, **kw))


def test_due_takes_only_the_latest_act_of_each_family(
        service: HomeVisitService, actor: Actor, family_id: int, student_id: int,
        make_family: Callable[..., int], register: Register) -> None:
    old = service.save(actor, act(act_no="1", student_id=student_id,
                                  visit_date=TODAY - timedelta(days=100),
                                  next_visit_on=TODAY - timedelta(days=10)))
    assert _due(service, actor) == [(old, TODAY - timedelta(days=10), "visit", "home_visit",
                                     "Сапаров Ерлан", student_id, family_id)]
    latest = service.save(actor, act(act_no="2", family_id=family_id,
                                     visit_date=TODAY - timedelta(days=5),
                                     next_visit_on=TODAY + timedelta(days=14)))
    assert _due(service, actor) == [(latest, TODAY + timedelta(days=14), "visit", "home_visit",
                                     "Сапаровтар", None, family_id)]
    assert _due(service, actor, horizon_days=13) == []  # the old act no longer counts
    service.archive(actor, latest)
    assert [i[0] for i in _due(service, actor)] == [old]  # the archived act does not count
    service.save(actor, act(act_no="3", family_id=family_id, visit_date=TODAY))  # no next date
    assert _due(service, actor) == []
    other = make_family(title="Ахметовы")
    far = service.save(actor, act(act_no="4", family_id=other, visit_date=TODAY,
                                  next_visit_on=TODAY + timedelta(days=15)))
    assert _due(service, actor) == []
    assert [i[0] for i in _due(service, actor, horizon_days=15)] == [far]
    register.db.execute_sql("UPDATE family SET deleted = 1 WHERE id = ?", (other,))
    assert _due(service, actor, horizon_days=15) == []


def test_due_same_day_acts_take_the_later_entry(service: HomeVisitService, actor: Actor,
                                                family_id: int) -> None:
    service.save(actor, act(act_no="1", family_id=family_id, next_visit_on=TODAY))
    second = service.save(actor, act(act_no="2", family_id=family_id,
                                     next_visit_on=TODAY + timedelta(days=3)))
    assert [i[0] for i in _due(service, actor)] == [second]


def test_due_for_a_child_without_family(service: HomeVisitService, actor: Actor,
                                        make_student: Callable[..., int],
                                        student_service: Any) -> None:
    sid = make_student(last_name="Ким", first_name="Виктор", sex="M")
    service.save(actor, act(act_no="1", student_id=sid, visit_date=TODAY - timedelta(days=60),
                            next_visit_on=TODAY - timedelta(days=30)))
    latest = service.save(actor, act(act_no="2", student_id=sid,
                                     visit_date=TODAY - timedelta(days=20),
                                     next_visit_on=TODAY + timedelta(days=1)))
    assert _due(service, actor) == [(latest, TODAY + timedelta(days=1), "visit", "home_visit",
                                     "Ким Виктор", sid, None)]
    student_service.set_archived(actor, sid, True)  # left the school
    assert _due(service, actor) == []


def test_due_is_one_indexed_query(service: HomeVisitService, actor: Actor, register: Register,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    queries: list[str] = []
    real = register.db.execute_sql

    def counting(sql: str, *args: Any, **kw: Any) -> Any:
        queries.append(sql)
        return real(sql, *args, **kw)

    monkeypatch.setattr(register.db, "execute_sql", counting)
    service.due(actor, TODAY)
    assert len(queries) == 1
    plan = " ".join(str(r) for r in real("EXPLAIN QUERY PLAN " + queries[0],
                                         (TODAY.isoformat(),)).fetchall())
    assert "home_visit_next" in plan


def test_due_is_fast_at_50000_students(register: Register, actor: Actor,
                                       service: HomeVisitService) -> None:
    db, stamp = register.db, "2025-01-01 00:00:00"
    families, students, acts = 25_000, 50_000, 12_000
    base = (1, stamp, "bench", 0)
    with db.atomic():
        db.execute_sql("DELETE FROM family")
        db.connection().executemany(
            "INSERT INTO family (id, uid, version, updated_at, updated_by, deleted, title, "
            "address_registered, address_actual, phone, housing_summary, free_meals_evidence, "
            "risk_alcohol, risk_violence, protection_order, risk_parent_imprisoned, "
            "risk_unemployment, risk_left_with_relatives, notes, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', 0, 0, 0, 0, 0, 0, '', '')",
            ((i, f"f{i}", *base, f"Отбасы {i}") for i in range(1, families + 1)))
        db.connection().executemany(
            "INSERT INTO student (id, uid, version, updated_at, updated_by, deleted, last_name, "
            "first_name, patronymic, sex, grade, class_letter, language, address_registered, "
            "address_actual, phone, family_id, notes, search_key, sort_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'Бала', '', 'M', 5, 'А', 'kk', '', '', '', ?, '', '', '')",
            ((i, f"s{i}", *base, f"Оқушы{i}", (i - 1) // 2 + 1) for i in range(1, students + 1)))
        db.connection().executemany(
            "INSERT INTO home_visit (id, uid, version, updated_at, updated_by, deleted, act_no, "
            "visit_date, visit_time, purpose, requested_by, family_id, student_id, commission, "
            "residents, housing_ownership, housing_condition, water, heating, sewerage, gas, "
            "electricity, sanitary_state, child_corner, child_desk, child_bed, seasonal_clothes, "
            "school_supplies, food, computer, parents_attention, family_climate, neglect_signs, "
            "child_words, conclusion, recommendations, measures, next_visit_on, signatures, "
            "refused_to_sign) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '16:00', 'planned', '', ?, ?, 'К', "
            "'', '', '', 1, '', 1, 1, 1, '', 1, 1, 1, 1, 1, 1, 1, '', '', '', '', "
            "'satisfactory', '', '', ?, '', 0)",
            ((i, f"v{i}", *base, str(i), (TODAY - timedelta(days=20 + i % 390)).isoformat(),
              i % 8000 + 1, 2 * (i % 8000) + 1,
              (TODAY + timedelta(days=10 - i % 390)).isoformat()) for i in range(1, acts + 1)))
    items = service.due(actor, TODAY)
    assert len(items) == 8000  # one per family visited, however many acts it has
    assert len({i.family_id for i in items}) == 8000


# --- the demo register ------------------------------------------------------------------------

DEMO_TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "register.db"
    write_demo_register(path, students=300, seed=7, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Register]:
    reg = open_register(demo_path)
    yield reg
    reg.close()


def test_demo_acts_are_valid_and_save_unchanged(demo: Register, demo_path: Path) -> None:
    service, actor = HomeVisitService(demo), local_actor(demo.device_id)
    ids = [r[0] for r in demo.db.execute_sql("SELECT id FROM home_visit ORDER BY id").fetchall()]
    assert len(ids) > 5
    purposes, conclusions = set(), set()
    for vid in ids:
        record = service.get(actor, vid)
        assert service.validate(record.data, vid, today=DEMO_TODAY) == record.data
        purposes.add(record.data.purpose)
        conclusions.add(record.data.conclusion)
    assert purposes <= set(PURPOSES) and conclusions == set(CONCLUSIONS)
    before = {vid: replace(service.get(actor, vid).data) for vid in ids[:20]}
    for vid, data in before.items():
        service.save(actor, data, vid)
        assert service.get(actor, vid).data == data
    with sqlite3.connect(demo_path) as conn:
        versions = {r[0] for r in conn.execute(
            f"SELECT version FROM home_visit WHERE id IN ({','.join(map(str, before))})")}
    assert versions == {2}


# --- access -----------------------------------------------------------------------------------

def test_director_reads_but_never_writes(service: HomeVisitService, actor: Actor,
                                         register: Register, register_snapshot: Snapshot,
                                         family_id: int) -> None:
    vid = service.save(actor, act(family_id=family_id, next_visit_on=TODAY + timedelta(days=3)))
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    with pytest.raises(AccessDenied) as denied:
        service.save(director, act(family_id=family_id, act_no="2"))
    assert (denied.value.action, denied.value.record_type) == ("write", "home_visit")
    for call in (lambda: service.save(director, act(family_id=family_id), vid),
                 lambda: service.archive(director, vid), lambda: service.restore(director, vid)):
        with pytest.raises(AccessDenied):
            call()
    assert register_snapshot() == before
    assert service.get(director, vid).id == vid
    assert [r.id for r in service.for_family(director, family_id)] == [vid]
    assert [i.record_id for i in service.due(director, TODAY)] == [vid]
    assert service.next_act_no(director, VISIT_DAY.year) == "2"
