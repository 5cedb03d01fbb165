"""Add or edit an incident: children with roles, the account, the response checklist, closure."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import label, translated
from ..services import Actor, ValidationError
from ..services.catalog import RELATIONS
from ..services.errors import FieldError
from ..services.incidents import (
    CUSTOM_STEP,
    DRAFT_NARRATIVE,
    INCIDENT_STATUSES,
    INCIDENT_TYPES,
    PARTICIPANT_ROLES,
    RESPONSE_STEPS,
    IncidentData,
    IncidentRecord,
    IncidentService,
    ParticipantData,
    StepData,
    draft_narrative_date,
)
from ..services.students import StudentService
from .forms.ui_incident_dialog import Ui_IncidentDialog
from .printing import add_print_button, documents_for
from .record_dialog import RecordDialog
from .widgets import fill_combo, get_date, make_optional, select_data, set_date

ID_ROLE = Qt.ItemDataRole.UserRole
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored title of a step whose title is fixed
TIME_FORMAT = "%d.%m.%Y %H:%M"
EMPTY_TIME = QDateTime(QDate(1900, 1, 1), QTime(0, 0))
OVERDUE = QColor("#b00020")
# participants: name, class, role (a combo), notes
P_NAME, P_CLASS, P_ROLE, P_NOTES = range(4)
# steps: title (ticked when done), deadline, done at, done by, not applicable, note
S_TITLE, S_DEADLINE, S_AT, S_BY, S_NA, S_NOTE = range(6)
S_DONE = S_TITLE
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --- helpers shared with the template editor -------------------------------------------------
def shown_step_title(code: str, title: str) -> str:
    """A default step title in the current language; a school's own title as typed."""
    return label(RESPONSE_STEPS, code) if RESPONSE_STEPS.get(code) == title else title


class _FitRows(QObject):
    """Re-fits the row heights of a word-wrapping table whenever its viewport is resized."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            table = self.parent()
            if isinstance(table, QTableWidget):  # after the header has stretched its sections
                QTimer.singleShot(0, table, table.resizeRowsToContents)
        return False


class _StartFrom(QObject):
    """An empty time edit starts from another edit's time when first touched, so its
    calendar opens on the right month instead of January 1900."""

    def __init__(self, edit: QDateTimeEdit, source: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.source = source

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn \
                and isinstance(obj, QDateTimeEdit) and obj.dateTime() == EMPTY_TIME:
            obj.setDateTime(self.source.dateTime())
        return False


def wrap_rows(table: QTableWidget) -> None:
    """Long step titles take two lines; rows follow the column widths (a checklist is short)."""
    table.setWordWrap(True)
    table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 12)
    table.viewport().installEventFilter(_FitRows(table))
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.model().rowsInserted.connect(lambda *_: table.resizeRowsToContents())


def format_time(value: datetime | None) -> str:
    return value.strftime(TIME_FORMAT) if value else ""


def parse_time(text: str) -> datetime | None:
    """DD.MM.YYYY HH:MM (the time may be left out); ValueError for anything else non-empty."""
    text = " ".join(text.split())
    if not text:
        return None
    return datetime.strptime(text, TIME_FORMAT if " " in text else "%d.%m.%Y")


def set_time(edit: QDateTimeEdit, value: datetime | None) -> None:
    edit.setDateTime(EMPTY_TIME if value is None else QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))


def get_time(edit: QDateTimeEdit) -> datetime | None:
    qdt = edit.dateTime()
    if qdt == EMPTY_TIME:
        return None
    d, t = qdt.date(), qdt.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _item(text: str, flags: Qt.ItemFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if flags is not None:
        item.setFlags(flags)
    return item


def _check(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(_CHECKABLE)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(table: QTableWidget, row: int, col: int) -> bool:
    item = table.item(row, col)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item else ""


class IncidentDialog(RecordDialog):
    """The incident form; ``load``, ``load_draft`` or ``start_for`` fill it."""

    RECORD_TYPE = "incident"

    def __init__(self, incidents: IncidentService, students: StudentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incidents, self.students, self.actor = incidents, students, actor
        self.incident_id: int | None = None
        self.source_session_id: int | None = None
        self._reported: datetime | None = None  # the report time the deadlines count from
        self._updating = False
        self.setup_form(Ui_IncidentDialog(), [
            "incident_type", "occurred_at", "reported_at", "reporter", "place", "adult_involved",
            "adult_relation", "participants", "narrative", "child_words", "injuries", "steps",
            "follow_up", "status", "closed_on", "closure_note"])
        self.print_button = add_print_button(
            self, current_id=lambda: self.incident_id,
            make_pdf=lambda rid, lang: documents_for(self.incidents.register).incident_report(
                self.actor, rid, lang),
            title=self.windowTitle, file_name=lambda rid, lang: f"incident-report-{rid}-{lang}.pdf",
            register=self.incidents.register, record_table="incident")
        ui = self.ui
        self.setMinimumSize(760, 520)
        ui.restricted_note.setStyleSheet("color: #8a5a00;")
        ui.occurred_at.setMinimumDateTime(EMPTY_TIME)
        ui.occurred_at.setSpecialValueText(" ")
        ui.occurred_at.installEventFilter(_StartFrom(ui.occurred_at, ui.reported_at))
        make_optional(ui.closed_on)
        self._prepare_tables()
        ui.incident_type.currentIndexChanged.connect(self._type_changed)
        ui.reported_at.dateTimeChanged.connect(self._reported_changed)
        ui.status.currentIndexChanged.connect(self._status_changed)
        ui.add_student.clicked.connect(self._choose_students)
        ui.add_other.clicked.connect(self._add_other)
        ui.remove_participant.clicked.connect(self._remove_participant)
        ui.add_step.clicked.connect(self._add_custom_step)
        ui.remove_step.clicked.connect(self._remove_step)
        ui.steps.itemChanged.connect(self._step_changed)
        ui.steps.currentCellChanged.connect(lambda *_: self._enable_buttons())
        ui.participants.currentCellChanged.connect(lambda *_: self._enable_buttons())
        self.load(None)

    def _prepare_tables(self) -> None:
        ui = self.ui
        ui.participants.setColumnCount(4)
        ui.steps.setColumnCount(6)
        for table in (ui.participants, ui.steps):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.participants.horizontalHeader().setStretchLastSection(True)
        ui.steps.verticalHeader().hide()
        header = ui.steps.horizontalHeader()  # the step title takes what the others leave
        header.setSectionResizeMode(S_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (S_DEADLINE, S_NA):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        wrap_rows(ui.steps)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        fill_combo(ui.incident_type, [("", self.tr("— choose —"))] + [
            (k, label(INCIDENT_TYPES, k)) for k in INCIDENT_TYPES])
        fill_combo(ui.status, [(k, label(INCIDENT_STATUSES, k)) for k in INCIDENT_STATUSES])
        relation = ui.adult_relation.currentText()
        ui.adult_relation.blockSignals(True)
        ui.adult_relation.clear()
        ui.adult_relation.addItems([""] + [label(RELATIONS, k) for k in RELATIONS] + [
            self.tr("teacher"), self.tr("other school staff"), self.tr("neighbour"),
            self.tr("stranger")])
        ui.adult_relation.setCurrentText(relation)
        ui.adult_relation.blockSignals(False)
        ui.participants.setHorizontalHeaderLabels([
            self.tr("Child"), self.tr("Class"), self.tr("Role"), self.tr("Notes")])
        ui.steps.setHorizontalHeaderLabels([
            self.tr("Step (tick when done)"), self.tr("Deadline"), self.tr("Done at"),
            self.tr("Done by"), self.tr("N/A"), self.tr("Note")])
        for row in range(ui.participants.rowCount()):
            combo = ui.participants.cellWidget(row, P_ROLE)
            if isinstance(combo, QComboBox):
                fill_combo(combo, [(k, label(PARTICIPANT_ROLES, k)) for k in PARTICIPANT_ROLES])
        self._retitle_steps()
        ui.source_session.setText(self.tr("Drafted from a psychologist session.")
                                  if self.source_session_id else "")
        ui.source_session.setVisible(bool(self.source_session_id))
        self.setWindowTitle(self.tr("New incident") if self.incident_id is None
                            else self.tr("Edit incident"))

    # --- surface ----------------------------------------------------------------------------
    def reload_saved(self, record_id: int) -> None:
        self.load(self.incidents.get(self.actor, record_id))

    def load(self, record: IncidentRecord | None) -> None:
        self.incident_id = record.id if record else None
        data = record.data if record else IncidentData(reported_at=_now(),
                                                       reporter=self._default_reporter())
        self._fill(data)
        self.mark_clean()

    def load_draft(self, data: IncidentData) -> None:
        """Show an unsaved incident (e.g. from a session); closing it asks before discarding."""
        self.incident_id = None
        day = draft_narrative_date(data.narrative)
        if day is not None:  # the service wrote the marker in English: show it translated
            data.narrative = translated("Catalog", DRAFT_NARRATIVE).replace("{date}", day)
        self._fill(data)
        self._snapshot = IncidentData()  # anything shown counts as unsaved
        self.ui.tabs.setCurrentWidget(self.ui.general_tab)

    def start_for(self, student_id: int | None = None) -> None:
        """A new incident, with the given student already listed as the target."""
        self.load(None)
        if student_id is not None:
            self._add_students([student_id], role="target")
            self.mark_clean()

    def values(self) -> IncidentData:
        ui = self.ui
        return IncidentData(
            incident_type=ui.incident_type.currentData() or "",
            occurred_at=get_time(ui.occurred_at), reported_at=get_time(ui.reported_at),
            reporter=ui.reporter.text(), place=ui.place.text(),
            narrative=ui.narrative.toPlainText(), child_words=ui.child_words.toPlainText(),
            injuries=ui.injuries.toPlainText(), adult_involved=ui.adult_involved.text(),
            adult_relation=ui.adult_relation.currentText(), follow_up=ui.follow_up.toPlainText(),
            status=ui.status.currentData() or "open", closed_on=get_date(ui.closed_on),
            closure_note=ui.closure_note.toPlainText(), source_session_id=self.source_session_id,
            participants=[self._participant(r) for r in range(ui.participants.rowCount())],
            steps=[self._step(r) for r in range(ui.steps.rowCount())])

    def validate(self) -> IncidentData | None:
        bad = self._bad_times()
        if bad is not None:
            self.errors.show(ValidationError([bad]))
            return None
        return self.run_checked(lambda: self.incidents.validate(self.values(), self.incident_id))

    def save(self) -> bool:
        if self.validate() is None:
            return False
        saved = self.run_checked(lambda: self.incidents.save(self.actor, self.values(),
                                                             self.incident_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- filling ----------------------------------------------------------------------------
    def _fill(self, d: IncidentData) -> None:
        ui = self.ui
        self.source_session_id = d.source_session_id
        self._updating = True
        select_data(ui.incident_type, d.incident_type)
        set_time(ui.occurred_at, d.occurred_at)
        set_time(ui.reported_at, d.reported_at)
        self._reported = d.reported_at
        for name in ("reporter", "place", "adult_involved"):
            getattr(ui, name).setText(getattr(d, name))
        ui.adult_relation.setCurrentText(d.adult_relation)
        for name in ("narrative", "child_words", "injuries", "follow_up", "closure_note"):
            getattr(ui, name).setPlainText(getattr(d, name))
        select_data(ui.status, d.status)
        set_date(ui.closed_on, d.closed_on)
        ui.participants.setRowCount(0)
        for p in d.participants:
            self._add_participant(p)
        self._fill_steps(d.steps)
        ui.participants.setCurrentCell(-1, -1)
        self._updating = False
        self.retranslate()
        self._enable_closure()
        ui.tabs.setCurrentIndex(0)

    def _default_reporter(self) -> str:
        return "" if self.actor.username == "local" else self.actor.username

    # --- children ---------------------------------------------------------------------------
    def _add_participant(self, p: ParticipantData) -> None:
        table: QTableWidget = self.ui.participants
        row = table.rowCount()
        table.insertRow(row)
        editable = p.student_id is None
        name = _item(p.name, None if editable else _READ_ONLY)
        name.setData(ID_ROLE, p.id)
        name.setData(EXTRA_ROLE, p.student_id)
        if not editable:
            name.setToolTip(self.tr("A student of this school"))
        table.setItem(row, P_NAME, name)
        table.setItem(row, P_CLASS, _item(p.class_name if not editable else "", _READ_ONLY))
        combo = QComboBox()
        fill_combo(combo, [(k, label(PARTICIPANT_ROLES, k)) for k in PARTICIPANT_ROLES])
        select_data(combo, p.role)
        table.setCellWidget(row, P_ROLE, combo)
        table.setItem(row, P_NOTES, _item(p.notes))
        table.setCurrentCell(row, P_NAME)
        table.resizeColumnsToContents()
        table.setColumnWidth(P_NAME, max(table.columnWidth(P_NAME), 260))
        table.setColumnWidth(P_ROLE, max(table.columnWidth(P_ROLE), 140))

    def _participant(self, row: int) -> ParticipantData:
        table = self.ui.participants
        name = table.item(row, P_NAME)
        combo = table.cellWidget(row, P_ROLE)
        return ParticipantData(
            student_id=name.data(EXTRA_ROLE), name=name.text().strip(),
            role=combo.currentData() if isinstance(combo, QComboBox) else "",
            notes=_text(table, row, P_NOTES), class_name=_text(table, row, P_CLASS),
            id=name.data(ID_ROLE))

    def _next_role(self) -> str:
        roles = {self._participant(r).role for r in range(self.ui.participants.rowCount())}
        return "witness" if "target" in roles else "target"

    def _choose_students(self) -> None:
        from .student_picker import StudentPicker

        picker = StudentPicker(self.students, self.actor, multiple=True, parent=self)
        if picker.exec():
            self._add_students(picker.chosen_ids)

    def _add_students(self, ids: list[int], role: str | None = None) -> None:
        table = self.ui.participants
        present = {table.item(r, P_NAME).data(EXTRA_ROLE) for r in range(table.rowCount())}
        rows = self.students.rows(self.actor, [i for i in ids if i not in present])
        for sid in ids:
            if sid in rows:
                self._add_participant(ParticipantData(
                    student_id=sid, name=rows[sid].full_name, class_name=rows[sid].class_name,
                    role=role or self._next_role()))

    def _add_other(self) -> None:
        self._add_participant(ParticipantData(role=self._next_role()))
        table = self.ui.participants
        table.editItem(table.item(table.rowCount() - 1, P_NAME))

    def _remove_participant(self) -> None:
        row = self.ui.participants.currentRow()
        if row >= 0:
            self.ui.participants.removeRow(row)
        self._enable_buttons()

    # --- response checklist -----------------------------------------------------------------
    def _fill_steps(self, steps: list[StepData]) -> None:
        was, self._updating = self._updating, True
        table: QTableWidget = self.ui.steps
        table.setRowCount(0)
        for s in steps:
            self._add_step_row(s)
        width = table.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 24
        header = table.horizontalHeader()
        for col, least in ((S_AT, width), (S_BY, 140), (S_NOTE, 160)):
            table.setColumnWidth(col, max(least, header.sectionSizeHint(col)))
        self._updating = was
        self._paint_deadlines()
        self._enable_buttons()

    def _add_step_row(self, s: StepData) -> None:
        was, self._updating = self._updating, True
        table: QTableWidget = self.ui.steps
        row = table.rowCount()
        table.insertRow(row)
        ad_hoc = s.id is None and s.code == CUSTOM_STEP  # added in this dialog: title typed here
        title = _item(shown_step_title(s.code, s.title),
                      _CHECKABLE | Qt.ItemFlag.ItemIsSelectable
                      | (Qt.ItemFlag.ItemIsEditable if ad_hoc else Qt.ItemFlag.NoItemFlags))
        title.setCheckState(Qt.CheckState.Checked if s.done_at is not None
                            else Qt.CheckState.Unchecked)
        title.setData(ID_ROLE, s.id)
        title.setData(EXTRA_ROLE, s.code)
        title.setData(TITLE_ROLE, None if ad_hoc else s.title)
        title.setToolTip(title.text())
        table.setItem(row, S_TITLE, title)
        deadline = _item(format_time(s.deadline_at), _READ_ONLY)
        deadline.setData(ID_ROLE, s.deadline_at)
        table.setItem(row, S_DEADLINE, deadline)
        table.setItem(row, S_AT, _item(format_time(s.done_at)))
        table.setItem(row, S_BY, _item(s.done_by))
        table.setItem(row, S_NA, _check(s.not_applicable))
        table.setItem(row, S_NOTE, _item(s.note))
        self._updating = was

    def _step(self, row: int) -> StepData:
        table = self.ui.steps
        title = table.item(row, S_TITLE)
        code = title.data(EXTRA_ROLE)
        done = _checked(table, row, S_DONE)
        try:
            done_at = parse_time(_text(table, row, S_AT)) if done else None
        except ValueError:
            done_at = None
        fixed = title.data(TITLE_ROLE)
        return StepData(
            code=code, title=fixed if fixed is not None else title.text().strip(),
            deadline_at=table.item(row, S_DEADLINE).data(ID_ROLE), done_at=done_at,
            done_by=_text(table, row, S_BY) if done else "",
            not_applicable=_checked(table, row, S_NA), note=_text(table, row, S_NOTE),
            id=title.data(ID_ROLE))

    def _retitle_steps(self) -> None:
        was, self._updating = self._updating, True
        for row in range(self.ui.steps.rowCount()):
            item = self.ui.steps.item(row, S_TITLE)
            if item is not None and item.data(TITLE_ROLE) is not None:
                item.setText(shown_step_title(item.data(EXTRA_ROLE), item.data(TITLE_ROLE)))
                item.setToolTip(item.text())
        self._updating = was

    def _step_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        self._updating = True
        table, row = self.ui.steps, item.row()
        if item.column() == S_DONE:
            if item.checkState() == Qt.CheckState.Checked:
                if not _text(table, row, S_AT):
                    table.item(row, S_AT).setText(format_time(_now()))
                if not _text(table, row, S_BY):
                    table.item(row, S_BY).setText(self.actor.username)
                table.item(row, S_NA).setCheckState(Qt.CheckState.Unchecked)
            else:
                table.item(row, S_AT).setText("")
                table.item(row, S_BY).setText("")
        elif item.column() == S_NA and item.checkState() == Qt.CheckState.Checked:
            table.item(row, S_DONE).setCheckState(Qt.CheckState.Unchecked)
            table.item(row, S_AT).setText("")
            table.item(row, S_BY).setText("")
            if not _text(table, row, S_NOTE) and self.isVisible():
                table.setCurrentCell(row, S_NOTE)
                table.editItem(table.item(row, S_NOTE))
        self._updating = False
        self._paint_deadlines()

    def _paint_deadlines(self) -> None:
        table, now = self.ui.steps, _now()
        was, self._updating = self._updating, True
        for row in range(table.rowCount()):
            item = table.item(row, S_DEADLINE)
            deadline = item.data(ID_ROLE)
            late = deadline is not None and deadline < now and not (
                _checked(table, row, S_DONE) or _checked(table, row, S_NA))
            item.setForeground(QBrush(OVERDUE) if late else QBrush())
            item.setToolTip(self.tr("Past its deadline") if late else "")
        self._updating = was

    def _type_changed(self) -> None:
        """Bring in the new type's checklist; keep every step already saved or worked on."""
        if self._updating:
            return
        kind = self.ui.incident_type.currentData()
        current = [self._step(r) for r in range(self.ui.steps.rowCount())]
        by_code = {s.code: s for s in current if s.code != CUSTOM_STEP}
        wanted = self.incidents.checklist(self.actor, kind, get_time(self.ui.reported_at)) \
            if kind else []
        steps = [by_code.pop(s.code, s) for s in wanted]
        used = {id(s) for s in steps}
        steps += [s for s in current if id(s) not in used and (
            s.id is not None or s.settled or s.note or s.code == CUSTOM_STEP)]
        self._fill_steps(steps)

    def _reported_changed(self) -> None:
        """Deadlines count from the report time: move them with it."""
        if self._updating:
            return
        new = get_time(self.ui.reported_at)
        if self._reported is not None and new is not None and new != self._reported:
            delta: timedelta = new - self._reported
            for row in range(self.ui.steps.rowCount()):
                item = self.ui.steps.item(row, S_DEADLINE)
                deadline = item.data(ID_ROLE)
                if deadline is not None:
                    item.setData(ID_ROLE, deadline + delta)
                    item.setText(format_time(deadline + delta))
            self._paint_deadlines()
        self._reported = new

    def _add_custom_step(self) -> None:
        self._add_step_row(StepData(code=CUSTOM_STEP))
        table = self.ui.steps
        table.setCurrentCell(table.rowCount() - 1, S_TITLE)
        if self.isVisible():
            table.editItem(table.item(table.rowCount() - 1, S_TITLE))
        self._enable_buttons()

    def _remove_step(self) -> None:
        row = self.ui.steps.currentRow()
        if row >= 0 and self.ui.steps.item(row, S_TITLE).data(ID_ROLE) is None:
            self.ui.steps.removeRow(row)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        ui = self.ui
        row = ui.steps.currentRow()
        ui.remove_step.setEnabled(row >= 0 and ui.steps.item(row, S_TITLE) is not None
                                  and ui.steps.item(row, S_TITLE).data(ID_ROLE) is None)
        ui.remove_step.setToolTip(self.tr(
            "Saved steps stay on the list: mark them not applicable instead."))
        ui.remove_participant.setEnabled(ui.participants.currentRow() >= 0)

    def _status_changed(self) -> None:
        if self._updating:
            return
        if self._enable_closure() and get_date(self.ui.closed_on) is None:
            set_date(self.ui.closed_on, date.today())

    def _enable_closure(self) -> bool:
        closed = self.ui.status.currentData() == "closed"
        for widget in (self.ui.closed_on, self.ui.closure_note):
            widget.setEnabled(closed)
        return bool(closed)

    def _bad_times(self) -> FieldError | None:
        """A time typed in the checklist that is not DD.MM.YYYY HH:MM (checked before the service)."""
        table = self.ui.steps
        for row in range(table.rowCount()):
            if not _checked(table, row, S_DONE):
                continue
            try:
                ok = parse_time(_text(table, row, S_AT)) is not None
            except ValueError:
                ok = False
            if not ok:
                return FieldError("steps", "row_invalid",
                                  {"row": row + 1, "problem": "datetime_format"})
        return None


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def open_incident(parent: QWidget | None, service: IncidentService, actor: Actor,
                  record_id: int) -> bool:
    """Open an incident for editing; True when it was saved."""
    dialog = IncidentDialog(service, StudentService(service.register), actor, parent)
    dialog.load(service.get(actor, record_id))
    return bool(dialog.exec())


