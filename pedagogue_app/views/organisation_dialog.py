"""Add or edit an organisation of the directory (an addressee of referral letters)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..i18n import label
from ..services import Actor
from ..services.organisations import (
    ORGANISATION_KINDS,
    OrganisationData,
    OrganisationRecord,
    OrganisationService,
)
from .forms.ui_organisation_dialog import Ui_OrganisationDialog
from .record_dialog import RecordDialog
from .widgets import fill_combo, select_data

TEXT_FIELDS = ["name_kk", "name_ru", "head_name", "address", "phone", "email"]


class OrganisationDialog(RecordDialog):
    RECORD_TYPE = "organisation"
    def __init__(self, service: OrganisationService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.organisation_id: int | None = None
        self.archived = False
        self.setup_form(Ui_OrganisationDialog(), ["kind", *TEXT_FIELDS])
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        fill_combo(self.ui.kind, [(None, self.tr("choose…"))] + [
            (code, label(ORGANISATION_KINDS, code)) for code in ORGANISATION_KINDS])
        if self.organisation_id is None:
            self.setWindowTitle(self.tr("New organisation"))
        else:
            self.setWindowTitle(self.tr("Edit organisation"))
        self.ui.archived_note.setText(
            self.tr("This organisation is archived. Restore it in the list to edit it.")
            if self.archived else "")

    # --- surface ----------------------------------------------------------------------------
    def load(self, record: OrganisationRecord | None) -> None:
        self.organisation_id = record.id if record else None
        self.archived = record.archived if record else False
        d = record.data if record else OrganisationData()
        for name in TEXT_FIELDS:
            edit = getattr(self.ui, name)
            edit.setText(getattr(d, name))
            edit.setCursorPosition(0)  # long official names show their beginning
        self.retranslate()
        select_data(self.ui.kind, d.kind or None)
        self._set_read_only(self.archived)
        self.mark_clean()

    def values(self) -> OrganisationData:
        return OrganisationData(kind=self.ui.kind.currentData() or "",
                                **{n: getattr(self.ui, n).text() for n in TEXT_FIELDS})

    def validate(self) -> OrganisationData | None:
        return self.run_checked(
            lambda: self.service.validate(self.values(), self.organisation_id))

    def save(self) -> bool:
        if self.archived or self.validate() is None:
            return False
        saved = self.run_checked(
                lambda: self.service.save(self.actor, self.values(), self.organisation_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    def _set_read_only(self, read_only: bool) -> None:
        self.ui.kind.setEnabled(not read_only)
        for name in TEXT_FIELDS:
            getattr(self.ui, name).setReadOnly(read_only)
        button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setVisible(not read_only)
        self.ui.archived_note.setVisible(read_only)


def open_organisation(parent: QWidget | None, service: OrganisationService, actor: Actor,
                      record_id: int) -> bool:
    """Open an organisation for editing; True when it was saved."""
    dialog = OrganisationDialog(service, actor, parent)
    dialog.load(service.get(actor, record_id))
    return bool(dialog.exec())
