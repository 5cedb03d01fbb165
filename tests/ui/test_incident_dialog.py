"""The incident dialog, the response-checklist editor and the incident list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableWidgetItem

from pedagogue_app import models
from pedagogue_app.services import Actor
from pedagogue_app.services.incidents import (
    DEFAULT_CHECKLISTS,
    RESPONSE_STEPS,
    IncidentData,
    IncidentService,
    ParticipantData,
)
from pedagogue_app.views import incident_dialog
from pedagogue_app.views.incident_dialog import (
    S_AT,
    S_BY,
    S_DEADLINE,
    S_DONE,
    S_NA,
    S_NOTE,
    S_TITLE,
    IncidentDialog,
    open_incident,
)
from pedagogue_app.views.incident_list import IncidentListPage
from pedagogue_app.views.response_templates_dialog import ResponseTemplatesDialog
from pedagogue_app.views.table_models import ID_ROLE

NOW = datetime.now().replace(second=0, microsecond=0)
OCCURRED = NOW - timedelta(days=2, hours=3)
REPORTED = NOW - timedelta(days=2)
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
PEDAGOGUE = Actor(username="Жұмабаева Г.", role="social_pedagogue", device_id="pc-1")


@pytest.fixture
def incidents(register) -> IncidentService:
    return IncidentService(register)


@pytest.fixture
def kids(make_student) -> list[int]:
    return [make_student(last_name="Оспанова", first_name="Айжан"),
            make_student(last_name="Нұрланов", first_name="Нұрсұлтан", sex="M"),
            make_student(last_name="Иванов", first_name="Пётр", sex="M")]


@pytest.fixture
def dialog(qtbot, incidents, student_service) -> IncidentDialog:
    dlg = IncidentDialog(incidents, student_service, PEDAGOGUE)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _time(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _fill(dlg: IncidentDialog, kind: str = "bullying") -> None:
    ui = dlg.ui
    _choose(ui.incident_type, kind)
    ui.occurred_at.setDateTime(_time(OCCURRED))
    ui.reported_at.setDateTime(_time(REPORTED))
    ui.reporter.setText("Сейтқали А. Б., сынып жетекшісі")
    ui.place.setText("Кабинет 204")
    ui.narrative.setPlainText("На перемене у учащейся забрали рюкзак и бросили его в урну.")
    ui.child_words.setPlainText("«Олар күнде солай істейді»")


def _pick(monkeypatch, ids: list[int]) -> None:
    """The student picker answers with ``ids`` instead of waiting for a click."""
    from pedagogue_app.views import student_picker

    def fake_exec(self) -> int:
        self.chosen_ids = list(ids)
        return 1

    monkeypatch.setattr(student_picker.StudentPicker, "exec", fake_exec)


def _role(dlg: IncidentDialog, row: int, role: str) -> None:
    combo = dlg.ui.participants.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    _choose(combo, role)


def _step_row(dlg: IncidentDialog, code: str) -> int:
    table = dlg.ui.steps
    return next(r for r in range(table.rowCount())
                if table.item(r, S_TITLE).data(Qt.ItemDataRole.UserRole + 1) == code)


def _saved(incidents, actor) -> list[int]:
    return [r.id for r in incidents.search(actor)]


# --- the incident dialog ----------------------------------------------------------------------

def test_new_incident_is_stored_with_children_and_checklist(
        qtbot, dialog, click_save, incidents, actor, kids, monkeypatch):
    _fill(dialog)
    _pick(monkeypatch, [kids[0], kids[1]])
    qtbot.mouseClick(dialog.ui.add_student, Qt.MouseButton.LeftButton)
    _role(dialog, 1, "initiator")
    dialog.ui.add_other.click()
    dialog.ui.participants.item(2, 0).setText("Серікова Дана (№12 мектеп)")
    assert [dialog.ui.steps.item(r, S_TITLE).text() for r in range(dialog.ui.steps.rowCount())] \
        == [RESPONSE_STEPS[c] for c, _ in DEFAULT_CHECKLISTS["bullying"]]
    click_save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    rec = incidents.get(actor, dialog.saved_id)
    assert (rec.data.incident_type, rec.data.occurred_at, rec.data.reported_at) == (
        "bullying", OCCURRED, REPORTED)
    assert rec.data.reporter == "Сейтқали А. Б., сынып жетекшісі"
    assert rec.data.child_words == "«Олар күнде солай істейді»"
    assert [(p.student_id, p.name, p.role) for p in rec.data.participants] == [
        (kids[0], "Оспанова Айжан Серікқызы", "target"),
        (kids[1], "Нұрланов Нұрсұлтан Серікқызы", "initiator"),
        (None, "Серікова Дана (№12 мектеп)", "witness")]
    hours = DEFAULT_CHECKLISTS["bullying"]
    assert [(s.code, s.deadline_at) for s in rec.data.steps] == [
        (c, REPORTED + timedelta(hours=h)) for c, h in hours]


def test_a_student_is_listed_once(dialog, kids, monkeypatch):
    _pick(monkeypatch, [kids[0]])
    dialog.ui.add_student.click()
    dialog.ui.add_student.click()
    assert dialog.ui.participants.rowCount() == 1


@pytest.mark.parametrize(("spoil", "field", "tab", "message"), [
    (lambda ui: ui.narrative.setPlainText("  "), "narrative", "account_tab",
     "This field is required."),
    (lambda ui: ui.reporter.setText(""), "reporter", "general_tab", "This field is required."),
    (lambda ui: ui.occurred_at.setDateTime(_time(NOW + timedelta(days=1))), "occurred_at",
     "general_tab", "The date cannot be in the future."),
    (lambda ui: ui.reported_at.setDateTime(_time(OCCURRED - timedelta(hours=1))), "reported_at",
     "general_tab", f"This date cannot be before {OCCURRED:%d.%m.%Y %H:%M}."),
    (lambda ui: ui.adult_relation.setCurrentText("отчим"), "adult_involved", "general_tab",
     "This field is required."),
    (lambda ui: _role_of_first(ui, "witness"), "participants", "children_tab",
     "Add at least one child with the role “target”."),
])
def test_bad_input_is_shown_beside_the_field_and_nothing_stored(
        dialog, click_save, kids, register_snapshot, spoil, field, tab, message):
    dialog.start_for(kids[0])
    _fill(dialog)
    before = register_snapshot()
    spoil(dialog.ui)
    click_save(dialog)
    assert dialog.isVisible()
    assert dialog.errors.text(field) == message
    assert dialog.ui.tabs.currentWidget() is getattr(dialog.ui, tab)
    assert register_snapshot() == before


def _role_of_first(ui, role: str) -> None:
    combo = ui.participants.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData(role))


def test_no_type_chosen(dialog, click_save, kids, register_snapshot):
    dialog.start_for(kids[0])
    before = register_snapshot()
    click_save(dialog)
    assert dialog.errors.text("incident_type") == "This field is required."
    assert dialog.errors.text("occurred_at") == "This field is required."
    assert register_snapshot() == before


def test_ticking_a_step_records_who_and_when(dialog, click_save, incidents, actor, kids):
    dialog.start_for(kids[0])
    _fill(dialog)
    table, row = dialog.ui.steps, _step_row(dialog, "children_separated")
    table.item(row, S_DONE).setCheckState(CHECKED)
    stamped = table.item(row, S_AT).text()
    assert datetime.strptime(stamped, "%d.%m.%Y %H:%M") >= NOW
    assert table.item(row, S_BY).text() == "Жұмабаева Г."
    table.item(row, S_AT).setText(f"{REPORTED + timedelta(minutes=10):%d.%m.%Y %H:%M}")
    table.item(row, S_BY).setText("Ахметова Г. (кезекші мұғалім)")
    other = _step_row(dialog, "parents_informed")
    table.item(other, S_DONE).setCheckState(CHECKED)
    table.item(other, S_DONE).setCheckState(UNCHECKED)
    assert (table.item(other, S_AT).text(), table.item(other, S_BY).text()) == ("", "")
    click_save(dialog)
    steps = {s.code: s for s in incidents.get(actor, dialog.saved_id).data.steps}
    assert (steps["children_separated"].done_at, steps["children_separated"].done_by) == (
        REPORTED + timedelta(minutes=10), "Ахметова Г. (кезекші мұғалім)")
    assert steps["parents_informed"].done_at is None


def test_a_time_typed_wrong(dialog, click_save, kids, register_snapshot):
    dialog.start_for(kids[0])
    _fill(dialog)
    before = register_snapshot()
    row = _step_row(dialog, "administration_informed")
    dialog.ui.steps.item(row, S_DONE).setCheckState(CHECKED)
    dialog.ui.steps.item(row, S_AT).setText("вчера 14:00")
    click_save(dialog)
    assert dialog.errors.text("steps") == f"Row {row + 1}: Enter the time as DD.MM.YYYY HH:MM."
    assert dialog.ui.tabs.currentWidget() is dialog.ui.response_tab
    assert register_snapshot() == before


def test_not_applicable_needs_a_reason_and_unticks_done(dialog, click_save, incidents, actor,
                                                        kids, register_snapshot):
    dialog.start_for(kids[0])
    _fill(dialog)
    table, row = dialog.ui.steps, _step_row(dialog, "psychologist")
    table.item(row, S_DONE).setCheckState(CHECKED)
    table.item(row, S_NA).setCheckState(CHECKED)
    assert table.item(row, S_DONE).checkState() == UNCHECKED and not table.item(row, S_AT).text()
    before = register_snapshot()
    click_save(dialog)
    assert dialog.errors.text("steps") == \
        f"Row {row + 1}: Write in the note why the step does not apply."
    assert register_snapshot() == before
    table.item(row, S_NOTE).setText("ребёнок уже наблюдается у психолога поликлиники")
    click_save(dialog)
    step = next(s for s in incidents.get(actor, dialog.saved_id).data.steps
                if s.code == "psychologist")
    assert step.not_applicable and step.note.startswith("ребёнок")


def test_closing_needs_every_step_settled(dialog, click_save, kids, register_snapshot):
    dialog.start_for(kids[0])
    _fill(dialog)
    _choose(dialog.ui.status, "closed")
    assert dialog.ui.closed_on.date() == QDate.currentDate()
    dialog.ui.closure_note.setPlainText("Урегулировано")
    before = register_snapshot()
    click_save(dialog)
    assert dialog.errors.text("status") == \
        "Before closing, mark every response step done or not applicable."
    assert dialog.ui.tabs.currentWidget() is dialog.ui.closure_tab
    assert register_snapshot() == before
    for row in range(dialog.ui.steps.rowCount()):
        dialog.ui.steps.item(row, S_DONE).setCheckState(CHECKED)
    click_save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_changing_the_type_brings_its_checklist_and_keeps_work_done(dialog, kids):
    dialog.start_for(kids[0])
    _fill(dialog, "bullying")
    table = dialog.ui.steps
    table.item(_step_row(dialog, "children_separated"), S_DONE).setCheckState(CHECKED)
    dialog.ui.add_step.click()
    table.item(table.rowCount() - 1, S_TITLE).setText("Беседа с классом")
    _choose(dialog.ui.incident_type, "violence")
    codes = [table.item(r, S_TITLE).data(Qt.ItemDataRole.UserRole + 1)
             for r in range(table.rowCount())]
    assert codes == [c for c, _ in DEFAULT_CHECKLISTS["violence"]] + ["custom"]
    assert table.item(0, S_DONE).checkState() == CHECKED
    _choose(dialog.ui.incident_type, "self_harm")
    codes = [table.item(r, S_TITLE).data(Qt.ItemDataRole.UserRole + 1)
             for r in range(table.rowCount())]
    assert codes == [c for c, _ in DEFAULT_CHECKLISTS["self_harm"]] + [
        "children_separated", "custom"]  # a ticked step is never dropped


def test_deadlines_follow_the_report_time(dialog, kids):
    dialog.start_for(kids[0])
    _fill(dialog)
    row = _step_row(dialog, "psychologist")
    dialog.ui.reported_at.setDateTime(_time(REPORTED + timedelta(hours=1)))
    assert dialog.ui.steps.item(row, S_DEADLINE).text() == \
        f"{REPORTED + timedelta(hours=25):%d.%m.%Y %H:%M}"


def test_overdue_steps_are_red(dialog, kids):
    dialog.start_for(kids[0])
    _fill(dialog)
    late = dialog.ui.steps.item(_step_row(dialog, "children_separated"), S_DEADLINE)
    assert late.foreground().color().name() == "#b00020"
    assert late.toolTip() == "Past its deadline"


def test_editing_a_stored_incident(qtbot, dialog, incidents, actor, kids, answer_boxes,
                                   register):
    iid = incidents.save(actor, IncidentData(
        incident_type="violence", occurred_at=OCCURRED, reported_at=REPORTED,
        reporter="Ахметова Г.", narrative="Толкнул и ударил одноклассника.",
        participants=[ParticipantData(student_id=kids[0], role="target"),
                      ParticipantData(student_id=kids[1], role="initiator")]))
    dialog.load(incidents.get(actor, iid))
    assert dialog.windowTitle() == "Edit incident" and not dialog.is_dirty()
    assert not dialog.ui.remove_step.isEnabled()  # stored steps are marked N/A instead
    dialog.ui.participants.setCurrentCell(1, 0)
    dialog.ui.remove_participant.click()
    assert dialog.is_dirty()
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert seen == ["Discard the changes you made?"] and dialog.isVisible()
    assert dialog.save()
    assert [p.student_id for p in incidents.get(actor, iid).data.participants] == [kids[0]]
    assert register.db.execute_sql(
        "SELECT count(*) FROM incident_participant WHERE deleted = 1").fetchone()[0] == 1


def test_a_draft_from_a_session(qtbot, incidents, student_service, actor, psychologist, kids,
                                answer_boxes):
    """The psychologist's session dialog opens the draft: the psychologist reads and saves it."""
    dialog = IncidentDialog(incidents, student_service, psychologist)
    qtbot.addWidget(dialog)
    dialog.show()
    sid = models.PsySession.create(session_date=date.today(), session_type="individual",
                                   student=kids[0], psychologist="Қасымова Ә.",
                                   risk_abuse=True).id
    draft = incidents.draft_from_session(psychologist, sid)
    dialog.load_draft(draft)
    ui = dialog.ui
    assert ui.incident_type.currentData() == "violence"
    assert ui.reporter.text() == "Қасымова Ә."
    assert ui.narrative.toPlainText() == \
        f"Disclosed in a psychologist session on {date.today():%d.%m.%Y}."
    assert ui.source_session.isVisibleTo(dialog) and dialog.windowTitle() == "New incident"
    assert ui.steps.rowCount() == len(DEFAULT_CHECKLISTS["violence"])
    assert dialog.is_dirty()
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert seen and dialog.isVisible()
    ui.occurred_at.setDateTime(_time(OCCURRED))
    assert dialog.save()
    assert incidents.get(actor, dialog.saved_id).data.source_session_id == sid


def test_open_incident(qtbot, incidents, actor, kids, monkeypatch):
    iid = incidents.save(actor, IncidentData(
        incident_type="neglect", occurred_at=OCCURRED, reported_at=REPORTED,
        reporter="Ахметова Г.", narrative="Приходит без завтрака.",
        participants=[ParticipantData(student_id=kids[2], role="target")]))
    shown: list[IncidentDialog] = []

    def fake_exec(self) -> int:
        shown.append(self)
        self.ui.place.setText("школьная столовая")
        return int(self.save())

    monkeypatch.setattr(incident_dialog.IncidentDialog, "exec", fake_exec)
    assert open_incident(None, incidents, actor, iid) is True
    assert shown[0].ui.participants.item(0, 0).text() == "Иванов Пётр Серікқызы"
    assert incidents.get(actor, iid).data.place == "школьная столовая"


def test_a_new_dialog_with_nothing_typed_closes_quietly(dialog, answer_boxes):
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert seen == [] and not dialog.isVisible()


# --- the checklist editor ---------------------------------------------------------------------

@pytest.fixture
def editor(qtbot, incidents, actor) -> ResponseTemplatesDialog:
    dlg = ResponseTemplatesDialog(incidents, actor)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _titles(editor: ResponseTemplatesDialog) -> list[str]:
    return [editor.ui.steps.item(r, 0).text() for r in range(editor.ui.steps.rowCount())]


def test_editor_changes_one_type(editor, click_save, incidents, actor):
    ui = editor.ui
    _choose(ui.incident_type, "bullying")
    assert _titles(editor) == [RESPONSE_STEPS[c] for c, _ in DEFAULT_CHECKLISTS["bullying"]]
    ui.steps.item(2, 1).setText("6")  # parents informed: 6 h
    ui.steps.item(0, 2).setCheckState(UNCHECKED)  # children separated: not used
    ui.add_step.click()
    ui.steps.item(4, 0).setText("Сынып сағаты: буллинг туралы")
    ui.move_up.click()
    assert not ui.remove_step.isEnabled() or ui.steps.currentRow() == 3
    _choose(ui.incident_type, "violence")  # edits of each type are kept until Save
    _choose(ui.incident_type, "bullying")
    assert _titles(editor)[3] == "Сынып сағаты: буллинг туралы"
    click_save(editor)
    assert editor.result() == editor.DialogCode.Accepted
    stored = incidents.templates(actor, "bullying")
    assert [(t.title, t.deadline_hours, t.active) for t in stored] == [
        (RESPONSE_STEPS["children_separated"], 0, False),
        (RESPONSE_STEPS["administration_informed"], 1, True),
        (RESPONSE_STEPS["parents_informed"], 6, True),
        ("Сынып сағаты: буллинг туралы", 24, True),
        (RESPONSE_STEPS["psychologist"], 24, True)]
    assert models.ResponseTemplate.select().where(
        models.ResponseTemplate.incident_type != "bullying").count() == 0


def test_editor_refuses_bad_hours(editor, click_save, register_snapshot):
    before = register_snapshot()
    _choose(editor.ui.incident_type, "offence")
    editor.ui.steps.item(1, 1).setText("бір сағат")
    _choose(editor.ui.incident_type, "neglect")
    assert editor.ui.incident_type.currentData() == "offence"  # stays with the mistake
    assert editor.errors.text("steps") == "Row 2: Enter a number from 0 to 720."
    click_save(editor)
    assert editor.errors.text("steps") == "Row 2: Enter a number from 0 to 720."
    editor.ui.steps.item(1, 1).setText("1000")
    _choose(editor.ui.incident_type, "neglect")
    assert editor.errors.text("steps") == ""
    click_save(editor)
    assert editor.ui.incident_type.currentData() == "offence"  # shown where the problem is
    assert editor.errors.text("steps") == "Row 2: Enter a number from 0 to 720."
    editor.ui.steps.item(1, 1).setText("1000")
    click_save(editor)
    assert editor.errors.text("steps") == "Row 2: Enter a number from 0 to 720."
    editor.ui.steps.item(1, 1).setText("")
    editor.ui.steps.item(0, 0).setText("  ")
    click_save(editor)
    assert editor.errors.text("steps") == "Row 1: Give the step a title."
    assert register_snapshot() == before


def test_editor_remove_and_restore_defaults(editor, click_save, incidents, actor, answer_boxes):
    ui = editor.ui
    _choose(ui.incident_type, "self_harm")
    ui.steps.setCurrentCell(0, 0)
    ui.remove_step.click()
    assert len(_titles(editor)) == len(DEFAULT_CHECKLISTS["self_harm"]) - 1
    assert editor.is_dirty()
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert seen == ["Discard the changes you made?"]
    click_save(editor)
    assert len(incidents.templates(actor, "self_harm")) == 4
    again = ResponseTemplatesDialog(incidents, actor)
    _choose(again.ui.incident_type, "self_harm")
    again.ui.restore_defaults.click()
    assert again.save()
    assert [t.code for t in incidents.templates(actor, "self_harm")] == [
        c for c, _ in DEFAULT_CHECKLISTS["self_harm"]]


# --- the incident list ------------------------------------------------------------------------

@pytest.fixture
def page(qtbot, incidents, actor, kids) -> IncidentListPage:
    base = dict(reporter="Ахметова Г.", narrative="Факты.")
    for days, kind, kid, role, place in ((2, "bullying", 0, "target", "кабинет 204"),
                                         (9, "offence", 2, "initiator", "магазин"),
                                         (5, "cyberbullying", 1, "target", "чат класса")):
        incidents.save(actor, IncidentData(
            incident_type=kind, occurred_at=NOW - timedelta(days=days),
            reported_at=NOW - timedelta(days=days), place=place, **base,
            participants=[ParticipantData(student_id=kids[kid], role=role)]))
    widget = IncidentListPage(incidents, actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _column(page: IncidentListPage, col: int) -> list[str]:
    model = page.ui.table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_list_model_is_consistent(page, qtmodeltester):
    qtmodeltester.check(page.model)
    page.ui.search.setText("нұр")
    qtmodeltester.check(page.model)


def test_list_newest_first_with_count(page):
    assert _column(page, 1) == ["bullying", "cyberbullying", "offence"]
    assert _column(page, 2) == ["Оспанова Айжан Серікқызы", "Нұрланов Нұрсұлтан Серікқызы",
                                "Иванов Пётр Серікқызы"]
    assert _column(page, 4) == ["0/4", "0/4", "0/4"]
    assert page.ui.count.text() == "3 incident(s) shown"
    assert page.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    page.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(page, 1) == ["offence", "cyberbullying", "bullying"]
    page.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(page, 1) == ["bullying", "cyberbullying", "offence"]


@pytest.mark.parametrize(("query", "kind", "status", "expected"), [
    ("нурс", None, None, ["cyberbullying"]),
    ("ПЁТР", None, None, ["offence"]),
    ("чат", None, None, ["cyberbullying"]),
    ("", "offence", None, ["offence"]),
    ("", None, "closed", []),
    ("", None, "open", ["bullying", "cyberbullying", "offence"]),
    ("%", None, None, []),
])
def test_list_search_and_filters(page, query, kind, status, expected):
    page.ui.search.setText(query)
    _choose(page.ui.type_filter, kind)
    _choose(page.ui.status_filter, status)
    assert _column(page, 1) == expected
    assert page.ui.count.text() == f"{len(expected)} incident(s) shown"


def test_list_enter_opens_and_new_asks(qtbot, page, incidents, actor):
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.index(1, 0).data(ID_ROLE)]
    assert incidents.get(actor, opened.args[0]).data.incident_type == "cyberbullying"
    page.ui.search.setText("магаз")
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)
    assert incidents.get(actor, opened.args[0]).data.incident_type == "offence"
    with qtbot.waitSignal(page.new_requested):
        page.ui.new_incident.click()


def test_a_participant_row_can_be_typed(dialog, kids):
    dialog.ui.add_other.click()
    item = dialog.ui.participants.item(0, 0)
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    dialog.ui.participants.setItem(0, 3, QTableWidgetItem("из параллельного класса"))
    item.setText("Ким Виктор")
    assert [(p.name, p.role, p.notes) for p in dialog.values().participants] == [
        ("Ким Виктор", "target", "из параллельного класса")]


def test_an_empty_time_starts_from_the_report_time(qtbot, dialog):
    assert dialog.ui.occurred_at.text().strip() == ""
    dialog.ui.reported_at.setDateTime(_time(REPORTED))
    dialog.activateWindow()
    dialog.ui.occurred_at.setFocus()
    qtbot.waitUntil(lambda: dialog.ui.occurred_at.dateTime() == _time(REPORTED))
