"""Program settings: the interface language (switches at once, no restart)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from .. import i18n
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .widgets import fill_combo, select_data


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.language, list(i18n.LANGUAGES.items()))
        select_data(self.ui.language, i18n.current())
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        code = self.ui.language.currentData()
        self.settings.setValue("language", code)
        i18n.install(code)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
