"""The first screen: what is overdue or due soon, each line opening its record; register counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, Signal  # type: ignore[attr-defined]
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from ..i18n import label
from ..services import Actor
from ..services.catalog import STUDENT_FILTERS
from ..services.dashboard import DUE_KINDS, Dashboard, DashboardService
from ..services.timeline import DueItem
from .forms.ui_dashboard_page import Ui_DashboardPage
from .list_pages import prepare_table
from .table_models import DISPLAY, RowTableModel
from .widgets import fill_combo, format_date

OVERDUE = QBrush(QColor("#b00020"))


class DueTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("DueTableModel", "Due"),
               QT_TRANSLATE_NOOP("DueTableModel", "What"),
               QT_TRANSLATE_NOOP("DueTableModel", "Who / which record"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([lambda i: format_date(i.due), lambda i: label(DUE_KINDS, i.kind),
                          lambda i: i.title], parent)
        self.today = date.today()

    def data(self, index: Any, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if self.rows[index.row()].overdue(self.today) else None
        return super().data(index, role)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column == 0:  # by date, not by the dd.mm.yyyy text
            self.rows.sort(key=lambda i: (i.due, i.title),
                           reverse=order == Qt.SortOrder.DescendingOrder)
            self._sorted = (column, order)
        else:
            super()._sort_rows(column, order)


class DashboardPage(QWidget):
    """Emits ``open_requested(record_kind, record_id)`` when a line is activated."""

    open_requested = Signal(str, int)

    def __init__(self, service: DashboardService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.board: Dashboard | None = None
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.model = DueTableModel(self)
        self.ui.due_table.setModel(self.model)
        prepare_table(self.ui.due_table, (95, 230))
        counts = self.ui.counts_table
        counts.setColumnCount(2)
        counts.verticalHeader().hide()
        counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.due_table.activated.connect(self._activated)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.kind_filter.currentIndexChanged.connect(self._show_items)
        self.retranslate()

    def refresh(self) -> None:
        """Recompute the dashboard from the register."""
        self.board = self.service.build(self.actor)
        self.model.today = self.board.today
        self._show_items()
        self._show_counts()

    def _items(self) -> list[DueItem]:
        if self.board is None:
            return []
        kind = self.ui.kind_filter.currentData()
        items = self.board.overdue + self.board.upcoming
        return [i for i in items if kind is None or i.kind == kind]

    def _show_items(self) -> None:
        items = self._items()
        self.model.set_rows(items)
        if self.board is not None and self.ui.kind_filter.currentData() is None:
            overdue = len(self.board.overdue)
        else:
            overdue = sum(1 for i in items if i.overdue(self.model.today))
        self.ui.due_count.setText(self.tr("%n item(s), of them overdue: %1", "", len(items))
                                  .replace("%1", str(overdue)))

    def _show_counts(self) -> None:
        table = self.ui.counts_table
        counts = self.board.counts if self.board else {}
        table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Children")])
        table.setRowCount(len(STUDENT_FILTERS))
        for row, code in enumerate(STUDENT_FILTERS):
            table.setItem(row, 0, QTableWidgetItem(label(STUDENT_FILTERS, code)))
            number = QTableWidgetItem(str(counts.get(code, 0)))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)

    def retranslate(self) -> None:
        today = self.board.today if self.board else date.today()
        self.ui.heading.setText(self.tr("What needs doing — %1").replace("%1", format_date(today)))
        fill_combo(self.ui.kind_filter, [(None, self.tr("Everything"))] + [
            (code, label(DUE_KINDS, code)) for code in DUE_KINDS])
        self.model.retranslate()
        if self.board is not None:
            self._show_items()
            self._show_counts()

    def _activated(self, index: QModelIndex) -> None:
        item: DueItem = self.model.rows[index.row()]
        self.open_requested.emit(item.record_kind, item.record_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
