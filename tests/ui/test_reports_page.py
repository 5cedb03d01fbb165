"""The Reports area: choose a report, its options and language; it is made in the background and
opened in the preview (PDF) or saved (Excel); a wrong period is shown under the field."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from pedagogue_app.services.report_files import REPORTS
from pedagogue_app.services.school import SchoolData, SchoolService
from pedagogue_app.views import pdf_preview
from pedagogue_app.views.records import Services
from pedagogue_app.views.reports_page import ReportsPage, school_year_start


@pytest.fixture
def page(qtbot, register, actor) -> ReportsPage:
    SchoolService(register).save(actor, SchoolData(
        name_kk="«№ 9 мектеп» КММ", name_ru="КГУ «Школа № 9»", bin="040540001234",
        address="Өскемен қ., 9", director_name="Қасымова Ләззат"))
    widget = ReportsPage(Services(register), actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    documents: list[bytes] = []
    monkeypatch.setattr(pdf_preview, "show_document", lambda _p, pdf, *_a, **_k: documents.append(pdf))
    return documents


def choose(page: ReportsPage, code: str) -> None:
    for row in range(page.ui.report_list.count()):
        if page.ui.report_list.item(row).data(Qt.ItemDataRole.UserRole) == code:
            page.ui.report_list.setCurrentRow(row)
            return
    raise AssertionError(code)


def test_every_report_is_listed_with_its_options(page: ReportsPage):
    assert page.ui.report_list.count() == len(REPORTS)
    choose(page, "blank_visits")
    assert page.ui.copies.isVisible() and not page.ui.start.isVisible()
    assert not page.ui.make_xlsx.isEnabled()
    choose(page, "period")
    assert page.ui.start.isVisible() and not page.ui.copies.isVisible()
    assert page.ui.make_xlsx.isEnabled()
    assert page.ui.start.date().toPython() == school_year_start(date.today())


def test_blank_acts_are_made_in_the_background_and_previewed(qtbot, page: ReportsPage,
                                                             shown: list[bytes], register):
    choose(page, "blank_visits")
    page.ui.copies.setValue(3)
    page.ui.lang.setCurrentIndex(page.ui.lang.findData("ru"))
    qtbot.mouseClick(page.ui.make_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(shown[0])).pages)
    assert "АКТ" in text.upper() and "№ 1" in text and "№ 3" in text
    assert page.ui.status.text() == "The report is ready."
    assert page.progress is None


def test_the_journal_of_a_year(qtbot, page: ReportsPage, shown: list[bytes]):
    choose(page, "journal")
    page.ui.lang.setCurrentIndex(page.ui.lang.findData("kk"))
    qtbot.mouseClick(page.ui.make_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    text = PdfReader(io.BytesIO(shown[0])).pages[0].extract_text()
    assert f"{date.today().year} жылғы шығыс хат-хабарларды тіркеу журналы" in " ".join(text.split())


def test_a_period_ending_before_it_starts_is_refused_beside_the_field(qtbot, page: ReportsPage,
                                                                      shown: list[bytes],
                                                                      register_snapshot: Callable[[], Any]):
    choose(page, "period")
    page.ui.start.setDate(QDate(date.today()))
    page.ui.end.setDate(QDate(date.today().replace(year=date.today().year - 1)))
    before = register_snapshot()
    qtbot.mouseClick(page.ui.make_pdf, Qt.MouseButton.LeftButton)
    label = page.findChild(type(page.ui.status), "end_error")
    assert label is not None and label.text() == "The period cannot end before it starts."
    assert page.progress is None and not shown
    assert register_snapshot() == before


def test_excel_is_saved_where_the_user_chose(qtbot, page: ReportsPage, tmp_path, monkeypatch):
    target = tmp_path / "passport"
    monkeypatch.setattr("pedagogue_app.views.reports_page.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    choose(page, "passport")
    qtbot.mouseClick(page.ui.make_xlsx, Qt.MouseButton.LeftButton)
    saved = tmp_path / "passport.xlsx"
    qtbot.waitUntil(saved.exists, timeout=20000)
    assert saved.read_bytes()[:2] == b"PK"
    assert page.ui.status.text() == f"Saved: {saved}"
    from pedagogue_app.services.audit import AuditService
    from pedagogue_app.services.context import Actor

    [event] = AuditService(page.services.register).events(Actor("admin", "admin"))
    assert (event.action, event.record_table, event.detail) == ("export", "reports", "passport.xlsx")


def test_cancel_drops_the_result(qtbot, page: ReportsPage, shown: list[bytes]):
    from pedagogue_app.views.worker import pool

    choose(page, "blank_incidents")
    qtbot.mouseClick(page.ui.make_pdf, Qt.MouseButton.LeftButton)
    assert page.progress is not None
    arrived: list[object] = []
    page.job_signals.done.connect(arrived.append)  # the job takes far longer than this line
    cancel = page.progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert page.ui.status.text() == "Cancelled." and page.progress is None
    pool().waitForDone()
    qtbot.waitUntil(lambda: bool(arrived))  # the finished job's result arrives…
    assert shown == []  # …and is dropped
