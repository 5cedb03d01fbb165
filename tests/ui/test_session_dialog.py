"""The session dialog and the session list driven like a user: fill, save, read what was stored;
bad input shows the message under the field and stores nothing; the risk screen offers an
incident."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from pedagogue_app import models
from pedagogue_app.services.sessions import ParticipantData, PsySessionService, SessionData
from pedagogue_app.views import session_dialog
from pedagogue_app.views.session_dialog import SessionDialog, open_session
from pedagogue_app.views.session_list import SessionListPage

TODAY = date.today()
DAY = TODAY - timedelta(days=3)
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
INCIDENT_QUESTION = "Open an incident for this session now?"


class FakePicker:
    """Stands in for StudentPicker: 'chooses' the ids in ``FakePicker.chosen``."""

    chosen: list[int] = []
    made: list[bool] = []

    def __init__(self, students: Any, actor: Any, *, multiple: bool = False,
                 parent: Any = None) -> None:
        FakePicker.made.append(multiple)
        self.chosen_ids = list(FakePicker.chosen)

    def exec(self) -> int:
        return 1 if self.chosen_ids else 0


@pytest.fixture
def picker(monkeypatch: pytest.MonkeyPatch) -> type[FakePicker]:
    monkeypatch.setattr(session_dialog, "StudentPicker", FakePicker)
    FakePicker.chosen, FakePicker.made = [], []
    return FakePicker


@pytest.fixture
def sessions(register) -> PsySessionService:
    return PsySessionService(register)


@pytest.fixture
def kids(make_student) -> dict[str, int]:
    return {
        "aizhan": make_student(),
        "erlan": make_student(last_name="Ахметов", first_name="Ерлан", patronymic="Қайратұлы",
                              sex="M", grade=7, class_letter="Ә"),
        "olga": make_student(last_name="Ким", first_name="Ольга", patronymic="Викторовна",
                             grade=7, class_letter="Ә"),
        "nurlan": make_student(last_name="Сейітов", first_name="Нұрлан", patronymic="",
                               sex="M", grade=7, class_letter="Ә"),
    }


def _dialog(qtbot, sessions, student_service, psychologist) -> SessionDialog:
    dlg = SessionDialog(sessions, student_service, psychologist)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _fill(dlg: SessionDialog, **values: Any) -> None:
    ui = dlg.ui
    ui.session_date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    ui.start_time.setText(values.get("start", "10:30"))
    ui.duration_min.setValue(values.get("duration", 45))
    _choose(ui.requester, values.get("requester", "teacher"))
    ui.request.setPlainText("Сыныптастары мазақ етеді, сабаққа барғысы келмейді")
    ui.methods.setPlainText("Әңгімелесу, бақылау, Филлипс тесті")
    ui.results.setPlainText("Мектептегі мазасыздықтың жоғары деңгейі")
    ui.conclusion.setPlainText("Түзету жұмысы қажет: мазасыздықты төмендету")
    ui.recommendations.setPlainText("Сынып жетекшісіне: тақтаға ескертусіз шақырмау")
    ui.psychologist.setText("Бекова Сәуле Ерланқызы")
    ui.shareable_summary.setPlainText("Консультация өткізілді, ұсыныстар берілді")


def _stored(sessions, psychologist, dlg) -> SessionData:
    assert dlg.saved_id is not None
    return sessions.get(psychologist, dlg.saved_id).data


# --- saving -----------------------------------------------------------------------------------

def test_individual_session_for_a_student_is_stored(qtbot, click_save, sessions, student_service,
                                                    psychologist, kids):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(student_id=kids["erlan"])
    assert dlg.ui.student_id.text() == "Ахметов Ерлан Қайратұлы, 7Ә"
    assert not dlg.is_dirty()
    _fill(dlg, start="9:05")
    dlg.ui.parent_consent.setChecked(True)
    dlg.ui.follow_up_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(7))
    dlg.ui.referral_out.setPlainText("ПМПК")
    click_save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    d = _stored(sessions, psychologist, dlg)
    assert (d.session_date, d.start_time, d.duration_min, d.session_type) == (
        DAY, "09:05", 45, "individual")
    assert (d.client_kind, d.student_id, d.client_name) == (
        "student", kids["erlan"], "Ахметов Ерлан Қайратұлы")
    assert (d.requester, d.follow_up_on, d.referral_out, d.parent_consent) == (
        "teacher", TODAY + timedelta(days=7), "ПМПК", True)
    assert d.request == "Сыныптастары мазақ етеді, сабаққа барғысы келмейді"
    assert d.shareable_summary == "Консультация өткізілді, ұсыныстар берілді"
    assert sessions.risk_flags(d) == []


def test_parent_consultation_about_a_child(qtbot, click_save, sessions, student_service, psychologist,
                                           kids, picker):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    _fill(dlg, requester="parent")
    _choose(dlg.ui.client_kind, "parent")
    assert dlg.ui.client_name.isVisible()
    assert dlg.ui.student_id_label.text() == "About student"
    dlg.ui.client_name.setText("Оспанова Гүлнар Маратқызы")
    picker.chosen = [kids["aizhan"]]
    qtbot.mouseClick(dlg.ui.choose_student, Qt.MouseButton.LeftButton)
    assert picker.made == [False]  # one student
    click_save(dlg)
    d = _stored(sessions, psychologist, dlg)
    assert (d.client_kind, d.client_name, d.student_id, d.parent_consent) == (
        "parent", "Оспанова Гүлнар Маратқызы", kids["aizhan"], False)


def test_family_session_with_two_parents(qtbot, click_save, sessions, student_service, psychologist,
                                         kids, picker):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    _fill(dlg)
    _choose(dlg.ui.session_type, "family")
    assert not dlg.ui.client_kind.isVisible() and dlg.ui.add_parent.isVisible()
    assert not dlg.ui.add_students.isVisible()
    picker.chosen = [kids["aizhan"]]
    dlg.ui.choose_student.click()
    for name in ("Оспанова Гүлнар Маратқызы", "Оспанов Серік"):
        dlg.ui.add_parent.click()
        dlg.ui.participants.item(dlg.ui.participants.rowCount() - 1, 0).setText(name)
    click_save(dlg)
    d = _stored(sessions, psychologist, dlg)
    assert (d.session_type, d.student_id, d.client_kind) == ("family", kids["aizhan"], "parent")
    assert [(p.role, p.name) for p in d.participants] == [
        ("parent", "Оспанова Гүлнар Маратқызы"), ("parent", "Оспанов Серік")]


def _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker) -> SessionDialog:
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    _fill(dlg, requester="administration")
    _choose(dlg.ui.session_type, "group")
    assert not dlg.ui.client_kind.isVisible() and not dlg.ui.student_id.isVisible()
    dlg.ui.client_name.setText("7Ә: сыныпты топтастыру тренингі")
    picker.chosen = [kids["erlan"], kids["olga"], kids["nurlan"]]
    qtbot.mouseClick(dlg.ui.add_students, Qt.MouseButton.LeftButton)
    assert picker.made == [True]  # several at once
    assert dlg.ui.participants_label.text() == "Students: 3"
    return dlg


def test_group_with_bullying_emits_the_risk_and_opens_an_incident(
        qtbot, click_save, sessions, student_service, psychologist, kids, picker, answer_boxes):
    dlg = _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker)
    dlg.ui.risk_bullying.setChecked(True)
    opened: list[int] = []
    dlg.on_open_incident = opened.append
    asked = answer_boxes(YES)
    with qtbot.waitSignal(dlg.risk_flagged, timeout=1000) as signal:
        click_save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    sid = dlg.saved_id
    assert signal.args == [sid, ["bullying"]]
    assert asked == [INCIDENT_QUESTION]
    assert opened == [sid]
    d = _stored(sessions, psychologist, dlg)
    assert (d.session_type, d.client_name, d.risk_bullying) == (
        "group", "7Ә: сыныпты топтастыру тренингі", True)
    assert [p.student_id for p in d.participants] == [kids["erlan"], kids["olga"], kids["nurlan"]]


def test_answer_no_only_emits_the_signal(qtbot, sessions, student_service, psychologist, kids, picker,
                                         answer_boxes):
    dlg = _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker)
    dlg.ui.risk_bullying.setChecked(True)
    dlg.ui.risk_suicidal.setChecked(True)
    opened: list[int] = []
    dlg.on_open_incident = opened.append
    asked = answer_boxes(NO)
    flagged: list[tuple[int, list[str]]] = []
    dlg.risk_flagged.connect(lambda sid, codes: flagged.append((sid, codes)))
    assert dlg.save()
    assert flagged == [(dlg.saved_id, ["suicidal", "bullying"])]
    assert asked == [INCIDENT_QUESTION] and opened == []


def test_without_a_handler_there_is_no_question(qtbot, sessions, student_service, psychologist, kids,
                                                answer_boxes):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(kids["aizhan"])
    _fill(dlg)
    dlg.ui.parent_consent.setChecked(True)
    dlg.ui.risk_self_harm.setChecked(True)
    asked = answer_boxes(YES)
    flagged: list[Any] = []
    dlg.risk_flagged.connect(lambda sid, codes: flagged.append((sid, codes)))
    assert dlg.save()
    assert flagged == [(dlg.saved_id, ["self_harm"])] and asked == []


def test_no_risk_no_signal_no_question(qtbot, sessions, student_service, psychologist, kids,
                                       answer_boxes):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(kids["aizhan"])
    _fill(dlg)
    dlg.ui.parent_consent.setChecked(True)
    dlg.on_open_incident = lambda sid: pytest.fail("no risk was ticked")
    asked = answer_boxes(YES)
    flagged: list[Any] = []
    dlg.risk_flagged.connect(lambda *args: flagged.append(args))
    assert dlg.save()
    assert flagged == [] and asked == []


def test_editing_with_the_same_risk_does_not_ask_again(qtbot, sessions, student_service, psychologist,
                                                       kids, answer_boxes):
    sid = sessions.save(psychologist, SessionData(
        session_date=DAY, start_time="10:00", student_id=kids["aizhan"], parent_consent=True,
        risk_bullying=True))
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.load(sessions.get(psychologist, sid))
    opened: list[int] = []
    dlg.on_open_incident = opened.append
    asked = answer_boxes(YES)
    flagged: list[Any] = []
    dlg.risk_flagged.connect(lambda *args: flagged.append(args))
    dlg.ui.results.setPlainText("Жағдай жақсарды")
    assert dlg.save()
    assert flagged == [(sid, ["bullying"])]  # the signal still tells the caller
    assert asked == [] and opened == []  # but the user is not asked twice
    dlg.ui.risk_abuse.setChecked(True)  # a new risk: asked again
    assert dlg.save()
    assert asked == [INCIDENT_QUESTION] and opened == [sid]
    assert models.PsySession.select().count() == 1  # the second save edited the same session


# --- bad input --------------------------------------------------------------------------------

def test_future_date_and_bad_time_are_shown(qtbot, click_save, sessions, student_service, psychologist,
                                            kids, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(kids["erlan"])
    _fill(dlg, start="25:00")
    dlg.ui.parent_consent.setChecked(True)
    dlg.ui.session_date.setDate(QDate.currentDate().addDays(1))
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text("session_date") == "The date cannot be in the future."
    assert dlg.errors.text("start_time") == "Enter the time as HH:MM, e.g. 09:30."
    assert register_snapshot() == before


def test_individual_session_needs_a_student(qtbot, click_save, sessions, student_service, psychologist,
                                            register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    _fill(dlg)
    click_save(dlg)
    assert dlg.errors.text("student_id") == "Choose a student."
    assert register_snapshot() == before


def test_a_minor_needs_consent_unless_in_crisis(qtbot, click_save, sessions, student_service,
                                                psychologist, kids, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(kids["aizhan"])
    _fill(dlg)
    click_save(dlg)
    assert dlg.errors.text("parent_consent") == (
        "A student under 18 needs a parent's consent (only a crisis session may be held "
        "without it).")
    assert register_snapshot() == before
    _choose(dlg.ui.session_type, "crisis")
    click_save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert _stored(sessions, psychologist, dlg).parent_consent is False


def test_follow_up_before_the_session(qtbot, click_save, sessions, student_service, psychologist, kids,
                                      register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(kids["aizhan"])
    _fill(dlg)
    dlg.ui.parent_consent.setChecked(True)
    dlg.ui.follow_up_on.setDate(QDate(DAY.year, DAY.month, DAY.day))
    click_save(dlg)
    assert dlg.errors.text("follow_up_on") == "The follow-up date must be after the session date."
    assert register_snapshot() == before


def test_group_of_one_is_refused(qtbot, click_save, sessions, student_service, psychologist, kids,
                                 picker, register_snapshot):
    before = register_snapshot()
    dlg = _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker)
    for _ in range(2):
        dlg.ui.participants.setCurrentCell(0, 0)
        dlg.ui.participants.selectRow(0)
        dlg.ui.remove_participant.click()
    assert dlg.ui.participants_label.text() == "Students: 1"
    click_save(dlg)
    assert dlg.errors.text("participants") == "A group session needs at least 2 students."
    assert register_snapshot() == before


def test_the_same_student_is_added_once(qtbot, sessions, student_service, psychologist, kids, picker):
    dlg = _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker)
    picker.chosen = [kids["olga"], kids["aizhan"]]
    dlg.ui.add_students.click()
    names = [dlg.ui.participants.item(r, 0).text() for r in range(dlg.ui.participants.rowCount())]
    assert names == ["Ахметов Ерлан Қайратұлы", "Ким Ольга Викторовна", "Сейітов Нұрлан",
                     "Оспанова Айжан Серікқызы"]
    assert dlg.ui.participants.item(3, 1).text() == "5А"


def test_family_parent_without_a_name(qtbot, click_save, sessions, student_service, psychologist, kids,
                                      picker, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    _fill(dlg)
    _choose(dlg.ui.session_type, "family")
    picker.chosen = [kids["aizhan"]]
    dlg.ui.choose_student.click()
    dlg.ui.add_parent.click()
    click_save(dlg)
    assert dlg.errors.text("participants") == "Row 1: This field is required."
    assert register_snapshot() == before


def test_summary_copying_the_conclusion_is_refused(qtbot, click_save, sessions, student_service,
                                                   psychologist, kids, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.start_for(kids["aizhan"])
    _fill(dlg)
    dlg.ui.parent_consent.setChecked(True)
    dlg.ui.shareable_summary.setPlainText(dlg.ui.conclusion.toPlainText())
    click_save(dlg)
    assert dlg.errors.text("shareable_summary").startswith(
        "The summary repeats the confidential request, results or conclusion")
    assert dlg.ui.tabs.currentWidget() is dlg.ui.summary_tab  # the field is shown
    assert register_snapshot() == before


def test_summary_counter(qtbot, sessions, student_service, psychologist):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.ui.shareable_summary.setPlainText("Кеңес берілді")
    assert dlg.ui.summary_count.text() == "13 of 500 characters"
    dlg.ui.shareable_summary.setPlainText("ж" * 501)
    assert dlg.ui.summary_count.text() == "501 of 500 characters"
    assert "b00020" in dlg.ui.summary_count.styleSheet()


# --- editing ----------------------------------------------------------------------------------

def test_removing_a_group_member_tombstones_it(qtbot, sessions, student_service, psychologist, kids):
    sid = sessions.save(psychologist, SessionData(
        session_date=DAY, start_time="14:00", session_type="group", client_name="7Ә",
        participants=[ParticipantData(student_id=kids[k]) for k in ("erlan", "olga", "nurlan")]))
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.load(sessions.get(psychologist, sid))
    assert dlg.ui.participants.rowCount() == 3 and not dlg.is_dirty()
    dlg.ui.participants.setCurrentCell(1, 0)
    dlg.ui.participants.selectRow(1)
    dlg.ui.remove_participant.click()
    assert dlg.is_dirty()
    assert dlg.save()
    assert [p.student_id for p in sessions.get(psychologist, sid).data.participants] == [
        kids["erlan"], kids["nurlan"]]
    gone = models.SessionParticipant.get(models.SessionParticipant.student == kids["olga"])
    assert gone.deleted


def test_switching_type_keeps_the_roster_out_of_an_individual_session(
        qtbot, sessions, student_service, psychologist, kids, picker):
    dlg = _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker)
    _choose(dlg.ui.session_type, "individual")
    assert all(dlg.ui.participants.isRowHidden(r) for r in range(3))
    assert dlg.values().participants == []
    _choose(dlg.ui.session_type, "group")
    assert len(dlg.values().participants) == 3


def test_demo_like_sessions_open_and_save_unchanged(qtbot, sessions, student_service, psychologist,
                                                    kids, register):
    """Rows written as the demo writes them (H:MM times, names copied) save back unchanged."""
    common = {"session_date": DAY, "duration_min": 45, "requester": "teacher",
              "request": "Конфликт со сверстниками", "methods": "беседа, наблюдение",
              "results": "Запрос проработан, ребёнок открыт к контакту",
              "conclusion": "Требуется наблюдение и повторная встреча",
              "recommendations": "Классному руководителю: поддержка в классе",
              "shareable_summary": "Проведена консультация, даны рекомендации",
              "follow_up_on": DAY + timedelta(days=14), "psychologist": "Бекова Сәуле",
              "parent_consent": True, "updated_by": register.device_id}
    individual = models.PsySession.create(
        start_time="9:30", session_type="correctional", student=kids["erlan"],
        client_name="Ахметов Ерлан Қайратұлы", risk_bullying=True, **common)
    family = models.PsySession.create(
        start_time="16:00", session_type="family", client_kind="parent", student=kids["aizhan"],
        client_name="Оспанова Гүлнар Маратқызы", **common)
    models.SessionParticipant.create(session=family, name="Оспанова Гүлнар Маратқызы",
                                     role="parent", updated_by=register.device_id)
    group = models.PsySession.create(
        start_time="11:00", session_type="group", client_name="7Ә", **common)
    for key in ("erlan", "olga", "nurlan"):
        models.SessionParticipant.create(session=group, student=kids[key],
                                         name=student_service.get(psychologist, kids[key]).full_name,
                                         updated_by=register.device_id)
    for row in (individual, family, group):
        before = sessions.get(psychologist, row.id)
        dlg = _dialog(qtbot, sessions, student_service, psychologist)
        dlg.load(before)
        assert not dlg.is_dirty()
        assert dlg.save(), dlg.errors.labels
        after = sessions.get(psychologist, row.id)
        before.data.start_time = before.data.start_time.zfill(5)
        assert after.data == before.data
        assert after.version == before.version + 1


def test_open_session_loads_the_record(qtbot, sessions, psychologist, kids, monkeypatch):
    sid = sessions.save(psychologist, SessionData(session_date=DAY, start_time="10:00",
                                           student_id=kids["olga"], parent_consent=True))
    shown: list[SessionDialog] = []

    def fake_exec(self: SessionDialog) -> int:
        shown.append(self)
        self.ui.results.setPlainText("Динамика оң")
        self.accept()
        return self.result()

    monkeypatch.setattr(SessionDialog, "exec", fake_exec)
    assert open_session(None, sessions, psychologist, sid) is True
    assert shown[0].windowTitle() == "Edit psychologist session"
    assert shown[0].ui.student_id.text() == "Ким Ольга Викторовна, 7Ә"
    assert sessions.get(psychologist, sid).data.results == "Динамика оң"


def test_unsaved_edits_ask_before_closing(qtbot, sessions, student_service, psychologist, answer_boxes):
    dlg = _dialog(qtbot, sessions, student_service, psychologist)
    dlg.ui.request.setPlainText("Жаңа жазба")
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    dlg.reject()
    assert dlg.isVisible() and asked == ["Discard the changes you made?"]


# --- the session list -------------------------------------------------------------------------

@pytest.fixture
def logged(sessions, psychologist, kids) -> dict[str, int]:
    return {
        "erlan": sessions.save(psychologist, SessionData(
            session_date=TODAY - timedelta(days=2), start_time="10:00", session_type="diagnostic",
            student_id=kids["erlan"], parent_consent=True, risk_bullying=True,
            follow_up_on=TODAY + timedelta(days=5))),
        "group": sessions.save(psychologist, SessionData(
            session_date=TODAY - timedelta(days=20), start_time="14:00", session_type="group",
            client_name="7Ә: тренинг", participants=[
                ParticipantData(student_id=kids[k]) for k in ("erlan", "olga", "nurlan")])),
        "parent": sessions.save(psychologist, SessionData(
            session_date=TODAY - timedelta(days=40), start_time="09:00", client_kind="parent",
            client_name="Оспанова Гүлнар", student_id=kids["aizhan"], requester="parent")),
    }


def _page(qtbot, sessions, psychologist) -> SessionListPage:
    page = SessionListPage(sessions, psychologist)
    qtbot.addWidget(page)
    page.show()
    return page


def _column(page: SessionListPage, col: int) -> list[str]:
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_list_shows_sessions_newest_first(qtbot, sessions, psychologist, logged):
    page = _page(qtbot, sessions, psychologist)
    assert page.ui.count.text() == "3 session(s) shown"
    assert _column(page, 4) == ["Ахметов Ерлан Қайратұлы", "7Ә: тренинг (3)",
                                "Оспанова Гүлнар (Оспанова Айжан Серікқызы)"]
    assert _column(page, 0)[0] == (TODAY - timedelta(days=2)).strftime("%d.%m.%Y")
    assert _column(page, 3) == ["diagnostics", "group session", "individual consultation"]
    assert _column(page, 7) == ["bullying", "", ""]
    assert _column(page, 6)[0] == (TODAY + timedelta(days=5)).strftime("%d.%m.%Y")
    page.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [
        logged["parent"], logged["group"], logged["erlan"]]


def test_list_filters(qtbot, sessions, psychologist, logged):
    page = _page(qtbot, sessions, psychologist)
    page.ui.search.setText("Ким")  # a participant of the group
    assert _column(page, 4) == ["7Ә: тренинг (3)"]
    page.ui.search.clear()
    _choose(page.ui.type_filter, "diagnostic")
    assert page.ui.count.text() == "1 session(s) shown"
    _choose(page.ui.type_filter, None)
    day = TODAY - timedelta(days=30)
    page.ui.date_from.setDate(QDate(day.year, day.month, day.day))
    assert page.model.rowCount() == 2
    page.ui.date_to.setDate(QDate(day.year, day.month, day.day).addDays(15))
    assert _column(page, 4) == ["7Ә: тренинг (3)"]


def test_enter_opens_and_new_asks(qtbot, sessions, psychologist, logged):
    page = _page(qtbot, sessions, psychologist)
    opened: list[int] = []
    page.open_requested.connect(opened.append)
    page.ui.search.setText("Оспанова")
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)
    assert opened == [logged["parent"]]
    page.ui.search.clear()
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)  # several rows: the table takes the focus
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert opened == [logged["parent"], logged["erlan"]]
    with qtbot.waitSignal(page.new_requested, timeout=1000):
        qtbot.mouseClick(page.ui.new_session, Qt.MouseButton.LeftButton)


def test_list_model_passes_the_model_tester(qtbot, qtmodeltester, sessions, psychologist, logged):
    page = _page(qtbot, sessions, psychologist)
    qtmodeltester.check(page.model, force_py=False)
    page.ui.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model, force_py=False)
    page.refresh()
    assert page.model.rowCount() == 3


def test_language_switch_keeps_the_layout_of_the_type(qtbot, sessions, student_service, psychologist,
                                                      kids, picker):
    from pedagogue_app import i18n

    dlg = _group_dialog(qtbot, sessions, student_service, psychologist, kids, picker)
    before = dlg.values()
    i18n.install("ru")
    assert dlg.ui.add_students.isVisible() and not dlg.ui.client_kind.isVisible()
    assert dlg.ui.participants_label.text().endswith("3")
    assert dlg.values() == before  # the choices survive the refilled combos
