"""The register-entry dialog: entry, plan and reviews; errors beside the field, nothing stored."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QTableWidgetItem

from pedagogue_app.db import open_register
from pedagogue_app.demo import write_demo_register
from pedagogue_app.services import local_actor
from pedagogue_app.services.registrations import (
    MeasureData,
    RegistrationData,
    RegistrationService,
    ReviewData,
)
from pedagogue_app.views import registration_dialog
from pedagogue_app.views.registration_dialog import RegistrationDialog, open_registration
from pedagogue_app.views.widgets import set_date

TODAY = date.today()
START = TODAY - timedelta(days=120)


@pytest.fixture
def service(register):
    return RegistrationService(register)


@pytest.fixture
def kid(make_student):
    return make_student(last_name="Жұмабаев", first_name="Нұрсұлтан", patronymic="Ерланұлы",
                        sex="M", grade=8, class_letter="Ә")


def _dialog(qtbot, service, actor) -> RegistrationDialog:
    dlg = RegistrationDialog(service, actor)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _pick(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _fill_entry(dlg: RegistrationDialog, ground="absence") -> None:
    ui = dlg.ui
    _pick(ui.ground, ground)
    set_date(ui.start_date, START)
    ui.protocol_no.setText("3/2025")
    set_date(ui.protocol_date, START)
    ui.initiator.setText("классный руководитель Сейітова А.Қ.")
    set_date(ui.parents_informed_on, START + timedelta(days=1))
    ui.curator.setText("Әбдірахманова Гүлнар Маратқызы")
    ui.responsible.setText("социальный педагог, педагог-психолог")


def _set_row(table, row: int, values: dict[int, str]) -> None:
    for col, text in values.items():
        table.setItem(row, col, QTableWidgetItem(text))


def _status(dlg: RegistrationDialog, row: int, status: str) -> None:
    combo = dlg.ui.measures.cellWidget(row, 3)
    assert isinstance(combo, QComboBox)
    _pick(combo, status)


def test_new_entry_with_plan_and_review_is_stored(qtbot, click_save, service, actor, kid):
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    assert dlg.ui.subject.text() == "Жұмабаев Нұрсұлтан Ерланұлы, 8Ә"
    assert dlg.windowTitle() == "New register entry"
    _fill_entry(dlg)
    dlg.ui.notes.setPlainText("Мать работает вахтой.")
    qtbot.mouseClick(dlg.ui.add_measure, Qt.MouseButton.LeftButton)
    _set_row(dlg.ui.measures, 0, {0: "Беседа с родителями", 1: "Сейітова А.Қ.",
                                  2: (START + timedelta(days=10)).strftime("%d.%m.%Y"),
                                  4: "Проведена"})
    _status(dlg, 0, "done")
    qtbot.mouseClick(dlg.ui.add_measure, Qt.MouseButton.LeftButton)
    _set_row(dlg.ui.measures, 1, {0: "Вовлечение в кружок", 2: ""})
    qtbot.mouseClick(dlg.ui.add_review, Qt.MouseButton.LeftButton)
    next_review = TODAY + timedelta(days=30)
    _set_row(dlg.ui.reviews, 0, {0: TODAY.strftime("%d.%m.%Y"), 1: "Оң өзгерістер байқалады",
                                 2: "продолжить сопровождение",
                                 3: next_review.strftime("%d.%m.%Y")})
    click_save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    record = service.get(actor, dlg.saved_id)
    d = record.data
    assert (d.student_id, d.family_id, d.kind, d.ground, d.start_date, d.protocol_no,
            d.protocol_date, d.parents_informed_on, d.notes) == (
        kid, None, "school", "absence", START, "3/2025", START, START + timedelta(days=1),
        "Мать работает вахтой.")
    assert [(m.measure, m.responsible, m.deadline, m.status, m.result) for m in d.measures] == [
        ("Беседа с родителями", "Сейітова А.Қ.", START + timedelta(days=10), "done",
         "Проведена"),
        ("Вовлечение в кружок", "", None, "planned", "")]
    assert [(r.review_date, r.summary, r.decision, r.next_review_on) for r in d.reviews] == [
        (TODAY, "Оң өзгерістер байқалады", "продолжить сопровождение", next_review)]


def test_police_entry_names_its_initiator(qtbot, service, actor, kid):
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid, kind="police")
    assert dlg.ui.kind.currentData() == "police"
    assert dlg.ui.initiator.text() == "ОЮП"
    assert not dlg.is_dirty()
    _pick(dlg.ui.kind, "commission")
    assert dlg.ui.initiator.text() == "КДНиЗП"
    _pick(dlg.ui.kind, "school")
    assert dlg.ui.initiator.text() == ""
    dlg.ui.initiator.setText("ОЮП УП Алмалинского района")
    _pick(dlg.ui.kind, "police")
    assert dlg.ui.initiator.text() == "ОЮП УП Алмалинского района"  # typed text is kept


def test_missing_ground_shown_under_the_field(qtbot, click_save, service, actor, kid,
                                              register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg, ground="")
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text("ground") == "This field is required."
    assert dlg.ui.ground.property("invalid") is True
    assert register_snapshot() == before


def test_future_start_date(qtbot, click_save, service, actor, kid, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    set_date(dlg.ui.start_date, TODAY + timedelta(days=2))
    click_save(dlg)
    assert dlg.errors.text("start_date") == "The date cannot be in the future."
    assert register_snapshot() == before


def test_entry_needs_a_child_or_family(qtbot, click_save, service, actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for()
    assert dlg.ui.subject.text() == "not chosen"
    assert dlg.ui.choose_student.isVisible() and dlg.ui.choose_family.isVisible()
    _fill_entry(dlg)
    click_save(dlg)
    assert dlg.errors.text("student_id") == "Choose the child or the family."
    assert register_snapshot() == before


def test_choose_family(qtbot, service, actor, make_family, monkeypatch):
    from pedagogue_app.views import family_picker

    fid = make_family(title="Сапаровтар")

    def pick(self):
        self.chosen_id = fid
        return True

    monkeypatch.setattr(family_picker.FamilyPicker, "exec", pick)
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for()
    dlg.ui.choose_family.click()
    assert dlg.ui.subject.text() == "Сапаровтар"
    _fill_entry(dlg, ground="difficult")
    assert dlg.save()
    assert service.get(actor, dlg.saved_id).data.family_id == fid


def test_choose_child(qtbot, service, actor, kid, monkeypatch):
    from pedagogue_app.views import student_picker

    def pick(self):
        self.chosen_ids = [kid]
        return True

    monkeypatch.setattr(student_picker.StudentPicker, "exec", pick)
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for()
    dlg.ui.choose_student.click()
    assert dlg.ui.subject.text().startswith("Жұмабаев Нұрсұлтан")
    assert dlg.values().student_id == kid


def test_measure_done_without_result(qtbot, click_save, service, actor, kid,
                                     register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    dlg.ui.add_measure.click()
    _set_row(dlg.ui.measures, 0, {0: "Беседа с учащимся"})
    _status(dlg, 0, "done")
    click_save(dlg)
    assert dlg.errors.text("measures") == "Measure 1: a measure marked done needs its result."
    assert dlg.ui.tabs.currentWidget() is dlg.ui.plan_tab
    assert register_snapshot() == before


def test_measure_deadline_typed_wrong(qtbot, click_save, service, actor, kid,
                                      register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    dlg.ui.add_measure.click()
    _set_row(dlg.ui.measures, 0, {0: "Беседа", 2: "31.02.2026"})
    click_save(dlg)
    assert dlg.errors.text("measures") == "Measure 1: Enter the date as DD.MM.YYYY."
    assert register_snapshot() == before


def test_next_review_before_the_review(qtbot, click_save, service, actor, kid,
                                       register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    dlg.ui.add_review.click()
    _set_row(dlg.ui.reviews, 0, {0: TODAY.strftime("%d.%m.%Y"), 1: "Без изменений",
                                 3: (TODAY - timedelta(days=1)).strftime("%d.%m.%Y")})
    click_save(dlg)
    assert dlg.errors.text("reviews") == (
        "Review 1: the next review must come after the review date.")
    assert dlg.ui.tabs.currentWidget() is dlg.ui.reviews_tab
    assert register_snapshot() == before


def test_removal_reason_without_date(qtbot, click_save, service, actor, kid,
                                     register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    _pick(dlg.ui.removal_reason, "positive_dynamics")
    click_save(dlg)
    assert dlg.errors.text("removed_on") == (
        "Give the removal date, or clear the reason and the protocol No.")
    assert register_snapshot() == before


def test_removal_with_date_needs_protocol(qtbot, click_save, service, actor, kid,
                                          register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    set_date(dlg.ui.removed_on, TODAY)
    _pick(dlg.ui.removal_reason, "transfer")
    click_save(dlg)
    assert dlg.errors.text("removal_protocol_no") == "This field is required."
    assert register_snapshot() == before


def test_duplicate_ground_refused(qtbot, click_save, service, actor, kid, register_snapshot):
    service.save(actor, RegistrationData(student_id=kid, ground="absence", start_date=START))
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    _fill_entry(dlg)
    click_save(dlg)
    assert dlg.errors.text("ground") == (
        f"Already on this register on this ground since {START:%d.%m.%Y}: edit that entry.")
    assert register_snapshot() == before


def test_restricted_ground_shows_the_note(qtbot, service, actor, kid):
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student_id=kid)
    assert not dlg.ui.restricted_note.isVisible()
    _pick(dlg.ui.ground, "suicidal_risk")
    assert dlg.ui.restricted_note.isVisible()
    assert dlg.ui.ground.currentText() == "suicidal risk (restricted)"


def _saved_entry(service, actor, kid) -> int:
    return service.save(actor, RegistrationData(
        student_id=kid, kind="school", ground="antisocial", start_date=START, protocol_no="4",
        measures=[MeasureData("Беседа", "Сейітова А.Қ.", START + timedelta(days=30)),
                  MeasureData("Кружок", "", None, "cancelled", "секция закрыта")],
        reviews=[ReviewData(START + timedelta(days=60), "Без изменений", "продолжить",
                            START + timedelta(days=150))]))


def test_edit_deletes_a_measure_as_tombstone(qtbot, service, actor, kid, register):
    rid = _saved_entry(service, actor, kid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, rid))
    assert dlg.windowTitle() == "Register entry: Жұмабаев Нұрсұлтан Ерланұлы, 8Ә"
    assert not dlg.ui.choose_student.isVisible()
    assert dlg.ui.measures.rowCount() == 2 and dlg.ui.reviews.rowCount() == 1
    dlg.ui.measures.setCurrentCell(0, 0)
    dlg.ui.remove_measure.click()
    assert dlg.is_dirty()
    assert dlg.save()
    assert [m.measure for m in service.get(actor, rid).data.measures] == ["Кружок"]
    assert register.db.execute_sql(
        "SELECT measure FROM plan_measure WHERE deleted = 1").fetchall() == [("Беседа",)]


def test_remove_review_and_set_removal(qtbot, service, actor, kid):
    rid = _saved_entry(service, actor, kid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, rid))
    dlg.ui.reviews.setCurrentCell(0, 0)
    dlg.ui.remove_review.click()
    set_date(dlg.ui.removed_on, TODAY)
    _pick(dlg.ui.removal_reason, "positive_dynamics")
    dlg.ui.removal_protocol_no.setText("11")
    assert dlg.save()
    d = service.get(actor, rid).data
    assert (d.removed_on, d.removal_reason, d.removal_protocol_no, d.reviews) == (
        TODAY, "positive_dynamics", "11", [])


def test_unchanged_record_round_trips(qtbot, service, actor, kid):
    rid = _saved_entry(service, actor, kid)
    record = service.get(actor, rid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(record)
    assert dlg.values() == record.data
    assert not dlg.is_dirty()


def test_discard_prompt_on_cancel(qtbot, service, actor, kid, answer_boxes):
    rid = _saved_entry(service, actor, kid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, rid))
    dlg.ui.curator.setText("Жаңа куратор")
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    dlg.reject()
    assert asked == ["Discard the changes you made?"] and dlg.isVisible()
    assert service.get(actor, rid).data.curator == ""


def test_open_registration(qtbot, service, actor, kid, monkeypatch):
    rid = _saved_entry(service, actor, kid)

    def edit_and_accept(self):
        qtbot.addWidget(self)
        self.ui.curator.setText("Сейітова Айгүл Қанатқызы")
        self.accept()
        return self.result()

    monkeypatch.setattr(RegistrationDialog, "exec", edit_and_accept)
    assert open_registration(None, service, actor, rid) is True
    assert service.get(actor, rid).data.curator == "Сейітова Айгүл Қанатқызы"
    monkeypatch.setattr(RegistrationDialog, "exec",
                        lambda self: (qtbot.addWidget(self), self.reject(), 0)[-1])
    assert open_registration(None, service, actor, rid) is False
    new_id = registration_dialog.new_registration(None, service, actor, student_id=kid)
    assert new_id is None


def test_accelerators_unique_on_the_entry_tab(qtbot, service, actor):
    dlg = _dialog(qtbot, service, actor)
    ui = dlg.ui
    texts = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
    texts += [ui.choose_student.text(), ui.choose_family.text()]
    texts += [w.text() for w in dlg.ui.general_tab.findChildren(type(ui.kind_label))
              if "&" in w.text()]
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) == len(set(keys)), texts


# --- demo data --------------------------------------------------------------------------------

@pytest.fixture
def demo_register(tmp_path: Path):
    path = tmp_path / "demo.db"
    write_demo_register(path, students=300, seed=5, today=TODAY)
    reg = open_register(path)
    yield reg
    reg.close()


def test_demo_entries_load_and_save_unchanged(qtbot, demo_register):
    service = RegistrationService(demo_register)
    actor = local_actor(demo_register.device_id)
    rows = demo_register.db.execute_sql(
        "SELECT r.id FROM registration r WHERE r.deleted = 0 ORDER BY "
        "r.removed_on IS NULL, (SELECT count(*) FROM registration_review v "
        "WHERE v.registration_id = r.id) DESC").fetchall()
    assert len(rows) >= 5
    dlg = RegistrationDialog(service, actor)
    qtbot.addWidget(dlg)
    for (rid,) in rows[:8]:  # the removed ones and those with the most reviews first
        record = service.get(actor, rid)
        dlg.load(record)
        assert dlg.values() == record.data
        assert dlg.save(), dlg.errors.labels
        assert service.get(actor, rid).data == record.data
