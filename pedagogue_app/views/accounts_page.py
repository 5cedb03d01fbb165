"""The administrator's Accounts area: who may log in, and when the screen locks.

A table of the accounts (login name, full name, role, active or disabled, failed logins, locked)
with Add…, Reset password… (Enter or double-click on a row), Unlock and Disable… (Delete, asks
first), and the idle-lock minutes of the register (:mod:`~pedagogue_app.services.preferences`).
Every operation goes through :class:`~pedagogue_app.services.accounts.AccountService`, which
refuses anyone but the administrator; refusals are shown beside the field or in a message box and
the table is read again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..db.keyslots import KeySlotError
from ..i18n import error_text
from ..services import AccessDenied, NotFound, ValidationError
from ..services.accounts import AccountDisabled, AccountError, AccountRow, LastAdmin
from ..services.context import ROLES
from ..services.preferences import (
    IDLE_LOCK_KEY,
    IDLE_LOCK_MAX,
    IDLE_LOCK_MIN,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from ..services.session import Session
from .account_setup import ERROR_STYLE, NewPassword, wrapped_label
from .list_pages import prepare_table
from .login_dialog import busy_cursor
from .table_models import DISPLAY, ID_ROLE, RowTableModel
from .widgets import FieldErrors, role_name

_Index = QModelIndex | QPersistentModelIndex
SAVE_DELAY_MS = 800  # the spin box is saved this long after the last change


class AccountTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("AccountTableModel", "Login name"),
               QT_TRANSLATE_NOOP("AccountTableModel", "Full name"),
               QT_TRANSLATE_NOOP("AccountTableModel", "Role"),
               QT_TRANSLATE_NOOP("AccountTableModel", "Status"),
               QT_TRANSLATE_NOOP("AccountTableModel", "Failed logins"),
               QT_TRANSLATE_NOOP("AccountTableModel", "Locked"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            lambda r: r.username, lambda r: r.full_name, lambda r: role_name(r.role),
            lambda r: (QCoreApplication.translate("AccountTableModel", "active") if r.is_active
                       else QCoreApplication.translate("AccountTableModel", "disabled")),
            lambda r: str(r.failed_logins),
            lambda r: QCoreApplication.translate("AccountTableModel", "locked") if r.locked else "",
        ], parent)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if index.isValid() and role == ID_ROLE:
            return self.rows[index.row()].username
        return super().data(index, role)


class _AccountDialog(QDialog):
    """The shared frame of Add and Reset: a form, an error line, OK/Cancel, a service call."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(540)
        self.intro = wrapped_label(self, "intro")
        self.form = QFormLayout()
        self.new_password = NewPassword(self)
        self.password_error = wrapped_label(self, "password_error")
        self.password_error.setStyleSheet(ERROR_STYLE)
        self.password_error.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.new_password.changed.connect(self._update_ok)

    def finish_layout(self) -> None:
        self.new_password.add_to(self.form)
        self.form.addRow("", self.password_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.button_box)

    @property
    def ok_button(self) -> QPushButton:
        button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def is_acceptable(self) -> bool:
        return self.new_password.is_acceptable()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.is_acceptable())

    def show_password_errors(self, error: ValidationError) -> None:
        texts = [error_text(e.code, e.params) for e in error.errors if e.field == "password"]
        self.password_error.setText("\n".join(dict.fromkeys(texts)))
        self.password_error.setVisible(bool(texts))

    def run(self, action: Callable[[], object]) -> bool:
        """Run the service call; show what it refuses. True when it went through."""
        self.password_error.hide()
        try:
            with busy_cursor():
                action()
        except ValidationError as error:
            self.show_validation(error)
        except AccessDenied:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Only the administrator manages accounts."))
        except (AccountError, NotFound, KeySlotError) as error:
            QMessageBox.warning(self, self.windowTitle(), refusal(error))
        else:
            return True
        return False

    def show_validation(self, error: ValidationError) -> None:
        self.show_password_errors(error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "username_label"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class AddAccountDialog(_AccountDialog):
    """A new account: login name, full name, role and its first password (twice)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.username_label, self.full_name_label, self.role_label = (
            QLabel(self), QLabel(self), QLabel(self))
        self.form.addRow(self.full_name_label, self.full_name)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.role_label, self.role)
        self.finish_layout()
        self.errors = FieldErrors({"username": self.username, "full_name": self.full_name,
                                   "role": self.role})
        self.username.textChanged.connect(self._identity_changed)
        self.full_name.textChanged.connect(self._identity_changed)
        self.retranslate()
        self.full_name.setFocus()

    def _identity_changed(self) -> None:
        self.new_password.set_identity(self.username.text().strip(),
                                       " ".join(self.full_name.text().split()))

    def is_acceptable(self) -> bool:
        return bool(self.username.text().strip() and self.full_name.text().strip()) \
            and super().is_acceptable()

    def show_validation(self, error: ValidationError) -> None:
        self.errors.show(error)
        self.show_password_errors(error)

    def accept(self) -> None:
        if not self.is_acceptable():
            return
        self.errors.clear()
        session = self.session
        if self.run(lambda: session.accounts.add_account(
                session.actor, session.db_key, self.username.text().strip(),
                self.full_name.text(), str(self.role.currentData()),
                self.new_password.password.text())):
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        self.intro.setText(self.tr(
            "Each colleague gets their own account. Give them the first password in person and "
            "ask them to change it (Account → Change password…)."))
        self.full_name_label.setText(self.tr("&Full name:"))
        self.full_name_label.setBuddy(self.full_name)
        self.username_label.setText(self.tr("&Login name:"))
        self.username_label.setBuddy(self.username)
        self.role_label.setText(self.tr("R&ole:"))
        self.role_label.setBuddy(self.role)
        chosen = self.role.currentData()
        self.role.clear()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(max(self.role.findData(chosen or "social_pedagogue"), 0))
        self.ok_button.setText(self.tr("&Create account"))
        self.new_password.retranslate()
        self._update_ok()


class ResetPasswordDialog(_AccountDialog):
    """A new password for someone else's account (it also clears its failures and lock)."""

    def __init__(self, session: Session, account: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.account = session, account
        self.username_label = QLabel(account.username, self)  # also marks the dialog as built
        self.finish_layout()
        self.new_password.set_identity(account.username, account.full_name)
        self.retranslate()
        self.new_password.password.setFocus()

    def accept(self) -> None:
        if not self.is_acceptable():
            return
        session, name = self.session, self.account.username
        if self.run(lambda: session.accounts.reset_password(
                session.actor, session.db_key, name, self.new_password.password.text())):
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password: %1").replace("%1", self.account.username))
        self.intro.setText(self.tr(
            "A new password for %1 (%2). The account is unlocked too. Give the password to them "
            "in person and ask them to change it.").replace("%1", self.account.username)
            .replace("%2", self.account.full_name))
        self.ok_button.setText(self.tr("&Set password"))
        self.new_password.retranslate()
        self._update_ok()


def refusal(error: Exception) -> str:
    """An account operation refused by the service, in the current language."""
    if isinstance(error, LastAdmin):
        return QCoreApplication.translate(
            "AccountsPage", "This is the last active administrator account: it cannot be "
                            "disabled. Create another administrator first.")
    if isinstance(error, AccountDisabled):
        return QCoreApplication.translate("AccountsPage", "This account is disabled.")
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "AccountsPage", "This account no longer exists. The list is read again.")
    if isinstance(error, KeySlotError):
        return QCoreApplication.translate(
            "AccountsPage", "The key file of the register refused the change: %1").replace(
            "%1", str(error))
    return QCoreApplication.translate(
        "AccountsPage", "The account could not be changed: %1").replace("%1", str(error))


class AccountsPage(QWidget):
    """The administrator's account management (see the module docstring)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AccountTableModel(self)
        self.stored_minutes = 0
        self._build()
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_idle_minutes)
        self._connect()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.heading = wrapped_label(self, "heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.intro = wrapped_label(self, "intro")
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        prepare_table(self.table, (110, 230, 160, 80, 100))
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.add_button, self.reset_button, self.unlock_button, self.disable_button = (
            self._button(name) for name in ("add_button", "reset_button", "unlock_button",
                                            "disable_button"))
        self.status = wrapped_label(self, "status")
        self.lock_box = QGroupBox(self)
        self.idle_minutes = QSpinBox(self.lock_box)
        self.idle_minutes.setObjectName(IDLE_LOCK_KEY)
        self.idle_minutes.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_label = QLabel(self.lock_box)
        self.idle_hint = wrapped_label(self.lock_box, "idle_hint")
        lock_form = QFormLayout(self.lock_box)
        lock_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        lock_form.addRow(self.idle_label, self.idle_minutes)
        lock_form.addRow(self.idle_hint)
        self.lock_errors = FieldErrors({IDLE_LOCK_KEY: self.idle_minutes})
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.unlock_button,
                       self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.lock_box)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.disable_button.clicked.connect(self.disable)
        self.table.activated.connect(lambda _index: self.reset_password())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.disable)
        self.idle_minutes.valueChanged.connect(lambda _v: self.save_timer.start())
        self.idle_minutes.editingFinished.connect(self.save_idle_minutes)

    # --- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the accounts and the idle minutes again (keeps the selected account)."""
        chosen = self.selected()
        try:
            rows = self.session.accounts.accounts(self.session.actor)
        except AccessDenied:
            rows = []
            self._say(self.tr("Only the administrator manages accounts."), error=True)
            for widget in (self.add_button, self.idle_minutes):
                widget.setEnabled(False)
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.username)
        self.stored_minutes = idle_lock_minutes(self.session.register)
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(self.stored_minutes)
        self.idle_minutes.blockSignals(False)
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        row: AccountRow = self.model.rows[index.row()]
        return row

    def select(self, username: str) -> None:
        for row, account in enumerate(self.model.rows):
            if account.username == username:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        active = row is not None and row.is_active
        self.reset_button.setEnabled(active)
        self.disable_button.setEnabled(active)
        self.unlock_button.setEnabled(row is not None and (row.locked or row.failed_logins > 0))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # --- operations -------------------------------------------------------------------------
    def add_account(self) -> None:
        dialog = AddAccountDialog(self.session, self)
        if dialog.exec():
            name = dialog.username.text().strip()
            self.refresh()
            self.select(name)
            self._say(self.tr("Account %1 created.").replace("%1", name))

    def reset_password(self) -> None:
        row = self.selected()
        if row is None or not row.is_active:
            return
        if ResetPasswordDialog(self.session, row, self).exec():
            self.refresh()
            self._say(self.tr("New password set for %1; the account is unlocked.")
                      .replace("%1", row.username))

    def unlock(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self._run(lambda: self.session.accounts.unlock(self.session.actor, row.username)):
            self._say(self.tr("%1 can log in again: failed logins cleared.")
                      .replace("%1", row.username))

    def disable(self) -> None:
        row = self.selected()
        if row is None or not row.is_active:
            return
        text = self.tr("Disable the account %1 (%2)? It can no longer log in; its records and "
                       "its audit events are kept.").replace("%1", row.username) \
            .replace("%2", row.full_name)
        if row.username == self.session.actor.username:
            text += "\n\n" + self.tr("This is your own account: once the screen locks or you log "
                                     "out, you cannot log in with it again.")
        answer = QMessageBox.question(
            self, self.tr("Disable account"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: self.session.accounts.disable(self.session.actor, row.username)):
            self._say(self.tr("Account %1 disabled.").replace("%1", row.username))

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except AccessDenied:
            text = self.tr("Only the administrator manages accounts.")
        except (AccountError, NotFound, KeySlotError) as error:
            text = refusal(error)
        else:
            self.refresh()
            return True
        self._say(text, error=True)
        QMessageBox.warning(self, self.tr("Accounts"), text)
        self.refresh()
        return False

    def save_idle_minutes(self) -> None:
        """Store the spin box's minutes (nothing happens when they did not change)."""
        self.save_timer.stop()
        minutes = self.idle_minutes.value()
        if minutes == self.stored_minutes:  # also when the field only lost the focus
            return
        self.lock_errors.clear()
        try:
            set_idle_lock_minutes(self.session.register, self.session.actor, minutes)
        except ValidationError as error:
            self.lock_errors.show(error)
            return
        except AccessDenied:
            self._say(self.tr("Only the administrator changes the screen lock."), error=True)
            return
        self.stored_minutes = minutes
        self._say(self.tr("Saved: the screen locks after %n minute(s) without use.", "", minutes))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self.save_timer.isActive():  # leaving the page (or closing) saves a pending change
            self.save_idle_minutes()
        super().hideEvent(event)

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Accounts"))
        self.intro.setText(self.tr(
            "Everyone who works in the register logs in with their own account. Enter or a "
            "double-click resets the password of the chosen account; Delete disables it."))
        self.add_button.setText(self.tr("&Add…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.disable_button.setText(self.tr("&Disable…"))
        self.lock_box.setTitle(self.tr("Screen lock"))
        self.idle_label.setText(self.tr("Lock after idle &minutes:"))
        self.idle_label.setBuddy(self.idle_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_hint.setText(self.tr(
            "For every user of this register. Ctrl+L or F12 locks the screen at once."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "lock_box"):
            self.retranslate()
        super().changeEvent(event)
