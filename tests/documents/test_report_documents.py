"""The five reports as PDF and XLSX, in Kazakh and Russian, on a fictional demo register.

PDF text is read back with pypdf, workbooks with openpyxl. The district export is checked against
every name and ИИН of the register: none may appear, and no cell may hold a count from 1 to 4.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pedagogue_app import models
from pedagogue_app.db import Register, open_register
from pedagogue_app.demo import write_demo_register
from pedagogue_app.documents import reports as pdf
from pedagogue_app.documents import xlsx
from pedagogue_app.documents.base import Letterhead, tx
from pedagogue_app.documents.reports import TEXT, fit
from pedagogue_app.services.context import local_actor
from pedagogue_app.services.reports import ReportService

TODAY = date(2026, 3, 16)
START, END = date(2025, 9, 1), date(2026, 3, 15)
N = 600
KAZAKH_LETTERS = set("әғқңөұүһі")
LANGS = ("kk", "ru")
WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    path: Path = tmp_path_factory.mktemp("reports") / "register.db"
    write_demo_register(path, students=N, seed=11, today=TODAY)
    reg = open_register(path)
    yield reg
    reg.close()


@pytest.fixture(scope="module")
def head(demo: Register) -> Letterhead:
    s = models.School.get()
    return Letterhead(name_kk=s.name_kk, name_ru=s.name_ru, bin=s.bin, address=s.address,
                      phone=s.phone, email=s.email, director_name=s.director_name)


@pytest.fixture(scope="module")
def data(demo: Register) -> dict[str, Any]:
    service, actor = ReportService(demo), local_actor(demo.device_id)
    return {
        "passport": service.social_passport(actor, today=TODAY),
        "class": service.social_passport(actor, 5, "А", today=TODAY),
        "meals": service.free_meals(actor, today=TODAY),
        "period": service.period_report(actor, START, END, today=TODAY),
        "workload": service.workload(actor, START, END, today=TODAY),
        "district": service.district_stats(actor, START, END, today=TODAY),
    }


BUILDERS: dict[str, tuple[Callable[..., bytes], Callable[..., bytes], str]] = {
    "passport": (pdf.build_social_passport, xlsx.build_social_passport, "passport_school"),
    "class": (pdf.build_social_passport, xlsx.build_social_passport, "passport_class"),
    "meals": (pdf.build_free_meals, xlsx.build_free_meals, "meals_title"),
    "period": (pdf.build_period_report, xlsx.build_period_report, "period_title"),
    "workload": (pdf.build_workload, xlsx.build_workload, "workload_title"),
    "district": (pdf.build_district_stats, xlsx.build_district_stats, "district_title"),
}


def pdf_text(blob: bytes) -> str:
    assert blob.startswith(b"%PDF")
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(blob)).pages)
                    .split())


def book(blob: bytes) -> Any:
    assert blob[:2] == b"PK"
    return load_workbook(io.BytesIO(blob))


def cells(wb: Any) -> Iterator[Any]:
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def header_row(ws: Any) -> int:
    return int(re.sub(r"[A-Z]", "", ws.freeze_panes)) - 1


def row_of(ws: Any, label: str, column: int = 1) -> tuple[Any, ...]:
    for row in ws.iter_rows(values_only=True):
        if row[column - 1] == label:
            return tuple(row)
    raise AssertionError(f"no row {label!r} in {ws.title}")


# ------------------------------------------------------------------------------ every report, PDF
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("report", list(BUILDERS))
def test_pdf_has_title_school_date_and_language(report: str, lang: str, data: dict[str, Any],
                                                head: Letterhead) -> None:
    build, _, title_key = BUILDERS[report]
    text = pdf_text(build(data[report], lang, head))
    other = "ru" if lang == "kk" else "kk"
    title = " ".join(tx(TEXT, title_key, lang).format(grade=5).split())
    assert title in text
    assert " ".join(tx(TEXT, title_key, other).format(grade=5).split()) not in text
    assert " ".join(head.name(lang).split()) in text
    assert f"{tx(TEXT, 'made_on', lang)}: 16.03.2026" in text
    if report in ("period", "workload", "district"):
        assert "01.09.2025 – 15.03.2026" in text
    if lang == "kk":
        assert KAZAKH_LETTERS & set(text.replace(head.name_kk, "").lower())
    assert [label for label in foreign_labels(lang) if label in text] == []


def foreign_labels(lang: str) -> list[str]:
    """Fixed wording of the other language that cannot be read as this one: Kazakh labels with a
    Kazakh letter (in a Russian report), Russian labels of two words or more (in a Kazakh one)."""
    other = "ru" if lang == "kk" else "kk"
    tables = (TEXT, pdf.FAMILY, pdf.FAMILY_SHORT, pdf.MEALS_SHORT, pdf.REGISTERS, pdf.SESSION_TYPES,
              pdf.ORGANISATION_KINDS, pdf.CONCLUSIONS, pdf.DISTRICT_SECTIONS, pdf.DISTRICT_CELLS)
    labels = []
    for table in tables:
        for entry in table.values():
            text, own = entry[other].split("{")[0].strip(), entry[lang]
            if not text or text == own or text in own:
                continue
            if (other == "kk" and KAZAKH_LETTERS & set(text.lower())) or (
                    other == "ru" and len(text.split()) > 1):
                labels.append(" ".join(text.split()))
    assert len(labels) > 30
    return labels


@pytest.mark.parametrize("lang", LANGS)
def test_passport_pdf_counts_and_classes(lang: str, data: dict[str, Any], head: Letterhead) -> None:
    p = data["passport"]
    text = pdf_text(pdf.build_social_passport(p, lang, head))
    assert p.counts.students == N and str(N) in text.split()
    assert all(c.name in text.split() for c in p.classes)
    one = data["class"]
    text = pdf_text(pdf.build_social_passport(one, lang, head))
    assert f"{tx(TEXT, 'class', lang)}: 5А" in text
    assert f"{one.counts.students} 100,0" in text  # the students row: count and share


def test_pdf_is_the_same_for_the_same_data(data: dict[str, Any], head: Letterhead) -> None:
    assert (pdf.build_social_passport(data["passport"], "kk", head)
            == pdf.build_social_passport(data["passport"], "kk", head))


@pytest.mark.parametrize("lang", LANGS)
def test_free_meals_pdf_lists_children_and_marks(lang: str, data: dict[str, Any],
                                                 head: Letterhead) -> None:
    rows = data["meals"]
    text = pdf_text(pdf.build_free_meals(rows, lang, head))
    assert rows.with_status("expired") and rows.with_status("soon")
    first = rows[0]
    assert first.child.split()[0] in text and first.evidence.split()[-1] in text
    assert pdf.MEALS_STATUS["expired"][lang] in text
    assert pdf.MEALS_STATUS["soon"][lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_period_and_workload_pdf_counts(lang: str, data: dict[str, Any], head: Letterhead) -> None:
    r = data["period"]
    text = pdf_text(pdf.build_period_report(r, lang, head))
    assert f"{tx(TEXT, 'visits', lang)} {r.visits}" in text
    assert f"{tx(TEXT, 'session_children', lang)}: {r.session_children}" in text
    w = data["workload"]
    text = pdf_text(pdf.build_workload(w, lang, head))
    assert f"{tx(TEXT, 'w_students', lang)} {N}" in text
    assert w.rows and w.rows[0].name.split()[0] in text


def test_fit_breaks_long_text_into_lines_that_fit() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pedagogue_app.documents.base import register_fonts
    from pedagogue_app.documents.reports import CELL_FONT, CELL_PAD, CELL_SIZE

    register_fonts()
    text = "Справка о назначении адресной социальной помощи № 4815 от отдела занятости"
    lines = fit(text, 100).split("\n")
    assert len(lines) > 2 and " ".join(lines) == text
    assert all(stringWidth(line, CELL_FONT, CELL_SIZE) <= 100 - CELL_PAD for line in lines)
    assert fit("Қысқа", 100) == "Қысқа"


# ------------------------------------------------------------------------------ every report, XLSX
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("report", list(BUILDERS))
def test_xlsx_title_bold_header_frozen_and_dates(report: str, lang: str, data: dict[str, Any],
                                                 head: Letterhead) -> None:
    _, build, title_key = BUILDERS[report]
    wb = book(build(data[report], lang, head))
    for ws in wb.worksheets:
        if ws.freeze_panes is None:  # the district rule sheet is text only
            assert report == "district"
            continue
        assert ws["A1"].value == tx(TEXT, title_key, lang).format(grade=5)
        assert ws["A1"].font.b and ws["A2"].value == head.name(lang)
        row = header_row(ws)
        heads = [c for c in ws[row] if c.value is not None]
        assert len(heads) >= 2 and all(c.font.b for c in heads)
        assert ws.cell(row - 1, 1).value is None  # a blank row above the table
        assert ws.column_dimensions["A"].width > 5
        made = row_of(ws, tx(TEXT, "made_on", lang))
        assert made[1] == datetime(2026, 3, 16)
        if report in ("period", "workload", "district"):
            assert row_of(ws, tx(TEXT, "period", lang))[1:3] == (datetime(2025, 9, 1),
                                                                   datetime(2026, 3, 15))


@pytest.mark.parametrize("lang", LANGS)
def test_passport_xlsx_counts_are_numbers(lang: str, data: dict[str, Any], head: Letterhead) -> None:
    p = data["passport"]
    wb = book(xlsx.build_social_passport(p, lang, head))
    summary, classes = wb.worksheets
    row = row_of(summary, tx(TEXT, "students", lang), column=2)
    assert row[2] == N and isinstance(row[2], int) and row[3] == 100.0 and row[4] == p.families_total
    large = row_of(summary, pdf.FAMILY["large"][lang], column=2)
    assert large[2] == p.counts.family["large"] and large[4] == p.families["large"]
    first = p.classes[0]
    assert row_of(classes, first.name)[1:4] == (first.counts.students, first.counts.boys,
                                                first.counts.girls)
    assert row_of(classes, tx(TEXT, "total", lang))[1] == N


@pytest.mark.parametrize("lang", LANGS)
def test_free_meals_xlsx_rows(lang: str, data: dict[str, Any], head: Letterhead) -> None:
    rows = data["meals"]
    ws = book(xlsx.build_free_meals(rows, lang, head)).worksheets[0]
    body = list(ws.iter_rows(min_row=header_row(ws) + 1, values_only=True))
    assert len(body) == len(rows)
    first = body[0]
    assert first[0] == rows[0].category and first[3] == rows[0].child
    assert first[8] == datetime.combine(rows[0].valid_until, datetime.min.time())
    assert ws.auto_filter.ref


@pytest.mark.parametrize("lang", LANGS)
def test_period_and_workload_xlsx_numbers(lang: str, data: dict[str, Any], head: Letterhead) -> None:
    r = data["period"]
    wb = book(xlsx.build_period_report(r, lang, head))
    assert len(wb.worksheets) == 5
    assert row_of(wb.worksheets[0], tx(TEXT, "visits", lang))[1] == r.visits
    total = row_of(wb.worksheets[1], tx(TEXT, "total", lang))
    assert total[1:3] == (r.sessions_total, r.hours_total)
    w = data["workload"]
    ws = book(xlsx.build_workload(w, lang, head)).worksheets[0]
    first = row_of(ws, w.rows[0].name)
    assert first[2:4] == (w.rows[0].children_followed, w.rows[0].sessions)
    assert row_of(ws, tx(TEXT, "w_students", lang))[1] == N


# ------------------------------------------------------------------------------ district: anonymous
@pytest.fixture(scope="module")
def identities(demo: Register) -> tuple[set[str], set[str]]:
    """Every surname, given name and patronymic (folded) and every ИИН of the register."""
    names: set[str] = set()
    iins: set[str] = set()
    for table in ("student", "family_member"):
        for last, first, patronymic, iin in demo.db.execute_sql(
                f"SELECT last_name, first_name, patronymic, iin FROM {table}").fetchall():
            names.update(w.casefold() for part in (last, first, patronymic)
                         for w in WORD.findall(part or ""))
            if iin:
                iins.add(str(iin))
    assert len(iins) > N
    return names, iins


def leaked(text: str, names: set[str], iins: set[str]) -> set[str]:
    words = {w.casefold() for w in WORD.findall(text)}
    return (words & names) | {iin for iin in iins if iin in text}


def test_identity_check_finds_names_where_they_are(data: dict[str, Any], head: Letterhead,
                                                   identities: tuple[set[str], set[str]]) -> None:
    """The free-meals list names children: the same check must notice them (it can fail)."""
    names, iins = identities
    assert leaked(pdf_text(pdf.build_free_meals(data["meals"], "ru", head)), names, iins)
    assert leaked(f"x {next(iter(iins))} y", names, iins)


@pytest.mark.parametrize("lang", LANGS)
def test_district_pdf_names_nobody(lang: str, data: dict[str, Any], head: Letterhead,
                                   identities: tuple[set[str], set[str]]) -> None:
    text = pdf_text(pdf.build_district_stats(data["district"], lang, head))
    assert leaked(text, *identities) == set()
    assert "<5" in text and tx(TEXT, "d_rule_title", lang) in text


@pytest.mark.parametrize("lang", LANGS)
def test_district_xlsx_names_nobody_and_hides_small_counts(
        lang: str, data: dict[str, Any], head: Letterhead,
        identities: tuple[set[str], set[str]]) -> None:
    d = data["district"]
    wb = book(xlsx.build_district_stats(d, lang, head))
    numbers = []
    for cell in cells(wb):
        value = cell.value
        if isinstance(value, str):
            assert leaked(value, *identities) == set(), value
            assert value.strip() not in {"1", "2", "3", "4"}
        elif isinstance(value, int | float) and not isinstance(value, bool):
            assert not 1 <= value <= 4, (cell.coordinate, value)
            numbers.append(value)
    assert N in numbers  # the students total is there, as a number
    values = [c.value for c in cells(wb)]
    assert "<5" in values  # a school of 600 has small counts to hide
    rule = wb.worksheets[1]
    assert rule.freeze_panes is None and rule["A1"].value == tx(TEXT, "d_rule_title", lang)
    assert any("<5" in str(c.value) for c in rule["A"])


def test_district_has_no_count_from_one_to_four(data: dict[str, Any]) -> None:
    d = data["district"]
    for section in d.sections:
        for cell in [*section.cells, *([section.total] if section.total else [])]:
            assert not (isinstance(cell.value, int) and 1 <= cell.value <= 4), (section.code, cell)
