"""The administrator's Accounts page driven like a user; results checked by logging in."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from pedagogue_app.services import AccessDenied
from pedagogue_app.services.accounts import AccountDisabled, AccountLocked, LoginFailed
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.preferences import idle_lock_minutes, set_idle_lock_minutes
from pedagogue_app.services.session import Session, log_in
from pedagogue_app.views.accounts_page import (
    AccountsPage,
    AddAccountDialog,
    ResetPasswordDialog,
)
from tests.sessions import ACCOUNTS, make_encrypted

NEW_PASSWORD = "Qayyn-Bulak-2027"
WRONG = "not-my-password-1"


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[Session]:
    session, _recovery = make_encrypted(tmp_path)
    yield session
    session.close()


@pytest.fixture
def page(qtbot: Any, admin: Session) -> Iterator[AccountsPage]:
    widget = AccountsPage(admin)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    yield widget
    widget.close()  # before the session closes: a pending change is saved on hiding


def db_path(session: Session) -> Path:
    return Path(session.register.path)


def can_log_in(session: Session, username: str, password: str) -> bool:
    try:
        log_in(db_path(session), username, password).close()
    except (LoginFailed, AccountDisabled, AccountLocked):
        return False
    return True


def shown(page: AccountsPage) -> dict[str, list[str]]:
    model = page.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 6)]
            for r in range(model.rowCount())}


def run_dialog(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog],
               fill: Callable[[Any], None]) -> list[Any]:
    """Let ``cls.exec`` fill the dialog and press OK instead of blocking."""
    opened: list[Any] = []

    def fake_exec(dialog: Any) -> int:
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", fake_exec)
    return opened


def set_password(dialog: Any, password: str, repeat: str | None = None) -> None:
    dialog.new_password.password.setText(password)
    dialog.new_password.repeat.setText(password if repeat is None else repeat)


def test_the_table_shows_every_account_with_translated_roles(page: AccountsPage,
                                                             qtmodeltester: Any) -> None:
    rows = shown(page)
    assert set(rows) == set(ACCOUNTS)
    assert rows["pedagog"] == [ACCOUNTS["pedagog"][2], "social pedagogue", "active", "0", ""]
    assert rows["direktor"][1] == "director (read only)"
    qtmodeltester.check(page.model)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Login name"


def test_add_creates_an_account_that_can_log_in(qtbot: Any, page: AccountsPage, admin: Session,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: AddAccountDialog) -> None:
        dialog.full_name.setText("Омарова Дана Ерланқызы")
        dialog.username.setText("omarova")
        dialog.role.setCurrentIndex(dialog.role.findData("psychologist"))
        set_password(dialog, NEW_PASSWORD)

    opened = run_dialog(monkeypatch, AddAccountDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    assert shown(page)["omarova"][:3] == ["Омарова Дана Ерланқызы", "psychologist", "active"]
    assert page.selected() is not None and page.selected().username == "omarova"
    assert "omarova" in page.status.text()
    session = log_in(db_path(admin), "omarova", NEW_PASSWORD)
    assert session.actor.role == "psychologist"
    session.close()


def test_add_shows_the_rule_live_and_the_services_refusals(qtbot: Any, admin: Session) -> None:
    dialog = AddAccountDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Омарова Дана")
    dialog.username.setText("admin")  # taken
    set_password(dialog, "Омарова-2027-жыл")  # the name is in it
    assert "part of the full name" in dialog.new_password.rules.text()
    assert not dialog.ok_button.isEnabled()
    set_password(dialog, NEW_PASSWORD, "Qayyn-Bulak-2028")
    assert "The two passwords differ." in dialog.new_password.rules.text()
    set_password(dialog, NEW_PASSWORD)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.text("username") == "This login name is already used."
    assert [a.username for a in admin.accounts.accounts(admin.actor)].count("admin") == 1


def test_disable_asks_then_the_account_cannot_log_in(
        qtbot: Any, page: AccountsPage, admin: Session,
        answer_boxes: Callable[..., list[str]]) -> None:
    page.select("pedagog")
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "pedagog" in asked[0]
    assert shown(page)["pedagog"][2] == "active"  # cancelled: nothing changed
    asked = answer_boxes(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert shown(page)["pedagog"][2] == "disabled"
    assert not page.disable_button.isEnabled() and not page.reset_button.isEnabled()
    assert not can_log_in(admin, "pedagog", ACCOUNTS["pedagog"][0])


def test_the_last_administrator_cannot_be_disabled(
        qtbot: Any, page: AccountsPage, admin: Session,
        answer_boxes: Callable[..., list[str]]) -> None:
    page.select("admin")
    said = answer_boxes(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert "your own account" in said[0]
    assert "last active administrator" in said[1]
    assert "last active administrator" in page.status.text()
    assert shown(page)["admin"][2] == "active"
    assert can_log_in(admin, "admin", ACCOUNTS["admin"][0])


def test_enter_opens_reset_and_the_new_password_works(
        qtbot: Any, page: AccountsPage, admin: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = run_dialog(monkeypatch, ResetPasswordDialog,
                        lambda dialog: set_password(dialog, NEW_PASSWORD))
    page.select("psiholog")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened and opened[0].account.username == "psiholog"
    assert "psiholog" in page.status.text()
    assert can_log_in(admin, "psiholog", NEW_PASSWORD)
    assert not can_log_in(admin, "psiholog", ACCOUNTS["psiholog"][0])


def test_reset_refuses_a_password_the_rule_refuses(qtbot: Any, admin: Session) -> None:
    row = next(a for a in admin.accounts.accounts(admin.actor) if a.username == "psiholog")
    dialog = ResetPasswordDialog(admin, row)
    qtbot.addWidget(dialog)
    dialog.show()
    set_password(dialog, "Ковалева-2027-жыл")  # a part of her name
    assert not dialog.ok_button.isEnabled()
    assert "part of the full name" in dialog.new_password.rules.text()
    dialog.accept()
    assert dialog.result() == 0
    assert can_log_in(admin, "psiholog", ACCOUNTS["psiholog"][0])


def test_unlock_clears_failed_logins(qtbot: Any, page: AccountsPage, admin: Session) -> None:
    start = datetime.now(UTC) - timedelta(days=30)
    for i in range(20):  # spaced past every wait: the twentieth failure locks
        with contextlib.suppress(LoginFailed, AccountLocked):
            admin.accounts.login("direktor", WRONG, now=start + timedelta(hours=i))
    page.refresh()
    assert shown(page)["direktor"][3:] == ["20", "locked"]
    assert not can_log_in(admin, "direktor", ACCOUNTS["direktor"][0])
    page.select("direktor")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert shown(page)["direktor"][3:] == ["0", ""]
    assert not page.unlock_button.isEnabled()
    assert can_log_in(admin, "direktor", ACCOUNTS["direktor"][0])


def test_the_idle_minutes_are_saved_and_audited(qtbot: Any, page: AccountsPage,
                                                admin: Session) -> None:
    assert page.idle_minutes.value() == 10
    page.idle_minutes.setValue(25)
    assert page.save_timer.isActive()  # saved shortly after the last change...
    page.save_timer.timeout.emit()
    assert idle_lock_minutes(admin.register) == 25
    assert "25 minute(s)" in page.status.text()
    page.idle_minutes.setValue(5)
    page.idle_minutes.editingFinished.emit()  # ...or at once when the field is left
    assert idle_lock_minutes(admin.register) == 5
    events = AuditService(admin.register).events(admin.actor, action="settings_changed")
    assert [e.detail for e in events] == ["idle_lock_minutes: 25 -> 5",
                                          "idle_lock_minutes: 10 -> 25"]


def test_the_spin_box_keeps_to_the_allowed_range_and_saves_when_left(page: AccountsPage) -> None:
    assert (page.idle_minutes.minimum(), page.idle_minutes.maximum()) == (1, 120)
    page.idle_minutes.setValue(500)
    assert page.idle_minutes.value() == 120
    page.hide()  # leaving the page saves at once
    assert idle_lock_minutes(page.session.register) == 120
    assert not page.save_timer.isActive()


@pytest.mark.parametrize("username", ["pedagog", "psiholog", "direktor"])
def test_other_roles_are_refused_by_the_services(qtbot: Any, admin: Session,
                                                 username: str) -> None:
    session = log_in(db_path(admin), username, ACCOUNTS[username][0])
    try:
        accounts, actor = session.accounts, session.actor
        for call in (lambda: accounts.accounts(actor),
                     lambda: accounts.add_account(actor, session.db_key, "x1", "Икс Игрек",
                                                  "admin", NEW_PASSWORD),
                     lambda: accounts.disable(actor, "admin"),
                     lambda: accounts.reset_password(actor, session.db_key, "admin", NEW_PASSWORD),
                     lambda: accounts.unlock(actor, "admin"),
                     lambda: set_idle_lock_minutes(session.register, actor, 30)):
            with pytest.raises(AccessDenied):
                call()
        page = AccountsPage(session)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 0
        assert page.status.text() == "Only the administrator manages accounts."
        assert not page.add_button.isEnabled() and not page.idle_minutes.isEnabled()
    finally:
        session.close()
    assert can_log_in(admin, "admin", ACCOUNTS["admin"][0])


def test_a_refused_operation_is_said_and_the_table_read_again(
        qtbot: Any, page: AccountsPage, admin: Session,
        answer_boxes: Callable[..., list[str]]) -> None:
    page.select("pedagog")
    other = log_in(db_path(admin), "admin", ACCOUNTS["admin"][0])
    other.accounts.disable(other.actor, "pedagog")  # meanwhile, in another window
    other.close()
    said = answer_boxes(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert said[-1] == "This account is disabled."
    assert shown(page)["pedagog"][2] == "disabled"
