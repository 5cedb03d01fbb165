"""RegistrationService: the at-risk register with its plan and reviews; nothing stored on error."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register, open_register
from pedagogue_app.demo import write_demo_register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError, local_actor
from pedagogue_app.services.catalog import REGISTER_GROUNDS, REGISTER_KINDS
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.registrations import (
    MEASURE_STATUSES,
    REMOVAL_REASONS,
    MeasureData,
    RegistrationData,
    RegistrationService,
    ReviewData,
    turns_18,
)
from pedagogue_app.services.students import StudentService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
START = TODAY - timedelta(days=200)


@pytest.fixture
def service(register: Register) -> RegistrationService:
    return RegistrationService(register)


@pytest.fixture
def kid(make_student: Callable[..., int]) -> int:
    return make_student(last_name="Жұмабаев", first_name="Нұрсұлтан", patronymic="Ерланұлы",
                        sex="M", grade=8, class_letter="Ә", birth_date=date(2011, 5, 3))


def measure(**overrides: Any) -> MeasureData:
    values: dict[str, Any] = {"measure": "Беседа с родителями", "responsible": "Сейітова А.Қ.",
                              "deadline": START + timedelta(days=30), "status": "planned"}
    values.update(overrides)
    return MeasureData(**values)


def review(**overrides: Any) -> ReviewData:
    values: dict[str, Any] = {"review_date": START + timedelta(days=90),
                              "summary": "Оң өзгерістер байқалады",
                              "decision": "продолжить сопровождение",
                              "next_review_on": START + timedelta(days=180)}
    values.update(overrides)
    return ReviewData(**values)


def entry(student_id: int | None, **overrides: Any) -> RegistrationData:
    values: dict[str, Any] = {
        "student_id": student_id, "kind": "school", "ground": "absence", "start_date": START,
        "protocol_no": "3", "protocol_date": START, "initiator": "классный руководитель",
        "parents_informed_on": START + timedelta(days=1), "curator": "Әбдірахманова Г.М.",
        "responsible": "социальный педагог, педагог-психолог",
        "measures": [measure()], "reviews": [review()]}
    values.update(overrides)
    return RegistrationData(**values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(service: RegistrationService, actor: Actor, snapshot: Snapshot,
           data: RegistrationData, field: str, code: str,
           record_id: int | None = None) -> ValidationError:
    """Saving ``data`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, data, record_id)
    assert (field, code) in problems(err.value)
    assert snapshot() == before
    return err.value


# --- the entry itself -------------------------------------------------------------------------

FUTURE = TODAY + timedelta(days=1)
BAD_ENTRY = [
    ({"kind": "court"}, "kind", "bad_choice"),
    ({"kind": ""}, "kind", "bad_choice"),
    ({"ground": ""}, "ground", "required"),
    ({"ground": "bullying"}, "ground", "bad_choice"),
    ({"start_date": None, "reviews": [], "measures": []}, "start_date", "required"),
    ({"start_date": FUTURE, "reviews": [], "measures": []}, "start_date", "date_future"),
    ({"start_date": date(1850, 1, 1)}, "start_date", "date_too_old"),
    ({"protocol_date": FUTURE}, "protocol_date", "date_future"),
    ({"parents_informed_on": FUTURE}, "parents_informed_on", "date_future"),
    ({"protocol_no": "1" * 41}, "protocol_no", "too_long"),
    ({"initiator": "х" * 201}, "initiator", "too_long"),
    ({"curator": "х" * 201}, "curator", "too_long"),
    ({"responsible": "х" * 201}, "responsible", "too_long"),
    ({"notes": "х" * 2001}, "notes", "too_long"),
    # removal
    ({"removed_on": FUTURE, "removal_reason": "transfer", "removal_protocol_no": "7"},
     "removed_on", "date_future"),
    ({"removed_on": START - timedelta(days=1), "removal_reason": "transfer",
      "removal_protocol_no": "7", "reviews": []}, "removed_on", "date_order"),
    ({"removed_on": TODAY, "removal_protocol_no": "7"}, "removal_reason", "required"),
    ({"removed_on": TODAY, "removal_reason": "transfer"}, "removal_protocol_no", "required"),
    ({"removed_on": TODAY, "removal_reason": "moved", "removal_protocol_no": "7"},
     "removal_reason", "bad_choice"),
    ({"removal_reason": "positive_dynamics"}, "removed_on", "registration_removal_date"),
    ({"removal_protocol_no": "7"}, "removed_on", "registration_removal_date"),
    ({"removed_on": TODAY, "removal_reason": "age_18", "removal_protocol_no": "7"},
     "removal_reason", "registration_not_18"),
    # whose entry
    ({"student_id": None}, "student_id", "registration_subject"),
    ({"student_id": 4321}, "student_id", "registration_subject"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_ENTRY,
                         ids=[f"{f}-{c}-{i}" for i, (_, f, c) in enumerate(BAD_ENTRY)])
def test_bad_entry_is_refused_and_nothing_stored(
        service: RegistrationService, actor: Actor, register_snapshot: Snapshot, kid: int,
        overrides: dict[str, Any], field: str, code: str) -> None:
    service.save(actor, entry(kid, ground="learning"))  # the register is not empty
    data = entry(kid)
    for name, value in overrides.items():
        setattr(data, name, value)
    refuse(service, actor, register_snapshot, data, field, code)


def test_every_message_code_has_a_text(service: RegistrationService) -> None:
    for _, _, code in BAD_ENTRY + BAD_MEASURE + BAD_REVIEW:
        assert code in MESSAGES
    for code in ("measure_invalid", "review_invalid", "registration_duplicate"):
        assert code in MESSAGES


def test_child_and_family_together_are_refused(service: RegistrationService, actor: Actor,
                                              register_snapshot: Snapshot, kid: int,
                                              make_family: Callable[..., int]) -> None:
    data = entry(kid, family_id=make_family())
    refuse(service, actor, register_snapshot, data, "student_id", "registration_subject_both")


def test_deleted_family_cannot_be_registered(service: RegistrationService, actor: Actor,
                                             register_snapshot: Snapshot,
                                             make_family: Callable[..., int]) -> None:
    fid = make_family()
    models.Family.update(deleted=True).where(models.Family.id == fid).execute()
    refuse(service, actor, register_snapshot, entry(None, family_id=fid), "student_id",
           "registration_subject")


def test_every_error_is_reported_at_once(service: RegistrationService, kid: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(entry(kid, ground="", start_date=None, protocol_date=FUTURE,
                               measures=[measure(measure="")], reviews=[]))
    assert problems(err.value) == {("ground", "required"), ("start_date", "required"),
                                   ("protocol_date", "date_future"),
                                   ("measures", "measure_invalid")}


def test_removal_before_start_names_the_start_date(service: RegistrationService,
                                                   kid: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(entry(kid, start_date=date(2025, 9, 15), removed_on=date(2025, 9, 1),
                               removal_reason="transfer", removal_protocol_no="2", reviews=[],
                               measures=[]))
    error = err.value.for_field("removed_on")
    assert error.params == {"other": "15.09.2025"}
    assert error.message == "This date cannot be before 15.09.2025."


@pytest.mark.parametrize(("birth", "removed", "ok"), [
    (date(2007, 3, 10), date(2025, 3, 10), True),  # the 18th birthday itself
    (date(2007, 3, 10), date(2025, 3, 9), False),
    (date(2004, 2, 29), date(2022, 2, 28), False),  # born on 29 February: 18 on 1 March
    (date(2004, 2, 29), date(2022, 3, 1), True),
])
def test_removal_at_18(service: RegistrationService, actor: Actor,
                       make_student: Callable[..., int], birth: date, removed: date,
                       ok: bool) -> None:
    sid = make_student(birth_date=birth, grade=11)
    data = entry(sid, start_date=date(2021, 9, 1), protocol_date=None,
                 parents_informed_on=None, measures=[], reviews=[], removed_on=removed,
                 removal_reason="age_18", removal_protocol_no="9")
    if ok:
        assert service.get(actor, service.save(actor, data)).data.removed_on == removed
    else:
        with pytest.raises(ValidationError) as err:
            service.validate(data)
        assert err.value.for_field("removal_reason").params == {
            "date": turns_18(birth).strftime("%d.%m.%Y")}


@pytest.mark.parametrize("reason", list(REMOVAL_REASONS))
def test_every_removal_reason_with_date_and_protocol(service: RegistrationService, actor: Actor,
                                                     make_student: Callable[..., int],
                                                     reason: str) -> None:
    sid = make_student(birth_date=date(2006, 1, 10), grade=11)
    rid = service.save(actor, entry(sid, removed_on=TODAY, removal_reason=reason,
                                    removal_protocol_no="12"))
    stored = service.get(actor, rid).data
    assert (stored.removed_on, stored.removal_reason, stored.removal_protocol_no) == (
        TODAY, reason, "12")


def test_every_field_round_trips(service: RegistrationService, actor: Actor, kid: int) -> None:
    data = entry(kid, kind="commission", ground="offence", notes="Мать работает вахтой.",
                 removed_on=TODAY - timedelta(days=1), removal_reason="council_decision",
                 removal_protocol_no="7/2",
                 measures=[measure(status="done", result="Проведена"),
                           measure(measure="Вовлечение в секцию", deadline=None,
                                   status="cancelled", result="")],
                 reviews=[review(), review(review_date=START + timedelta(days=180),
                                           next_review_on=None, decision="снять с учёта")])
    rid = service.save(actor, data)
    record = service.get(actor, rid)
    for m in record.data.measures + record.data.reviews:
        m.id = None
    assert record.data == data
    assert record.subject == "Жұмабаев Нұрсұлтан Ерланұлы, 8Ә"
    assert not record.restricted


def test_text_is_trimmed(service: RegistrationService, actor: Actor, kid: int) -> None:
    data = entry(kid, protocol_no="  3 ", curator=" Әбдірахманова   Г.М. ", notes="\n жазба \n",
                 measures=[measure(measure="  Беседа   с учащимся ", result=" итог ")],
                 reviews=[review(summary="  Без изменений\n")])
    stored = service.get(actor, service.save(actor, data)).data
    assert (stored.protocol_no, stored.curator, stored.notes) == ("3", "Әбдірахманова Г.М.",
                                                                   "жазба")
    assert (stored.measures[0].measure, stored.measures[0].result) == ("Беседа с учащимся", "итог")
    assert stored.reviews[0].summary == "Без изменений"
    assert data.protocol_no == "  3 "  # the caller's data is not changed


@pytest.mark.parametrize(("kind", "typed", "expected"), [
    ("police", "", "ОЮП"),
    ("commission", "  ", "КДНиЗП"),
    ("school", "", ""),
    ("police", "ОЮП УП Алмалинского района", "ОЮП УП Алмалинского района"),
])
def test_initiator_default(service: RegistrationService, actor: Actor, kid: int, kind: str,
                           typed: str, expected: str) -> None:
    rid = service.save(actor, entry(kid, kind=kind, initiator=typed))
    assert service.get(actor, rid).data.initiator == expected


@pytest.mark.parametrize("kind", list(REGISTER_KINDS))
@pytest.mark.parametrize("ground", list(REGISTER_GROUNDS))
def test_every_kind_and_ground(service: RegistrationService, actor: Actor, kid: int, kind: str,
                               ground: str) -> None:
    rid = service.save(actor, entry(kid, kind=kind, ground=ground))
    record = service.get(actor, rid)
    assert (record.data.kind, record.data.ground) == (kind, ground)
    assert record.restricted == (ground in ("violence_victim", "suicidal_risk"))


# --- one active entry per ground --------------------------------------------------------------

def test_same_active_ground_twice_is_refused(service: RegistrationService, actor: Actor,
                                             register_snapshot: Snapshot, kid: int) -> None:
    service.save(actor, entry(kid, start_date=date(2025, 9, 15), measures=[], reviews=[]))
    err = refuse(service, actor, register_snapshot, entry(kid), "ground",
                 "registration_duplicate")
    assert err.for_field("ground").params == {"since": "15.09.2025"}


def test_duplicate_check_ignores_the_entry_itself(service: RegistrationService, actor: Actor,
                                                  kid: int) -> None:
    rid = service.save(actor, entry(kid))
    record = service.get(actor, rid)
    record.data.curator = "Сейітова А.Қ."
    assert service.save(actor, record.data, rid) == rid


@pytest.mark.parametrize("second", [
    {"ground": "learning"},  # another ground
    {"kind": "police"},  # the same ground on another register
    {"removed_on": TODAY, "removal_reason": "transfer", "removal_protocol_no": "4"},  # history
])
def test_what_is_not_a_duplicate(service: RegistrationService, actor: Actor, kid: int,
                                 make_student: Callable[..., int],
                                 second: dict[str, Any]) -> None:
    service.save(actor, entry(kid))
    service.save(actor, entry(kid, **second))
    service.save(actor, entry(make_student()))  # another child, the same ground
    assert len(service.for_student(actor, kid)) == 2


def test_registered_again_after_removal(service: RegistrationService, actor: Actor,
                                        kid: int) -> None:
    first = service.save(actor, entry(kid, start_date=START, measures=[], reviews=[]))
    record = service.get(actor, first)
    record.data.removed_on, record.data.removal_reason = START + timedelta(days=60), "transfer"
    record.data.removal_protocol_no = "5"
    service.save(actor, record.data, first)
    again = service.save(actor, entry(kid, start_date=TODAY, measures=[], reviews=[]))
    assert [r.id for r in service.for_student(actor, kid)] == [again, first]
    # the removed entry cannot come back while the new one is active
    record.data.removed_on = None
    record.data.removal_reason = record.data.removal_protocol_no = ""
    with pytest.raises(ValidationError) as err:
        service.save(actor, record.data, first)
    assert problems(err.value) == {("ground", "registration_duplicate")}


def test_family_entries(service: RegistrationService, actor: Actor, register_snapshot: Snapshot,
                        make_family: Callable[..., int]) -> None:
    fid = make_family(title="Сапаровтар")
    rid = service.save(actor, entry(None, family_id=fid, ground="difficult"))
    assert service.get(actor, rid).subject == "Сапаровтар"
    assert [r.id for r in service.for_family(actor, fid)] == [rid]
    refuse(service, actor, register_snapshot, entry(None, family_id=fid, ground="difficult"),
           "ground", "registration_duplicate")


# --- the plan ---------------------------------------------------------------------------------

BAD_MEASURE = [
    (measure(measure=""), "measure", "required"),
    (measure(measure="   "), "measure", "required"),
    (measure(measure="х" * 2001), "measure", "too_long"),
    (measure(responsible="х" * 201), "responsible", "too_long"),
    (measure(result="х" * 2001), "result", "too_long"),
    (measure(status="done"), "result", "measure_result_needed"),
    (measure(status="done", result="  "), "result", "measure_result_needed"),
    (measure(status="half"), "status", "bad_choice"),
    (measure(status=""), "status", "bad_choice"),
    (measure(deadline=START - timedelta(days=1)), "deadline", "date_order"),
    (measure(deadline=TODAY + timedelta(days=6 * 366)), "deadline", "date_too_far"),
]


@pytest.mark.parametrize(("bad", "row_field", "problem"), BAD_MEASURE,
                         ids=[f"{f}-{p}-{i}" for i, (_, f, p) in enumerate(BAD_MEASURE)])
def test_bad_measure_is_reported_with_its_row(
        service: RegistrationService, actor: Actor, register_snapshot: Snapshot, kid: int,
        bad: MeasureData, row_field: str, problem: str) -> None:
    service.save(actor, entry(kid, ground="learning"))
    err = refuse(service, actor, register_snapshot, entry(kid, measures=[measure(), bad]),
                 "measures", "measure_invalid")
    error = err.for_field("measures")
    assert (error.params["row"], error.params["row_field"], error.params["problem"]) == (
        2, row_field, problem)
    assert error.message.startswith("Measure 2: ")


@pytest.mark.parametrize("status", list(MEASURE_STATUSES))
def test_measures_that_are_fine(service: RegistrationService, actor: Actor, kid: int,
                                status: str) -> None:
    far = TODAY + timedelta(days=300)  # deadlines may be in the future
    rid = service.save(actor, entry(kid, measures=[
        measure(status=status, deadline=far, result="выполнено" if status == "done" else ""),
        measure(deadline=None)]))
    stored = service.get(actor, rid).data.measures
    assert [(m.status, m.deadline) for m in stored] == [(status, far), ("planned", None)]


def test_measures_updated_added_and_tombstoned(service: RegistrationService, actor: Actor,
                                               register: Register, kid: int) -> None:
    rid = service.save(actor, entry(kid, measures=[
        measure(measure="Беседа"), measure(measure="Кружок"), measure(measure="Посещение")]))
    kept, removed, untouched = service.get(actor, rid).data.measures
    kept.status, kept.result = "done", "Проведена"
    added = measure(measure="Тренинг")
    data = service.get(actor, rid).data
    data.measures = [untouched, kept, added]
    other_device = Actor(username="local", role="social_pedagogue", device_id="device-B")
    service.save(other_device, data, rid)

    rows = {m.id: m for m in models.PlanMeasure.select().where(
        models.PlanMeasure.registration == rid)}
    assert len(rows) == 4  # the removed one stays as a tombstone
    gone = rows[removed.id]
    assert (gone.deleted, gone.version, gone.updated_by) == (True, 2, "device-B")
    done = rows[kept.id]
    assert (done.status, done.result, done.version, done.position) == ("done", "Проведена", 2, 1)
    moved = rows[untouched.id]
    assert (moved.version, moved.position) == (2, 0)  # moved up: a change
    assert [m.measure for m in service.get(actor, rid).data.measures] == [
        "Посещение", "Беседа", "Тренинг"]
    assert register.db.execute_sql("SELECT count(*) FROM plan_measure WHERE deleted = 1"
                                   ).fetchone()[0] == 1


def test_unchanged_rows_keep_their_version(service: RegistrationService, actor: Actor,
                                           kid: int) -> None:
    rid = service.save(actor, entry(kid, measures=[measure(), measure(measure="Кружок")]))
    record = service.get(actor, rid)
    record.data.curator = "Сейітова А.Қ."
    service.save(actor, record.data, rid)
    assert {m.version for m in models.PlanMeasure.select()} == {1}
    assert {r.version for r in models.RegistrationReview.select()} == {1}
    assert models.Registration.get_by_id(rid).version == 2


# --- reviews ----------------------------------------------------------------------------------

BAD_REVIEW = [
    (review(review_date=None), "review_date", "required"),
    (review(review_date=FUTURE, next_review_on=FUTURE + timedelta(days=90)), "review_date",
     "date_future"),
    (review(review_date=START - timedelta(days=1)), "review_date", "date_order"),
    (review(summary=""), "summary", "required"),
    (review(summary="х" * 2001), "summary", "too_long"),
    (review(decision="х" * 2001), "decision", "too_long"),
    (review(next_review_on=START + timedelta(days=90)), "next_review_on", "review_next_after"),
    (review(next_review_on=START + timedelta(days=89)), "next_review_on", "review_next_after"),
    (review(next_review_on=TODAY + timedelta(days=6 * 366)), "next_review_on", "date_too_far"),
]


@pytest.mark.parametrize(("bad", "row_field", "problem"), BAD_REVIEW,
                         ids=[f"{f}-{p}-{i}" for i, (_, f, p) in enumerate(BAD_REVIEW)])
def test_bad_review_is_reported_with_its_row(
        service: RegistrationService, actor: Actor, register_snapshot: Snapshot, kid: int,
        bad: ReviewData, row_field: str, problem: str) -> None:
    service.save(actor, entry(kid, ground="learning"))
    err = refuse(service, actor, register_snapshot, entry(kid, reviews=[review(), bad]),
                 "reviews", "review_invalid")
    error = err.for_field("reviews")
    assert (error.params["row"], error.params["row_field"], error.params["problem"]) == (
        2, row_field, problem)
    assert error.message.startswith("Review 2: ")


def test_review_after_removal(service: RegistrationService, actor: Actor,
                              register_snapshot: Snapshot, kid: int) -> None:
    removed = START + timedelta(days=60)
    data = entry(kid, removed_on=removed, removal_reason="transfer", removal_protocol_no="2")
    err = refuse(service, actor, register_snapshot, data, "reviews", "review_invalid")
    error = err.for_field("reviews")
    assert (error.params["row"], error.params["row_field"], error.params["problem"],
            error.params["other"]) == (1, "review_date", "review_after_removal",
                                       removed.strftime("%d.%m.%Y"))


def test_reviews_kept_in_date_order(service: RegistrationService, actor: Actor,
                                    kid: int) -> None:
    later = review(review_date=START + timedelta(days=180), next_review_on=None)
    rid = service.save(actor, entry(kid, reviews=[later, review()]))
    dates = [r.review_date for r in service.get(actor, rid).data.reviews]
    assert dates == sorted(dates)


def test_review_deleted_as_tombstone(service: RegistrationService, actor: Actor,
                                     kid: int) -> None:
    rid = service.save(actor, entry(kid))
    record = service.get(actor, rid)
    record.data.reviews = []
    service.save(actor, record.data, rid)
    assert service.get(actor, rid).data.reviews == []
    assert [r.deleted for r in models.RegistrationReview.select()] == [True]


# --- editing, archive, reading ----------------------------------------------------------------

def test_edit_bumps_version_time_and_device(service: RegistrationService, actor: Actor,
                                            register: Register, kid: int) -> None:
    rid = service.save(actor, entry(kid))
    created = models.Registration.get_by_id(rid)
    assert (created.version, created.updated_by) == (1, actor.device_id)
    old = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE registration SET updated_at = ? WHERE id = ?", (old, rid))
    record = service.get(actor, rid)
    record.data.notes = "Өзгерді"
    service.save(Actor("local", "social_pedagogue", "device-B"), record.data, rid)
    edited = models.Registration.get_by_id(rid)
    assert (edited.version, edited.updated_by, edited.uid) == (2, "device-B", created.uid)
    assert edited.updated_at > old


def test_bad_edit_changes_nothing(service: RegistrationService, actor: Actor,
                                  register_snapshot: Snapshot, kid: int) -> None:
    rid = service.save(actor, entry(kid))
    record = service.get(actor, rid)
    record.data.curator = "Жаңа куратор"
    record.data.measures.append(measure(status="done"))
    refuse(service, actor, register_snapshot, record.data, "measures", "measure_invalid", rid)


def test_missing_entries(service: RegistrationService, actor: Actor, kid: int) -> None:
    with pytest.raises(NotFound):
        service.get(actor, 4321)
    with pytest.raises(NotFound):
        service.save(actor, entry(kid), 4321)
    with pytest.raises(NotFound):
        service.archive(actor, 4321)
    with pytest.raises(NotFound):
        service.restore(actor, 4321)


def test_archive_and_restore(service: RegistrationService, actor: Actor, kid: int) -> None:
    rid = service.save(actor, entry(kid))
    service.archive(actor, rid)
    row = models.Registration.get_by_id(rid)
    assert (row.deleted, row.version) == (True, 2)
    assert service.for_student(actor, kid) == []
    assert [r.archived for r in service.for_student(actor, kid, include_archived=True)] == [True]
    with pytest.raises(NotFound):
        service.get(actor, rid)
    with pytest.raises(NotFound):
        service.archive(actor, rid)
    # an archived entry no longer blocks the ground
    other = service.save(actor, entry(kid, measures=[], reviews=[]))
    with pytest.raises(ValidationError) as err:
        service.restore(actor, rid)
    assert problems(err.value) == {("ground", "registration_duplicate")}
    service.archive(actor, other)
    service.restore(actor, rid)
    assert service.get(actor, rid).version == 3  # archived, restored
    assert len(service.get(actor, rid).data.measures) == 1


def test_rows_of_a_child_newest_first(service: RegistrationService, actor: Actor, kid: int,
                                      make_student: Callable[..., int]) -> None:
    old = service.save(actor, entry(kid, ground="learning", start_date=date(2024, 9, 2),
                                    measures=[], reviews=[], removed_on=date(2025, 5, 25),
                                    removal_reason="positive_dynamics",
                                    removal_protocol_no="9"))
    new = service.save(actor, entry(kid, ground="suicidal_risk", kind="commission"))
    service.save(actor, entry(make_student()))
    rows = service.for_student(actor, kid)
    assert [r.id for r in rows] == [new, old]
    assert tuple(rows[1]) == (old, "school", "learning", date(2024, 9, 2), "3",
                              "Әбдірахманова Г.М.", date(2025, 5, 25), "positive_dynamics",
                              False, False)
    assert rows[0].restricted and rows[0].kind == "commission"


# --- timeline, due, counts --------------------------------------------------------------------

def test_timeline(service: RegistrationService, actor: Actor, kid: int,
                  make_student: Callable[..., int]) -> None:
    removed = service.save(actor, entry(kid, ground="learning", start_date=date(2024, 9, 2),
                                        measures=[], reviews=[], removed_on=date(2025, 5, 25),
                                        removal_reason="positive_dynamics",
                                        removal_protocol_no="9"))
    active = service.save(actor, entry(kid, ground="violence_victim", kind="police"))
    archived = service.save(actor, entry(kid, ground="absence", kind="commission"))
    service.archive(actor, archived)
    service.save(actor, entry(make_student()))
    entries = sorted(service.timeline(actor, kid), key=lambda e: e.when)
    assert [(e.when, e.kind, e.record_id, e.title, e.detail, e.restricted) for e in entries] == [
        (date(2024, 9, 2), "registration", removed, "learning difficulties", "school register",
         False),
        (date(2025, 5, 25), "registration", removed, "learning difficulties",
         "positive dynamics", False),
        (START, "registration", active, "victim of violence", "police (ОЮП)", True),
    ]


@pytest.fixture
def due_setup(service: RegistrationService, actor: Actor, kid: int,
              make_student: Callable[..., int], make_family: Callable[..., int],
              student_service: StudentService) -> dict[str, int]:
    soon, late = TODAY + timedelta(days=14), TODAY + timedelta(days=15)
    overdue = TODAY - timedelta(days=40)
    ids = {"kid": kid}
    ids["main"] = service.save(actor, entry(kid, measures=[
        measure(measure="Беседа с родителями", deadline=overdue),
        measure(measure="Кружок", deadline=soon),
        measure(measure="Поздно", deadline=late),
        measure(measure="Сделано", deadline=overdue, status="done", result="да"),
        measure(measure="Отменено", deadline=overdue, status="cancelled"),
        measure(measure="Без срока", deadline=None)],
        reviews=[review(next_review_on=START + timedelta(days=120)),  # superseded by the next
                 review(review_date=START + timedelta(days=120), next_review_on=soon)]))
    ids["later_review"] = service.save(actor, entry(kid, ground="learning", measures=[],
                                                    reviews=[review(next_review_on=late)]))
    removed = service.save(actor, entry(kid, ground="antisocial", removed_on=TODAY,
                                        removal_reason="transfer", removal_protocol_no="1",
                                        measures=[measure(deadline=overdue)]))
    ids["removed"] = removed
    gone = make_student(last_name="Кеткен", first_name="Бала")
    service.save(actor, entry(gone, measures=[measure(deadline=overdue)]))
    student_service.set_archived(actor, gone, True)
    archived = service.save(actor, entry(make_student(), measures=[measure(deadline=overdue)]))
    service.archive(actor, archived)
    fid = make_family(title="Сапаровтар")
    ids["family"] = service.save(actor, entry(None, family_id=fid, ground="difficult",
                                              measures=[measure(measure="Акт ЖБУ",
                                                                deadline=soon)],
                                              reviews=[]))
    ids["fid"] = fid
    return ids


def test_due(service: RegistrationService, actor: Actor, due_setup: dict[str, int]) -> None:
    items = service.due(actor, TODAY)
    got = sorted((i.kind, i.due, i.record_id, i.title, i.student_id, i.family_id) for i in items)
    main, kid, fid = due_setup["main"], due_setup["kid"], due_setup["fid"]
    soon = TODAY + timedelta(days=14)
    assert got == sorted([
        ("measure", TODAY - timedelta(days=40), main, "Жұмабаев Нұрсұлтан: Беседа с родителями",
         kid, None),
        ("measure", soon, main, "Жұмабаев Нұрсұлтан: Кружок", kid, None),
        ("measure", soon, due_setup["family"], "Сапаровтар: Акт ЖБУ", None, fid),
        ("review", soon, main, "Жұмабаев Нұрсұлтан", kid, None),
    ])
    assert all(i.record_kind == "registration" for i in items)
    assert sum(i.overdue(TODAY) for i in items) == 1


def test_due_horizon(service: RegistrationService, actor: Actor,
                     due_setup: dict[str, int]) -> None:
    items = service.due(actor, TODAY, horizon_days=15)
    assert {(i.kind, i.title.split(": ")[-1]) for i in items} >= {("measure", "Поздно")}
    assert due_setup["later_review"] in {i.record_id for i in items if i.kind == "review"}
    assert {i.kind for i in service.due(actor, TODAY, horizon_days=0)} == {"measure"}


def test_due_uses_two_indexed_queries(service: RegistrationService, actor: Actor,
                                      register: Register, monkeypatch: pytest.MonkeyPatch,
                                      due_setup: dict[str, int]) -> None:
    seen: list[str] = []
    real = register.db.execute_sql

    def counting(sql: str, params: Any = None, *args: Any, **kw: Any) -> Any:
        seen.append(sql)
        return real(sql, params, *args, **kw)

    monkeypatch.setattr(register.db, "execute_sql", counting)
    service.due(actor, TODAY)
    assert len(seen) == 2
    monkeypatch.undo()
    plans = [" ".join(str(row[-1]) for row in register.db.execute_sql(
        "EXPLAIN QUERY PLAN " + sql, (TODAY.isoformat(),)).fetchall()) for sql in seen]
    assert "USING INDEX plan_measure_deadline" in plans[0]
    assert "USING INDEX registration_review_next" in plans[1]
    assert all("SCAN" not in plan for plan in plans)


def test_counts(service: RegistrationService, actor: Actor, due_setup: dict[str, int],
                make_student: Callable[..., int]) -> None:
    service.save(actor, entry(make_student(), kind="police", ground="offence"))
    # active: main, later_review, family (school) and the police entry; not the removed one,
    # not the archived child's, not the archived entry
    assert service.counts(actor) == {"school": 3, "police": 1, "commission": 0}


# --- access -----------------------------------------------------------------------------------

def test_director_reads_but_never_writes(service: RegistrationService, register: Register,
                                         actor: Actor, register_snapshot: Snapshot,
                                         kid: int) -> None:
    rid = service.save(actor, entry(kid))
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    for call in (lambda: service.save(director, entry(kid, ground="learning")),
                 lambda: service.save(director, entry(kid), rid),
                 lambda: service.archive(director, rid),
                 lambda: service.restore(director, rid)):
        with pytest.raises(AccessDenied) as denied:
            call()
        assert (denied.value.action, denied.value.record_type) == ("write", "registration")
    assert register_snapshot() == before
    assert service.get(director, rid).id == rid
    assert [r.id for r in service.for_student(director, kid)] == [rid]
    assert service.timeline(director, kid) and service.due(director, TODAY) is not None
    assert service.counts(director)["school"] == 1


# --- the demo register ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    path: Path = tmp_path_factory.mktemp("demo") / "register.db"
    write_demo_register(path, students=400, seed=11, today=TODAY)
    reg = open_register(path)
    yield reg
    reg.close()


def test_demo_entries_are_valid_and_save_unchanged(demo: Register) -> None:
    service = RegistrationService(demo)
    actor = local_actor(demo.device_id)
    ids = [r[0] for r in demo.db.execute_sql("SELECT id FROM registration").fetchall()]
    assert len(ids) > 20
    kinds, removed = set(), 0
    for rid in ids:
        before = service.get(actor, rid)
        assert service.save(actor, before.data, rid) == rid
        after = service.get(actor, rid)
        assert after.data == before.data
        kinds.add(after.data.kind)
        removed += after.data.removed_on is not None
    assert kinds == set(REGISTER_KINDS) and removed > 0
    assert service.due(actor, TODAY) and sum(service.counts(actor).values()) > 0
