"""Field checks, the error types, and the access rule, each as a table."""

from __future__ import annotations

import string
from datetime import date

import pytest

from pedagogue_app.services import access, validators
from pedagogue_app.services.context import ROLES, Actor, local_actor
from pedagogue_app.services.errors import Collector, FieldError, ValidationError
from pedagogue_app.services.iin import IinInfo
from pedagogue_app.services.messages import MESSAGES

TODAY = date(2025, 3, 1)


def collected(check: str, *args: object, **kwargs: object) -> list[tuple[str, str]]:
    c = Collector()
    getattr(validators, check)(c, "f", *args, **kwargs)
    return [(e.field, e.code) for e in c.errors]


@pytest.mark.parametrize(("text", "cleaned"), [
    ("  Ким   Ли  ", "Ким Ли"), ("\tАнна\nМария ", "Анна Мария"), ("", ""), (None, ""),
    ("   ", ""),
])
def test_clean(text: str | None, cleaned: str) -> None:
    assert validators.clean(text) == cleaned


@pytest.mark.parametrize(("value", "required", "code"), [
    ("Нұрланова", True, None),
    ("Ким-Ли", True, None),
    ("О'Нил", True, None),
    ("Д’Арк", True, None),
    ("Анна Мария", True, None),
    ("Ж" * 60, True, None),
    ("Ж" * 61, True, "too_long"),
    ("", True, "required"),
    ("", False, None),
    ("Анна1", True, "bad_chars"),
    ("Анна_Мария", True, "bad_chars"),
    ("Анна--Мария", True, "bad_chars"),
    ("Анна -Мария", True, "bad_chars"),
    ("'Анна", True, "bad_chars"),
    ("Анна.", True, "bad_chars"),
    ("Анна%", True, "bad_chars"),
])
def test_name(value: str, required: bool, code: str | None) -> None:
    expected = [] if code is None else [("f", code)]
    assert collected("name", value, required=required) == expected


@pytest.mark.parametrize(("value", "limit", "required", "code"), [
    ("жазба", 10, False, None),
    ("х" * 10, 10, False, None),
    ("х" * 11, 10, False, "too_long"),
    ("", 10, False, None),
    ("   ", 10, True, "required"),
    ("х", 10, True, None),
])
def test_text(value: str, limit: int, required: bool, code: str | None) -> None:
    expected = [] if code is None else [("f", code)]
    assert collected("text", value, limit=limit, required=required) == expected


@pytest.mark.parametrize(("value", "ok"), [
    ("", True),
    ("+7 701 000 00 00", True),
    ("8 (727) 000-00-00", True),
    ("87010000000", True),
    ("12345", True),
    ("1234", False),  # too short
    ("+7 701 000 00 00 00 00 0", False),  # too long
    ("+7 701 ОДИН", False),
    ("7+701", False),
    ("+7 701 000 00 00 доб. 5", False),
])
def test_phone(value: str, ok: bool) -> None:
    assert collected("phone", value) == ([] if ok else [("f", "phone_format")])


@pytest.mark.parametrize(("value", "required", "code"), [
    (None, False, None),
    (None, True, "required"),
    (TODAY, False, None),
    (date(2025, 3, 2), False, "date_future"),
    (date(1900, 1, 1), False, None),
    (date(1899, 12, 31), False, "date_too_old"),
])
def test_past_date(value: date | None, required: bool, code: str | None) -> None:
    expected = [] if code is None else [("f", code)]
    assert collected("past_date", value, today=TODAY, required=required) == expected


@pytest.mark.parametrize(("value", "info", "code"), [
    ("", None, None),
    (None, None, None),
    ("110617604178", IinInfo(date(2011, 6, 17), "F"), None),
    ("110617604179", None, "iin_checksum"),
    ("11061760417", None, "iin_format"),
])
def test_iin(value: str | None, info: IinInfo | None, code: str | None) -> None:
    c = Collector()
    assert validators.iin(c, "iin", value) == info
    assert [e.code for e in c.errors] == ([] if code is None else [code])


@pytest.mark.parametrize(("birth", "sex", "problems"), [
    (None, "", []),
    (date(2011, 6, 17), "F", []),
    (date(2011, 6, 18), "F", [("birth_date", "iin_birth_mismatch")]),
    (date(2011, 6, 17), "M", [("sex", "iin_sex_mismatch")]),
    (date(2011, 6, 18), "M", [("birth_date", "iin_birth_mismatch"),
                              ("sex", "iin_sex_mismatch")]),
])
def test_iin_matches(birth: date | None, sex: str, problems: list[tuple[str, str]]) -> None:
    c = Collector()
    validators.iin_matches(c, IinInfo(date(2011, 6, 17), "F"), birth, sex)
    assert [(e.field, e.code) for e in c.errors] == problems


def test_iin_matches_without_info_checks_nothing() -> None:
    c = Collector()
    validators.iin_matches(c, None, date(2000, 1, 1), "M")
    assert c.errors == []


# --- errors -----------------------------------------------------------------------------------

def test_collector_keeps_the_first_problem_of_each_field() -> None:
    c = Collector()
    c.add("a", "required")
    c.add("a", "too_long", max=5)
    c.add("b", "too_long", max=5)
    assert c.errors == [FieldError("a", "required"), FieldError("b", "too_long", {"max": 5})]
    with pytest.raises(ValidationError) as err:
        c.raise_if_any()
    assert err.value.errors == c.errors
    assert str(err.value) == "a: This field is required.; b: Too long: at most 5 characters."
    assert err.value.for_field("b") == FieldError("b", "too_long", {"max": 5})
    assert err.value.for_field("c") is None


def test_empty_collector_raises_nothing() -> None:
    Collector().raise_if_any()


def test_single() -> None:
    err = ValidationError.single("iin", "iin_duplicate", name="Тестов Нұрлан")
    assert err.errors == [FieldError("iin", "iin_duplicate", {"name": "Тестов Нұрлан"})]
    assert err.errors[0].message == "This ИИН already belongs to Тестов Нұрлан."


def test_unknown_code_shows_the_code() -> None:
    assert FieldError("f", "no_such_code").message == "no_such_code"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_formats_with_its_parameters(code: str) -> None:
    names = {field for _, field, _, _ in string.Formatter().parse(MESSAGES[code]) if field}
    params = {name: "1" for name in names}
    message = FieldError("f", code, params).message
    assert message and "{" not in message


# --- access -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("role", "who", "read", "write"), [
    ("admin", "the administrator", False, False),
    ("social_pedagogue", "a social pedagogue", True, True),
    ("psychologist", "a psychologist", True, False),
    ("director", "the director", True, False),
])
def test_access_rule(role: str, who: str, read: bool, write: bool) -> None:
    """Students as one example; tests/unit/test_access.py checks the whole table."""
    actor = Actor(username="u", role=role)
    for action, allowed in ((access.READ, read), (access.WRITE, write)):
        if allowed:
            access.check(actor, action, "student")
        else:
            with pytest.raises(access.AccessDenied) as denied:
                access.check(actor, action, "student")
            assert (denied.value.action, denied.value.record_type) == (action, "student")
            assert str(denied.value) == f"Access denied: {who} may not {action} student records."


def test_roles_and_local_actor() -> None:
    assert ROLES == ("admin", "social_pedagogue", "psychologist", "director")
    assert local_actor("device-A") == Actor("local", "social_pedagogue", "device-A")
