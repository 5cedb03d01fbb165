"""The special-needs plan dialog driven like a user: fill, save, read what was stored or shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QStyleOptionViewItem, QTableWidgetItem

from pedagogue_app import models
from pedagogue_app.services.support_plans import (
    GOAL_DOMAINS,
    GoalData,
    SupportPlanData,
    SupportPlanService,
)
from pedagogue_app.views import support_plan_dialog
from pedagogue_app.views.support_plan_dialog import SupportPlanDialog, open_support_plan
from pedagogue_app.views.widgets import format_date, get_date, set_date

TODAY = date.today()
PMPK = TODAY - timedelta(days=120)
START = PMPK + timedelta(days=14)


@pytest.fixture
def service(register) -> SupportPlanService:
    return SupportPlanService(register)


@pytest.fixture
def student(make_student) -> int:
    return make_student(last_name="Жұмабаев", first_name="Нұрсұлтан", patronymic="Ерболатұлы",
                        sex="M", grade=3, class_letter="Ә")


def _dialog(qtbot, service, actor) -> SupportPlanDialog:
    dlg = SupportPlanDialog(service, actor)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _fill(dlg: SupportPlanDialog, *, pmpk_no="ПМПК № 45/2025", pmpk_date=PMPK,
          valid_until=PMPK + timedelta(days=730), start=START, end=START + timedelta(days=270),
          acknowledged=None) -> None:
    ui = dlg.ui
    ui.pmpk_no.setText(pmpk_no)
    set_date(ui.pmpk_date, pmpk_date)
    set_date(ui.pmpk_valid_until, valid_until)
    ui.need_type.setEditText("тяжёлые нарушения речи")
    ui.programme.setCurrentIndex(ui.programme.findData("adapted"))
    ui.education_form.setCurrentIndex(ui.education_form.findData("inclusive"))
    set_date(ui.start_date, start)
    set_date(ui.end_date, end)
    set_date(ui.parent_acknowledged_on, acknowledged)
    ui.special_conditions.setPlainText("Бірінші партада отыру, тапсырмаларға қосымша уақыт")


def _set_row(table, row: int, *values: str) -> None:
    for col, value in enumerate(values):
        table.setItem(row, col, QTableWidgetItem(value))


def _add_goal(qtbot, dlg: SupportPlanDialog, *values: str) -> None:
    qtbot.mouseClick(dlg.ui.add_goal, Qt.MouseButton.LeftButton)
    _set_row(dlg.ui.goals, dlg.ui.goals.rowCount() - 1, *values)


def test_new_plan_with_goals_and_a_review_is_stored(qtbot, click_save, service, actor, student):
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    assert dlg.ui.student.text() == "Жұмабаев Нұрсұлтан Ерболатұлы, 3Ә"
    assert not dlg.is_dirty()
    _fill(dlg, acknowledged=START)
    qtbot.mouseClick(dlg.ui.specialist_speech_therapist, Qt.MouseButton.LeftButton)
    dlg.ui.specialist_assistant.setChecked(True)
    _add_goal(qtbot, dlg, "речь", "Развитие связной речи", "логопедические занятия", "логопед",
              "2 раза в неделю", "I полугодие")
    _add_goal(qtbot, dlg, "эмоции", "Мазасыздықты төмендету", "арт-терапия", "педагог-психолог",
              "аптасына 1 рет", "оқу жылы")
    qtbot.mouseClick(dlg.ui.add_review, Qt.MouseButton.LeftButton)
    assert dlg.ui.reviews.item(0, 0).text() == format_date(TODAY)  # a new review is today's
    _set_row(dlg.ui.reviews, 0, format_date(START + timedelta(days=60)),
             "Заметный прогресс в речи", "продолжить по плану")
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    record = service.get(actor, dlg.saved_id)
    d = record.data
    assert (d.student_id, d.pmpk_no, d.pmpk_date, d.pmpk_valid_until, d.need_type, d.programme,
            d.education_form, d.specialists, d.start_date, d.end_date,
            d.parent_acknowledged_on) == (
        student, "ПМПК № 45/2025", PMPK, PMPK + timedelta(days=730), "тяжёлые нарушения речи",
        "adapted", "inclusive", ["speech_therapist", "assistant"], START,
        START + timedelta(days=270), START)
    assert d.special_conditions == "Бірінші партада отыру, тапсырмаларға қосымша уақыт"
    assert [(g.domain, g.goal, g.specialist, g.period) for g in d.goals] == [
        ("речь", "Развитие связной речи", "логопед", "I полугодие"),
        ("эмоции", "Мазасыздықты төмендету", "педагог-психолог", "оқу жылы")]
    assert [(r.review_date, r.progress) for r in d.reviews] == [
        (START + timedelta(days=60), "Заметный прогресс в речи")]


def test_a_draft_without_goals_is_saved(qtbot, click_save, service, actor, student):
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg, valid_until=None, end=None)
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    stored = service.get(actor, dlg.saved_id).data
    assert (stored.goals, stored.pmpk_valid_until, stored.end_date) == ([], None, None)


def test_missing_conclusion_number_is_shown_and_nothing_stored(qtbot, click_save, service, actor,
                                                               student, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg, pmpk_no="  ")
    click_save(dlg)
    assert dlg.isVisible()
    assert dlg.errors.text("pmpk_no") == "This field is required."
    assert dlg.ui.pmpk_no.property("invalid") is True
    assert register_snapshot() == before


def test_date_rules_are_shown_beside_their_fields(qtbot, click_save, service, actor, student,
                                                  register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg, pmpk_date=TODAY + timedelta(days=1), valid_until=TODAY - timedelta(days=1),
          start=date(2025, 9, 1), end=date(2025, 8, 31), acknowledged=TODAY + timedelta(days=2))
    click_save(dlg)
    assert dlg.errors.text("pmpk_date") == "The date cannot be in the future."
    assert dlg.errors.text("pmpk_valid_until").startswith(
        "The conclusion must stay valid after the day it was issued")
    assert dlg.errors.text("end_date") == "This date cannot be before 01.09.2025."
    assert dlg.errors.text("parent_acknowledged_on") == "The date cannot be in the future."
    assert register_snapshot() == before


def test_a_plan_needs_a_student(qtbot, click_save, service, actor, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    assert dlg.ui.student.text() == "not chosen"
    assert dlg.ui.choose_student.isEnabled()
    _fill(dlg)
    click_save(dlg)
    assert dlg.errors.text("student_id") == "Choose a student."
    assert register_snapshot() == before


def test_goal_without_text_points_at_its_row(qtbot, click_save, service, actor, student,
                                             register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg)
    _add_goal(qtbot, dlg, "речь", "Развитие связной речи")
    _add_goal(qtbot, dlg, "моторика", "   ", "лепка")
    dlg.ui.tabs.setCurrentIndex(0)
    click_save(dlg)
    assert dlg.errors.text("goals") == "Goal 2: This field is required."
    assert dlg.ui.tabs.currentWidget() is dlg.ui.goals_tab
    assert dlg.ui.goals.currentRow() == 1
    assert register_snapshot() == before


def test_review_date_typed_wrong(qtbot, click_save, service, actor, student, register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg)
    _add_goal(qtbot, dlg, "речь", "Развитие связной речи")
    dlg.ui.add_review.click()
    _set_row(dlg.ui.reviews, 0, "31.02.2026", "прогресс")
    click_save(dlg)
    assert dlg.errors.text("reviews") == "Review 1: Enter the date as DD.MM.YYYY."
    assert dlg.ui.tabs.currentWidget() is dlg.ui.reviews_tab
    assert register_snapshot() == before


def test_review_before_the_plan_start(qtbot, click_save, service, actor, student,
                                      register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg, start=date(2025, 9, 1), pmpk_date=date(2025, 8, 20),
          valid_until=date(2026, 8, 20), end=date(2026, 5, 25))
    _add_goal(qtbot, dlg, "речь", "Развитие связной речи")
    dlg.ui.add_review.click()
    _set_row(dlg.ui.reviews, 0, "31.08.2025", "прогресс")
    click_save(dlg)
    assert dlg.errors.text("reviews") == "Review 1: This date cannot be before 01.09.2025."
    assert register_snapshot() == before


def test_review_without_goals_is_refused(qtbot, click_save, service, actor, student,
                                         register_snapshot):
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg)
    dlg.ui.add_review.click()
    _set_row(dlg.ui.reviews, 0, format_date(TODAY), "прогресс")
    click_save(dlg)
    assert dlg.errors.text("goals").startswith("Add at least one goal")
    assert register_snapshot() == before


def test_overlapping_plan_is_refused_under_the_start(qtbot, click_save, service, actor, student,
                                                     register_snapshot):
    service.save(actor, SupportPlanData(student_id=student, pmpk_no="12", pmpk_date=PMPK,
                                        start_date=START, end_date=None))
    before = register_snapshot()
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    _fill(dlg, start=TODAY, end=None)
    click_save(dlg)
    assert dlg.errors.text("start_date") == (
        f"The plan after PMPK No. 12 already covers {format_date(START)} – …: a child has one "
        "plan at a time. Change the dates or end that plan first.")
    assert register_snapshot() == before


def _demo_like_plan(student: int, actor) -> int:
    """A plan written straight through the models, as pedagogue_app/demo.py writes one."""
    pid = models.SupportPlan.create(
        student=student, pmpk_no="587", pmpk_date=PMPK, pmpk_valid_until=PMPK + timedelta(730),
        specialists="логопед, дефектолог, педагог-психолог, ассистент педагога",
        special_conditions="Место за первой партой, дополнительное время на задания",
        need_type="расстройство аутистического спектра", start_date=START,
        end_date=START + timedelta(365), programme="special", education_form="home",
        parent_acknowledged_on=START, updated_by=actor.device_id).id
    for domain, text, method, specialist in (
            ("общение", "Навыки взаимодействия со сверстниками", "групповые занятия",
             "педагог-психолог"),
            ("моторика", "Развитие мелкой моторики", "упражнения, лепка", "дефектолог")):
        models.SupportGoal.create(plan=pid, domain=domain, goal=text, method=method,
                                  specialist=specialist, frequency="2 раза в неделю",
                                  period="учебный год", updated_by=actor.device_id)
    models.SupportReview.create(plan=pid, review_date=START + timedelta(100),
                                progress="Мақсаттарға қол жеткізілді",
                                decision="продолжить по плану", updated_by=actor.device_id)
    return int(pid)


def test_demo_record_loads_and_saves_unchanged(qtbot, service, actor, student):
    pid = _demo_like_plan(student, actor)
    before = service.get(actor, pid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(before)
    ui = dlg.ui
    assert not dlg.is_dirty()
    assert dlg.windowTitle() == "Edit special-needs plan"
    assert not ui.choose_student.isEnabled()
    assert all(getattr(ui, f"specialist_{c}").isChecked()
               for c in ("speech_therapist", "defectologist", "psychologist", "assistant"))
    assert (ui.programme.currentData(), ui.education_form.currentData(),
            ui.need_type.currentText()) == ("special", "home", "расстройство аутистического спектра")
    assert (ui.goals.rowCount(), ui.reviews.rowCount()) == (2, 1)
    assert ui.goals.item(1, 2).text() == "упражнения, лепка"
    assert dlg.values() == before.data
    assert dlg.save()
    after = service.get(actor, pid)
    assert after.data == before.data
    assert after.version == before.version + 1


def test_removed_goal_is_a_tombstone(qtbot, service, actor, student, register):
    pid = _demo_like_plan(student, actor)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, pid))
    dlg.ui.goals.setCurrentCell(0, 1)
    dlg.ui.remove_goal.click()
    assert dlg.is_dirty()
    assert dlg.save()
    assert [g.domain for g in service.get(actor, pid).data.goals] == ["моторика"]
    deleted = register.db.execute_sql("SELECT domain FROM support_goal WHERE deleted = 1")
    assert deleted.fetchall() == [("общение",)]


def test_an_unknown_specialist_word_is_shown_and_must_be_unticked(qtbot, click_save, service,
                                                                   actor, student):
    pid = _demo_like_plan(student, actor)
    models.SupportPlan.update(specialists="логопед, нейропсихолог").where(
        models.SupportPlan.id == pid).execute()
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, pid))
    extra = dlg.ui.specialists.findChildren(QCheckBox)
    words = [box.text() for box in extra if box.isChecked()]
    assert "нейропсихолог" in words and dlg.ui.specialist_speech_therapist.isChecked()
    click_save(dlg)
    assert dlg.errors.text("specialists") == "Choose a value from the list."
    box = dlg.extra_specialists["нейропсихолог"]
    box.setChecked(False)
    dlg.ui.specialist_psychologist.setChecked(True)
    click_save(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert models.SupportPlan.get_by_id(pid).specialists == "speech_therapist,psychologist"


def test_loading_another_record_resets_the_form(qtbot, service, actor, student, make_student):
    pid = _demo_like_plan(student, actor)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(service.get(actor, pid))
    dlg.load(None)
    ui = dlg.ui
    assert (ui.pmpk_no.text(), ui.goals.rowCount(), ui.reviews.rowCount(),
            ui.need_type.currentText(), get_date(ui.start_date)) == ("", 0, 0, "", None)
    assert not any(getattr(ui, f"specialist_{c}").isChecked()
                   for c in ("speech_therapist", "defectologist", "psychologist", "assistant"))
    assert dlg.windowTitle() == "New special-needs plan"
    other = make_student()
    dlg.start_for(other)
    assert dlg.values().student_id == other


def test_goal_cells_suggest_domains_and_keep_typed_text(qtbot, service, actor, student):
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    dlg.ui.add_goal.click()
    table = dlg.ui.goals
    delegate = table.itemDelegateForColumn(0)
    index = table.model().index(0, 0)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    assert [editor.itemText(i) for i in range(editor.count())] == list(GOAL_DOMAINS.values())
    assert editor.currentText() == ""
    editor.setEditText("әлеуметтік-тұрмыстық бағдар")
    delegate.setModelData(editor, table.model(), index)
    assert table.item(0, 0).text() == "әлеуметтік-тұрмыстық бағдар"
    delegate.setEditorData(editor, table.model().index(0, 0))
    assert editor.currentText() == "әлеуметтік-тұрмыстық бағдар"
    assert delegate.createEditor(table.viewport(), QStyleOptionViewItem(), QModelIndex())
    assert dlg.values().goals == [GoalData(domain="әлеуметтік-тұрмыстық бағдар")]


def test_cancel_after_edits_asks_before_discarding(qtbot, service, actor, student, answer_boxes,
                                                   register_snapshot):
    before = register_snapshot()
    seen = answer_boxes()  # Cancel: stay in the dialog
    dlg = _dialog(qtbot, service, actor)
    dlg.start_for(student)
    dlg.ui.pmpk_no.setText("12")
    dlg.reject()
    assert seen == ["Discard the changes you made?"] and dlg.isVisible()
    assert register_snapshot() == before


def test_open_support_plan_edits_and_reports_saving(qtbot, service, actor, student, monkeypatch):
    pid = _demo_like_plan(student, actor)

    def fake_exec(self):
        qtbot.addWidget(self)
        self.ui.special_conditions.setPlainText("Пандус, лифт")
        self.accept()
        return self.result()

    monkeypatch.setattr(support_plan_dialog.SupportPlanDialog, "exec", fake_exec)
    assert open_support_plan(None, service, actor, pid) is True
    assert service.get(actor, pid).data.special_conditions == "Пандус, лифт"


def test_switching_language_keeps_what_was_entered(qtbot, service, actor, student):
    from pedagogue_app import i18n

    pid = _demo_like_plan(student, actor)
    record = service.get(actor, pid)
    dlg = _dialog(qtbot, service, actor)
    dlg.load(record)
    dlg.ui.need_type.setEditText("нарушение слуха")
    expected = dlg.values()
    i18n.install("kk")
    assert dlg.values() == expected
    assert dlg.ui.tabs.tabText(0) != "" and dlg.ui.goals.horizontalHeaderItem(1).text() != ""
    assert dlg.ui.programme.count() == 4 and dlg.ui.education_form.count() == 3
