"""Add or edit one contact with a family: when, how, with whom, what was said."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QWidget

from ..i18n import label
from ..services import Actor
from ..services.family_contacts import (
    CONTACT_KINDS,
    FamilyContactData,
    FamilyContactRecord,
    FamilyContactService,
)
from .forms.ui_family_contact_dialog import Ui_FamilyContactDialog
from .record_dialog import RecordDialog
from .widgets import fill_combo, select_data

FIELDS = ["contact_at", "kind", "person", "summary"]


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


class FamilyContactDialog(RecordDialog):
    RECORD_TYPE = "family_contact"
    def __init__(self, service: FamilyContactService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.family_id: int | None = None
        self.contact_id: int | None = None
        self.setup_form(Ui_FamilyContactDialog(), FIELDS)
        self.ui.contact_at.setMinimumDate(QDate(1900, 1, 1))
        font = self.ui.family_title.font()
        font.setBold(True)
        self.ui.family_title.setFont(font)

    def retranslate(self) -> None:
        super().retranslate()
        fill_combo(self.ui.kind, [(code, label(CONTACT_KINDS, code)) for code in CONTACT_KINDS])
        self.setWindowTitle(self.tr("New contact with the family") if self.contact_id is None
                            else self.tr("Edit contact with the family"))

    # --- surface ----------------------------------------------------------------------------
    def start_for(self, family_id: int) -> None:
        """A new contact of ``family_id``, now, by phone."""
        self.contact_id = None
        self._show_family(family_id)
        self._fill(FamilyContactData(contact_at=datetime.now().replace(second=0, microsecond=0)))

    def load(self, record: FamilyContactRecord | None) -> None:
        if record is None:
            return
        self.contact_id = record.id
        self._show_family(record.family_id)
        self._fill(record.data)

    def values(self) -> FamilyContactData:
        ui = self.ui
        at = ui.contact_at.dateTime()
        d, t = at.date(), at.time()
        return FamilyContactData(
            contact_at=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            kind=ui.kind.currentData() or "", person=ui.person.currentText(),
            summary=ui.summary.toPlainText())

    def validate(self) -> FamilyContactData | None:
        return self.run_checked(lambda: self.service.validate(self.values()))

    def save(self) -> bool:
        if self.family_id is None or self.validate() is None:
            return False
        family_id = self.family_id
        saved = self.run_checked(lambda: self.service.save(
                self.actor, family_id, self.values(), self.contact_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- helpers ----------------------------------------------------------------------------
    def _show_family(self, family_id: int) -> None:
        self.family_id = family_id
        self.ui.family_title.setText(self.tr("Family: %1").replace(
            "%1", self.service.family_title(self.actor, family_id)))
        self.ui.person.clear()
        self.ui.person.addItems(self.service.people(self.actor, family_id))

    def _fill(self, d: FamilyContactData) -> None:
        ui = self.ui
        self.retranslate()
        ui.contact_at.setDateTime(_qdatetime(d.contact_at or datetime.now()))
        select_data(ui.kind, d.kind)
        ui.person.setCurrentText(d.person)
        ui.summary.setPlainText(d.summary)
        self.errors.clear()
        self.mark_clean()


def open_family_contact(parent: QWidget | None, service: FamilyContactService, actor: Actor,
                        record_id: int) -> bool:
    """Open a contact for editing; True when it was saved."""
    dialog = FamilyContactDialog(service, actor, parent)
    dialog.load(service.get(actor, record_id))
    return bool(dialog.exec())
