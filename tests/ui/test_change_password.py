"""The user changes their own password (views/change_password_dialog.py); checked by logging in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pedagogue_app.services import Actor
from pedagogue_app.services.accounts import LoginFailed
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.session import Session, log_in
from pedagogue_app.views.change_password_dialog import ChangePasswordDialog
from tests.sessions import ACCOUNTS, make_encrypted

USER = "psiholog"
OLD = ACCOUNTS[USER][0]
NEW = "Zhanga-Kun-2027"
AUDITOR = Actor("admin", "admin")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    admin, _recovery = make_encrypted(tmp_path)
    admin.close()
    opened = log_in(tmp_path / "register.db", USER, OLD)
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot: Any, session: Session) -> ChangePasswordDialog:
    widget = ChangePasswordDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(dialog: ChangePasswordDialog, old: str, new: str, repeat: str | None = None) -> None:
    dialog.old.setText(old)
    dialog.new_password.password.setText(new)
    dialog.new_password.repeat.setText(new if repeat is None else repeat)


def works(session: Session, password: str) -> bool:
    try:
        log_in(Path(session.register.path), USER, password).close()
    except LoginFailed:
        return False
    return True


def test_the_new_password_logs_in_and_the_old_one_no_longer(
        qtbot: Any, dialog: ChangePasswordDialog, session: Session,
        no_modal_boxes: list[str]) -> None:
    fill(dialog, OLD, NEW)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert no_modal_boxes == ["Your password is changed. Use the new password from now on, also "
                              "to unlock the screen."]
    assert works(session, NEW) and not works(session, OLD)
    [event] = AuditService(session.register).events(AUDITOR, action="password_changed")
    assert event.username == USER


def test_a_wrong_current_password_is_said_and_nothing_changes(
        qtbot: Any, dialog: ChangePasswordDialog, session: Session) -> None:
    fill(dialog, "not-my-password-1", NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error_text("old_password") == \
        "The current password is wrong. Nothing was changed."
    assert dialog.old.text() == "" and dialog.focusWidget() is dialog.old
    assert works(session, OLD) and not works(session, NEW)
    dialog.old.setText("x")
    dialog.old.textEdited.emit("x")  # typing again clears the message
    assert dialog.error_text("old_password") == ""


def test_the_same_password_is_refused_under_the_new_one(
        qtbot: Any, dialog: ChangePasswordDialog, session: Session) -> None:
    fill(dialog, OLD, OLD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("password") == "The new password must differ from the old one."
    assert works(session, OLD)


def test_the_rule_is_shown_while_typing(dialog: ChangePasswordDialog, session: Session) -> None:
    fill(dialog, OLD, "psiholog-2027")  # the login name is in it
    rules = dialog.new_password.rules.text()
    assert "cannot contain the login name" in rules
    assert not dialog.ok_button.isEnabled()
    fill(dialog, OLD, "12345")
    rules = dialog.new_password.rules.text()
    assert "too short" in rules and "only digits" in rules
    fill(dialog, OLD, NEW, NEW + "x")
    assert "The two passwords differ." in dialog.new_password.rules.text()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter with the button disabled does nothing
    assert dialog.isVisible() and works(session, OLD)


def test_the_rule_with_the_full_name_is_checked_by_the_service(
        qtbot: Any, dialog: ChangePasswordDialog, session: Session) -> None:
    fill(dialog, OLD, "Ковалева-2027-жыл")  # the dialog knows the login name, not the full name
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "part of the full name" in dialog.error_text("password")
    assert works(session, OLD)
