"""Pick a family for a student by searching families and their members."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..services import Actor
from ..services.families import FamilyService
from .forms.ui_family_picker import Ui_FamilyPicker
from .list_pages import prepare_table
from .table_models import ID_ROLE, FamilyTableModel


class FamilyPicker(QDialog):
    def __init__(self, families: FamilyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.families, self.actor = families, actor
        self.chosen_id: int | None = None
        self.ui = Ui_FamilyPicker()
        self.ui.setupUi(self)
        self.model = FamilyTableModel(self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, (220, 260))
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.table.activated.connect(lambda _index: self.accept())
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.families.search(self.actor, self.ui.search.text()))
        if self.model.rowCount():
            self.ui.table.selectRow(0)

    def accept(self) -> None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return
        self.chosen_id = index.data(ID_ROLE)
        super().accept()
