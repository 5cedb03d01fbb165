"""StudentService: validation (nothing stored on bad input), duplicates, edits, card, archive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.services import (
    AccessDenied,
    Actor,
    NotFound,
    SimilarRecordsFound,
    ValidationError,
)
from pedagogue_app.services.families import FamilyService
from pedagogue_app.services.students import StudentData, StudentService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
IIN_BOY = "130314500175"  # 14 March 2013, male
IIN_GIRL = "110617604178"  # 17 June 2011, female


def data(**overrides: Any) -> StudentData:
    """A valid student without ИИН."""
    values: dict[str, Any] = {
        "last_name": "Нұрланова", "first_name": "Аружан", "patronymic": "Ерболқызы",
        "birth_date": date(2012, 9, 1), "sex": "F", "grade": 6, "class_letter": "Б",
        "language": "kk",
    }
    values.update(overrides)
    return StudentData(**values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def assert_refused(service: StudentService, actor: Actor, snapshot: Snapshot,
                   student: StudentData, field: str, code: str,
                   student_id: int | None = None) -> ValidationError:
    """Saving ``student`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, student, student_id)
    assert (field, code) in problems(err.value)
    assert snapshot() == before
    return err.value


BAD_INPUT = [
    # (overrides, field, code)
    ({"last_name": ""}, "last_name", "required"),
    ({"last_name": "   "}, "last_name", "required"),
    ({"first_name": ""}, "first_name", "required"),
    ({"last_name": "Ж" * 61}, "last_name", "too_long"),
    ({"first_name": "А" * 61}, "first_name", "too_long"),
    ({"patronymic": "Е" * 61}, "patronymic", "too_long"),
    ({"last_name": "Нұрланова2"}, "last_name", "bad_chars"),
    ({"last_name": "Нұр_ланова"}, "last_name", "bad_chars"),
    ({"last_name": "Нұрланова!"}, "last_name", "bad_chars"),
    ({"last_name": "-Нұрланова"}, "last_name", "bad_chars"),
    ({"last_name": "Нұрланова-"}, "last_name", "bad_chars"),
    ({"last_name": "Нұр--ланова"}, "last_name", "bad_chars"),
    ({"first_name": "<b>Аружан</b>"}, "first_name", "bad_chars"),
    ({"patronymic": "Ерболқызы."}, "patronymic", "bad_chars"),
    ({"iin": "13031450017"}, "iin", "iin_format"),
    ({"iin": "13031450017X"}, "iin", "iin_format"),
    ({"iin": "130314000174"}, "iin", "iin_century"),
    ({"iin": "121303500017"}, "iin", "iin_date"),
    ({"iin": "130314500176"}, "iin", "iin_checksum"),
    ({"birth_date": None}, "birth_date", "required"),
    ({"birth_date": TODAY + timedelta(days=2)}, "birth_date", "date_future"),
    ({"birth_date": date(1899, 12, 31)}, "birth_date", "date_too_old"),
    ({"birth_date": date(TODAY.year - 30, 1, 1)}, "birth_date", "student_age"),
    ({"sex": ""}, "sex", "required"),
    ({"sex": "X"}, "sex", "bad_choice"),
    ({"sex": "m"}, "sex", "bad_choice"),
    ({"grade": None}, "grade", "required"),
    ({"grade": -1}, "grade", "grade_range"),
    ({"grade": 12}, "grade", "grade_range"),
    ({"class_letter": ""}, "class_letter", "required"),
    ({"class_letter": "АБ"}, "class_letter", "class_letter"),
    ({"class_letter": "5"}, "class_letter", "class_letter"),
    ({"class_letter": "-"}, "class_letter", "class_letter"),
    ({"language": "de"}, "language", "bad_choice"),
    ({"phone": "позвонить маме"}, "phone", "phone_format"),
    ({"phone": "12"}, "phone", "phone_format"),
    ({"notes": "х" * 2001}, "notes", "too_long"),
    ({"address_actual": "х" * 2001}, "address_actual", "too_long"),
    # the ИИН disagrees with what was typed
    ({"iin": IIN_GIRL, "birth_date": date(2011, 6, 18)}, "birth_date", "iin_birth_mismatch"),
    ({"iin": IIN_GIRL, "birth_date": date(2011, 6, 17), "sex": "M"}, "sex", "iin_sex_mismatch"),
    ({"iin": IIN_BOY, "birth_date": None, "sex": "", "last_name": ""}, "last_name", "required"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_INPUT,
                         ids=[f"{f}-{c}-{i}" for i, (_, f, c) in enumerate(BAD_INPUT)])
def test_bad_input_is_refused_and_nothing_stored(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        make_student: Callable[..., int], overrides: dict[str, Any], field: str,
        code: str) -> None:
    make_student(last_name="Сейітова", first_name="Мадина")  # the register is not empty
    assert_refused(student_service, actor, register_snapshot, data(**overrides), field, code)


def test_bad_input_on_edit_changes_nothing(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        make_student: Callable[..., int]) -> None:
    sid = make_student(last_name="Сейітова", first_name="Мадина")
    assert_refused(student_service, actor, register_snapshot,
                   data(last_name="Сейітова", first_name="Мадина", grade=14), "grade",
                   "grade_range", student_id=sid)
    assert student_service.get(actor, sid).version == 1


def test_every_wrong_field_is_reported_at_once(student_service: StudentService) -> None:
    with pytest.raises(ValidationError) as err:
        student_service.validate(StudentData(last_name="", first_name="Ан1", iin="123",
                                             grade=99, class_letter="", language="xx"))
    assert problems(err.value) == {
        ("last_name", "required"), ("first_name", "bad_chars"), ("iin", "iin_format"),
        ("birth_date", "required"), ("sex", "required"), ("grade", "grade_range"),
        ("class_letter", "required"), ("language", "bad_choice"),
    }
    assert err.value.for_field("grade").message == "The grade must be from 0 to 11."


def test_too_long_carries_the_limit(student_service: StudentService) -> None:
    with pytest.raises(ValidationError) as err:
        student_service.validate(data(last_name="Ж" * 61))
    error = err.value.for_field("last_name")
    assert error.params == {"max": 60}
    assert "60" in error.message


def test_birth_mismatch_names_the_date_of_the_iin(student_service: StudentService) -> None:
    with pytest.raises(ValidationError) as err:
        student_service.validate(data(iin=IIN_GIRL, birth_date=date(2011, 6, 18)))
    assert err.value.for_field("birth_date").params == {"expected": "17.06.2011"}


@pytest.mark.parametrize("name", [
    "Нұрланова", "Ким-Ли", "О'Нил", "Д’Арк", "Анна Мария", "Ільяс", "Жақсылықова", "Smith",
    "Ж" * 60,
])
def test_good_names(student_service: StudentService, name: str) -> None:
    assert student_service.validate(data(last_name=name)).last_name == name


@pytest.mark.parametrize(("grade", "letter", "stored_letter"), [
    (0, "А", "А"), (11, "Ү", "Ү"), (5, "ә", "Ә"), (7, " ғ ", "Ғ"),
])
def test_grade_and_letter_limits(student_service: StudentService, actor: Actor, grade: int,
                                 letter: str, stored_letter: str) -> None:
    sid = student_service.save(actor, data(grade=grade, class_letter=letter))
    stored = student_service.get(actor, sid).data
    assert (stored.grade, stored.class_letter) == (grade, stored_letter)


def test_latin_class_letter_is_refused(student_service: StudentService) -> None:
    with pytest.raises(ValidationError) as err:
        student_service.validate(data(class_letter="A"))  # Latin capital A
    assert problems(err.value) == {("class_letter", "class_letter")}


def test_superscript_in_iin_is_a_field_error(student_service: StudentService, actor: Actor,
                                             register_snapshot: Snapshot) -> None:
    assert_refused(student_service, actor, register_snapshot, data(iin="13031450017²"),
                   "iin", "iin_format")


def test_text_is_trimmed_and_collapsed(student_service: StudentService, actor: Actor) -> None:
    sid = student_service.save(actor, data(last_name="  Ким-Ли ", first_name=" Анна   Мария ",
                                           iin=" 110617604178 ", birth_date=None,
                                           phone=" +7 701 000 00 00 "))
    stored = student_service.get(actor, sid).data
    assert (stored.last_name, stored.first_name, stored.iin, stored.phone) == (
        "Ким-Ли", "Анна Мария", "110617604178", "+7 701 000 00 00")


@pytest.mark.parametrize(("given_birth", "given_sex"), [
    (None, ""), (date(2011, 6, 17), ""), (None, "F"), (date(2011, 6, 17), "F"),
])
def test_birth_date_and_sex_filled_from_iin(student_service: StudentService, actor: Actor,
                                            given_birth: date | None, given_sex: str) -> None:
    sid = student_service.save(actor, data(iin=IIN_GIRL, birth_date=given_birth, sex=given_sex))
    stored = student_service.get(actor, sid).data
    assert (stored.iin, stored.birth_date, stored.sex) == (IIN_GIRL, date(2011, 6, 17), "F")


def test_validate_fills_from_iin_without_touching_the_input(
        student_service: StudentService) -> None:
    given = data(iin=IIN_BOY, birth_date=None, sex="")
    checked = student_service.validate(given)
    assert (checked.birth_date, checked.sex) == (date(2013, 3, 14), "M")
    assert (given.birth_date, given.sex) == (None, "")


def test_validate_uses_the_given_today(student_service: StudentService) -> None:
    with pytest.raises(ValidationError) as err:
        student_service.validate(data(birth_date=date(2012, 9, 1)), today=date(2012, 8, 31))
    assert problems(err.value) == {("birth_date", "date_future")}
    assert student_service.validate(data(birth_date=date(2012, 9, 1)),
                                    today=date(2012, 9, 1)).birth_date == date(2012, 9, 1)


def test_student_without_iin_is_stored_as_null(student_service: StudentService, actor: Actor,
                                               register: Register) -> None:
    first = student_service.save(actor, data(first_name="Аружан"))
    second = student_service.save(actor, data(first_name="Томирис"))
    rows = register.db.execute_sql("SELECT id, iin FROM student ORDER BY id").fetchall()
    assert rows == [(first, None), (second, None)]  # two empty ИИН are not duplicates
    assert student_service.get(actor, first).data.iin == ""


# --- duplicates -------------------------------------------------------------------------------

def test_duplicate_iin_refused_naming_the_other_student(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        make_student: Callable[..., int]) -> None:
    make_student(last_name="Жақсылықова", first_name="Әйгерім", patronymic="Асқарқызы",
                 iin=IIN_GIRL, birth_date=date(2011, 6, 17))
    err = assert_refused(student_service, actor, register_snapshot,
                         data(last_name="Бекова", first_name="Лаура", iin=IIN_GIRL,
                              birth_date=None, sex=""), "iin", "iin_duplicate")
    error = err.for_field("iin")
    assert error.params == {"name": "Жақсылықова Әйгерім Асқарқызы"}
    assert "Жақсылықова Әйгерім Асқарқызы" in error.message


def test_duplicate_iin_of_an_archived_student_is_refused(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        make_student: Callable[..., int]) -> None:
    sid = make_student(iin=IIN_BOY, sex="M", birth_date=None, first_name="Пётр",
                       last_name="Иванов")
    student_service.set_archived(actor, sid, True)
    assert_refused(student_service, actor, register_snapshot,
                   data(iin=IIN_BOY, birth_date=None, sex=""), "iin", "iin_duplicate")


def test_editing_to_another_students_iin_is_refused(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        make_student: Callable[..., int]) -> None:
    make_student(iin=IIN_BOY, sex="M", birth_date=None, first_name="Пётр", last_name="Иванов")
    sid = make_student(iin="", first_name="Лаура", last_name="Бекова")
    edited = student_service.get(actor, sid).data
    edited.iin, edited.birth_date, edited.sex = IIN_BOY, None, ""
    assert_refused(student_service, actor, register_snapshot, edited, "iin", "iin_duplicate",
                   student_id=sid)


def test_saving_a_student_again_keeps_its_own_iin(
        student_service: StudentService, actor: Actor, make_student: Callable[..., int]) -> None:
    sid = make_student(iin=IIN_GIRL, birth_date=None)
    edited = student_service.get(actor, sid).data
    edited.phone = "8 701 000 00 00"
    assert student_service.save(actor, edited, sid) == sid
    assert student_service.get(actor, sid).data.phone == "8 701 000 00 00"


@pytest.mark.parametrize(("last", "first", "patronymic"), [
    ("Нұрланова", "Аружан", "Ерболқызы"),  # the same spelling
    ("НҰРЛАНОВА", "аружан", "ерболқызы"),  # case
    ("Нурланова", "Аружан", "Ерболкызы"),  # Kazakh letters typed as Russian
    ("Нұрланова ", " Аружан", "Ерболқызы"),  # spaces
])
def test_same_folded_name_and_birth_date_asks_to_confirm(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        last: str, first: str, patronymic: str) -> None:
    student_service.save(actor, data())
    before = register_snapshot()
    twin = data(last_name=last, first_name=first, patronymic=patronymic, class_letter="В")
    with pytest.raises(SimilarRecordsFound) as found:
        student_service.save(actor, twin)
    assert found.value.similar == ["Нұрланова Аружан Ерболқызы (6Б)"]
    assert register_snapshot() == before
    assert student_service.similar(twin) == ["Нұрланова Аружан Ерболқызы (6Б)"]
    new_id = student_service.save(actor, twin, allow_similar=True)
    assert student_service.get(actor, new_id).data.class_letter == "В"
    assert student_service.count(actor) == 2


def test_yo_and_ye_are_the_same_name(student_service: StudentService, actor: Actor) -> None:
    student_service.save(actor, data(last_name="Ёлкина", first_name="Мария", patronymic=""))
    with pytest.raises(SimilarRecordsFound):
        student_service.save(actor, data(last_name="Елкина", first_name="Мария", patronymic=""))


@pytest.mark.parametrize("change", [
    {"birth_date": date(2012, 9, 2)},
    {"patronymic": ""},
    {"first_name": "Аружана"},
])
def test_not_similar_when_birth_date_or_name_differs(
        student_service: StudentService, actor: Actor, change: dict[str, Any]) -> None:
    student_service.save(actor, data())
    assert student_service.similar(data(**change)) == []
    student_service.save(actor, data(**change))
    assert student_service.count(actor) == 2


def test_a_student_is_not_similar_to_itself(student_service: StudentService,
                                            actor: Actor) -> None:
    sid = student_service.save(actor, data())
    assert student_service.similar(data(), sid) == []
    student_service.save(actor, data(grade=7), sid)
    assert student_service.get(actor, sid).data.grade == 7


# --- editing ----------------------------------------------------------------------------------

def test_edit_bumps_version_time_and_device(student_service: StudentService, actor: Actor,
                                            register: Register) -> None:
    sid = student_service.save(actor, data())
    created = models.Student.get_by_id(sid)
    assert (created.version, created.updated_by) == (1, actor.device_id)
    old_time = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE student SET updated_at = ? WHERE id = ?", (old_time, sid))

    other_device = Actor(username="local", role="social_pedagogue", device_id="device-B")
    student_service.save(other_device, data(grade=7, class_letter="А"), sid)

    edited = models.Student.get_by_id(sid)
    assert (edited.version, edited.updated_by) == (2, "device-B")
    assert edited.updated_at > old_time
    assert edited.uid == created.uid
    assert (edited.grade, edited.class_letter) == (7, "А")
    assert student_service.get(actor, sid).version == 2


def test_edit_rebuilds_search_words(student_service: StudentService, actor: Actor,
                                    register: Register) -> None:
    sid = student_service.save(actor, data())
    student_service.save(actor, data(last_name="Сейітова", first_name="Мадина"), sid)
    assert [r.id for r in student_service.search(actor, "Сейітова Мадина")] == [sid]
    assert student_service.search(actor, "Нұрланова") == []
    assert student_service.search(actor, "Аружан") == []
    assert student_service.search(actor, "Ерболқызы")[0].full_name == (
        "Сейітова Мадина Ерболқызы")
    words = register.db.execute_sql(
        "SELECT token FROM search_token WHERE entity = 'student' AND rec_id = ? ORDER BY token",
        (sid,)).fetchall()
    assert [w for (w,) in words] == ["ерболкызы", "мадина", "сейитова"]


def test_get_of_missing_student_raises_not_found(student_service: StudentService,
                                                 actor: Actor) -> None:
    with pytest.raises(NotFound):
        student_service.get(actor, 12345)
    with pytest.raises(NotFound):
        student_service.card(actor, 12345)


@pytest.mark.parametrize("call", ["save", "set_archived"])
def test_writing_a_missing_student_raises_not_found(
        student_service: StudentService, actor: Actor, register_snapshot: Snapshot,
        call: str) -> None:
    before = register_snapshot()
    with pytest.raises(NotFound):
        if call == "save":
            student_service.save(actor, data(), 12345)
        else:
            student_service.set_archived(actor, 12345, True)
    assert register_snapshot() == before


# --- card -------------------------------------------------------------------------------------

def test_card_shows_family_members_categories_and_registrations(
        student_service: StudentService, actor: Actor, make_student: Callable[..., int],
        make_family: Callable[..., int], make_registration: Callable[..., int]) -> None:
    fid = make_family(
        title="Нұрлановтар",
        members=[
            {"last_name": "Нұрланова", "first_name": "Гүлнар", "patronymic": "Маратқызы",
             "relation": "mother", "phone": "+7 701 111 22 33", "is_legal_representative": True},
            {"last_name": "Нұрланов", "first_name": "Ербол", "relation": "father"},
        ],
        categories=[{"code": "large"},
                    {"code": "low_income", "document": "АСП № 5",
                     "valid_until": date(2030, 1, 1)}])
    sid = make_student(family_id=fid, iin="")
    make_registration(sid, kind="school", ground="absence", start_date=date(2024, 9, 16),
                      protocol_no="3")
    make_registration(sid, kind="school", ground="violence_victim",
                      start_date=date(2025, 2, 1), protocol_no="7")
    make_registration(sid, kind="police", ground="offence", start_date=date(2023, 3, 1),
                      removed_on=date(2024, 3, 1), protocol_no="П-1")
    make_registration(sid, kind="commission", ground="offence", start_date=date(2025, 3, 1),
                      deleted=True)

    card = student_service.card(actor, sid)

    assert card.student.id == sid
    assert card.student.full_name == "Оспанова Айжан Серікқызы"
    assert (card.family_id, card.family_title) == (fid, "Нұрлановтар")
    assert sorted(card.family_categories) == ["large", "low_income"]
    assert card.family_members == [
        ("Нұрланова Гүлнар Маратқызы", "mother", "+7 701 111 22 33", True),
        ("Нұрланов Ербол", "father", "", False),
    ]
    assert [(r.kind, r.ground, r.start_date, r.protocol_no, r.removed_on, r.restricted)
            for r in card.registrations] == [
        ("school", "violence_victim", date(2025, 2, 1), "7", None, True),
        ("school", "absence", date(2024, 9, 16), "3", None, False),
        ("police", "offence", date(2023, 3, 1), "П-1", date(2024, 3, 1), False),
    ]


def test_card_of_student_without_family(student_service: StudentService, actor: Actor,
                                        make_student: Callable[..., int]) -> None:
    card = student_service.card(actor, make_student())
    assert (card.family_id, card.family_title, card.family_categories, card.family_members,
            card.registrations) == (None, "", [], [], [])


def test_card_marks_suicidal_risk_restricted(
        student_service: StudentService, actor: Actor, make_student: Callable[..., int],
        make_registration: Callable[..., int]) -> None:
    sid = make_student()
    make_registration(sid, ground="suicidal_risk")
    assert [r.restricted for r in student_service.card(actor, sid).registrations] == [True]


def test_card_leaves_out_removed_family_members(
        student_service: StudentService, family_service: FamilyService, actor: Actor,
        make_student: Callable[..., int], make_family: Callable[..., int]) -> None:
    fid = make_family(members=[{"last_name": "Оспанова", "first_name": "Гүлнар"},
                               {"last_name": "Оспанов", "first_name": "Марат",
                                "relation": "father"}])
    sid = make_student(family_id=fid)
    family = family_service.get(actor, fid)
    family.data.members = family.data.members[1:]
    family_service.save(actor, family.data, fid)
    assert [m[0] for m in student_service.card(actor, sid).family_members] == ["Оспанов Марат"]


def test_support_plan_flag(student_service: StudentService, actor: Actor,
                           make_student: Callable[..., int]) -> None:
    sid, other = make_student(), make_student()
    models.SupportPlan.create(student=sid, pmpk_no="ПМПК-1")
    models.SupportPlan.create(student=other, pmpk_no="ПМПК-2", deleted=True)
    assert student_service.has_support_plan(actor, sid) is True
    assert student_service.has_support_plan(actor, other) is False


# --- archive, classes, count --------------------------------------------------------------------

def test_archive_and_bring_back(student_service: StudentService, actor: Actor,
                                make_student: Callable[..., int]) -> None:
    sid = make_student(last_name="Сейітова", first_name="Мадина", grade=9, class_letter="В")
    make_student()

    student_service.set_archived(actor, sid, True)
    record = student_service.get(actor, sid)
    assert (record.archived, record.version) == (True, 2)
    assert models.Student.get_by_id(sid).archived_at is not None
    assert student_service.search(actor, "Сейітова") == []
    assert student_service.count(actor) == 1
    assert (9, "В") not in student_service.classes(actor)

    student_service.set_archived(actor, sid, False)
    record = student_service.get(actor, sid)
    assert (record.archived, record.version) == (False, 3)
    assert models.Student.get_by_id(sid).archived_at is None
    assert [r.id for r in student_service.search(actor, "Сейітова")] == [sid]
    assert student_service.count(actor) == 2
    assert (9, "В") in student_service.classes(actor)
    assert models.Student.select().count() == 2  # nothing was deleted


def test_classes_in_grade_then_kazakh_letter_order(student_service: StudentService,
                                                   actor: Actor,
                                                   make_student: Callable[..., int]) -> None:
    for grade, letter in [(10, "А"), (5, "Б"), (5, "Ә"), (5, "А"), (5, "А"), (0, "Ү"),
                          (11, "Ұ"), (5, "Ғ"), (5, "Г")]:
        make_student(grade=grade, class_letter=letter)
    assert student_service.classes(actor) == [
        (0, "Ү"), (5, "А"), (5, "Ә"), (5, "Б"), (5, "Г"), (5, "Ғ"), (10, "А"), (11, "Ұ")]


def test_empty_register(student_service: StudentService, actor: Actor) -> None:
    assert student_service.count(actor) == 0
    assert student_service.classes(actor) == []
    assert student_service.search(actor) == []


# --- access -----------------------------------------------------------------------------------

def test_director_reads_but_never_writes(student_service: StudentService, actor: Actor,
                                         register: Register, register_snapshot: Snapshot,
                                         make_student: Callable[..., int]) -> None:
    sid = make_student()
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    with pytest.raises(AccessDenied) as denied:
        student_service.save(director, data())
    assert (denied.value.action, denied.value.record_type) == ("write", "student")
    with pytest.raises(AccessDenied):
        student_service.save(director, data(), sid)
    with pytest.raises(AccessDenied):
        student_service.set_archived(director, sid, True)
    assert register_snapshot() == before
    assert [r.id for r in student_service.search(director)] == [sid]
    assert student_service.card(director, sid).student.id == sid
