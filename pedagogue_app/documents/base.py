"""What every document shares: fonts, styles, the letterhead, dates, tables, QR code, rendering.

Fonts ship in ``resources/fonts`` (Liberation Serif, metric-compatible with Times New Roman, for
letters and acts; DejaVu Sans for tables and reports) and are registered once, on first use.
PDFs are rendered with ReportLab's ``invariant`` mode, so the same data gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..paths import resources_dir

__all__ = [
    "Letterhead", "LANG_ERROR", "check_lang", "tx", "fmt_date", "long_date", "para", "styles",
    "letterhead_flowables", "kv_table", "grid", "signature_block", "qr_code", "render",
    "SERIF", "SANS", "mm", "Spacer", "Paragraph", "Table", "TableStyle", "colors",
]

SERIF, SANS = "DocSerif", "DocSans"
FONT_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF + "-Bold": "LiberationSerif-Bold.ttf",
    SERIF + "-Italic": "LiberationSerif-Italic.ttf",
    SERIF + "-BoldItalic": "LiberationSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS + "-Bold": "DejaVuSans-Bold.ttf",
}
LANG_ERROR = "document language must be 'kk' or 'ru'"


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF + "-Bold", italic=SERIF + "-Italic", boldItalic=SERIF + "-BoldItalic"
    )
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS + "-Bold", italic=SANS, boldItalic=SANS + "-Bold"
    )


def check_lang(lang: str) -> str:
    if lang not in ("kk", "ru"):
        raise ValueError(LANG_ERROR)
    return lang


def tx(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    """The ``lang`` text of ``key`` in a module's ``{key: {"kk": ..., "ru": ...}}`` table."""
    return table[key][lang]


# ---------------------------------------------------------------------------- dates
MONTHS_GENITIVE = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"],
}


def fmt_date(d: date | None) -> str:
    """DD.MM.YYYY, or an empty string."""
    return d.strftime("%d.%m.%Y") if d else ""


def long_date(d: date | None, lang: str) -> str:
    """«22 ноября 2026 г.» / «2026 жылғы 22 қараша»."""
    if d is None:
        return ""
    month = MONTHS_GENITIVE[lang][d.month - 1]
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {month}"
    return f"{d.day} {month} {d.year} г."


# ---------------------------------------------------------------------------- styles and text
@cache
def styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles: body, body_left, title, subtitle, small, right, center, cell, cell_bold,
    head (letterhead), mark (confidentiality)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=3)
    return {
        "body": body,
        "body_left": ParagraphStyle("body_left", parent=body, alignment=TA_LEFT, firstLineIndent=0),
        "title": ParagraphStyle("title", parent=body, fontName=SERIF + "-Bold", fontSize=14, leading=18,
                                alignment=TA_CENTER, firstLineIndent=0, spaceBefore=6, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SERIF + "-Bold", alignment=TA_LEFT,
                                   firstLineIndent=0, spaceBefore=6, spaceAfter=3),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11, firstLineIndent=0,
                                alignment=TA_LEFT),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", fontName=SANS + "-Bold", fontSize=8.5, leading=10.5),
        # tables inside letters keep the letter's serif (one font family per letter)
        "cell_serif": ParagraphStyle("cell_serif", fontName=SERIF, fontSize=10.5, leading=12.5),
        "cell_serif_bold": ParagraphStyle("cell_serif_bold", fontName=SERIF + "-Bold", fontSize=10.5,
                                          leading=12.5),
        "head": ParagraphStyle("head", fontName=SERIF + "-Bold", fontSize=10.5, leading=13,
                               alignment=TA_CENTER),
        "head_small": ParagraphStyle("head_small", fontName=SERIF, fontSize=9, leading=11,
                                     alignment=TA_CENTER),
        "mark": ParagraphStyle("mark", fontName=SERIF + "-Bold", fontSize=10, leading=12, alignment=TA_RIGHT),
    }


def para(text: str | None, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept. Use ``Paragraph`` for markup."""
    st = styles()[style] if isinstance(style, str) else style
    return Paragraph(escape(text or "").replace("\n", "<br/>"), st)


def bold(text: str) -> str:
    """Escaped text in bold markup, for building a ``Paragraph`` by hand."""
    return f"<b>{escape(text)}</b>"


# ---------------------------------------------------------------------------- letterhead
@dataclass(frozen=True)
class Letterhead:
    """The school profile as printed at the top of letters and acts."""

    name_kk: str
    name_ru: str
    bin: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    director_name: str = ""
    logo: bytes | None = None

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru


HEAD_LABELS = {"bin": {"kk": "БСН", "ru": "БИН"}, "phone": {"kk": "тел.", "ru": "тел."}}


def letterhead_flowables(head: Letterhead, lang: str, width: float) -> list[Flowable]:
    """Bilingual letterhead: Kazakh name left, Russian right (logo between), then BIN, address,
    phone on one line, and a rule. ``lang`` orders the contact line's labels."""
    st = styles()
    middle: Flowable | str = ""
    if head.logo:
        middle = Image(io.BytesIO(head.logo), width=20 * mm, height=20 * mm, kind="proportional")
    side = (width - 26 * mm) / 2
    top = Table(
        [[Paragraph(escape(head.name_kk), st["head"]), middle, Paragraph(escape(head.name_ru), st["head"])]],
        colWidths=[side, 26 * mm, side],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    contact = [head.address]
    if head.bin:
        contact.append(f"{HEAD_LABELS['bin'][lang]} {head.bin}")
    if head.phone:
        contact.append(f"{HEAD_LABELS['phone'][lang]} {head.phone}")
    if head.email:
        contact.append(head.email)
    contact_line = Paragraph(escape(", ".join(c for c in contact if c)), st["head_small"])
    line = Table([[contact_line]], colWidths=[width])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [top, line, Spacer(1, 4 * mm)]


# ---------------------------------------------------------------------------- tables
def kv_table(rows: Iterable[tuple[str, str]], width: float, key_share: float = 0.35,
             serif: bool = False) -> Table:
    """Two columns, label and value, for the data of a child, a family, an act. Empty values print
    as a line to fill by hand. ``serif`` for tables inside letters."""
    st = styles()
    key, value = ("cell_serif_bold", "cell_serif") if serif else ("cell_bold", "cell")
    data = [[Paragraph(escape(k), st[key]), para(v or "________________", value)] for k, v in rows]
    t = Table(data, colWidths=[width * key_share, width * (1 - key_share)])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def grid(header: Sequence[str], rows: Iterable[Sequence[object]], col_widths: Sequence[float],
         *, total_row: bool = False) -> Table:
    """A table with a repeated bold header, wrapped cells and thin lines. Numbers right-aligned."""
    st = styles()

    def cell(v: object) -> Flowable | str:
        if isinstance(v, Flowable):
            return v
        if isinstance(v, int | float):
            return Paragraph(str(v), ParagraphStyle("num", parent=st["cell"], alignment=TA_RIGHT))
        return para("" if v is None else str(v), "cell")

    data: list[list[Flowable | str]] = [[Paragraph(escape(h), st["cell_bold"]) for h in header]]
    data += [[cell(v) for v in r] for r in rows]
    t = Table(data, colWidths=list(col_widths), repeatRows=1)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if total_row and len(data) > 1:
        cmds.append(("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.95, 0.95, 0.95)))
    t.setStyle(TableStyle(cmds))
    return t


def signature_block(lines: Iterable[tuple[str, str]], width: float) -> Table:
    """Rows of «position ______ name» for signatures (director, specialist, commission)."""
    st = styles()
    data = [[para(pos, "body_left"), "_______________", para(name, "body_left")] for pos, name in lines]
    t = Table(data, colWidths=[width * 0.45, width * 0.25, width * 0.30])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    del st
    return t


class _FixedMaskQr(qrencoder.QRCode):  # type: ignore[misc]
    """ReportLab's QR encoder with mask pattern 0 instead of scoring all eight masks: the same
    valid code for any reader, without the 40 ms the scoring takes per letter."""

    version: int | None

    def make(self) -> None:
        if self.version is None:
            self.version = self.calculate_version()
        self.makeImpl(False, 0)


class QrFlowable(Flowable):
    """A QR code drawn as one small black-and-white image: a few kilobytes and far less work
    than a rectangle per module (ReportLab's flowable draws ~300 of them)."""

    def __init__(self, text: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.text, self.size, self.border = text, size, border
        self.width = self.height = size

    def draw(self) -> None:
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        qr = _FixedMaskQr(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(self.text)
        qr.make()
        n, b = qr.getModuleCount(), self.border
        image = Image.new("L", (n + 2 * b, n + 2 * b), 255)
        image.putdata([0 if (b <= x < n + b and b <= y < n + b and qr.isDark(y - b, x - b)) else 255
                       for y in range(n + 2 * b) for x in range(n + 2 * b)])
        # 8 pixels per module, so that viewers and printers that smooth a scaled image keep
        # the edges sharp
        image = image.resize((image.width * 8, image.height * 8), Image.Resampling.NEAREST)
        self.canv.drawImage(ImageReader(image), 0, 0, self.size, self.size)


def qr_code(text: str, size: float = 24 * mm) -> Flowable:
    """A QR code of ``text`` (ReportLab's encoder), ``size`` points square."""
    return QrFlowable(text, size)


# ---------------------------------------------------------------------------- rendering
PAGE_LABEL = {"kk": "бет", "ru": "стр."}
CONFIDENTIAL = {"kk": "Құпия. Тек қызметтік пайдалану үшін",
                "ru": "Конфиденциально. Для служебного пользования"}


def _numbered_canvas(lang: str, mark: str, footer: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws «page N of M», the confidentiality mark and the footer after the page count is known."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            self.saveState()
            self.setFont(SERIF, 8.5)
            if total > 1:
                self.drawRightString(w - 15 * mm, 10 * mm, f"{PAGE_LABEL[lang]} {self._pageNumber} / {total}")
            if footer:
                self.drawString(20 * mm, 10 * mm, footer[:120])
            if mark:
                self.setFont(SERIF + "-Bold", 8.5)
                self.drawRightString(w - 15 * mm, h - 10 * mm, mark)
            self.restoreState()

    return NumberedCanvas


def render(
    story_or_builder: list[Flowable] | Callable[[float], list[Flowable]],
    *,
    lang: str,
    title: str,
    confidential: bool = False,
    footer: str = "",
    wide: bool = False,
) -> bytes:
    """Lay out a story on A4 (landscape when ``wide``) and return the PDF bytes.

    ``story_or_builder`` is the list of flowables or a function of the frame width returning it.
    Margins follow the office rule for letters: left 30 mm, right 15 mm, top and bottom 20 mm.
    """
    check_lang(lang)
    register_fonts()
    size = landscape(A4) if wide else A4
    left, right, top, bottom = 30 * mm, 15 * mm, 18 * mm, 18 * mm
    width = size[0] - left - right
    story = story_or_builder(width) if callable(story_or_builder) else story_or_builder
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=size, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=title, author="", creator="Pedagogue register", invariant=1, lang=lang,
    )
    frame = Frame(left, bottom, width, size[1] - top - bottom, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    mark = CONFIDENTIAL[lang] if confidential else ""
    doc.build(story, canvasmaker=_numbered_canvas(lang, mark, footer))
    return buf.getvalue()


def content_width(wide: bool = False) -> float:
    size = landscape(A4) if wide else A4
    return size[0] - 45 * mm
