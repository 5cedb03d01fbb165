"""The school profile (letterhead details), asked for when a register is created."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..services import Actor
from ..services.school import SchoolData, SchoolService
from .forms.ui_school_dialog import Ui_SchoolDialog
from .record_dialog import RecordDialog

FIELDS = ["name_kk", "name_ru", "bin", "address", "phone", "director_name", "district"]


class SchoolDialog(RecordDialog):
    RECORD_TYPE = "school"
    def __init__(self, schools: SchoolService | None, actor: Actor | None,
                 parent: QWidget | None = None) -> None:
        """``schools`` may be None while creating a register: then save() only validates."""
        super().__init__(parent)
        self.schools, self.actor = schools, actor
        self.setup_form(Ui_SchoolDialog(), FIELDS)
        self.result_data: SchoolData | None = None
        self.load(schools.get(actor) if schools and actor else None)

    def load(self, record: SchoolData | None) -> None:
        self.is_demo = record.is_demo if record else False
        for name in FIELDS:
            getattr(self.ui, name).setText(getattr(record, name) if record else "")
        self.mark_clean()

    def values(self) -> SchoolData:
        return SchoolData(**{n: getattr(self.ui, n).text() for n in FIELDS},
                          is_demo=self.is_demo)

    def validate(self) -> SchoolData | None:
        return self.run_checked(lambda: SchoolService.validate(self.values()))

    def save(self) -> bool:
        data = self.validate()
        if data is None:
            return False
        if self.schools and self.actor and not self.run_checked(
                lambda: _saved(self.schools, self.actor, data)):
            return False
        self.result_data = data
        return True


def _saved(schools: SchoolService, actor: Actor, data: SchoolData) -> bool:
    schools.save(actor, data)
    return True
