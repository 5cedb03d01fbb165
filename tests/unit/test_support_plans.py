"""SupportPlanService: PMPK conclusion, conditions, goals, reviews, one plan at a time, due dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.support_plans import (
    EDUCATION_FORMS,
    PROGRAMMES,
    SPECIALISTS,
    TIMELINE_TITLES,
    GoalData,
    ReviewData,
    SupportPlanData,
    SupportPlanService,
    specialist_codes,
)
from pedagogue_app.services.timeline import DueItem, TimelineEntry

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
PMPK = TODAY - timedelta(days=200)
START = PMPK + timedelta(days=14)
END = START + timedelta(days=365)


@pytest.fixture
def service(register: Register) -> SupportPlanService:
    return SupportPlanService(register)


@pytest.fixture
def student(make_student: Callable[..., int]) -> int:
    return make_student()


def goal(**overrides: Any) -> GoalData:
    values: dict[str, Any] = {"domain": "речь", "goal": "Развитие связной речи",
                              "method": "логопедические занятия", "specialist": "логопед",
                              "frequency": "2 раза в неделю", "period": "учебный год"}
    values.update(overrides)
    return GoalData(**values)


def review(**overrides: Any) -> ReviewData:
    values: dict[str, Any] = {"review_date": START + timedelta(days=90),
                              "progress": "Заметный прогресс в речи",
                              "decision": "продолжить по плану"}
    values.update(overrides)
    return ReviewData(**values)


def plan(student_id: int | None, **overrides: Any) -> SupportPlanData:
    values: dict[str, Any] = {
        "student_id": student_id, "pmpk_no": "164", "pmpk_date": PMPK,
        "pmpk_valid_until": PMPK + timedelta(days=730),
        "need_type": "задержка психического развития", "programme": "adapted",
        "education_form": "inclusive", "specialists": ["speech_therapist", "psychologist"],
        "special_conditions": "Место за первой партой", "start_date": START, "end_date": END,
        "parent_acknowledged_on": START, "goals": [goal()], "reviews": [review()]}
    values.update(overrides)
    return SupportPlanData(**values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(service: SupportPlanService, actor: Actor, snapshot: Snapshot, data: SupportPlanData,
           field: str, code: str, plan_id: int | None = None) -> ValidationError:
    """Saving ``data`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, data, plan_id)
    assert (field, code) in problems(err.value), problems(err.value)
    assert snapshot() == before
    return err.value


# --- a valid plan ------------------------------------------------------------------------------

def test_every_field_round_trips(service: SupportPlanService, actor: Actor, student: int) -> None:
    data = plan(student, goals=[goal(), goal(domain="эмоции", goal="Снижение тревожности",
                                             method="арт-терапия", specialist="педагог-психолог",
                                             frequency="1 раз в неделю", period="I полугодие")],
                reviews=[review(), review(review_date=START + timedelta(days=150),
                                          progress="Мақсаттарға қол жеткізілді", decision="")])
    pid = service.save(actor, data)
    record = service.get(actor, pid)
    stored = record.data
    for name in ("student_id", "pmpk_no", "pmpk_date", "pmpk_valid_until", "need_type",
                 "programme", "education_form", "specialists", "special_conditions",
                 "start_date", "end_date", "parent_acknowledged_on"):
        assert getattr(stored, name) == getattr(data, name), name
    assert [(g.domain, g.goal, g.method, g.specialist, g.frequency, g.period)
            for g in stored.goals] == [
        ("речь", "Развитие связной речи", "логопедические занятия", "логопед",
         "2 раза в неделю", "учебный год"),
        ("эмоции", "Снижение тревожности", "арт-терапия", "педагог-психолог", "1 раз в неделю",
         "I полугодие")]
    assert [(r.review_date, r.progress, r.decision) for r in stored.reviews] == [
        (START + timedelta(days=90), "Заметный прогресс в речи", "продолжить по плану"),
        (START + timedelta(days=150), "Мақсаттарға қол жеткізілді", "")]
    assert (record.student_name, record.student_class, record.version) == (
        "Оспанова Айжан Серікқызы", "5А", 1)
    row = models.SupportPlan.get_by_id(pid)
    assert (row.specialists, row.updated_by) == ("speech_therapist,psychologist", actor.device_id)


@pytest.mark.parametrize("programme", list(PROGRAMMES))
@pytest.mark.parametrize("form", list(EDUCATION_FORMS))
def test_every_programme_and_form(service: SupportPlanService, actor: Actor, student: int,
                                  programme: str, form: str) -> None:
    pid = service.save(actor, plan(student, programme=programme, education_form=form))
    stored = service.get(actor, pid).data
    assert (stored.programme, stored.education_form) == (programme, form)


def test_text_is_trimmed(service: SupportPlanService, actor: Actor, student: int) -> None:
    pid = service.save(actor, plan(student, pmpk_no="  № 12 / 2025 ", need_type=" ТНР  ",
                                   special_conditions="  пандус\n", goals=[goal(domain=" речь ")],
                                   reviews=[review(progress=" есть прогресс ")]))
    stored = service.get(actor, pid).data
    assert (stored.pmpk_no, stored.need_type, stored.special_conditions) == (
        "№ 12 / 2025", "ТНР", "пандус")
    assert (stored.goals[0].domain, stored.reviews[0].progress) == ("речь", "есть прогресс")


def test_only_no_and_date_of_the_conclusion_and_the_start_are_required(
        service: SupportPlanService, actor: Actor, student: int) -> None:
    data = SupportPlanData(student_id=student, pmpk_no="7", pmpk_date=PMPK, start_date=PMPK)
    pid = service.save(actor, data)
    stored = service.get(actor, pid).data
    assert (stored.pmpk_valid_until, stored.end_date, stored.specialists, stored.goals,
            stored.programme, stored.education_form) == (None, None, [], [], "general",
                                                         "inclusive")


def test_a_draft_without_goals_is_saved(service: SupportPlanService, actor: Actor,
                                        student: int) -> None:
    """The conclusion is recorded the day it arrives; goals follow within days."""
    pid = service.save(actor, plan(student, goals=[], reviews=[], parent_acknowledged_on=None))
    assert service.get(actor, pid).data.goals == []
    assert service.for_student(actor, student)[0].goals == 0


def test_boundaries_are_accepted(service: SupportPlanService, actor: Actor, student: int) -> None:
    day = date(2024, 2, 29)
    data = plan(student, pmpk_date=day, pmpk_valid_until=date(2029, 2, 28), start_date=day,
                end_date=date(2029, 2, 28), parent_acknowledged_on=day,
                reviews=[review(review_date=day), review(review_date=TODAY)])
    pid = service.save(actor, data)
    assert service.get(actor, pid).data.pmpk_valid_until == date(2029, 2, 28)
    service.save(actor, plan(student, pmpk_date=TODAY, start_date=TODAY, end_date=TODAY,
                             pmpk_valid_until=TODAY + timedelta(days=1), parent_acknowledged_on=TODAY,
                             reviews=[review(review_date=TODAY)]), pid)
    ahead = TODAY + timedelta(days=366)
    service.save(actor, plan(student, start_date=ahead, end_date=None, reviews=[],
                             parent_acknowledged_on=None), pid)
    assert service.get(actor, pid).data.start_date == ahead


# --- bad plans ---------------------------------------------------------------------------------

BAD_PLAN = [
    ({"pmpk_no": ""}, "pmpk_no", "required"),
    ({"pmpk_no": "   "}, "pmpk_no", "required"),
    ({"pmpk_no": "1" * 31}, "pmpk_no", "too_long"),
    ({"pmpk_date": None}, "pmpk_date", "required"),
    ({"pmpk_date": TODAY + timedelta(days=1)}, "pmpk_date", "date_future"),
    ({"pmpk_date": date(1850, 1, 1)}, "pmpk_date", "date_too_old"),
    ({"pmpk_valid_until": PMPK}, "pmpk_valid_until", "pmpk_valid_order"),
    ({"pmpk_valid_until": PMPK - timedelta(days=1)}, "pmpk_valid_until", "pmpk_valid_order"),
    ({"pmpk_valid_until": PMPK.replace(year=PMPK.year + 5) + timedelta(days=1)},
     "pmpk_valid_until", "pmpk_term"),
    ({"pmpk_valid_until": date(2200, 1, 1)}, "pmpk_valid_until", "pmpk_term"),
    ({"need_type": "х" * 201}, "need_type", "too_long"),
    ({"programme": ""}, "programme", "bad_choice"),
    ({"programme": "mainstream"}, "programme", "bad_choice"),
    ({"education_form": "distance"}, "education_form", "bad_choice"),
    ({"education_form": ""}, "education_form", "bad_choice"),
    ({"specialists": ["nurse"]}, "specialists", "bad_choice"),
    ({"specialists": ["psychologist", "нейропсихолог"]}, "specialists", "bad_choice"),
    ({"special_conditions": "х" * 2001}, "special_conditions", "too_long"),
    ({"start_date": None}, "start_date", "required"),
    ({"start_date": PMPK - timedelta(days=1)}, "start_date", "date_order"),
    ({"start_date": TODAY + timedelta(days=367), "end_date": None, "reviews": [],
      "parent_acknowledged_on": None}, "start_date", "date_too_far"),
    ({"end_date": START - timedelta(days=1)}, "end_date", "date_order"),
    ({"end_date": START.replace(year=START.year + 5) + timedelta(days=1)}, "end_date",
     "support_plan_too_long"),
    ({"parent_acknowledged_on": TODAY + timedelta(days=1)}, "parent_acknowledged_on",
     "date_future"),
    ({"parent_acknowledged_on": PMPK - timedelta(days=1)}, "parent_acknowledged_on",
     "date_order"),
    ({"goals": [], "reviews": [review()], "parent_acknowledged_on": None}, "goals",
     "support_goals_needed"),
    ({"goals": [], "reviews": []}, "goals", "support_goals_needed"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_PLAN,
                         ids=[f"{f}-{c}-{i}" for i, (_, f, c) in enumerate(BAD_PLAN)])
def test_bad_plan_is_refused_and_nothing_stored(
        service: SupportPlanService, actor: Actor, register_snapshot: Snapshot, student: int,
        make_student: Callable[..., int], overrides: dict[str, Any], field: str,
        code: str) -> None:
    service.save(actor, plan(make_student()))  # the register is not empty
    refuse(service, actor, register_snapshot, plan(student, **overrides), field, code)


def test_messages_name_the_dates_and_limits(service: SupportPlanService, student: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(plan(student, pmpk_date=date(2025, 3, 4), start_date=date(2025, 3, 1),
                              pmpk_valid_until=date(2031, 1, 1), parent_acknowledged_on=None,
                              reviews=[]))
    assert err.value.for_field("start_date").message == \
        "This date cannot be before 04.03.2025."
    assert err.value.for_field("pmpk_valid_until").message == \
        "A PMPK conclusion is valid for at most 5 years: check the year."


@pytest.mark.parametrize("student_id", [None, 4321])
def test_plan_needs_a_student(service: SupportPlanService, actor: Actor,
                              register_snapshot: Snapshot, student: int,
                              student_id: int | None) -> None:
    refuse(service, actor, register_snapshot, plan(student_id), "student_id", "choose_student")


def test_every_problem_is_reported_at_once(service: SupportPlanService, student: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(plan(student, pmpk_no="", pmpk_date=None, programme="x",
                              goals=[goal(goal="")], reviews=[review(progress="")]))
    assert problems(err.value) == {("pmpk_no", "required"), ("pmpk_date", "required"),
                                   ("programme", "bad_choice"), ("goals", "support_goal_invalid"),
                                   ("reviews", "support_review_invalid")}


# --- goals and reviews -------------------------------------------------------------------------

BAD_GOAL = [
    (goal(domain=""), "domain", "required"),
    (goal(domain="   "), "domain", "required"),
    (goal(goal=""), "goal", "required"),
    (goal(goal=" \n "), "goal", "required"),
    (goal(domain="х" * 201), "domain", "too_long"),
    (goal(goal="х" * 2001), "goal", "too_long"),
    (goal(method="х" * 2001), "method", "too_long"),
    (goal(specialist="х" * 201), "specialist", "too_long"),
    (goal(frequency="х" * 201), "frequency", "too_long"),
    (goal(period="х" * 201), "period", "too_long"),
]


@pytest.mark.parametrize(("bad", "row_field", "problem"), BAD_GOAL,
                         ids=[f"{f}-{p}-{i}" for i, (_, f, p) in enumerate(BAD_GOAL)])
def test_bad_goal_is_reported_with_its_row(service: SupportPlanService, actor: Actor,
                                           register_snapshot: Snapshot, student: int,
                                           bad: GoalData, row_field: str, problem: str) -> None:
    err = refuse(service, actor, register_snapshot, plan(student, goals=[goal(), bad]), "goals",
                 "support_goal_invalid")
    error = err.for_field("goals")
    assert (error.params["row"], error.params["row_field"], error.params["problem"]) == (
        2, row_field, problem)
    assert error.message.startswith("Goal 2: ")


BAD_REVIEW = [
    (review(review_date=None), "review_date", "required"),
    (review(review_date=TODAY + timedelta(days=1)), "review_date", "date_future"),
    (review(review_date=START - timedelta(days=1)), "review_date", "date_order"),
    (review(progress=""), "progress", "required"),
    (review(progress="х" * 2001), "progress", "too_long"),
    (review(decision="х" * 2001), "decision", "too_long"),
]


@pytest.mark.parametrize(("bad", "row_field", "problem"), BAD_REVIEW,
                         ids=[f"{f}-{p}-{i}" for i, (_, f, p) in enumerate(BAD_REVIEW)])
def test_bad_review_is_reported_with_its_row(service: SupportPlanService, actor: Actor,
                                             register_snapshot: Snapshot, student: int,
                                             bad: ReviewData, row_field: str,
                                             problem: str) -> None:
    err = refuse(service, actor, register_snapshot, plan(student, reviews=[bad]), "reviews",
                 "support_review_invalid")
    error = err.for_field("reviews")
    assert (error.params["row"], error.params["row_field"], error.params["problem"]) == (
        1, row_field, problem)
    assert error.message.startswith("Review 1: ")


def test_review_before_the_start_names_the_start(service: SupportPlanService,
                                                 student: int) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(plan(student, start_date=date(2025, 9, 1), pmpk_date=date(2025, 8, 15),
                              reviews=[review(review_date=date(2025, 8, 31))]))
    error = err.value.for_field("reviews")
    assert error.params["other"] == "01.09.2025"


def test_goals_and_reviews_updated_added_and_tombstoned(
        service: SupportPlanService, actor: Actor, register: Register, student: int) -> None:
    pid = service.save(actor, plan(student, goals=[goal(), goal(domain="моторика", goal="Лепка")],
                                   reviews=[review(), review(progress="второй")]))
    record = service.get(actor, pid)
    kept, removed = record.data.goals
    kept.frequency = "ежедневно"
    record.data.goals = [kept, goal(domain="общение", goal="Игры в паре")]
    record.data.reviews = record.data.reviews[1:]
    other = Actor(username="local", role="social_pedagogue", device_id="device-B")
    service.save(other, record.data, pid)

    rows = {g.id: g for g in models.SupportGoal.select().where(models.SupportGoal.plan == pid)}
    assert len(rows) == 3
    assert (rows[removed.id].deleted, rows[removed.id].version,
            rows[removed.id].updated_by) == (True, 2, "device-B")
    assert (rows[kept.id].deleted, rows[kept.id].version, rows[kept.id].frequency) == (
        False, 2, "ежедневно")
    stored = service.get(actor, pid)
    assert [g.domain for g in stored.data.goals] == ["речь", "общение"]
    assert [r.progress for r in stored.data.reviews] == ["второй"]
    assert stored.version == 2
    deleted = register.db.execute_sql(
        "SELECT count(*) FROM support_review WHERE plan_id = ? AND deleted = 1", (pid,))
    assert deleted.fetchone()[0] == 1


def test_reviews_are_listed_by_date(service: SupportPlanService, actor: Actor,
                                    student: int) -> None:
    late, early = START + timedelta(days=120), START + timedelta(days=30)
    pid = service.save(actor, plan(student, reviews=[review(review_date=late, progress="2"),
                                                     review(review_date=early, progress="1")]))
    assert [r.progress for r in service.get(actor, pid).data.reviews] == ["1", "2"]


def test_a_goal_id_of_another_plan_is_not_taken_over(service: SupportPlanService, actor: Actor,
                                                     make_student: Callable[..., int],
                                                     student: int) -> None:
    first = service.save(actor, plan(student))
    foreign = service.get(actor, first).data.goals[0].id
    second = service.save(actor, plan(make_student(), goals=[goal(id=foreign, goal="Чужая")]))
    assert service.get(actor, first).data.goals[0].goal == "Развитие связной речи"
    assert service.get(actor, second).data.goals[0].id != foreign


# --- specialists -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "codes"), [
    ("", []),
    ("assistant,speech_therapist", ["speech_therapist", "assistant"]),
    ("логопед, дефектолог, педагог-психолог, ассистент педагога",  # as the demo writes them
     ["speech_therapist", "defectologist", "psychologist", "assistant"]),
    ("Логопед,  логопед ,psychologist", ["speech_therapist", "psychologist"]),
    ("мұғалім-логопед, педагог ассистенті", ["speech_therapist", "assistant"]),
    ("нейропсихолог, логопед", ["speech_therapist", "нейропсихолог"]),
])
def test_specialist_codes(text: str, codes: list[str]) -> None:
    assert specialist_codes(text) == codes


def test_specialists_stored_as_codes_in_list_order(service: SupportPlanService, actor: Actor,
                                                   student: int) -> None:
    pid = service.save(actor, plan(student, specialists=["assistant", "defectologist",
                                                         "assistant"]))
    assert models.SupportPlan.get_by_id(pid).specialists == "defectologist,assistant"
    assert service.get(actor, pid).data.specialists == ["defectologist", "assistant"]
    assert list(SPECIALISTS) == ["speech_therapist", "defectologist", "psychologist", "assistant"]


def _demo_like_plan(student: int, actor: Actor) -> int:
    """A plan written straight through the models, as pedagogue_app/demo.py writes one."""
    pid = models.SupportPlan.create(
        student=student, pmpk_no="164", pmpk_date=PMPK, pmpk_valid_until=PMPK + timedelta(365),
        specialists="логопед, дефектолог, педагог-психолог, ассистент педагога",
        special_conditions="Место за первой партой, дополнительное время на задания",
        need_type="тяжёлые нарушения речи", start_date=START, end_date=START + timedelta(365),
        programme="individual", education_form="special_class", parent_acknowledged_on=START,
        updated_by=actor.device_id).id
    for domain, text, method, specialist in (
            ("речь", "Развитие связной речи", "логопедические занятия", "логопед"),
            ("учёба", "Освоение программы по математике", "индивидуальные задания",
             "учитель-ассистент")):
        models.SupportGoal.create(plan=pid, domain=domain, goal=text, method=method,
                                  specialist=specialist, frequency="1 раз в неделю",
                                  period="учебный год", updated_by=actor.device_id)
    models.SupportReview.create(plan=pid, review_date=START + timedelta(120),
                                progress="Цели частично достигнуты",
                                decision="продолжить по плану", updated_by=actor.device_id)
    return int(pid)


def test_demo_record_reads_and_saves_unchanged(service: SupportPlanService, actor: Actor,
                                               student: int) -> None:
    pid = _demo_like_plan(student, actor)
    record = service.get(actor, pid)
    assert record.data.specialists == ["speech_therapist", "defectologist", "psychologist",
                                       "assistant"]
    service.save(actor, record.data, pid)
    again = service.get(actor, pid)
    assert again.data == record.data
    assert again.version == 2


# --- one plan at a time ------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "end"), [
    (START, END),  # the same period
    (START + timedelta(days=10), START + timedelta(days=20)),  # inside
    (START - timedelta(days=5), START),  # ends the day the other starts
    (END, END + timedelta(days=100)),  # starts the day the other ends
    (PMPK, None),  # open-ended, from before
    (END - timedelta(days=1), None),
])
def test_overlapping_plans_are_refused(service: SupportPlanService, actor: Actor,
                                       register_snapshot: Snapshot, student: int,
                                       start: date, end: date | None) -> None:
    service.save(actor, plan(student, pmpk_no="12"))
    err = refuse(service, actor, register_snapshot,
                 plan(student, pmpk_date=min(PMPK, start), start_date=start, end_date=end,
                      reviews=[], parent_acknowledged_on=None), "start_date",
                 "support_plan_overlap")
    error = err.for_field("start_date")
    assert error.params == {"no": "12", "start": START.strftime("%d.%m.%Y"),
                            "end": END.strftime("%d.%m.%Y")}


def test_an_open_ended_plan_blocks_later_plans(service: SupportPlanService, actor: Actor,
                                               register_snapshot: Snapshot,
                                               student: int) -> None:
    pid = service.save(actor, plan(student, end_date=None))
    later = plan(student, start_date=END + timedelta(days=30), end_date=None, reviews=[],
                 parent_acknowledged_on=None)
    err = refuse(service, actor, register_snapshot, later, "start_date", "support_plan_overlap")
    assert err.for_field("start_date").params["end"] == "…"
    record = service.get(actor, pid)
    record.data.end_date = END  # ending the old plan lets the new one in
    service.save(actor, record.data, pid)
    service.save(actor, later)
    assert len(service.for_student(actor, student)) == 2


def test_consecutive_plans_and_other_children_are_fine(service: SupportPlanService,
                                                       actor: Actor, student: int,
                                                       make_student: Callable[..., int]) -> None:
    service.save(actor, plan(student))
    service.save(actor, plan(student, start_date=END + timedelta(days=1), end_date=None,
                             reviews=[], parent_acknowledged_on=None))
    service.save(actor, plan(make_student(), pmpk_no="99"))
    assert len(service.for_student(actor, student)) == 2


def test_editing_a_plan_does_not_overlap_itself(service: SupportPlanService, actor: Actor,
                                                register_snapshot: Snapshot,
                                                student: int) -> None:
    first = service.save(actor, plan(student))
    second = service.save(actor, plan(student, pmpk_no="200", start_date=END + timedelta(days=1),
                                      end_date=None, reviews=[], parent_acknowledged_on=None))
    record = service.get(actor, first)
    record.data.end_date = END - timedelta(days=10)
    service.save(actor, record.data, first)
    moved = service.get(actor, second)
    moved.data.start_date = END - timedelta(days=10)
    refuse(service, actor, register_snapshot, moved.data, "start_date", "support_plan_overlap",
           plan_id=second)


def test_an_archived_plan_does_not_block(service: SupportPlanService, actor: Actor,
                                         student: int) -> None:
    pid = service.save(actor, plan(student))
    service.archive(actor, pid)
    service.save(actor, plan(student, pmpk_no="new"))
    assert [r.pmpk_no for r in service.for_student(actor, student)] == ["new"]


# --- archive and restore -----------------------------------------------------------------------

def test_archive_keeps_a_tombstone_and_restore_brings_it_back(
        service: SupportPlanService, actor: Actor, student: int) -> None:
    pid = service.save(actor, plan(student))
    service.archive(actor, pid)
    row = models.SupportPlan.get_by_id(pid)
    assert (row.deleted, row.version) == (True, 2)
    with pytest.raises(NotFound):
        service.get(actor, pid)
    assert service.for_student(actor, student) == []
    assert service.timeline(actor, student) == []
    assert service.due(actor, TODAY, 3650) == []
    with pytest.raises(NotFound):
        service.archive(actor, pid)
    service.restore(actor, pid)
    assert service.get(actor, pid).version == 3
    assert len(service.get(actor, pid).data.goals) == 1
    with pytest.raises(NotFound):
        service.restore(actor, pid)


def test_restore_is_refused_when_another_plan_took_the_period(
        service: SupportPlanService, actor: Actor, register_snapshot: Snapshot,
        student: int) -> None:
    pid = service.save(actor, plan(student))
    service.archive(actor, pid)
    service.save(actor, plan(student, pmpk_no="new"))
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        service.restore(actor, pid)
    assert ("start_date", "support_plan_overlap") in problems(err.value)
    assert register_snapshot() == before


def test_missing_plans(service: SupportPlanService, actor: Actor, student: int) -> None:
    with pytest.raises(NotFound):
        service.get(actor, 4321)
    with pytest.raises(NotFound):
        service.save(actor, plan(student), 4321)
    with pytest.raises(NotFound):
        service.restore(actor, 4321)


def test_edit_bumps_version_time_and_device(service: SupportPlanService, actor: Actor,
                                            register: Register, student: int) -> None:
    pid = service.save(actor, plan(student))
    created = models.SupportPlan.get_by_id(pid)
    old_time = datetime(2020, 1, 1, 8, 0)
    register.db.execute_sql("UPDATE support_plan SET updated_at = ? WHERE id = ?",
                            (old_time, pid))
    record = service.get(actor, pid)
    record.data.special_conditions = "пандус"
    service.save(Actor("local", "social_pedagogue", "device-B"), record.data, pid)
    edited = models.SupportPlan.get_by_id(pid)
    assert (edited.version, edited.updated_by, edited.uid) == (2, "device-B", created.uid)
    assert edited.updated_at > old_time


# --- lists: for_student, current_for -----------------------------------------------------------

def test_for_student_latest_first_and_current(service: SupportPlanService, actor: Actor,
                                              student: int,
                                              make_student: Callable[..., int]) -> None:
    old = service.save(actor, plan(student, pmpk_no="1", pmpk_date=date(2022, 5, 1),
                                   pmpk_valid_until=date(2023, 5, 1), start_date=date(2022, 9, 1),
                                   end_date=date(2023, 5, 31), parent_acknowledged_on=None,
                                   reviews=[]))
    new = service.save(actor, plan(student, pmpk_no="2"))
    service.save(actor, plan(make_student(), pmpk_no="3"))
    rows = service.for_student(actor, student)
    assert [r.id for r in rows] == [new, old]
    assert rows[0] == (new, student, "2", PMPK, PMPK + timedelta(days=730),
                       "задержка психического развития", "adapted", "inclusive",
                       "speech_therapist,psychologist", START, END, 1)
    assert service.current_for(actor, student).id == new  # type: ignore[union-attr]
    assert service.current_for(actor, student, date(2022, 9, 1)).id == old  # type: ignore[union-attr]
    assert service.current_for(actor, student, date(2023, 5, 31)).id == old  # type: ignore[union-attr]
    assert service.current_for(actor, student, date(2023, 6, 1)) is None
    assert service.current_for(actor, student, END + timedelta(days=1)) is None
    assert service.current_for(actor, student, END).id == new  # type: ignore[union-attr]


def test_current_for_an_open_ended_plan(service: SupportPlanService, actor: Actor,
                                        student: int) -> None:
    pid = service.save(actor, plan(student, end_date=None))
    assert service.current_for(actor, student, date(2099, 1, 1)).id == pid  # type: ignore[union-attr]
    assert service.current_for(actor, student, START - timedelta(days=1)) is None


# --- timeline ----------------------------------------------------------------------------------

def test_timeline_has_the_plan_and_each_review(service: SupportPlanService, actor: Actor,
                                               student: int,
                                               make_student: Callable[..., int]) -> None:
    pid = service.save(actor, plan(student, reviews=[
        review(progress="Прогресс незначительный", decision="усилить занятия"),
        review(review_date=START + timedelta(days=150), progress="Цели достигнуты",
               decision="")]))
    service.save(actor, plan(make_student(), pmpk_no="other"))
    assert service.timeline(actor, student) == [
        TimelineEntry(PMPK, "support_plan", pid, "PMPK conclusion and support plan",
                      f"№ 164; задержка психического развития; {START:%d.%m.%Y} – {END:%d.%m.%Y}"),
        TimelineEntry(START + timedelta(days=90), "support_plan", pid, "support plan review",
                      "Прогресс незначительный; усилить занятия"),
        TimelineEntry(START + timedelta(days=150), "support_plan", pid, "support plan review",
                      "Цели достигнуты"),
    ]
    assert all(e.title in TIMELINE_TITLES.values() for e in service.timeline(actor, student))
    record = service.get(actor, pid)
    record.data.reviews = record.data.reviews[:1]  # a removed review leaves the chronology
    record.data.end_date = None
    service.save(actor, record.data, pid)
    entries = service.timeline(actor, student)
    assert len(entries) == 2
    assert entries[0].detail == f"№ 164; задержка психического развития; {START:%d.%m.%Y}"
    assert not any(e.restricted for e in entries)


# --- due ---------------------------------------------------------------------------------------

def _expiring(service: SupportPlanService, actor: Actor, student: int, until: date,
              **overrides: Any) -> int:
    return service.save(actor, plan(student, pmpk_valid_until=until, **overrides))


def test_due_lists_conclusions_expiring_within_the_horizon(
        service: SupportPlanService, actor: Actor, make_student: Callable[..., int]) -> None:
    expired = _expiring(service, actor, make_student(last_name="Бекова"),
                        TODAY - timedelta(days=3))
    edge = _expiring(service, actor, make_student(last_name="Әлиева", class_letter="Ә"),
                     TODAY + timedelta(days=30))
    _expiring(service, actor, make_student(), TODAY + timedelta(days=31))
    _expiring(service, actor, make_student(), None)  # type: ignore[arg-type]
    items = service.due(actor, TODAY)
    assert [i.record_id for i in items] == [expired, edge]
    first = items[0]
    assert first == DueItem(due=TODAY - timedelta(days=3), kind="pmpk_expiry",
                            record_kind="support_plan", record_id=expired,
                            title="Бекова Айжан Серікқызы (5А): № 164",
                            student_id=first.student_id)
    assert first.overdue(TODAY) and not items[1].overdue(TODAY)
    assert [i.record_id for i in service.due(actor, TODAY, 14)] == [expired]
    assert len(service.due(actor, TODAY, 31)) == 3


def test_due_skips_superseded_archived_and_departed(
        service: SupportPlanService, actor: Actor, student_service: Any,
        make_student: Callable[..., int]) -> None:
    renewed = make_student()
    _expiring(service, actor, renewed, TODAY - timedelta(days=10), end_date=TODAY - timedelta(1))
    service.save(actor, plan(renewed, pmpk_no="new", pmpk_date=TODAY - timedelta(days=5),
                             start_date=TODAY, end_date=None, pmpk_valid_until=TODAY + timedelta(700),
                             reviews=[], parent_acknowledged_on=None))
    archived_plan = _expiring(service, actor, make_student(), TODAY)
    service.archive(actor, archived_plan)
    left_school = make_student()
    _expiring(service, actor, left_school, TODAY)
    student_service.set_archived(actor, left_school, True)
    still_due = _expiring(service, actor, make_student(), TODAY)
    assert [i.record_id for i in service.due(actor, TODAY)] == [still_due]


def test_due_runs_one_query_on_the_index(service: SupportPlanService, actor: Actor,
                                         register: Register) -> None:
    plans: list[str] = []
    original = register.db.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        plans.append(sql)
        return original(sql, params, *args, **kwargs)

    register.db.execute_sql = spy  # type: ignore[method-assign]
    try:
        service.due(actor, TODAY)
    finally:
        register.db.execute_sql = original  # type: ignore[method-assign]
    assert len(plans) == 1
    explain = original("EXPLAIN QUERY PLAN " + plans[0], (TODAY.isoformat(),)).fetchall()
    details = " | ".join(str(row[-1]) for row in explain)
    assert "USING INDEX support_plan_valid" in details, details
    assert "SCAN s" not in details and "SCAN p" not in details, details


# --- access and messages -----------------------------------------------------------------------

def test_director_reads_but_never_writes(service: SupportPlanService, register: Register,
                                         register_snapshot: Snapshot, actor: Actor,
                                         student: int) -> None:
    pid = service.save(actor, plan(student))
    director = Actor(username="director", role="director", device_id=register.device_id)
    before = register_snapshot()
    with pytest.raises(AccessDenied) as denied:
        service.save(director, plan(student, start_date=END + timedelta(days=1), end_date=None))
    assert (denied.value.action, denied.value.record_type) == ("write", "support_plan")
    for call in (lambda: service.save(director, plan(student), pid),
                 lambda: service.archive(director, pid), lambda: service.restore(director, pid)):
        with pytest.raises(AccessDenied):
            call()
    assert register_snapshot() == before
    assert service.get(director, pid).id == pid
    assert [r.id for r in service.for_student(director, student)] == [pid]
    assert service.timeline(director, student) and service.current_for(director, student)
    assert [i.record_id for i in service.due(director, TODAY, 3650)] == [pid]


def test_area_messages_are_registered() -> None:
    for code in ("pmpk_valid_order", "pmpk_term", "support_plan_too_long",
                 "support_plan_overlap", "support_goals_needed", "support_goal_invalid",
                 "support_review_invalid"):
        assert code in MESSAGES
