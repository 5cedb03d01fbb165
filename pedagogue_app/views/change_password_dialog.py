"""The logged-in user changes their own password (Account → Change password…).

The current password, the new one twice with the rule's reasons shown while typing
(:class:`~pedagogue_app.views.account_setup.NewPassword`), then
:meth:`~pedagogue_app.services.accounts.AccountService.change_password`: a wrong current password
is said under that field (it is audited as a failed login, and nothing changes), a refused new one
under the new password. Key derivation runs in the GUI thread under a busy cursor.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import error_text
from ..services.accounts import AccountError, LoginFailed
from ..services.errors import NotFound, ValidationError
from ..services.session import Session
from .account_setup import ERROR_STYLE, NewPassword, password_edit, wrapped_label
from .login_dialog import account_text, busy_cursor


class ChangePasswordDialog(QDialog):
    """Change the password of ``session.actor``; accepted once the new password is stored."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._messages: dict[QLabel, Callable[[], str]] = {}
        self.setMinimumWidth(520)
        self.intro = wrapped_label(self, "intro")
        self.old = password_edit(self)
        self.old.setObjectName("old_password")
        self.old_error = self._error_label("old_password_error")
        self.new_password = NewPassword(self)
        self.new_password.set_identity(session.actor.username, "")
        self.new_error = self._error_label("password_error")
        self.message = self._error_label("message")
        self.old_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.old_label, self.old)
        form.addRow("", self.old_error)
        self.new_password.add_to(form)
        form.addRow("", self.new_error)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.old.textChanged.connect(self._update_ok)
        self.new_password.changed.connect(self._update_ok)
        for edit in (self.old, self.new_password.password, self.new_password.repeat):
            edit.textEdited.connect(self._clear_messages)
        self.retranslate()
        self.old.setFocus()

    def _error_label(self, name: str) -> QLabel:
        label = wrapped_label(self, name)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    @property
    def ok_button(self) -> QPushButton:
        button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def is_acceptable(self) -> bool:
        return bool(self.old.text()) and self.new_password.is_acceptable()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.is_acceptable())

    def _clear_messages(self) -> None:
        for label in (self.old_error, self.new_error, self.message):
            self._say(label, None)

    def _say(self, label: QLabel, message: Callable[[], str] | None) -> None:
        """Show (or with None hide) a message that follows a language change."""
        if message is None:
            self._messages.pop(label, None)
            label.clear()
            label.hide()
            return
        self._messages[label] = message
        label.setText(message())
        label.show()

    def error_text(self, name: str) -> str:
        """The message shown under ``old_password``, ``password`` or at the bottom (``message``)."""
        label = {"old_password": self.old_error, "password": self.new_error,
                 "message": self.message}[name]
        return label.text() if label in self._messages else ""

    def accept(self) -> None:
        if not self.is_acceptable():
            return
        new = self.new_password.password.text()
        try:
            with busy_cursor():
                self.session.accounts.change_password(self.session.actor, self.old.text(), new)
        except LoginFailed:
            self.old.clear()
            self.old.setFocus()
            self._say(self.old_error, lambda: self.tr(
                "The current password is wrong. Nothing was changed."))
            return
        except ValidationError as error:
            refused = error.errors
            self._say(self.new_error, lambda: "\n".join(dict.fromkeys(
                error_text(e.code, e.params) for e in refused)))
            self.new_password.password.setFocus()
            return
        except AccountError as error:
            self._say(self.message, functools.partial(account_text, error))
            return
        except NotFound:
            self._say(self.message, lambda: self.tr(
                "Your account was not found. Ask the administrator."))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Your password is changed. Use the new password from now on, also to unlock the "
            "screen."))
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(self.tr(
            "Account %1. Type your current password, then the new one twice. Other accounts and "
            "the recovery key are not affected.").replace("%1", self.session.actor.username))
        self.old_label.setText(self.tr("C&urrent password:"))
        self.old_label.setBuddy(self.old)
        self.new_password.retranslate()
        self.new_password.password_label.setText(self.tr("&New password:"))
        self.new_password.repeat_label.setText(self.tr("&Repeat the new password:"))
        self.ok_button.setText(self.tr("&Change password"))
        for label, message in self._messages.items():
            label.setText(message())
        self._update_ok()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "button_box"):
            self.retranslate()
        super().changeEvent(event)
