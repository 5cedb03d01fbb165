"""First start: choose the language, then open the demo school or create the school's register."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from .. import i18n
from ..services.school import SchoolData
from .forms.ui_welcome_dialog import Ui_WelcomeDialog
from .school_dialog import SchoolDialog
from .widgets import fill_combo, select_data


class WelcomeDialog(QDialog):
    """After exec(): ``choice`` is "demo" or "create" (with ``school``), or None if closed."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.choice: str | None = None
        self.school: SchoolData | None = None
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.language, list(i18n.LANGUAGES.items()))
        select_data(self.ui.language, i18n.current())
        self.ui.language.currentIndexChanged.connect(self._language_chosen)
        self.ui.open_demo.clicked.connect(self._open_demo)
        self.ui.create_register.clicked.connect(self._create)
        self.ui.button_box.rejected.connect(self.reject)

    def _language_chosen(self) -> None:
        code = self.ui.language.currentData()
        self.settings.setValue("language", code)
        i18n.install(code)

    def _open_demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _create(self) -> None:
        dialog = SchoolDialog(None, None, self)
        if dialog.exec() and dialog.result_data is not None:
            self.school = dialog.result_data
            self.choice = "create"
            self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
