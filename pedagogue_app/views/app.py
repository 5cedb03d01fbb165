"""Start the window: language, the register (or the welcome screen), the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import i18n, paths
from ..db import Register, RegisterError, open_register, verify_register
from ..services import local_actor
from ..services.school import SchoolData, SchoolService
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
        "too_new": QCoreApplication.translate(
            "Startup", "The register %1 was written by a newer version of this program. Install "
                       "that version to open it. The file was not changed."),
    }
    return texts.get(error.code, texts["damaged"]).replace("%1", str(error.path))


def demo_register_path(folder: Path) -> Path:
    return paths.register_path(folder / DEMO_FOLDER)


def create_school_register(path: Path, school: SchoolData) -> Register:
    """Create an empty register with its school profile."""
    register = open_register(path, create=True)
    SchoolService(register).save(local_actor(register.device_id), school)
    return register


def open_or_welcome(folder: Path, settings: QSettings) -> Register | None:
    """Open the school's register, else the demo, else ask on the welcome screen."""
    from .welcome import WelcomeDialog

    path, demo = paths.register_path(folder), demo_register_path(folder)
    try:
        if path.exists():
            return open_register(path, verify=False)
        if demo.exists():
            return open_register(demo, verify=False)
        welcome = WelcomeDialog(settings)
        if not welcome.exec():
            return None
        if welcome.choice == "create" and welcome.school is not None:
            return create_school_register(path, welcome.school)
        from ..demo import write_demo_register

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_demo_register(demo, students=600)
        finally:
            QApplication.restoreOverrideCursor()
        return open_register(demo)
    except RegisterError as error:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "School register"),
                             register_error_text(error))
        return None


def check_in_background(window: QWidget, register: Register) -> None:
    """Verify every page of the register after the window shows; close it if damage is found."""
    from .worker import run_in_background

    def damaged(error: Exception) -> None:
        text = register_error_text(error) if isinstance(error, RegisterError) else str(error)
        QMessageBox.critical(window, QCoreApplication.translate("Startup", "School register"),
                             text)
        window.close()

    run_in_background(lambda: verify_register(register.path), lambda _ok: None, damaged)


def run_gui(folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.ORG_NAME)
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(paths.settings_path(folder)), QSettings.Format.IniFormat)
    set_app_settings(settings)
    i18n.install(str(settings.value("language") or i18n.default_language()))
    register = open_or_welcome(folder, settings)
    if register is None:
        return 1
    from .main_window import MainWindow, Services

    window = MainWindow(Services(register), settings)
    window.show()
    check_in_background(window, register)
    QTimer.singleShot(3000, lambda: _report_backup(window, automatic_backup(register, window.actor, "daily")))
    try:
        return int(app.exec())
    finally:
        problem = automatic_backup(register, window.actor, "exit")
        if problem:
            print(problem, file=sys.stderr)
        register.close()


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
