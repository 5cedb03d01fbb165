"""Add or edit a home-visit act, laid out like the paper act: act and commission, residents and
housing, the child and the family, conclusion and signatures."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import label
from ..services import Actor
from ..services.catalog import RELATIONS
from ..services.families import FamilyService
from ..services.home_visits import (
    CHILD_FLAGS,
    CONCLUSIONS,
    CONDITIONS,
    HEATING,
    HOUSING_FLAGS,
    LONG_TEXTS,
    OWNERSHIP,
    PURPOSES,
    REQUESTING_BODIES,
    SANITARY,
    HomeVisitData,
    HomeVisitRecord,
    HomeVisitService,
    parse_people,
    people_text,
)
from ..services.students import StudentService, full_name
from .family_picker import FamilyPicker
from .forms.ui_home_visit_dialog import Ui_HomeVisitDialog
from .printing import add_print_button, documents_for
from .record_dialog import RecordDialog
from .student_picker import StudentPicker
from .widgets import fill_combo, format_date, get_date, make_optional, select_data, set_date

# Editable combos that store a code when a suggestion is chosen and the text otherwise.
CODED_TEXTS = {"housing_ownership": OWNERSHIP, "housing_condition": CONDITIONS,
               "heating": HEATING, "sanitary_state": SANITARY}
PEOPLE = ("commission", "residents")
TEXT_HEIGHT = 70


class HomeVisitDialog(RecordDialog):
    RECORD_TYPE = "home_visit"
    def __init__(self, visits: HomeVisitService, students: StudentService,
                 families: FamilyService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visits, self.students, self.families, self.actor = visits, students, families, actor
        self.visit_id: int | None = None
        self.student_id: int | None = None
        self.family_id: int | None = None
        self.student_name = ""
        self.family_title = ""
        self.family_address = ""
        self.act_title = ""  # the act No. as stored, for the window title
        self._suggested: tuple[int, str] | None = None  # (year, act No.) put in the field
        self._people: dict[str, tuple[str, list[tuple[str, str]]]] = {}  # text as loaded
        self.setup_form(Ui_HomeVisitDialog(), [
            "act_no", "visit_date", "visit_time", "purpose", "requested_by", "commission",
            "residents", *CODED_TEXTS, "rooms", "area_m2", *LONG_TEXTS, "conclusion",
            "next_visit_on", "signatures"])
        self.print_button = add_print_button(
            self, current_id=lambda: self.visit_id,
            make_pdf=lambda rid, lang: documents_for(self.visits.register).home_visit_act(
                self.actor, rid, lang),
            title=self.windowTitle, file_name=lambda rid, lang: f"visit-act-{rid}-{lang}.pdf",
            register=self.visits.register, record_table="home_visit")
        ui = self.ui
        self.errors.widgets.update(student_id=ui.student, family_id=ui.family)
        make_optional(ui.next_visit_on)
        for name in PEOPLE:
            table: QTableWidget = getattr(ui, name)
            table.setColumnCount(2)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        for name in ("parents_attention", "family_climate", "neglect_signs", "child_words"):
            getattr(ui, name).setMinimumHeight(TEXT_HEIGHT)
        ui.add_commission.clicked.connect(lambda: self._add_person(ui.commission))
        ui.remove_commission.clicked.connect(lambda: self._remove_person(ui.commission))
        ui.add_resident.clicked.connect(lambda: self._add_person(ui.residents))
        ui.remove_resident.clicked.connect(lambda: self._remove_person(ui.residents))
        ui.fill_residents.clicked.connect(self._fill_residents)
        ui.choose_student.clicked.connect(self._choose_student)
        ui.clear_student.clicked.connect(lambda: self._set_student(None))
        ui.choose_family.clicked.connect(self._choose_family)
        ui.clear_family.clicked.connect(lambda: self._set_family(None))
        ui.purpose.currentIndexChanged.connect(self._purpose_changed)
        ui.visit_date.dateChanged.connect(self._date_changed)
        ui.act_no.textChanged.connect(self._show_heading)
        ui.next_in_month.clicked.connect(lambda: self._next_in(1))
        ui.next_in_quarter.clicked.connect(lambda: self._next_in(3))
        self.load(None)

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        fill_combo(ui.purpose, [(k, label(PURPOSES, k)) for k in PURPOSES])
        fill_combo(ui.conclusion, [("", "—")] + [(k, label(CONCLUSIONS, k)) for k in CONCLUSIONS])
        for name, catalog in CODED_TEXTS.items():
            combo: QComboBox = getattr(ui, name)
            value = self._coded_value(combo, catalog)
            combo.blockSignals(True)
            combo.clear()
            for code in catalog:
                combo.addItem(label(catalog, code), code)
            combo.blockSignals(False)
            self._set_coded(combo, catalog, value)
        body = ui.requested_by.currentText()
        ui.requested_by.blockSignals(True)
        ui.requested_by.clear()
        ui.requested_by.addItems([label(REQUESTING_BODIES, k) for k in REQUESTING_BODIES])
        ui.requested_by.setEditText(body)
        ui.requested_by.blockSignals(False)
        ui.commission.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Position")])
        ui.residents.setHorizontalHeaderLabels([
            self.tr("Full name"), self.tr("Relation, year of birth, occupation")])
        self._show_people()

    # --- surface ----------------------------------------------------------------------------
    def reload_saved(self, record_id: int) -> None:
        self.load(self.visits.get(self.actor, record_id))

    def load(self, record: HomeVisitRecord | None) -> None:
        """Show an act for editing, or an empty new act (today, next free number) for None."""
        self.visit_id = record.id if record else None
        d = record.data if record else HomeVisitData(visit_date=date.today())
        ui = self.ui
        self._suggested = None
        ui.visit_date.blockSignals(True)
        set_date(ui.visit_date, d.visit_date or date.today())
        ui.visit_date.blockSignals(False)
        if record is None:
            year = ui.visit_date.date().year()
            self._suggested = (year, self.visits.next_act_no(self.actor, year))
            d.act_no = self._suggested[1]
        self.act_title = record.data.act_no if record else ""
        ui.act_no.setText(d.act_no)
        ui.visit_time.setText(d.visit_time)
        select_data(ui.purpose, d.purpose)
        ui.requested_by.setEditText(d.requested_by)
        self.student_id, self.family_id = d.student_id, d.family_id
        self.student_name = record.student_name if record else ""
        self.family_title = record.family_title if record else ""
        self.family_address = record.family_address if record else ""
        for name in PEOPLE:
            text = getattr(d, name)
            self._people[name] = (text, parse_people(text))
            self._fill_people(getattr(ui, name), self._people[name][1])
        for name, catalog in CODED_TEXTS.items():
            self._set_coded(getattr(ui, name), catalog, getattr(d, name))
        ui.rooms.setValue(-1 if d.rooms is None else d.rooms)
        ui.area_m2.setValue(-1.0 if d.area_m2 is None else d.area_m2)
        for name in (*HOUSING_FLAGS, *CHILD_FLAGS, "refused_to_sign"):
            getattr(ui, name).setChecked(bool(getattr(d, name)))
        for name in LONG_TEXTS:
            getattr(ui, name).setPlainText(getattr(d, name))
        select_data(ui.conclusion, d.conclusion)
        set_date(ui.next_visit_on, d.next_visit_on)
        ui.signatures.setText(d.signatures)
        ui.tabs.setCurrentIndex(0)
        self.errors.clear()
        self.retranslate()
        self._purpose_changed()
        self.mark_clean()

    def start_for(self, student_id: int | None = None, family_id: int | None = None) -> None:
        """A new act about a student (his family is filled in) or about a family."""
        self.load(None)
        if student_id is not None:
            self._set_student(student_id)
        elif family_id is not None:
            self._set_family(family_id)
        self.mark_clean()

    def values(self) -> HomeVisitData:
        ui = self.ui
        d = HomeVisitData(
            act_no=ui.act_no.text(), visit_date=get_date(ui.visit_date),
            visit_time=ui.visit_time.text(), purpose=ui.purpose.currentData() or "",
            requested_by=ui.requested_by.currentText() if ui.requested_by.isEnabled() else "",
            student_id=self.student_id, family_id=self.family_id,
            rooms=None if ui.rooms.value() < 0 else ui.rooms.value(),
            area_m2=None if ui.area_m2.value() < 0 else ui.area_m2.value(),
            conclusion=ui.conclusion.currentData() or "",
            next_visit_on=get_date(ui.next_visit_on), signatures=ui.signatures.text())
        for name in PEOPLE:
            rows = self._rows(getattr(ui, name))
            loaded_text, loaded_rows = self._people.get(name, ("", []))
            # An untouched list is kept exactly as stored (older acts list names with commas).
            setattr(d, name, loaded_text if rows == loaded_rows else people_text(rows))
        for name, catalog in CODED_TEXTS.items():
            setattr(d, name, self._coded_value(getattr(ui, name), catalog))
        for name in (*HOUSING_FLAGS, *CHILD_FLAGS, "refused_to_sign"):
            setattr(d, name, getattr(ui, name).isChecked())
        for name in LONG_TEXTS:
            setattr(d, name, getattr(ui, name).toPlainText())
        return d

    def validate(self) -> HomeVisitData | None:
        return self.run_checked(lambda: self.visits.validate(self.values(), self.visit_id))

    def save(self) -> bool:
        if self.validate() is None:
            return False
        saved = self.run_checked(lambda: self.visits.save(self.actor, self.values(),
                                                          self.visit_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- the student and the family ---------------------------------------------------------
    def _choose_student(self) -> None:
        picker = StudentPicker(self.students, self.actor, parent=self)
        if picker.exec() and picker.chosen_ids:
            self._set_student(picker.chosen_ids[0])

    def _choose_family(self) -> None:
        picker = FamilyPicker(self.families, self.actor, self)
        if picker.exec() and picker.chosen_id is not None:
            self._set_family(picker.chosen_id)

    def _set_student(self, student_id: int | None) -> None:
        """Choosing a student also chooses his family (none if he has none)."""
        self.student_id = student_id
        self.student_name = ""
        if student_id is not None:
            record = self.students.get(self.actor, student_id)
            self.student_name = (f"{record.full_name}, "
                                 f"{record.data.grade}{record.data.class_letter}")
            self._set_family(record.data.family_id)
        self._show_people()

    def _set_family(self, family_id: int | None) -> None:
        self.family_id = family_id
        self.family_title = self.family_address = ""
        if family_id is not None:
            fam = self.families.get(self.actor, family_id)
            self.family_title, self.family_address = fam.data.title, fam.data.address_actual
            if not self._rows(self.ui.residents):
                self._fill_residents()
        self._show_people()

    def _fill_residents(self) -> None:
        """Put the family's members and its children at this school into the residents list."""
        if self.family_id is None:
            return
        fam = self.families.get(self.actor, self.family_id)
        people = [(name, role) for name, role in self._rows(self.ui.residents)]
        known = {name for name, _ in people}
        for m in fam.data.members:
            name = full_name(m.last_name, m.first_name, m.patronymic)
            about = [label(RELATIONS, m.relation)]
            if m.birth_date:
                about.append(self.tr("born %1").replace("%1", str(m.birth_date.year)))
            if m.work:
                about.append(m.work)
            if name not in known:
                people.append((name, ", ".join(about)))
        for _sid, name, class_name in fam.children:
            if name not in known:
                people.append((name, self.tr("student, class %1").replace("%1", class_name)))
        self._fill_people(self.ui.residents, people)

    def _show_people(self) -> None:
        ui = self.ui
        for edit, text in ((ui.student, self.student_name if self.student_id is not None else ""),
                           (ui.family, self.family_title if self.family_id is not None else "")):
            edit.setText(text)
            edit.setCursorPosition(0)  # the start of a long name, not its end
            edit.setToolTip(text)
            edit.setPlaceholderText(self.tr("not chosen"))
        ui.address.setText(self.family_address or "—")
        ui.clear_student.setEnabled(self.student_id is not None)
        ui.clear_family.setEnabled(self.family_id is not None)
        ui.fill_residents.setEnabled(self.family_id is not None)
        self._show_heading()

    def _show_heading(self) -> None:
        ui = self.ui
        act = self.tr("Act No. %1 of %2").replace("%1", ui.act_no.text().strip() or "—") \
            .replace("%2", format_date(get_date(ui.visit_date)))
        who = self.student_name or self.family_title
        ui.heading.setText(f"{act} — {who}" if who else act)
        self.setWindowTitle(self.tr("New home-visit act") if self.visit_id is None
                            else self.tr("Home-visit act No. %1").replace("%1", self.act_title))

    # --- act No., date, purpose -------------------------------------------------------------
    def _date_changed(self) -> None:
        """A new year gets its own next number, unless the user typed a number himself."""
        visit_date = get_date(self.ui.visit_date)
        if (self._suggested is not None and visit_date is not None
                and visit_date.year != self._suggested[0]
                and self.ui.act_no.text().strip() == self._suggested[1]):
            self._suggested = (visit_date.year,
                               self.visits.next_act_no(self.actor, visit_date.year))
            self.ui.act_no.setText(self._suggested[1])
        self._show_heading()

    def _purpose_changed(self) -> None:
        on_request = self.ui.purpose.currentData() == "on_request"
        self.ui.requested_by.setEnabled(on_request)
        self.ui.requested_by_label.setEnabled(on_request)

    def _next_in(self, months: int) -> None:
        base = self.ui.visit_date.date()
        self.ui.next_visit_on.setDate(base.addMonths(months))

    # --- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _coded_value(combo: QComboBox, catalog: dict[str, str]) -> str:
        """The code of the chosen suggestion, or the text typed."""
        text = combo.currentText().strip()
        index = combo.findText(text)
        if text and index >= 0 and combo.itemData(index) in catalog:
            return str(combo.itemData(index))
        return text

    @staticmethod
    def _set_coded(combo: QComboBox, catalog: dict[str, str], value: str) -> None:
        index = combo.findData(value) if value in catalog else -1
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText(value)

    @staticmethod
    def _fill_people(table: QTableWidget, people: list[tuple[str, str]]) -> None:
        table.setRowCount(0)
        for name, role in people:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(role))

    @staticmethod
    def _rows(table: QTableWidget) -> list[tuple[str, str]]:
        rows = []
        for row in range(table.rowCount()):
            cells = [table.item(row, col) for col in (0, 1)]
            name, role = (c.text().strip() if c is not None else "" for c in cells)
            if name or role:
                rows.append((name, role))
        return rows

    @staticmethod
    def _add_person(table: QTableWidget) -> None:
        row = table.rowCount()
        table.insertRow(row)
        first = QTableWidgetItem("")
        table.setItem(row, 0, first)
        table.setItem(row, 1, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.editItem(first)

    @staticmethod
    def _remove_person(table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)


def open_home_visit(parent: QWidget | None, service: HomeVisitService, actor: Actor,
                    record_id: int) -> bool:
    """Open an act for editing; True when it was saved."""
    dialog = HomeVisitDialog(service, StudentService(service.register),
                             FamilyService(service.register), actor, parent)
    dialog.load(service.get(actor, record_id))
    return bool(dialog.exec())


def new_home_visit(parent: QWidget | None, service: HomeVisitService, actor: Actor, *,
                   student_id: int | None = None, family_id: int | None = None) -> int | None:
    """Open a new act about a student or a family; the id of the saved act, or None."""
    dialog = HomeVisitDialog(service, StudentService(service.register),
                             FamilyService(service.register), actor, parent)
    dialog.start_for(student_id=student_id, family_id=family_id)
    return dialog.saved_id if dialog.exec() else None


__all__ = ["HomeVisitDialog", "new_home_visit", "open_home_visit"]
