"""The surface every data-entry dialog shares: load(record), values(), validate(), save()."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ..services import AccessDenied, NotFound, ValidationError, access
from .widgets import FieldErrors

INVALID_STYLE = '*[invalid="true"] { border: 1px solid #b00020; }'


class RecordDialog(QDialog):
    """Base of the add/edit dialogs. Subclasses set ``self.ui`` and implement the four methods.

    ``RECORD_TYPE`` names what the dialog saves (services/access.py): a role that may read but
    not write it (the director) sees the dialog with its Save button off (its tooltip says
    why). The service refuses the write anyway; this only spares a refused attempt.
    """

    ui: Any
    RECORD_TYPE = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors({})
        self._snapshot: Any = None
        self.saved_id: int | None = None

    def setup_form(self, ui: Any, field_names: list[str]) -> None:
        """Build the form; ``field_names`` are widgets of ``ui`` named like the service fields."""
        self.ui = ui
        ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.errors = FieldErrors({n: getattr(ui, n) for n in field_names})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()

    # --- the surface ------------------------------------------------------------------------
    def load(self, record: Any) -> None:
        raise NotImplementedError

    def values(self) -> Any:
        raise NotImplementedError

    def validate(self) -> Any | None:
        """Check the values with the service; show errors beside fields and return None if bad."""
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def reload_saved(self, record_id: int) -> None:
        """Load the stored record again after :meth:`save_and_stay` (dialogs that print)."""
        raise NotImplementedError

    # --- shared behaviour -------------------------------------------------------------------
    def save_and_stay(self) -> bool:
        """Save without closing (before printing): the dialog then shows the stored record."""
        if not self.save() or self.saved_id is None:
            return False
        self.reload_saved(self.saved_id)
        return True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if not getattr(self, "_role_applied", False):
            self._role_applied = True
            self.apply_role()
        super().showEvent(event)

    def read_only(self) -> bool:
        actor = getattr(self, "actor", None)
        return bool(actor is not None and self.RECORD_TYPE
                    and not access.can(actor, access.WRITE, self.RECORD_TYPE))

    def apply_role(self) -> None:
        """Turn Save off for a role that may not write this record type."""
        box = getattr(getattr(self, "ui", None), "button_box", None)
        if not self.read_only() or box is None:
            return
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
            button = box.button(which)
            if button is not None:
                button.setEnabled(False)
                button.setToolTip(QCoreApplication.translate(
                    "RecordDialog", "Your role may read this record but not change it."))

    def mark_clean(self) -> None:
        """Remember the values as loaded, to notice unsaved edits later."""
        self._snapshot = self.values()

    def is_dirty(self) -> bool:
        return self._snapshot is not None and self.values() != self._snapshot

    def run_checked(self, action: Any) -> Any | None:
        """Run a service call, showing validation errors beside fields and refusals in a box."""
        self.errors.clear()
        try:
            return action()
        except ValidationError as exc:
            self.errors.show(exc)
        except AccessDenied:
            QMessageBox.warning(self, self.windowTitle(),
                                QCoreApplication.translate(
                                    "RecordDialog", "You are not allowed to change this record."))
        except NotFound:
            QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate(
                "RecordDialog", "This record was archived or removed meanwhile; nothing was saved."))
        return None

    def accept(self) -> None:
        if self.save():
            self._snapshot = None
            super().accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.windowTitle(),
                QCoreApplication.translate("RecordDialog", "Discard the changes you made?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def retranslate(self) -> None:
        """Texts set in code (combo items, buttons); the .ui texts come from retranslateUi."""
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setDefault(True)
        printing = getattr(self, "print_button", None)
        if printing is not None:
            printing.setText(QCoreApplication.translate("Printing", "&Print…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "ui", None):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
