"""Small widget helpers shared by the dialogs: optional dates and errors beside the field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QTabWidget,
    QWidget,
)

from ..i18n import error_text
from ..services.errors import ValidationError

EMPTY_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd.MM.yyyy"


class _ClearOnDelete(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(obj, QDateEdit)
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and obj.date() != EMPTY_DATE and obj.currentSectionIndex() == 0):
            obj.setDate(EMPTY_DATE)
            return True
        return False


def make_optional(edit: QDateEdit) -> None:
    """Let a QDateEdit be empty: its minimum date stands for 'no date' and shows as blank."""
    edit.setMinimumDate(EMPTY_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setSpecialValueText(" ")
    edit.setDate(EMPTY_DATE)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setToolTip(QCoreApplication.translate("Widgets", "Delete clears the date."))
    filt = _ClearOnDelete(edit)
    edit.installEventFilter(filt)


def get_date(edit: QDateEdit) -> date | None:
    qd = edit.date()
    return None if qd == EMPTY_DATE else date(qd.year(), qd.month(), qd.day())


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(EMPTY_DATE if value is None else QDate(value.year, value.month, value.day))


def format_date(value: date | str | None) -> str:
    """dd.mm.yyyy for a date or an ISO string; empty for None."""
    if not value:
        return ""
    if isinstance(value, str):
        return f"{value[8:10]}.{value[5:7]}.{value[0:4]}" if len(value) >= 10 else value
    return value.strftime("%d.%m.%Y")


def parse_date(text: str) -> date | None:
    """Parse dd.mm.yyyy; raise ValueError for anything else that is not empty."""
    text = text.strip()
    if not text:
        return None
    day, month, year = (int(p) for p in text.split("."))
    return date(year, month, day)


class FieldErrors:
    """Shows each field's validation message in a red line right under the field."""

    STYLE = "color: #b00020;"

    def __init__(self, widgets: dict[str, QWidget]) -> None:
        self.widgets = widgets
        self.labels: dict[str, QLabel] = {}

    def clear(self) -> None:
        for name, lbl in self.labels.items():
            widget = self.widgets.get(name)
            if widget is not None:
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            lbl.hide()
            lbl.deleteLater()
        self.labels.clear()

    def show(self, error: ValidationError) -> None:
        self.clear()
        first: QWidget | None = None
        for e in error.errors:
            widget = self.widgets.get(e.field)
            if widget is None:
                continue
            lbl = QLabel(error_text(e.code, e.params))
            lbl.setObjectName(f"{e.field}_error")
            lbl.setStyleSheet(self.STYLE)
            lbl.setWordWrap(True)
            _place_below(widget, lbl)
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            self.labels[e.field] = lbl
            first = first or widget
        if first is not None:
            _reveal(first)
            first.setFocus()

    def text(self, name: str) -> str:
        """The message shown for a field (empty if none): handy for tests and accessibility."""
        lbl = self.labels.get(name)
        return lbl.text() if lbl else ""


def _place_below(widget: QWidget, label: QLabel) -> None:
    parent = widget.parentWidget()
    layout = parent.layout() if parent else None
    if layout is None:
        return
    found = _find_in_form(layout, widget)
    if found is not None:
        form, row = found
        form.insertRow(row + 1, "", label)
        return
    box = _find_box(layout, widget)
    if box is not None:
        box.insertWidget(box.indexOf(widget) + 1, label)


def _children(layout: QLayout) -> list[QLayout]:
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [child for item in items if item is not None and (child := item.layout()) is not None]


def _holds(item: QLayoutItem | None, widget: QWidget) -> bool:
    """Whether a layout item is ``widget`` or a layout that contains it."""
    if item is None:
        return False
    inner = item.layout()
    return item.widget() is widget or (inner is not None and any(
        _holds(inner.itemAt(i), widget) for i in range(inner.count())))


def _find_in_form(layout: QLayout, widget: QWidget) -> tuple[QFormLayout, int] | None:
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            if _holds(layout.itemAt(row, QFormLayout.ItemRole.FieldRole), widget):
                return layout, row
    for child in _children(layout):
        found = _find_in_form(child, widget)
        if found:
            return found
    return None


def _find_box(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for child in _children(layout):
        found = _find_box(child, widget)
        if found:
            return found
    return None


def _reveal(widget: QWidget) -> None:
    """Switch any tab widget above ``widget`` to the page that holds it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        stack = parent.parentWidget() if parent else None
        if isinstance(stack, QTabWidget) and stack.indexOf(child) >= 0:
            stack.setCurrentWidget(child)
        child = parent


def fill_combo(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
    """Refill a combo with (data, text) pairs, keeping the current choice."""
    current = combo.currentData() if combo.count() else None
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    select_data(combo, current)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    """Select the item carrying ``data`` (the first item when there is none)."""
    combo.setCurrentIndex(max(combo.findData(data), 0))


_app_settings: QSettings | None = None


def set_app_settings(settings: QSettings | None) -> None:
    """The settings file of this data folder (set once at start; tests set their own)."""
    global _app_settings
    _app_settings = settings


def app_settings() -> QSettings:
    """Where small remembered choices go (last folder, last document language)."""
    return _app_settings if _app_settings is not None else QSettings()


def role_name(role: str) -> str:
    """The translated name of an account role (services/context.py ROLES)."""
    names = {
        "admin": QCoreApplication.translate("Roles", "administrator"),
        "social_pedagogue": QCoreApplication.translate("Roles", "social pedagogue"),
        "psychologist": QCoreApplication.translate("Roles", "psychologist"),
        "director": QCoreApplication.translate("Roles", "director (read only)"),
    }
    return names.get(role, role)
