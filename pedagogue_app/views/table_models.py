"""List models over light row tuples fetched by the services, sorted with QCollator."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..i18n import labels
from ..services.catalog import FAMILY_CATEGORIES, REGISTER_KINDS
from .widgets import format_date

DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
_Index = QModelIndex | QPersistentModelIndex


def collator() -> QCollator:
    """Kazakh/Russian aware, case-insensitive, numbers compared as numbers (5А before 10А)."""
    c = QCollator(QLocale())
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setNumericMode(True)
    return c


class RowTableModel(QAbstractTableModel):
    """A read-only table of row tuples; column texts come from ``formatters``.

    The service already returns rows in alphabetical order of the first column, so that order
    needs no work; other orders are made with a QCollator on the shown text.
    """

    headers: tuple[Any, ...] = ()  # English headers, marked in the subclass's context

    def __init__(self, formatters: Sequence[Callable[[Any], str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.formatters = list(formatters)
        self._sorted = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[Any]) -> None:
        """Replace the rows (as returned by the service) and keep the user's chosen order."""
        self.beginResetModel()
        self.rows = rows
        column, order = self._sorted
        self._sorted = (0, Qt.SortOrder.AscendingOrder)
        if (column, order) != self._sorted:
            self._sort_rows(column, order)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.formatters)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.formatters[index.column()](self.rows[index.row()])
        if role == ID_ROLE:
            return self.rows[index.row()][0]
        if role == TOOLTIP:  # long category lists are cut in the cell
            return self.formatters[index.column()](self.rows[index.row()]) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return QCoreApplication.translate(type(self).__name__, self.headers[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sorted:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        fmt = self.formatters[column]
        compare = collator().compare
        descending = order == Qt.SortOrder.DescendingOrder
        if column == 0 and self._sorted[0] == 0:
            if self._sorted[1] != order:
                self.rows.reverse()
        else:
            key = functools.cmp_to_key(compare)
            self.rows.sort(key=lambda r: key(fmt(r)), reverse=descending)
        self._sorted = (column, order)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.formatters) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.formatters) - 1))


class LazyRowTableModel(RowTableModel):
    """Holds only the ids of the rows found and fetches each row when it is first shown.

    Searching 50,000 students then costs one id query plus the visible rows; sorting by a column
    other than the first fetches every row once.
    """

    BLOCK = 200

    def __init__(self, formatters: Sequence[Callable[[Any], str]],
                 loader: Callable[[list[int]], dict[int, Any]], parent: Any = None) -> None:
        super().__init__(formatters, parent)
        self.loader = loader
        self.ids: list[int] = []
        self.cache: dict[int, Any] = {}

    def set_ids(self, ids: list[int]) -> None:
        """Replace the rows by the ids the service found (in first-column order)."""
        self.beginResetModel()
        self.ids, self.cache = ids, {}
        column, order = self._sorted
        self._sorted = (0, Qt.SortOrder.AscendingOrder)
        if (column, order) != self._sorted:
            self._sort_rows(column, order)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def row(self, r: int) -> Any:
        row_id = self.ids[r]
        found = self.cache.get(row_id)
        if found is None:
            start = r - r % self.BLOCK
            self.cache.update(self.loader([i for i in self.ids[start:start + self.BLOCK]
                                           if i not in self.cache]))
            found = self.cache.get(row_id)
        return found

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, TOOLTIP):
            row = self.row(index.row())
            text = self.formatters[index.column()](row) if row is not None else ""
            return text if role == DISPLAY else (text or None)
        if role == ID_ROLE:
            return self.ids[index.row()]
        return None

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == 0 and self._sorted[0] == 0:
            if self._sorted[1] != order:
                self.ids.reverse()
        else:
            missing = [i for i in self.ids if i not in self.cache]
            if missing:
                self.cache.update(self.loader(missing))
            self.ids = [i for i in self.ids if i in self.cache]
            self.ids.sort(key=self.sort_key(column), reverse=descending)
        self._sorted = (column, order)

    def sort_key(self, column: int) -> Callable[[int], Any]:
        fmt, key = self.formatters[column], functools.cmp_to_key(collator().compare)
        return lambda i: key(fmt(self.cache[i]))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.formatters) - 1)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(self.formatters) - 1))


class StudentTableModel(LazyRowTableModel):
    headers = (QT_TRANSLATE_NOOP("StudentTableModel", "Name"),
               QT_TRANSLATE_NOOP("StudentTableModel", "Class"),
               QT_TRANSLATE_NOOP("StudentTableModel", "ИИН"),
               QT_TRANSLATE_NOOP("StudentTableModel", "Birth date"),
               QT_TRANSLATE_NOOP("StudentTableModel", "Register"),
               QT_TRANSLATE_NOOP("StudentTableModel", "Family"))

    def __init__(self, loader: Callable[[list[int]], dict[int, Any]],
                 parent: Any = None) -> None:
        super().__init__([
            lambda r: r.full_name, lambda r: r.class_name, lambda r: r.iin,
            lambda r: format_date(r.birth_date),
            lambda r: labels(REGISTER_KINDS, r.register_kinds),
            lambda r: labels(FAMILY_CATEGORIES, r.family_categories)], loader, parent)

    def sort_key(self, column: int) -> Callable[[int], Any]:
        if column == 3:  # birth date: ISO text sorts by itself
            return lambda i: self.cache[i].birth_date
        return super().sort_key(column)


class FamilyTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("FamilyTableModel", "Family"),
               QT_TRANSLATE_NOOP("FamilyTableModel", "Address"),
               QT_TRANSLATE_NOOP("FamilyTableModel", "Categories"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([lambda r: r.title, lambda r: r.address,
                          lambda r: labels(FAMILY_CATEGORIES, r.categories)], parent)
