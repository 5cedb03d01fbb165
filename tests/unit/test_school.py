"""SchoolService: the one school profile of a register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.services import AccessDenied, Actor, ValidationError
from pedagogue_app.services.school import SchoolData, SchoolService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
SCHOOL = SchoolData(name_kk="№ 0 тәжірибелік мектеп", name_ru="Учебная школа № 0",
                    bin="990140000000", address="Ойдан шығарылған қ., Мектеп к-сі, 1",
                    phone="+7 700 000 00 00", director_name="Директорова Айгүл",
                    district="Ойдан шығарылған аудан")


def test_new_register_has_no_school(school_service: SchoolService, actor: Actor) -> None:
    assert school_service.get(actor) is None


def test_save_and_get(school_service: SchoolService, actor: Actor) -> None:
    school_service.save(actor, replace(SCHOOL, name_ru="  Учебная   школа № 0 "))
    assert school_service.get(actor) == SCHOOL
    row = models.School.get()
    assert (row.version, row.updated_by) == (1, actor.device_id)


def test_second_save_updates_the_same_profile(school_service: SchoolService, actor: Actor,
                                              register: Register) -> None:
    school_service.save(actor, replace(SCHOOL))
    register.db.execute_sql("UPDATE school SET updated_at = ?", (datetime(2020, 1, 1),))
    school_service.save(Actor("local", "admin", "device-B"),
                        replace(SCHOOL, director_name="Басшыбаева Гүлмира"))
    rows = list(models.School.select())
    assert len(rows) == 1
    assert (rows[0].version, rows[0].updated_by, rows[0].director_name) == (
        2, "device-B", "Басшыбаева Гүлмира")
    assert rows[0].updated_at > datetime(2020, 1, 1)


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"name_kk": ""}, "name_kk", "required"),
    ({"name_ru": "   "}, "name_ru", "required"),
    ({"name_ru": "Ш" * 251}, "name_ru", "too_long"),
    ({"bin": ""}, "bin", "required"),
    ({"bin": "99014000000"}, "bin", "bin_format"),
    ({"bin": "99014000000A"}, "bin", "bin_format"),
    ({"bin": "9901400000000"}, "bin", "bin_format"),
    ({"address": ""}, "address", "required"),
    ({"address": "а" * 301}, "address", "too_long"),
    ({"phone": "қоңырау"}, "phone", "phone_format"),
    ({"director_name": ""}, "director_name", "required"),
    ({"director_name": "Директор №1"}, "director_name", "bad_chars"),
])
def test_bad_profile_is_refused_and_nothing_stored(
        school_service: SchoolService, actor: Actor, register_snapshot: Snapshot,
        change: dict[str, Any], field: str, code: str) -> None:
    school_service.save(actor, replace(SCHOOL))
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        school_service.save(actor, replace(SCHOOL, **change))
    assert [(e.field, e.code) for e in err.value.errors] == [(field, code)]
    assert register_snapshot() == before


def test_director_may_read_not_write(school_service: SchoolService, actor: Actor,
                                     register: Register, register_snapshot: Snapshot) -> None:
    school_service.save(actor, replace(SCHOOL))
    director = Actor("director", "director", register.device_id)
    before = register_snapshot()
    with pytest.raises(AccessDenied):
        school_service.save(director, replace(SCHOOL, name_ru="Другое"))
    assert register_snapshot() == before
    assert school_service.get(director) == SCHOOL
