"""Widget-test helpers: answer message boxes without showing them, find the Save button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from pedagogue_app import i18n


@pytest.fixture
def answer_boxes(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """Make QMessageBox.question/critical/warning return ``answer`` and record their texts."""

    def install(answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
                ) -> list[str]:
        seen: list[str] = []

        def fake(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
            seen.append(text)
            return answer

        for name in ("question", "critical", "warning", "information"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
        return seen

    return install


@pytest.fixture(autouse=True)
def no_modal_boxes(answer_boxes: Callable[..., list[str]]) -> list[str]:
    """No test may block on a real message box: by default they answer Discard."""
    return answer_boxes(QMessageBox.StandardButton.Discard)


@pytest.fixture
def settings(tmp_path: Any) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def remembered_choices(tmp_path: Any) -> Any:
    """Small remembered choices (last folder, document language) go to a file of this test."""
    from pedagogue_app.views.widgets import set_app_settings

    remembered = QSettings(str(tmp_path / "remembered.ini"), QSettings.Format.IniFormat)
    set_app_settings(remembered)
    yield remembered
    set_app_settings(None)


@pytest.fixture(autouse=True)
def english_ui(qapp: Any) -> Any:
    """Every widget test starts and ends in English."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def click_save(qtbot: Any) -> Callable[[Any], None]:
    """Click the Save button of a record dialog with the mouse."""

    def click(dialog: Any) -> None:
        button: QPushButton | None = dialog.ui.button_box.button(
            QDialogButtonBox.StandardButton.Save)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return click
