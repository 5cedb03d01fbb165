"""The Reports area: choose a report, its period or class and language; preview the PDF or save
the Excel file. Reports are made in the background worker with a progress dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QProgressDialog, QWidget

from ..i18n import error_text, label
from ..services import AccessDenied, Actor, ValidationError
from ..services.report_files import (
    DESCRIPTIONS,
    HAS_XLSX,
    NEEDS_CLASS,
    NEEDS_COPIES,
    NEEDS_PERIOD,
    REPORTS,
    ReportRequest,
    make_report,
    validate,
)
from ..services.students import class_name
from .forms.ui_reports_page import Ui_ReportsPage
from .printing import LANG_NAMES, auditor, last_document_lang, remember_lang
from .widgets import FieldErrors, app_settings, fill_combo, select_data
from .worker import run_in_background

CODE_ROLE = Qt.ItemDataRole.UserRole


def school_year_start(today: date) -> date:
    """1 September of the current school year."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


class ReportsPage(QWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.errors = FieldErrors({"start": self.ui.start, "end": self.ui.end})
        self.progress: QProgressDialog | None = None
        self.job_id = 0  # a cancelled job's late result is dropped
        today = date.today()
        self.ui.start.setDate(QDate(school_year_start(today)))
        self.ui.end.setDate(QDate(today))
        for code in REPORTS:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, code)
            self.ui.report_list.addItem(item)
        fill_combo(self.ui.lang, [(code, name) for code, name in LANG_NAMES.items()])
        select_data(self.ui.lang, last_document_lang())
        self.classes_loaded = False
        self.classes: list[tuple[int, str]] | None = None
        self.ui.report_list.currentRowChanged.connect(self._show_choice)
        self.ui.report_list.itemActivated.connect(lambda _item: self.make("pdf"))
        self.ui.make_pdf.clicked.connect(lambda: self.make("pdf"))
        self.ui.make_xlsx.clicked.connect(lambda: self.make("xlsx"))
        self.retranslate()
        self.ui.report_list.setCurrentRow(0)

    # ------------------------------------------------------------------ choice
    @property
    def code(self) -> str:
        item = self.ui.report_list.currentItem()
        return str(item.data(CODE_ROLE)) if item else "passport"

    def _load_classes(self) -> None:
        """Read the classes once (retranslating only renames «Whole school», never reads)."""
        if self.classes is None:
            self.classes = list(self.services.students.classes(self.actor))
        items: list[tuple[Any, str]] = [(None, self.tr("Whole school"))]
        items += [((g, letter), class_name(g, letter)) for g, letter in self.classes]
        fill_combo(self.ui.class_choice, items)
        self.classes_loaded = True

    def refresh(self) -> None:
        """After records changed elsewhere: the classes are read again when next shown."""
        self.classes = None
        if self.classes_loaded:
            chosen = self.ui.class_choice.currentData()
            self._load_classes()
            select_data(self.ui.class_choice, chosen)

    def _show_choice(self) -> None:
        code, ui = self.code, self.ui
        if code in NEEDS_CLASS and not self.classes_loaded:
            self._load_classes()
        ui.heading.setText(label(REPORTS, code))
        ui.description.setText(label(DESCRIPTIONS, code))
        for widget, shown in ((ui.start, code in NEEDS_PERIOD), (ui.start_label, code in NEEDS_PERIOD),
                              (ui.end, code in NEEDS_PERIOD), (ui.end_label, code in NEEDS_PERIOD),
                              (ui.class_choice, code in NEEDS_CLASS), (ui.class_label, code in NEEDS_CLASS),
                              (ui.copies, code in NEEDS_COPIES), (ui.copies_label, code in NEEDS_COPIES)):
            widget.setVisible(shown)
        ui.make_xlsx.setEnabled(code in HAS_XLSX)
        self.errors.clear()
        ui.status.clear()

    def request(self, fmt: str) -> ReportRequest:
        ui = self.ui
        chosen = ui.class_choice.currentData() if self.code in NEEDS_CLASS else None
        grade, letter = chosen if chosen else (None, "")
        return ReportRequest(code=self.code, fmt=fmt, lang=str(ui.lang.currentData()),
                             start=ui.start.date().toPython(), end=ui.end.date().toPython(),
                             grade=grade, letter=letter, copies=ui.copies.value())

    # ------------------------------------------------------------------ making
    def make(self, fmt: str) -> None:
        if self.progress is not None:
            return
        request = self.request(fmt)
        self.errors.clear()
        try:
            validate(request)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        remember_lang(request.lang)
        path = ""
        if fmt == "xlsx":
            path = self._ask_xlsx_path(request)
            if not path:
                return
        self.job_id += 1
        job = self.job_id
        self.progress = QProgressDialog(self.tr("Making the report…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(label(REPORTS, request.code))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancelled)
        register = self.services.register

        def work() -> bytes:
            with register.db.connection_context():
                return make_report(register, self.actor, request)

        self.job_signals = run_in_background(work, lambda data: self._done(job, request, path, data),
                                             lambda exc: self._failed(job, exc))

    def _cancelled(self) -> None:
        self.job_id += 1  # the running job finishes in the worker; its result is ignored
        self._close_progress()
        self.ui.status.setText(self.tr("Cancelled."))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancelled)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, job: int, request: ReportRequest, path: str, data: bytes) -> None:
        if job != self.job_id:
            return
        self._close_progress()
        title = label(REPORTS, request.code)
        audit = auditor(self, self.services.register, self.actor, "reports")
        if request.fmt == "xlsx":
            from .pdf_preview import save_file

            if save_file(self, path, data):
                self.ui.status.setText(self.tr("Saved: %1").replace("%1", path))
                audit("export", f"{request.code}.xlsx")
            return
        from .printing import show_audited

        self.ui.status.setText(self.tr("The report is ready."))
        show_audited(self, data, title, f"{request.code}-{request.lang}.pdf", audit)

    def _failed(self, job: int, exc: Exception) -> None:
        if job != self.job_id:
            return
        self._close_progress()
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
            text = "\n".join(error_text(e.code, e.params) for e in exc.errors)
        elif isinstance(exc, AccessDenied):
            text = self.tr("You are not allowed to make this report.")
        else:
            text = self.tr("The report could not be made: %1").replace("%1", str(exc))
        self.ui.status.setText(text)
        QMessageBox.warning(self, label(REPORTS, self.code), text)

    def _ask_xlsx_path(self, request: ReportRequest) -> str:
        settings = app_settings()
        folder = str(settings.value("reports/save_dir", "") or "")
        name = f"{request.code}-{request.lang}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as Excel"), f"{folder}/{name}" if folder else name,
            self.tr("Excel workbooks (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if path:
            from pathlib import Path

            settings.setValue("reports/save_dir", str(Path(path).parent))
        return path

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        for row in range(self.ui.report_list.count()):
            item = self.ui.report_list.item(row)
            item.setText(label(REPORTS, item.data(CODE_ROLE)))
        if self.classes_loaded:
            chosen = self.ui.class_choice.currentData()
            self._load_classes()
            select_data(self.ui.class_choice, chosen)
        self._show_choice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
