"""The register's first administrator, and the recovery key shown once when the register is made.

:class:`AdminSetupDialog` only asks (full name, login name, password twice, checked live against
the password rule); the caller creates the register or encrypts the old one with what it gives.
:class:`RecoveryKeyDialog` shows the new recovery key once, prints it or saves it as PDF from
memory, and lets the user go on only after confirming the key was printed or written down.
:class:`NewPassword` is the password-twice part shared with the recovery dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import error_text
from ..services.accounts import check_password
from ..services.errors import ValidationError
from .printing import Audit, language_menu, make_document, remember_lang, show_audited
from .widgets import app_settings

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"
GOOD_STYLE = "color: #1b5e20;"
MODES = ("create", "convert")


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def wrapped_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def fit_height(dialog: QDialog) -> None:
    """Keep a dialog tall enough for its wrapped texts at its current width.

    A window's minimum size ignores the height a word-wrapped label needs at a narrower width
    than its size hint (a small screen, a long Kazakh text): the last lines would be cut off.
    """
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        dialog.setMinimumHeight(layout.totalHeightForWidth(dialog.width()))


def prefer_width(dialog: QDialog, width: int) -> None:
    """Open ``dialog`` at least ``width`` wide and tall enough for its wrapped texts. (A minimum
    width set on the dialog would override its layout's and could cut off the recovery key or a
    long label.)"""
    hint = dialog.sizeHint()
    wide = max(hint.width(), width)
    layout = dialog.layout()
    high = (layout.totalHeightForWidth(wide) if layout is not None and layout.hasHeightForWidth()
            else hint.height())
    dialog.resize(wide, high)


class NewPassword(QObject):
    """A new password typed twice, a show-password box and the live list of what the password
    rule refuses (:func:`~pedagogue_app.services.accounts.check_password`) or a mismatch."""

    changed = Signal()

    def __init__(self, parent: QWidget, *, replacing: bool = False) -> None:
        super().__init__(parent)
        self.replacing = replacing  # a new password for an existing account: say "new"
        self.password = password_edit(parent)
        self.password.setObjectName("password")
        self.repeat = password_edit(parent)
        self.repeat.setObjectName("repeat")
        self.show_password = QCheckBox(parent)
        self.show_password.setObjectName("show_password")
        self.rules = wrapped_label(parent, "password_rules")
        self.password_label, self.repeat_label = QLabel(parent), QLabel(parent)
        self.username = ""
        self.full_name = ""
        self.show_password.toggled.connect(self._show)
        for edit in (self.password, self.repeat):
            edit.textChanged.connect(self.refresh)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.show_password)
        form.addRow("", self.rules)

    def retranslate(self) -> None:
        self.password_label.setText(self.tr("&New password:") if self.replacing
                                    else self.tr("&Password:"))
        self.password_label.setBuddy(self.password)
        self.repeat_label.setText(self.tr("&Repeat the password:"))
        self.repeat_label.setBuddy(self.repeat)
        self.show_password.setText(self.tr("&Show the password"))
        self.refresh()

    def set_identity(self, username: str, full_name: str) -> None:
        """Whose password it is: the rule refuses the login name and parts of the full name."""
        self.username, self.full_name = username, full_name
        self.refresh()

    def problems(self) -> list[str]:
        """Why the password cannot be used yet, translated (empty when it can)."""
        text = self.password.text()
        found = [error_text(code, {}) for code in check_password(text, self.username, self.full_name)]
        if self.repeat.text() and self.repeat.text() != text:
            found.append(self.tr("The two passwords differ."))
        return found

    def is_acceptable(self) -> bool:
        return (bool(self.password.text()) and self.password.text() == self.repeat.text()
                and not check_password(self.password.text(), self.username, self.full_name))

    def refresh(self) -> None:
        problems = self.problems() if self.password.text() else []
        if problems:
            text, style = "\n".join(f"• {p}" for p in problems), ERROR_STYLE
        elif not self.password.text():
            text, style = self.tr(
                "At least 10 characters, not only digits, not the login name or a part of the "
                "name, not a common password."), HINT_STYLE
        elif not self.repeat.text():
            text, style = self.tr("Type the password once more."), HINT_STYLE
        else:
            text, style = self.tr("✓ The password meets the rules."), GOOD_STYLE
        self.rules.setText(text)
        self.rules.setStyleSheet(style)
        self.changed.emit()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)


class AdminSetupDialog(QDialog):
    """Ask for the first administrator: ``mode`` "create" (a new register) or "convert" (an
    unencrypted register of an earlier version). After exec(): :attr:`username`,
    :attr:`full_name`, :attr:`password`. Refusals of the service are shown by :meth:`show_errors`."""

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.intro = wrapped_label(self, "intro")
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("full_name")
        self.username_edit = QLineEdit("admin", self)
        self.username_edit.setObjectName("username")
        self.new_password = NewPassword(self)
        self.errors = wrapped_label(self, "errors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.full_name_label, self.username_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.full_name_label, self.full_name_edit)
        form.addRow(self.username_label, self.username_edit)
        self.new_password.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.full_name_edit.textChanged.connect(self._identity_changed)
        self.username_edit.textChanged.connect(self._identity_changed)
        self.new_password.changed.connect(self._update_ok)
        self.retranslate()
        prefer_width(self, 560)
        self.full_name_edit.setFocus()

    @property
    def username(self) -> str:
        return self.username_edit.text().strip()

    @username.setter
    def username(self, value: str) -> None:
        self.username_edit.setText(value)

    @property
    def full_name(self) -> str:
        return " ".join(self.full_name_edit.text().split())

    @full_name.setter
    def full_name(self, value: str) -> None:
        self.full_name_edit.setText(value)

    @property
    def password(self) -> str:
        return self.new_password.password.text()

    @password.setter
    def password(self, value: str) -> None:
        """Fill both password fields (tests and callers that already have one)."""
        self.new_password.password.setText(value)
        self.new_password.repeat.setText(value)

    def ok_button(self) -> QPushButton:
        button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def is_acceptable(self) -> bool:
        return bool(self.username and self.full_name) and self.new_password.is_acceptable()

    def show_errors(self, error: ValidationError) -> None:
        """Show what the service refused (each message once) and go to the first field named."""
        texts = list(dict.fromkeys(error_text(e.code, e.params) for e in error.errors))
        self.errors.setText("\n".join(texts))
        self.errors.setVisible(bool(texts))
        fields = {"full_name": self.full_name_edit, "username": self.username_edit,
                  "password": self.new_password.password}
        first = next((fields[e.field] for e in error.errors if e.field in fields), None)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        if self.is_acceptable():
            super().accept()

    def retranslate(self) -> None:
        create = self.mode == "create"
        self.setWindowTitle(self.tr("New register: the administrator") if create
                            else self.tr("Encrypt the register"))
        self.intro.setText(self.tr(
            "The register will be encrypted: it opens only with the password of one of its "
            "accounts. Create the administrator first; the administrator then creates the "
            "accounts of colleagues. Next you will see the recovery key, which opens the "
            "register if every password is forgotten.") if create else self.tr(
            "This register was made by an earlier version of the program and is not encrypted. "
            "It will be encrypted now: first an encrypted backup copy is made in the backups "
            "folder, then the register itself is encrypted. Nothing is lost. From now on it "
            "opens only with a password: create the administrator who will log in."))
        self.full_name_label.setText(self.tr("&Full name:"))
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setText(self.tr("&Login name:"))
        self.username_label.setBuddy(self.username_edit)
        self.ok_button().setText(self.tr("&Create the administrator") if create
                                 else self.tr("&Encrypt the register"))
        self.new_password.retranslate()
        self._update_ok()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_height(self)

    def _identity_changed(self) -> None:
        self.new_password.set_identity(self.username, self.full_name)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(self.is_acceptable())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RecoveryKeyDialog(QDialog):
    """Show the new recovery key once; Print… and Save as PDF… make the sheet in memory
    (:mod:`pedagogue_app.documents.recovery_key`). Continue is enabled only once the user ticks
    that the key was printed or written down; closing without it asks first. ``audit`` (see
    :func:`~pedagogue_app.views.printing.auditor`) records prints and saved copies."""

    def __init__(self, recovery_key: str, school_name: str, parent: QWidget | None = None, *,
                 audit: Audit | None = None, made_on: date | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.school_name = school_name
        self.made_on = made_on or date.today()
        self.audit = audit
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFont(_key_font())
        self.key_label.setStyleSheet("padding: 12px 24px; border: 2px solid #333; background: white;")
        self.explanation = wrapped_label(self, "explanation")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_button")
        self.print_button.setMenu(language_menu(self.print_button, self.print_sheet))
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_button")
        self.save_button.setMenu(language_menu(self.save_button, self.save_sheet))
        self.confirmed = QCheckBox(self)
        self.confirmed.setObjectName("confirmed")
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        for widget in (self.key_label, self.explanation, self.confirmed):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.confirmed.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        self.retranslate()
        prefer_width(self, 620)

    def document(self, lang: str) -> bytes:
        """The recovery key sheet as PDF bytes (never written anywhere by this call)."""
        from ..documents.recovery_key import RecoveryKeySheet, build

        return build(RecoveryKeySheet(self.recovery_key, self.school_name, self.made_on), lang)

    def print_sheet(self, lang: str) -> None:
        """Open the preview of the sheet in ``lang`` (print or save from there)."""
        from ..documents.recovery_key import file_name

        remember_lang(lang)
        pdf = make_document(self, lambda: self.document(lang))
        if pdf is not None:
            show_audited(self, pdf, self.tr("Recovery key"), file_name(lang), self._audit_of())

    def save_sheet(self, lang: str) -> None:
        """Ask where, then save the sheet in ``lang`` as PDF."""
        from ..documents.recovery_key import file_name
        from .pdf_preview import save_file

        remember_lang(lang)
        folder = str(app_settings().value("preview/save_dir", "") or Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key as PDF"), str(Path(folder) / file_name(lang)),
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        path += "" if path.lower().endswith(".pdf") else ".pdf"
        pdf = make_document(self, lambda: self.document(lang))
        if pdf is not None and save_file(self, path, pdf):
            app_settings().setValue("preview/save_dir", str(Path(path).parent))
            audit = self._audit_of()
            if audit:
                audit("save_pdf", "")

    def _audit_of(self) -> Audit | None:
        audit = self.audit
        if audit is None:
            return None
        return lambda action, detail: audit(action, f"recovery key {detail}".strip())

    def reject(self) -> None:
        if not self.confirmed.isChecked():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr(
                    "You have not confirmed that the recovery key is printed or written down. It "
                    "is not shown again and is kept nowhere else. Close anyway?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.explanation.setText(self.tr(
            "This is the recovery key of the register. It is shown only now and is kept nowhere "
            "else, not even in the program. If every password is forgotten or the administrator's "
            "account is locked, it opens the register and sets a new password (“Forgot "
            "password?” on the login screen).\n\nPrint it or write it down and keep it in the "
            "school safe. Whoever has it can open the register: do not photograph it, do not send "
            "it and do not leave it on this computer. A PDF copy belongs on a removable disk in "
            "the safe."))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        self.confirmed.setText(self.tr("&I have printed or written down the recovery key"))
        self.continue_button.setText(self.tr("&Continue"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_height(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSize(20)
    font.setBold(True)
    return font
