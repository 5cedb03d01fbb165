"""The psychologist's session log: search, type filter, date range, count; no content shown."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QWidget

from ..i18n import label, labels
from ..services import Actor
from ..services.sessions import REQUESTERS, RISKS, SESSION_TYPES, PsySessionService, SessionRow
from .forms.ui_session_list_page import Ui_SessionListPage
from .list_pages import prepare_table
from .table_models import collator
from .widgets import fill_combo, format_date, get_date, make_optional

DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
_Index = QModelIndex | QPersistentModelIndex
RISK_COLOR = QColor("#b00020")
WIDTHS = (88, 50, 40, 170, 320, 200, 90)


def _client(row: SessionRow) -> str:
    if row.session_type == "group":
        return f"{row.client} ({row.participants})"
    return row.client


class SessionTableModel(QAbstractTableModel):
    """Read-only rows of :class:`SessionRow`; dates and numbers sort by value, texts with a
    Kazakh/Russian collator."""

    headers: tuple[Any, ...] = (QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Time"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Min"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Type"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Client"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Requested by"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Follow-up"),
               QT_TRANSLATE_NOOP("SessionTableModel", "Risk screen"))
    RISK_COL = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SessionRow] = []
        self.formatters: list[Callable[[SessionRow], str]] = [
            lambda r: format_date(r.session_date), lambda r: r.start_time,
            lambda r: str(r.duration_min), lambda r: label(SESSION_TYPES, r.session_type),
            _client, lambda r: label(REQUESTERS, r.requester),
            lambda r: format_date(r.follow_up_on), lambda r: labels(RISKS, r.risks)]
        # Columns sorted by their value, not their text.
        self.value_keys: dict[int, Callable[[SessionRow], Any]] = {
            0: lambda r: (r.session_date, r.start_time, r.id), 1: lambda r: r.start_time,
            2: lambda r: r.duration_min, 6: lambda r: r.follow_up_on or "9999"}
        self.sorted_by = (0, Qt.SortOrder.DescendingOrder)  # as the service returns them

    def set_rows(self, rows: list[SessionRow]) -> None:
        """Replace the rows (newest first, as the service gives them), keeping the user's order."""
        self.beginResetModel()
        self.rows = list(rows)
        if self.sorted_by != (0, Qt.SortOrder.DescendingOrder):
            self._sort_rows(*self.sorted_by)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.formatters)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)
                                       and 0 <= index.column() < len(self.formatters)):
            return None
        row = self.rows[index.row()]
        if role in (DISPLAY, TOOLTIP):
            text = self.formatters[index.column()](row)
            return text if role == DISPLAY else (text or None)
        if role == ID_ROLE:
            return row.id
        if role == FOREGROUND and index.column() == self.RISK_COL and row.risks:
            return RISK_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return QCoreApplication.translate("SessionTableModel", str(self.headers[section]))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.formatters) or (column, order) == self.sorted_by:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self.value_keys.get(column)
        if key is None:
            fmt, text_key = self.formatters[column], functools.cmp_to_key(collator().compare)
            key = lambda r: text_key(fmt(r))  # noqa: E731
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.sorted_by = (column, order)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.formatters) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.formatters) - 1))


class SessionListPage(QWidget):
    """The session log. Emits ``open_requested(session_id)`` on Enter or double-click."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, sessions: PsySessionService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions, self.actor = sessions, actor
        self.ui = Ui_SessionListPage()
        self.ui.setupUi(self)
        self.model = SessionTableModel(self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, WIDTHS)
        self.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for edit in (self.ui.date_from, self.ui.date_to):
            make_optional(edit)
            edit.dateChanged.connect(self.refresh)
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.search.returnPressed.connect(self._search_entered)
        self.ui.type_filter.currentIndexChanged.connect(self.refresh)
        self.ui.table.activated.connect(self._activated)
        self.ui.new_session.clicked.connect(self.new_requested)
        self.loaded = False  # filled when first shown: start-up does not wait for it
        self.retranslate()

    def retranslate(self) -> None:
        fill_combo(self.ui.type_filter, [(None, self.tr("All types"))] + [
            (code, label(SESSION_TYPES, code)) for code in SESSION_TYPES])
        self.model.retranslate()
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Run the search with the current text, type and dates."""
        self.loaded = True
        self.model.set_rows(self.sessions.search(
            self.actor, self.ui.search.text(), date_from=get_date(self.ui.date_from),
            date_to=get_date(self.ui.date_to), session_type=self.ui.type_filter.currentData()))
        self._show_count()

    def _show_count(self) -> None:
        self.ui.count.setText(self.tr("%n session(s) shown", "", self.model.rowCount()))

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
