"""Start the window: language, the register (or the welcome screen), the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import i18n, paths
from ..db import Register, RegisterError
from ..services.errors import ValidationError
from ..services.school import SchoolData, SchoolService
from ..services.session import (
    Session,
    create_register,
    encrypt_existing,
    keys_path,
    needs_conversion,
)
from .widgets import set_app_settings

DEMO_FOLDER = "demo"


def register_error_text(error: RegisterError) -> str:
    """What to tell a person when the register file cannot be used (the file is never changed)."""
    texts = {
        "not_found": QCoreApplication.translate("Startup", "There is no register at %1."),
        "not_a_register": QCoreApplication.translate(
            "Startup", "The file %1 is not a register of this program. It was not changed."),
        "damaged": QCoreApplication.translate(
            "Startup", "The register %1 is damaged and cannot be read safely. It was not "
                       "changed. Restore it from a backup or call your administrator."),
        "wrong_key": QCoreApplication.translate(
            "Startup", "The register %1 does not belong to the key file beside it (register.keys "
                       "of another register?). Nothing was changed. Put back the key file that "
                       "was copied together with this register."),
        "not_encrypted": QCoreApplication.translate(
            "Startup", "The register %1 is not encrypted although it has a key file. Nothing was "
                       "changed. Call your administrator."),
        "too_new": QCoreApplication.translate(
            "Startup", "The register %1 was written by a newer version of this program. Install "
                       "that version to open it. The file was not changed."),
    }
    return texts.get(error.code, texts["damaged"]).replace("%1", str(error.path))


def demo_register_path(folder: Path) -> Path:
    return paths.register_path(folder / DEMO_FOLDER)


def _critical(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "School register"), text)


def _busy(work: Any) -> Any:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


def _show_recovery_key(recovery_key: str, school_name: str, session: Session) -> None:
    from .account_setup import RecoveryKeyDialog
    from .printing import auditor

    dialog = RecoveryKeyDialog(recovery_key, school_name)
    dialog.audit = auditor(dialog, session.register, session.actor)  # prints and saved copies
    dialog.exec()


def create_school_register(path: Path, school: SchoolData) -> Session | None:
    """Ask for the administrator, create the encrypted register, show the recovery key once."""
    from .account_setup import AdminSetupDialog

    setup = AdminSetupDialog("create")
    while setup.exec():
        try:
            session, recovery_key = _busy(lambda: create_register(
                path, school, setup.username, setup.full_name, setup.password))
        except ValidationError as error:
            setup.show_errors(error)
            continue
        _show_recovery_key(recovery_key, school.name_kk or school.name_ru, session)
        return session
    return None


def convert_plain_register(path: Path) -> Session | None:
    """A register of an earlier version (not encrypted): create its administrator and encrypt it
    (an encrypted copy is kept in backups/ first; the plain file is overwritten)."""
    from ..db.connection import check_plain_header
    from .account_setup import AdminSetupDialog

    check_plain_header(path)  # a foreign or newer file is refused before anything is asked
    setup = AdminSetupDialog("convert")
    while setup.exec():
        try:
            session, recovery_key, _copy = _busy(lambda: encrypt_existing(
                path, setup.username, setup.full_name, setup.password))
        except ValidationError as error:
            setup.show_errors(error)
            continue
        school = SchoolService(session.register).get(session.actor)
        _show_recovery_key(recovery_key, school.name_kk if school else "", session)
        return session
    return None


def log_in_dialog(path: Path) -> Session | None:
    from .login_dialog import LoginDialog

    dialog = LoginDialog(path)
    if dialog.exec() and dialog.session is not None:
        return dialog.session
    return None


def open_or_welcome(folder: Path, settings: QSettings) -> Session | None:
    """Log in to the school's register, else the demo, else ask on the welcome screen (create
    the school's register with its administrator, or write the demo)."""
    from .welcome import WelcomeDialog

    path, demo = paths.register_path(folder), demo_register_path(folder)
    try:
        if path.exists() and path.stat().st_size:
            if needs_conversion(path):
                return convert_plain_register(path)
            if not keys_path(path).exists():  # encrypted, or not a register at all
                _critical(QCoreApplication.translate(
                    "Startup", "The register %1 cannot be opened: its key file %2 is missing, or "
                               "the file is not a register of this program. Nothing was changed. "
                               "Copy register.keys back from the backup (the USB stick) next to "
                               "the register.").replace("%1", str(path)).replace(
                    "%2", str(keys_path(path))))
                return None
            return log_in_dialog(path)
        if demo.exists() and not needs_conversion(demo):
            return log_in_dialog(demo)
        welcome = WelcomeDialog(settings)
        if not welcome.exec():
            return None
        if welcome.choice == "create" and welcome.school is not None:
            return create_school_register(path, welcome.school)
        from ..demo import write_demo_register

        _busy(lambda: write_demo_register(demo, students=600, encrypt=True, replace=True))
        return log_in_dialog(demo)
    except RegisterError as error:
        _critical(register_error_text(error))
        return None


def check_in_background(window: QWidget, register: Register) -> None:
    """Verify every page of the register after the window shows; close it if damage is found."""
    from .worker import run_in_background

    def damaged(error: Exception) -> None:
        text = register_error_text(error) if isinstance(error, RegisterError) else str(error)
        QMessageBox.critical(window, QCoreApplication.translate("Startup", "School register"),
                             text)
        window.close()

    run_in_background(register.verify, lambda _ok: None, damaged)


def unexpected_error(kind: type[BaseException], error: BaseException, trace: Any) -> None:
    """The last resort for an error no dialog caught: say so instead of failing silently. A
    refusal of the access rules gets its own message (the service refused; nothing changed)."""
    from ..services.access import AccessDenied

    sys.__excepthook__(kind, error, trace)  # the trace goes to the console (never to a file)
    if QApplication.instance() is None or not issubclass(kind, Exception):
        return
    from ..db.cipher import is_damage

    if isinstance(error, AccessDenied):
        text = QCoreApplication.translate(
            "Startup", "Your role may not do this. Nothing was changed.")
    elif "disk is full" in str(error) or getattr(error, "errno", None) == 28:  # ENOSPC
        text = QCoreApplication.translate(
            "Startup", "The disk is full: the last change was not saved (the register keeps what "
                       "was saved before). Free some space and save again.")
    elif is_damage(error):  # a page failed its check when read: never shown as data
        text = QCoreApplication.translate(
            "Startup", "A part of the register is damaged and cannot be read safely. Close the "
                       "program and restore the register from a backup, or call your "
                       "administrator.")
    else:
        text = QCoreApplication.translate(
            "Startup", "Something went wrong: %1. What you saved before is kept; check the last "
                       "record you edited.").replace("%1", type(error).__name__)
    QMessageBox.warning(QApplication.activeWindow(),
                        QCoreApplication.translate("Startup", "School register"), text)


def run_gui(folder: Path) -> int:
    sys.excepthook = unexpected_error
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.ORG_NAME)
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(paths.settings_path(folder)), QSettings.Format.IniFormat)
    set_app_settings(settings)
    i18n.install(str(settings.value("language") or i18n.default_language()))
    while True:  # once per login: "switch user" closes the window and logs in again
        session = open_or_welcome(folder, settings)
        if session is None:
            return 1
        switching = run_session(app, session, settings)
        if not switching:
            return 0


def run_session(app: Any, session: Session, settings: QSettings) -> bool:
    """Show the main window for ``session`` until it closes; True when the user asked to switch."""
    from .main_window import MainWindow, Services

    register = session.register
    window = MainWindow(Services(register), settings, session=session)
    window.show()
    check_in_background(window, register)
    QTimer.singleShot(3000, lambda: _report_backup(
        window, automatic_backup(register, window.actor, "daily")))
    try:
        app.exec()
    finally:
        problem = automatic_backup(register, window.actor, "exit")
        if problem:
            print(problem, file=sys.stderr)
        session.close("switch user" if getattr(window, "switching", False) else "exit")
    return bool(getattr(window, "switching", False))


def automatic_backup(register: Register, actor: Any, kind: str) -> str | None:
    """The daily backup (once a day, at start) or the backup on exit, then the rotation
    (7 daily, 4 weekly, 12 monthly) in ``backups/`` beside the register. Not for the demo.
    Returns a message when it failed, None otherwise."""
    from ..services.audit import AuditService
    from ..services.backups import BackupError, BackupService

    school = SchoolService(register).get(actor)
    if school is None or school.is_demo:
        return None
    service = BackupService(register, register.path.parent / "backups")
    try:
        if kind == "daily" and not service.due_daily():
            return None
        info = service.backup_now(actor, kind)
        service.prune()
        AuditService(register).record(actor, "backup", detail=f"{kind} {info.path.name}")
    except BackupError as exc:
        text = QCoreApplication.translate("Startup", "The automatic backup failed: %1")
        return text.replace("%1", str(exc))
    return None


def _report_backup(window: Any, problem: str | None) -> None:
    if problem:
        QMessageBox.warning(window, window.windowTitle(), problem)
