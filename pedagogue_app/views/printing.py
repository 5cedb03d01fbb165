"""Print / Save PDF from any record: the language of the document, then the preview.

A document's language (Kazakh or Russian) is chosen per document, independent of the interface
language; the last choice is offered first next time. Documents are printed from what is stored,
so a dialog with unsaved edits saves them first (after asking).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox, QPushButton, QWidget

from ..services import AccessDenied, NotFound, ValidationError
from .widgets import app_settings

# Each language is named in itself, as on a bilingual form.
LANG_NAMES = {"kk": "Қазақша", "ru": "Русский"}
LAST_LANG_KEY = "documents/last_lang"


def last_document_lang() -> str:
    value = str(app_settings().value(LAST_LANG_KEY, "") or "")
    return value if value in LANG_NAMES else "kk"


def language_menu(parent: QWidget, on_choose: Callable[[str], None]) -> QMenu:
    """A menu «Қазақша / Русский», the last used language first."""
    menu = QMenu(parent)
    first = last_document_lang()
    for lang in sorted(LANG_NAMES, key=lambda code: code != first):
        action = QAction(LANG_NAMES[lang], menu)
        action.setData(lang)
        action.triggered.connect(lambda _checked=False, code=lang: on_choose(code))
        menu.addAction(action)
    return menu


def make_document(parent: QWidget, make_pdf: Callable[[], bytes]) -> bytes | None:
    """Build a PDF with a busy cursor; a refusal or a missing record is told, not raised."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return make_pdf()
    except AccessDenied:
        message = QCoreApplication.translate("Printing", "You are not allowed to print this record.")
    except NotFound:
        message = QCoreApplication.translate("Printing", "This record was archived or removed meanwhile.")
    except ValidationError as exc:
        message = "\n".join(_message(e) for e in exc.errors) or QCoreApplication.translate(
            "Printing", "The document could not be made.")
    finally:
        QGuiApplication.restoreOverrideCursor()
    QMessageBox.warning(parent, parent.windowTitle(), message)
    return None


def _message(error: Any) -> str:
    from ..i18n import error_text

    return error_text(error.code, error.params)


Audit = Callable[[str, str], None]  # (action, detail): writes one audit event


def auditor(parent: QWidget, register: Any, actor: Any, record_table: str = "",
            record_id: int | None = None) -> Audit:
    """What records a print or a saved copy in the audit log (who, when, which record; never
    the content). A failure to record is told to the user; the print itself has happened."""

    def record(action: str, detail: str) -> None:
        from ..services.audit import AuditService

        try:
            AuditService(register).record_for(actor, action, record_table, record_id, detail)
        except Exception as exc:  # noqa: BLE001 - told to the user, never lost silently
            text = QCoreApplication.translate("Printing", "This was not written to the audit log: %1")
            QMessageBox.warning(parent, parent.windowTitle(), text.replace("%1", str(exc)))

    return record


def show_audited(parent: QWidget, pdf: bytes, title: str, file_name: str,
                 audit: Audit | None = None) -> None:
    """The preview of ``pdf``; printing and saving a copy are audited when ``audit`` is given."""
    from .pdf_preview import show_document

    show_document(parent, pdf, title, file_name,
                  on_saved=(lambda _path: audit("save_pdf", "")) if audit else None,
                  on_printed=(lambda pages: audit("print", f"{pages} p.")) if audit else None)


def preview(parent: QWidget, make_pdf: Callable[[], bytes], title: str, file_name: str,
            audit: Audit | None = None) -> bool:
    """Make the document and open its preview; False when it could not be made."""
    pdf = make_document(parent, make_pdf)
    if pdf is None:
        return False
    show_audited(parent, pdf, title, file_name, audit)
    return True


def documents_for(register: Any) -> Any:
    """The document service of a register (imported on first print, with ReportLab)."""
    from ..services.documents import DocumentService

    return DocumentService(register)


def remember_lang(lang: str) -> None:
    app_settings().setValue(LAST_LANG_KEY, lang)


def add_print_button(dialog: Any, *, current_id: Callable[[], int | None],
                     make_pdf: Callable[[int, str], bytes], title: Callable[[], str],
                     file_name: Callable[[int, str], str], register: Any = None,
                     record_table: str = "") -> QPushButton:
    """Add «Print…» to a record dialog's button box, with the language menu.

    ``make_pdf(record_id, lang)`` builds the document of the stored record. A new record or one
    with unsaved edits is saved first when the user agrees; the dialog stays open.
    """
    button = QPushButton(QCoreApplication.translate("Printing", "&Print…"))
    button.setObjectName("print_button")
    dialog.ui.button_box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def choose(lang: str) -> None:
        remember_lang(lang)
        if dialog.is_dirty() or current_id() is None:
            answer = QMessageBox.question(
                dialog, dialog.windowTitle(),
                QCoreApplication.translate(
                    "Printing", "A document is printed from the saved record. Save your changes now?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not dialog.save_and_stay():
                return
        record_id = current_id()
        assert record_id is not None
        audit = auditor(dialog, register, dialog.actor, record_table, record_id) if register else None
        preview(dialog, lambda: make_pdf(record_id, lang), title(), file_name(record_id, lang), audit)

    button.setMenu(language_menu(button, choose))
    return button
