"""The organisations directory: search, kind filter, archive and restore."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import i18n
from ..i18n import label
from ..services import AccessDenied, Actor, NotFound, ValidationError
from ..services.organisations import ORGANISATION_KINDS, OrganisationRow, OrganisationService
from .forms.ui_organisation_list_page import Ui_OrganisationListPage
from .list_pages import prepare_table
from .table_models import DISPLAY, ID_ROLE, TOOLTIP, RowTableModel, collator
from .widgets import fill_combo

WIDTHS = (340, 170, 220, 125)
_Index = QModelIndex | QPersistentModelIndex


def display_name(row: OrganisationRow) -> str:
    """The name in the language of the interface (Kazakh or Russian; Russian in English)."""
    return row.name_kk if i18n.current() == "kk" and row.name_kk else row.name_ru


class OrganisationTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("OrganisationTableModel", "Name"),
               QT_TRANSLATE_NOOP("OrganisationTableModel", "Kind"),
               QT_TRANSLATE_NOOP("OrganisationTableModel", "Head"),
               QT_TRANSLATE_NOOP("OrganisationTableModel", "Phone"),
               QT_TRANSLATE_NOOP("OrganisationTableModel", "Email"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([display_name, lambda r: label(ORGANISATION_KINDS, r.kind),
                          lambda r: r.head_name, lambda r: r.phone, lambda r: r.email], parent)

    def set_rows(self, rows: list[Any]) -> None:
        """Rows in the order of the shown name (the first column), then the user's order."""
        key = functools.cmp_to_key(collator().compare)
        super().set_rows(sorted(rows, key=lambda r: (key(display_name(r)), r.id)))

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row: OrganisationRow = self.rows[index.row()]
        if role == DISPLAY and index.column() == 0 and row.archived:
            archived = self.tr("archived")
            return f"({archived}) {display_name(row)}"
        if role == TOOLTIP and index.column() == 0:
            return "\n".join(t for t in (row.name_kk, row.name_ru, row.address) if t)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def row_at(self, index: QModelIndex) -> OrganisationRow | None:
        return self.rows[index.row()] if index.isValid() else None


class OrganisationListPage(QWidget):
    """The directory. Opens organisations itself; emits ``changed`` after any edit."""

    changed = Signal()
    open_requested = Signal(int)

    def __init__(self, service: OrganisationService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.ui = Ui_OrganisationListPage()
        self.ui.setupUi(self)
        self.model = OrganisationTableModel(self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, WIDTHS)
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.search.returnPressed.connect(self._search_entered)
        self.ui.kind_filter.currentIndexChanged.connect(self.refresh)
        self.ui.show_archived.toggled.connect(self.refresh)
        self.ui.table.activated.connect(lambda i: self.open_requested.emit(i.data(ID_ROLE)))
        self.ui.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.layoutChanged.connect(self._update_buttons)
        self.open_requested.connect(self.open_organisation)
        self.ui.new_organisation.clicked.connect(self.new_organisation)
        self.ui.edit.clicked.connect(self._open_current)
        self.ui.archive.clicked.connect(self.archive_current)
        self.ui.restore.clicked.connect(self.restore_current)
        self.loaded = False  # filled when first shown
        self.retranslate()
        self._update_buttons()

    # --- reading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Search again with the current text, kind and archive toggle; keep the selection."""
        self.loaded = True
        keep = self.selected_id()
        self.model.set_rows(self.service.search(
            self.actor, self.ui.search.text(), self.ui.kind_filter.currentData(),
            include_archived=self.ui.show_archived.isChecked()))
        self.select(keep)
        self._show_count()
        self._update_buttons()

    def select(self, organisation_id: int | None) -> None:
        for r, row in enumerate(self.model.rows):
            if row.id == organisation_id:
                self.ui.table.selectRow(r)
                return

    def selected_row(self) -> OrganisationRow | None:
        chosen = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(chosen[0]) if chosen else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def _show_count(self) -> None:
        self.ui.count.setText(self.tr("%n organisation(s) shown", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.ui.edit.setEnabled(row is not None)
        self.ui.archive.setEnabled(row is not None and not row.archived)
        self.ui.restore.setVisible(self.ui.show_archived.isChecked())
        self.ui.restore.setEnabled(row is not None and row.archived)

    def _search_entered(self) -> None:
        if self.model.rowCount() == 1:
            self.open_requested.emit(self.model.rows[0].id)
        elif self.model.rowCount():
            self.ui.table.setFocus()
            self.ui.table.selectRow(0)

    # --- writing ----------------------------------------------------------------------------
    def new_organisation(self) -> None:
        from .organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.service, self.actor, self)
        kind = self.ui.kind_filter.currentData()
        if kind:
            dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(kind))
            dialog.mark_clean()
        if dialog.exec():
            self._saved(dialog.saved_id)

    def open_organisation(self, organisation_id: int) -> None:
        from . import organisation_dialog

        if organisation_dialog.open_organisation(self, self.service, self.actor,
                                                 organisation_id):
            self._saved(organisation_id)

    def _open_current(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id is not None:
            self.open_requested.emit(organisation_id)

    def archive_current(self) -> None:
        row = self.selected_row()
        if row is None or row.archived:
            return
        answer = QMessageBox.question(
            self, self.tr("Archive"),
            self.tr("Archive “%1”? It will no longer be offered as an addressee; letters "
                    "already sent keep it. It can be restored.").replace("%1", display_name(row)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._write(lambda: self.service.archive(self.actor, row.id)):
            self._saved(None)

    def restore_current(self) -> None:
        row = self.selected_row()
        if row is None or not row.archived:
            return
        if self._write(lambda: self.service.restore(self.actor, row.id)):
            self._saved(row.id)

    def _write(self, action: Any) -> bool:
        try:
            action()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Restore"), i18n.error_text(
                exc.errors[0].code, exc.errors[0].params))
            return False
        except AccessDenied:
            QMessageBox.warning(self, self.tr("Organisations"),
                                self.tr("You are not allowed to change the directory."))
            return False
        except NotFound:  # changed elsewhere meanwhile
            self.refresh()
            return False
        return True

    def _saved(self, organisation_id: int | None) -> None:
        self.refresh()
        if organisation_id is not None:
            self.select(organisation_id)
        self.changed.emit()

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        fill_combo(self.ui.kind_filter, [(None, self.tr("All kinds"))] + [
            (code, label(ORGANISATION_KINDS, code)) for code in ORGANISATION_KINDS])
        if self.loaded:  # the shown name follows the language, and so does the order
            keep = self.selected_id()
            self.model.set_rows(list(self.model.rows))
            self.select(keep)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self.retranslate()
        super().changeEvent(event)
