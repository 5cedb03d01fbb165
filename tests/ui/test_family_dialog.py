"""The family dialog: members, categories with evidence, free meals; errors beside the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from pedagogue_app.services.catalog import FAMILY_CATEGORIES
from pedagogue_app.services.iin import make_iin
from pedagogue_app.views.family_dialog import FamilyDialog

MOTHER_IIN = make_iin(date(1985, 3, 14), "F", 210)


def _dialog(qtbot, family_service, actor) -> FamilyDialog:
    dlg = FamilyDialog(family_service, actor)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _set_member(dlg: FamilyDialog, row: int, *, last="Жұмабаева", first="Гүлжан",
                relation="mother", iin="", birth="", legal=True) -> None:
    table = dlg.ui.members
    for col, value in ((0, last), (1, first), (4, iin), (5, birth)):
        table.setItem(row, col, QTableWidgetItem(value))
    combo = table.cellWidget(row, 3)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(relation))
    table.item(row, 9).setCheckState(Qt.CheckState.Checked if legal else Qt.CheckState.Unchecked)


def _check_category(dlg: FamilyDialog, code: str, document="", valid_until="") -> None:
    row = list(FAMILY_CATEGORIES).index(code)
    dlg.ui.categories.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dlg.ui.categories.setItem(row, 1, QTableWidgetItem(document))
    dlg.ui.categories.setItem(row, 3, QTableWidgetItem(valid_until))


def test_family_with_members_and_categories_is_stored(qtbot, click_save, family_service, actor):
    dlg = _dialog(qtbot, family_service, actor)
    dlg.ui.address_actual.setText("Шымкент, Тәуке хан даңғылы, 5")
    qtbot.mouseClick(dlg.ui.add_member, Qt.MouseButton.LeftButton)
    _set_member(dlg, 0, iin=MOTHER_IIN)
    qtbot.mouseClick(dlg.ui.add_member, Qt.MouseButton.LeftButton)
    _set_member(dlg, 1, last="Жұмабаев", first="Ерболат", relation="father", birth="02.11.1982",
                legal=False)
    _check_category(dlg, "large")
    _check_category(dlg, "low_income", "АСП-123", "31.12.2027")
    dlg.ui.free_meals_category.setCurrentIndex(dlg.ui.free_meals_category.findData(1))
    dlg.ui.free_meals_evidence.setText("Справка АСП №123")
    dlg.ui.free_meals_valid_until.setDate(dlg.ui.free_meals_valid_until.date().addYears(127))
    dlg.ui.risk_unemployment.setChecked(True)
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    rec = family_service.get(actor, dlg.saved_id)
    assert rec.data.title == "Жұмабаева"  # taken from the first member
    assert [(m.last_name, m.relation, m.is_legal_representative) for m in rec.data.members] == [
        ("Жұмабаева", "mother", True), ("Жұмабаев", "father", False)]
    assert rec.data.members[0].birth_date == date(1985, 3, 14)  # from the ИИН
    assert rec.data.members[1].birth_date == date(1982, 11, 2)
    assert {c.code for c in rec.data.categories} == {"large", "low_income"}
    assert rec.data.free_meals_category == 1 and rec.data.risk_unemployment


def test_member_with_bad_iin_is_reported_and_nothing_stored(qtbot, click_save, family_service,
                                                            actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, family_service, actor)
    dlg.ui.title.setText("Сейітовтер")
    dlg.ui.add_member.click()
    _set_member(dlg, 0, iin="850314412345")
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text("members").startswith("Family member 1: ")
    assert dlg.ui.tabs.currentWidget() is dlg.ui.members_tab
    assert register_snapshot() == before


def test_member_date_typed_wrong(qtbot, click_save, family_service, actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, family_service, actor)
    dlg.ui.add_member.click()
    _set_member(dlg, 0, birth="31.02.1980")
    click_save(dlg)
    assert dlg.errors.text("members") == "Family member 1: Enter the date as DD.MM.YYYY."
    assert register_snapshot() == before


def test_low_income_needs_its_certificate(qtbot, click_save, family_service, actor,
                                          register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, family_service, actor)
    dlg.ui.title.setText("Ивановы")
    _check_category(dlg, "low_income")
    click_save(dlg)
    assert dlg.errors.text("categories") == "Give the evidence document and its expiry date."
    assert dlg.ui.tabs.currentWidget() is dlg.ui.categories_tab
    assert register_snapshot() == before


def test_empty_family_needs_a_name(qtbot, click_save, family_service, actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, family_service, actor)
    click_save(dlg)
    assert dlg.errors.text("title") == "This field is required."
    assert register_snapshot() == before


def test_edit_removes_a_member_as_tombstone(qtbot, family_service, actor, make_family, register):
    fid = make_family(members=[
        {"last_name": "Ким", "first_name": "Ольга", "relation": "mother"},
        {"last_name": "Ким", "first_name": "Виктор", "relation": "father"}])
    dlg = _dialog(qtbot, family_service, actor)
    dlg.load(family_service.get(actor, fid))
    assert dlg.ui.members.rowCount() == 2
    dlg.ui.members.setCurrentCell(1, 0)
    dlg.ui.remove_member.click()
    assert dlg.is_dirty()
    assert dlg.save()
    assert [m.first_name for m in family_service.get(actor, fid).data.members] == ["Ольга"]
    deleted = register.db.execute_sql(
        "SELECT first_name FROM family_member WHERE deleted = 1").fetchall()
    assert deleted == [("Виктор",)]
