"""Add or edit a psychologist session: who, when, the confidential content, the risk screen and
the shareable summary (kept apart: it is all the social pedagogue sees)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import label
from ..services import Actor
from ..services.sessions import (
    CLIENT_KINDS,
    REQUESTERS,
    RISK_FIELDS,
    SESSION_TYPES,
    SUMMARY_MAX,
    ParticipantData,
    PsySessionService,
    SessionData,
    SessionRecord,
)
from ..services.students import StudentService
from .forms.ui_session_dialog import Ui_SessionDialog
from .record_dialog import RecordDialog
from .student_picker import StudentPicker
from .widgets import fill_combo, get_date, make_optional, select_data, set_date

ID_ROLE = Qt.ItemDataRole.UserRole  # the participant row id, on the name cell
STUDENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the student id, on the name cell
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "student" or "parent", on the name cell
NAME_COL, CLASS_COL = 0, 1
SUMMARY_STYLE = """
QGroupBox#summary_group { background: #eef5fb; border: 1px solid #7fa7c9; border-radius: 4px;
                          margin-top: 1.4em; padding: 6px; }
QGroupBox#summary_group::title { subcontrol-origin: margin; left: 8px; padding: 0 4px;
                                 color: #1d4f7a; font-weight: bold; }
"""
# The roster role each type keeps (other rows stay in the table, hidden, until the type returns).
ROSTER_ROLE = {"group": "student", "family": "parent"}


class SessionDialog(RecordDialog):
    """``risk_flagged(session_id, codes)`` is emitted after a save with any risk ticked; the
    caller may set ``on_open_incident(session_id)``, offered to the user right after."""

    RECORD_TYPE = "session"

    risk_flagged = Signal(int, list)

    def __init__(self, sessions: PsySessionService, students: StudentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions, self.students, self.actor = sessions, students, actor
        self.session_id: int | None = None
        self.student_id: int | None = None
        self.student_text = ""
        self.on_open_incident: Callable[[int], object] | None = None
        self._loaded_risks: set[str] = set()
        self.setup_form(Ui_SessionDialog(), [
            "session_date", "start_time", "duration_min", "session_type", "requester",
            "client_kind", "student_id", "client_name", "participants", "follow_up_on",
            "psychologist", "parent_consent", "request", "methods", "results", "conclusion",
            "recommendations", "referral_out", "shareable_summary"])
        ui = self.ui
        ui.summary_group.setStyleSheet(SUMMARY_STYLE)
        make_optional(ui.follow_up_on)
        ui.duration_min.setRange(5, 240)
        table: QTableWidget = ui.participants
        table.setColumnCount(2)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for edit in (ui.request, ui.methods, ui.results, ui.conclusion, ui.recommendations,
                     ui.referral_out):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        ui.shareable_summary.setMaximumHeight(ui.shareable_summary.fontMetrics().lineSpacing() * 7)
        ui.session_type.currentIndexChanged.connect(self._apply_type)
        ui.client_kind.currentIndexChanged.connect(self._apply_type)
        ui.choose_student.clicked.connect(self._choose_student)
        ui.clear_student.clicked.connect(lambda: self._set_student(None))
        ui.add_students.clicked.connect(self._add_students)
        ui.add_parent.clicked.connect(self._add_parent)
        ui.remove_participant.clicked.connect(self._remove_participants)
        ui.shareable_summary.textChanged.connect(self._count_summary)
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        fill_combo(ui.session_type, [(k, label(SESSION_TYPES, k)) for k in SESSION_TYPES])
        fill_combo(ui.requester, [(k, label(REQUESTERS, k)) for k in REQUESTERS])
        fill_combo(ui.client_kind, [(k, label(CLIENT_KINDS, k)) for k in CLIENT_KINDS])
        ui.duration_min.setSuffix(" " + self.tr("min"))
        ui.participants.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Class")])
        self._show_student()
        self._apply_type()
        self._count_summary()
        self.setWindowTitle(self.tr("New psychologist session") if self.session_id is None
                            else self.tr("Edit psychologist session"))

    # --- surface ----------------------------------------------------------------------------
    def load(self, record: SessionRecord | None) -> None:
        self.session_id = record.id if record else None
        d = record.data if record else SessionData(session_date=date.today())
        ui = self.ui
        ui.session_date.setDate(d.session_date or date.today())
        ui.start_time.setText(d.start_time)
        ui.duration_min.setValue(d.duration_min or 45)
        for name in ("client_name", "psychologist"):
            getattr(ui, name).setText(getattr(d, name))
        for name in ("request", "methods", "results", "conclusion", "recommendations",
                     "referral_out", "shareable_summary"):
            getattr(ui, name).setPlainText(getattr(d, name))
        set_date(ui.follow_up_on, d.follow_up_on)
        ui.parent_consent.setChecked(d.parent_consent)
        for name in RISK_FIELDS.values():
            getattr(ui, name).setChecked(getattr(d, name))
        self._loaded_risks = set(self.sessions.risk_flags(d))
        ui.participants.setRowCount(0)
        self._add_rows(d.participants)
        self._set_student(d.student_id)
        self.retranslate()
        select_data(ui.session_type, d.session_type)
        select_data(ui.requester, d.requester)
        select_data(ui.client_kind, d.client_kind)
        self._apply_type()
        ui.tabs.setCurrentIndex(0)
        self.errors.clear()
        self.mark_clean()

    def start_for(self, student_id: int | None = None) -> None:
        """A new session today; with a student, an individual session with that student."""
        self.load(None)
        if student_id is not None:
            self._set_student(student_id)
            self.mark_clean()

    def values(self) -> SessionData:
        ui = self.ui
        qd = ui.session_date.date()
        stype = ui.session_type.currentData() or ""
        d = SessionData(
            session_date=date(qd.year(), qd.month(), qd.day()),
            start_time=ui.start_time.text(), duration_min=ui.duration_min.value(),
            session_type=stype, client_kind=ui.client_kind.currentData() or "",
            student_id=None if stype == "group" else self.student_id,
            client_name=ui.client_name.text(), requester=ui.requester.currentData() or "",
            follow_up_on=get_date(ui.follow_up_on), psychologist=ui.psychologist.text(),
            parent_consent=ui.parent_consent.isChecked(),
            shareable_summary=ui.shareable_summary.toPlainText())
        for name in ("request", "methods", "results", "conclusion", "recommendations",
                     "referral_out"):
            setattr(d, name, getattr(ui, name).toPlainText())
        for name in RISK_FIELDS.values():
            setattr(d, name, getattr(ui, name).isChecked())
        wanted = ROSTER_ROLE.get(stype)
        d.participants = [self._participant(row) for row in range(ui.participants.rowCount())
                          if self._kind(row) == wanted]
        return d

    def validate(self) -> SessionData | None:
        return self.run_checked(lambda: self.sessions.validate(self.values(), self.session_id))

    def save(self) -> bool:
        if self.validate() is None:
            return False
        data = self.values()
        saved = self.run_checked(lambda: self.sessions.save(self.actor, data, self.session_id))
        if saved is None:
            return False
        self.saved_id = self.session_id = saved
        codes = self.sessions.risk_flags(data)
        new_risks = set(codes) - self._loaded_risks
        self._loaded_risks = set(codes)
        if codes:
            self.risk_flagged.emit(saved, codes)
        if new_risks and self.on_open_incident is not None:
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Open an incident for this session now?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.on_open_incident(saved)
        return True

    # --- the client -------------------------------------------------------------------------
    def _apply_type(self) -> None:
        """Show the client fields the chosen type uses."""
        ui = self.ui
        stype = ui.session_type.currentData()
        kind = ui.client_kind.currentData()
        single = stype not in ROSTER_ROLE  # individual, diagnostic, crisis, ...
        form = ui.form_layout
        form.setRowVisible(ui.client_kind, single)
        form.setRowVisible(ui.student_layout, stype != "group")
        form.setRowVisible(ui.client_name, stype == "group" or (single and kind != "student"))
        form.setRowVisible(ui.participants_layout, stype in ROSTER_ROLE)
        if stype == "family":
            ui.student_id_label.setText(self.tr("Child"))
        elif single and kind != "student":
            ui.student_id_label.setText(self.tr("About student"))
        else:
            ui.student_id_label.setText(self.tr("Student"))
        ui.client_name_label.setText(self.tr("Group &name") if stype == "group"
                                     else self.tr("&Name"))
        ui.client_name.setPlaceholderText(
            self.tr("e.g. 7Ә: class cohesion training") if stype == "group"
            else self.tr("Surname, given name and patronymic"))
        ui.add_students.setVisible(stype == "group")
        ui.add_parent.setVisible(stype == "family")
        wanted = ROSTER_ROLE.get(stype)
        shown = 0
        for row in range(ui.participants.rowCount()):
            ui.participants.setRowHidden(row, self._kind(row) != wanted)
            shown += self._kind(row) == wanted
        ui.participants.setColumnHidden(CLASS_COL, stype != "group")
        if stype == "group":
            ui.participants.resizeColumnToContents(CLASS_COL)
        ui.participants_label.setText(
            self.tr("Students: %1").replace("%1", str(shown)) if stype == "group"
            else self.tr("Parents taking part"))

    def _set_student(self, student_id: int | None) -> None:
        self.student_id = student_id
        self.student_text = ""
        if student_id is not None:
            row = self.students.rows(self.actor, [student_id]).get(student_id)
            self.student_text = f"{row.full_name}, {row.class_name}" if row else ""
        self._show_student()

    def _show_student(self) -> None:
        ui = self.ui
        ui.student_id.setText(self.student_text)
        ui.student_id.setPlaceholderText(self.tr("not chosen"))
        ui.clear_student.setEnabled(self.student_id is not None)

    def _choose_student(self) -> None:
        picker = StudentPicker(self.students, self.actor, parent=self)
        if picker.exec() and picker.chosen_ids:
            self._set_student(picker.chosen_ids[0])

    # --- participants -----------------------------------------------------------------------
    def _add_students(self) -> None:
        picker = StudentPicker(self.students, self.actor, multiple=True, parent=self)
        if not picker.exec():
            return
        present = {self._participant(row).student_id
                   for row in range(self.ui.participants.rowCount())
                   if self._kind(row) == "student"}
        self._add_rows([ParticipantData(role="student", student_id=sid)
                        for sid in picker.chosen_ids if sid not in present])

    def _add_parent(self) -> None:
        self._add_rows([ParticipantData(role="parent")])
        table = self.ui.participants
        row = table.rowCount() - 1
        table.setCurrentCell(row, NAME_COL)
        table.editItem(table.item(row, NAME_COL))

    def _add_rows(self, participants: list[ParticipantData]) -> None:
        table: QTableWidget = self.ui.participants
        ids = [p.student_id for p in participants if p.student_id is not None]
        known = self.students.rows(self.actor, ids) if ids else {}
        for p in participants:
            row = table.rowCount()
            table.insertRow(row)
            student = known.get(p.student_id) if p.student_id is not None else None
            name = QTableWidgetItem(student.full_name if student else p.name)
            name.setData(ID_ROLE, p.id)
            name.setData(STUDENT_ROLE, p.student_id)
            name.setData(KIND_ROLE, p.role)
            fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if p.role == "student":
                name.setFlags(fixed)
            table.setItem(row, NAME_COL, name)
            item = QTableWidgetItem(student.class_name if student else "")
            item.setFlags(fixed)
            table.setItem(row, CLASS_COL, item)
        self._apply_type()

    def _remove_participants(self) -> None:
        table = self.ui.participants
        rows = sorted({i.row() for i in table.selectedIndexes()} or
                      ({table.currentRow()} if table.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            if not table.isRowHidden(row):
                table.removeRow(row)
        self._apply_type()

    def _kind(self, row: int) -> str:
        item = self.ui.participants.item(row, NAME_COL)
        return str(item.data(KIND_ROLE)) if item is not None else ""

    def _participant(self, row: int) -> ParticipantData:
        item = self.ui.participants.item(row, NAME_COL)
        assert item is not None
        return ParticipantData(role=str(item.data(KIND_ROLE)), student_id=item.data(STUDENT_ROLE),
                               name=item.text().strip(), id=item.data(ID_ROLE))

    # --- summary ----------------------------------------------------------------------------
    def _count_summary(self) -> None:
        n = len(self.ui.shareable_summary.toPlainText().strip())
        self.ui.summary_count.setText(self.tr("%1 of %2 characters").replace("%1", str(n))
                                      .replace("%2", str(SUMMARY_MAX)))
        self.ui.summary_count.setStyleSheet("color: #b00020;" if n > SUMMARY_MAX else "")


def open_session(parent: QWidget | None, service: PsySessionService, actor: Actor,
                 record_id: int, *,
                 on_open_incident: Callable[[int], object] | None = None) -> bool:
    """Open a session for editing; True when it was saved."""
    dialog = SessionDialog(service, StudentService(service.register), actor, parent)
    dialog.load(service.get(actor, record_id))
    dialog.on_open_incident = on_open_incident
    return bool(dialog.exec())
