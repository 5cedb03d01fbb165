"""The document preview: pages drawn from memory, printing a page range, saving a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from pedagogue_app.documents.base import para, render
from pedagogue_app.views.pdf_preview import DocumentPreview


@pytest.fixture
def three_pages() -> bytes:
    def story(_width: float) -> list:
        from reportlab.platypus import PageBreak

        return [para("Бірінші бет — әғқңөұүһі"), PageBreak(), para("Вторая страница"), PageBreak(),
                para("Third page")]

    return render(story, lang="kk", title="probe")


@pytest.fixture
def preview(qtbot, three_pages: bytes) -> DocumentPreview:
    dialog = DocumentPreview(None, three_pages, "Probe", "probe.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitUntil(lambda: 0 in dialog.drawn)
    return dialog


def test_pages_are_counted_and_the_first_is_drawn(preview: DocumentPreview):
    assert preview.page_count == 3
    assert preview.pages_label.text() == "3 page(s)"
    pixmap = preview.page_labels[0].pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage()
    # a drawn page is mostly white with dark text somewhere
    darkest = min(image.pixelColor(x, y).value() for x in range(0, image.width(), 7)
                  for y in range(0, image.height() // 4, 7))
    assert darkest < 128


def test_zoom_in_makes_pages_larger_and_redraws(qtbot, preview: DocumentPreview):
    before = preview.page_labels[0].width()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.page_labels[0].width() > before
    assert preview.zoom_label.text() == "125 %"
    qtbot.waitUntil(lambda: 0 in preview.drawn)


def test_print_sends_the_chosen_range(preview: DocumentPreview, tmp_path: Path, qtbot):
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFromTo(2, 3)
    with qtbot.waitSignal(preview.printed) as sent:
        assert preview.print_to(printer) == 2
    assert sent.args == [2]
    assert len(PdfReader(out).pages) == 2


def test_save_writes_the_same_bytes(preview: DocumentPreview, tmp_path: Path, three_pages: bytes, qtbot):
    target = tmp_path / "copy.pdf"
    with qtbot.waitSignal(preview.saved) as saved:
        assert preview.save_to(str(target))
    assert saved.args == [str(target)]
    assert target.read_bytes() == three_pages
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".saving-")] == []


def test_save_into_a_missing_folder_says_why_and_writes_nothing(preview: DocumentPreview, tmp_path: Path,
                                                                 no_modal_boxes: list[str]):
    target = tmp_path / "no such folder" / "copy.pdf"
    assert not preview.save_to(str(target))
    assert len(no_modal_boxes) == 1 and no_modal_boxes[0].startswith("The file was not saved: ")
    assert not target.parent.exists()


def test_save_with_dialog_adds_the_extension_and_remembers_the_folder(preview: DocumentPreview,
                                                                       tmp_path: Path, monkeypatch,
                                                                       remembered_choices: QSettings):
    chosen = tmp_path / "letter"
    monkeypatch.setattr("pedagogue_app.views.pdf_preview.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    preview.save_with_dialog()
    assert (tmp_path / "letter.pdf").exists()
    assert remembered_choices.value("preview/save_dir") == str(tmp_path)
