"""Add or edit an at-risk register entry: the ground, its basis, the plan, reviews and removal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..i18n import label
from ..services import Actor, ValidationError
from ..services.catalog import REGISTER_GROUNDS, REGISTER_KINDS, RESTRICTED_GROUNDS
from ..services.errors import FieldError
from ..services.registrations import (
    DEFAULT_INITIATORS,
    MEASURE_STATUSES,
    REMOVAL_REASONS,
    MeasureData,
    RegistrationData,
    RegistrationRecord,
    RegistrationService,
    ReviewData,
)
from .forms.ui_registration_dialog import Ui_RegistrationDialog
from .printing import add_print_button, documents_for
from .record_dialog import RecordDialog
from .widgets import (
    fill_combo,
    format_date,
    get_date,
    make_optional,
    parse_date,
    select_data,
    set_date,
)

MEASURE_COLS = ["measure", "responsible", "deadline", "status", "result"]
STATUS_COL = MEASURE_COLS.index("status")
REVIEW_COLS = ["review_date", "summary", "decision", "next_review_on"]
MEASURE_WIDTHS = (280, 170, 95, 110)
REVIEW_WIDTHS = (95, 300, 240, 110)
ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_STYLE = "color: #8a4b00;"
DATES = ("start_date", "protocol_date", "parents_informed_on", "removed_on")
LINES = ("protocol_no", "initiator", "curator", "responsible", "removal_protocol_no")


class RegistrationDialog(RecordDialog):
    RECORD_TYPE = "registration"
    def __init__(self, service: RegistrationService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.record_id: int | None = None
        self.student_id: int | None = None
        self.family_id: int | None = None
        self.subject_text = ""  # kept, so retranslating never reads the register
        self.setup_form(Ui_RegistrationDialog(), [
            "kind", "ground", *DATES, *LINES, "notes", "removal_reason", "measures", "reviews"])
        self.print_button = add_print_button(
            self, current_id=lambda: self.record_id,
            make_pdf=lambda rid, lang: documents_for(self.service.register).preventive_plan(
                self.actor, rid, lang),
            title=self.windowTitle, file_name=lambda rid, lang: f"preventive-plan-{rid}-{lang}.pdf",
            register=self.service.register, record_table="registration")
        ui = self.ui
        self.errors.widgets["student_id"] = ui.subject
        for name in DATES:
            make_optional(getattr(ui, name))
        font = ui.subject.font()
        font.setBold(True)
        ui.subject.setFont(font)
        ui.restricted_note.setStyleSheet(NOTE_STYLE)
        _prepare_table(ui.measures, len(MEASURE_COLS), MEASURE_WIDTHS)
        _prepare_table(ui.reviews, len(REVIEW_COLS), REVIEW_WIDTHS)
        ui.reviews.horizontalHeader().setStretchLastSection(False)
        ui.reviews.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.ground.currentIndexChanged.connect(self._show_restricted)
        ui.add_measure.clicked.connect(lambda: self._add_measure(MeasureData()))
        ui.remove_measure.clicked.connect(lambda: _remove_current(ui.measures))
        ui.add_review.clicked.connect(lambda: self._add_review(ReviewData()))
        ui.remove_review.clicked.connect(lambda: _remove_current(ui.reviews))
        ui.choose_student.clicked.connect(self._choose_student)
        ui.choose_family.clicked.connect(self._choose_family)
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        ui.kind.blockSignals(True)
        fill_combo(ui.kind, [(k, label(REGISTER_KINDS, k)) for k in REGISTER_KINDS])
        ui.kind.blockSignals(False)
        restricted = self.tr("%1 (restricted)")
        fill_combo(ui.ground, [("", "—")] + [
            (k, restricted.replace("%1", label(REGISTER_GROUNDS, k)) if k in RESTRICTED_GROUNDS
             else label(REGISTER_GROUNDS, k)) for k in REGISTER_GROUNDS])
        fill_combo(ui.removal_reason, [("", "—")] + [
            (k, label(REMOVAL_REASONS, k)) for k in REMOVAL_REASONS])
        for row in range(ui.measures.rowCount()):
            combo = ui.measures.cellWidget(row, STATUS_COL)
            if isinstance(combo, QComboBox):
                fill_combo(combo, _statuses())
        ui.measures.setHorizontalHeaderLabels([
            self.tr("Measure"), self.tr("Responsible"), self.tr("Deadline"), self.tr("Status"),
            self.tr("Result")])
        ui.reviews.setHorizontalHeaderLabels([
            self.tr("Review date"), self.tr("Summary"), self.tr("Decision"),
            self.tr("Next review")])
        self._show_subject()
        self.setWindowTitle(self.tr("New register entry") if self.record_id is None
                            else self.tr("Register entry: %1").replace("%1", self.subject_text))

    # --- surface ----------------------------------------------------------------------------
    def reload_saved(self, record_id: int) -> None:
        self.load(self.service.get(self.actor, record_id))

    def load(self, record: RegistrationRecord | None) -> None:
        self.record_id = record.id if record else None
        d = record.data if record else RegistrationData()
        ui = self.ui
        self.student_id, self.family_id = d.student_id, d.family_id
        self.subject_text = record.subject if record else ""
        select_data(ui.kind, d.kind)
        select_data(ui.ground, d.ground)
        select_data(ui.removal_reason, d.removal_reason)
        for name in LINES:
            getattr(ui, name).setText(getattr(d, name))
        ui.notes.setPlainText(d.notes)
        for name in DATES:
            set_date(getattr(ui, name), getattr(d, name))
        ui.measures.setRowCount(0)
        for measure in d.measures:
            self._add_measure(measure)
        ui.reviews.setRowCount(0)
        for review in d.reviews:
            self._add_review(review)
        for button in (ui.choose_student, ui.choose_family):
            button.setVisible(record is None)
        ui.tabs.setCurrentIndex(0)
        self.retranslate()
        self._show_restricted()
        self.mark_clean()

    def start_for(self, student_id: int | None = None, family_id: int | None = None,
                  kind: str = "school") -> None:
        """Begin a new entry for a child (or a family) on the register ``kind``."""
        self.load(None)
        select_data(self.ui.kind, kind)
        self._set_subject(student_id, family_id)
        self.mark_clean()

    def values(self) -> RegistrationData:
        ui = self.ui
        d = RegistrationData(
            student_id=self.student_id, family_id=self.family_id,
            kind=ui.kind.currentData() or "", ground=ui.ground.currentData() or "",
            removal_reason=ui.removal_reason.currentData() or "", notes=ui.notes.toPlainText())
        for name in LINES:
            setattr(d, name, getattr(ui, name).text())
        for name in DATES:
            setattr(d, name, get_date(getattr(ui, name)))
        d.measures = [self._measure(row) for row in range(ui.measures.rowCount())]
        d.reviews = [self._review(row) for row in range(ui.reviews.rowCount())]
        return d

    def validate(self) -> RegistrationData | None:
        bad = self._bad_dates()
        if bad is not None:
            self.errors.show(ValidationError([bad]))
            return None
        return self.run_checked(lambda: self.service.validate(self.values(), self.record_id))

    def save(self) -> bool:
        if self.validate() is None:
            return False
        saved = self.run_checked(lambda: self.service.save(self.actor, self.values(),
                                                           self.record_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- subject ----------------------------------------------------------------------------
    def _set_subject(self, student_id: int | None, family_id: int | None) -> None:
        self.student_id, self.family_id = student_id, family_id
        self.subject_text = self.service.subject(self.actor, student_id, family_id)
        self._show_subject()

    def _show_subject(self) -> None:
        self.ui.subject.setText(self.subject_text or self.tr("not chosen"))

    def _choose_student(self) -> None:
        from ..services.students import StudentService
        from .student_picker import StudentPicker

        picker = StudentPicker(StudentService(self.service.register), self.actor, parent=self)
        if picker.exec() and picker.chosen_ids:
            self._set_subject(picker.chosen_ids[0], None)

    def _choose_family(self) -> None:
        from ..services.families import FamilyService
        from .family_picker import FamilyPicker

        picker = FamilyPicker(FamilyService(self.service.register), self.actor, self)
        if picker.exec() and picker.chosen_id is not None:
            self._set_subject(None, picker.chosen_id)

    def _kind_changed(self) -> None:
        """Police and commission entries name their body as initiator unless one was typed."""
        if self.ui.initiator.text().strip() in DEFAULT_INITIATORS.values():
            self.ui.initiator.setText(DEFAULT_INITIATORS.get(self.ui.kind.currentData(), ""))

    def _show_restricted(self) -> None:
        self.ui.restricted_note.setVisible(self.ui.ground.currentData() in RESTRICTED_GROUNDS)

    # --- plan and reviews -------------------------------------------------------------------
    def _add_measure(self, m: MeasureData) -> None:
        table: QTableWidget = self.ui.measures
        row = _append_row(table, [m.measure, m.responsible, format_date(m.deadline), "",
                                  m.result], m.id)
        combo = QComboBox()
        fill_combo(combo, _statuses())
        select_data(combo, m.status)
        table.setCellWidget(row, STATUS_COL, combo)

    def _add_review(self, r: ReviewData) -> None:
        _append_row(self.ui.reviews, [format_date(r.review_date), r.summary, r.decision,
                                      format_date(r.next_review_on)], r.id)

    def _measure(self, row: int) -> MeasureData:
        table = self.ui.measures
        combo = table.cellWidget(row, STATUS_COL)
        return MeasureData(
            measure=_cell(table, row, 0), responsible=_cell(table, row, 1),
            deadline=_date_or_none(_cell(table, row, 2)),
            status=combo.currentData() if isinstance(combo, QComboBox) else "",
            result=_cell(table, row, 4), id=_row_id(table, row))

    def _review(self, row: int) -> ReviewData:
        table = self.ui.reviews
        return ReviewData(
            review_date=_date_or_none(_cell(table, row, 0)), summary=_cell(table, row, 1),
            decision=_cell(table, row, 2), next_review_on=_date_or_none(_cell(table, row, 3)),
            id=_row_id(table, row))

    def _bad_dates(self) -> FieldError | None:
        """A date typed in a table that is not DD.MM.YYYY (checked before the service)."""
        checks: list[tuple[str, str, QTableWidget, list[str], tuple[str, ...]]] = [
            ("measures", "measure_invalid", self.ui.measures, MEASURE_COLS, ("deadline",)),
            ("reviews", "review_invalid", self.ui.reviews, REVIEW_COLS,
             ("review_date", "next_review_on"))]
        for field_name, code, table, cols, names in checks:
            for row in range(table.rowCount()):
                for name in names:
                    if not _parses(_cell(table, row, cols.index(name))):
                        return FieldError(field_name, code, {
                            "row": row + 1, "problem": "date_format", "row_field": name})
        return None


def _statuses() -> list[tuple[str, str]]:
    return [(k, label(MEASURE_STATUSES, k)) for k in MEASURE_STATUSES]


def _prepare_table(table: QTableWidget, columns: int, widths: tuple[int, ...]) -> None:
    table.setColumnCount(columns)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    table.setWordWrap(True)
    table.verticalHeader().setDefaultSectionSize(max(table.fontMetrics().height() + 12,
                                                     QComboBox().sizeHint().height() + 2))


def _append_row(table: QTableWidget, texts: list[str], row_id: int | None) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        table.setItem(row, col, item)
    first = table.item(row, 0)
    assert first is not None
    first.setData(ID_ROLE, row_id)
    table.setCurrentCell(row, 0)
    return row


def _remove_current(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item else ""


def _row_id(table: QTableWidget, row: int) -> int | None:
    item = table.item(row, 0)
    return item.data(ID_ROLE) if item else None


def _date_or_none(text: str) -> date | None:
    """The date typed, or None when empty or not DD.MM.YYYY (reported by ``_bad_dates``)."""
    try:
        return parse_date(text)
    except ValueError:
        return None


def _parses(text: str) -> bool:
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def open_registration(parent: QWidget | None, service: RegistrationService, actor: Actor,
                      record_id: int) -> bool:
    """Open an entry for editing; whether it was saved."""
    dialog = RegistrationDialog(service, actor, parent)
    dialog.load(service.get(actor, record_id))
    return bool(dialog.exec())


def new_registration(parent: QWidget | None, service: RegistrationService, actor: Actor, *,
                     student_id: int | None = None, family_id: int | None = None,
                     kind: str = "school") -> int | None:
    """Add an entry for a child (or family); the new id, or None when cancelled."""
    dialog = RegistrationDialog(service, actor, parent)
    dialog.start_for(student_id, family_id, kind)
    return dialog.saved_id if dialog.exec() else None


__all__ = ["RegistrationDialog", "new_registration", "open_registration"]
