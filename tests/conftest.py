"""Shared fixtures: a fresh register per test and small factories that go through the services.

Unit tests (tests/unit) and widget tests (tests/ui) both use these names:

* ``register``: a new, empty register in ``tmp_path`` (closed after the test);
* ``actor``: the local social pedagogue of that register;
* ``psychologist``: a psychologist of that register (session content is the psychologist's);
* ``student_service``, ``family_service``, ``school_service``: services bound to it;
* ``make_student(**overrides) -> int`` and ``make_family(**overrides) -> int``: store a valid
  record through the services and return its id; each call gets a different birth date and ИИН;
* ``make_registration(student_id, **overrides) -> int``: an at-risk register entry, written
  straight through the model until a registration service exists;
* ``register_snapshot() -> dict``: every row of every table, to prove nothing was stored.

All names in the factories are fictional.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pedagogue_app.db import Register, open_register
from pedagogue_app.models import Registration
from pedagogue_app.services import Actor, local_actor
from pedagogue_app.services.families import (
    CategoryData,
    FamilyData,
    FamilyService,
    MemberData,
)
from pedagogue_app.services.iin import make_iin
from pedagogue_app.services.school import SchoolService
from pedagogue_app.services.students import StudentData, StudentService

# Before any widget test creates the QApplication (nothing above imports Qt).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST_BIRTH_DATE = date(2013, 1, 1)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    """A fresh register file for one test."""
    reg = open_register(tmp_path / "register.db", create=True)
    yield reg
    reg.close()


@pytest.fixture
def actor(register: Register) -> Actor:
    return local_actor(register.device_id)


@pytest.fixture
def psychologist(register: Register) -> Actor:
    """A psychologist of the register: the one role that reads and writes session content."""
    return Actor("psy", "psychologist", register.device_id)


@pytest.fixture
def student_service(register: Register) -> StudentService:
    return StudentService(register)


@pytest.fixture
def family_service(register: Register) -> FamilyService:
    return FamilyService(register)


@pytest.fixture
def school_service(register: Register) -> SchoolService:
    return SchoolService(register)


def _student_data(**overrides: Any) -> StudentData:
    """A valid student (without ИИН) with ``overrides`` applied."""
    values: dict[str, Any] = {
        "last_name": "Оспанова", "first_name": "Айжан", "patronymic": "Серікқызы",
        "birth_date": FIRST_BIRTH_DATE, "sex": "F", "grade": 5, "class_letter": "А",
        "language": "kk",
    }
    values.update(overrides)
    return StudentData(**values)


@pytest.fixture
def make_student(student_service: StudentService, actor: Actor) -> Callable[..., int]:
    """Store a student through StudentService.save; return its id.

    Without overrides each call gets the next birth date and a matching valid ИИН, so repeated
    calls never collide. Pass ``iin=""`` for a student without ИИН; with a given ``iin`` the
    birth date and sex are taken from it unless passed too. ``allow_similar=True`` skips the
    same-name-and-birth-date check.
    """
    counter = itertools.count()

    def make(*, allow_similar: bool = False, **overrides: Any) -> int:
        n = next(counter)
        if overrides.get("iin"):  # birth date and sex come from the given ИИН unless typed
            overrides.setdefault("birth_date", None)
            overrides.setdefault("sex", "")
        else:
            overrides.setdefault("birth_date", FIRST_BIRTH_DATE + timedelta(days=n))
        data = _student_data(**overrides)
        if "iin" not in overrides:
            data.iin = make_iin(data.birth_date, data.sex, serial=100 * n + 1)
        return student_service.save(actor, data, allow_similar=allow_similar)

    return make


def _as(cls: type, item: Any) -> Any:
    return cls(**item) if isinstance(item, dict) else item


@pytest.fixture
def make_family(family_service: FamilyService, actor: Actor) -> Callable[..., int]:
    """Store a family through FamilyService.save; return its id.

    ``members`` and ``categories`` may be given as MemberData / CategoryData or as dicts.
    The default family has one member: a mother who is the legal representative.
    """

    def make(**overrides: Any) -> int:
        members = overrides.pop("members", [
            {"last_name": "Оспанова", "first_name": "Гүлнар", "patronymic": "Маратқызы",
             "relation": "mother", "phone": "+7 701 000 00 01", "is_legal_representative": True},
        ])
        categories = overrides.pop("categories", [])
        data = FamilyData(**overrides)
        data.members = [_as(MemberData, m) for m in members]
        data.categories = [_as(CategoryData, c) for c in categories]
        return family_service.save(actor, data)

    return make


@pytest.fixture
def make_registration(register: Register, actor: Actor) -> Callable[..., int]:
    """Put a student on a register (school, police, commission) straight through the model."""

    def make(student_id: int, **overrides: Any) -> int:
        values: dict[str, Any] = {
            "student": student_id, "kind": "school", "ground": "absence",
            "start_date": date(2024, 9, 16), "protocol_no": "1", "updated_by": actor.device_id,
        }
        values.update(overrides)
        return int(Registration.create(**values).id)

    return make


@pytest.fixture
def register_snapshot(register: Register) -> Callable[[], dict[str, list[tuple[Any, ...]]]]:
    """A function returning every row of every table, to compare before and after a call."""

    def snapshot() -> dict[str, list[tuple[Any, ...]]]:
        tables = [r[0] for r in register.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
        return {t: sorted(register.db.execute_sql(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}

    return snapshot
