"""The contacts log of one family, newest first: a tab of the family card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import label
from ..services import AccessDenied, Actor, NotFound
from ..services.family_contacts import CONTACT_KINDS, FamilyContactRow, FamilyContactService
from .table_models import DISPLAY, TOOLTIP, RowTableModel

WIDTHS = (150, 220)  # kind, with whom; the date fits its text, the summary takes the rest
_Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    return " ".join(text.split())


class FamilyContactTableModel(RowTableModel):
    """Contacts in the order the service gives (newest first); not sortable."""

    headers = (QT_TRANSLATE_NOOP("FamilyContactTableModel", "Date and time"),
               QT_TRANSLATE_NOOP("FamilyContactTableModel", "Kind"),
               QT_TRANSLATE_NOOP("FamilyContactTableModel", "With whom"),
               QT_TRANSLATE_NOOP("FamilyContactTableModel", "Summary"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([lambda r: r.contact_at.strftime("%d.%m.%Y %H:%M"),
                          lambda r: label(CONTACT_KINDS, r.kind), lambda r: r.person,
                          lambda r: _one_line(r.summary)], parent)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if role == TOOLTIP and index.isValid() and index.column() == 3:
            return self.rows[index.row()].summary or None
        return super().data(index, role)


class FamilyContactsWidget(QWidget):
    """Add, edit and archive the contacts of the family given to :meth:`set_family`."""

    changed = Signal()

    def __init__(self, service: FamilyContactService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.family_id: int | None = None
        self.model = FamilyContactTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("contacts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        date_width = self.table.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 20
        for col, width in enumerate((date_width, *WIDTHS)):
            self.table.setColumnWidth(col, width)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_contact")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_contact")
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("archive_contact")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.archive_button.clicked.connect(self.archive_contact)
        self.table.activated.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self.set_family(None)

    # --- reading ----------------------------------------------------------------------------
    def set_family(self, family_id: int | None) -> None:
        """Show the contacts of ``family_id``; None (a family not saved yet) shows none."""
        self.family_id = family_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        rows = [] if self.family_id is None else self.service.for_family(self.actor,
                                                                         self.family_id)
        self.model.set_rows(rows)
        for r, row in enumerate(rows):
            if row.id == select_id:
                self.table.selectRow(r)
        self._update_buttons()

    def selected(self) -> FamilyContactRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.rows[chosen[0].row()] if chosen else None

    def _update_buttons(self) -> None:
        has_family = self.family_id is not None
        self.add_button.setEnabled(has_family)
        self.edit_button.setEnabled(self.selected() is not None)
        self.archive_button.setEnabled(self.selected() is not None)
        self._show_hint()

    def _show_hint(self) -> None:
        if self.family_id is None:
            self.hint.setText(self.tr("Save the family first; then its contacts can be logged."))
        else:
            self.hint.setText(self.tr("%n contact(s)", "", self.model.rowCount()))

    # --- writing ----------------------------------------------------------------------------
    def _dialog(self) -> Any:
        from .family_contact_dialog import FamilyContactDialog

        return FamilyContactDialog(self.service, self.actor, self)

    def add_contact(self) -> None:
        if self.family_id is None:
            return
        dialog = self._dialog()
        dialog.start_for(self.family_id)
        if dialog.exec():
            self.refresh(dialog.saved_id)
            self.changed.emit()

    def edit_contact(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self._dialog()
        try:
            dialog.load(self.service.get(self.actor, row.id))
        except NotFound:
            self.refresh()
            return
        if dialog.exec():
            self.refresh(row.id)
            self.changed.emit()

    def archive_contact(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Archive contact"),
            self.tr("Archive the contact of %1? It leaves the log and is kept in the register.")
            .replace("%1", row.contact_at.strftime("%d.%m.%Y %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.archive(self.actor, row.id)
        except AccessDenied:
            QMessageBox.warning(self, self.tr("Archive contact"),
                                self.tr("You are not allowed to change this record."))
            return
        except NotFound:
            pass
        self.refresh()
        self.changed.emit()

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_button.setText(self.tr("A&dd contact…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.archive_button.setText(self.tr("Arch&ive"))
        self.model.retranslate()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "add_button"):
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.archive_contact()
            return
        super().keyPressEvent(event)
