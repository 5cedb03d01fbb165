"""The first administrator's dialog and the recovery key shown once, driven like a user."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.errors import FieldError, ValidationError
from pedagogue_app.services.session import create_register
from pedagogue_app.views.account_setup import AdminSetupDialog, RecoveryKeyDialog
from pedagogue_app.views.printing import auditor
from tests.sessions import CHEAP_KDF, make_encrypted

FULL_NAME = "Жақсыбеков Нұрлан Ержанұлы"
GOOD_PASSWORD = "Terek-Alma-2026"
KEY = "ZDZJ7-M0MDX-XP246-Q7BPZ-RMVM3-EVSF4-6G669"


def setup_dialog(qtbot, mode: str = "create") -> AdminSetupDialog:  # type: ignore[no-untyped-def]
    dialog = AdminSetupDialog(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: AdminSetupDialog, password: str, repeat: str | None = None,
         full_name: str = FULL_NAME, username: str = "admin") -> None:
    dialog.full_name_edit.setText(full_name)
    dialog.username_edit.setText(username)
    dialog.new_password.password.setText(password)
    dialog.new_password.repeat.setText(password if repeat is None else repeat)


@pytest.mark.parametrize(("password", "reason"), [
    ("Terek-26", "The password is too short: use at least 10 characters."),
    ("12345678901234", "The password cannot be only digits: add letters."),
    ("admin-Terek-2026", "The password cannot contain the login name or a part of the full name."),
    ("Нұрлан-Терек-2026", "The password cannot contain the login name or a part of the full name."),
    ("qwertyqwerty", "This password is one of the most common ones and is guessed first."),
    ("aaaaaaaaaabbbb", "The password repeats too few characters: use at least 5 different ones."),
])
def test_weak_passwords_are_refused_with_the_reason(qtbot, password: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    dialog = setup_dialog(qtbot)
    fill(dialog, password)
    assert f"• {reason}" in dialog.new_password.rules.text().split("\n")
    assert dialog.new_password.rules.isVisible()
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClick(dialog.new_password.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter does not get past the rule


def test_a_good_password_enables_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = setup_dialog(qtbot)
    assert dialog.username_edit.text() == "admin"
    assert not dialog.ok_button().isEnabled()
    fill(dialog, GOOD_PASSWORD, GOOD_PASSWORD + "!")
    assert "The two passwords differ." in dialog.new_password.rules.text()
    assert not dialog.ok_button().isEnabled()
    fill(dialog, GOOD_PASSWORD)
    assert dialog.new_password.rules.text() == "✓ The password meets the rules."
    assert dialog.ok_button().isEnabled()
    dialog.full_name_edit.setText("  ")
    assert not dialog.ok_button().isEnabled()  # a full name is required
    dialog.full_name_edit.setText(f"  {FULL_NAME}  ")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.username, dialog.full_name, dialog.password) == ("admin", FULL_NAME, GOOD_PASSWORD)


def test_the_name_typed_changes_the_verdict(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = setup_dialog(qtbot)
    fill(dialog, "Baqyt-Terek-2026", username="mektep-admin")
    assert dialog.ok_button().isEnabled()
    dialog.username_edit.setText("baqyt")  # now the password holds the login name
    assert not dialog.ok_button().isEnabled()
    assert "login name" in dialog.new_password.rules.text()


def test_what_the_dialog_gives_creates_the_register(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = setup_dialog(qtbot)
    fill(dialog, GOOD_PASSWORD, username="Әкімші")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    session, recovery_key = create_register(tmp_path / "register.db", None, dialog.username,
                                            dialog.full_name, dialog.password, kdf=CHEAP_KDF)
    try:
        assert (session.actor.username, session.actor.role) == ("Әкімші", "admin")
        assert len(recovery_key) == 41
    finally:
        session.close()


def test_service_refusals_are_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = setup_dialog(qtbot)
    fill(dialog, GOOD_PASSWORD)
    dialog.show_errors(ValidationError([FieldError("username", "username_format"),
                                        FieldError("full_name", "too_long", {"max": 255})]))
    assert dialog.errors.isVisible()
    assert dialog.errors.text() == ("A login name is 1 to 128 printable characters without spaces "
                                    "at the ends.\nToo long: at most 255 characters.")
    assert dialog.focusWidget() is dialog.username_edit


def test_modes_explain_what_happens(qtbot) -> None:  # type: ignore[no-untyped-def]
    create = setup_dialog(qtbot, "create")
    convert = setup_dialog(qtbot, "convert")
    assert "recovery key" in create.intro.text()
    assert "backup copy" in convert.intro.text() and "Nothing is lost" in convert.intro.text()
    assert convert.windowTitle() == "Encrypt the register"
    assert convert.ok_button().text() == "&Encrypt the register"
    with pytest.raises(ValueError):
        AdminSetupDialog("replace")


# --- the recovery key, shown once -------------------------------------------------------------------

def key_dialog(qtbot, **kwargs: Any) -> RecoveryKeyDialog:  # type: ignore[no-untyped-def]
    dialog = RecoveryKeyDialog(KEY, "№5 жалпы білім беретін мектеп", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_continue_needs_the_tick(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = key_dialog(qtbot)
    assert dialog.key_label.text() == KEY
    assert not dialog.continue_button.isEnabled()
    box = dialog.confirmed
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert dialog.continue_button.isEnabled()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_closing_without_the_tick_asks(qtbot, answer_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = key_dialog(qtbot)
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    assert "not shown again" in asked[0]
    asked = answer_boxes(QMessageBox.StandardButton.Close)
    dialog.close()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected


def test_closing_after_the_tick_does_not_ask(qtbot, answer_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = key_dialog(qtbot)
    asked = answer_boxes(QMessageBox.StandardButton.Cancel)
    dialog.confirmed.setChecked(True)
    dialog.close()
    assert not dialog.isVisible() and asked == []


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_print_previews_the_sheet_and_is_audited(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session, _ = make_encrypted(tmp_path, roles=False)
    shown: list[tuple[bytes, str, Any]] = []

    def fake_preview(_parent, pdf, title, file_name, on_saved=None, on_printed=None):  # type: ignore[no-untyped-def]
        shown.append((pdf, file_name, on_printed))

    monkeypatch.setattr("pedagogue_app.views.pdf_preview.show_document", fake_preview)
    try:
        dialog = key_dialog(qtbot)
        dialog.audit = auditor(dialog, session.register, session.actor)
        menu = dialog.print_button.menu()
        [russian] = [a for a in menu.actions() if a.data() == "ru"]
        russian.trigger()
        [(pdf, file_name, on_printed)] = shown
        assert file_name == "ключ-восстановления.pdf"
        assert "Ключ восстановления" in pdf_text(pdf) and "Q7BPZ" in pdf_text(pdf)
        on_printed(1)
        events = [e for e in AuditService(session.register).events(session.actor) if e.action == "print"]
        assert [e.detail for e in events] == ["recovery key 1 p."]
    finally:
        session.close()


def test_save_as_pdf_writes_the_chosen_file(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "kilt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    saved: list[tuple[str, str]] = []
    dialog = key_dialog(qtbot, audit=lambda action, detail: saved.append((action, detail)))
    dialog.save_sheet("kk")
    pdf = (tmp_path / "out" / "kilt.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and "Қалпына келтіру кілті" in pdf_text(pdf)
    assert saved == [("save_pdf", "recovery key")]
    assert sorted(p.name for p in target.parent.iterdir()) == ["kilt.pdf"]  # no temporary left


def test_save_cancelled_writes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: ("", "")))
    saved: list[tuple[str, str]] = []
    dialog = key_dialog(qtbot, audit=lambda action, detail: saved.append((action, detail)))
    dialog.save_sheet("ru")
    assert saved == []


def test_the_values_can_be_given_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = setup_dialog(qtbot)
    dialog.username, dialog.full_name, dialog.password = "admin", FULL_NAME, GOOD_PASSWORD
    assert (dialog.username_edit.text(), dialog.full_name_edit.text()) == ("admin", FULL_NAME)
    assert dialog.new_password.repeat.text() == GOOD_PASSWORD and dialog.ok_button().isEnabled()
