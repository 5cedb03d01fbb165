"""The login and recovery dialogs driven like a user: type, click, read what is shown and stored.

Registers are made with tests.sessions (cheap key derivation, fictional accounts). Waits are
driven with a clock the test moves and the dialog's tick(), never by sleeping.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox

from pedagogue_app.db.cipher import WrongKey
from pedagogue_app.db.keyslots import new_recovery_key
from pedagogue_app.demo import write_demo_register
from pedagogue_app.services.accounts import LoginCounters, LoginFailed, logins_path
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.session import keys_path, log_in
from pedagogue_app.views.app import register_error_text
from pedagogue_app.views.login_dialog import LoginDialog, RecoveryDialog
from tests.sessions import ACCOUNTS, CHEAP_KDF, make_encrypted

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
NEW_PASSWORD = "Jana-Qupiya-Soz-7"


class Clock:
    """The time the dialog sees; the test moves it."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    session, recovery_key = make_encrypted(tmp_path)
    session.close()
    return tmp_path / "register.db", recovery_key


def login_dialog(qtbot, path: Path, clock: Clock | None = None) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(path, clock=clock or Clock())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def admin_events(path: Path, action: str) -> list:  # type: ignore[no-untyped-def]
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])
    try:
        return [e for e in AuditService(admin.register).events(admin.actor) if e.action == action]
    finally:
        admin.close()


@pytest.mark.parametrize("username", list(ACCOUNTS))
def test_each_role_logs_in(qtbot, made, username: str) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    dialog = login_dialog(qtbot, path)
    assert dialog.windowTitle() == "Log in: School register"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    attempt(qtbot, dialog, username, ACCOUNTS[username][0])
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session is not None
    try:
        assert (dialog.session.actor.username, dialog.session.actor.role) == (
            username, ACCOUNTS[username][1])
    finally:
        dialog.session.close()


def test_show_password_toggles_the_echo(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    dialog = login_dialog(qtbot, made[0])
    box = dialog.show_password
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert dialog.password.echoMode() == dialog.password.EchoMode.Normal
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_empty_fields_are_asked_for(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    dialog = login_dialog(qtbot, made[0])
    attempt(qtbot, dialog, "pedagog", "")
    assert dialog.isVisible()
    assert dialog.message_text() == "Enter your login name and password."
    assert not logins_path(keys_path(made[0])).exists()  # nothing tried, nothing counted


def test_wrong_password_is_told_counted_and_audited(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    dialog = login_dialog(qtbot, path)
    attempt(qtbot, dialog, "pedagog", "wrong-guess-123")
    assert dialog.isVisible() and dialog.session is None
    assert dialog.message_text() == "Wrong login name or password."
    assert dialog.password.text() == "" and dialog.username.text() == "pedagog"
    assert dialog.login_button.isEnabled()
    assert LoginCounters(logins_path(keys_path(path))).get("pedagog").failures == 1
    attempt(qtbot, dialog, "pedagog", ACCOUNTS["pedagog"][0])
    assert dialog.session is not None
    dialog.session.close()
    failed = admin_events(path, "login_failed")
    assert [(e.username, e.detail.split(" at ")[0]) for e in failed] == [("pedagog", "wrong password")]
    assert LoginCounters(logins_path(keys_path(path))).get("pedagog").failures == 0


def test_after_five_failures_the_next_attempt_waits(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    clock = Clock()
    dialog = login_dialog(qtbot, path, clock)
    for _ in range(5):
        attempt(qtbot, dialog, "psiholog", "wrong-guess-123")
        assert dialog.login_button.isEnabled()
    attempt(qtbot, dialog, "psiholog", "wrong-guess-123")
    assert dialog.message_text() == ("Wrong login name or password. Try again in 30 s. "
                                     "14 more failed attempt(s) lock the account.")
    assert not dialog.login_button.isEnabled() and dialog.timer.isActive()
    clock.advance(5)
    dialog.tick()
    assert dialog.message_text().startswith("Wrong login name or password. Try again in 25 s.")
    clock.advance(25)
    dialog.tick()
    assert dialog.login_button.isEnabled() and not dialog.timer.isActive()
    assert dialog.message_text() == "You can try again now."
    attempt(qtbot, dialog, "psiholog", ACCOUNTS["psiholog"][0])
    assert dialog.session is not None and dialog.session.actor.role == "psychologist"
    dialog.session.close()


def test_a_running_wait_disables_log_in_until_it_ends(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    for _ in range(6):  # from an earlier start of the program
        with pytest.raises(LoginFailed):
            log_in(path, "pedagog", "wrong-guess-123", now=T0)
    clock = Clock(T0 + timedelta(seconds=5))
    dialog = login_dialog(qtbot, path, clock)
    attempt(qtbot, dialog, "pedagog", ACCOUNTS["pedagog"][0])  # even the right password waits
    assert dialog.session is None
    assert dialog.message_text() == "Too many failed attempts. Try again in 25 s."
    assert not dialog.login_button.isEnabled()
    dialog.username.setText("admin")  # the wait is the account's, not the computer's
    assert dialog.login_button.isEnabled()
    dialog.username.setText("pedagog")
    assert not dialog.login_button.isEnabled()
    clock.advance(24)
    dialog.tick()
    assert dialog.message_text() == "Too many failed attempts. Try again in 1 s."
    assert not dialog.login_button.isEnabled()
    clock.advance(1)
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=3000)  # the timer's own tick
    attempt(qtbot, dialog, "pedagog", ACCOUNTS["pedagog"][0])
    assert dialog.session is not None
    dialog.session.close()


def test_long_waits_are_told_in_minutes(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    moment = T0
    for _ in range(10):
        moment += timedelta(minutes=16)
        with pytest.raises(LoginFailed):
            log_in(path, "pedagog", "wrong-guess-123", now=moment)
    dialog = login_dialog(qtbot, path, Clock(moment))
    attempt(qtbot, dialog, "pedagog", ACCOUNTS["pedagog"][0])
    assert dialog.message_text() == "Too many failed attempts. Try again in 8 min."


def test_a_locked_account_is_told_where_help_is(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    moment = T0
    for _ in range(20):
        moment += timedelta(minutes=16)
        with pytest.raises(Exception, match="login_failed|account_locked"):
            log_in(path, "psiholog", "wrong-guess-123", now=moment)
    dialog = login_dialog(qtbot, path, Clock(moment + timedelta(days=1)))
    attempt(qtbot, dialog, "psiholog", ACCOUNTS["psiholog"][0])
    assert dialog.session is None
    assert "locked" in dialog.message_text() and "administrator" in dialog.message_text()
    assert "recovery key" in dialog.message_text()


def test_a_disabled_account_is_told(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])
    admin.register.db.execute_sql('UPDATE "user" SET is_active = 0 WHERE username = ?', ("pedagog",))
    admin.close()
    dialog = login_dialog(qtbot, path)
    attempt(qtbot, dialog, "pedagog", ACCOUNTS["pedagog"][0])
    assert dialog.session is None
    assert dialog.message_text() == "This account is disabled. Ask the administrator."


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_key_file_missing_or_damaged_changes_nothing(qtbot, made, damage: str) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    keys = keys_path(path)
    if damage == "missing":
        keys.unlink()
    else:
        keys.write_bytes(keys.read_bytes()[:100])
    before = folder_state(path.parent)
    dialog = login_dialog(qtbot, path)
    attempt(qtbot, dialog, "admin", ACCOUNTS["admin"][0])
    assert dialog.session is None
    text = dialog.message_text()
    assert f"The key file register.keys beside the register is {damage}" in text
    assert str(path.parent / "backups") in text and text.endswith("Nothing was changed.")
    assert folder_state(path.parent) == before


def test_a_register_that_does_not_open_is_told(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, _ = make_encrypted(tmp_path / "a", roles=False)
    second, _ = make_encrypted(tmp_path / "b", roles=False)
    first.close()
    second.close()
    shutil.copy(tmp_path / "b" / "register.keys", tmp_path / "a" / "register.keys")
    dialog = login_dialog(qtbot, tmp_path / "a" / "register.db")
    attempt(qtbot, dialog, "admin", ACCOUNTS["admin"][0])
    assert dialog.session is None
    assert dialog.message_text() == register_error_text(WrongKey(tmp_path / "a" / "register.db"))


def test_demo_accounts_are_listed_and_fill_the_fields(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo" / "register.db"
    write_demo_register(path, students=20, encrypt=True, kdf=CHEAP_KDF)
    dialog = login_dialog(qtbot, path)
    assert dialog.demo_box is not None and dialog.demo_box.isVisible()
    assert dialog.windowTitle() == "Log in: School register (demo)"
    table = dialog.demo_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [r[:2] for r in rows] == [["administrator", "admin"], ["social pedagogue", "pedagog"],
                                     ["psychologist", "psiholog"], ["director (read only)", "direktor"]]
    row = [r[1] for r in rows].index("psiholog")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())
    assert (dialog.username.text(), dialog.password.text()) == ("psiholog", rows[row][2])
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.session is not None and dialog.session.actor.role == "psychologist"
    dialog.session.close()


def test_no_demo_box_for_a_school_register(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    dialog = login_dialog(qtbot, made[0])
    assert dialog.demo_box is None and dialog.findChild(QGroupBox) is None


# --- the recovery key ------------------------------------------------------------------------------

def recovery_dialog(qtbot, path: Path) -> RecoveryDialog:  # type: ignore[no-untyped-def]
    dialog = RecoveryDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_recovery(dialog: RecoveryDialog, key: str, username: str, password: str = NEW_PASSWORD,
                  repeat: str | None = None) -> None:
    dialog.key.setText(key)
    dialog.username.setText(username)
    dialog.new_password.password.setText(password)
    dialog.new_password.repeat.setText(password if repeat is None else repeat)


def test_recovery_key_sets_a_new_password(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    dialog = recovery_dialog(qtbot, path)
    assert not dialog.ok_button.isEnabled()
    typed = recovery_key.replace("-", "").lower()  # without dashes, in lower case
    fill_recovery(dialog, typed, "pedagog")
    assert dialog.key_state() == "ok" and dialog.key_hint.text() == "✓ The key is typed correctly."
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.actor.username == "pedagog"
    dialog.session.close()
    log_in(path, "pedagog", NEW_PASSWORD).close()
    with pytest.raises(LoginFailed):
        log_in(path, "pedagog", ACCOUNTS["pedagog"][0])


def test_forgot_password_opens_recovery_and_logs_in(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    dialog = login_dialog(qtbot, path)
    dialog.username.setText("psiholog")
    seen: list[RecoveryDialog] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, RecoveryDialog)
        seen.append(modal)
        assert modal.username.text() == "psiholog"  # carried over from the login
        fill_recovery(modal, recovery_key, "psiholog")
        modal.ok_button.click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert seen and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.actor.role == "psychologist"
    dialog.session.close()


def test_mistyped_key_is_shown_while_typing(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    dialog = recovery_dialog(qtbot, path)
    assert dialog.key_state() == "empty"
    dialog.key.setText(recovery_key[:11])
    assert dialog.key_state() == "incomplete" and dialog.key_hint.text() == "10 of 35 characters."
    last = recovery_key[-1]
    mistyped = recovery_key[:-1] + ("2" if last != "2" else "3")
    fill_recovery(dialog, mistyped, "pedagog")
    assert dialog.key_state() == "mistyped"
    assert dialog.key_hint.text() == ("The key is mistyped: compare it with the sheet character by "
                                      "character.")
    assert not dialog.ok_button.isEnabled()


def test_wrong_key_unknown_and_disabled_accounts(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    dialog = recovery_dialog(qtbot, path)
    fill_recovery(dialog, new_recovery_key(), "pedagog")  # well-formed, another register's
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.session is None and dialog.isVisible()
    assert dialog.message_text().startswith("This recovery key does not open this register")
    fill_recovery(dialog, recovery_key, "nobody")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message_text() == "There is no account with this login name."
    admin = log_in(path, "admin", ACCOUNTS["admin"][0])
    admin.accounts.disable(admin.actor, "direktor")
    admin.close()
    fill_recovery(dialog, recovery_key, "direktor")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message_text() == "This account is disabled. Ask the administrator."
    log_in(path, "pedagog", ACCOUNTS["pedagog"][0]).close()  # nothing was changed


def test_password_rule_in_recovery(qtbot, made) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    dialog = recovery_dialog(qtbot, path)
    fill_recovery(dialog, recovery_key, "pedagog", "qwerty123")
    assert not dialog.ok_button.isEnabled()
    rules = dialog.new_password.rules.text()
    assert "The password is too short: use at least 10 characters." in rules
    assert "This password is one of the most common ones and is guessed first." in rules
    fill_recovery(dialog, recovery_key, "pedagog", NEW_PASSWORD, NEW_PASSWORD + "x")
    assert "The two passwords differ." in dialog.new_password.rules.text()
    assert not dialog.ok_button.isEnabled()
    # a part of the full name: only the service knows it, its refusal is shown
    fill_recovery(dialog, recovery_key, "pedagog", "Сәуле-Орман-2026")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.session is None
    assert dialog.message_text() == ("The password cannot contain the login name or a part of the "
                                     "full name.")
    log_in(path, "pedagog", ACCOUNTS["pedagog"][0]).close()


def test_key_file_missing_in_recovery(qtbot, made, no_modal_boxes) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = made
    keys_path(path).unlink()
    dialog = recovery_dialog(qtbot, path)
    fill_recovery(dialog, recovery_key, "pedagog")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "register.keys beside the register is missing" in dialog.message_text()
    assert no_modal_boxes == []
