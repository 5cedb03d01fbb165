"""The student register and the family list: search-as-you-type, filters, count, sorting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..i18n import label
from ..services import Actor
from ..services.catalog import STUDENT_FILTERS
from ..services.families import FamilyService
from ..services.students import StudentService
from .forms.ui_family_list_page import Ui_FamilyListPage
from .forms.ui_student_list_page import Ui_StudentListPage
from .table_models import ID_ROLE, FamilyTableModel, StudentTableModel
from .widgets import fill_combo

STUDENT_WIDTHS = (300, 60, 120, 95, 150)


def prepare_table(table: QTableView, widths: tuple[int, ...]) -> None:
    """Fixed row heights and no per-row size queries: fast with 50,000 rows."""
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)


class StudentListPage(QWidget):
    """The student register. Emits ``open_requested(student_id)`` on Enter or double-click."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, students: StudentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students, self.actor = students, actor
        self.ui = Ui_StudentListPage()
        self.ui.setupUi(self)
        self.model = StudentTableModel(lambda ids: students.rows(actor, ids), self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, STUDENT_WIDTHS)
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.search.returnPressed.connect(self._search_entered)
        self.ui.class_filter.currentIndexChanged.connect(self.refresh)
        self.ui.category_filter.currentIndexChanged.connect(self.refresh)
        self.ui.table.activated.connect(self._activated)
        self.ui.new_student.clicked.connect(self.new_requested)
        self.loaded = False  # filled when first shown: start-up opens on the dashboard
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded:
            self.reload_classes()
            self.refresh()
        super().showEvent(event)

    def reload_classes(self) -> None:
        items: list[tuple[object, str]] = [(None, self.tr("All classes"))]
        items += [((g, letter), f"{g}{letter}") for g, letter in self.students.classes(self.actor)]
        fill_combo(self.ui.class_filter, items)

    def retranslate(self) -> None:
        fill_combo(self.ui.category_filter, [(None, self.tr("All categories"))] + [
            (code, label(STUDENT_FILTERS, code)) for code in STUDENT_FILTERS])
        self.ui.class_filter.setItemText(0, self.tr("All classes"))
        self.model.retranslate()
        self._show_count()

    def refresh(self) -> None:
        """Run the search with the current text and filters."""
        self.loaded = True
        chosen = self.ui.class_filter.currentData()
        grade, letter = chosen if chosen else (None, None)
        ids = self.students.search_ids(self.actor, self.ui.search.text(), grade=grade,
                                       letter=letter,
                                       category=self.ui.category_filter.currentData())
        self.model.set_ids(ids)
        self._show_count()

    def _show_count(self) -> None:
        self.ui.count.setText(self.tr("%n student(s) shown", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def selected_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(ID_ROLE))

    def _search_entered(self) -> None:
        if self.model.rowCount() == 1:
            self.open_requested.emit(self.model.index(0, 0).data(ID_ROLE))
        elif self.model.rowCount():
            self.ui.table.setFocus()
            self.ui.table.selectRow(0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


class FamilyListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, families: FamilyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.families, self.actor = families, actor
        self.ui = Ui_FamilyListPage()
        self.ui.setupUi(self)
        self.model = FamilyTableModel(self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, (260, 360))
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.table.activated.connect(lambda i: self.open_requested.emit(i.data(ID_ROLE)))
        self.ui.new_family.clicked.connect(self.new_requested)
        self.loaded = False  # filled when first shown: start-up does not wait for it

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.loaded = True
        self.model.set_rows(self.families.search(self.actor, self.ui.search.text()))
        self._show_count()

    def _show_count(self) -> None:
        self.ui.count.setText(self.tr("%n family(ies) shown", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_count()
        super().changeEvent(event)
