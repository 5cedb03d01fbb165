"""The main window: shortcuts, the card, language switch, remembered geometry, start-up."""

from __future__ import annotations

import hashlib
import struct

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt

from pedagogue_app import i18n
from pedagogue_app.db import open_register
from pedagogue_app.services.school import SchoolData
from pedagogue_app.views import app as app_module
from pedagogue_app.views.main_window import MainWindow, Services
from pedagogue_app.views.student_card import StudentCardDialog
from pedagogue_app.views.student_dialog import StudentDialog

SCHOOL = SchoolData(name_kk="№7 жалпы білім беретін мектеп", name_ru="Общеобразовательная школа №7",
                    bin="123456789012", address="Павлодар, Қайырбаев к-сі, 10",
                    director_name="Сәрсенова Айгүл")


@pytest.fixture
def window(qtbot, register, school_service, actor, settings, make_student):
    school_service.save(actor, SCHOOL)
    make_student(last_name="Нұрланов", first_name="Нұрсұлтан", sex="M")
    win = MainWindow(Services(register), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_title_and_navigation(window):
    assert window.windowTitle() == "Общеобразовательная школа №7 — School register"
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())][:3] == [
        "Dashboard", "Students", "Families"]
    assert window.ui.pages.currentWidget() is window.dashboard_page  # the first screen
    nav.setCurrentRow(2)
    assert window.ui.pages.currentWidget() is window.family_page


def test_ctrl_n_opens_new_student_and_ctrl_f_focuses_search(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(StudentDialog, "exec", lambda self: opened.append(self) or 0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].windowTitle() == "New student"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.student_page  # from the dashboard
    assert window.student_page.ui.search.hasFocus()


def test_card_shows_profile_family_and_register(window, qtbot, make_family, student_service,
                                                actor, make_registration, monkeypatch):
    fid = make_family(title="Нұрлановтар", categories=[{"code": "large"}])
    sid = student_service.search(actor, "нурс")[0].id
    data = student_service.get(actor, sid).data
    data.family_id = fid
    student_service.save(actor, data, sid)
    make_registration(sid, kind="school", ground="violence_victim")
    shown = []
    monkeypatch.setattr(StudentCardDialog, "exec", lambda self: shown.append(self) or 0)
    window.open_student(sid)
    card = shown[0]
    assert card.ui.heading.text() == "Нұрланов Нұрсұлтан Серікқызы, 5А"
    assert card.ui.family_title.text() == "Family: Нұрлановтар"
    assert card.ui.family_categories.text() == "large family (4+ children)"
    assert card.ui.registrations.rowCount() == 1
    assert card.ui.registrations.item(0, 1).text() == "victim of violence (restricted)"


def test_language_switch_without_restart(window, qtbot):
    i18n.install("ru")
    ru = QCoreApplication.translate("MainWindow", "Students")
    assert ru != "Students"
    qtbot.waitUntil(lambda: window.ui.navigation.item(1).text() == ru)
    assert window.student_page.ui.count.text() != "1 student(s) shown"
    i18n.install("kk")
    kk = QCoreApplication.translate("MainWindow", "Students")
    assert kk not in ("Students", ru)
    qtbot.waitUntil(lambda: window.ui.navigation.item(1).text() == kk)
    assert window.windowTitle().startswith("№7 жалпы білім беретін мектеп")


def test_geometry_is_remembered(window, qtbot, register, settings):
    window.setGeometry(QRect(10, 20, 780, 560))
    window.close()
    again = MainWindow(Services(register), QSettings(settings.fileName(),
                                                     QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 560)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_start_refuses_a_file_that_is_not_a_register(tmp_path, settings, no_modal_boxes):
    target = tmp_path / "register.db"
    target.write_bytes(b"this is a letter, not a register" * 50)
    before = _sha(target)
    assert app_module.open_or_welcome(tmp_path, settings) is None
    assert no_modal_boxes[-1] == (f"The file {target} is not a register of this program. "
                                  "It was not changed.")
    assert _sha(target) == before


def test_start_refuses_a_newer_register(tmp_path, settings, no_modal_boxes):
    target = tmp_path / "register.db"
    open_register(target, create=True).close()
    raw = bytearray(target.read_bytes())
    raw[60:64] = struct.pack(">I", 99)
    target.write_bytes(bytes(raw))
    before = _sha(target)
    assert app_module.open_or_welcome(tmp_path, settings) is None
    assert "written by a newer version" in no_modal_boxes[-1]
    assert _sha(target) == before


def test_first_start_creates_the_school_register(tmp_path, settings, monkeypatch):
    from pedagogue_app.views.welcome import WelcomeDialog

    def choose_create(self):
        self.choice, self.school = "create", SCHOOL
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", choose_create)
    reg = app_module.open_or_welcome(tmp_path, settings)
    assert reg is not None and reg.path == tmp_path / "register.db"
    from pedagogue_app.services import local_actor
    from pedagogue_app.services.school import SchoolService

    assert SchoolService(reg).get(local_actor(reg.device_id)).name_kk == SCHOOL.name_kk
    reg.close()


def test_first_start_offers_the_demo(tmp_path, settings, monkeypatch):
    from pedagogue_app.views.welcome import WelcomeDialog

    def choose_demo(self):
        self.choice = "demo"
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    reg = app_module.open_or_welcome(tmp_path, settings)
    assert reg is not None and reg.path == tmp_path / "demo" / "register.db"
    from pedagogue_app.services import local_actor
    from pedagogue_app.services.students import StudentService

    assert StudentService(reg).count(local_actor(reg.device_id)) == 600
    reg.close()
    again = app_module.open_or_welcome(tmp_path, settings)  # next start opens the demo directly
    assert again is not None and again.path == reg.path
    again.close()


def test_welcome_language_choice_is_kept(qtbot, settings):
    from pedagogue_app.views.welcome import WelcomeDialog

    dlg = WelcomeDialog(settings)
    qtbot.addWidget(dlg)
    dlg.ui.language.setCurrentIndex(dlg.ui.language.findData("kk"))
    assert settings.value("language") == "kk"
    kk = QCoreApplication.translate("WelcomeDialog", "Open the demo school")
    assert kk != "Open the demo school"
    qtbot.waitUntil(lambda: dlg.ui.open_demo.text() == kk)


def test_damage_found_after_start_closes_the_window(qtbot, tmp_path, settings, no_modal_boxes):
    """Start-up skips the page check to open fast; the background check still refuses damage."""
    import random
    from datetime import date

    from pedagogue_app.services import local_actor
    from pedagogue_app.services.students import StudentData, StudentService

    target = tmp_path / "register.db"
    reg = open_register(target, create=True)
    service = StudentService(reg)
    with reg.db.atomic():
        for i in range(60):
            service.save(local_actor(reg.device_id), StudentData(
                last_name="Толтырылған", first_name="Оқушы", birth_date=date(2012, 1, 1 + i % 28),
                sex="F", grade=5, class_letter="А", notes="ұзын жазба " * 120), allow_similar=True)
    reg.close()
    raw = bytearray(target.read_bytes())
    middle = len(raw) // 4096 // 2 * 4096
    raw[middle:middle + 4096] = random.Random(3).randbytes(4096)
    target.write_bytes(bytes(raw))
    before = _sha(target)
    opened = app_module.open_or_welcome(tmp_path, settings)
    assert opened is not None  # the quick part of opening passes
    win = MainWindow(Services(opened), settings)
    qtbot.addWidget(win)
    win.show()
    app_module.check_in_background(win, opened)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10_000)
    assert no_modal_boxes[-1].startswith(f"The register {target} is damaged")
    opened.close()
    assert _sha(target) == before


def test_intact_register_stays_open_after_the_check(window, qtbot, register):
    from pedagogue_app.views.worker import run_in_background

    results = []
    app_module.check_in_background(window, register)
    run_in_background(lambda: "after", results.append, results.append)  # queued behind the check
    qtbot.waitUntil(lambda: results == ["after"], timeout=10_000)
    assert window.isVisible()
