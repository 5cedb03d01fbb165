"""IncidentService: children with roles, the response checklist, closure, templates, due steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.demo_names import INCIDENT_STEPS as DEMO_STEPS
from pedagogue_app.demo_names import RESPONSE_STEPS as DEMO_TITLES
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.errors import FieldError
from pedagogue_app.services.incidents import (
    DEFAULT_CHECKLISTS,
    DRAFT_NARRATIVE,
    DUE_SQL,
    INCIDENT_TYPES,
    NOT_APPLICABLE,
    RESPONSE_STEPS,
    IncidentData,
    IncidentService,
    ParticipantData,
    StepData,
    TemplateStep,
    draft_narrative_date,
)
from pedagogue_app.services.messages import MESSAGES

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
NOW = datetime.now().replace(second=0, microsecond=0)
OCCURRED = NOW - timedelta(days=3, hours=2)
REPORTED = NOW - timedelta(days=3)
DIRECTOR = Actor(username="director", role="director")


@pytest.fixture
def service(register: Register) -> IncidentService:
    return IncidentService(register)


@pytest.fixture
def kids(make_student: Callable[..., int]) -> list[int]:
    """Three pupils of 5А: a target, an initiator and a witness."""
    return [make_student(last_name="Оспанова", first_name="Айжан"),
            make_student(last_name="Нұрланов", first_name="Нұрсұлтан", sex="M"),
            make_student(last_name="Иванов", first_name="Пётр", sex="M")]


def incident(kids: list[int], **overrides: Any) -> IncidentData:
    values: dict[str, Any] = {
        "incident_type": "bullying", "occurred_at": OCCURRED, "reported_at": REPORTED,
        "reporter": "Сейтқали А. Б., сынып жетекшісі", "place": "кабинет 204",
        "narrative": "На перемене у учащейся забрали рюкзак и бросили его в урну.",
        "participants": [ParticipantData(student_id=kids[0], role="target"),
                         ParticipantData(student_id=kids[1], role="initiator")]}
    values.update(overrides)
    return IncidentData(**values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(service: IncidentService, actor: Actor, snapshot: Snapshot, data: IncidentData,
           field: str, code: str, incident_id: int | None = None) -> FieldError:
    """Saving fails on ``field`` with ``code`` and no table changes."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        service.save(actor, data, incident_id)
    assert (field, code) in problems(err.value), err.value
    assert snapshot() == before
    found = err.value.for_field(field)
    assert found is not None
    return found


def done_all(data: IncidentData, at: datetime = NOW - timedelta(days=1)) -> None:
    for s in data.steps:
        s.done_at, s.done_by = at, "Жұмабаева Г."


# --- round trip -------------------------------------------------------------------------------

def test_every_field_round_trips(service: IncidentService, actor: Actor, kids: list[int],
                                 register: Register) -> None:
    data = incident(kids, child_words="«Мен қорықтым»", injuries="ссадина на локте",
                    adult_involved="Петров С. С.", adult_relation="сосед", follow_up="Беседа",
                    participants=[
                        ParticipantData(student_id=kids[0], role="target", notes="плакала"),
                        ParticipantData(student_id=kids[1], role="initiator"),
                        ParticipantData(name="  Серікова   Дана ", role="witness")])
    iid = service.save(actor, data)
    rec = service.get(actor, iid)
    for name in ("incident_type", "occurred_at", "reported_at", "reporter", "place",
                 "narrative", "child_words", "injuries", "adult_involved", "adult_relation",
                 "follow_up", "status", "closed_on", "closure_note"):
        assert getattr(rec.data, name) == getattr(data, name), name
    assert [(p.student_id, p.name, p.role, p.notes, p.class_name)
            for p in rec.data.participants] == [
        (kids[0], "Оспанова Айжан Серікқызы", "target", "плакала", "5А"),
        (kids[1], "Нұрланов Нұрсұлтан Серікқызы", "initiator", "", "5А"),
        (None, "Серікова Дана", "witness", "", "")]
    assert rec.version == 1
    assert models.Incident.get_by_id(iid).updated_by == register.device_id


def test_new_incident_gets_the_default_checklist_with_deadlines(
        service: IncidentService, actor: Actor, kids: list[int]) -> None:
    iid = service.save(actor, incident(kids, incident_type="violence"))
    steps = service.get(actor, iid).data.steps
    assert [(s.code, s.title, s.deadline_at) for s in steps] == [
        (code, RESPONSE_STEPS[code], REPORTED + timedelta(hours=hours))
        for code, hours in DEFAULT_CHECKLISTS["violence"]]
    assert not any(s.settled for s in steps)


def test_defaults_cover_every_type_with_demo_codes() -> None:
    assert set(DEFAULT_CHECKLISTS) == set(INCIDENT_TYPES) == set(DEMO_STEPS)
    assert set(RESPONSE_STEPS) == set(DEMO_TITLES)
    for kind, steps in DEFAULT_CHECKLISTS.items():
        codes = [code for code, _ in steps]
        assert len(codes) == len(set(codes)), kind
        assert set(DEMO_STEPS[kind]) <= set(codes) | {"children_separated"}, kind
    assert dict(DEFAULT_CHECKLISTS["violence"])["police_notified"] == 1
    assert dict(DEFAULT_CHECKLISTS["bullying"])["children_separated"] == 0


def test_steps_given_by_the_dialog_are_kept(service: IncidentService, actor: Actor,
                                            kids: list[int]) -> None:
    steps = [StepData(code="children_separated", title="Дети разведены",
                      done_at=REPORTED + timedelta(minutes=5), done_by="Ахметова Г."),
             StepData(title="Звонок инспектору ОЮП", not_applicable=True, note="не требуется")]
    iid = service.save(actor, incident(kids, steps=steps))
    stored = service.get(actor, iid).data.steps
    assert [(s.code, s.title, s.done_at, s.done_by, s.not_applicable, s.note)
            for s in stored] == [
        ("children_separated", "Дети разведены", REPORTED + timedelta(minutes=5), "Ахметова Г.",
         False, ""),
        ("custom", "Звонок инспектору ОЮП", None, "", True, "не требуется")]
    raw = models.ResponseStep.get_by_id(stored[1].id)
    assert raw.note == f"{NOT_APPLICABLE} не требуется" and raw.done_at is None


# --- bad input --------------------------------------------------------------------------------

def _kid(i: int, role: str, **kw: Any) -> Callable[[list[int]], ParticipantData]:
    return lambda kids: ParticipantData(student_id=kids[i], role=role, **kw)


def _other(name: str, role: str) -> Callable[[list[int]], ParticipantData]:
    return lambda _kids: ParticipantData(name=name, role=role)


BAD_INCIDENT = [
    ({"incident_type": ""}, "incident_type", "required"),
    ({"incident_type": "fight"}, "incident_type", "bad_choice"),
    ({"occurred_at": None}, "occurred_at", "required"),
    ({"occurred_at": NOW + timedelta(hours=2), "reported_at": NOW}, "occurred_at",
     "date_future"),
    ({"occurred_at": datetime(1899, 12, 31, 10, 0)}, "occurred_at", "date_too_old"),
    ({"reported_at": None}, "reported_at", "required"),
    ({"reported_at": NOW + timedelta(days=1)}, "reported_at", "date_future"),
    ({"reported_at": OCCURRED - timedelta(minutes=1)}, "reported_at", "date_order"),
    ({"reporter": "   "}, "reporter", "required"),
    ({"reporter": "Ж" * 256}, "reporter", "too_long"),
    ({"place": "Ж" * 256}, "place", "too_long"),
    ({"narrative": " \n "}, "narrative", "required"),
    ({"narrative": "х" * 8001}, "narrative", "too_long"),
    ({"child_words": "х" * 2001}, "child_words", "too_long"),
    ({"injuries": "х" * 2001}, "injuries", "too_long"),
    ({"follow_up": "х" * 2001}, "follow_up", "too_long"),
    ({"adult_involved": "Петров С."}, "adult_relation", "required"),
    ({"adult_relation": "отчим"}, "adult_involved", "required"),
    ({"source_session_id": 999}, "source_session_id", "bad_choice"),
    ({"status": "pending"}, "status", "bad_choice"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_INCIDENT,
                         ids=[f"{f}-{c}-{i}" for i, (_, f, c) in enumerate(BAD_INCIDENT)])
def test_bad_incident_is_refused_and_nothing_stored(
        service: IncidentService, actor: Actor, kids: list[int], register_snapshot: Snapshot,
        overrides: dict[str, Any], field: str, code: str) -> None:
    service.save(actor, incident(kids))  # the register is not empty
    refuse(service, actor, register_snapshot, incident(kids, **overrides), field, code)


def test_reported_before_occurred_names_the_time(service: IncidentService, actor: Actor,
                                                 kids: list[int]) -> None:
    with pytest.raises(ValidationError) as err:
        service.validate(incident(kids, reported_at=OCCURRED - timedelta(hours=1)))
    error = err.value.for_field("reported_at")
    assert error is not None
    assert error.params["other"] == OCCURRED.strftime("%d.%m.%Y %H:%M")


BAD_CHILDREN = [
    ("bullying", [_kid(1, "initiator"), _kid(2, "witness")], "no_target", None),
    ("self_harm", [], "no_target", None),
    ("offence", [_kid(2, "witness")], "no_offence_child", None),
    ("bullying", [_kid(0, "target"), _kid(0, "witness")], "row_invalid",
     (2, "participant_twice")),
    ("bullying", [_other("Серікова Дана", "target"), _other("СЕРІКОВА  ДАНА", "witness")],
     "row_invalid", (2, "participant_twice")),
    ("bullying", [_kid(0, "target"), _other("  ", "witness")], "row_invalid",
     (2, "participant_name")),
    ("bullying", [_kid(0, "victim")], "row_invalid", (1, "bad_choice")),
    ("bullying", [_kid(0, "target"), _other("Ж" * 256, "witness")], "row_invalid",
     (2, "too_long")),
    ("bullying", [_kid(0, "target", notes="х" * 2001)], "row_invalid", (1, "too_long")),
]


@pytest.mark.parametrize(("kind", "children", "code", "row_problem"), BAD_CHILDREN,
                         ids=[f"{k}-{c}-{i}" for i, (k, _, c, _) in enumerate(BAD_CHILDREN)])
def test_bad_children_are_refused(service: IncidentService, actor: Actor, kids: list[int],
                                  register_snapshot: Snapshot, kind: str, children: list[Any],
                                  code: str, row_problem: tuple[int, str] | None) -> None:
    data = incident(kids, incident_type=kind, participants=[make(kids) for make in children])
    error = refuse(service, actor, register_snapshot, data, "participants", code)
    if row_problem:
        assert (error.params["row"], error.params["problem"]) == row_problem
        assert error.message.startswith(f"Row {row_problem[0]}: ")


def test_a_deleted_student_cannot_be_listed(service: IncidentService, actor: Actor,
                                            kids: list[int], register: Register,
                                            register_snapshot: Snapshot) -> None:
    models.Student.update(deleted=True).where(models.Student.id == kids[1]).execute()
    error = refuse(service, actor, register_snapshot, incident(kids), "participants",
                   "row_invalid")
    assert (error.params["row"], error.params["problem"]) == (2, "choose_student")


@pytest.mark.parametrize("roles", [("initiator",), ("target",), ("initiator", "witness")])
def test_an_offence_needs_no_target(service: IncidentService, actor: Actor, kids: list[int],
                                    roles: tuple[str, ...]) -> None:
    people = [ParticipantData(student_id=kids[i], role=r) for i, r in enumerate(roles)]
    iid = service.save(actor, incident(kids, incident_type="offence", participants=people))
    assert [p.role for p in service.get(actor, iid).data.participants] == list(roles)


BAD_STEPS = [
    (StepData(title="  "), "step_title", {}),
    (StepData(title="Ж" * 256), "too_long", {"max": 255}),
    (StepData(title="Звонок", note="х" * 2001), "too_long", {"max": 2000}),
    (StepData(title="Звонок", done_at=NOW + timedelta(hours=1), done_by="Ахметова"),
     "date_future", {}),
    (StepData(title="Звонок", done_at=REPORTED - timedelta(minutes=1), done_by="Ахметова"),
     "date_order", {"other": REPORTED.strftime("%d.%m.%Y %H:%M")}),
    (StepData(title="Звонок", done_at=REPORTED), "step_done_by", {}),
    (StepData(title="Звонок", not_applicable=True, note="  "), "step_na_reason", {}),
    (StepData(title="Звонок", done_at=REPORTED, done_by="Ахметова", not_applicable=True,
              note="не нужно"), "step_done_and_na", {}),
]


@pytest.mark.parametrize(("step", "problem", "params"), BAD_STEPS,
                         ids=[p for _, p, _ in BAD_STEPS])
def test_bad_steps_are_refused_with_their_row(service: IncidentService, actor: Actor,
                                              kids: list[int], register_snapshot: Snapshot,
                                              step: StepData, problem: str,
                                              params: dict[str, Any]) -> None:
    ok = StepData(code="parents_informed", title=RESPONSE_STEPS["parents_informed"])
    error = refuse(service, actor, register_snapshot, incident(kids, steps=[ok, step]), "steps",
                   "row_invalid")
    assert (error.params["row"], error.params["problem"]) == (2, problem)
    assert {k: error.params[k] for k in params} == params
    assert error.message.startswith("Row 2: ")


def test_who_without_when_is_not_a_done_step(service: IncidentService, actor: Actor,
                                             kids: list[int]) -> None:
    iid = service.save(actor, incident(kids, steps=[StepData(title="Звонок", done_by="Ахметова")]))
    step = service.get(actor, iid).data.steps[0]
    assert (step.done_at, step.done_by) == (None, "")


# --- closing ----------------------------------------------------------------------------------

def closed(kids: list[int], **overrides: Any) -> IncidentData:
    values: dict[str, Any] = {"status": "closed", "closed_on": date.today(),
                              "closure_note": "Конфликт урегулирован, наблюдение 2 недели."}
    values.update(overrides)
    data = incident(kids, **values)
    data.steps = [StepData(code=c, title=RESPONSE_STEPS[c], done_at=REPORTED, done_by="Ахметова")
                  for c, _ in DEFAULT_CHECKLISTS["bullying"]]
    return data


BAD_CLOSURE = [
    ({"closed_on": None}, "closed_on", "required"),
    ({"closed_on": date.today() + timedelta(days=1)}, "closed_on", "date_future"),
    ({"closed_on": REPORTED.date() - timedelta(days=1)}, "closed_on", "date_order"),
    ({"closure_note": "  "}, "closure_note", "required"),
    ({"closure_note": "х" * 2001}, "closure_note", "too_long"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_CLOSURE,
                         ids=[f"{f}-{c}" for _, f, c in BAD_CLOSURE])
def test_bad_closure_is_refused(service: IncidentService, actor: Actor, kids: list[int],
                                register_snapshot: Snapshot, overrides: dict[str, Any],
                                field: str, code: str) -> None:
    refuse(service, actor, register_snapshot, closed(kids, **overrides), field, code)


def test_closing_needs_every_step_settled(service: IncidentService, actor: Actor,
                                          kids: list[int], register_snapshot: Snapshot) -> None:
    iid = service.save(actor, incident(kids))
    record = service.get(actor, iid)
    data = replace(record.data, status="closed", closed_on=date.today(), closure_note="Итог")
    done_all(data)
    data.steps[2].done_at = None
    refuse(service, actor, register_snapshot, data, "status", "steps_unsettled", iid)
    data.steps[2].not_applicable, data.steps[2].note = True, "родители в отъезде, сообщено опекуну"
    service.save(actor, data, iid)
    stored = service.get(actor, iid).data
    assert (stored.status, stored.closed_on) == ("closed", date.today())
    assert stored.steps[2].not_applicable and stored.steps[2].note.startswith("родители")


def test_reopening_clears_the_closing_date(service: IncidentService, actor: Actor,
                                          kids: list[int]) -> None:
    iid = service.save(actor, closed(kids))
    data = service.get(actor, iid).data
    data.status = "open"
    service.save(actor, data, iid)
    stored = service.get(actor, iid).data
    assert (stored.status, stored.closed_on, stored.closure_note) == (
        "open", None, "Конфликт урегулирован, наблюдение 2 недели.")


# --- editing ----------------------------------------------------------------------------------

def test_children_and_steps_are_synced_with_tombstones(service: IncidentService, actor: Actor,
                                                       kids: list[int]) -> None:
    iid = service.save(actor, incident(kids, steps=[StepData(title="Шаг 1"),
                                                    StepData(title="Шаг 2")]))
    record = service.get(actor, iid)
    target, initiator = record.data.participants
    record.data.participants = [target, ParticipantData(student_id=kids[2], role="witness")]
    target.role, target.notes = "target", "повторный случай"
    record.data.steps = [record.data.steps[1]]
    other = Actor(username="Ахметова", role="social_pedagogue", device_id="device-B")
    service.save(other, record.data, iid)
    rows = {p.id: p for p in models.IncidentParticipant.select().where(
        models.IncidentParticipant.incident == iid)}
    assert len(rows) == 3
    assert (rows[initiator.id].deleted, rows[initiator.id].version,
            rows[initiator.id].updated_by) == (True, 2, "device-B")
    assert (rows[target.id].version, rows[target.id].notes) == (2, "повторный случай")
    stored = service.get(actor, iid)
    assert [p.student_id for p in stored.data.participants] == [kids[0], kids[2]]
    assert [s.title for s in stored.data.steps] == ["Шаг 2"]
    assert models.ResponseStep.select().where(models.ResponseStep.incident == iid).count() == 2
    assert stored.version == 2


def test_a_childs_name_is_kept_when_the_student_is_gone(service: IncidentService, actor: Actor,
                                                       kids: list[int]) -> None:
    iid = service.save(actor, incident(kids, participants=[
        ParticipantData(student_id=kids[0], name="typed over", role="target")]))
    models.Student.update(deleted=True).where(models.Student.id == kids[0]).execute()
    assert service.get(actor, iid).data.participants[0].name == "Оспанова Айжан Серікқызы"


def test_deadlines_move_with_the_report_time(service: IncidentService, actor: Actor,
                                            kids: list[int]) -> None:
    iid = service.save(actor, incident(kids))
    data = service.get(actor, iid).data
    moved_by_hand = data.steps[1].deadline_at = NOW + timedelta(days=5)
    data.reported_at = REPORTED + timedelta(hours=2)
    service.save(actor, data, iid)
    steps = service.get(actor, iid).data.steps
    hours = dict(DEFAULT_CHECKLISTS["bullying"])
    assert steps[0].deadline_at == REPORTED + timedelta(hours=2 + hours[steps[0].code])
    assert steps[1].deadline_at == moved_by_hand
    assert steps[3].deadline_at == REPORTED + timedelta(hours=2 + hours[steps[3].code])


def test_missing_incident(service: IncidentService, actor: Actor, kids: list[int]) -> None:
    with pytest.raises(NotFound):
        service.get(actor, 42)
    with pytest.raises(NotFound):
        service.save(actor, incident(kids), 42)


# --- ticking ----------------------------------------------------------------------------------

def test_tick_records_who_and_when(service: IncidentService, kids: list[int],
                                   actor: Actor) -> None:
    iid = service.save(actor, incident(kids, steps=[
        StepData(title="Звонок", not_applicable=True, note="не требуется")]))
    step_id = service.get(actor, iid).data.steps[0].id
    assert step_id is not None
    pedagogue = Actor(username="Жұмабаева Г.", role="social_pedagogue", device_id="pc-2")
    at = NOW - timedelta(minutes=30, seconds=15)
    service.tick_step(pedagogue, step_id, True, now=at)
    step = service.get(actor, iid).data.steps[0]
    assert (step.done_at, step.done_by, step.not_applicable, step.note) == (
        at.replace(second=0), "Жұмабаева Г.", False, "не требуется")
    assert models.ResponseStep.get_by_id(step_id).version == 2
    service.tick_step(pedagogue, step_id, False)
    step = service.get(actor, iid).data.steps[0]
    assert (step.done_at, step.done_by) == (None, "")


def test_a_closed_incident_keeps_its_steps(service: IncidentService, actor: Actor,
                                           kids: list[int], register_snapshot: Snapshot) -> None:
    iid = service.save(actor, closed(kids))
    step_id = service.get(actor, iid).data.steps[0].id
    assert step_id is not None
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        service.tick_step(actor, step_id, False)
    assert problems(err.value) == {("steps", "incident_closed")}
    assert register_snapshot() == before
    with pytest.raises(NotFound):
        service.tick_step(actor, 999, True)


# --- archive ----------------------------------------------------------------------------------

def test_archive_and_restore(service: IncidentService, actor: Actor, kids: list[int]) -> None:
    iid = service.save(actor, incident(kids))
    service.archive(actor, iid)
    with pytest.raises(NotFound):
        service.get(actor, iid)
    assert service.search(actor) == [] and service.timeline(actor, kids[0]) == []
    assert service.due(actor, date.today(), 30) == []
    row = models.Incident.get_by_id(iid)
    assert (row.deleted, row.version) == (True, 2)
    with pytest.raises(NotFound):
        service.archive(actor, iid)
    service.restore(actor, iid)
    assert service.get(actor, iid).version == 3
    assert [r.id for r in service.search(actor)] == [iid]


# --- access -----------------------------------------------------------------------------------

def test_the_director_reads_but_never_writes(service: IncidentService, actor: Actor,
                                             kids: list[int], register_snapshot: Snapshot) -> None:
    iid = service.save(actor, incident(kids))
    step_id = service.get(actor, iid).data.steps[0].id
    assert step_id is not None
    before = register_snapshot()
    for call in (lambda: service.save(DIRECTOR, incident(kids)),
                 lambda: service.save(DIRECTOR, incident(kids), iid),
                 lambda: service.tick_step(DIRECTOR, step_id, True),
                 lambda: service.archive(DIRECTOR, iid),
                 lambda: service.save_templates(DIRECTOR, "bullying", [])):
        with pytest.raises(AccessDenied):
            call()
    assert register_snapshot() == before
    assert service.get(DIRECTOR, iid).id == iid and service.search(DIRECTOR)


# --- templates --------------------------------------------------------------------------------

def test_templates_start_from_the_defaults(service: IncidentService, actor: Actor) -> None:
    steps = service.templates(actor, "self_harm")
    assert [(t.code, t.title, t.deadline_hours, t.active, t.id) for t in steps] == [
        (c, RESPONSE_STEPS[c], h, True, None) for c, h in DEFAULT_CHECKLISTS["self_harm"]]
    assert models.ResponseTemplate.select().count() == 0


def test_a_schools_checklist_is_copied_into_new_incidents(
        service: IncidentService, actor: Actor, kids: list[int]) -> None:
    steps = service.templates(actor, "bullying")
    steps[0].deadline_hours = 2
    steps[1].active = False
    steps.insert(0, TemplateStep(title="Сообщить в совет профилактики", deadline_hours=48))
    steps.append(TemplateStep(title="Беседа с классом"))
    service.save_templates(actor, "bullying", steps)
    stored = service.templates(actor, "bullying")
    assert [t.title for t in stored][:2] == ["Сообщить в совет профилактики",
                                             RESPONSE_STEPS["children_separated"]]
    assert stored[0].code.startswith("custom_") and stored[0].id is not None
    assert [t.code for t in service.templates(actor, "violence")] == [
        c for c, _ in DEFAULT_CHECKLISTS["violence"]]  # other types untouched

    iid = service.save(actor, incident(kids))
    copied = service.get(actor, iid).data.steps
    assert [(s.title, s.deadline_at) for s in copied] == [
        ("Сообщить в совет профилактики", REPORTED + timedelta(hours=48)),
        (RESPONSE_STEPS["children_separated"], REPORTED + timedelta(hours=2)),
        (RESPONSE_STEPS["parents_informed"], REPORTED + timedelta(hours=3)),
        (RESPONSE_STEPS["psychologist"], REPORTED + timedelta(hours=24)),
        ("Беседа с классом", None)]


def test_templates_are_reordered_and_removed_as_tombstones(service: IncidentService,
                                                           actor: Actor) -> None:
    service.save_templates(actor, "neglect", service.templates(actor, "neglect"))
    first, second, *rest = service.templates(actor, "neglect")
    service.save_templates(actor, "neglect", [second, first])
    assert [t.id for t in service.templates(actor, "neglect")] == [second.id, first.id]
    gone = models.ResponseTemplate.select().where(models.ResponseTemplate.deleted == True)  # noqa: E712
    assert sorted(t.id for t in gone) == sorted(t.id for t in rest)
    service.save_templates(actor, "neglect", [])
    assert [t.id for t in service.templates(actor, "neglect")] == [None] * 4  # defaults again


BAD_TEMPLATES = [
    ([TemplateStep(title=" ")], (1, "step_title")),
    ([TemplateStep(title="Ж" * 256)], (1, "too_long")),
    ([TemplateStep(title="Звонок", deadline_hours=-1)], (1, "number_range")),
    ([TemplateStep(title="Звонок", deadline_hours=721)], (1, "number_range")),
    ([TemplateStep(code="parents_informed", title="А"),
      TemplateStep(code="parents_informed", title="Б")], (2, "step_twice")),
]


@pytest.mark.parametrize(("steps", "row_problem"), BAD_TEMPLATES,
                         ids=[p for _, (_, p) in BAD_TEMPLATES])
def test_bad_templates_are_refused(service: IncidentService, actor: Actor,
                                   register_snapshot: Snapshot, steps: list[TemplateStep],
                                   row_problem: tuple[int, str]) -> None:
    service.save_templates(actor, "bullying", service.templates(actor, "bullying"))
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        service.save_templates(actor, "bullying", steps)
    error = err.value.for_field("steps")
    assert error is not None and error.code == "row_invalid"
    assert (error.params["row"], error.params["problem"]) == row_problem
    assert register_snapshot() == before


def test_templates_of_an_unknown_type_are_refused(service: IncidentService, actor: Actor,
                                                  register_snapshot: Snapshot) -> None:
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        service.save_templates(actor, "fight", [TemplateStep(title="Звонок")])
    assert problems(err.value) == {("incident_type", "bad_choice")}
    assert register_snapshot() == before


# --- lists ------------------------------------------------------------------------------------

@pytest.fixture
def listed(service: IncidentService, actor: Actor, kids: list[int]) -> dict[str, int]:
    ids = {"bullying": service.save(actor, incident(kids, place="спортзал"))}
    ids["offence"] = service.save(actor, incident(
        kids, incident_type="offence", occurred_at=OCCURRED - timedelta(days=9),
        reported_at=REPORTED - timedelta(days=9), place="магазин «Магнум»",
        reporter="Ахметова Г.", participants=[ParticipantData(student_id=kids[2],
                                                              role="initiator")]))
    ids["closed"] = service.save(actor, closed(
        kids, incident_type="bullying", occurred_at=OCCURRED - timedelta(days=1),
        participants=[ParticipantData(name="Серікова Дана", role="target")]))
    return ids


@pytest.mark.parametrize(("query", "kind", "status", "expected"), [
    ("", None, None, ["bullying", "closed", "offence"]),
    ("нурс", None, None, ["bullying"]),
    ("НҰРС", None, None, ["bullying"]),
    ("айжан оспан", None, None, ["bullying"]),
    ("петр", None, None, ["offence"]),
    ("магн", None, None, ["offence"]),
    ("ахмет", None, None, ["offence"]),
    ("дана", None, None, ["closed"]),
    ("серик", None, None, ["bullying", "closed", "offence"]),
    ("", "bullying", None, ["bullying", "closed"]),
    ("", None, "closed", ["closed"]),
    ("", "offence", "closed", []),
    ("%", None, None, []),
    ("н_рс", None, None, []),
])
def test_search(service: IncidentService, actor: Actor, listed: dict[str, int], query: str,
                kind: str | None, status: str | None, expected: list[str]) -> None:
    rows = service.search(actor, query, kind, status)
    assert [r.id for r in rows] == [listed[name] for name in expected]


def test_list_rows(service: IncidentService, actor: Actor, kids: list[int],
                   listed: dict[str, int]) -> None:
    rows = {r.id: r for r in service.search(actor)}
    row = rows[listed["bullying"]]
    assert row.occurred_at == OCCURRED.strftime("%Y-%m-%d %H:%M")
    assert row.children == "Оспанова Айжан Серікқызы, Нұрланов Нұрсұлтан Серікқызы"
    assert (row.incident_type, row.status, row.place) == ("bullying", "open", "спортзал")
    assert (row.steps_total, row.steps_settled) == (4, 0)
    assert row.next_deadline == REPORTED.strftime("%Y-%m-%d %H:%M")  # children separated: 0 h
    done = rows[listed["closed"]]
    assert (done.steps_total, done.steps_settled, done.next_deadline) == (4, 4, "")
    assert [r.id for r in service.for_student(actor, kids[2])] == [listed["offence"]]


def test_timeline(service: IncidentService, actor: Actor, kids: list[int],
                  listed: dict[str, int]) -> None:
    entries = service.timeline(actor, kids[1])
    assert [(e.when, e.kind, e.record_id, e.title, e.detail, e.restricted)
            for e in entries] == [
        (OCCURRED.date(), "incident", listed["bullying"], "bullying", "initiator", True)]
    assert service.timeline(actor, 999) == []


# --- due --------------------------------------------------------------------------------------

def test_due_lists_open_steps_up_to_the_horizon(service: IncidentService, actor: Actor,
                                                kids: list[int]) -> None:
    today = date.today()
    reported = NOW - timedelta(hours=1)
    steps = [StepData(title="Просрочен", deadline_at=NOW - timedelta(days=2)),
             StepData(title="Сделан", deadline_at=NOW - timedelta(days=2), done_at=reported,
                      done_by="Ахметова"),
             StepData(title="Не требуется", deadline_at=NOW - timedelta(days=2),
                      not_applicable=True, note="нет"),
             StepData(title="Через два дня", deadline_at=datetime.combine(
                 today + timedelta(days=2), datetime.min.time()) + timedelta(hours=23)),
             StepData(title="Через три дня", deadline_at=datetime.combine(
                 today + timedelta(days=3), datetime.min.time())),
             StepData(title="Без срока")]
    iid = service.save(actor, incident(kids, occurred_at=reported, reported_at=reported,
                                       steps=steps))
    service.save(actor, closed(kids))  # closed incidents never fall due
    items = service.due(actor, today)
    assert [(i.title, i.kind, i.record_kind, i.record_id, i.student_id) for i in items] == [
        ("Оспанова Айжан Серікқызы: Просрочен", "step", "incident", iid, kids[0]),
        ("Оспанова Айжан Серікқызы: Через два дня", "step", "incident", iid, kids[0])]
    assert items[0].due == (NOW - timedelta(days=2)).date() and items[0].overdue(today)
    assert [i.title.split(": ")[1] for i in service.due(actor, today, horizon_days=3)] == [
        "Просрочен", "Через два дня", "Через три дня"]


def _series(n: int) -> str:
    return f"(WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n " \
           f"WHERE value < {n}) SELECT value FROM n)"


def test_due_uses_its_index_at_scale(service: IncidentService, actor: Actor,
                                                 register: Register, kids: list[int]) -> None:
    """About what 50,000 students give: 6,000 incidents with 30,000 steps, few still open."""
    db, base = register.db, NOW - timedelta(days=400)
    with db.atomic():
        db.execute_sql("INSERT INTO incident (id, uid, version, updated_at, updated_by, deleted, "
                       "occurred_at, reported_at, reporter, place, incident_type, narrative, "
                       "child_words, injuries, adult_involved, adult_relation, follow_up, status, "
                       "closure_note) SELECT value, 'u' || value, 1, '', '', 0, ?, ?, '', '', "
                       "'bullying', 'x', '', '', '', '', '', CASE WHEN value % 500 = 1 THEN 'open' "
                       "ELSE 'closed' END, '' FROM " + _series(6000),
                       (str(base), str(base)))
        db.execute_sql("INSERT INTO incident_participant (uid, version, updated_at, updated_by, "
                       "deleted, incident_id, student_id, name, role, notes) SELECT 'p' || value, "
                       "1, '', '', 0, value, ?, 'Оспанова Айжан', 'target', '' "
                       "FROM " + _series(6000), (kids[0],))
        db.execute_sql("INSERT INTO response_step (uid, version, updated_at, updated_by, deleted, "
                       "incident_id, code, title, position, deadline_at, done_at, done_by, note) "
                       "SELECT 's' || value, 1, '', '', 0, 1 + value % 6000, 'psychologist', 'Шаг', "
                       "0, datetime(?, '+' || (value % 9000) || ' minutes'), CASE WHEN value % 50 = 0 "
                       "THEN NULL ELSE datetime(?, '+' || value || ' minutes') END, '', '' "
                       "FROM " + _series(30000), (str(base), str(base)))
        db.execute_sql("ANALYZE")
    plan = " ".join(str(r) for r in db.execute_sql(
        "EXPLAIN QUERY PLAN " + DUE_SQL, ("2100", NOT_APPLICABLE)).fetchall())
    assert "response_step_open" in plan
    items = service.due(actor, date.today())
    assert len(items) == 60  # every 50th step is open; 60 of those belong to open incidents


# --- drafting from a session ------------------------------------------------------------------

def session(student: int | None, **flags: Any) -> int:
    values: dict[str, Any] = {"session_date": date.today() - timedelta(days=1),
                              "session_type": "individual", "student": student,
                              "psychologist": "Қасымова Ә. Т.", "client_kind": "student"}
    values.update(flags)
    return int(models.PsySession.create(**values).id)


@pytest.mark.parametrize(("flags", "kind"), [
    ({"risk_bullying": True}, "bullying"),
    ({"risk_abuse": True}, "violence"),
    ({"risk_self_harm": True}, "self_harm"),
    ({"risk_suicidal": True, "risk_bullying": True}, "self_harm"),
    ({"risk_abuse": True, "risk_bullying": True}, "violence"),
    ({}, ""),
])
def test_draft_type_from_the_risk_screen(service: IncidentService, psychologist: Actor,
                                         kids: list[int], flags: dict[str, bool],
                                         kind: str) -> None:
    draft = service.draft_from_session(psychologist, session(kids[0], **flags), now=NOW)
    assert draft.incident_type == kind
    assert [s.code for s in draft.steps] == [c for c, _ in DEFAULT_CHECKLISTS.get(kind, ())]


def test_draft_from_a_group_session_and_saving_it(service: IncidentService, psychologist: Actor,
                                                  kids: list[int],
                                                  register_snapshot: Snapshot) -> None:
    """The psychologist drafts the incident from the session and saves it."""
    actor = psychologist
    sid = session(kids[0], risk_bullying=True)
    for kid in (kids[0], kids[1], kids[2]):
        models.SessionParticipant.create(session=sid, student=kid, name="x")
    models.SessionParticipant.create(session=sid, name="Серікова Дана")
    models.SessionParticipant.create(session=sid, name="Оспанова Гүлнар", role="parent")
    before = register_snapshot()
    draft = service.draft_from_session(actor, sid, now=NOW + timedelta(seconds=42))
    assert register_snapshot() == before  # a draft is not stored
    on = (date.today() - timedelta(days=1)).strftime("%d.%m.%Y")
    assert (draft.reported_at, draft.reporter, draft.source_session_id, draft.occurred_at) == (
        NOW, "Қасымова Ә. Т.", sid, None)
    assert draft.narrative == DRAFT_NARRATIVE.format(date=on)
    assert draft_narrative_date(draft.narrative) == on
    assert draft_narrative_date(draft.narrative + " Ещё.") is None
    assert [(p.student_id, p.name, p.role) for p in draft.participants] == [
        (kids[0], "Оспанова Айжан Серікқызы", "target"),
        (kids[1], "Нұрланов Нұрсұлтан Серікқызы", "witness"),
        (kids[2], "Иванов Пётр Серікқызы", "witness"),
        (None, "Серікова Дана", "witness")]
    assert draft.steps[0].deadline_at == NOW  # children separated: 0 h after the report
    refuse(service, actor, register_snapshot, draft, "occurred_at", "required")
    draft.occurred_at = NOW - timedelta(days=2)
    iid = service.save(actor, draft)
    assert service.get(actor, iid).data.source_session_id == sid


def test_draft_from_a_missing_session(service: IncidentService, psychologist: Actor) -> None:
    with pytest.raises(NotFound):
        service.draft_from_session(psychologist, 404)


def test_only_a_reader_of_sessions_drafts_from_one(service: IncidentService, actor: Actor,
                                                   kids: list[int]) -> None:
    """The draft reads the session's risk screen and roster: session content."""
    with pytest.raises(AccessDenied) as denied:
        service.draft_from_session(actor, session(kids[0], risk_bullying=True), now=NOW)
    assert (denied.value.action, denied.value.record_type) == ("read", "session")


def test_area_messages_are_registered() -> None:
    for code in ("no_target", "no_offence_child", "participant_twice", "steps_unsettled",
                 "step_na_reason", "incident_closed", "datetime_format"):
        assert code in MESSAGES
