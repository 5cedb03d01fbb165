"""Edit the response checklist of each incident type: steps, deadlines in hours, order, active."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..i18n import label
from ..services import Actor, ValidationError
from ..services.errors import FieldError
from ..services.incidents import (
    INCIDENT_TYPES,
    MAX_DEADLINE_HOURS,
    IncidentService,
    TemplateStep,
    default_templates,
)
from .forms.ui_response_templates_dialog import Ui_ResponseTemplatesDialog
from .incident_dialog import shown_step_title, wrap_rows
from .record_dialog import RecordDialog
from .widgets import fill_combo, select_data

ID_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
STORED_ROLE = Qt.ItemDataRole.UserRole + 2  # the title as stored (English for a default step)
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 3  # the title as first shown (translated)
T_TITLE, T_HOURS, T_ACTIVE = range(3)
Checklists = dict[str, list[TemplateStep]]


class ResponseTemplatesDialog(RecordDialog):
    """All types are edited together and saved with one Save; Cancel asks before discarding."""

    def __init__(self, incidents: IncidentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incidents, self.actor = incidents, actor
        self.lists: Checklists = {}
        self.shown_type = ""
        self.setup_form(Ui_ResponseTemplatesDialog(), ["steps"])
        ui = self.ui
        ui.steps.setColumnCount(3)
        self._headers()
        wrap_rows(ui.steps)
        header = ui.steps.horizontalHeader()
        header.setSectionResizeMode(T_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (T_HOURS, T_ACTIVE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.incident_type.currentIndexChanged.connect(self._type_changed)
        ui.add_step.clicked.connect(self._add)
        ui.remove_step.clicked.connect(self._remove)
        ui.move_up.clicked.connect(lambda: self._move(-1))
        ui.move_down.clicked.connect(lambda: self._move(1))
        ui.restore_defaults.clicked.connect(self._restore_defaults)
        ui.steps.currentCellChanged.connect(lambda *_: self._enable_buttons())
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        fill_combo(ui.incident_type, [(k, label(INCIDENT_TYPES, k)) for k in INCIDENT_TYPES])
        self._headers()
        if self.shown_type:  # default titles follow the language
            self._show(self._table_steps())

    def _headers(self) -> None:
        self.ui.steps.setHorizontalHeaderLabels([
            self.tr("Step"), self.tr("Deadline, hours"), self.tr("Active")])

    # --- surface ----------------------------------------------------------------------------
    def load(self, record: object = None) -> None:
        """Read every type's checklist (the defaults where the school has none)."""
        self.lists = {k: self.incidents.templates(self.actor, k) for k in INCIDENT_TYPES}
        self.shown_type = ""
        self._type_changed()
        self.mark_clean()

    def values(self) -> Checklists:
        self._stash()
        return {k: [TemplateStep(**vars(s)) for s in v] for k, v in self.lists.items()}

    def validate(self) -> Checklists | None:
        bad = self._bad_hours()
        if bad is not None:
            self.errors.show(ValidationError([bad]))
            return None
        lists = self.values()
        for kind, steps in lists.items():
            try:
                self.incidents.validate_templates(kind, steps)
            except ValidationError as exc:
                select_data(self.ui.incident_type, kind)
                self.errors.show(exc)
                return None
        self.errors.clear()
        return lists

    def save(self) -> bool:
        lists = self.validate()
        if lists is None:
            return False
        before: Checklists = self._snapshot or {}
        changed = {k: v for k, v in lists.items() if v != before.get(k)}
        return self.run_checked(lambda: self._store(changed)) is not None

    def _store(self, lists: Checklists) -> bool:
        for kind, steps in lists.items():
            self.incidents.save_templates(self.actor, kind, steps)
        return True

    # --- the table --------------------------------------------------------------------------
    def _type_changed(self) -> None:
        bad = self._bad_hours() if self.shown_type else None
        if bad is not None:  # stay on the list with the mistake
            self.ui.incident_type.blockSignals(True)
            select_data(self.ui.incident_type, self.shown_type)
            self.ui.incident_type.blockSignals(False)
            self.errors.show(ValidationError([bad]))
            return
        self._stash()
        self.errors.clear()
        self.shown_type = self.ui.incident_type.currentData() or ""
        self._show(self.lists.get(self.shown_type, []))

    def _stash(self) -> None:
        if self.shown_type:
            self.lists[self.shown_type] = self._table_steps()

    def _show(self, steps: list[TemplateStep]) -> None:
        table: QTableWidget = self.ui.steps
        table.setRowCount(0)
        for s in steps:
            self._append(s)
        self._enable_buttons()

    def _append(self, s: TemplateStep) -> None:
        table: QTableWidget = self.ui.steps
        row = table.rowCount()
        table.insertRow(row)
        shown = shown_step_title(s.code, s.title)
        title = QTableWidgetItem(shown)
        title.setData(ID_ROLE, s.id)
        title.setData(CODE_ROLE, s.code)
        title.setData(STORED_ROLE, s.title)
        title.setData(SHOWN_ROLE, shown)
        table.setItem(row, T_TITLE, title)
        hours = QTableWidgetItem("" if s.deadline_hours is None else str(s.deadline_hours))
        hours.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, T_HOURS, hours)
        active = QTableWidgetItem()
        active.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable)
        active.setCheckState(Qt.CheckState.Checked if s.active else Qt.CheckState.Unchecked)
        table.setItem(row, T_ACTIVE, active)

    def _table_steps(self) -> list[TemplateStep]:
        table = self.ui.steps
        steps = []
        for row in range(table.rowCount()):
            title = table.item(row, T_TITLE)
            code = title.data(CODE_ROLE) or ""
            hours_text = table.item(row, T_HOURS).text().strip()
            text = title.text().strip()
            steps.append(TemplateStep(
                code=code, title=title.data(STORED_ROLE) if text == title.data(SHOWN_ROLE) else text,
                deadline_hours=int(hours_text) if _is_int(hours_text) else None,
                active=table.item(row, T_ACTIVE).checkState() == Qt.CheckState.Checked,
                id=title.data(ID_ROLE)))
        return steps

    def _bad_hours(self) -> FieldError | None:
        table = self.ui.steps
        for row in range(table.rowCount()):
            text = table.item(row, T_HOURS).text().strip()
            if text and not _is_int(text):
                return FieldError("steps", "row_invalid", {
                    "row": row + 1, "problem": "number_range", "min": 0,
                    "max": MAX_DEADLINE_HOURS})
        return None

    def _add(self) -> None:
        self._append(TemplateStep(deadline_hours=24))
        table = self.ui.steps
        table.setCurrentCell(table.rowCount() - 1, T_TITLE)
        if self.isVisible():
            table.editItem(table.item(table.rowCount() - 1, T_TITLE))

    def _remove(self) -> None:
        row = self.ui.steps.currentRow()
        if row >= 0:
            self.ui.steps.removeRow(row)
        self._enable_buttons()

    def _move(self, by: int) -> None:
        table = self.ui.steps
        row, col = table.currentRow(), max(table.currentColumn(), 0)
        target = row + by
        if row < 0 or not 0 <= target < table.rowCount():
            return
        for c in range(table.columnCount()):
            a, b = table.takeItem(row, c), table.takeItem(target, c)
            table.setItem(row, c, b)
            table.setItem(target, c, a)
        table.setCurrentCell(target, col)

    def _restore_defaults(self) -> None:
        self._show(default_templates(self.shown_type))

    def _enable_buttons(self) -> None:
        ui, row = self.ui, self.ui.steps.currentRow()
        ui.remove_step.setEnabled(row >= 0)
        ui.move_up.setEnabled(row > 0)
        ui.move_down.setEnabled(0 <= row < ui.steps.rowCount() - 1)


def _is_int(text: str) -> bool:
    return text.isascii() and text.lstrip("-").isdigit()
