"""The main window: navigation between the areas that exist, menus, shortcuts, geometry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from .. import __version__, i18n
from ..services import Actor, local_actor
from .dashboard import DashboardPage
from .forms.ui_main_window import Ui_MainWindow
from .list_pages import FamilyListPage, StudentListPage
from .records import Services, new_record, open_record

__all__ = ["MainWindow", "Services"]


class MainWindow(QMainWindow):
    """Dialogs are imported when first opened, so start-up loads only what it shows."""

    def __init__(self, services: Services, settings: QSettings, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.actor = actor or local_actor(services.register.device_id)
        self.school = services.school.get(self.actor)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.dashboard_page = DashboardPage(services.dashboard, self.actor)
        self.student_page = StudentListPage(services.students, self.actor)
        self.family_page = FamilyListPage(services.families, self.actor)
        self.pages: list[QWidget] = [self.dashboard_page, self.student_page, self.family_page]
        # Pages built when first chosen, so start-up does not wait for them.
        self.later = [self._sessions_page, self._incidents_page, self._referrals_page,
                      self._organisations_page, self._reports_page]
        self.pages += [QWidget() for _ in self.later]
        for page in self.pages:
            self.ui.pages.addWidget(page)
            self.ui.navigation.addItem(QListWidgetItem())
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self.ui.navigation.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 1)
        self._connect()
        self.retranslate()
        self._restore_geometry()
        self._dashboard_pending = True  # computed once the window has painted (see event())

    def _connect(self) -> None:
        ui = self.ui
        ui.action_new_student.triggered.connect(self.new_student)
        ui.action_new_family.triggered.connect(self.new_family)
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_school.triggered.connect(self.edit_school)
        ui.action_settings.triggered.connect(self.open_settings)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self.about)
        self.student_page.open_requested.connect(self.open_student)
        self.student_page.new_requested.connect(self.new_student)
        self.family_page.open_requested.connect(self.open_family)
        self.family_page.new_requested.connect(self.new_family)
        self.dashboard_page.open_requested.connect(self.open_any)

    def _show_page(self, row: int) -> None:
        first_late = len(self.pages) - len(self.later)
        if row >= first_late and type(self.pages[row]) is QWidget:
            page = self.later[row - first_late]()
            self.ui.pages.removeWidget(self.pages[row])
            self.pages[row].deleteLater()
            self.pages[row] = page
            self.ui.pages.insertWidget(row, page)
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

    def retranslate(self) -> None:
        nav = self.ui.navigation
        for row, text in enumerate((self.tr("Dashboard"), self.tr("Students"),
                                    self.tr("Families"), self.tr("Psychologist sessions"),
                                    self.tr("Incidents"), self.tr("Referrals"),
                                    self.tr("Organisations"),
                                    self.tr("Reports"))):
            nav.item(row).setText(text)
        school = self.school
        name = (school.name_kk if i18n.current() == "kk" else school.name_ru) if school else ""
        title = self.tr("School register")
        if name:
            title = f"{name} — {title}"
        if school and school.is_demo:
            title += " " + self.tr("(demo: fictional data)")
        self.setWindowTitle(title)
        self.statusBar().showMessage(str(self.services.register.path))

    # --- actions ----------------------------------------------------------------------------
    def new_student(self) -> None:
        from .student_dialog import StudentDialog

        dialog = StudentDialog(self.services.students, self.services.families, self.actor, self)
        if dialog.exec() and self.student_page.loaded:
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
        if self.student_page.loaded:
            self.student_page.refresh()
        if self.family_page.loaded:
            self.family_page.refresh()
        self.dashboard_page.refresh()
        for page in self.pages[3:]:
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def new_family(self) -> None:
        from .family_dialog import FamilyDialog

        dialog = FamilyDialog(self.services.families, self.actor, self)
        if dialog.exec():
            self.family_page.refresh()

    def open_family(self, family_id: int) -> None:
        self.open_any("family", family_id)

    def focus_search(self) -> None:
        page = self.ui.pages.currentWidget()
        if not isinstance(page, (StudentListPage, FamilyListPage)):
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
            QTimer.singleShot(0, self.dashboard_page, self.dashboard_page.refresh)
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
