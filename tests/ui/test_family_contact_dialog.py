"""The family contact dialog and the contacts tab of a family."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel, QMessageBox

from pedagogue_app.services import Actor
from pedagogue_app.services.family_contacts import FamilyContactData, FamilyContactService
from pedagogue_app.views import family_contact_dialog
from pedagogue_app.views.family_contact_dialog import FamilyContactDialog
from pedagogue_app.views.family_contacts_widget import FamilyContactsWidget

SUMMARY = "Анасымен кездесу: баланың сабаққа қатысуы туралы әңгімелестік, келісім жасалды."


@pytest.fixture
def service(register) -> FamilyContactService:
    return FamilyContactService(register)


@pytest.fixture
def family_id(make_family) -> int:
    return make_family(title="Сапаровтар", members=[
        {"last_name": "Сапарова", "first_name": "Гүлнар", "patronymic": "Маратқызы",
         "relation": "mother", "is_legal_representative": True},
        {"last_name": "Сапаров", "first_name": "Ерлан", "relation": "father"}])


def _dialog(qtbot, service, actor, family_id) -> FamilyContactDialog:
    dlg = FamilyContactDialog(service, actor)
    qtbot.addWidget(dlg)
    dlg.start_for(family_id)
    dlg.show()
    return dlg


def _set_time(dlg: FamilyContactDialog, at: datetime) -> None:
    dlg.ui.contact_at.setDateTime(QDateTime(QDate(at.year, at.month, at.day),
                                            QTime(at.hour, at.minute)))


# --- the dialog -------------------------------------------------------------------------------

def test_new_contact_is_stored(qtbot, click_save, service, actor, family_id):
    dlg = _dialog(qtbot, service, actor, family_id)
    assert dlg.windowTitle() == "New contact with the family"
    assert dlg.ui.family_title.text() == "Family: Сапаровтар"
    people = [dlg.ui.person.itemText(i) for i in range(dlg.ui.person.count())]
    assert people == ["Сапарова Гүлнар Маратқызы", "Сапаров Ерлан"]
    assert dlg.ui.person.currentText() == ""
    start = dlg.values().contact_at
    assert start is not None and abs(datetime.now() - start) < timedelta(minutes=2)
    _set_time(dlg, datetime(2025, 2, 14, 16, 20))
    dlg.ui.kind.setCurrentIndex(dlg.ui.kind.findData("meeting"))
    dlg.ui.person.setCurrentIndex(0)
    dlg.ui.summary.setPlainText(SUMMARY)
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    record = service.get(actor, dlg.saved_id)
    assert record.family_id == family_id
    assert record.data == FamilyContactData(contact_at=datetime(2025, 2, 14, 16, 20),
                                            kind="meeting", person="Сапарова Гүлнар Маратқызы",
                                            summary=SUMMARY)


def test_person_may_be_typed(qtbot, click_save, service, actor, family_id):
    dlg = _dialog(qtbot, service, actor, family_id)
    dlg.ui.person.setEditText("әжесі, Сапарова Күләш")
    dlg.ui.summary.setPlainText("Әжесі телефон арқылы хабарласты.")
    click_save(dlg)
    assert service.get(actor, dlg.saved_id).data.person == "әжесі, Сапарова Күләш"


@pytest.mark.parametrize(("field", "fill", "message"), [
    ("summary", lambda d: d.ui.summary.setPlainText("  "), "This field is required."),
    ("contact_at", lambda d: _set_time(d, datetime.now() + timedelta(days=1)),
     "The contact cannot be later than now."),
    ("person", lambda d: d.ui.person.setEditText("х" * 201), "Too long: at most 200 characters."),
])
def test_bad_input_is_shown_under_the_field(qtbot, click_save, service, actor, family_id,
                                            register_snapshot, field, fill, message):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor, family_id)
    dlg.ui.summary.setPlainText(SUMMARY)
    fill(dlg)
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text(field) == message
    qtbot.waitUntil(dlg.findChild(QLabel, f"{field}_error").isVisible)
    assert register_snapshot() == before


def test_open_family_contact_edits(qtbot, service, actor, family_id, monkeypatch):
    cid = service.save(actor, family_id, FamilyContactData(
        contact_at=datetime(2025, 1, 20, 9, 5), kind="call", person="Сапаров Ерлан",
        summary="Әкесі телефонды алмады."))

    def edit(dialog: FamilyContactDialog) -> int:
        assert dialog.windowTitle() == "Edit contact with the family"
        assert dialog.ui.contact_at.dateTime().toString("dd.MM.yyyy HH:mm") == "20.01.2025 09:05"
        assert dialog.ui.person.currentText() == "Сапаров Ерлан"
        assert not dialog.is_dirty()
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("message"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FamilyContactDialog, "exec", edit)
    assert family_contact_dialog.open_family_contact(None, service, actor, cid)
    record = service.get(actor, cid)
    assert (record.data.kind, record.version) == ("message", 2)


# --- the contacts tab -------------------------------------------------------------------------

@pytest.fixture
def widget(qtbot, service, actor, family_id):
    for at, kind, summary in ((datetime(2025, 1, 9, 9, 0), "call", "Телефонный звонок"),
                              (datetime(2025, 3, 1, 15, 45), "visit", "Үйге бару:\nбәрі жақсы"),
                              (datetime(2025, 2, 2, 12, 0), "letter", "Письмо-уведомление")):
        service.save(actor, family_id, FamilyContactData(contact_at=at, kind=kind,
                                                         summary=summary))
    w = FamilyContactsWidget(service, actor)
    qtbot.addWidget(w)
    w.set_family(family_id)
    w.show()
    return w


def rows(w: FamilyContactsWidget) -> list[list[str]]:
    m = w.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_widget_lists_newest_first(widget, qtmodeltester):
    qtmodeltester.check(widget.model)
    assert rows(widget) == [
        ["01.03.2025 15:45", "visit to the family", "", "Үйге бару: бәрі жақсы"],
        ["02.02.2025 12:00", "letter or notice", "", "Письмо-уведомление"],
        ["09.01.2025 09:00", "phone call", "", "Телефонный звонок"]]
    assert widget.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Үйге бару:\nбәрі жақсы"
    assert widget.hint.text() == "3 contact(s)"
    assert widget.add_button.isEnabled() and not widget.edit_button.isEnabled()


def test_widget_without_a_family(qtbot, service, actor):
    w = FamilyContactsWidget(service, actor)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 0
    assert not w.add_button.isEnabled()
    assert w.hint.text() == "Save the family first; then its contacts can be logged."


def test_widget_add_and_edit(widget, service, actor, family_id, monkeypatch, qtbot):
    def add(dialog: FamilyContactDialog) -> int:
        _set_time(dialog, datetime(2025, 3, 5, 8, 30))
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("meeting"))
        dialog.ui.summary.setPlainText(SUMMARY)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FamilyContactDialog, "exec", add)
    with qtbot.waitSignal(widget.changed):
        widget.add_button.click()
    assert rows(widget)[0][:2] == ["05.03.2025 08:30", "meeting at school"]
    assert widget.selected().summary == SUMMARY  # the new contact is selected
    assert widget.edit_button.isEnabled()

    def edit(dialog: FamilyContactDialog) -> int:
        dialog.ui.person.setEditText("Сапаров Ерлан")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FamilyContactDialog, "exec", edit)
    widget.table.selectRow(2)
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)  # Enter edits
    assert rows(widget)[2][2] == "Сапаров Ерлан"
    assert len(service.for_family(actor, family_id)) == 4


def test_widget_archive_asks_first(widget, service, actor, family_id, answer_boxes,
                                   register_snapshot):
    widget.table.selectRow(1)
    seen = answer_boxes(QMessageBox.StandardButton.No)
    before = register_snapshot()
    widget.archive_button.click()
    assert seen == ["Archive the contact of 02.02.2025 12:00? It leaves the log and is kept "
                    "in the register."]
    assert register_snapshot() == before
    answer_boxes(QMessageBox.StandardButton.Yes)
    widget.archive_button.click()
    assert [r[1] for r in rows(widget)] == ["visit to the family", "phone call"]
    assert widget.hint.text() == "2 contact(s)"
    assert not widget.edit_button.isEnabled()


def test_widget_switches_family(widget, make_family):
    other = make_family(title="Ивановы")
    widget.set_family(other)
    assert rows(widget) == []
    widget.set_family(None)
    assert not widget.add_button.isEnabled()


def test_director_cannot_archive(qtbot, service, register, widget, family_id, answer_boxes,
                                 register_snapshot):
    director = Actor(username="director", role="director", device_id=register.device_id)
    w = FamilyContactsWidget(service, director)
    qtbot.addWidget(w)
    w.set_family(family_id)
    w.table.selectRow(0)
    seen = answer_boxes(QMessageBox.StandardButton.Yes)
    before = register_snapshot()
    w.archive_button.click()
    assert seen[-1] == "You are not allowed to change this record."
    assert register_snapshot() == before


def test_contact_archived_meanwhile_is_not_saved(qtbot, click_save, service, actor, family_id,
                                                 answer_boxes, register_snapshot):
    cid = service.save(actor, family_id, FamilyContactData(
        contact_at=datetime(2025, 1, 20, 9, 5), kind="call", summary="Звонок"))
    dlg = FamilyContactDialog(service, actor)
    qtbot.addWidget(dlg)
    dlg.load(service.get(actor, cid))
    dlg.show()
    service.archive(actor, cid)  # in another window
    before = register_snapshot()
    seen = answer_boxes(QMessageBox.StandardButton.Ok)
    dlg.ui.summary.setPlainText("Звонок матери")
    click_save(dlg)
    assert seen == ["This record was archived or removed meanwhile; nothing was saved."]
    assert dlg.isVisible()
    assert register_snapshot() == before
