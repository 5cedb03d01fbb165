"""Log in to the encrypted register, or get in with the recovery key when a password is lost.

:class:`LoginDialog` tries the login name and password through
:func:`~pedagogue_app.services.session.log_in` and says under the fields why a login was refused:
wrong name or password, a wait after repeated failures (counted down, the Log in button disabled
until it ends), a locked or disabled account, a missing or damaged key file, an unusable
register. For the demo register it lists the demo's fictional accounts. :class:`RecoveryDialog`
sets a new password with the printed recovery key (:func:`~pedagogue_app.services.session.recover`).
Key derivation takes about half a second and runs in the GUI thread under a busy cursor.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..db import RegisterError
from ..db.keyslots import (
    RECOVERY_DATA_GROUPS,
    RECOVERY_GROUP,
    KeySlotError,
    KeySlotsNotFound,
    RecoveryKeyMistyped,
    WrongRecoveryKey,
    parse_recovery_key,
)
from ..i18n import error_text
from ..paths import backups_dir
from ..services.accounts import (
    FREE_FAILURES,
    LOCK_AFTER,
    AccountDisabled,
    AccountError,
    AccountLocked,
    LoginDelayed,
    LoginFailed,
)
from ..services.errors import NotFound, ValidationError
from ..services.session import Session, demo_accounts, keys_path, log_in, recover
from .account_setup import (
    ERROR_STYLE,
    GOOD_STYLE,
    HINT_STYLE,
    NewPassword,
    fit_height,
    password_edit,
    prefer_width,
    wrapped_label,
)
from .widgets import role_name

Clock = Callable[[], datetime]
KEY_SYMBOLS = RECOVERY_GROUP * (RECOVERY_DATA_GROUPS + 1)


def utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def key_file_text(error: KeySlotError, register_path: Path) -> str:
    """The key file beside the register is missing or damaged: where to restore it from."""
    if isinstance(error, KeySlotsNotFound):
        text = QCoreApplication.translate(
            "LoginDialog", "The key file %1 beside the register is missing, so the register "
                           "cannot be opened. Restore %1 from the backup folder %2 or from your "
                           "own copy. Nothing was changed.")
    else:
        text = QCoreApplication.translate(
            "LoginDialog", "The key file %1 beside the register is damaged, so the register "
                           "cannot be opened. Restore %1 from the backup folder %2 or from your "
                           "own copy. Nothing was changed.")
    return (text.replace("%1", keys_path(register_path).name)
            .replace("%2", str(backups_dir(register_path.parent))))


def account_text(error: AccountError) -> str:
    """Why an account cannot log in (not for LoginFailed/LoginDelayed, which are counted down)."""
    if isinstance(error, AccountLocked):
        return QCoreApplication.translate(
            "LoginDialog", "This account is locked after too many failed attempts. Ask the "
                           "administrator to unlock it, or use the recovery key (“Forgot "
                           "password?”).")
    if isinstance(error, AccountDisabled):
        return QCoreApplication.translate(
            "LoginDialog", "This account is disabled. Ask the administrator.")
    return QCoreApplication.translate(
        "LoginDialog", "This account cannot log in now. Ask the administrator.")


def refusal_text(error: Exception, register_path: Path) -> str:
    """A refusal that is not a wrong password or a wait, in the current language."""
    from .app import register_error_text

    if isinstance(error, AccountError):
        return account_text(error)
    if isinstance(error, KeySlotError):
        return key_file_text(error, register_path)
    if isinstance(error, RegisterError):
        return register_error_text(error)
    return str(error)


class LoginDialog(QDialog):
    """Log in to the register at ``register_path``; after exec() ``session`` is the open
    :class:`~pedagogue_app.services.session.Session` (None when closed). ``clock`` gives the
    current time (tests drive the countdown of a wait with it and :meth:`tick`)."""

    def __init__(self, register_path: str | os.PathLike[str], parent: QWidget | None = None, *,
                 school_name: str = "", clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self.register_path = Path(register_path)
        self.school_name = school_name
        self.session: Session | None = None
        self._clock = clock
        self._wait_until: datetime | None = None
        self._waiting_name = ""
        self._failed_before_wait: LoginFailed | None = None
        self._message: Callable[[], str] | None = None
        self.demo = demo_accounts(self.register_path)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._build()
        self.retranslate()
        prefer_width(self, 460)
        self.username.setFocus()

    def _build(self) -> None:
        self.heading = wrapped_label(self, "heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = password_edit(self)
        self.password.setObjectName("password")
        self.show_password = QCheckBox(self)
        self.show_password.setObjectName("show_password")
        self.message = wrapped_label(self, "message")
        self.message.hide()
        self.username_label, self.password_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.show_password)
        form.addRow("", self.message)
        self.button_box = QDialogButtonBox(self)
        self.login_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.forgot_button = self.button_box.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.forgot_button.setObjectName("forgot_button")
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.demo_box = self._demo_box() if self.demo else None
        if self.demo_box is not None:
            layout.addWidget(self.demo_box)
        layout.addWidget(self.button_box)
        self.show_password.toggled.connect(lambda shown: self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        self.username.textChanged.connect(self._update_button)
        self.login_button.clicked.connect(self.try_login)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.close_button.clicked.connect(self.reject)

    def _demo_box(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("demo_box")
        self.demo_note = wrapped_label(box, "demo_note")
        self.demo_table = QTableWidget(len(self.demo), 3, box)
        self.demo_table.setObjectName("demo_accounts")
        self.demo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demo_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demo_table.verticalHeader().hide()
        self.demo_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.demo_table.horizontalHeader().setStretchLastSection(True)
        self.demo_table.cellClicked.connect(lambda row, _col: self.use_demo_account(row))
        self.demo_table.cellActivated.connect(lambda row, _col: self.use_demo_account(row))
        layout = QVBoxLayout(box)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.demo_table)
        return box

    def _fill_demo_table(self) -> None:
        self.demo_table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Login name"), self.tr("Password")])
        for row, account in enumerate(self.demo):
            for col, text in enumerate((role_name(account.role), account.username, account.password)):
                self.demo_table.setItem(row, col, QTableWidgetItem(text))
        self.demo_table.resizeColumnsToContents()
        rows_height = sum(self.demo_table.rowHeight(r) for r in range(len(self.demo)))
        self.demo_table.setFixedHeight(rows_height + self.demo_table.horizontalHeader().height() + 4)

    def use_demo_account(self, row: int) -> None:
        """Fill the fields with a demo account (the user still presses Log in)."""
        account = self.demo[row]
        self.username.setText(account.username)
        self.password.setText(account.password)
        self.login_button.setFocus()

    # --- logging in ------------------------------------------------------------------------------
    def try_login(self) -> None:
        name = self.username.text().strip()
        if not name or not self.password.text():
            self._show(lambda: self.tr("Enter your login name and password."), ERROR_STYLE)
            (self.password if name else self.username).setFocus()
            return
        if not self.login_button.isEnabled():
            return
        try:
            with busy_cursor():
                session = log_in(self.register_path, name, self.password.text(), now=self._clock())
        except (AccountError, RegisterError) as error:
            self._refused(error, name)
            return
        self.timer.stop()
        self.password.clear()
        self.session = session
        self.accept()

    def _refused(self, error: Exception, name: str) -> None:
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, LoginDelayed):
            self._start_wait(name, error.seconds_left, None)
        elif isinstance(error, LoginFailed) and error.wait_s:
            self._start_wait(name, error.wait_s, error)
        elif isinstance(error, LoginFailed):
            self._show(lambda: self.tr("Wrong login name or password."), ERROR_STYLE)
        else:
            self._show(lambda: refusal_text(error, self.register_path), ERROR_STYLE)

    def _start_wait(self, name: str, seconds: int, failed: LoginFailed | None) -> None:
        self._wait_until = self._clock() + timedelta(seconds=seconds)
        self._waiting_name = name
        self._failed_before_wait = failed
        self.timer.start()
        self.tick()

    def seconds_left(self) -> int:
        """Seconds of the running wait (0 when there is none)."""
        if self._wait_until is None:
            return 0
        return max(0, math.ceil((self._wait_until - self._clock()).total_seconds()))

    def tick(self) -> None:
        """Once a second during a wait: count down, enable Log in again when it ends."""
        left = self.seconds_left()
        if left:
            self._show(lambda: self._wait_message(left), ERROR_STYLE)
        elif self._wait_until is not None:
            self._wait_until = None
            self.timer.stop()
            self._show(lambda: self.tr("You can try again now."), HINT_STYLE)
        self._update_button()

    def _wait_text(self, seconds: int) -> str:
        if seconds < 120:
            return self.tr("Try again in %n s.", "", seconds)
        return self.tr("Try again in %n min.", "", math.ceil(seconds / 60))

    def _wait_message(self, left: int) -> str:
        failed = self._failed_before_wait
        if failed is None:
            return self.tr("Too many failed attempts.") + " " + self._wait_text(left)
        text = self.tr("Wrong login name or password.") + " " + self._wait_text(left)
        if failed.failures > FREE_FAILURES:
            text += " " + self.tr("%n more failed attempt(s) lock the account.", "",
                                  LOCK_AFTER - failed.failures)
        return text

    def _update_button(self) -> None:
        waiting = self._wait_until is not None and self.username.text().strip() == self._waiting_name
        self.login_button.setEnabled(not waiting)

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.register_path, self)
        dialog.username.setText(self.username.text().strip())
        if dialog.exec() and dialog.session is not None:
            self.timer.stop()
            self.session = dialog.session
            self.accept()

    # --- texts -----------------------------------------------------------------------------------
    def _show(self, message: Callable[[], str], style: str) -> None:
        self._message = message
        self.message.setStyleSheet(style)
        self.message.setText(message())
        self.message.show()

    def message_text(self) -> str:
        """The message under the fields (empty when none): for tests and screen readers."""
        return self.message.text() if self._message else ""

    def retranslate(self) -> None:
        program = self.tr("School register (demo)") if self.demo else self.tr("School register")
        self.setWindowTitle(self.tr("Log in: %1").replace("%1", self.school_name or program))
        self.heading.setText(self.school_name or program)
        self.username_label.setText(self.tr("&Login name:"))
        self.username_label.setBuddy(self.username)
        self.password_label.setText(self.tr("&Password:"))
        self.password_label.setBuddy(self.password)
        self.show_password.setText(self.tr("&Show the password"))
        self.login_button.setText(self.tr("Log &in"))
        self.forgot_button.setText(self.tr("&Forgot password?"))
        if self.demo_box is not None:
            self.demo_box.setTitle(self.tr("Demo accounts"))
            self.demo_note.setText(self.tr(
                "Fictional accounts of the demo school, one per role. Click one to fill in the "
                "fields."))
            self._fill_demo_table()
        if self._message is not None:
            self.message.setText(self._message())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_height(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "login_button"):
            self.retranslate()
        super().changeEvent(event)


class RecoveryDialog(QDialog):
    """Give an account a new password with the recovery key (it is unlocked too); after exec()
    ``session`` is the open session of that account."""

    def __init__(self, register_path: str | os.PathLike[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_path = Path(register_path)
        self.session: Session | None = None
        self._message: Callable[[], str] | None = None
        self.intro = wrapped_label(self, "intro")
        self.key = QLineEdit(self)
        self.key.setObjectName("recovery_key")
        self.key.setFont(_fixed_font())
        self.key.setPlaceholderText("-".join(["XXXXX"] * (RECOVERY_DATA_GROUPS + 1)))
        self.key_hint = wrapped_label(self, "key_hint")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.new_password = NewPassword(self, replacing=True)
        self.message = wrapped_label(self, "message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.key_label, self.username_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.key_label, self.key)
        form.addRow("", self.key_hint)
        form.addRow(self.username_label, self.username)
        self.new_password.add_to(form)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.try_recover)
        self.button_box.rejected.connect(self.reject)
        self.key.textChanged.connect(self._refresh)
        self.username.textChanged.connect(self._refresh)
        self.new_password.changed.connect(self._update_ok)
        self.retranslate()
        prefer_width(self, 560)
        self.key.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def key_state(self) -> str:
        """"empty", "incomplete" (still typing), "mistyped" or "ok" (format and check group)."""
        symbols = sum(ch.isalnum() for ch in self.key.text())
        if not symbols:
            return "empty"
        try:
            parse_recovery_key(self.key.text())
        except RecoveryKeyMistyped:
            return "incomplete" if symbols < KEY_SYMBOLS else "mistyped"
        return "ok"

    def _refresh(self) -> None:
        state = self.key_state()
        symbols = sum(ch.isalnum() for ch in self.key.text())
        texts = {
            "empty": (self.tr("7 groups of 5 letters and digits, as printed on the sheet; dashes "
                              "and lower case are fine."), HINT_STYLE),
            "incomplete": (self.tr("%1 of %2 characters.").replace("%1", str(symbols))
                           .replace("%2", str(KEY_SYMBOLS)), HINT_STYLE),
            "mistyped": (self.tr("The key is mistyped: compare it with the sheet character by "
                                 "character."), ERROR_STYLE),
            "ok": (self.tr("✓ The key is typed correctly."), GOOD_STYLE),
        }
        text, style = texts[state]
        self.key_hint.setText(text)
        self.key_hint.setStyleSheet(style)
        self.new_password.set_identity(self.username.text().strip(), "")

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.key_state() == "ok" and bool(self.username.text().strip())
                                  and self.new_password.is_acceptable())

    def try_recover(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            with busy_cursor():
                session = recover(self.register_path, self.key.text(), self.username.text().strip(),
                                  self.new_password.password.text())
        except (AccountError, RegisterError, NotFound, ValidationError) as error:
            self._refused(error)
            return
        self.session = session
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._show(lambda: self._refusal(error))
        if isinstance(error, RecoveryKeyMistyped | WrongRecoveryKey):
            self.key.setFocus()
        elif isinstance(error, NotFound | AccountDisabled):
            self.username.setFocus()

    def _refusal(self, error: Exception) -> str:
        if isinstance(error, RecoveryKeyMistyped):
            return self.tr("The key is mistyped: compare it with the sheet character by character.")
        if isinstance(error, WrongRecoveryKey):
            return self.tr("This recovery key does not open this register: it belongs to another "
                           "register or was replaced by a newer one.")
        if isinstance(error, NotFound):
            return self.tr("There is no account with this login name.")
        if isinstance(error, ValidationError):
            return "\n".join(dict.fromkeys(error_text(e.code, e.params) for e in error.errors))
        return refusal_text(error, self.register_path)

    def _show(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())
        self.message.show()

    def message_text(self) -> str:
        return self.message.text() if self._message else ""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in with the recovery key"))
        self.intro.setText(self.tr(
            "Type the recovery key from the sheet kept in the safe, the login name of the "
            "account and a new password for it. The account is unlocked and logs in with the "
            "new password."))
        self.key_label.setText(self.tr("Recovery &key:"))
        self.key_label.setBuddy(self.key)
        self.username_label.setText(self.tr("&Login name:"))
        self.username_label.setBuddy(self.username)
        self.ok_button.setText(self.tr("Set the password and log &in"))
        self.new_password.retranslate()
        self._refresh()
        if self._message is not None:
            self.message.setText(self._message())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_height(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "button_box"):
            self.retranslate()
        super().changeEvent(event)


def _fixed_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(font.pointSize(), 11))
    return font
