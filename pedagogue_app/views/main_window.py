"""The main window: navigation between the areas that exist, menus, shortcuts, geometry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from .. import __version__, i18n
from ..db import Register
from ..services import Actor, local_actor
from ..services.families import FamilyService
from ..services.school import SchoolService
from ..services.students import StudentService
from .forms.ui_main_window import Ui_MainWindow
from .list_pages import FamilyListPage, StudentListPage


class Services:
    """The services one open register offers to the widgets."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.students = StudentService(register)
        self.families = FamilyService(register)
        self.school = SchoolService(register)


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
        self.student_page = StudentListPage(services.students, self.actor)
        self.family_page = FamilyListPage(services.families, self.actor)
        for page in (self.student_page, self.family_page):
            self.ui.pages.addWidget(page)
            self.ui.navigation.addItem(QListWidgetItem())
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 1)
        self._connect()
        self.retranslate()
        self._restore_geometry()

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

    def retranslate(self) -> None:
        nav = self.ui.navigation
        for row, text in enumerate((self.tr("Students"), self.tr("Families"))):
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
        if dialog.exec():
            self.student_page.reload_classes()
            self.student_page.refresh()
            self.statusBar().showMessage(self.tr("Student saved."), 5000)

    def open_student(self, student_id: int) -> None:
        from .student_card import StudentCardDialog

        card = StudentCardDialog(self.services.students, self.services.families, self.actor,
                                 student_id, self)
        card.exec()
        if card.changed:
            self.student_page.refresh()

    def new_family(self) -> None:
        from .family_dialog import FamilyDialog

        dialog = FamilyDialog(self.services.families, self.actor, self)
        if dialog.exec():
            self.family_page.refresh()

    def open_family(self, family_id: int) -> None:
        from .family_dialog import FamilyDialog

        dialog = FamilyDialog(self.services.families, self.actor, self)
        dialog.load(self.services.families.get(self.actor, family_id))
        if dialog.exec():
            self.family_page.refresh()
            self.student_page.refresh()

    def focus_search(self) -> None:
        page = self.ui.pages.currentWidget()
        if isinstance(page, (StudentListPage, FamilyListPage)):
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
