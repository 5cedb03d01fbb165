"""Choose one or several students (a session roster, incident participants)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from ..services import Actor
from ..services.students import StudentService
from .forms.ui_student_picker import Ui_StudentPicker
from .list_pages import STUDENT_WIDTHS, prepare_table
from .table_models import ID_ROLE, StudentTableModel


class StudentPicker(QDialog):
    """After exec(): ``chosen_ids`` in the order shown. ``multiple`` allows Ctrl/Shift-selection."""

    def __init__(self, students: StudentService, actor: Actor, *, multiple: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students, self.actor = students, actor
        self.chosen_ids: list[int] = []
        self.ui = Ui_StudentPicker()
        self.ui.setupUi(self)
        if not multiple:
            self.setWindowTitle(self.tr("Choose a student"))
        self.model = StudentTableModel(lambda ids: students.rows(actor, ids), self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, STUDENT_WIDTHS)
        self.ui.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection if multiple
            else QAbstractItemView.SelectionMode.SingleSelection)
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.table.activated.connect(lambda _index: self.accept())
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_ids(self.students.search_ids(self.actor, self.ui.search.text()))
        if self.model.rowCount():
            self.ui.table.selectRow(0)

    def accept(self) -> None:
        rows = sorted(i.row() for i in self.ui.table.selectionModel().selectedRows())
        if not rows:
            return
        self.chosen_ids = [self.model.index(r, 0).data(ID_ROLE) for r in rows]
        super().accept()
