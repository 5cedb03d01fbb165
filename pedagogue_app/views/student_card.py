"""The student card: profile, family, register entries and the chronology of every record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import error_text, label, labels, translated
from ..services import Actor, ValidationError, access
from ..services.catalog import (
    FAMILY_CATEGORIES,
    LANGUAGES,
    REGISTER_GROUNDS,
    REGISTER_KINDS,
    RELATIONS,
    SEX,
)
from ..services.chronology import RECORD_KINDS
from ..services.students import StudentCard, class_name
from ..services.timeline import TimelineEntry
from .forms.ui_student_card import Ui_StudentCard
from .printing import auditor, language_menu, preview
from .records import DOCUMENTS, OPENERS, Services, new_record, open_record, record_document
from .widgets import fill_combo, format_date

KIND_ROLE = Qt.ItemDataRole.UserRole


class StudentCardDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, student_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.students, self.families = services.students, services.families
        self.student_id = student_id
        self.changed = False
        self.entries: list[TimelineEntry] = []
        self.ui = Ui_StudentCard()
        self.ui.setupUi(self)
        for table in (self.ui.family_members, self.ui.registrations, self.ui.chronology):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.add_menu = QMenu(self)
        self.ui.add_record.setMenu(self.add_menu)
        self.add_menu.triggered.connect(lambda action: self._add(action.data()))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.edit.clicked.connect(self._edit)
        self.ui.archive.clicked.connect(self._toggle_archive)
        self.ui.open_family.clicked.connect(self._open_family)
        self.ui.kind_filter.currentIndexChanged.connect(self._show_chronology)
        self.ui.chronology.itemActivated.connect(self._open_entry)
        self.ui.registrations.itemActivated.connect(self._open_registration)
        self.ui.archive_record.clicked.connect(self._archive_entry)
        self.ui.undo_archive.clicked.connect(self._undo_archive)
        self.ui.undo_archive.hide()
        self.ui.print_chronology.setMenu(language_menu(self, self._print_chronology))
        self.ui.print_record.setMenu(language_menu(self, self._print_entry))
        self.ui.chronology.itemSelectionChanged.connect(self._update_print_record)
        self.undo: tuple[Any, int] | None = None  # (service, record id) of the last archiving
        self.reload()

    def reload(self) -> None:
        self.card: StudentCard = self.students.card(self.actor, self.student_id)
        self.entries = self.services.chronology.for_student(self.actor, self.student_id)
        self._show()

    # --- showing ----------------------------------------------------------------------------
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
                + (self._restricted() if r.restricted else ""), format_date(r.start_date), r.protocol_no,
                format_date(r.removed_on)) for r in card.registrations])
        for row, reg in enumerate(card.registrations):
            ui.registrations.item(row, 0).setData(KIND_ROLE, reg.id)
        ui.archive.setText(self.tr("&Restore") if s.archived else self.tr("&Archive"))
        ui.archive.setEnabled(access.can(self.actor, access.WRITE, "student"))
        self._fill_menus()
        self._show_chronology()

    def _fill_menus(self) -> None:
        fill_combo(self.ui.kind_filter, [(None, self.tr("All records"))] + [
            (code, label(RECORD_KINDS, code)) for code in RECORD_KINDS])
        self.add_menu.clear()
        for code in RECORD_KINDS:  # only what the role may write (the services refuse the rest)
            if access.can(self.actor, access.WRITE, code):
                action = self.add_menu.addAction(label(RECORD_KINDS, code))
                action.setData(code)
        self.ui.add_record.setEnabled(not self.add_menu.isEmpty())

    def _show_chronology(self) -> None:
        kind = self.ui.kind_filter.currentData()
        shown = [e for e in self.entries if kind is None or e.kind == kind]
        table = self.ui.chronology
        _fill(table, [self.tr("Date"), self.tr("Record"), self.tr("What"), self.tr("Details")],
              [(format_date(e.when), label(RECORD_KINDS, e.kind),
                translated("Catalog", e.title) + (self._restricted() if e.restricted else ""),
                translated("Catalog", e.detail)) for e in shown])
        for row, entry in enumerate(shown):
            table.item(row, 0).setData(KIND_ROLE, (entry.kind, entry.record_id))
        self._update_print_record()

    def _restricted(self) -> str:
        return " (" + self.tr("restricted") + ")"

    def _profile_rows(self, rows: list[tuple[str, str]]) -> None:
        form = self.ui.profile_form
        while form.rowCount():
            form.removeRow(0)
        for caption, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            form.addRow(caption + ":", text)

    # --- actions ----------------------------------------------------------------------------
    def _after(self, saved: bool) -> None:
        if saved:
            self.changed = True
            self.reload()

    def _open_entry(self, item: QTableWidgetItem) -> None:
        kind, record_id = self.ui.chronology.item(item.row(), 0).data(KIND_ROLE)
        self._after(open_record(self, self.services, self.actor, kind, record_id))

    def _open_registration(self, item: QTableWidgetItem) -> None:
        record_id = self.ui.registrations.item(item.row(), 0).data(KIND_ROLE)
        self._after(open_record(self, self.services, self.actor, "registration", record_id))

    def _archive_entry(self) -> None:
        row = self.ui.chronology.currentRow()
        if row < 0:
            return
        kind, record_id = self.ui.chronology.item(row, 0).data(KIND_ROLE)
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Archive this record? It leaves the lists and the chronology; Undo brings it back."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = getattr(self.services, OPENERS[kind][0])
        service.archive(self.actor, record_id)
        self.undo = (service, record_id)
        self.ui.archive_status.setText(self.tr("The record was archived."))
        self.ui.undo_archive.show()
        self._after(True)

    def _selected_entry(self) -> tuple[str, int] | None:
        row = self.ui.chronology.currentRow()
        if row < 0 or self.ui.chronology.item(row, 0) is None:
            return None
        kind, record_id = self.ui.chronology.item(row, 0).data(KIND_ROLE)
        return str(kind), int(record_id)

    def _update_print_record(self) -> None:
        entry = self._selected_entry()
        self.ui.print_record.setEnabled(entry is not None and entry[0] in DOCUMENTS)
        self.ui.archive_record.setEnabled(
            entry is not None and access.can(self.actor, access.WRITE, entry[0]))

    def _print_entry(self, lang: str) -> None:
        entry = self._selected_entry()
        if entry is None or entry[0] not in DOCUMENTS:
            return
        kind, record_id = entry
        preview(self, lambda: record_document(self.services, self.actor, kind, record_id, lang),
                self.windowTitle(), f"{kind.replace('_', '-')}-{record_id}-{lang}.pdf",
                auditor(self, self.services.register, self.actor, kind, record_id))

    def _print_chronology(self, lang: str) -> None:
        preview(self, lambda: self.services.documents.chronology_certificate(
            self.actor, self.student_id, lang), self.windowTitle(),
            f"chronology-{self.student_id}-{lang}.pdf",
            auditor(self, self.services.register, self.actor, "student", self.student_id))

    def _undo_archive(self) -> None:
        if self.undo is None:
            return
        service, record_id = self.undo
        try:
            service.restore(self.actor, record_id)
        except ValidationError as exc:  # e.g. the same ground was registered again meanwhile
            QMessageBox.warning(self, self.windowTitle(), "\n".join(
                error_text(e.code, e.params) for e in exc.errors))
            return
        self.undo = None
        self.ui.archive_status.clear()
        self.ui.undo_archive.hide()
        self._after(True)

    def _add(self, kind: str) -> None:
        self._after(new_record(self, self.services, self.actor, kind, self.student_id))

    def _edit(self) -> None:
        from .student_dialog import StudentDialog

        dialog = StudentDialog(self.students, self.families, self.actor, self)
        dialog.load(self.students.get(self.actor, self.student_id))
        self._after(bool(dialog.exec()))

    def _toggle_archive(self) -> None:
        archived = self.card.student.archived
        if not archived:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Archive this student? The record is kept and can be restored here."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.students.set_archived(self.actor, self.student_id, not archived)
        self._after(True)

    def _open_family(self) -> None:
        if self.card.family_id is not None:
            self._after(open_record(self, self.services, self.actor, "family",
                                    self.card.family_id))

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
