"""The incident list: search by child, place or reporter; type and status filters; count."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QWidget

from ..i18n import label
from ..services import Actor
from ..services.incidents import INCIDENT_STATUSES, INCIDENT_TYPES, IncidentRow, IncidentService
from .forms.ui_incident_list_page import Ui_IncidentListPage
from .list_pages import prepare_table
from .table_models import DISPLAY, ID_ROLE, RowTableModel, collator
from .widgets import fill_combo, format_date

WIDTHS = (120, 140, 260, 160, 70, 125)
LATE = QColor("#b00020")


def _when(iso: str) -> str:
    """'YYYY-MM-DD HH:MM' as 'DD.MM.YYYY HH:MM'."""
    return f"{format_date(iso)} {iso[11:16]}".strip() if iso else ""


class IncidentTableModel(RowTableModel):
    """Rows come newest first; times sort by their ISO text, other columns with QCollator."""

    headers = (QT_TRANSLATE_NOOP("IncidentTableModel", "Happened"),
               QT_TRANSLATE_NOOP("IncidentTableModel", "Type"),
               QT_TRANSLATE_NOOP("IncidentTableModel", "Children"),
               QT_TRANSLATE_NOOP("IncidentTableModel", "Place"),
               QT_TRANSLATE_NOOP("IncidentTableModel", "Steps"),
               QT_TRANSLATE_NOOP("IncidentTableModel", "Next deadline"),
               QT_TRANSLATE_NOOP("IncidentTableModel", "Status"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            lambda r: _when(r.occurred_at), lambda r: label(INCIDENT_TYPES, r.incident_type),
            lambda r: r.children, lambda r: r.place,
            lambda r: f"{r.steps_settled}/{r.steps_total}" if r.steps_total else "",
            lambda r: _when(r.next_deadline) if r.status == "open" else "",
            lambda r: label(INCIDENT_STATUSES, r.status)], parent)
        self._sorted = (0, Qt.SortOrder.DescendingOrder)
        self.now = datetime.now().strftime("%Y-%m-%d %H:%M")

    def set_rows(self, rows: list[Any]) -> None:
        """Replace the rows (newest first, as the service gives them), keeping the user's order."""
        self.beginResetModel()
        self.rows = list(rows)
        self.now = datetime.now().strftime("%Y-%m-%d %H:%M")
        self._sort_rows(*self._sorted)
        self.endResetModel()

    def data(self, index: Any, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LATE) if index.column() == 5 and self._late(self.rows[index.row()]) \
                else None
        return super().data(index, role)

    def _late(self, row: IncidentRow) -> bool:
        return row.status == "open" and bool(row.next_deadline) and row.next_deadline < self.now

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._sorted = (column, order)

    def _key(self, column: int) -> Callable[[IncidentRow], Any]:
        if column == 0:
            return lambda r: (r.occurred_at, r.id)
        if column == 4:
            return lambda r: (r.steps_total - r.steps_settled, r.steps_total)
        if column == 5:
            return lambda r: r.next_deadline if r.status == "open" and r.next_deadline else "~"
        fmt, key = self.formatters[column], functools.cmp_to_key(collator().compare)
        return lambda r: key(fmt(r))


class IncidentListPage(QWidget):
    """Emits ``open_requested(incident_id)`` on Enter or double-click, ``new_requested`` on New."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, incidents: IncidentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incidents, self.actor = incidents, actor
        self.ui = Ui_IncidentListPage()
        self.ui.setupUi(self)
        self.model = IncidentTableModel(self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, WIDTHS)
        self.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.search.returnPressed.connect(self._search_entered)
        self.ui.type_filter.currentIndexChanged.connect(self.refresh)
        self.ui.status_filter.currentIndexChanged.connect(self.refresh)
        self.ui.table.activated.connect(self._activated)
        self.ui.new_incident.clicked.connect(self.new_requested)
        self.ui.edit_templates.clicked.connect(self.edit_templates)
        self.loaded = False  # filled when first shown
        self.retranslate()

    def retranslate(self) -> None:
        fill_combo(self.ui.type_filter, [(None, self.tr("All types"))] + [
            (k, label(INCIDENT_TYPES, k)) for k in INCIDENT_TYPES])
        fill_combo(self.ui.status_filter, [(None, self.tr("Open and closed"))] + [
            (k, label(INCIDENT_STATUSES, k)) for k in INCIDENT_STATUSES])
        self.model.retranslate()
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate(WIDTHS):  # room for the header in every language
            self.ui.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Run the search with the current text and filters."""
        self.loaded = True
        self.model.set_rows(self.incidents.search(
            self.actor, self.ui.search.text(), self.ui.type_filter.currentData(),
            self.ui.status_filter.currentData()))
        self._show_count()

    def _show_count(self) -> None:
        self.ui.count.setText(self.tr("%n incident(s) shown", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def selected_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def edit_templates(self) -> None:
        from .response_templates_dialog import ResponseTemplatesDialog

        ResponseTemplatesDialog(self.incidents, self.actor, self).exec()

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
