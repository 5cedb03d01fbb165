"""The main window: navigation between the areas that exist, menus, shortcuts, geometry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from .. import __version__, i18n
from ..services import Actor, access, local_actor
from ..services.messages import QT_TRANSLATE_NOOP
from ..services.session import Session
from .dashboard import DashboardPage
from .forms.ui_main_window import Ui_MainWindow
from .list_pages import FamilyListPage, StudentListPage
from .records import Services, new_record, open_record
from .widgets import role_name

__all__ = ["MainWindow", "Services"]


@dataclass(frozen=True)
class PageSpec:
    """One area of the navigation: shown only to roles that may read ``record_type``."""

    key: str
    record_type: str
    title: str  # marked for lupdate in the MainWindow context


PAGES = (  # the administrator sees accounts and the audit log first
    PageSpec("accounts", "account", QT_TRANSLATE_NOOP("MainWindow", "Accounts")),
    PageSpec("audit", "audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log")),
    PageSpec("dashboard", "dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    PageSpec("students", "student", QT_TRANSLATE_NOOP("MainWindow", "Students")),
    PageSpec("families", "family", QT_TRANSLATE_NOOP("MainWindow", "Families")),
    PageSpec("sessions", "session", QT_TRANSLATE_NOOP("MainWindow", "Psychologist sessions")),
    PageSpec("incidents", "incident", QT_TRANSLATE_NOOP("MainWindow", "Incidents")),
    PageSpec("referrals", "referral", QT_TRANSLATE_NOOP("MainWindow", "Referrals")),
    PageSpec("organisations", "organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisations")),
    PageSpec("reports", "reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
)
EAGER = ("dashboard", "students", "families")  # built at start; the others when first chosen
NEEDS_SESSION = ("accounts", "audit")


class MainWindow(QMainWindow):
    """Dialogs are imported when first opened, so start-up loads only what it shows.

    The navigation holds only the areas the actor's role may read (services/access.py decides;
    the services refuse the rest anyway). With a ``session`` (the app; tests may pass only an
    actor) the account menu works: lock, switch user, change password, and the administrator's
    accounts and audit pages.
    """

    switch_user_requested = Signal()

    def __init__(self, services: Services, settings: QSettings, actor: Actor | None = None,
                 parent: QWidget | None = None, session: Session | None = None) -> None:
        super().__init__(parent)
        self.services, self.settings, self.session = services, settings, session
        self.actor = session.actor if session else actor or local_actor(services.register.device_id)
        self.school = services.school.get(self.actor) if access.can(
            self.actor, access.READ, "school") else None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.specs = [spec for spec in PAGES if access.can(self.actor, access.READ, spec.record_type)
                      and (session is not None or spec.key not in NEEDS_SESSION)]
        self.dashboard_page: DashboardPage | None = None
        self.student_page: StudentListPage | None = None
        self.family_page: FamilyListPage | None = None
        self.pages: list[QWidget] = []
        for spec in self.specs:
            page = self._build(spec.key) if spec.key in EAGER else QWidget()
            self.pages.append(page)
            self.ui.pages.addWidget(page)
            self.ui.navigation.addItem(QListWidgetItem())
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self.ui.navigation.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 1)
        self._connect()
        self._apply_role()
        self.retranslate()
        self._restore_geometry()
        self._dashboard_pending = self.dashboard_page is not None  # filled once painted
        self.lock: Any = None
        if session is not None:
            from ..services.preferences import idle_lock_minutes
            from .lock_screen import LockController

            self.lock = LockController(session, self, lambda: idle_lock_minutes(
                services.register))
            self.lock.switch_user_requested.connect(self.request_switch_user)

    def page(self, key: str) -> QWidget | None:
        """The page ``key`` (built now if it was not yet), or None when the role has none."""
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self._show_page(row, select=False)
                return self.pages[row]
        return None

    def _build(self, key: str) -> QWidget:
        if key == "dashboard":
            self.dashboard_page = DashboardPage(self.services.dashboard, self.actor)
            self.dashboard_page.open_requested.connect(self.open_any)
            return self.dashboard_page
        if key == "students":
            self.student_page = StudentListPage(self.services.students, self.actor)
            self.student_page.open_requested.connect(self.open_student)
            self.student_page.new_requested.connect(self.new_student)
            return self.student_page
        if key == "families":
            self.family_page = FamilyListPage(self.services.families, self.actor)
            self.family_page.open_requested.connect(self.open_family)
            self.family_page.new_requested.connect(self.new_family)
            return self.family_page
        return getattr(self, f"_{key}_page")()

    def _connect(self) -> None:
        ui = self.ui
        ui.action_new_student.triggered.connect(self.new_student)
        ui.action_new_family.triggered.connect(self.new_family)
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_school.triggered.connect(self.edit_school)
        ui.action_settings.triggered.connect(self.open_settings)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self.about)
        ui.action_backup.triggered.connect(self.backup_to_folder)
        ui.action_lock.triggered.connect(self.lock_now)
        ui.action_switch_user.triggered.connect(self.request_switch_user)
        ui.action_change_password.triggered.connect(self.change_password)

    def _apply_role(self) -> None:
        """Grey out what the role may not do (the services refuse it anyway)."""
        ui, actor = self.ui, self.actor
        ui.action_new_student.setEnabled(access.can(actor, access.WRITE, "student"))
        ui.action_new_family.setEnabled(access.can(actor, access.WRITE, "family"))
        ui.action_find.setEnabled(self.student_page is not None)
        ui.action_school.setEnabled(access.can(actor, access.READ, "school"))
        ui.action_backup.setEnabled(access.can(actor, access.WRITE, "backup"))
        for action in (ui.action_lock, ui.action_switch_user, ui.action_change_password):
            action.setEnabled(self.session is not None)

    def _show_page(self, row: int, select: bool = True) -> None:
        if row < 0:
            return
        if type(self.pages[row]) is QWidget:
            page = self._build(self.specs[row].key)
            self.ui.pages.removeWidget(self.pages[row])
            self.pages[row].deleteLater()
            self.pages[row] = page
            self.ui.pages.insertWidget(row, page)
        if select:
            self.ui.pages.setCurrentIndex(row)

    def _sessions_page(self) -> QWidget:
        from .session_list import SessionListPage

        page = SessionListPage(self.services.sessions, self.actor)
        page.open_requested.connect(lambda i: self.open_any("session", i))
        page.new_requested.connect(lambda: self.new_any("session"))
        return page

    def _incidents_page(self) -> QWidget:
        from .incident_list import IncidentListPage

        page = IncidentListPage(self.services.incidents, self.actor)
        page.open_requested.connect(lambda i: self.open_any("incident", i))
        page.new_requested.connect(lambda: self.new_any("incident"))
        return page

    def _referrals_page(self) -> QWidget:
        from .referral_list import ReferralListPage

        page = ReferralListPage(self.services.referrals, self.actor)
        page.open_requested.connect(lambda i: self.open_any("referral", i))
        page.new_requested.connect(lambda: self.new_any("referral"))
        return page

    def _organisations_page(self) -> QWidget:
        from .organisation_list import OrganisationListPage

        return OrganisationListPage(self.services.organisations, self.actor)

    def _reports_page(self) -> QWidget:
        from .reports_page import ReportsPage

        return ReportsPage(self.services, self.actor)

    def _accounts_page(self) -> QWidget:
        from .accounts_page import AccountsPage

        assert self.session is not None
        return AccountsPage(self.session, self)

    def _audit_page(self) -> QWidget:
        from .audit_page import AuditPage

        assert self.session is not None
        return AuditPage(self.session, self)

    # --- the account menu -------------------------------------------------------------------
    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock("menu")

    def request_switch_user(self) -> None:
        """Close the window (asking first) and let the app show the login again."""
        answer = QMessageBox.question(
            self, self.tr("Switch user"),
            self.tr("Close the register for another user? Edits not saved in open windows are "
                    "lost."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.switching = True
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog):
                widget.reject()
        self.switch_user_requested.emit()
        self.close()

    def backup_to_folder(self, folder: str = "") -> None:
        """A manual backup (encrypted, with a copy of the key file beside it) into a folder the
        user picks, e.g. a USB stick."""
        from PySide6.QtWidgets import QFileDialog

        from ..services.audit import AuditService
        from ..services.backups import BackupError, BackupService

        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the backup (e.g. a USB stick)"))
        if not folder:
            return
        register = self.services.register
        try:
            info = BackupService(register, register.path.parent / "backups").backup_now(
                self.actor, "manual", target_dir=folder)
            AuditService(register).record(self.actor, "backup", detail=f"manual {info.path.name}")
        except (BackupError, access.AccessDenied) as exc:
            text = (self.tr("Your role may not make a backup.")
                    if isinstance(exc, access.AccessDenied) else str(exc))
            QMessageBox.warning(self, self.tr("Backup"), text)
            return
        QMessageBox.information(self, self.tr("Backup"), self.tr(
            "The backup was written to %1, with the key file beside it. Keep the stick in a "
            "safe place: with a password or the recovery key it restores the register on any "
            "computer.").replace("%1", str(info.path)))

    def change_password(self) -> None:
        from .change_password_dialog import ChangePasswordDialog

        if self.session is not None:
            ChangePasswordDialog(self.session, self).exec()

    def retranslate(self) -> None:
        nav = self.ui.navigation
        for row, spec in enumerate(self.specs):
            nav.item(row).setText(QCoreApplication.translate("MainWindow", spec.title))
        school = self.school
        name = (school.name_kk if i18n.current() == "kk" else school.name_ru) if school else ""
        title = self.tr("School register")
        if name:
            title = f"{name} — {title}"
        if school and school.is_demo:
            title += " " + self.tr("(demo: fictional data)")
        self.setWindowTitle(title)
        user = f"{self.actor.username} ({role_name(self.actor.role)})"
        self.statusBar().showMessage(f"{user} — {self.services.register.path}")

    # --- actions ----------------------------------------------------------------------------
    def new_student(self) -> None:
        from .student_dialog import StudentDialog

        if self.services is None or not access.can(self.actor, access.WRITE, "student"):
            return
        dialog = StudentDialog(self.services.students, self.services.families, self.actor, self)
        if dialog.exec() and self.student_page is not None and self.student_page.loaded:
            self.student_page.reload_classes()
            self.student_page.refresh()
            self.statusBar().showMessage(self.tr("Student saved."), 5000)

    def open_student(self, student_id: int) -> None:
        self.open_any("student", student_id)

    def open_any(self, kind: str, record_id: int) -> None:
        """Open any record (from the dashboard, a list or a card) and refresh what it changes."""
        if open_record(self, self.services, self.actor, kind, record_id):
            self.refresh_pages()

    def new_any(self, kind: str, student_id: int | None = None) -> None:
        if new_record(self, self.services, self.actor, kind, student_id):
            self.refresh_pages()

    def refresh_pages(self) -> None:
        for page in self.pages:
            if page in (self.student_page, self.family_page):
                if getattr(page, "loaded", False):
                    page.refresh()  # type: ignore[attr-defined]
                continue
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def new_family(self) -> None:
        from .family_dialog import FamilyDialog

        if not access.can(self.actor, access.WRITE, "family"):
            return
        dialog = FamilyDialog(self.services.families, self.actor, self)
        if dialog.exec() and self.family_page is not None:
            self.family_page.refresh()

    def open_family(self, family_id: int) -> None:
        self.open_any("family", family_id)

    def focus_search(self) -> None:
        page = self.ui.pages.currentWidget()
        if not isinstance(page, (StudentListPage, FamilyListPage)):
            if self.student_page is None:
                return
            page = self.student_page
            self.ui.navigation.setCurrentRow(self.pages.index(page))
        page.focus_search()

    def edit_school(self) -> None:
        from .school_dialog import SchoolDialog

        if SchoolDialog(self.services.school, self.actor, self).exec():
            self.school = self.services.school.get(self.actor)
            self.retranslate()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "School register of the social pedagogue and psychologist, version %1.\n"
            "All data stays on this computer.").replace("%1", __version__))

    # --- window state -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.ui.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._dashboard_pending:
            self._dashboard_pending = False  # the window is on screen: now fill the dashboard
            page = self.dashboard_page
            if page is not None:
                QTimer.singleShot(0, page, page.refresh)
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
