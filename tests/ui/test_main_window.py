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
    assert no_modal_boxes[-1].startswith(f"The register {target} cannot be opened: its key file")
    assert "Nothing was changed." in no_modal_boxes[-1]
    assert _sha(target) == before
    (tmp_path / "register.keys").write_text("{}")  # with a key file: the key file is damaged
    from pedagogue_app.db.keyslots import KeySlotsDamaged
    from pedagogue_app.services.session import log_in

    with pytest.raises(KeySlotsDamaged):
        log_in(target, "admin", "Terek-Alma-2026")
    assert _sha(target) == before


def test_start_refuses_a_plain_file_that_is_not_a_register(tmp_path, settings, no_modal_boxes):
    import sqlite3

    target = tmp_path / "register.db"
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE letters (body TEXT)")
    con.commit()
    con.close()
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


ADMIN = ("admin", "Әкімшіова Сәуле Бекқызы", "Terek-Alma-2026")


@pytest.fixture
def setup_answers(monkeypatch):
    """The administrator's form filled with ADMIN, the recovery key acknowledged; records what
    the recovery key dialog was shown."""
    from pedagogue_app.views.account_setup import AdminSetupDialog, RecoveryKeyDialog

    shown = []

    def fill(self):
        self.username, self.full_name, self.password = ADMIN  # what the form hands over
        return 1

    monkeypatch.setattr(AdminSetupDialog, "exec", fill)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: shown.append(self) or 1)
    return shown


def login_as(monkeypatch, username, password):
    from pedagogue_app.services.session import log_in
    from pedagogue_app.views.login_dialog import LoginDialog

    def login(self):
        self.session = log_in(self.register_path, username, password)
        return 1

    monkeypatch.setattr(LoginDialog, "exec", login)


def test_first_start_creates_the_encrypted_school_register(tmp_path, settings, monkeypatch,
                                                             setup_answers):
    from pedagogue_app.db.cipher import is_encrypted
    from pedagogue_app.services.school import SchoolService
    from pedagogue_app.views.welcome import WelcomeDialog

    def choose_create(self):
        self.choice, self.school = "create", SCHOOL
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", choose_create)
    session = app_module.open_or_welcome(tmp_path, settings)
    assert session is not None and session.register.path == tmp_path / "register.db"
    assert session.actor.role == "admin" and len(setup_answers) == 1
    assert SchoolService(session.register).get(session.actor).name_kk == SCHOOL.name_kk
    session.close()
    assert is_encrypted(tmp_path / "register.db")
    login_as(monkeypatch, "admin", ADMIN[2])  # the next start asks for the login
    again = app_module.open_or_welcome(tmp_path, settings)
    assert again is not None and again.actor.username == "admin"
    again.close()


def test_first_start_offers_the_demo(tmp_path, settings, monkeypatch):
    from pedagogue_app.db.cipher import is_encrypted
    from pedagogue_app.services.session import demo_accounts
    from pedagogue_app.services.students import StudentService
    from pedagogue_app.views.welcome import WelcomeDialog

    def choose_demo(self):
        self.choice = "demo"
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    demo = tmp_path / "demo" / "register.db"
    login_as(monkeypatch, "pedagog", "Demo-Kayin-2026")
    session = app_module.open_or_welcome(tmp_path, settings)
    assert session is not None and session.register.path == demo and is_encrypted(demo)
    assert StudentService(session.register).count(session.actor) == 600
    assert {a.role for a in demo_accounts(demo)} == {
        "admin", "social_pedagogue", "psychologist", "director"}
    session.close()
    again = app_module.open_or_welcome(tmp_path, settings)  # next start logs in to the demo
    assert again is not None and again.register.path == demo
    again.close()


def test_a_plain_register_of_an_earlier_version_is_encrypted_at_start(
        tmp_path, settings, setup_answers):
    import shutil
    from pathlib import Path

    from pedagogue_app.db.cipher import is_encrypted

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "register_v1.db"
    target = tmp_path / "register.db"
    shutil.copy(fixture, target)
    session = app_module.open_or_welcome(tmp_path, settings)
    assert session is not None and session.actor.role == "admin"
    students = session.register.db.execute_sql("SELECT count(*) FROM student").fetchone()[0]
    session.close()
    assert students == 5 and is_encrypted(target) and len(setup_answers) == 1
    assert "Тестова".encode() not in target.read_bytes()


def test_cancelling_the_administrator_form_leaves_the_plain_register(tmp_path, settings,
                                                                     monkeypatch):
    import shutil
    from pathlib import Path

    from pedagogue_app.views.account_setup import AdminSetupDialog

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "register_v1.db"
    target = tmp_path / "register.db"
    shutil.copy(fixture, target)
    before = _sha(target)
    monkeypatch.setattr(AdminSetupDialog, "exec", lambda self: 0)
    assert app_module.open_or_welcome(tmp_path, settings) is None
    assert _sha(target) == before and not (tmp_path / "register.keys").exists()


def test_welcome_language_choice_is_kept(qtbot, settings):
    from pedagogue_app.views.welcome import WelcomeDialog

    dlg = WelcomeDialog(settings)
    qtbot.addWidget(dlg)
    dlg.ui.language.setCurrentIndex(dlg.ui.language.findData("kk"))
    assert settings.value("language") == "kk"
    kk = QCoreApplication.translate("WelcomeDialog", "Open the demo school")
    assert kk != "Open the demo school"
    qtbot.waitUntil(lambda: dlg.ui.open_demo.text() == kk)


def test_damage_found_after_start_closes_the_window(qtbot, tmp_path, settings, no_modal_boxes,
                                                    monkeypatch):
    """Start-up skips the page check to open fast; the background check still refuses damage."""
    import random
    from datetime import date

    from pedagogue_app.services import Actor
    from pedagogue_app.services.students import StudentData, StudentService
    from tests.sessions import ACCOUNTS, make_encrypted

    session, _ = make_encrypted(tmp_path)
    service = StudentService(session.register)
    with session.register.db.atomic():
        for i in range(60):
            service.save(Actor("pedagog", "social_pedagogue", session.register.device_id),
                         StudentData(
                last_name="Толтырылған", first_name="Оқушы", birth_date=date(2012, 1, 1 + i % 28),
                sex="F", grade=5, class_letter="А", notes="ұзын жазба " * 120), allow_similar=True)
    session.close()
    target = tmp_path / "register.db"
    raw = bytearray(target.read_bytes())
    middle = len(raw) // 4096 // 2 * 4096
    raw[middle:middle + 4096] = random.Random(3).randbytes(4096)
    target.write_bytes(bytes(raw))
    before = _sha(target)
    login_as(monkeypatch, "pedagog", ACCOUNTS["pedagog"][0])
    opened = app_module.open_or_welcome(tmp_path, settings)
    assert opened is not None  # the quick part of opening passes
    win = MainWindow(Services(opened.register), settings, session=opened)
    qtbot.addWidget(win)
    win.show()
    app_module.check_in_background(win, opened.register)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10_000)
    assert no_modal_boxes[-1].startswith(f"The register {target} is damaged")
    opened.register.close()
    # the login itself writes (its audit event); the damaged page is left as it was found
    assert target.read_bytes()[middle:middle + 4096] == bytes(raw[middle:middle + 4096])
    assert before


def test_intact_register_stays_open_after_the_check(window, qtbot, register):
    from pedagogue_app.views.worker import run_in_background

    results = []
    app_module.check_in_background(window, register)
    run_in_background(lambda: "after", results.append, results.append)  # queued behind the check
    qtbot.waitUntil(lambda: results == ["after"], timeout=10_000)
    assert window.isVisible()


@pytest.mark.parametrize("username, pages, can_add", [
    ("admin", ["Accounts", "Audit log", "Organisations"], False),
    ("pedagog", ["Dashboard", "Students", "Families", "Incidents", "Referrals"], True),
    ("psiholog", ["Dashboard", "Students", "Psychologist sessions", "Incidents"], False),
    ("direktor", ["Dashboard", "Students", "Families", "Incidents", "Reports"], False),
])
def test_each_role_sees_only_its_areas(qtbot, tmp_path, settings, username, pages, can_add):
    from tests.sessions import ACCOUNTS, make_encrypted

    admin, _ = make_encrypted(tmp_path)
    admin.close()
    from pedagogue_app.services.session import log_in

    session = log_in(tmp_path / "register.db", username, ACCOUNTS[username][0])
    win = MainWindow(Services(session.register), settings, session=session)
    qtbot.addWidget(win)
    win.show()
    nav = win.ui.navigation
    shown = [nav.item(i).text() for i in range(nav.count())]
    assert set(pages) <= set(shown)
    if username != "psiholog":
        assert "Psychologist sessions" not in shown  # session content is the psychologist's
    if username == "admin":
        assert "Students" not in shown and "Dashboard" not in shown
    else:
        assert "Accounts" not in shown and "Audit log" not in shown
    for row in range(nav.count()):  # every area it shows opens without a refusal
        nav.setCurrentRow(row)
    assert win.ui.action_new_student.isEnabled() is can_add
    assert username in win.statusBar().currentMessage()
    win.lock.stop()
    win.close()
    session.close()


def test_backup_to_a_folder_from_the_menu(qtbot, tmp_path, settings, answer_boxes):
    from pedagogue_app.db.cipher import is_encrypted
    from pedagogue_app.services.session import log_in
    from tests.sessions import ACCOUNTS, make_encrypted

    seen = answer_boxes()
    admin, _ = make_encrypted(tmp_path / "data")
    admin.close()
    session = log_in(tmp_path / "data" / "register.db", "pedagog", ACCOUNTS["pedagog"][0])
    win = MainWindow(Services(session.register), settings, session=session)
    qtbot.addWidget(win)
    usb = tmp_path / "usb"
    usb.mkdir()
    win.backup_to_folder(str(usb))
    copies = list(usb.glob("*.db"))
    assert len(copies) == 1 and is_encrypted(copies[0]) and copies[0].with_suffix(".keys").exists()
    assert str(copies[0]) in seen[-1]
    win.lock.stop()
    win.close()
    session.close()
    director = log_in(tmp_path / "data" / "register.db", "direktor", ACCOUNTS["direktor"][0])
    win = MainWindow(Services(director.register), settings, session=director)
    qtbot.addWidget(win)
    assert not win.ui.action_backup.isEnabled()
    win.backup_to_folder(str(usb))  # refused by the service too
    assert seen[-1] == "Your role may not make a backup." and len(list(usb.glob("*.db"))) == 1
    win.lock.stop()
    win.close()
    director.close()
