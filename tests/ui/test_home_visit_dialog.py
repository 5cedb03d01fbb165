"""The home-visit act dialog driven like a user: fill, save, read what was stored or shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidgetItem

from pedagogue_app import models
from pedagogue_app.services import Actor
from pedagogue_app.services.home_visits import HomeVisitData, HomeVisitService
from pedagogue_app.views import home_visit_dialog
from pedagogue_app.views.home_visit_dialog import HomeVisitDialog, new_home_visit, open_home_visit
from pedagogue_app.views.widgets import get_date, set_date

TODAY = date.today()
MOTHER = {"last_name": "Сапарова", "first_name": "Гүлнар", "patronymic": "Маратқызы",
          "relation": "mother", "birth_date": date(1987, 4, 12), "work": "сатушы",
          "is_legal_representative": True}


@pytest.fixture
def visits(register) -> HomeVisitService:
    return HomeVisitService(register)


@pytest.fixture
def family_id(make_family) -> int:
    return make_family(title="Сапаровтар", address_actual="Шымкент, Тәуке хан даңғылы, 15",
                       members=[MOTHER, {"last_name": "Сапаров", "first_name": "Ерлан",
                                         "relation": "father"}])


@pytest.fixture
def student_id(make_student, family_id) -> int:
    return make_student(last_name="Сапаров", first_name="Нұрсұлтан", patronymic="Ерланұлы",
                        sex="M", class_letter="Ә", family_id=family_id)


@pytest.fixture
def dialog(qtbot, visits, student_service, family_service, actor):
    def make(who: Actor = actor) -> HomeVisitDialog:
        dlg = HomeVisitDialog(visits, student_service, family_service, who)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg

    return make


def _add_person(table, name: str, role: str) -> None:
    row = table.rowCount()
    table.insertRow(row)
    table.setItem(row, 0, QTableWidgetItem(name))
    table.setItem(row, 1, QTableWidgetItem(role))


def _fill_minimum(dlg: HomeVisitDialog) -> None:
    """What every act needs besides the child: the commission and the conclusion."""
    _add_person(dlg.ui.commission, "Жұмабаева Әлия Серікқызы", "социальный педагог")
    dlg.ui.conclusion.setCurrentIndex(dlg.ui.conclusion.findData("satisfactory"))


def _choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


# --- a new act --------------------------------------------------------------------------------

def test_new_act_for_a_student_is_stored(qtbot, click_save, dialog, visits, actor, student_id,
                                         family_id):
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    ui = dlg.ui
    assert not dlg.is_dirty()
    assert ui.act_no.text() == "1"  # suggested
    assert get_date(ui.visit_date) == TODAY
    assert ui.student.text() == "Сапаров Нұрсұлтан Ерланұлы, 5Ә"
    assert ui.family.text() == "Сапаровтар"  # the student's family
    assert ui.address.text() == "Шымкент, Тәуке хан даңғылы, 15"
    assert ui.residents.rowCount() == 3  # the family's members and its child at this school
    assert ui.heading.text() == (f"Act No. 1 of {TODAY:%d.%m.%Y} — "
                                 "Сапаров Нұрсұлтан Ерланұлы, 5Ә")
    ui.visit_time.setText("17.30")
    _choose(ui.purpose, "on_request")
    ui.requested_by.setEditText("КДНиЗП при акимате Абайского района")
    _add_person(ui.commission, "Жұмабаева Әлия Серікқызы", "социальный педагог")
    _add_person(ui.commission, "Иванова Ольга Петровна", "классный руководитель")
    _choose(ui.housing_ownership, "rent")
    ui.rooms.setValue(2)
    ui.area_m2.setValue(48.5)
    ui.heating.setEditText("печное, уголь")  # typed, not one of the suggestions
    ui.water.setChecked(True)
    ui.gas.setChecked(True)
    ui.child_bed.setChecked(True)
    ui.school_supplies.setChecked(True)
    ui.parents_attention.setPlainText("Анасы сабақты тексермейді")
    ui.neglect_signs.setPlainText("Нет сезонной обуви")
    ui.child_words.setPlainText("«Мама поздно приходит, я сам готовлю»")
    _choose(ui.conclusion, "unsatisfactory")
    ui.measures.setPlainText("Сообщение в орган опеки")
    ui.next_in_month.click()
    ui.signatures.setText("Сапарова Гүлнар (мать)")
    ui.refused_to_sign.setChecked(True)
    assert dlg.is_dirty()
    click_save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    d = visits.get(actor, dlg.saved_id).data
    assert (d.act_no, d.visit_date, d.visit_time, d.purpose, d.requested_by) == (
        "1", TODAY, "17:30", "on_request", "КДНиЗП при акимате Абайского района")
    assert (d.student_id, d.family_id) == (student_id, family_id)
    assert d.commission == ("Жұмабаева Әлия Серікқызы — социальный педагог\n"
                            "Иванова Ольга Петровна — классный руководитель")
    assert d.residents == ("Сапарова Гүлнар Маратқызы — mother, born 1987, сатушы\n"
                           "Сапаров Ерлан — father\n"
                           "Сапаров Нұрсұлтан Ерланұлы — student, class 5Ә")
    assert (d.housing_ownership, d.rooms, d.area_m2, d.heating) == ("rent", 2, 48.5,
                                                                    "печное, уголь")
    assert (d.water, d.gas, d.sewerage, d.electricity) == (True, True, False, True)
    assert (d.child_bed, d.school_supplies, d.child_desk, d.food) == (True, True, False, False)
    assert d.child_words == "«Мама поздно приходит, я сам готовлю»"
    assert (d.conclusion, d.measures, d.recommendations) == (
        "unsatisfactory", "Сообщение в орган опеки", "")
    expected_next = QDate(TODAY.year, TODAY.month, TODAY.day).addMonths(1)
    assert d.next_visit_on == expected_next.toPython()
    assert (d.signatures, d.refused_to_sign) == ("Сапарова Гүлнар (мать)", True)


def test_act_no_follows_the_year_until_typed(qtbot, dialog, visits, actor, family_id):
    last_year = TODAY.year - 1
    for no in ("1", "2"):
        visits.save(actor, HomeVisitData(act_no=no, visit_date=TODAY, family_id=family_id,
                                         commission="Иванова Ольга", conclusion="satisfactory"))
    dlg = dialog()
    dlg.start_for(family_id=family_id)
    assert dlg.ui.act_no.text() == "3"
    set_date(dlg.ui.visit_date, date(last_year, 12, 28))
    assert dlg.ui.act_no.text() == "1"  # the first act of that year
    dlg.ui.act_no.setText("15")
    set_date(dlg.ui.visit_date, TODAY)
    assert dlg.ui.act_no.text() == "15"  # typed by the user: kept


def test_choose_the_student_with_the_picker(qtbot, dialog, monkeypatch, student_id, family_id,
                                            make_student):
    make_student(last_name="Ахметов", first_name="Бауыржан", sex="M")

    def pick(picker) -> int:
        picker.ui.search.setText("Нұрсұлтан")
        picker.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(home_visit_dialog.StudentPicker, "exec", pick)
    dlg = dialog()
    qtbot.mouseClick(dlg.ui.choose_student, Qt.MouseButton.LeftButton)
    assert (dlg.student_id, dlg.family_id) == (student_id, family_id)
    assert dlg.ui.family.text() == "Сапаровтар"
    assert dlg.ui.clear_student.isEnabled()
    dlg.ui.clear_student.click()
    assert dlg.student_id is None and dlg.ui.student.text() == ""
    assert dlg.family_id == family_id  # the family stays


def test_choose_a_family_with_the_picker(qtbot, dialog, monkeypatch, family_id, make_family,
                                         visits, actor, click_save):
    make_family(title="Ахметовтер")

    def pick(picker) -> int:
        picker.ui.search.setText("Сапаров")
        picker.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(home_visit_dialog.FamilyPicker, "exec", pick)
    dlg = dialog()
    assert not dlg.ui.fill_residents.isEnabled()
    dlg.ui.choose_family.click()
    assert dlg.family_id == family_id and dlg.student_id is None
    assert dlg.ui.residents.rowCount() == 2
    _fill_minimum(dlg)
    click_save(dlg)
    stored = visits.get(actor, dlg.saved_id)
    assert (stored.data.family_id, stored.data.student_id) == (family_id, None)


def test_fill_from_the_family_keeps_people_typed(qtbot, dialog, family_id):
    dlg = dialog()
    dlg.start_for(family_id=family_id)
    dlg.ui.residents.setRowCount(0)
    _add_person(dlg.ui.residents, "Сапарова Сәуле", "әжесі, зейнеткер")
    _add_person(dlg.ui.residents, "Сапаров Ерлан", "әкесі")
    dlg.ui.fill_residents.click()
    names = [dlg.ui.residents.item(r, 0).text() for r in range(dlg.ui.residents.rowCount())]
    assert names == ["Сапарова Сәуле", "Сапаров Ерлан", "Сапарова Гүлнар Маратқызы"]


def test_requesting_body_only_for_a_request(qtbot, dialog):
    dlg = dialog()
    assert not dlg.ui.requested_by.isEnabled()
    _choose(dlg.ui.purpose, "on_request")
    assert dlg.ui.requested_by.isEnabled()
    assert dlg.ui.requested_by.count() >= 3  # suggestions
    dlg.ui.requested_by.setEditText("ОЮП")
    _choose(dlg.ui.purpose, "planned")
    assert dlg.values().requested_by == ""


# --- bad input --------------------------------------------------------------------------------

def _refused(dlg, click_save, register_snapshot, before, field, message, tab):
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text(field) == message
    assert dlg.ui.tabs.currentWidget() is getattr(dlg.ui, tab)
    assert register_snapshot() == before


def test_nobody_chosen(qtbot, click_save, dialog, register_snapshot, student_id):
    before = register_snapshot()
    dlg = dialog()
    _fill_minimum(dlg)
    _refused(dlg, click_save, register_snapshot, before, "student_id",
             "Choose the student or the family visited.", "act_tab")


def test_no_commission(qtbot, click_save, dialog, register_snapshot, student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _choose(dlg.ui.conclusion, "satisfactory")
    dlg.ui.tabs.setCurrentIndex(3)
    _refused(dlg, click_save, register_snapshot, before, "commission",
             "This field is required.", "act_tab")


def test_commission_member_without_a_name(qtbot, click_save, dialog, register_snapshot,
                                          student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    _add_person(dlg.ui.commission, "", "психолог")
    _refused(dlg, click_save, register_snapshot, before, "commission",
             "Row 2: This field is required.", "act_tab")


def test_visit_in_the_future_and_bad_time(qtbot, click_save, dialog, register_snapshot,
                                          student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    set_date(dlg.ui.visit_date, TODAY + timedelta(days=1))
    dlg.ui.visit_time.setText("25:10")
    _refused(dlg, click_save, register_snapshot, before, "visit_date",
             "The date cannot be in the future.", "act_tab")
    assert dlg.errors.text("visit_time") == "Enter the time as HH:MM, e.g. 16:30."


def test_request_without_the_body(qtbot, click_save, dialog, register_snapshot, student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    _choose(dlg.ui.purpose, "on_request")
    dlg.ui.requested_by.setEditText("  ")
    _refused(dlg, click_save, register_snapshot, before, "requested_by",
             "Name the body that asked for the visit.", "act_tab")


def test_not_the_students_family(qtbot, click_save, dialog, register_snapshot, student_id,
                                 make_family, monkeypatch):
    other = make_family(title="Ахметовтер")
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)

    def pick(picker) -> int:
        picker.ui.search.setText("Ахметовтер")
        picker.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(home_visit_dialog.FamilyPicker, "exec", pick)
    dlg.ui.choose_family.click()
    assert dlg.family_id == other
    _refused(dlg, click_save, register_snapshot, before, "family_id",
             "This is not the family of the chosen student.", "act_tab")


def test_housing_numbers_out_of_range(qtbot, click_save, dialog, register_snapshot,
                                      student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    dlg.ui.rooms.setValue(51)
    dlg.ui.area_m2.setValue(0)
    _refused(dlg, click_save, register_snapshot, before, "rooms",
             "Enter a number from 0 to 50.", "housing_tab")
    assert dlg.errors.text("area_m2") == "Enter a number from 1 to 1000."


def test_unsatisfactory_needs_measures(qtbot, click_save, dialog, register_snapshot,
                                       student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    _choose(dlg.ui.conclusion, "unsatisfactory")
    _refused(dlg, click_save, register_snapshot, before, "recommendations",
             "Conditions are unsatisfactory: give the recommendations or the measures.",
             "conclusion_tab")


def test_conclusion_required_and_next_visit_after(qtbot, click_save, dialog, register_snapshot,
                                                  student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _add_person(dlg.ui.commission, "Жұмабаева Әлия", "социальный педагог")
    set_date(dlg.ui.next_visit_on, TODAY - timedelta(days=1))
    _refused(dlg, click_save, register_snapshot, before, "conclusion",
             "This field is required.", "conclusion_tab")
    assert dlg.errors.text("next_visit_on") == "The next visit must be after the visit date."


def test_refused_to_sign_needs_a_name(qtbot, click_save, dialog, register_snapshot,
                                      student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    dlg.ui.refused_to_sign.setChecked(True)
    _refused(dlg, click_save, register_snapshot, before, "signatures",
             "Name who refused to sign.", "conclusion_tab")


def test_long_text_bounded(qtbot, click_save, dialog, register_snapshot, student_id):
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    dlg.ui.child_words.setPlainText("ә" * 2001)
    _refused(dlg, click_save, register_snapshot, before, "child_words",
             "Too long: at most 2000 characters.", "child_tab")


def test_taken_act_no(qtbot, click_save, dialog, visits, actor, register_snapshot, student_id,
                      family_id):
    visits.save(actor, HomeVisitData(act_no="7", visit_date=TODAY, family_id=family_id,
                                     commission="Иванова Ольга", conclusion="satisfactory"))
    before = register_snapshot()
    dlg = dialog()
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    dlg.ui.act_no.setText("№ 7")
    _refused(dlg, click_save, register_snapshot, before, "act_no",
             f"Act No. 7 of {TODAY.year} already exists: take the next free number.", "act_tab")


def test_director_cannot_save(qtbot, click_save, dialog, register, register_snapshot,
                              student_id, answer_boxes):
    seen = answer_boxes()
    director = Actor("director", "director", register.device_id)
    before = register_snapshot()
    dlg = dialog(director)
    dlg.start_for(student_id=student_id)
    _fill_minimum(dlg)
    save = dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "may read" in save.toolTip()
    dlg.accept()  # what Enter would try: the service refuses it with the message
    assert dlg.isVisible()
    assert seen == ["You are not allowed to change this record."]
    assert register_snapshot() == before


# --- editing ----------------------------------------------------------------------------------

DEMO_LIKE = {  # as pedagogue_app/demo.py writes them: commas between names, plain words
    "act_no": "17", "visit_time": "15:30", "purpose": "on_request", "requested_by": "КДНиЗП",
    "commission": "Жұмабаева Әлия Серікқызы, Ахметов Бауыржан Серікұлы",
    "residents": "Сапарова Гүлнар Маратқызы, Сапаров Ерлан, Сапаров Нұрсұлтан Ерланұлы",
    "housing_ownership": "у родственников", "rooms": 3, "area_m2": 64.0,
    "housing_condition": "требует ремонта", "heating": "печное",
    "sanitary_state": "неудовлетворительное", "water": True, "gas": False, "sewerage": False,
    "electricity": True, "child_corner": False, "child_desk": True, "child_bed": True,
    "seasonal_clothes": False, "school_supplies": True, "food": False, "computer": False,
    "parents_attention": "Учёбой ребёнка родители не интересуются",
    "family_climate": "Частые конфликты между взрослыми",
    "neglect_signs": "Нет сезонной одежды, ребёнок часто голоден",
    "child_words": "«Мама поздно приходит, я сам готовлю»", "conclusion": "unsatisfactory",
    "recommendations": "Оформить бесплатное питание, направить к психологу",
    "measures": "Сообщение в орган опеки, повторное посещение через месяц",
    "signatures": "Сапарова Гүлнар Маратқызы", "refused_to_sign": True,
}


@pytest.fixture
def demo_like(register, actor, student_id, family_id) -> int:
    """An act written straight to the table, as the demo does (not through the service)."""
    visit = models.HomeVisit.create(
        visit_date=TODAY - timedelta(days=40), next_visit_on=TODAY + timedelta(days=50),
        student=student_id, family=family_id, updated_by=actor.device_id, **DEMO_LIKE)
    return int(visit.id)


def _row(register, vid):
    return register.db.execute_sql("SELECT * FROM home_visit WHERE id = ?", (vid,)).fetchone()


def test_demo_like_act_saves_unchanged(qtbot, dialog, visits, actor, register, demo_like):
    before = _row(register, demo_like)
    dlg = dialog()
    dlg.load(visits.get(actor, demo_like))
    ui = dlg.ui
    assert not dlg.is_dirty()
    assert dlg.windowTitle() == "Home-visit act No. 17"
    assert ui.commission.rowCount() == 2  # the names are shown one per row
    assert ui.commission.item(1, 0).text() == "Ахметов Бауыржан Серікұлы"
    assert ui.residents.rowCount() == 3
    assert ui.heating.currentText() == "печное"  # plain words are shown as written
    assert ui.requested_by.currentText() == "КДНиЗП" and ui.requested_by.isEnabled()
    assert dlg.save()
    after = _row(register, demo_like)
    names = [c[1] for c in register.db.execute_sql("PRAGMA table_info(home_visit)").fetchall()]
    changed = {n for n, a, b in zip(names, before, after, strict=True) if a != b}
    assert changed == {"version", "updated_at"}


def test_editing_the_commission_stores_one_line_each(qtbot, dialog, visits, actor, demo_like):
    dlg = dialog()
    dlg.load(visits.get(actor, demo_like))
    dlg.ui.commission.item(0, 1).setText("социальный педагог")
    assert dlg.is_dirty()
    assert dlg.save()
    assert visits.get(actor, demo_like).data.commission == (
        "Жұмабаева Әлия Серікқызы — социальный педагог\nАхметов Бауыржан Серікұлы")


def test_coded_housing_values(qtbot, dialog, visits, actor, demo_like):
    dlg = dialog()
    dlg.load(visits.get(actor, demo_like))
    _choose(dlg.ui.housing_condition, "needs_repair")
    _choose(dlg.ui.heating, "stove")
    assert dlg.save()
    data = visits.get(actor, demo_like).data
    assert (data.housing_condition, data.heating, data.housing_ownership) == (
        "needs_repair", "stove", "у родственников")
    dlg.load(visits.get(actor, demo_like))
    assert dlg.ui.heating.currentText() == "stove (coal, wood)"  # the label, not the code


def test_remove_a_resident(qtbot, dialog, visits, actor, demo_like):
    dlg = dialog()
    dlg.load(visits.get(actor, demo_like))
    dlg.ui.residents.setCurrentCell(1, 0)
    dlg.ui.remove_resident.click()
    assert dlg.save()
    assert visits.get(actor, demo_like).data.residents == (
        "Сапарова Гүлнар Маратқызы\nСапаров Нұрсұлтан Ерланұлы")


def test_cancel_with_changes_asks(qtbot, dialog, visits, actor, demo_like, answer_boxes,
                                  register, register_snapshot):
    before = register_snapshot()
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    dlg = dialog()
    dlg.load(visits.get(actor, demo_like))
    dlg.ui.measures.setPlainText("другое")
    dlg.reject()
    assert dlg.isVisible() and seen == ["Discard the changes you made?"]
    answer_boxes(QMessageBox.StandardButton.Discard)
    dlg.reject()
    assert not dlg.isVisible()
    assert register_snapshot() == before


def test_open_home_visit(qtbot, visits, actor, demo_like, monkeypatch):
    def edit_and_save(dlg) -> int:
        dlg.ui.recommendations.setPlainText("Психолог кеңесі")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(HomeVisitDialog, "exec", edit_and_save)
    assert open_home_visit(None, visits, actor, demo_like) is True
    assert visits.get(actor, demo_like).data.recommendations == "Психолог кеңесі"
    monkeypatch.setattr(HomeVisitDialog, "exec", lambda dlg: 0)
    assert open_home_visit(None, visits, actor, demo_like) is False


def test_new_home_visit(qtbot, visits, actor, student_id, monkeypatch):
    def fill_and_save(dlg) -> int:
        _fill_minimum(dlg)
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(HomeVisitDialog, "exec", fill_and_save)
    vid = new_home_visit(None, visits, actor, student_id=student_id)
    assert vid is not None and visits.get(actor, vid).data.student_id == student_id


def test_language_switch_keeps_what_was_typed(qtbot, dialog, visits, actor, demo_like):
    from pedagogue_app import i18n

    dlg = dialog()
    dlg.load(visits.get(actor, demo_like))
    _choose(dlg.ui.heating, "stove")
    typed = dlg.values()
    i18n.install("ru")
    assert dlg.values() == typed
    i18n.install("kk")
    assert dlg.values() == typed


def test_acts_of_the_demo_register_load_and_save_unchanged(qtbot, tmp_path):
    from pedagogue_app.db import open_register
    from pedagogue_app.demo import write_demo_register
    from pedagogue_app.services import local_actor
    from pedagogue_app.services.families import FamilyService
    from pedagogue_app.services.students import StudentService

    path = tmp_path / "demo.db"
    write_demo_register(path, students=200, seed=3, today=TODAY - timedelta(days=1))
    reg = open_register(path)
    try:
        actor = local_actor(reg.device_id)
        visits = HomeVisitService(reg)
        dlg = HomeVisitDialog(visits, StudentService(reg), FamilyService(reg), actor)
        qtbot.addWidget(dlg)
        ids = [r[0] for r in reg.db.execute_sql("SELECT id FROM home_visit").fetchall()]
        assert len(ids) >= 5
        for vid in ids:
            record = visits.get(actor, vid)
            dlg.load(record)
            assert dlg.values() == record.data, vid
            assert dlg.save(), dlg.errors.labels
            assert visits.get(actor, vid).data == record.data
    finally:
        reg.close()
