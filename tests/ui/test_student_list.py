"""The student register list: search-as-you-type in Kazakh and Russian, filters, count, order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pedagogue_app.views.list_pages import FamilyListPage, StudentListPage
from pedagogue_app.views.table_models import ID_ROLE

NAMES = [("Нұрланов", "Нұрсұлтан", 5, "А"), ("Ахметова", "Әйгерім", 5, "Ә"),
         ("Иванов", "Пётр", 7, "Б"), ("Өмірзақов", "Ұлан", 10, "А"), ("Елкина", "Дарья", 7, "Б"),
         ("Әбілов", "Ілияс", 9, "А")]


@pytest.fixture
def page(qtbot, student_service, actor, make_student):
    for last, first, grade, letter in NAMES:
        make_student(last_name=last, first_name=first, patronymic="", grade=grade,
                     class_letter=letter)
    widget = StudentListPage(student_service, actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(page: StudentListPage) -> list[str]:
    model = page.ui.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_is_consistent(page, qtmodeltester):
    qtmodeltester.check(page.model)
    page.ui.search.setText("а")
    qtmodeltester.check(page.model)


def test_list_is_in_kazakh_alphabet_order(page):
    assert shown(page) == ["Ахметова Әйгерім", "Әбілов Ілияс", "Елкина Дарья", "Иванов Пётр",
                           "Нұрланов Нұрсұлтан", "Өмірзақов Ұлан"]
    assert page.ui.count.text() == "6 student(s) shown"


@pytest.mark.parametrize(("query", "expected"), [
    ("нурс", ["Нұрланов Нұрсұлтан"]),
    ("НҰРС", ["Нұрланов Нұрсұлтан"]),
    ("айгерим", ["Ахметова Әйгерім"]),
    ("ёлк", ["Елкина Дарья"]),
    ("петр", ["Иванов Пётр"]),
    ("улан омир", ["Өмірзақов Ұлан"]),
    ("7б", ["Елкина Дарья", "Иванов Пётр"]),
    ("%", []),
    ("н_рс", []),
])
def test_search_as_you_type(page, query, expected):
    page.ui.search.setText(query)
    assert shown(page) == expected
    assert page.ui.count.text() == f"{len(expected)} student(s) shown"


def test_class_and_category_filters(page, make_registration, student_service, actor):
    combo = page.ui.class_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All classes", "5А", "5Ә", "7Б", "9А", "10А"]
    combo.setCurrentIndex(combo.findText("5Ә"))
    assert shown(page) == ["Ахметова Әйгерім"]
    combo.setCurrentIndex(0)
    sid = student_service.search(actor, "Иванов")[0].id
    make_registration(sid, kind="police")
    cat = page.ui.category_filter
    cat.setCurrentIndex(cat.findData("reg_police"))
    assert shown(page) == ["Иванов Пётр"]
    assert page.model.index(0, 4).data() == "police (ОЮП)"


def test_sorting_by_class_uses_numbers_and_letters(page):
    page.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    model = page.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "5А", "5Ә", "7Б", "7Б", "9А", "10А"]
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(page)[0] == "Өмірзақов Ұлан"
    page.ui.search.setText("а")  # a new search keeps the chosen order
    assert shown(page) == ["Әбілов Ілияс", "Ахметова Әйгерім"]


def test_enter_opens_the_selected_student(page, qtbot):
    page.ui.search.setText("нурс")
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)
    assert blocker.args == [page.model.index(0, 0).data(ID_ROLE)]
    page.ui.search.setText("")
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)  # many rows: the table takes the focus
    page.ui.table.setFocus()
    page.ui.table.selectRow(2)
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.index(2, 0).data(ID_ROLE)]


def test_family_list_finds_member_names(qtbot, family_service, actor, make_family,
                                        qtmodeltester):
    make_family(title="Қасымовтар", members=[
        {"last_name": "Қасымова", "first_name": "Гүлнар", "relation": "mother"}])
    make_family(title="Петровы", members=[
        {"last_name": "Петрова", "first_name": "Анна", "relation": "mother"}])
    widget = FamilyListPage(family_service, actor)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    widget.ui.search.setText("гулн")
    assert [widget.model.index(r, 0).data() for r in range(widget.model.rowCount())] == [
        "Қасымовтар"]
    assert widget.ui.count.text() == "1 family(ies) shown"


def test_student_picker_returns_the_chosen_students(qtbot, student_service, actor, page):
    from PySide6.QtCore import QItemSelectionModel

    from pedagogue_app.views.student_picker import StudentPicker

    picker = StudentPicker(student_service, actor, multiple=True)
    qtbot.addWidget(picker)
    picker.ui.search.setText("7б")
    selection = picker.ui.table.selectionModel()
    for row in (0, 1):
        selection.select(picker.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    picker.accept()
    names = [student_service.get(actor, i).full_name for i in picker.chosen_ids]
    assert names == ["Елкина Дарья", "Иванов Пётр"]
