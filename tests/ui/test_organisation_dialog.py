"""The organisation dialog and the directory page: search, kind filter, archive and restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from pedagogue_app.services.organisations import OrganisationData, OrganisationService
from pedagogue_app.views import organisation_dialog
from pedagogue_app.views.organisation_dialog import OrganisationDialog
from pedagogue_app.views.organisation_list import OrganisationListPage
from pedagogue_app.views.table_models import ID_ROLE

PMPK = OrganisationData(
    kind="pmpk", name_kk="Психологиялық-медициналық-педагогикалық консультация №2",
    name_ru="Психолого-медико-педагогическая консультация №2",
    head_name="Меңгеруші Қасымова Гүлнар Серікқызы", address="Шымкент қ., Тәуке хан даңғылы, 12",
    phone="+7 (7252) 53-12-34", email="pmpk2@example.kz")


@pytest.fixture
def service(register) -> OrganisationService:
    return OrganisationService(register)


def _dialog(qtbot, service, actor) -> OrganisationDialog:
    dlg = OrganisationDialog(service, actor)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _fill(dlg: OrganisationDialog, data: OrganisationData) -> None:
    dlg.ui.kind.setCurrentIndex(dlg.ui.kind.findData(data.kind or None))
    for name in ("name_kk", "name_ru", "head_name", "address", "phone", "email"):
        getattr(dlg.ui, name).setText(getattr(data, name))


# --- the dialog -------------------------------------------------------------------------------

def test_new_organisation_is_stored(qtbot, click_save, service, actor):
    dlg = _dialog(qtbot, service, actor)
    assert dlg.windowTitle() == "New organisation"
    assert dlg.ui.kind.currentData() is None  # the kind is chosen, never assumed
    _fill(dlg, PMPK)
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert service.get(actor, dlg.saved_id).data == PMPK


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name_kk", "", "This field is required."),
    ("name_ru", "   ", "This field is required."),
    ("phone", "телефон жоқ", "Phone: digits with an optional +, spaces, brackets and hyphens."),
    ("email", "pmpk2.example.kz", "Email: one address like name@example.kz."),
])
def test_bad_field_is_shown_under_it_and_nothing_stored(qtbot, click_save, service, actor,
                                                        register_snapshot, field, value,
                                                        message):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    _fill(dlg, PMPK)
    getattr(dlg.ui, field).setText(value)
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text(field) == message
    label = dlg.findChild(QLabel, f"{field}_error")
    qtbot.waitUntil(label.isVisible)  # shown right under the field
    assert register_snapshot() == before


def test_kind_must_be_chosen(qtbot, click_save, service, actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    _fill(dlg, OrganisationData(name_kk="Аудандық сот", name_ru="Районный суд"))
    click_save(dlg)
    assert dlg.errors.text("kind") == "This field is required."
    assert register_snapshot() == before


def test_duplicate_name_is_shown(qtbot, click_save, service, actor, register_snapshot):
    service.save(actor, PMPK)
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    _fill(dlg, PMPK)
    dlg.ui.name_kk.setText("Басқа атау")
    dlg.ui.name_ru.setText("психолого-медико-педагогическая консультация  №2")
    click_save(dlg)
    assert dlg.errors.text("name_ru") == (
        "An organisation of this kind with this name is already in the directory.")
    assert dlg.errors.text("name_kk") == ""
    assert register_snapshot() == before


def test_open_organisation_edits_and_reports_saved(qtbot, service, actor, monkeypatch):
    oid = service.save(actor, PMPK)

    def edit_and_save(dialog: OrganisationDialog) -> int:
        assert dialog.windowTitle() == "Edit organisation"
        assert dialog.ui.name_kk.text() == PMPK.name_kk
        assert dialog.ui.kind.currentData() == "pmpk"
        dialog.ui.head_name.setText("Меңгеруші Әбілова Әйгерім")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", edit_and_save)
    assert organisation_dialog.open_organisation(None, service, actor, oid)
    assert service.get(actor, oid).data.head_name == "Меңгеруші Әбілова Әйгерім"
    assert service.get(actor, oid).version == 2


def test_cancel_with_changes_asks_and_keeps_the_dialog(qtbot, service, actor, answer_boxes):
    dlg = _dialog(qtbot, service, actor)
    dlg.ui.name_ru.setText("Районный суд")
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert seen == ["Discard the changes you made?"]
    assert dlg.isVisible()


def test_archived_organisation_opens_read_only(qtbot, service, actor):
    oid = service.save(actor, PMPK)
    service.archive(actor, oid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, oid))
    assert dlg.ui.name_ru.isReadOnly() and not dlg.ui.kind.isEnabled()
    assert not dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert dlg.ui.archived_note.isVisible()
    assert not dlg.save()


# --- the directory page -----------------------------------------------------------------------

@pytest.fixture
def page(qtbot, service, actor):
    service.save(actor, PMPK)
    service.save(actor, OrganisationData(
        kind="crisis", name_kk="Дағдарыс орталығы «Шаңырақ»", name_ru="Кризисный центр «Шанырак»",
        head_name="Директор Әбілова Әйгерім", phone="8 701 000 00 03"))
    service.save(actor, OrganisationData(
        kind="polyclinic", name_kk="№1 қалалық емхана", name_ru="Городская поликлиника №1"))
    widget = OrganisationListPage(service, actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(page: OrganisationListPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_model_is_consistent(page, qtmodeltester):
    qtmodeltester.check(page.model)
    page.ui.search.setText("центр")
    qtmodeltester.check(page.model)
    page.ui.show_archived.setChecked(True)
    qtmodeltester.check(page.model)


def test_list_search_filter_and_count(page):
    assert shown(page) == ["Городская поликлиника №1", "Кризисный центр «Шанырак»",
                           "Психолого-медико-педагогическая консультация №2"]
    assert page.ui.count.text() == "3 organisation(s) shown"
    assert page.model.index(1, 1).data() == "crisis centre"
    assert page.model.index(1, 2).data() == "Директор Әбілова Әйгерім"
    page.ui.search.setText("ШАҢЫРАҚ")
    assert shown(page) == ["Кризисный центр «Шанырак»"]
    page.ui.search.setText("")
    kinds = page.ui.kind_filter
    kinds.setCurrentIndex(kinds.findData("pmpk"))
    assert shown(page) == ["Психолого-медико-педагогическая консультация №2"]
    assert page.ui.count.text() == "1 organisation(s) shown"


def test_sorting_by_kind(page):
    page.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(r, 1).data() for r in range(3)] == [
        "crisis centre", "PMPK (ПМПК)", "polyclinic"]


def test_enter_opens_the_organisation(page, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(organisation_dialog, "open_organisation",
                        lambda parent, service, actor, oid: opened.append(oid) or False)
    page.ui.search.setText("емхана")
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)  # the only row found opens
    page.ui.search.setText("")
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)  # many rows: the table takes the focus
    page.ui.table.selectRow(1)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert opened == [page.model.index(0, 0).data(ID_ROLE), page.model.index(1, 0).data(ID_ROLE)]


def test_new_organisation_takes_the_kind_filter(page, monkeypatch, service, actor):
    page.ui.kind_filter.setCurrentIndex(page.ui.kind_filter.findData("guardianship"))

    def fill_and_save(dialog: OrganisationDialog) -> int:
        assert dialog.ui.kind.currentData() == "guardianship"
        assert not dialog.is_dirty()
        dialog.ui.name_kk.setText("Қорғаншылық және қамқоршылық органы")
        dialog.ui.name_ru.setText("Орган опеки и попечительства")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", fill_and_save)
    page.ui.new_organisation.click()
    assert shown(page) == ["Орган опеки и попечительства"]
    assert page.selected_id() == page.model.index(0, 0).data(ID_ROLE)


def test_archive_asks_then_hides_and_restore_brings_back(page, service, actor, answer_boxes,
                                                         register_snapshot):
    page.ui.search.setText("кризис")
    page.ui.table.selectRow(0)
    oid = page.selected_id()
    seen = answer_boxes(QMessageBox.StandardButton.No)
    before = register_snapshot()
    page.ui.archive.click()
    assert len(seen) == 1 and "Кризисный центр «Шанырак»" in seen[0]
    assert register_snapshot() == before  # answered No
    answer_boxes(QMessageBox.StandardButton.Yes)
    page.ui.archive.click()
    assert shown(page) == []
    assert service.get(actor, oid).archived
    assert not page.ui.restore.isVisible()
    page.ui.show_archived.setChecked(True)
    assert shown(page) == ["(archived) Кризисный центр «Шанырак»"]
    assert page.ui.restore.isVisible() and not page.ui.restore.isEnabled()
    page.ui.table.selectRow(0)
    assert page.ui.restore.isEnabled() and not page.ui.archive.isEnabled()
    page.ui.restore.click()
    assert shown(page) == ["Кризисный центр «Шанырак»"]
    assert not service.get(actor, oid).archived
    assert page.ui.archive.isEnabled() and not page.ui.restore.isEnabled()


def test_restore_refused_when_the_name_is_taken(page, service, actor, answer_boxes):
    oid = service.by_kind(actor, "crisis")[0].id
    service.archive(actor, oid)
    service.save(actor, OrganisationData(kind="crisis", name_kk="Жаңа орталық",
                                         name_ru="Кризисный центр «Шанырак»"))
    page.ui.show_archived.setChecked(True)
    page.ui.search.setText("кризис")
    page.select(oid)
    seen = answer_boxes(QMessageBox.StandardButton.Ok)
    page.ui.restore.click()
    assert seen == ["An organisation of this kind with this name is already in the directory."]
    assert service.get(actor, oid).archived


def test_director_cannot_archive(qtbot, service, actor, register, answer_boxes,
                                 register_snapshot):
    from pedagogue_app.services import Actor

    service.save(actor, PMPK)
    director = Actor(username="director", role="director", device_id=register.device_id)
    widget = OrganisationListPage(service, director)
    qtbot.addWidget(widget)
    widget.show()
    widget.ui.table.selectRow(0)
    seen = answer_boxes(QMessageBox.StandardButton.Yes)
    before = register_snapshot()
    widget.ui.archive.click()
    assert seen[-1] == "You are not allowed to change the directory."
    assert register_snapshot() == before



def test_kazakh_interface_shows_kazakh_names_in_kazakh_order(page, qapp):
    from pedagogue_app import i18n

    i18n.install("kk")
    qapp.processEvents()
    # QCollator (ICU, Kazakh): letters in the Kazakh alphabet order, the № sign after them
    assert shown(page) == ["Дағдарыс орталығы «Шаңырақ»",
                           "Психологиялық-медициналық-педагогикалық консультация №2",
                           "№1 қалалық емхана"]
    tooltip = page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Дағдарыс орталығы «Шаңырақ»\nКризисный центр «Шанырак»"


def test_organisation_archived_meanwhile_is_not_saved(qtbot, click_save, service, actor,
                                                      answer_boxes, register_snapshot):
    oid = service.save(actor, PMPK)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, oid))
    service.archive(actor, oid)  # in another window
    before = register_snapshot()
    seen = answer_boxes(QMessageBox.StandardButton.Ok)
    dlg.ui.phone.setText("8 7252 00 00 00")
    click_save(dlg)
    assert seen == ["This record was archived or removed meanwhile; nothing was saved."]
    assert register_snapshot() == before
