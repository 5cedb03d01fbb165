"""The student dialog driven like a user: fill, save, read what was stored or shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pedagogue_app.services.iin import make_iin
from pedagogue_app.views.student_dialog import StudentDialog
from pedagogue_app.views.widgets import get_date

VALID_IIN = make_iin(date(2012, 5, 3), "F", 17)


def _dialog(qtbot, student_service, family_service, actor) -> StudentDialog:
    dlg = StudentDialog(student_service, family_service, actor)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _fill(dlg: StudentDialog, **values) -> None:
    ui = dlg.ui
    defaults = {"last_name": "Нұрланова", "first_name": "Әйгерім", "patronymic": "Серікқызы",
                "iin": VALID_IIN, "grade": 5, "letter": "Ә", "phone": "+7 701 123 45 67"}
    defaults.update(values)
    ui.last_name.setText(defaults["last_name"])
    ui.first_name.setText(defaults["first_name"])
    ui.patronymic.setText(defaults["patronymic"])
    ui.iin.setText(defaults["iin"])
    ui.iin.textEdited.emit(defaults["iin"])  # as typing would
    ui.grade.setCurrentIndex(ui.grade.findData(defaults["grade"]))
    ui.class_letter.setCurrentText(defaults["letter"])
    ui.phone.setText(defaults["phone"])


def test_valid_student_is_stored(qtbot, click_save, student_service, family_service, actor):
    dlg = _dialog(qtbot, student_service, family_service, actor)
    _fill(dlg)
    assert get_date(dlg.ui.birth_date) == date(2012, 5, 3)  # filled from the ИИН
    assert dlg.ui.sex.currentData() == "F"
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    stored = student_service.get(actor, dlg.saved_id).data
    assert (stored.last_name, stored.first_name, stored.iin) == ("Нұрланова", "Әйгерім", VALID_IIN)
    assert (stored.grade, stored.class_letter, stored.sex) == (5, "Ә", "F")
    assert stored.birth_date == date(2012, 5, 3)


def test_wrong_iin_shows_message_and_stores_nothing(qtbot, click_save, student_service, family_service,
                                                    actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, student_service, family_service, actor)
    bad = VALID_IIN[:11] + str((int(VALID_IIN[11]) + 1) % 10)
    _fill(dlg, iin=bad)
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text("iin") == "The ИИН check digit is wrong: check for a typo."
    assert register_snapshot() == before


def test_empty_form_names_every_required_field(qtbot, click_save, student_service, family_service, actor,
                                               register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, student_service, family_service, actor)
    click_save(dlg)
    for field in ("last_name", "first_name", "birth_date", "sex", "grade", "class_letter"):
        assert dlg.errors.text(field) == "This field is required.", field
    assert dlg.ui.last_name.hasFocus() or not dlg.isActiveWindow()
    assert register_snapshot() == before


def test_birth_date_contradicting_iin(qtbot, student_service, family_service, actor,
                                      register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, student_service, family_service, actor)
    _fill(dlg)
    dlg.ui.birth_date.setDate(dlg.ui.birth_date.date().addDays(1))
    dlg.save()
    assert dlg.errors.text("birth_date") == "The birth date does not match the ИИН (03.05.2012)."
    assert register_snapshot() == before


def test_duplicate_iin_names_the_other_child(qtbot, student_service, family_service, actor,
                                             make_student, register_snapshot):
    make_student(last_name="Ахметов", first_name="Ерлан", sex="F", iin=VALID_IIN,
                 birth_date=date(2012, 5, 3))
    before = register_snapshot()
    dlg = _dialog(qtbot, student_service, family_service, actor)
    _fill(dlg)
    dlg.save()
    assert dlg.errors.text("iin") == "This ИИН already belongs to Ахметов Ерлан Серікқызы."
    assert register_snapshot() == before


def test_same_name_and_birth_date_asks_first(qtbot, student_service, family_service, actor,
                                             make_student, answer_boxes):
    make_student(last_name="Нурланова", first_name="Айгерим", patronymic="Серикқызы",
                 birth_date=date(2012, 5, 3), sex="F", iin="")
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    dlg = _dialog(qtbot, student_service, family_service, actor)
    _fill(dlg)
    assert not dlg.save()
    assert "Нурланова Айгерим Серикқызы" in asked[0]
    assert student_service.count(actor) == 1
    answer_boxes(QMessageBox.StandardButton.Save)
    assert dlg.save()
    assert student_service.count(actor) == 2


def test_edit_loads_and_keeps_values(qtbot, student_service, family_service, actor,
                                     make_student):
    sid = make_student(last_name="Ёлкина", first_name="Мария", patronymic="", sex="F")
    dlg = _dialog(qtbot, student_service, family_service, actor)
    dlg.load(student_service.get(actor, sid))
    assert dlg.ui.last_name.text() == "Ёлкина"
    assert not dlg.is_dirty()
    dlg.ui.first_name.setText("Марина")
    assert dlg.save()
    assert student_service.get(actor, sid).data.first_name == "Марина"
    assert student_service.get(actor, sid).version == 2


def test_cancel_with_edits_asks_before_discarding(qtbot, student_service, family_service,
                                                  actor, answer_boxes):
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    dlg = _dialog(qtbot, student_service, family_service, actor)
    dlg.ui.last_name.setText("Қасымов")
    dlg.reject()
    assert asked == ["Discard the changes you made?"]
    assert dlg.isVisible()
    answer_boxes(QMessageBox.StandardButton.Discard)
    dlg.reject()
    assert not dlg.isVisible()


def test_unchanged_dialog_closes_without_asking(qtbot, student_service, family_service, actor,
                                                answer_boxes):
    asked = answer_boxes()
    dlg = _dialog(qtbot, student_service, family_service, actor)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == []
    assert not dlg.isVisible()


def test_new_family_from_student_links_it(qtbot, student_service, family_service, actor,
                                          monkeypatch):
    from pedagogue_app.views import family_dialog

    def fake_exec(self):
        self.ui.title.setText("Нұрлановтар")
        return 1 if self.save() else 0

    monkeypatch.setattr(family_dialog.FamilyDialog, "exec", fake_exec)
    dlg = _dialog(qtbot, student_service, family_service, actor)
    _fill(dlg)
    qtbot.mouseClick(dlg.ui.new_family, Qt.MouseButton.LeftButton)
    assert dlg.ui.family.text() == "Нұрлановтар"
    assert dlg.save()
    card = student_service.card(actor, dlg.saved_id)
    assert card.family_title == "Нұрлановтар"
