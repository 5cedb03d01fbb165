"""The student card: profile, family and register entries in one window."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import label, labels
from ..services import Actor
from ..services.catalog import (
    FAMILY_CATEGORIES,
    LANGUAGES,
    REGISTER_GROUNDS,
    REGISTER_KINDS,
    RELATIONS,
    SEX,
)
from ..services.families import FamilyService
from ..services.students import StudentCard, StudentService, class_name
from .forms.ui_student_card import Ui_StudentCard
from .widgets import format_date


class StudentCardDialog(QDialog):
    def __init__(self, students: StudentService, families: FamilyService, actor: Actor,
                 student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students, self.families, self.actor = students, families, actor
        self.student_id = student_id
        self.changed = False
        self.ui = Ui_StudentCard()
        self.ui.setupUi(self)
        for table in (self.ui.family_members, self.ui.registrations):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.edit.clicked.connect(self._edit)
        self.ui.archive.clicked.connect(self._toggle_archive)
        self.ui.open_family.clicked.connect(self._open_family)
        self.reload()

    def reload(self) -> None:
        self.card: StudentCard = self.students.card(self.actor, self.student_id)
        self._show()

    def _show(self) -> None:
        card, ui = self.card, self.ui
        s = card.student
        d = s.data
        archived = self.tr("archived")
        ui.heading.setText(f"{s.full_name}, {class_name(d.grade or 0, d.class_letter)}"
                           + (f" — {archived}" if s.archived else ""))
        self.setWindowTitle(s.full_name)
        self._profile_rows([
            (self.tr("ИИН"), d.iin), (self.tr("Birth date"), format_date(d.birth_date)),
            (self.tr("Sex"), label(SEX, d.sex)),
            (self.tr("Language of instruction"), label(LANGUAGES, d.language)),
            (self.tr("Registered address"), d.address_registered),
            (self.tr("Actual address"), d.address_actual), (self.tr("Phone"), d.phone),
            (self.tr("Notes"), d.notes)])
        ui.family_title.setText(self.tr("Family: %1").replace("%1", card.family_title)
                                if card.family_id else self.tr("Not linked to a family."))
        ui.family_categories.setText(labels(FAMILY_CATEGORIES, ",".join(card.family_categories)))
        ui.open_family.setEnabled(card.family_id is not None)
        _fill(ui.family_members,
              [self.tr("Name"), self.tr("Relation"), self.tr("Phone"),
               self.tr("Legal representative")],
              [(n, label(RELATIONS, r), p, self.tr("yes") if legal else "")
               for n, r, p, legal in card.family_members])
        _fill(ui.registrations,
              [self.tr("Register"), self.tr("Ground"), self.tr("Since"), self.tr("Protocol"),
               self.tr("Removed")],
              [(label(REGISTER_KINDS, r.kind), label(REGISTER_GROUNDS, r.ground)
                + (" 🔒" if r.restricted else ""), format_date(r.start_date), r.protocol_no,
                format_date(r.removed_on)) for r in card.registrations])
        ui.archive.setText(self.tr("&Restore") if s.archived else self.tr("&Archive"))

    def _profile_rows(self, rows: list[tuple[str, str]]) -> None:
        form = self.ui.profile_form
        while form.rowCount():
            form.removeRow(0)
        for caption, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            form.addRow(caption + ":", text)

    def _edit(self) -> None:
        from .student_dialog import StudentDialog

        dialog = StudentDialog(self.students, self.families, self.actor, self)
        dialog.load(self.students.get(self.actor, self.student_id))
        if dialog.exec():
            self.changed = True
            self.reload()

    def _toggle_archive(self) -> None:
        archived = self.card.student.archived
        if not archived:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Archive this student? The record is kept and can be restored here."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.students.set_archived(self.actor, self.student_id, not archived)
        self.changed = True
        self.reload()

    def _open_family(self) -> None:
        from .family_dialog import FamilyDialog

        if self.card.family_id is None:
            return
        dialog = FamilyDialog(self.families, self.actor, self)
        dialog.load(self.families.get(self.actor, self.card.family_id))
        if dialog.exec():
            self.changed = True
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "card"):
            self.ui.retranslateUi(self)
            self._show()
        super().changeEvent(event)


def _fill(table: QTableWidget, headers: list[str], rows: list[tuple[str, ...]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
