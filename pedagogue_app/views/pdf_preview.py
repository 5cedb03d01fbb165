"""Preview of a document inside the app, printing to a chosen printer, saving a copy on request.

The PDF stays in memory: pages are drawn by PDFium (``pypdfium2``) from the bytes, printing paints
those page images on the printer, and nothing is written to disk unless the user saves a copy.
Pages are drawn when they scroll into view, so a report of a hundred pages opens at once.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .widgets import app_settings

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PRINT_DPI_LIMIT = 300


def _pdfium() -> Any:
    import pypdfium2  # loaded on first preview, not at start-up

    return pypdfium2


def page_image(page: Any, scale: float) -> QImage:
    """One PDF page drawn by PDFium at ``scale`` (1.0 = 72 dpi) as a QImage that owns its pixels."""
    raw = _pdfium().raw
    bitmap = page.render(scale=scale, force_bitmap_format=raw.FPDFBitmap_BGRA, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBA8888)
    return image.copy()


class DocumentPreview(QDialog):
    """A modal preview with Print… and Save PDF…; ``saved(path)`` and ``printed(pages)`` report
    what left the program (the security issue audits them)."""

    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf
        self.file_name = file_name
        self.document = _pdfium().PdfDocument(pdf)
        self.zoom_index = ZOOMS.index(1.0)
        self.setWindowTitle(title)
        self.resize(900, 1000)

        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_label = QLabel()
        self.pages_label = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.pages_label):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(w)

        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("pages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.pages_widget)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setStyleSheet("QScrollArea, QWidget#pages { background: #808080; }")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.page_labels: list[QLabel] = []
        self.drawn: set[int] = set()
        for _ in range(len(self.document)):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self._draw_timer = QTimer(self, singleShot=True, interval=0)
        self._draw_timer.timeout.connect(self.draw_visible_pages)
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _v: self._draw_timer.start())

        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button.clicked.connect(self.accept)
        self.set_zoom(self.zoom_index)

    # ------------------------------------------------------------------ pages
    @property
    def page_count(self) -> int:
        return len(self.page_labels)

    def set_zoom(self, index: int) -> None:
        self.zoom_index = max(0, min(len(ZOOMS) - 1, index))
        zoom = ZOOMS[self.zoom_index]
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.pages_label.setText(self.tr("%n page(s)", "", self.page_count))
        self.zoom_in_button.setEnabled(self.zoom_index < len(ZOOMS) - 1)
        self.zoom_out_button.setEnabled(self.zoom_index > 0)
        self.drawn.clear()
        for i, label in enumerate(self.page_labels):
            width, height = self.document[i].get_size()
            label.setPixmap(QPixmap())
            label.setFixedSize(QSize(round(width * zoom * self._screen_scale()),
                                     round(height * zoom * self._screen_scale())))
        self._draw_timer.start()

    def _screen_scale(self) -> float:
        return self.logicalDpiX() / 72.0

    def draw_visible_pages(self) -> None:
        """Draw the pages that are (or are about to be) in view and not yet drawn at this zoom."""
        viewport = self.scroll_area.viewport().rect()
        top = self.scroll_area.verticalScrollBar().value() - viewport.height()
        bottom = top + 3 * viewport.height()
        scale = ZOOMS[self.zoom_index] * self._screen_scale() * self.devicePixelRatioF()
        for i, label in enumerate(self.page_labels):
            if i in self.drawn:
                continue
            y = label.y()
            if y + label.height() < top or y > bottom:
                continue
            pixmap = QPixmap.fromImage(page_image(self.document[i], scale))
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label.setPixmap(pixmap)
            self.drawn.add(i)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._draw_timer.start()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._draw_timer.start()

    # ------------------------------------------------------------------ printing
    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen page range on ``printer``; returns the number of pages sent."""
        first = max(1, printer.fromPage() or 1)
        last = min(self.page_count, printer.toPage() or self.page_count)
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The printer could not be started."))
            return 0
        sent = 0
        try:
            for number in range(first, last + 1):
                if sent:
                    printer.newPage()
                image = page_image(self.document[number - 1], dpi / 72.0)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                painter.setWindow(target)
                sent += 1
        finally:
            painter.end()
        self.printed.emit(sent)
        return sent

    # ------------------------------------------------------------------ saving
    def save_with_dialog(self) -> None:
        settings = app_settings()
        folder = str(settings.value("preview/save_dir", "") or Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path(folder) / self.file_name), self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.save_to(path):
            settings.setValue("preview/save_dir", str(Path(path).parent))

    def save_to(self, path: str) -> bool:
        """Write the PDF to ``path`` whole or not at all; tell the user why when it fails."""
        if not save_file(self, path, self.pdf_bytes):
            return False
        self.saved.emit(str(Path(path)))
        return True


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it: the old file stays whole
    until the new one is complete on disk."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".saving-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_file(parent: QWidget, path: str, data: bytes) -> bool:
    """Save ``data`` to ``path``; on failure tell the user why and return False."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        QMessageBox.warning(parent, parent.windowTitle(), QCoreApplication.translate(
            "DocumentPreview", "The file was not saved: %1").replace("%1", exc.strerror or str(exc)))
        return False
    return True


def show_document(parent: QWidget | None, pdf: bytes, title: str, file_name: str,
                  on_saved: Callable[[str], None] | None = None,
                  on_printed: Callable[[int], None] | None = None) -> DocumentPreview:
    """Open the preview of ``pdf`` (modal) and return it after it closes."""
    preview = DocumentPreview(parent, pdf, title, file_name)
    if on_saved:
        preview.saved.connect(on_saved)
    if on_printed:
        preview.printed.connect(on_printed)
    preview.exec()
    return preview
