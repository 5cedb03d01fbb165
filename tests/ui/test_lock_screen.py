"""The idle lock and the quick-hide key (views/lock_screen.py), driven like a user.

Each test logs in to an encrypted register as the social pedagogue, shows a main window and often
a real record dialog with typed, unsaved text. Idle time runs on a fake clock (or a tiny minute
for the real timer); waits are driven by calling the countdown's slot. Nothing sleeps.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pedagogue_app.services import Actor
from pedagogue_app.services.accounts import AccountLocked, LoginFailed
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.families import FamilyService
from pedagogue_app.services.session import Session, log_in
from pedagogue_app.services.students import StudentService
from pedagogue_app.views.lock_screen import LockController, LockOverlay, UnlockPanel
from pedagogue_app.views.student_dialog import StudentDialog
from tests.sessions import ACCOUNTS, make_encrypted

USER = "pedagog"
PASSWORD = ACCOUNTS[USER][0]
AUDITOR = Actor("admin", "admin")
CHILD_TITLE = "Оспанова Айжан Серікқызы — карточка"
RED = QColor(255, 0, 0)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    admin, _recovery = make_encrypted(tmp_path)
    admin.close()
    return tmp_path


@pytest.fixture
def session(folder: Path) -> Iterator[Session]:
    opened = log_in(folder / "register.db", USER, PASSWORD)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    main = QMainWindow()
    main.setWindowTitle(CHILD_TITLE)
    main.setCentralWidget(QLineEdit("Оспанов Ерлан", main))
    main.resize(900, 600)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def controller(session: Session, window: QMainWindow, clock: FakeClock) -> Iterator[LockController]:
    lock = LockController(session, window, lambda: 10, clock=clock)
    yield lock
    lock.stop()


@pytest.fixture
def student_dialog(qtbot: Any, session: Session, window: QMainWindow) -> StudentDialog:
    """A real record dialog, window-modal over the main window (open()), with unsaved text."""
    dialog = StudentDialog(StudentService(session.register), FamilyService(session.register),
                           session.actor, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.ui.last_name.setText("Нұрланова")
    dialog.ui.first_name.setText("Әйгерім")
    dialog.ui.last_name.setStyleSheet("background: #ff0000;")
    dialog.ui.last_name.setFocus()
    return dialog


def overlay_of(widget: QWidget) -> LockOverlay:
    [overlay] = [o for o in widget.findChildren(LockOverlay) if o.parentWidget() is widget]
    return overlay


def covers(widget: QWidget) -> bool:
    """An overlay of ``widget`` is shown on top, over the whole window."""
    overlays = [o for o in widget.findChildren(LockOverlay)
                if o.parentWidget() is widget and o.isVisible()]
    if len(overlays) != 1:
        return False
    overlay = overlays[0]
    on_top = [c for c in widget.children() if isinstance(c, QWidget) and c.isVisible()][-1]
    return overlay.geometry() == widget.rect() and on_top is overlay


def has_colour(image: QImage, colour: QColor) -> bool:
    step = 3
    return any(image.pixelColor(x, y) == colour
               for x in range(0, image.width(), step) for y in range(0, image.height(), step))


def panel_of(lock: LockController) -> UnlockPanel:
    assert lock.panel is not None
    return lock.panel


def type_password(qtbot: Any, lock: LockController, password: str) -> None:
    field = panel_of(lock).password
    field.setText(password)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def actions(session: Session, action: str) -> list[Any]:
    return AuditService(session.register).events(AUDITOR, action=action)


# --- the quick-hide key ----------------------------------------------------------------------

def test_ctrl_l_covers_every_window_and_keeps_the_unsaved_dialog(
        qtbot: Any, controller: LockController, window: QMainWindow,
        student_dialog: StudentDialog, session: Session) -> None:
    dialog_title = student_dialog.windowTitle()
    assert has_colour(student_dialog.grab().toImage(), RED)  # the typed field is visible now

    qtbot.keyClick(student_dialog.ui.last_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert controller.locked
    assert covers(window) and covers(student_dialog)
    assert student_dialog.isVisible() and window.isVisible()
    assert not has_colour(student_dialog.grab().toImage(), RED)  # nothing shows through
    assert window.windowTitle() == student_dialog.windowTitle() == "School register"
    assert panel_of(controller).window() is student_dialog  # the modal dialog takes the input
    assert [e.detail for e in actions(session, "lock")] == ["key"]

    type_password(qtbot, controller, PASSWORD)

    assert not controller.locked
    assert not overlay_of(student_dialog).isVisible() and not overlay_of(window).isVisible()
    assert student_dialog.isVisible() and student_dialog.result() == 0
    assert student_dialog.ui.last_name.text() == "Нұрланова"
    assert student_dialog.ui.first_name.text() == "Әйгерім"
    assert (window.windowTitle(), student_dialog.windowTitle()) == (CHILD_TITLE, dialog_title)
    assert has_colour(student_dialog.grab().toImage(), RED)
    assert actions(session, "login")[0].username == USER  # the unlock is a login


def test_f12_locks_over_an_application_modal_dialog(
        qtbot: Any, controller: LockController, window: QMainWindow) -> None:
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    field = QLineEdit("Оспанова", dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.resize(500, 400)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClick(field, Qt.Key.Key_F12)

    assert controller.locked and covers(dialog) and covers(window)
    assert panel_of(controller).window() is dialog
    assert dialog.focusWidget() is panel_of(controller).password
    type_password(qtbot, controller, PASSWORD)
    assert not controller.locked and dialog.isVisible() and field.text() == "Оспанова"


def test_the_menu_action_with_the_same_key_locks_once(
        qtbot: Any, controller: LockController, window: QMainWindow, session: Session) -> None:
    menu_lock = QAction("Lock the screen", window)  # the main window's Account menu
    menu_lock.setShortcut(QKeySequence("Ctrl+L"))
    menu_lock.triggered.connect(lambda: controller.lock("menu"))
    window.addAction(menu_lock)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.locked and covers(window)
    menu_lock.trigger()  # locking twice changes nothing
    assert len(window.findChildren(LockOverlay)) == 1
    assert [e.detail for e in actions(session, "lock")] == ["key"]


# --- input under the cover ---------------------------------------------------------------------

def test_keys_and_clicks_never_reach_the_dialog_under_the_cover(
        qtbot: Any, controller: LockController, student_dialog: StudentDialog,
        window: QMainWindow) -> None:
    saved: list[bool] = []
    student_dialog.accepted.connect(lambda: saved.append(True))
    controller.lock()

    qtbot.keyClicks(student_dialog.ui.last_name, "xyz")  # straight at the hidden field
    qtbot.keyClick(student_dialog.ui.first_name, Qt.Key.Key_Delete)
    field = panel_of(controller).password
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Enter):  # Esc would close, Enter would save
        qtbot.keyClick(field, key)
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(student_dialog.ui.last_name, Qt.MouseButton.LeftButton)
    assert student_dialog.ui.last_name.text() == "Нұрланова"
    assert student_dialog.ui.first_name.text() == "Әйгерім"
    assert not saved and student_dialog.isVisible()
    assert controller.locked


def test_no_shortcut_or_menu_fires_while_locked(qtbot: Any, controller: LockController,
                                               window: QMainWindow) -> None:
    fired: list[str] = []
    for keys in ("Ctrl+N", "Alt+R"):
        action = QAction(keys, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, k=keys: fired.append(k))
        window.addAction(action)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+N"]  # the shortcut works before locking
    controller.lock()
    field = panel_of(controller).password
    qtbot.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert fired == ["Ctrl+N"]
    type_password(qtbot, controller, PASSWORD)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert fired == ["Ctrl+N", "Alt+R"]


def test_tab_stays_on_the_lock_screen(qtbot: Any, controller: LockController,
                                      student_dialog: StudentDialog) -> None:
    controller.lock()
    panel = panel_of(controller)
    for _ in range(6):
        qtbot.keyClick(student_dialog.focusWidget(), Qt.Key.Key_Tab)
        assert panel.isAncestorOf(student_dialog.focusWidget())


def test_a_window_shown_while_locked_is_covered_and_popups_close(
        qtbot: Any, controller: LockController, window: QMainWindow) -> None:
    controller.lock()
    later = QDialog(window)
    later.setWindowTitle("Оспанова Айжан: уведомление")
    later.resize(400, 300)
    qtbot.addWidget(later)
    later.show()
    assert covers(later)
    assert later.windowTitle() == "School register"
    later.setWindowTitle("Нұрланова Әйгерім")  # a title set while locked waits for the unlock
    assert later.windowTitle() == "School register"
    type_password(qtbot, controller, PASSWORD)
    assert later.windowTitle() == "Нұрланова Әйгерім"
    assert not overlay_of(later).isVisible()


def test_a_small_message_box_is_enlarged_for_the_password_and_restored(
        qtbot: Any, controller: LockController, window: QMainWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Оспанова", "Сақтау керек пе?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    before = box.size()
    controller.lock()
    panel = panel_of(controller)
    assert panel.window() is box and covers(box)
    QApplication.processEvents()  # the box handles its layout requests: it must not shrink
    assert panel.isVisible() and box.rect().contains(panel.geometry())
    assert box.width() >= panel.width() + 40
    type_password(qtbot, controller, PASSWORD)
    qtbot.waitUntil(lambda: box.size() == before)
    assert box.isVisible()


# --- idle time -------------------------------------------------------------------------------

def test_idle_minutes_lock_and_input_restarts_the_count(
        qtbot: Any, controller: LockController, clock: FakeClock, window: QMainWindow,
        session: Session) -> None:
    clock.now += 9 * 60 + 59
    controller.check_idle()
    assert not controller.locked
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_End)  # the user is back
    clock.now += 9 * 60
    controller.check_idle()
    assert not controller.locked
    clock.now += 60
    controller.check_idle()
    assert controller.locked and covers(window)
    assert [e.detail for e in actions(session, "lock")] == ["idle"]


def test_the_administrators_minutes_are_read_at_each_check(
        session: Session, window: QMainWindow, clock: FakeClock) -> None:
    minutes = [10]
    lock = LockController(session, window, lambda: minutes[0], clock=clock)
    try:
        clock.now += 3 * 60
        lock.check_idle()
        assert not lock.locked
        minutes[0] = 2
        lock.check_idle()
        assert lock.locked
    finally:
        lock.stop()


def test_an_unreadable_setting_keeps_the_lock_working(
        session: Session, window: QMainWindow, clock: FakeClock) -> None:
    def broken() -> int:
        raise RuntimeError("register closed")

    lock = LockController(session, window, broken, clock=clock)
    try:
        clock.now += 10 * 60
        lock.check_idle()
        assert lock.locked  # the default ten minutes
    finally:
        lock.stop()


def test_the_real_idle_timer_locks(qtbot: Any, session: Session, window: QMainWindow) -> None:
    lock = LockController(session, window, lambda: 1, seconds_per_minute=0.05, check_ms=10)
    try:
        with qtbot.waitSignal(lock.locked_changed, timeout=5000) as signal:
            pass
        assert signal.args == [True] and lock.locked
    finally:
        lock.stop()


def test_no_idle_lock_once_the_main_window_closed(
        controller: LockController, window: QMainWindow, clock: FakeClock) -> None:
    window.close()
    clock.now += 60 * 60
    controller.check_idle()
    assert not controller.locked
    assert not controller.idle_timer.isActive()


# --- refusals ----------------------------------------------------------------------------------

def test_a_wrong_password_says_so_and_keeps_the_lock(
        qtbot: Any, controller: LockController, window: QMainWindow, session: Session) -> None:
    controller.lock()
    type_password(qtbot, controller, "not-my-password-1")
    panel = panel_of(controller)
    assert controller.locked and covers(window)
    assert panel.message.isVisible()
    assert panel.message.text().startswith("Wrong password. After 5 failed attempts")
    assert panel.password.text() == "" and panel.password.isEnabled()
    assert [e.username for e in actions(session, "login_failed")] == [USER]
    type_password(qtbot, controller, "")
    assert panel.message.text() == "Type your password."


def test_a_wait_is_counted_down(qtbot: Any, controller: LockController, clock: FakeClock,
                                session: Session) -> None:
    controller.lock()
    for _ in range(6):  # the sixth failure imposes a 30 s wait
        type_password(qtbot, controller, "not-my-password-1")
    panel = panel_of(controller)
    assert "Try again in 30 s." in panel.message.text()
    assert "14 more failed attempt(s) lock the account." in panel.message.text()
    assert not panel.password.isEnabled() and not panel.unlock_button.isEnabled()
    assert controller.countdown.isActive()
    type_password(qtbot, controller, PASSWORD)  # refused while waiting, nothing tried
    assert controller.locked
    clock.now += 12
    controller.tick()
    assert "Try again in 18 s." in panel.message.text()
    clock.now += 18
    controller.tick()
    assert panel.message.text() == "You can try again now."
    assert panel.password.isEnabled() and not controller.countdown.isActive()
    # The service keeps its own (real) clock: still waiting there, so this try is delayed.
    type_password(qtbot, controller, PASSWORD)
    assert controller.locked
    assert panel.message.text().startswith("Too many failed attempts. Try again in")


def lock_account(session: Session, name: str) -> None:
    """Twenty failed logins, spaced past every wait, lock the account."""
    start = datetime.now(UTC) - timedelta(days=30)
    for i in range(20):
        with contextlib.suppress(LoginFailed, AccountLocked):
            session.accounts.login(name, "not-my-password-1", now=start + timedelta(hours=i))
    assert session.accounts.login_state(name).locked


@pytest.mark.parametrize("how", ["locked", "disabled"])
def test_a_locked_or_disabled_account_can_only_switch_user_or_exit(
        qtbot: Any, folder: Path, controller: LockController, session: Session,
        how: str) -> None:
    if how == "locked":
        lock_account(session, USER)
    else:
        admin = log_in(folder / "register.db", "admin", ACCOUNTS["admin"][0])
        admin.accounts.disable(admin.actor, USER)
        admin.close()
    controller.lock()
    type_password(qtbot, controller, PASSWORD)
    panel = panel_of(controller)
    assert controller.locked and controller.blocked
    assert ("locked after too many failed attempts" if how == "locked" else "disabled") \
        in panel.message.text()
    assert not panel.password.isVisible() and not panel.unlock_button.isVisible()
    assert panel.switch_button.isVisible() and panel.exit_button.isVisible()
    with qtbot.waitSignal(controller.switch_user_requested):
        qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)


def test_switch_user_may_ask_in_an_uncovered_window(
        qtbot: Any, controller: LockController, window: QMainWindow) -> None:
    asked: list[bool] = []

    def ask() -> None:  # what the main window does: a question of its own
        question = QDialog(window)
        qtbot.addWidget(question)
        question.show()
        asked.append(not question.findChildren(LockOverlay))
        question.close()

    controller.switch_user_requested.connect(ask)
    controller.lock()
    qtbot.mouseClick(panel_of(controller).switch_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert controller.locked and covers(window)


def test_exit_ends_dialogs_without_questions_and_closes_the_main_window(
        qtbot: Any, controller: LockController, window: QMainWindow,
        student_dialog: StudentDialog, no_modal_boxes: list[str]) -> None:
    controller.lock()
    with qtbot.waitSignal(controller.exit_requested):
        controller.request_exit()
    assert not student_dialog.isVisible() and student_dialog.result() == 0
    assert not window.isVisible()
    assert no_modal_boxes == []  # no "discard the changes?" over a locked screen
    assert not controller.locked
