"""Access rules: the whole table (role x record type x action) against a grid written out here,
fail-closed for what the table does not name, and the rules at work in real services: refusals
store nothing, restricted views are audited, aggregate views leave out what a role may not read."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pedagogue_app.db import Register
from pedagogue_app.services import AccessDenied, Actor, access
from pedagogue_app.services.audit import AuditRow, AuditService
from pedagogue_app.services.chronology import ChronologyService
from pedagogue_app.services.context import ROLES
from pedagogue_app.services.dashboard import DashboardService
from pedagogue_app.services.home_visits import HomeVisitData, HomeVisitService
from pedagogue_app.services.incidents import IncidentData, IncidentService, ParticipantData
from pedagogue_app.services.registrations import (
    MeasureData,
    RegistrationData,
    RegistrationService,
)
from pedagogue_app.services.sessions import PsySessionService, SessionData
from pedagogue_app.services.students import StudentData, StudentService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()

# The expected table, written out by hand (not derived from access.RULES).
# R = read, W = write, - = nothing.
GRID = """
record type              admin  social_pedagogue  psychologist  director
account                  RW     -                 -             -
audit                    R      -                 -             -
backup                   RW     RW                RW            R
school                   RW     RW                R             R
settings                 RW     -                 -             -
organisation             RW     RW                R             R
reports                  -      R                 R             R
dashboard                -      R                 R             R
chronology               -      R                 R             R
student                  -      RW                R             R
family                   -      RW                R             R
family_contact           -      RW                -             R
home_visit               -      RW                -             R
registration             -      RW                R             R
registration_restricted  -      RW                R             R
support_plan             -      RW                RW            R
incident                 -      RW                RW            R
session                  -      -                 RW            -
session_summary          -      R                 R             -
referral                 -      RW                RW            R
outgoing_letter          -      RW                RW            R
"""
GRID_ROLES = ("admin", "social_pedagogue", "psychologist", "director")


def _expected() -> dict[str, dict[str, str]]:
    lines = [line.split() for line in GRID.strip().splitlines()[1:]]
    return {cells[0]: dict(zip(GRID_ROLES, cells[1:], strict=True)) for cells in lines}


EXPECTED = _expected()
CASES = [(role, record_type, action, letter in EXPECTED[record_type][role])
         for record_type in EXPECTED for role in GRID_ROLES
         for action, letter in ((access.READ, "R"), (access.WRITE, "W"))]


@pytest.mark.parametrize(("role", "record_type", "action", "allowed"), CASES,
                         ids=[f"{r}-{t}-{a}" for r, t, a, _ in CASES])
def test_table(role: str, record_type: str, action: str, allowed: bool) -> None:
    actor = Actor("someone", role, "device-A")
    assert access.can(actor, action, record_type) is allowed
    if allowed:
        access.check(actor, action, record_type)
        return
    with pytest.raises(AccessDenied) as denied:
        access.check(actor, action, record_type)
    assert (denied.value.action, denied.value.record_type, denied.value.role) == (
        action, record_type, role)


def test_the_grid_covers_every_role_and_record_type() -> None:
    assert GRID_ROLES == ROLES
    assert set(access.RULES) == set(EXPECTED)
    assert len(CASES) == len(EXPECTED) * len(ROLES) * 2
    assert (access.READ, access.WRITE) == ("read", "write")


def test_the_docstring_grid_is_the_table() -> None:
    """The grid in the module docstring says what the table says."""
    doc = access.__doc__ or ""
    for record_type, row in EXPECTED.items():
        line = re.search(rf"^\s+{record_type}\s+(.*)$", doc, re.MULTILINE)
        assert line is not None, record_type
        assert line.group(1).split() == [row[role] for role in GRID_ROLES], record_type


def test_every_record_type_a_service_checks_is_in_the_table() -> None:
    """Each record type named in the services (``*RECORD_TYPE = "..."`` constants, literals
    given to ``access.check``, ``can``, ``readable`` and ``AccessDenied``) is a row of the table,
    else it would be refused to everyone."""
    services = Path(access.__file__).parent
    found: set[str] = set()
    for path in services.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r'RECORD_TYPE\s*=\s*"([a-z_]+)"', text))
        found.update(re.findall(
            r'(?:access\.(?:check|can)|AccessDenied)\(\s*\w+,\s*[\w."]+,\s*"([a-z_]+)"', text))
        for args in re.findall(r"access\.readable\(([^)]*)\)", text):
            found.update(re.findall(r'"([a-z_]+)"', args))
    assert found >= {"student", "family", "session", "session_summary", "incident",
                     "registration", "registration_restricted", "account", "audit"}
    assert found <= set(EXPECTED), found - set(EXPECTED)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("record_type", ["", "students", "psy_session", "Student", "anything"])
def test_unknown_record_type_is_refused_to_everyone(role: str, record_type: str) -> None:
    actor = Actor("someone", role, "device-A")
    for action in (access.READ, access.WRITE):
        assert not access.can(actor, action, record_type)
        with pytest.raises(AccessDenied):
            access.check(actor, action, record_type)


@pytest.mark.parametrize("role", ["", "teacher", "Admin", "ADMIN", "director "])
def test_unknown_role_is_refused_everything(role: str) -> None:
    actor = Actor("someone", role, "device-A")
    for record_type in EXPECTED:
        for action in (access.READ, access.WRITE):
            assert not access.can(actor, action, record_type)


@pytest.mark.parametrize("action", ["", "delete", "READ", "make", "restore"])
def test_unknown_action_is_refused(action: str) -> None:
    for role in ROLES:
        assert not access.can(Actor("someone", role), action, "student")
        with pytest.raises(AccessDenied):
            access.check(Actor("someone", role), action, "student")


def test_access_denied_is_a_clear_exception_without_the_user_name() -> None:
    err = AccessDenied(Actor("Айгүл Директорова", "director"), access.WRITE, "home_visit")
    assert isinstance(err, Exception)
    assert str(err) == "Access denied: the director may not write home visit records."
    assert "Айгүл" not in str(err)
    assert str(AccessDenied(Actor("x", ""), access.READ, "audit")) == (
        "Access denied: a user without a role may not read audit records.")
    assert str(AccessDenied(Actor("x", "guest"), "restore", "backup")) == (
        "Access denied: the role 'guest' may not restore backup records.")


def test_the_table_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        access.RULES["student"] = {}  # type: ignore[index]
    with pytest.raises(TypeError):
        access.RULES["student"]["admin"] = frozenset({access.READ})  # type: ignore[index]


# --- through the services -----------------------------------------------------------------------

@pytest.fixture
def director(register: Register) -> Actor:
    return Actor("director", "director", register.device_id)


@pytest.fixture
def admin(register: Register) -> Actor:
    return Actor("admin", "admin", register.device_id)


def restricted_views(register: Register, admin: Actor) -> list[AuditRow]:
    return [e for e in AuditService(register).events(admin, action="view_restricted")]


def uid_of(register: Register, table: str, record_id: int) -> str:
    return str(register.db.execute_sql(f'SELECT uid FROM "{table}" WHERE id = ?',
                                       (record_id,)).fetchone()[0])


def a_session(student_id: int, **overrides: Any) -> SessionData:
    values: dict[str, Any] = {
        "session_date": TODAY - timedelta(days=10), "start_time": "10:30", "duration_min": 45,
        "session_type": "individual", "client_kind": "student", "student_id": student_id,
        "requester": "teacher", "request": "Құпия сұрау", "results": "Құпия нәтиже",
        "conclusion": "Құпия қорытынды", "parent_consent": True,
        "psychologist": "Бекова Сәуле Ерланқызы", "shareable_summary": "Кеңес берілді",
        "follow_up_on": TODAY + timedelta(days=3)}
    values.update(overrides)
    return SessionData(**values)


def an_incident(student_id: int) -> IncidentData:
    occurred = datetime.now().replace(second=0, microsecond=0) - timedelta(days=3)
    return IncidentData(incident_type="bullying", occurred_at=occurred, reported_at=occurred,
                        reporter="Сейтқали А. Б.", place="кабинет 204",
                        narrative="На перемене у учащейся забрали рюкзак.",
                        participants=[ParticipantData(student_id=student_id, role="target")])


def a_visit(student_id: int) -> HomeVisitData:
    return HomeVisitData(
        student_id=student_id, act_no="1", visit_date=TODAY - timedelta(days=5),
        visit_time="17:30", purpose="planned",
        commission="Жұмабаева Әлия Серікқызы — социальный педагог",
        residents="Сапарова Гүлнар — мать", housing_ownership="own", rooms=2, area_m2=48.5,
        housing_condition="satisfactory", heating="central", sanitary_state="satisfactory",
        conclusion="satisfactory", next_visit_on=TODAY + timedelta(days=5))


def test_director_saving_a_student_is_refused_and_nothing_is_stored(
        student_service: StudentService, make_student: Callable[..., int], director: Actor,
        register_snapshot: Snapshot) -> None:
    sid = make_student()
    record = student_service.get(director, sid)  # the director reads
    before = register_snapshot()
    new = StudentData(last_name="Ахметов", first_name="Ерлан", birth_date=date(2012, 3, 4),
                      sex="M", grade=6, class_letter="А", language="kk")
    for attempt in (lambda: student_service.save(director, new),
                    lambda: student_service.save(director, record.data, sid)):
        with pytest.raises(AccessDenied) as denied:
            attempt()
        assert (denied.value.action, denied.value.record_type) == ("write", "student")
    assert register_snapshot() == before


def test_the_administrator_reads_no_child(student_service: StudentService, admin: Actor,
                                          make_student: Callable[..., int],
                                          register: Register) -> None:
    sid = make_student()
    for attempt in (lambda: student_service.get(admin, sid), lambda: student_service.search(admin),
                    lambda: student_service.card(admin, sid),
                    lambda: ChronologyService(register).for_student(admin, sid),
                    lambda: DashboardService(register).build(admin),
                    lambda: PsySessionService(register).timeline(admin, sid)):
        with pytest.raises(AccessDenied) as denied:
            attempt()
        assert denied.value.action == "read"


def test_social_pedagogue_reads_the_summary_not_the_session(
        register: Register, actor: Actor, psychologist: Actor, admin: Actor,
        make_student: Callable[..., int]) -> None:
    sessions = PsySessionService(register)
    session_id = sessions.save(psychologist, a_session(make_student()))
    before = len(restricted_views(register, admin))
    with pytest.raises(AccessDenied) as denied:
        sessions.get(actor, session_id)
    assert (denied.value.action, denied.value.record_type) == ("read", "session")
    assert len(restricted_views(register, admin)) == before  # a refusal is not a view
    summary = sessions.summary_for_pedagogue(actor, session_id)
    assert summary.summary == "Кеңес берілді"
    event = restricted_views(register, admin)[0]
    assert (event.username, event.action, event.record_table, event.record_uid, event.detail) == (
        actor.username, "view_restricted", "psy_session", uid_of(register, "psy_session",
                                                                 session_id), "summary")


def test_psychologist_reads_the_session_and_the_view_is_audited(
        register: Register, psychologist: Actor, admin: Actor,
        make_student: Callable[..., int]) -> None:
    sessions = PsySessionService(register)
    session_id = sessions.save(psychologist, a_session(make_student()))
    assert restricted_views(register, admin) == []  # saving is not viewing
    assert sessions.get(psychologist, session_id).data.request == "Құпия сұрау"
    sessions.search(psychologist)  # lists are not audited
    sessions.for_student(psychologist, 1)
    event, = restricted_views(register, admin)
    assert (event.username, event.record_table, event.record_uid, event.detail) == (
        "psy", "psy_session", uid_of(register, "psy_session", session_id), "")
    assert AuditService(register).verify(admin).ok


def test_every_view_of_an_incident_is_audited(register: Register, actor: Actor, director: Actor,
                                              admin: Actor,
                                              make_student: Callable[..., int]) -> None:
    incidents = IncidentService(register)
    iid = incidents.save(actor, an_incident(make_student()))
    incidents.search(actor)
    assert restricted_views(register, admin) == []
    incidents.get(actor, iid)
    incidents.get(director, iid)  # the director reads incidents too
    assert [(e.username, e.record_table, e.record_uid) for e in restricted_views(register, admin)
            ] == [("director", "incident", uid_of(register, "incident", iid)),
                  ("local", "incident", uid_of(register, "incident", iid))]
    with pytest.raises(AccessDenied):
        incidents.get(admin, iid)
    with pytest.raises(AccessDenied):
        incidents.save(director, an_incident(make_student(last_name="Ким")))


def test_opening_a_restricted_register_entry_is_audited(
        register: Register, actor: Actor, psychologist: Actor, admin: Actor,
        make_student: Callable[..., int]) -> None:
    regs = RegistrationService(register)
    sid = make_student()
    plain = regs.save(actor, RegistrationData(student_id=sid, kind="school", ground="absence",
                                              start_date=TODAY - timedelta(days=30)))
    restricted = regs.save(actor, RegistrationData(
        student_id=sid, kind="school", ground="suicidal_risk",
        start_date=TODAY - timedelta(days=20)))
    regs.get(actor, plain)
    assert restricted_views(register, admin) == []
    assert regs.get(psychologist, restricted).restricted
    event, = restricted_views(register, admin)
    assert (event.username, event.record_table, event.record_uid) == (
        "psy", "registration", uid_of(register, "registration", restricted))
    with pytest.raises(AccessDenied) as denied:  # the psychologist reads, never writes entries
        regs.save(psychologist, regs.get(psychologist, restricted).data, restricted)
    assert denied.value.action == "write"


@pytest.fixture
def reader_without_restricted(monkeypatch: pytest.MonkeyPatch) -> Actor:
    """A role (not one of ours today) that reads register entries but not restricted ones."""
    rules = {record_type: dict(row) for record_type, row in access.RULES.items()}
    for record_type in ("student", "registration", "chronology", "dashboard", "family"):
        rules[record_type]["reader"] = frozenset({access.READ})
    rules["registration"]["reader"] = frozenset({access.READ, access.WRITE})
    monkeypatch.setattr(access, "RULES", rules)
    return Actor("reader", "reader", "device-R")


def test_restricted_entries_are_left_out_for_a_role_without_the_right(
        register: Register, actor: Actor, reader_without_restricted: Actor, admin: Actor,
        make_student: Callable[..., int], register_snapshot: Snapshot) -> None:
    reader = reader_without_restricted
    regs = RegistrationService(register)
    sid = make_student()
    plain = regs.save(actor, RegistrationData(
        student_id=sid, kind="school", ground="absence", start_date=TODAY - timedelta(days=30),
        measures=[]))
    restricted = regs.save(actor, RegistrationData(
        student_id=sid, kind="police", ground="violence_victim",
        start_date=TODAY - timedelta(days=20)))
    # what the social pedagogue sees
    assert {r.id for r in regs.for_student(actor, sid)} == {plain, restricted}
    # what the reader sees: the plain entry only, everywhere
    assert [r.id for r in regs.for_student(reader, sid)] == [plain]
    assert {e.record_id for e in regs.timeline(reader, sid)} == {plain}
    assert {e.record_id for e in ChronologyService(register).for_student(reader, sid)} == {plain}
    assert [line.id for line in StudentService(register).card(reader, sid).registrations] == [plain]
    regs.get(reader, plain)
    before = register_snapshot()
    with pytest.raises(AccessDenied) as denied:
        regs.get(reader, restricted)
    assert (denied.value.action, denied.value.record_type) == ("read", "registration_restricted")
    for attempt in (lambda: regs.archive(reader, restricted),
                    lambda: regs.save(reader, RegistrationData(
                        student_id=sid, kind="school", ground="suicidal_risk",
                        start_date=TODAY - timedelta(days=2)))):
        with pytest.raises(AccessDenied) as denied:
            attempt()
        assert (denied.value.action, denied.value.record_type) == (
            "write", "registration_restricted")
    assert register_snapshot() == before
    # counts name no child: every entry counts
    assert regs.counts(reader)["police"] == 1


def test_due_items_of_restricted_entries_are_left_out_for_a_role_without_the_right(
        register: Register, actor: Actor, reader_without_restricted: Actor,
        make_student: Callable[..., int]) -> None:
    regs = RegistrationService(register)
    sid = make_student()
    measure = [MeasureData(measure="Беседа", responsible="Сапарова", deadline=TODAY)]
    plain = regs.save(actor, RegistrationData(
        student_id=sid, kind="school", ground="absence", start_date=TODAY - timedelta(days=30),
        measures=measure))
    restricted = regs.save(actor, RegistrationData(
        student_id=sid, kind="school", ground="suicidal_risk",
        start_date=TODAY - timedelta(days=20), measures=measure))
    assert {i.record_id for i in regs.due(actor, TODAY)} == {plain, restricted}
    assert {i.record_id for i in regs.due(reader_without_restricted, TODAY)} == {plain}


@pytest.fixture
def casework(register: Register, actor: Actor, psychologist: Actor,
             make_student: Callable[..., int]) -> dict[str, int]:
    """One child with a register entry, a home visit (next visit due), an incident (steps
    overdue) and a session (follow-up due)."""
    sid = make_student()
    return {
        "student": sid,
        "registration": RegistrationService(register).save(actor, RegistrationData(
            student_id=sid, kind="school", ground="absence",
            start_date=TODAY - timedelta(days=40))),
        "home_visit": HomeVisitService(register).save(actor, a_visit(sid)),
        "incident": IncidentService(register).save(actor, an_incident(sid)),
        "session": PsySessionService(register).save(psychologist, a_session(sid)),
    }


@pytest.mark.parametrize(("role", "kinds"), [
    ("social_pedagogue", {"registration", "home_visit", "incident", "session"}),
    ("psychologist", {"registration", "incident", "session"}),
    ("director", {"registration", "home_visit", "incident"}),
])
def test_chronology_shows_what_the_role_may_read(register: Register, casework: dict[str, int],
                                                 role: str, kinds: set[str]) -> None:
    reader = Actor("someone", role, register.device_id)
    entries = ChronologyService(register).for_student(reader, casework["student"])
    assert {e.kind for e in entries} == kinds
    assert {(e.kind, e.record_id) for e in entries} == {(k, casework[k]) for k in kinds}
    for e in entries:
        if e.kind == "session":  # the shareable summary at most, never the content
            assert e.detail == "Кеңес берілді"
            assert "Құпия" not in e.title + e.detail


@pytest.mark.parametrize(("role", "record_kinds"), [
    ("social_pedagogue", {"home_visit", "incident"}),
    ("psychologist", {"incident", "session"}),
    ("director", {"home_visit", "incident"}),
])
def test_dashboard_shows_what_the_role_may_read(register: Register, casework: dict[str, int],
                                                role: str, record_kinds: set[str]) -> None:
    reader = Actor("someone", role, register.device_id)
    board = DashboardService(register).build(reader)
    due = {(i.record_kind, i.record_id) for i in board.overdue + board.upcoming}
    assert due == {(k, casework[k]) for k in record_kinds}
    assert board.counts["reg_school"] == 1
