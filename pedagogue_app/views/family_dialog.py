"""Add or edit a family: general details, members, categories with evidence, risk factors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import label
from ..services import Actor, ValidationError
from ..services.catalog import FAMILY_CATEGORIES, MEALS_CATEGORIES, RELATIONS
from ..services.errors import FieldError
from ..services.families import (
    RISK_FIELDS,
    CategoryData,
    FamilyData,
    FamilyRecord,
    FamilyService,
    MemberData,
)
from .forms.ui_family_dialog import Ui_FamilyDialog
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

MEMBER_TEXT = ["last_name", "first_name", "patronymic", None, "iin", "birth_date", "phone",
               "work", "education"]
LEGAL_COL = len(MEMBER_TEXT)
REL_COL = 3
CAT_COLS = ["code", "document", "document_date", "valid_until", "note"]
ID_ROLE = Qt.ItemDataRole.UserRole


class FamilyDialog(RecordDialog):
    RECORD_TYPE = "family"
    def __init__(self, families: FamilyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.families, self.actor = families, actor
        self.family_id: int | None = None
        self.setup_form(Ui_FamilyDialog(), [
            "title", "address_registered", "address_actual", "phone", "housing_summary",
            "police_registered_on", "commission_registered_on", "notes", "members",
            "categories", "free_meals_category", "free_meals_evidence",
            "free_meals_valid_until"])
        ui = self.ui
        for edit in (ui.police_registered_on, ui.commission_registered_on,
                     ui.free_meals_valid_until):
            make_optional(edit)
        ui.members.setColumnCount(LEGAL_COL + 1)
        ui.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.categories.setColumnCount(len(CAT_COLS))
        ui.categories.setRowCount(len(FAMILY_CATEGORIES))
        ui.categories.horizontalHeader().setStretchLastSection(True)
        ui.categories.verticalHeader().hide()
        for table in (ui.members, ui.categories):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        ui.add_member.clicked.connect(lambda: self._add_member(MemberData()))
        ui.remove_member.clicked.connect(self._remove_member)
        self._add_record_tabs()
        self.load(None)

    # --- visits and contacts (saved on their own, not with the family form) ----------------
    def _add_record_tabs(self) -> None:
        from ..services.family_contacts import FamilyContactService
        from ..services.home_visits import HomeVisitService
        from .family_contacts_widget import FamilyContactsWidget

        register = self.families.register
        self.visits = HomeVisitService(register)
        self.contacts = FamilyContactsWidget(FamilyContactService(register), self.actor)
        self.visits_tab = QWidget()
        layout = QVBoxLayout(self.visits_tab)
        self.visit_table = QTableWidget()
        self.visit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visit_table.verticalHeader().hide()
        self.visit_table.horizontalHeader().setStretchLastSection(True)
        self.visit_table.itemActivated.connect(self._open_visit)
        self.new_visit = QPushButton()
        self.new_visit.clicked.connect(self._new_visit)
        layout.addWidget(self.visit_table)
        layout.addWidget(self.new_visit, 0, Qt.AlignmentFlag.AlignRight)
        self.ui.tabs.addTab(self.visits_tab, "")
        self.ui.tabs.addTab(self.contacts, "")

    def _load_visits(self) -> None:
        self.visit_rows = (self.visits.for_family(self.actor, self.family_id)
                           if self.family_id is not None else [])
        self._show_visits()

    def _show_visits(self) -> None:
        from ..services.home_visits import CONCLUSIONS, PURPOSES

        rows = getattr(self, "visit_rows", [])
        table = self.visit_table
        table.clear()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([
            self.tr("Act No."), self.tr("Date"), self.tr("Purpose"), self.tr("Conclusion"),
            self.tr("Child")])
        table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            for c, text in enumerate((v.act_no, format_date(v.visit_date),
                                      label(PURPOSES, v.purpose),
                                      label(CONCLUSIONS, v.conclusion), v.student_name)):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, v.id)
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        self.new_visit.setEnabled(self.family_id is not None)

    def _open_visit(self, item: QTableWidgetItem) -> None:
        from .home_visit_dialog import open_home_visit

        record_id = item.data(ID_ROLE)
        if open_home_visit(self, self.visits, self.actor, record_id):
            self._load_visits()

    def _new_visit(self) -> None:
        from .home_visit_dialog import new_home_visit

        if new_home_visit(self, self.visits, self.actor, family_id=self.family_id):
            self._load_visits()

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        ui.members.setHorizontalHeaderLabels([
            self.tr("Surname"), self.tr("Given name"), self.tr("Patronymic"),
            self.tr("Relation"), self.tr("ИИН"), self.tr("Birth date"), self.tr("Phone"),
            self.tr("Work"), self.tr("Education"), self.tr("Legal representative")])
        ui.categories.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Evidence document No."), self.tr("Document date"),
            self.tr("Valid until"), self.tr("Note")])
        for row, code in enumerate(FAMILY_CATEGORIES):
            item = ui.categories.item(row, 0)
            if item is not None:
                item.setText(label(FAMILY_CATEGORIES, code))
        for row in range(ui.members.rowCount()):
            combo = ui.members.cellWidget(row, REL_COL)
            if isinstance(combo, QComboBox):
                fill_combo(combo, [(k, label(RELATIONS, k)) for k in RELATIONS])
        for table in (ui.members, ui.categories):
            table.resizeColumnsToContents()
        if hasattr(self, "visits_tab"):
            ui.tabs.setTabText(ui.tabs.indexOf(self.visits_tab), self.tr("&Visits"))
            ui.tabs.setTabText(ui.tabs.indexOf(self.contacts), self.tr("C&ontacts"))
            self.new_visit.setText(self.tr("&New home visit…"))
            self._show_visits()
        fill_combo(ui.free_meals_category, [(None, self.tr("none"))] + [
            (k, label(MEALS_CATEGORIES, k)) for k in MEALS_CATEGORIES])
        self.setWindowTitle(self.tr("New family") if self.family_id is None
                            else self.tr("Edit family"))

    # --- surface ----------------------------------------------------------------------------
    def load(self, record: FamilyRecord | None) -> None:
        self.family_id = record.id if record else None
        d = record.data if record else FamilyData()
        ui = self.ui
        for name in ("title", "address_registered", "address_actual", "phone",
                     "free_meals_evidence"):
            getattr(ui, name).setText(getattr(d, name))
        ui.housing_summary.setPlainText(d.housing_summary)
        ui.notes.setPlainText(d.notes)
        for name in ("police_registered_on", "commission_registered_on",
                     "free_meals_valid_until"):
            set_date(getattr(ui, name), getattr(d, name))
        for name in RISK_FIELDS:
            getattr(ui, name).setChecked(getattr(d, name))
        ui.members.setRowCount(0)
        for member in d.members:
            self._add_member(member)
        self._load_categories(d.categories)
        self.contacts.set_family(self.family_id)
        self.visit_rows = []
        self.retranslate()
        self._load_visits()
        select_data(ui.free_meals_category, d.free_meals_category)
        children = ", ".join(f"{name} ({cls})" for _, name, cls in record.children) if record \
            else ""
        ui.children.setText(self.tr("Children at this school: %1").replace("%1", children)
                            if children else "")
        self.mark_clean()

    def values(self) -> FamilyData:
        ui = self.ui
        d = FamilyData(
            title=ui.title.text(), address_registered=ui.address_registered.text(),
            address_actual=ui.address_actual.text(), phone=ui.phone.text(),
            housing_summary=ui.housing_summary.toPlainText(), notes=ui.notes.toPlainText(),
            free_meals_category=ui.free_meals_category.currentData(),
            free_meals_evidence=ui.free_meals_evidence.text(),
            free_meals_valid_until=get_date(ui.free_meals_valid_until),
            police_registered_on=get_date(ui.police_registered_on),
            commission_registered_on=get_date(ui.commission_registered_on))
        for name in RISK_FIELDS:
            setattr(d, name, getattr(ui, name).isChecked())
        d.members = [self._member(row) for row in range(ui.members.rowCount())]
        d.categories = self._categories()
        return d

    def validate(self) -> FamilyData | None:
        bad = self._bad_dates()
        if bad is not None:
            self.errors.show(ValidationError([bad]))
            return None
        return self.run_checked(lambda: self.families.validate(self.values()))

    def save(self) -> bool:
        if self.validate() is None:
            return False
        saved = self.run_checked(lambda: self.families.save(self.actor, self.values(),
                                                            self.family_id))
        if saved is None:
            return False
        self.saved_id = saved
        return True

    # --- members ----------------------------------------------------------------------------
    def _add_member(self, m: MemberData) -> None:
        table: QTableWidget = self.ui.members
        row = table.rowCount()
        table.insertRow(row)
        for col, name in enumerate(MEMBER_TEXT):
            if name is None:
                combo = QComboBox()
                fill_combo(combo, [(k, label(RELATIONS, k)) for k in RELATIONS])
                select_data(combo, m.relation)
                table.setCellWidget(row, col, combo)
                continue
            value = getattr(m, name)
            item = QTableWidgetItem(format_date(value) if name == "birth_date" else value or "")
            table.setItem(row, col, item)
        first = table.item(row, 0)
        assert first is not None
        first.setData(ID_ROLE, m.id)
        legal = QTableWidgetItem()
        legal.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        legal.setCheckState(Qt.CheckState.Checked if m.is_legal_representative
                            else Qt.CheckState.Unchecked)
        table.setItem(row, LEGAL_COL, legal)
        table.setCurrentCell(row, 0)
        table.resizeColumnsToContents()

    def _remove_member(self) -> None:
        row = self.ui.members.currentRow()
        if row >= 0:
            self.ui.members.removeRow(row)

    def _cell(self, table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item else ""

    def _member(self, row: int) -> MemberData:
        table = self.ui.members
        m = MemberData(id=table.item(row, 0).data(ID_ROLE))
        for col, name in enumerate(MEMBER_TEXT):
            if name and name != "birth_date":
                setattr(m, name, self._cell(table, row, col))
        combo = table.cellWidget(row, REL_COL)
        m.relation = combo.currentData() if isinstance(combo, QComboBox) else ""
        try:
            m.birth_date = parse_date(self._cell(table, row, MEMBER_TEXT.index("birth_date")))
        except ValueError:
            m.birth_date = None
        m.is_legal_representative = table.item(row, LEGAL_COL).checkState() == \
            Qt.CheckState.Checked
        return m

    # --- categories -------------------------------------------------------------------------
    def _load_categories(self, categories: list[CategoryData]) -> None:
        table = self.ui.categories
        by_code = {c.code: c for c in categories}
        for row, code in enumerate(FAMILY_CATEGORIES):
            cat = by_code.get(code)
            check = QTableWidgetItem(label(FAMILY_CATEGORIES, code))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if cat else Qt.CheckState.Unchecked)
            check.setData(ID_ROLE, cat.id if cat else None)
            table.setItem(row, 0, check)
            for col, name in enumerate(CAT_COLS[1:], start=1):
                value = getattr(cat, name) if cat else ""
                table.setItem(row, col, QTableWidgetItem(
                    format_date(value) if "date" in name or name == "valid_until" else value))
        table.resizeColumnToContents(0)

    def _categories(self) -> list[CategoryData]:
        table = self.ui.categories
        result = []
        for row, code in enumerate(FAMILY_CATEGORIES):
            check = table.item(row, 0)
            if check is None or check.checkState() != Qt.CheckState.Checked:
                continue
            cat = CategoryData(code=code, id=check.data(ID_ROLE),
                               document=self._cell(table, row, 1), note=self._cell(table, row, 4))
            for col, name in ((2, "document_date"), (3, "valid_until")):
                try:
                    setattr(cat, name, parse_date(self._cell(table, row, col)))
                except ValueError:
                    setattr(cat, name, None)
            result.append(cat)
        return result

    def _bad_dates(self) -> FieldError | None:
        """A date typed in a table that is not DD.MM.YYYY (checked before the service)."""
        col = MEMBER_TEXT.index("birth_date")
        for row in range(self.ui.members.rowCount()):
            if not _parses(self._cell(self.ui.members, row, col)):
                return FieldError("members", "member_invalid",
                                  {"row": row + 1, "problem": "date_format"})
        for row in range(self.ui.categories.rowCount()):
            for c in (2, 3):
                if not _parses(self._cell(self.ui.categories, row, c)):
                    return FieldError("categories", "date_format")
        return None


def _parses(text: str) -> bool:
    try:
        parse_date(text)
    except ValueError:
        return False
    return True
