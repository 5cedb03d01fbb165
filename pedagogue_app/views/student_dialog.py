"""Add or edit a student."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import label
from ..services import Actor, SimilarRecordsFound
from ..services.catalog import CLASS_LETTERS, LANGUAGES, SEX
from ..services.families import FamilyService
from ..services.students import StudentData, StudentRecord, StudentService
from .forms.ui_student_dialog import Ui_StudentDialog
from .record_dialog import RecordDialog
from .widgets import fill_combo, get_date, make_optional, select_data, set_date


class StudentDialog(RecordDialog):
    RECORD_TYPE = "student"
    def __init__(self, students: StudentService, families: FamilyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.students, self.families, self.actor = students, families, actor
        self.student_id: int | None = None
        self.family_id: int | None = None
        self.family_title = ""  # kept, so retranslating never reads the register
        self.setup_form(Ui_StudentDialog(), [
            "last_name", "first_name", "patronymic", "iin", "birth_date", "sex", "grade",
            "class_letter", "language", "address_registered", "address_actual", "phone", "notes"])
        ui = self.ui
        make_optional(ui.birth_date)
        ui.class_letter.addItems(list(CLASS_LETTERS))
        ui.class_letter.setCurrentIndex(-1)
        ui.iin.textEdited.connect(self._fill_from_iin)
        ui.choose_family.clicked.connect(self._choose_family)
        ui.new_family.clicked.connect(self._new_family)
        ui.clear_family.clicked.connect(lambda: self._set_family(None))
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        fill_combo(ui.sex, [("", "—")] + [(k, label(SEX, k)) for k in SEX])
        fill_combo(ui.grade, [(None, "—")] + [(g, str(g)) for g in range(12)])
        fill_combo(ui.language, [(k, label(LANGUAGES, k)) for k in LANGUAGES])
        self._show_family()
        self.setWindowTitle(self.tr("New student") if self.student_id is None
                            else self.tr("Edit student"))

    # --- surface ----------------------------------------------------------------------------
    def load(self, record: StudentRecord | None) -> None:
        self.student_id = record.id if record else None
        d = record.data if record else StudentData()
        ui = self.ui
        for name in ("last_name", "first_name", "patronymic", "iin", "address_registered",
                     "address_actual", "phone"):
            getattr(ui, name).setText(getattr(d, name))
        ui.notes.setPlainText(d.notes)
        set_date(ui.birth_date, d.birth_date)
        select_data(ui.sex, d.sex)
        select_data(ui.grade, d.grade)
        ui.class_letter.setCurrentText(d.class_letter)
        select_data(ui.language, d.language)
        self._set_family(d.family_id)
        self.retranslate()
        self.mark_clean()

    def values(self) -> StudentData:
        ui = self.ui
        return StudentData(
            last_name=ui.last_name.text(), first_name=ui.first_name.text(),
            patronymic=ui.patronymic.text(), iin=ui.iin.text(),
            birth_date=get_date(ui.birth_date), sex=ui.sex.currentData() or "",
            grade=ui.grade.currentData(), class_letter=ui.class_letter.currentText(),
            language=ui.language.currentData() or "", address_registered=ui.address_registered.text(),
            address_actual=ui.address_actual.text(), phone=ui.phone.text(),
            family_id=self.family_id, notes=ui.notes.toPlainText())

    def validate(self) -> StudentData | None:
        return self.run_checked(lambda: self.students.validate(self.values(), self.student_id))

    def save(self) -> bool:
        if self.validate() is None:
            return False
        data = self.values()
        try:
            saved = self.run_checked(lambda: self.students.save(self.actor, data, self.student_id))
        except SimilarRecordsFound as similar:
            if not self._confirm_similar(similar.similar):
                return False
            saved = self.run_checked(lambda: self.students.save(
                self.actor, data, self.student_id, allow_similar=True))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- helpers ----------------------------------------------------------------------------
    def _confirm_similar(self, names: list[str]) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("The register already has a student with the same name and birth date:\n"
                    "%1\n\nSave this one as a different child?").replace("%1", "\n".join(names)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def _fill_from_iin(self, text: str) -> None:
        info = self.students.decode_iin(text)
        if info is None:
            return
        if get_date(self.ui.birth_date) is None:
            set_date(self.ui.birth_date, info.birth_date)
        if not self.ui.sex.currentData():
            select_data(self.ui.sex, info.sex)

    def _set_family(self, family_id: int | None) -> None:
        self.family_id = family_id
        self.family_title = (self.families.get(self.actor, family_id).data.title
                             if family_id is not None else "")
        self._show_family()

    def _show_family(self) -> None:
        ui = self.ui
        if self.family_id is None:
            ui.family.setText(self.tr("not linked"))
        else:
            ui.family.setText(self.family_title)
        ui.clear_family.setEnabled(self.family_id is not None)

    def _choose_family(self) -> None:
        from .family_picker import FamilyPicker

        picker = FamilyPicker(self.families, self.actor, self)
        if picker.exec() and picker.chosen_id is not None:
            self._set_family(picker.chosen_id)

    def _new_family(self) -> None:
        from .family_dialog import FamilyDialog

        dialog = FamilyDialog(self.families, self.actor, self)
        surname = self.ui.last_name.text().strip()
        dialog.ui.title.setText(surname)
        if dialog.exec() and dialog.saved_id is not None:
            self._set_family(dialog.saved_id)
