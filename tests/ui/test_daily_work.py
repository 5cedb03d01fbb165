"""A day's work across areas, through the same wiring the window uses (records.py): a home visit,
a register entry with three measures, a group session whose risk screen opens an incident (the
psychologist's), the incident's steps ticked; then the dashboard and the chronology show all of
it (the session at summary level for the social pedagogue)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pedagogue_app.services import Actor
from pedagogue_app.services.home_visits import HomeVisitData
from pedagogue_app.services.registrations import MeasureData, RegistrationData
from pedagogue_app.views import incident_dialog, records, session_dialog, student_card
from pedagogue_app.views.records import Services, new_record

TODAY = date.today()


@pytest.fixture
def day(register, actor, make_family, make_student):
    fid = make_family(title="Ахметовтер")
    kids = [make_student(last_name="Ахметов", first_name="Ерлан", sex="M", grade=7,
                         class_letter="Ә", family_id=fid),
            make_student(last_name="Ким", first_name="Ольга", grade=7, class_letter="Ә"),
            make_student(last_name="Сейітов", first_name="Нұрлан", sex="M", grade=7,
                         class_letter="Ә")]
    return Services(register), fid, kids


def _visit_and_register(services, actor, fid, kid):
    visit = services.home_visits.save(actor, HomeVisitData(
        visit_date=TODAY - timedelta(days=3), visit_time="16:00", family_id=fid,
        student_id=kid, commission="Оспанова Гүлнар — социальный педагог",
        conclusion="unsatisfactory", recommendations="Контроль посещаемости",
        next_visit_on=TODAY + timedelta(days=7)))
    entry = services.registrations.save(actor, RegistrationData(
        student_id=kid, kind="school", ground="absence", start_date=TODAY - timedelta(days=2),
        protocol_no="4", protocol_date=TODAY - timedelta(days=2), measures=[
            MeasureData(measure=f"Мера {n}", responsible="классный руководитель",
                        deadline=TODAY + timedelta(days=n * 3)) for n in (1, 2, 3)]))
    return visit, entry


def test_a_day_of_work_reaches_the_dashboard_and_the_chronology(
        qtbot, day, actor, psychologist, monkeypatch, answer_boxes):
    services, fid, kids = day
    visit, entry = _visit_and_register(services, actor, fid, kids[0])
    answer_boxes(QMessageBox.StandardButton.Yes)  # "open an incident for this session now?"

    class Picker:  # the student picker returns the three children
        def __init__(self, *_args, **_kw):
            self.chosen_ids = kids

        def exec(self):
            return 1

    monkeypatch.setattr(session_dialog, "StudentPicker", Picker)
    drafts = []

    def save_incident(dlg):
        drafts.append(dlg.values())
        # what the psychologist completes in the draft: when, who reports, who was the target
        dlg.ui.occurred_at.setDateTime(dlg.ui.reported_at.dateTime().addSecs(-3600))
        dlg.ui.reporter.setText("Оспанова Гүлнар")
        role = dlg.ui.participants.cellWidget(0, incident_dialog.P_ROLE)
        role.setCurrentIndex(role.findData("target"))
        return 1 if dlg.save() else 0

    def group_session(dlg):
        ui = dlg.ui
        ui.session_type.setCurrentIndex(ui.session_type.findData("group"))
        ui.client_name.setText("7Ә: тренинг")
        ui.requester.setCurrentIndex(ui.requester.findData("administration"))
        ui.start_time.setText("10:00")
        qtbot.mouseClick(ui.add_students, Qt.MouseButton.LeftButton)
        ui.risk_bullying.setChecked(True)
        return 1 if dlg.save() else 0

    monkeypatch.setattr(incident_dialog.IncidentDialog, "exec", save_incident)
    monkeypatch.setattr(session_dialog.SessionDialog, "exec", group_session)
    assert new_record(None, services, psychologist, "session")

    draft = drafts[0]
    assert draft.incident_type == "bullying"
    assert sorted(p.student_id for p in draft.participants) == sorted(kids)
    incidents = services.incidents.for_student(actor, kids[0])
    assert len(incidents) == 1
    incident = services.incidents.get(actor, incidents[0].id)
    assert incident.data.source_session_id is not None
    for step in incident.data.steps:
        services.incidents.tick_step(actor, step.id, True)
    assert all(s.done_at for s in services.incidents.get(actor, incident.id).data.steps)

    board = services.dashboard.build(actor)
    due = {(i.kind, i.record_kind, i.record_id) for i in board.overdue + board.upcoming}
    assert ("visit", "home_visit", visit) in due
    assert sum(1 for k, rk, rid in due if k == "measure" and rid == entry) >= 1
    assert not any(k == "step" for k, _rk, _rid in due)  # every step ticked
    assert board.counts["reg_school"] == 1

    kinds = [e.kind for e in services.chronology.for_student(actor, kids[0])]
    assert {"home_visit", "registration", "session", "incident"} <= set(kinds)
    other = [e.kind for e in services.chronology.for_student(actor, kids[2])]
    assert {"session", "incident"} <= set(other)
    # the psychologist's chronology: sessions and incidents, no home visits
    kinds = [e.kind for e in services.chronology.for_student(psychologist, kids[0])]
    assert {"registration", "session", "incident"} <= set(kinds) and "home_visit" not in kinds


def test_the_card_opens_each_chronology_entry(qtbot, day, actor, monkeypatch):
    services, fid, kids = day
    visit, entry = _visit_and_register(services, actor, fid, kids[0])
    card = student_card.StudentCardDialog(services, actor, kids[0])
    qtbot.addWidget(card)
    table = card.ui.chronology
    assert table.rowCount() == 2
    opened = []
    monkeypatch.setattr(records, "open_record",
                        lambda _p, _s, _a, kind, rid: opened.append((kind, rid)) or False)
    monkeypatch.setattr(student_card, "open_record", records.open_record)
    for row in range(table.rowCount()):
        card._open_entry(table.item(row, 0))
    assert sorted(opened) == sorted([("home_visit", visit), ("registration", entry)])
    card.ui.kind_filter.setCurrentIndex(card.ui.kind_filter.findData("registration"))
    assert table.rowCount() == 1


def test_archive_from_the_chronology_and_undo(qtbot, day, actor, answer_boxes):
    services, fid, kids = day
    visit, entry = _visit_and_register(services, actor, fid, kids[0])
    card = student_card.StudentCardDialog(services, actor, kids[0])
    qtbot.addWidget(card)
    table = card.ui.chronology
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).data(student_card.KIND_ROLE) == ("registration", entry))
    table.setCurrentCell(row, 0)
    asked = answer_boxes(QMessageBox.StandardButton.No)
    card.ui.archive_record.click()
    assert asked and table.rowCount() == 2  # answered No: nothing archived
    answer_boxes(QMessageBox.StandardButton.Yes)
    table.setCurrentCell(row, 0)
    card.ui.archive_record.click()
    assert table.rowCount() == 1
    assert card.ui.archive_status.text() == "The record was archived."
    assert services.registrations.for_student(actor, kids[0]) == []
    card.ui.undo_archive.click()
    assert table.rowCount() == 2
    assert [r.id for r in services.registrations.for_student(actor, kids[0])] == [entry]
    assert card.ui.undo_archive.isHidden()


def test_the_social_pedagogue_opens_only_the_summary_of_a_session(qtbot, register, psychologist,
                                                                   actor, make_student,
                                                                   answer_boxes):
    from datetime import date

    from pedagogue_app.services.audit import AuditService
    from pedagogue_app.services.sessions import PsySessionService, SessionData
    from pedagogue_app.views.records import Services, open_record

    seen = answer_boxes()
    sid = make_student()
    session_id = PsySessionService(register).save(psychologist, SessionData(
        session_date=date(2026, 11, 20), start_time="10:00", duration_min=40,
        session_type="individual", client_kind="student", student_id=sid, parent_consent=True,
        request="Жеке сыр: үйдегі жағдай", shareable_summary="Кеңес берілді, бақылау жалғасады"))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_record(parent, Services(register), actor, "session", session_id) is False
    assert "Кеңес берілді" in seen[-1] and "Жеке сыр" not in seen[-1]
    admin = Actor("admin", "admin", register.device_id)
    viewed = [e for e in AuditService(register).events(admin) if e.action == "view_restricted"]
    assert viewed and viewed[-1].username == actor.username


@pytest.mark.parametrize("role, can_archive, kinds", [
    ("director", False, []),
    ("psychologist", False, ["support_plan", "session", "incident", "referral"]),
    ("social_pedagogue", True, ["registration", "home_visit", "support_plan", "incident",
                                "referral"]),
])
def test_the_card_offers_only_what_the_role_may_change(qtbot, register, make_student, role,
                                                      can_archive, kinds, answer_boxes):
    from pedagogue_app.views.student_card import StudentCardDialog

    seen = answer_boxes()
    sid = make_student()
    who = Actor("someone", role, register.device_id)
    card = StudentCardDialog(Services(register), who, sid)
    qtbot.addWidget(card)
    assert card.ui.archive.isEnabled() is can_archive
    assert [a.data() for a in card.add_menu.actions()] == kinds
    assert card.ui.add_record.isEnabled() is bool(kinds)
    if role == "psychologist":  # a record the role may not read is refused with a message
        assert records.open_record(card, Services(register), who, "home_visit", 1) is False
        assert seen[-1] == "Your role may not open this record."
