"""Add or edit a special-needs plan: the PMPK conclusion, conditions, goals and reviews."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import label
from ..services import Actor, ValidationError
from ..services.errors import FieldError
from ..services.students import StudentService
from ..services.support_plans import (
    EDUCATION_FORMS,
    GOAL_DOMAINS,
    NEED_TYPES,
    PROGRAMMES,
    SPECIALISTS,
    GoalData,
    ReviewData,
    SupportPlanData,
    SupportPlanRecord,
    SupportPlanService,
)
from .forms.ui_support_plan_dialog import Ui_SupportPlanDialog
from .printing import add_print_button, documents_for
from .record_dialog import RecordDialog
from .widgets import fill_combo, format_date, get_date, make_optional, parse_date, select_data, set_date

GOAL_COLS = ["domain", "goal", "method", "specialist", "frequency", "period"]
GOAL_COMBOS = {"domain": GOAL_DOMAINS, "specialist": SPECIALISTS}
GOAL_WIDTHS = {"domain": 110, "specialist": 130, "frequency": 110, "period": 100}
REVIEW_COLS = ["review_date", "progress", "decision"]
DATE_FIELDS = ["pmpk_date", "pmpk_valid_until", "start_date", "end_date", "parent_acknowledged_on"]
ID_ROLE = Qt.ItemDataRole.UserRole


class SupportPlanDialog(RecordDialog):
    RECORD_TYPE = "support_plan"
    def __init__(self, plans: SupportPlanService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans, self.actor = plans, actor
        self.plan_id: int | None = None
        self.student_id: int | None = None
        self.student_text = ""  # kept, so retranslating never reads the register
        self.extra_specialists: dict[str, QCheckBox] = {}  # words of older records, not codes
        self.setup_form(Ui_SupportPlanDialog(), [
            "pmpk_no", *DATE_FIELDS, "need_type", "programme", "education_form",
            "specialists", "special_conditions", "goals", "reviews"])
        self.print_button = add_print_button(
            self, current_id=lambda: self.plan_id,
            make_pdf=lambda rid, lang: documents_for(self.plans.register).support_plan(
                self.actor, rid, lang),
            title=self.windowTitle, file_name=lambda rid, lang: f"support-plan-{rid}-{lang}.pdf",
            register=self.plans.register, record_table="support_plan")
        ui = self.ui
        self.errors.widgets["student_id"] = ui.student
        for name in DATE_FIELDS:
            make_optional(getattr(ui, name))
        ui.goals.setColumnCount(len(GOAL_COLS))
        ui.reviews.setColumnCount(len(REVIEW_COLS))
        header = ui.goals.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for name, width in GOAL_WIDTHS.items():
            header.setSectionResizeMode(GOAL_COLS.index(name), QHeaderView.ResizeMode.Interactive)
            ui.goals.setColumnWidth(GOAL_COLS.index(name), width)
        for name, catalog in GOAL_COMBOS.items():
            ui.goals.setItemDelegateForColumn(GOAL_COLS.index(name),
                                              SuggestionDelegate(catalog, ui.goals))
        header = ui.reviews.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        row_height = max(ui.goals.fontMetrics().height() + 10, ui.programme.sizeHint().height())
        for table in (ui.goals, ui.reviews):
            table.verticalHeader().setDefaultSectionSize(row_height)
            table.verticalHeader().setMinimumSectionSize(row_height)
            table.setStyleSheet("QTableView::item { padding: 3px; }")
            table.setWordWrap(True)
            _fit_rows(table)
        ui.add_goal.clicked.connect(lambda: self._add_goal(GoalData()))
        ui.remove_goal.clicked.connect(lambda: _remove_current(ui.goals))
        ui.add_review.clicked.connect(lambda: self._add_review(ReviewData(review_date=date.today())))
        ui.remove_review.clicked.connect(lambda: _remove_current(ui.reviews))
        ui.choose_student.clicked.connect(self._choose_student)
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        ui.goals.setHorizontalHeaderLabels([
            self.tr("Domain"), self.tr("Goal"), self.tr("Method"), self.tr("Specialist"),
            self.tr("Frequency"), self.tr("Period")])
        ui.reviews.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Progress"), self.tr("Decision")])
        fill_combo(ui.programme, [(k, label(PROGRAMMES, k)) for k in PROGRAMMES])
        fill_combo(ui.education_form, [(k, label(EDUCATION_FORMS, k)) for k in EDUCATION_FORMS])
        _suggest(ui.need_type, [label(NEED_TYPES, k) for k in NEED_TYPES])
        self._show_student()
        self.setWindowTitle(self.tr("New special-needs plan") if self.plan_id is None
                            else self.tr("Edit special-needs plan"))

    # --- surface ----------------------------------------------------------------------------
    def reload_saved(self, record_id: int) -> None:
        self.load(self.plans.get(self.actor, record_id))

    def load(self, record: SupportPlanRecord | None) -> None:
        self.plan_id = record.id if record else None
        d = record.data if record else SupportPlanData()
        self.student_id = d.student_id
        self.student_text = (f"{record.student_name}, {record.student_class}" if record else "")
        ui = self.ui
        ui.pmpk_no.setText(d.pmpk_no)
        ui.special_conditions.setPlainText(d.special_conditions)
        for name in DATE_FIELDS:
            set_date(getattr(ui, name), getattr(d, name))
        self._set_specialists(d.specialists)
        ui.goals.setRowCount(0)
        for goal in d.goals:
            self._add_goal(goal)
        ui.reviews.setRowCount(0)
        for review in d.reviews:
            self._add_review(review)
        ui.choose_student.setEnabled(record is None)
        self.retranslate()
        select_data(ui.programme, d.programme)
        select_data(ui.education_form, d.education_form)
        ui.need_type.setEditText(d.need_type)
        ui.tabs.setCurrentIndex(0)
        self.errors.clear()
        self.mark_clean()

    def start_for(self, student_id: int) -> None:
        """Begin a new plan for this student."""
        self.load(None)
        self._set_student(student_id)
        self.mark_clean()

    def values(self) -> SupportPlanData:
        ui = self.ui
        d = SupportPlanData(
            student_id=self.student_id, pmpk_no=ui.pmpk_no.text(),
            need_type=ui.need_type.currentText(), programme=ui.programme.currentData() or "",
            education_form=ui.education_form.currentData() or "",
            special_conditions=ui.special_conditions.toPlainText())
        for name in DATE_FIELDS:
            setattr(d, name, get_date(getattr(ui, name)))
        d.specialists = [code for code in SPECIALISTS if self._specialist_box(code).isChecked()]
        d.specialists += [word for word, box in self.extra_specialists.items() if box.isChecked()]
        d.goals = [self._goal(row) for row in range(ui.goals.rowCount())]
        d.reviews = [self._review(row) for row in range(ui.reviews.rowCount())]
        return d

    def validate(self) -> SupportPlanData | None:
        bad = self._bad_dates()
        if bad is not None:
            self.errors.show(ValidationError([bad]))
            self._select_row(bad)
            return None
        self.errors.clear()
        try:
            return self.plans.validate(self.values(), self.plan_id)
        except ValidationError as exc:
            self.errors.show(exc)
            self._select_row(exc.errors[0])
        return None

    def save(self) -> bool:
        if self.validate() is None:
            return False
        saved = self.run_checked(lambda: self.plans.save(self.actor, self.values(), self.plan_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- student ----------------------------------------------------------------------------
    def _set_student(self, student_id: int | None) -> None:
        self.student_id = student_id
        self.student_text = (self.plans.student_label(self.actor, student_id)
                             if student_id is not None else "")
        self._show_student()

    def _show_student(self) -> None:
        self.ui.student.setText(self.student_text if self.student_id is not None
                                else self.tr("not chosen"))

    def _choose_student(self) -> None:
        from .student_picker import StudentPicker

        picker = StudentPicker(StudentService(self.plans.register), self.actor, parent=self)
        if picker.exec() and picker.chosen_ids:
            self._set_student(picker.chosen_ids[0])

    # --- specialists ------------------------------------------------------------------------
    def _specialist_box(self, code: str) -> QCheckBox:
        box: QCheckBox = getattr(self.ui, f"specialist_{code}")
        return box

    def _set_specialists(self, codes: list[str]) -> None:
        for code in SPECIALISTS:
            self._specialist_box(code).setChecked(code in codes)
        for box in self.extra_specialists.values():
            box.hide()
            box.deleteLater()
        self.extra_specialists.clear()
        layout = self.ui.specialists_layout
        for word in (c for c in codes if c not in SPECIALISTS):
            box = QCheckBox(word, self.ui.specialists)
            box.setChecked(True)
            box.setToolTip(self.tr("Written in an older record and not in the list: uncheck it "
                                   "and tick the matching specialist."))
            layout.insertWidget(layout.count() - 1, box)
            self.extra_specialists[word] = box

    # --- goals ------------------------------------------------------------------------------
    def _add_goal(self, g: GoalData) -> None:
        table: QTableWidget = self.ui.goals
        row = table.rowCount()
        table.insertRow(row)
        for col, name in enumerate(GOAL_COLS):
            table.setItem(row, col, QTableWidgetItem(getattr(g, name)))
        first = table.item(row, 0)
        assert first is not None
        first.setData(ID_ROLE, g.id)
        table.setCurrentCell(row, GOAL_COLS.index("goal"))

    def _goal(self, row: int) -> GoalData:
        table = self.ui.goals
        first = table.item(row, 0)
        g = GoalData(id=first.data(ID_ROLE) if first else None)
        for col, name in enumerate(GOAL_COLS):
            setattr(g, name, _cell(table, row, col))
        return g

    # --- reviews ----------------------------------------------------------------------------
    def _add_review(self, r: ReviewData) -> None:
        table: QTableWidget = self.ui.reviews
        row = table.rowCount()
        table.insertRow(row)
        for col, name in enumerate(REVIEW_COLS):
            value = getattr(r, name)
            table.setItem(row, col, QTableWidgetItem(
                format_date(value) if name == "review_date" else value))
        first = table.item(row, 0)
        assert first is not None
        first.setData(ID_ROLE, r.id)
        table.setCurrentCell(row, REVIEW_COLS.index("progress"))

    def _review(self, row: int) -> ReviewData:
        table = self.ui.reviews
        first = table.item(row, 0)
        r = ReviewData(id=first.data(ID_ROLE) if first else None,
                       progress=_cell(table, row, 1), decision=_cell(table, row, 2))
        try:
            r.review_date = parse_date(_cell(table, row, 0))
        except ValueError:
            r.review_date = None
        return r

    def _bad_dates(self) -> FieldError | None:
        """A review date that is not DD.MM.YYYY (checked before the service)."""
        for row in range(self.ui.reviews.rowCount()):
            try:
                parse_date(_cell(self.ui.reviews, row, 0))
            except ValueError:
                return FieldError("reviews", "support_review_invalid",
                                  {"row": row + 1, "problem": "date_format"})
        return None

    def _select_row(self, error: FieldError) -> None:
        """Put the cursor on the goal or review row an error is about."""
        table = {"goals": self.ui.goals, "reviews": self.ui.reviews}.get(error.field)
        row = error.params.get("row")
        if table is not None and isinstance(row, int) and 0 < row <= table.rowCount():
            table.setCurrentCell(row - 1, table.currentColumn() if table.currentColumn() >= 0
                                 else 0)


class SuggestionDelegate(QStyledItemDelegate):
    """Edits a free-text cell with an editable combo offering the catalog's labels."""

    def __init__(self, catalog: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.catalog = catalog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _suggest(combo, [label(self.catalog, k) for k in self.catalog])
        return combo

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt override
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: Any,  # noqa: N802
                             index: QModelIndex | QPersistentModelIndex) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)


def _fit_rows(table: QTableWidget) -> None:
    """Keep rows as tall as their wrapped text as columns resize and cells change."""
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.itemChanged.connect(lambda item: table.resizeRowToContents(item.row()))


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item else ""


def _remove_current(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


def _suggest(combo: QComboBox, suggestions: list[str]) -> None:
    """Refill an editable combo's suggestions, keeping the text typed in it."""
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(suggestions)
    combo.setCurrentIndex(-1)
    combo.setEditText(text)
    combo.blockSignals(False)


def open_support_plan(parent: QWidget | None, service: SupportPlanService, actor: Actor,
                      record_id: int) -> bool:
    """Open a plan for editing; True when it was saved."""
    dialog = SupportPlanDialog(service, actor, parent)
    dialog.load(service.get(actor, record_id))
    return bool(dialog.exec())
