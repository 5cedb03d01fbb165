"""PsySessionService: rules of a session, the roster, the shareable summary, the risk screen,
the lists, the chronology and what falls due; nothing is stored when input is wrong."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register, open_register
from pedagogue_app.demo import write_demo_register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError, access
from pedagogue_app.services.errors import FieldError
from pedagogue_app.services.sessions import (
    RISKS,
    SESSION_TYPES,
    ParticipantData,
    PsySessionService,
    SessionData,
    SessionSummary,
)

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
DAY = TODAY - timedelta(days=10)
ADULT_BIRTH = date(TODAY.year - 19, 1, 15)  # a student aged 18 or 19 today


@pytest.fixture
def sessions(register: Register) -> PsySessionService:
    return PsySessionService(register)


@pytest.fixture
def kids(make_student: Callable[..., int]) -> dict[str, int]:
    """Students of the register (minors unless said otherwise)."""
    return {
        "aizhan": make_student(),  # Оспанова Айжан Серікқызы, 5А
        "erlan": make_student(last_name="Ахметов", first_name="Ерлан", patronymic="Қайратұлы",
                              sex="M", grade=7, class_letter="Ә"),
        "olga": make_student(last_name="Ким", first_name="Ольга", patronymic="Викторовна",
                             grade=7, class_letter="Ә"),
        "nurlan": make_student(last_name="Сейітов", first_name="Нұрлан", patronymic="",
                               sex="M", grade=7, class_letter="Ә"),
        "adult": make_student(last_name="Жұмабаева", first_name="Динара", patronymic="",
                              grade=11, class_letter="Б", birth_date=ADULT_BIRTH, iin=""),
    }


def session(**overrides: Any) -> SessionData:
    """A valid session data set without a client (add one)."""
    values: dict[str, Any] = {
        "session_date": DAY, "start_time": "10:30", "duration_min": 45,
        "session_type": "individual", "client_kind": "student", "requester": "teacher",
        "request": "Конфликт со сверстниками, отказывается ходить на физкультуру",
        "methods": "беседа, наблюдение, тест Филлипса",
        "results": "Высокий уровень школьной тревожности, страх ситуации проверки знаний",
        "conclusion": "Требуется коррекционная работа по снижению тревожности",
        "recommendations": "Классному руководителю: не вызывать к доске без предупреждения",
        "parent_consent": True, "psychologist": "Бекова Сәуле Ерланқызы",
        "shareable_summary": "Проведена консультация, даны рекомендации классному руководителю",
    }
    values.update(overrides)
    return SessionData(**values)


def roster(*student_ids: int) -> list[ParticipantData]:
    return [ParticipantData(role="student", student_id=sid) for sid in student_ids]


def parents(*names: str) -> list[ParticipantData]:
    return [ParticipantData(role="parent", name=name) for name in names]


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(service: PsySessionService, psychologist: Actor, snapshot: Snapshot, data: SessionData,
           field: str, code: str, session_id: int | None = None) -> FieldError:
    """Saving ``data`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(psychologist, data, session_id)
    assert (field, code) in problems(err.value), err.value
    assert snapshot() == before
    error = err.value.for_field(field)
    assert error is not None
    return error


def live_participants(session_id: int) -> list[models.SessionParticipant]:
    return list(models.SessionParticipant.select().where(
        (models.SessionParticipant.session == session_id)
        & ~models.SessionParticipant.deleted).order_by(models.SessionParticipant.id))


# --- a valid session --------------------------------------------------------------------------

def test_individual_session_round_trips(sessions: PsySessionService, psychologist: Actor,
                                        kids: dict[str, int]) -> None:
    data = session(student_id=kids["aizhan"], follow_up_on=DAY + timedelta(days=14),
                   referral_out="ПМПК: углублённое обследование", risk_bullying=True,
                   risk_abuse=True)
    sid = sessions.save(psychologist, data)
    record = sessions.get(psychologist, sid)
    stored = record.data
    assert (record.version, models.PsySession.get_by_id(sid).updated_by) == (1, psychologist.device_id)
    for f in dataclasses.fields(SessionData):
        if f.name != "client_name":
            assert getattr(stored, f.name) == getattr(data, f.name), f.name
    assert stored.client_name == "Оспанова Айжан Серікқызы"  # the student's name, as the demo
    assert stored.participants == []


def test_validate_leaves_the_input_alone(sessions: PsySessionService, kids: dict[str, int]
                                         ) -> None:
    data = session(session_type="group", client_name="  7Ә  сынып ",
                   participants=roster(kids["erlan"], kids["olga"]), start_time="9:05")
    clean = sessions.validate(data)
    assert (clean.client_name, clean.start_time) == ("7Ә сынып", "09:05")
    assert [p.name for p in clean.participants] == ["Ахметов Ерлан Қайратұлы",
                                                    "Ким Ольга Викторовна"]
    assert (data.client_name, data.start_time, data.participants[0].name) == (
        "  7Ә  сынып ", "9:05", "")


@pytest.mark.parametrize(("typed", "stored"), [
    ("9:00", "09:00"), ("09:00", "09:00"), (" 14:30 ", "14:30"), ("8.15", "08:15"),
    ("0:00", "00:00"), ("23:59", "23:59"),
])
def test_start_time_is_written_as_hh_mm(sessions: PsySessionService, psychologist: Actor,
                                        kids: dict[str, int], typed: str, stored: str) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"], start_time=typed))
    assert sessions.get(psychologist, sid).data.start_time == stored


@pytest.mark.parametrize("minutes", [5, 45, 240])
def test_duration_limits_are_allowed(sessions: PsySessionService, psychologist: Actor,
                                     kids: dict[str, int], minutes: int) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"], duration_min=minutes))
    assert sessions.get(psychologist, sid).data.duration_min == minutes


def test_today_and_follow_up_next_day(sessions: PsySessionService, psychologist: Actor,
                                      kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"], session_date=TODAY,
                                       follow_up_on=TODAY + timedelta(days=1)))
    assert sessions.get(psychologist, sid).data.follow_up_on == TODAY + timedelta(days=1)


# --- bad input --------------------------------------------------------------------------------

# (overrides given the students, field, code)
BAD: list[tuple[Callable[[dict[str, int]], dict[str, Any]], str, str]] = [
    (lambda k: {"session_date": None}, "session_date", "required"),
    (lambda k: {"session_date": TODAY + timedelta(days=1)}, "session_date", "date_future"),
    (lambda k: {"session_date": date(1850, 5, 1)}, "session_date", "date_too_old"),
    (lambda k: {"start_time": ""}, "start_time", "required"),
    (lambda k: {"start_time": "   "}, "start_time", "required"),
    (lambda k: {"start_time": "24:00"}, "start_time", "session_time_format"),
    (lambda k: {"start_time": "9:60"}, "start_time", "session_time_format"),
    (lambda k: {"start_time": "0930"}, "start_time", "session_time_format"),
    (lambda k: {"start_time": "9-30"}, "start_time", "session_time_format"),
    (lambda k: {"start_time": "9:3"}, "start_time", "session_time_format"),
    (lambda k: {"start_time": "сағ 10"}, "start_time", "session_time_format"),
    (lambda k: {"start_time": "١٠:٣٠"}, "start_time", "session_time_format"),
    (lambda k: {"duration_min": None}, "duration_min", "required"),
    (lambda k: {"duration_min": 4}, "duration_min", "number_range"),
    (lambda k: {"duration_min": 241}, "duration_min", "number_range"),
    (lambda k: {"duration_min": 0}, "duration_min", "number_range"),
    (lambda k: {"duration_min": -45}, "duration_min", "number_range"),
    (lambda k: {"session_type": "therapy"}, "session_type", "bad_choice"),
    (lambda k: {"session_type": ""}, "session_type", "bad_choice"),
    (lambda k: {"requester": "neighbour"}, "requester", "bad_choice"),
    (lambda k: {"client_kind": "nurse"}, "client_kind", "bad_choice"),
    (lambda k: {"student_id": None}, "student_id", "choose_student"),
    (lambda k: {"student_id": 98765}, "student_id", "choose_student"),
    (lambda k: {"student_id": None, "client_kind": "parent"}, "client_name", "required"),
    (lambda k: {"client_kind": "teacher", "client_name": "  "}, "client_name", "required"),
    (lambda k: {"client_kind": "teacher", "client_name": "Ж" * 121}, "client_name", "too_long"),
    (lambda k: {"client_kind": "parent", "client_name": "Ким Виктор", "student_id": 98765},
     "student_id", "choose_student"),
    (lambda k: {"follow_up_on": DAY}, "follow_up_on", "session_follow_up_order"),
    (lambda k: {"follow_up_on": DAY - timedelta(days=1)}, "follow_up_on",
     "session_follow_up_order"),
    (lambda k: {"follow_up_on": DAY + timedelta(days=367)}, "follow_up_on", "date_too_far"),
    (lambda k: {"request": "х" * 4001}, "request", "too_long"),
    (lambda k: {"methods": "х" * 4001}, "methods", "too_long"),
    (lambda k: {"results": "х" * 4001}, "results", "too_long"),
    (lambda k: {"conclusion": "х" * 4001}, "conclusion", "too_long"),
    (lambda k: {"recommendations": "х" * 4001}, "recommendations", "too_long"),
    (lambda k: {"referral_out": "х" * 4001}, "referral_out", "too_long"),
    (lambda k: {"psychologist": "х" * 121}, "psychologist", "too_long"),
    (lambda k: {"shareable_summary": "ж" * 501}, "shareable_summary", "too_long"),
    (lambda k: {"participants": parents("Оспанова Гүлнар")}, "participants",
     "session_no_participants"),
    (lambda k: {"participants": roster(k["erlan"])}, "participants",
     "session_no_participants"),
    # a minor student client without a parent's consent: only a crisis may go without it
    (lambda k: {"parent_consent": False}, "parent_consent", "session_consent"),
    (lambda k: {"parent_consent": False, "session_type": "diagnostic"}, "parent_consent",
     "session_consent"),
    (lambda k: {"parent_consent": False, "session_type": "correctional"}, "parent_consent",
     "session_consent"),
    (lambda k: {"parent_consent": False, "session_type": "psychoeducation"}, "parent_consent",
     "session_consent"),
    # the shareable summary may not be a copy of the confidential content
    (lambda k: {"shareable_summary": "Требуется коррекционная работа по снижению тревожности"},
     "shareable_summary", "session_summary_copy"),
    (lambda k: {"shareable_summary": "  требуется коррекционная   работа по снижению "
                                     "тревожности.  "},
     "shareable_summary", "session_summary_copy"),
    (lambda k: {"shareable_summary": "Высокий уровень школьной тревожности, страх ситуации "
                                     "проверки знаний"},
     "shareable_summary", "session_summary_copy"),
    (lambda k: {"shareable_summary": "Итог: высокий уровень школьной тревожности, страх "
                                     "ситуации проверки знаний. Работа продолжится."},
     "shareable_summary", "session_summary_copy"),
    (lambda k: {"shareable_summary": "Конфликт со сверстниками, отказывается ходить на "
                                     "физкультуру"},
     "shareable_summary", "session_summary_copy"),
    (lambda k: {"conclusion": "Норма", "shareable_summary": "норма"},
     "shareable_summary", "session_summary_copy"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD,
                         ids=[f"{i}-{f}-{c}" for i, (_, f, c) in enumerate(BAD)])
def test_bad_session_is_refused_and_nothing_stored(
        sessions: PsySessionService, psychologist: Actor, register_snapshot: Snapshot,
        kids: dict[str, int], overrides: Callable[[dict[str, int]], dict[str, Any]],
        field: str, code: str) -> None:
    sessions.save(psychologist, session(student_id=kids["olga"]))  # the register is not empty
    data = session(student_id=kids["aizhan"])
    for name, value in overrides(kids).items():
        setattr(data, name, value)
    refuse(sessions, psychologist, register_snapshot, data, field, code)


def test_every_problem_is_reported_at_once(sessions: PsySessionService) -> None:
    with pytest.raises(ValidationError) as err:
        sessions.validate(session(session_date=TODAY + timedelta(days=3), start_time="25:61",
                                  duration_min=1, requester="", student_id=None))
    assert problems(err.value) == {
        ("session_date", "date_future"), ("start_time", "session_time_format"),
        ("duration_min", "number_range"), ("requester", "bad_choice"),
        ("student_id", "choose_student")}
    assert err.value.for_field("duration_min").message == "Enter a number from 5 to 240."


# --- consent ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("who", "overrides"), [
    ("aizhan", {"session_type": "crisis"}),  # a crisis goes ahead without consent
    ("adult", {}),  # 18 or older
    ("adult", {"session_type": "diagnostic"}),
    ("aizhan", {"client_kind": "parent", "client_name": "Оспанова Гүлнар Маратқызы"}),
    ("aizhan", {"client_kind": "teacher", "client_name": "Иванова А. С."}),
])
def test_consent_not_needed(sessions: PsySessionService, psychologist: Actor, kids: dict[str, int],
                            who: str, overrides: dict[str, Any]) -> None:
    sid = sessions.save(psychologist, session(student_id=kids[who], parent_consent=False, **overrides))
    assert sessions.get(psychologist, sid).data.parent_consent is False


def test_consent_counts_age_on_the_session_date(sessions: PsySessionService, psychologist: Actor,
                                                make_student: Callable[..., int],
                                                register_snapshot: Snapshot) -> None:
    birth = date(TODAY.year - 19, 3, 1)  # 18 on 1 March of last year
    sid = make_student(last_name="Әлиев", first_name="Тимур", sex="M", grade=11,
                       birth_date=birth, iin="")
    eighteen = date(birth.year + 18, 3, 1)
    sessions.save(psychologist, session(student_id=sid, parent_consent=False, session_date=eighteen))
    refuse(sessions, psychologist, register_snapshot,
           session(student_id=sid, parent_consent=False,
                   session_date=eighteen - timedelta(days=1)),
           "parent_consent", "session_consent")


# --- shareable summary ------------------------------------------------------------------------

@pytest.mark.parametrize("summary", [
    "",
    "Проведена консультация по тревожности, даны рекомендации",  # one content word is fine
    "Классному руководителю: не вызывать к доске без предупреждения",  # recommendations
    "ж" * 500,
])
def test_summary_allowed(sessions: PsySessionService, psychologist: Actor, kids: dict[str, int],
                         summary: str) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"], shareable_summary=summary))
    assert sessions.get(psychologist, sid).data.shareable_summary == summary


def test_summary_for_pedagogue_has_no_content(sessions: PsySessionService, actor: Actor,
                                              psychologist: Actor, kids: dict[str, int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    data = session(student_id=kids["erlan"], risk_suicidal=True)
    sid = sessions.save(psychologist, data)
    checked: list[tuple[str, str]] = []
    real_check = access.check

    def spy(who: Actor, action: str, record_type: str) -> None:
        checked.append((action, record_type))
        real_check(who, action, record_type)

    monkeypatch.setattr(access, "check", spy)
    summary = sessions.summary_for_pedagogue(actor, sid)  # the social pedagogue
    assert checked == [("read", "session_summary")]
    assert summary == SessionSummary(sid, DAY, "individual", "Ахметов Ерлан Қайратұлы",
                                     data.shareable_summary)
    assert [f.name for f in dataclasses.fields(summary)] == [
        "id", "session_date", "session_type", "client", "summary"]
    shown = " ".join(str(v) for v in dataclasses.astuple(summary))
    for name in ("request", "methods", "results", "conclusion", "recommendations"):
        assert getattr(data, name) not in shown


def test_summary_of_a_missing_or_archived_session(sessions: PsySessionService, actor: Actor,
                                                  psychologist: Actor,
                                                  kids: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        sessions.summary_for_pedagogue(actor, 555)
    sid = sessions.save(psychologist, session(student_id=kids["erlan"]))
    sessions.archive(psychologist, sid)
    with pytest.raises(NotFound):
        sessions.summary_for_pedagogue(actor, sid)


# --- risk screen ------------------------------------------------------------------------------

@pytest.mark.parametrize(("ticked", "codes"), [
    ({}, []),
    ({"risk_bullying": True}, ["bullying"]),
    ({"risk_bullying": True, "risk_suicidal": True}, ["suicidal", "bullying"]),
    ({"risk_suicidal": True, "risk_self_harm": True, "risk_abuse": True, "risk_bullying": True},
     list(RISKS)),
])
def test_risk_flags(ticked: dict[str, bool], codes: list[str]) -> None:
    assert PsySessionService.risk_flags(session(**ticked)) == codes


def test_risk_flags_round_trip(sessions: PsySessionService, psychologist: Actor,
                               kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"], risk_self_harm=True,
                                       risk_abuse=True))
    assert sessions.risk_flags(sessions.get(psychologist, sid).data) == ["self_harm", "abuse"]
    assert sessions.for_student(psychologist, kids["aizhan"])[0].risks == "self_harm,abuse"


# --- group sessions ---------------------------------------------------------------------------

def group(*student_ids: int, **overrides: Any) -> SessionData:
    values: dict[str, Any] = {"session_type": "group", "client_name": "7Ә: тренинг сплочения",
                              "requester": "administration", "participants": roster(*student_ids),
                              "parent_consent": False}
    values.update(overrides)
    return session(**values)


def test_group_of_three_is_stored_with_names(sessions: PsySessionService, psychologist: Actor,
                                             kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, group(kids["erlan"], kids["olga"], kids["nurlan"],
                                     student_id=kids["aizhan"], client_kind="teacher"))
    stored = sessions.get(psychologist, sid).data
    assert (stored.student_id, stored.client_kind, stored.client_name) == (
        None, "student", "7Ә: тренинг сплочения")
    assert [(p.role, p.student_id, p.name) for p in stored.participants] == [
        ("student", kids["erlan"], "Ахметов Ерлан Қайратұлы"),
        ("student", kids["olga"], "Ким Ольга Викторовна"),
        ("student", kids["nurlan"], "Сейітов Нұрлан")]


@pytest.mark.parametrize(("members", "field", "code", "row", "problem"), [
    (lambda k: [], "participants", "session_group_size", None, None),
    (lambda k: roster(k["erlan"]), "participants", "session_group_size", None, None),
    (lambda k: roster(k["erlan"], k["olga"], k["erlan"]), "participants", "row_invalid", 3,
     "session_duplicate_student"),
    (lambda k: roster(k["erlan"]) + parents("Ким Виктор"), "participants", "row_invalid", 2,
     "session_student_role"),
    (lambda k: roster(k["erlan"], 98765), "participants", "row_invalid", 2,
     "session_student_role"),
    (lambda k: [ParticipantData(role="student", name="Ахметов Ерлан")] + roster(k["olga"]),
     "participants", "row_invalid", 1, "session_student_role"),
])
def test_bad_group(sessions: PsySessionService, psychologist: Actor, register_snapshot: Snapshot,
                   kids: dict[str, int], members: Callable[[dict[str, int]], list[Any]],
                   field: str, code: str, row: int | None, problem: str | None) -> None:
    error = refuse(sessions, psychologist, register_snapshot,
                   group(participants=members(kids)), field, code)
    assert error.params.get("row") == row and error.params.get("problem") == problem
    if code == "session_group_size":
        assert error.message == "A group session needs at least 2 students."


def test_group_needs_a_name(sessions: PsySessionService, psychologist: Actor,
                            register_snapshot: Snapshot, kids: dict[str, int]) -> None:
    refuse(sessions, psychologist, register_snapshot, group(kids["erlan"], kids["olga"], client_name=""),
           "client_name", "required")


def test_roster_edit_keeps_updates_and_tombstones(sessions: PsySessionService, psychologist: Actor,
                                                  kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, group(kids["erlan"], kids["olga"], kids["nurlan"]))
    record = sessions.get(psychologist, sid)
    erlan, olga, nurlan = record.data.participants
    record.data.participants = [erlan, nurlan, ParticipantData(student_id=kids["aizhan"])]
    other = Actor("psy", "psychologist", "device-B")
    sessions.save(other, record.data, sid)
    rows = {p.id: p for p in models.SessionParticipant.select()}
    assert len(rows) == 4
    assert (rows[olga.id].deleted, rows[olga.id].version, rows[olga.id].updated_by) == (
        True, 2, "device-B")
    assert (rows[erlan.id].deleted, rows[erlan.id].version) == (False, 1)  # unchanged: kept as is
    assert [p.name for p in live_participants(sid)] == [
        "Ахметов Ерлан Қайратұлы", "Сейітов Нұрлан", "Оспанова Айжан Серікқызы"]
    assert models.PsySession.get_by_id(sid).version == 2


def test_changing_a_group_to_individual_drops_the_roster(
        sessions: PsySessionService, psychologist: Actor, kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, group(kids["erlan"], kids["olga"]))
    data = sessions.get(psychologist, sid).data
    data.session_type, data.student_id, data.participants = "individual", kids["olga"], []
    data.parent_consent = True
    sessions.save(psychologist, data, sid)
    assert live_participants(sid) == []
    assert sessions.get(psychologist, sid).data.client_name == "Ким Ольга Викторовна"


# --- family sessions --------------------------------------------------------------------------

def test_family_session_with_parents(sessions: PsySessionService, psychologist: Actor,
                                     kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, session(
        session_type="family", student_id=kids["aizhan"], client_kind="student",
        participants=parents(" Оспанова  Гүлнар Маратқызы ", "Оспанов Серік"),
        requester="parent"))
    stored = sessions.get(psychologist, sid).data
    assert (stored.client_kind, stored.client_name, stored.student_id) == (
        "parent", "Оспанова Гүлнар Маратқызы, Оспанов Серік", kids["aizhan"])
    assert [(p.role, p.name, p.student_id) for p in stored.participants] == [
        ("parent", "Оспанова Гүлнар Маратқызы", None), ("parent", "Оспанов Серік", None)]
    row, = sessions.for_student(psychologist, kids["aizhan"])
    assert row.client == "Оспанова Гүлнар Маратқызы, Оспанов Серік (Оспанова Айжан Серікқызы)"
    assert row.participants == 2


@pytest.mark.parametrize(("overrides", "field", "code", "problem"), [
    ({"student_id": None}, "student_id", "choose_student", None),
    ({"participants": []}, "participants", "session_parent_needed", None),
    ({"participants": parents("Оспанова Гүлнар", " ")}, "participants", "row_invalid",
     "required"),
    ({"participants": parents("Ж" * 121)}, "participants", "row_invalid", "too_long"),
    ({"participants": [ParticipantData(role="student", student_id=1)]}, "participants",
     "row_invalid", "bad_choice"),
])
def test_bad_family(sessions: PsySessionService, psychologist: Actor, register_snapshot: Snapshot,
                    kids: dict[str, int], overrides: dict[str, Any], field: str, code: str,
                    problem: str | None) -> None:
    values: dict[str, Any] = {"session_type": "family", "student_id": kids["aizhan"],
                              "participants": parents("Оспанова Гүлнар")}
    values.update(overrides)
    error = refuse(sessions, psychologist, register_snapshot, session(**values), field, code)
    assert error.params.get("problem") == problem


# --- parent or teacher as the client ----------------------------------------------------------

def test_teacher_consultation_about_a_child(sessions: PsySessionService, psychologist: Actor,
                                            kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, session(client_kind="teacher", client_name="Иванова А. С.",
                                       student_id=kids["erlan"], requester="teacher"))
    stored = sessions.get(psychologist, sid).data
    assert (stored.client_kind, stored.client_name, stored.student_id) == (
        "teacher", "Иванова А. С.", kids["erlan"])
    row, = sessions.for_student(psychologist, kids["erlan"])
    assert row.client == "Иванова А. С. (Ахметов Ерлан Қайратұлы)"


def test_parent_consultation_without_a_child(sessions: PsySessionService, psychologist: Actor) -> None:
    sid = sessions.save(psychologist, session(client_kind="parent", client_name="Ким Виктор",
                                       parent_consent=False))
    assert sessions.get(psychologist, sid).data.student_id is None
    assert sessions.search(psychologist, "ким")[0].client == "Ким Виктор"


# --- lists, chronology, what is due -----------------------------------------------------------

@pytest.fixture
def logged(sessions: PsySessionService, psychologist: Actor, kids: dict[str, int]) -> dict[str, int]:
    """A small log: individual, group, parent and diagnostic sessions on different days."""
    return {
        "aizhan": sessions.save(psychologist, session(student_id=kids["aizhan"],
                                               session_date=TODAY - timedelta(days=30))),
        "group": sessions.save(psychologist, group(kids["erlan"], kids["olga"], kids["aizhan"],
                                            session_date=TODAY - timedelta(days=20),
                                            start_time="14:00")),
        "parent": sessions.save(psychologist, session(client_kind="parent",
                                               client_name="Ахметова Ұлжан",
                                               student_id=kids["erlan"], requester="parent",
                                               session_date=TODAY - timedelta(days=20),
                                               start_time="09:00")),
        "erlan": sessions.save(psychologist, session(student_id=kids["erlan"], session_type="diagnostic",
                                              session_date=TODAY - timedelta(days=2))),
    }


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["erlan", "group", "parent", "aizhan"]),  # newest first, later time first
    ("Ахметов", ["erlan", "group", "parent"]),
    ("ахмет ерлан", ["erlan", "group", "parent"]),
    ("Улжан", ["parent"]),  # Kazakh letters fold: Ұлжан
    ("ұлжан", ["parent"]),
    ("сплочения", ["group"]),  # the group's name
    ("Айжан", ["group", "aizhan"]),  # as a participant and as the client
    ("Ким", ["group"]),
    ("тревожност", []),  # content is never searched
    ("Конфликт", []),
    ("%", []),
    ("_", []),
    ("рлан", []),
])
def test_search(sessions: PsySessionService, psychologist: Actor, logged: dict[str, int], query: str,
                expected: list[str]) -> None:
    names = {v: k for k, v in logged.items()}
    assert [names[r.id] for r in sessions.search(psychologist, query)] == expected


def test_search_filters(sessions: PsySessionService, psychologist: Actor,
                        logged: dict[str, int]) -> None:
    names = {v: k for k, v in logged.items()}

    def found(**filters: Any) -> list[str]:
        return [names[r.id] for r in sessions.search(psychologist, **filters)]

    day20 = TODAY - timedelta(days=20)
    assert found(date_from=day20) == ["erlan", "group", "parent"]
    assert found(date_to=day20) == ["group", "parent", "aizhan"]
    assert found(date_from=day20, date_to=day20) == ["group", "parent"]
    assert found(session_type="diagnostic") == ["erlan"]
    assert found(session_type="group", date_to=TODAY - timedelta(days=21)) == []
    assert found(query="Ахметов", session_type="individual") == ["parent"]


def test_search_row(sessions: PsySessionService, psychologist: Actor, logged: dict[str, int],
                    kids: dict[str, int]) -> None:
    row = next(r for r in sessions.search(psychologist) if r.id == logged["group"])
    assert tuple(row) == (logged["group"], (TODAY - timedelta(days=20)).isoformat(), "14:00", 45,
                          "group", "7Ә: тренинг сплочения", None, 3, "administration", "", "")


def test_for_student_as_client_subject_or_participant(
        sessions: PsySessionService, psychologist: Actor, logged: dict[str, int],
        kids: dict[str, int]) -> None:
    assert [r.id for r in sessions.for_student(psychologist, kids["erlan"])] == [
        logged["erlan"], logged["group"], logged["parent"]]
    assert [r.id for r in sessions.for_student(psychologist, kids["aizhan"])] == [
        logged["group"], logged["aizhan"]]
    assert sessions.for_student(psychologist, kids["adult"]) == []


def test_timeline_shows_only_type_and_summary(sessions: PsySessionService, actor: Actor,
                                              psychologist: Actor, register: Register,
                                              logged: dict[str, int],
                                              kids: dict[str, int]) -> None:
    """The social pedagogue (who reads summaries) and the psychologist see the same entries."""
    for reader in (actor, psychologist):
        entries = sessions.timeline(reader, kids["aizhan"])
        assert [(e.record_id, e.when, e.kind, e.title, e.restricted) for e in entries] == [
            (logged["group"], TODAY - timedelta(days=20), "session", "group", True),
            (logged["aizhan"], TODAY - timedelta(days=30), "session", "individual", True)]
        assert {e.detail for e in entries} == {session().shareable_summary}
    with pytest.raises(AccessDenied):
        sessions.timeline(Actor("director", "director", register.device_id), kids["aizhan"])
    sessions.archive(psychologist, logged["group"])
    assert [e.record_id for e in sessions.timeline(actor, kids["aizhan"])] == [logged["aizhan"]]


def test_due_follow_ups(sessions: PsySessionService, psychologist: Actor, kids: dict[str, int]) -> None:
    def follow(student: str, days_ago: int, in_days: int, **overrides: Any) -> int:
        on = TODAY - timedelta(days=days_ago)
        return sessions.save(psychologist, session(student_id=kids[student], session_date=on,
                                            follow_up_on=TODAY + timedelta(days=in_days),
                                            **overrides))

    overdue = follow("aizhan", 30, -3)
    soon = follow("olga", 5, 14)
    follow("nurlan", 5, 15)  # beyond the horizon
    done = follow("erlan", 30, -10)
    sessions.save(psychologist, session(student_id=kids["erlan"], session_date=TODAY - timedelta(days=9)))
    archived = follow("adult", 30, 0)
    sessions.archive(psychologist, archived)
    parent = sessions.save(psychologist, session(client_kind="parent", client_name="Ким Виктор",
                                          session_date=TODAY - timedelta(days=3),
                                          follow_up_on=TODAY + timedelta(days=4)))
    items = sorted(sessions.due(psychologist, TODAY), key=lambda i: i.due)
    assert [(i.record_id, i.due, i.kind, i.record_kind, i.student_id, i.title) for i in items] == [
        (overdue, TODAY - timedelta(days=3), "follow_up", "session", kids["aizhan"],
         "Оспанова Айжан Серікқызы"),
        (parent, TODAY + timedelta(days=4), "follow_up", "session", None, "Ким Виктор"),
        (soon, TODAY + timedelta(days=14), "follow_up", "session", kids["olga"],
         "Ким Ольга Викторовна")]
    assert items[0].overdue(TODAY) and not items[1].overdue(TODAY)
    assert done not in {i.record_id for i in items}  # a later session with Ерлан took place
    assert {i.record_id for i in sessions.due(psychologist, TODAY, horizon_days=0)} == {overdue}
    # the parent came again: the follow-up is done
    sessions.save(psychologist, session(client_kind="parent", client_name="Ким Виктор",
                                 session_date=TODAY))
    assert parent not in {i.record_id for i in sessions.due(psychologist, TODAY)}


def test_group_follow_up_done_by_the_next_group_meeting(
        sessions: PsySessionService, psychologist: Actor, kids: dict[str, int]) -> None:
    first = sessions.save(psychologist, group(kids["erlan"], kids["olga"],
                                       session_date=TODAY - timedelta(days=14),
                                       follow_up_on=TODAY - timedelta(days=7)))
    assert [i.record_id for i in sessions.due(psychologist, TODAY)] == [first]
    assert sessions.due(psychologist, TODAY)[0].title == "7Ә: тренинг сплочения"
    sessions.save(psychologist, group(kids["erlan"], kids["olga"], client_name="Другая группа",
                               session_date=TODAY - timedelta(days=6)))
    assert [i.record_id for i in sessions.due(psychologist, TODAY)] == [first]
    sessions.save(psychologist, group(kids["erlan"], kids["olga"], session_date=TODAY - timedelta(days=6)))
    assert sessions.due(psychologist, TODAY) == []


# --- editing, archive -------------------------------------------------------------------------

def test_edit_bumps_version_time_and_device(sessions: PsySessionService, psychologist: Actor,
                                            register: Register, kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"]))
    created = models.PsySession.get_by_id(sid)
    old_time = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE psy_session SET updated_at = ? WHERE id = ?", (old_time, sid))
    record = sessions.get(psychologist, sid)
    record.data.results = "Тревожность снизилась"
    sessions.save(Actor("psy", "psychologist", "device-B"), record.data, sid)
    edited = models.PsySession.get_by_id(sid)
    assert (edited.version, edited.updated_by, edited.uid) == (2, "device-B", created.uid)
    assert edited.updated_at > old_time
    assert sessions.get(psychologist, sid).data.results == "Тревожность снизилась"


def test_bad_edit_changes_nothing(sessions: PsySessionService, psychologist: Actor,
                                  register_snapshot: Snapshot, kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, group(kids["erlan"], kids["olga"], kids["nurlan"]))
    data = sessions.get(psychologist, sid).data
    data.participants = data.participants[:1]
    data.results = "изменено"
    refuse(sessions, psychologist, register_snapshot, data, "participants", "session_group_size", sid)


def test_archive_and_restore(sessions: PsySessionService, psychologist: Actor,
                             kids: dict[str, int]) -> None:
    sid = sessions.save(psychologist, group(kids["erlan"], kids["olga"]))
    sessions.archive(psychologist, sid)
    row = models.PsySession.get_by_id(sid)
    assert (row.deleted, row.version) == (True, 2)
    with pytest.raises(NotFound):
        sessions.get(psychologist, sid)
    with pytest.raises(NotFound):
        sessions.archive(psychologist, sid)
    with pytest.raises(NotFound):
        sessions.save(psychologist, group(kids["erlan"], kids["olga"]), sid)
    assert sessions.search(psychologist) == [] and sessions.for_student(psychologist, kids["erlan"]) == []
    assert models.SessionParticipant.select().where(~models.SessionParticipant.deleted).count() == 2
    sessions.restore(psychologist, sid)
    assert models.PsySession.get_by_id(sid).version == 3
    assert [p.name for p in sessions.get(psychologist, sid).data.participants] == [
        "Ахметов Ерлан Қайратұлы", "Ким Ольга Викторовна"]
    with pytest.raises(NotFound):
        sessions.restore(psychologist, sid)


def test_missing_session(sessions: PsySessionService, psychologist: Actor,
                         kids: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        sessions.get(psychologist, 4321)
    with pytest.raises(NotFound):
        sessions.save(psychologist, session(student_id=kids["aizhan"]), 4321)
    with pytest.raises(NotFound):
        sessions.archive(psychologist, 4321)


@pytest.mark.parametrize("role", ["director", "social_pedagogue", "admin"])
def test_only_the_psychologist_reads_or_writes_content(
        sessions: PsySessionService, psychologist: Actor, register: Register,
        register_snapshot: Snapshot, kids: dict[str, int], role: str) -> None:
    sid = sessions.save(psychologist, session(student_id=kids["aizhan"]))
    other = Actor("other", role, register.device_id)
    stored = sessions.get(psychologist, sid).data
    before = register_snapshot()
    for attempt in (lambda: sessions.save(other, session(student_id=kids["aizhan"])),
                    lambda: sessions.save(other, stored, sid),
                    lambda: sessions.archive(other, sid),
                    lambda: sessions.restore(other, sid)):
        with pytest.raises(AccessDenied) as denied:
            attempt()
        assert (denied.value.action, denied.value.record_type) == ("write", "session")
    for attempt in (lambda: sessions.get(other, sid), lambda: sessions.search(other),
                    lambda: sessions.for_student(other, kids["aizhan"]),
                    lambda: sessions.due(other, TODAY)):
        with pytest.raises(AccessDenied) as denied:
            attempt()
        assert (denied.value.action, denied.value.record_type) == ("read", "session")
    assert register_snapshot() == before  # not even an audit event


def test_every_type_has_a_label() -> None:
    assert list(SESSION_TYPES) == ["individual", "group", "family", "diagnostic", "correctional",
                                   "crisis", "psychoeducation"]


# --- the demo register ------------------------------------------------------------------------

def test_demo_sessions_load_and_save_unchanged(tmp_path: Path) -> None:
    """Every session the demo writes passes the rules and saves back unchanged."""
    path = tmp_path / "demo.db"
    write_demo_register(path, students=400, seed=3, today=TODAY - timedelta(days=1))
    register = open_register(path)
    try:
        service = PsySessionService(register)
        psychologist = Actor("psy", "psychologist", register.device_id)
        ids = [s.id for s in models.PsySession.select().where(~models.PsySession.deleted)]
        types = {s.session_type for s in models.PsySession.select()}
        assert {"group", "family", "individual"} <= types
        for sid in ids:
            before = service.get(psychologist, sid)
            service.save(psychologist, before.data, sid)
            after = service.get(psychologist, sid)
            assert after.version == before.version + 1
            expected = dataclasses.replace(before.data, start_time=f"{before.data.start_time:0>5}")
            assert after.data == expected, sid
    finally:
        register.close()


def test_older_h_mm_times_are_listed_in_time_order(sessions: PsySessionService, psychologist: Actor,
                                                   register: Register,
                                                   kids: dict[str, int]) -> None:
    for start in ("9:30", "10:00", "8:05"):  # as the demo writes them
        models.PsySession.create(session_date=DAY, start_time=start, session_type="individual",
                                 student=kids["aizhan"], client_name="Оспанова Айжан",
                                 updated_by=register.device_id)
    assert [r.start_time for r in sessions.search(psychologist)] == ["10:00", "09:30", "08:05"]
