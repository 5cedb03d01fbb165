"""Blank pre-numbered forms for days without a PC: the home-visit act and the incident report.

One incident form per page, a visit act on two pages, each page with its form's number; boxes to
tick and lines to write on by hand. The numbers come from the service, which reserves them so
that two batches never repeat a number. Marked confidential: once filled in, they hold the same
data as the acts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from .base import (
    SANS,
    Letterhead,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    check_lang,
    colors,
    mm,
    para,
    render,
    styles,
    tx,
)
from .home_visit_act import CHILD_FLAGS, HOUSING_FLAGS, HOUSING_WORDS, PURPOSE
from .home_visit_act import TEXT as ACT
from .incident_report import INCIDENT_TYPES, ROLES, STEPS
from .incident_report import TEXT as INC

__all__ = ["TEXT", "KINDS", "BlankForms", "build"]

KINDS = ("visit_act", "incident")
BOX = "☐"
LINE_H = 6.6 * mm  # the height of a line written by hand
FILL = "_" * 62  # a line to write on after a label
# The height of render()'s frame on A4 (top and bottom margins of 18 mm), less a little: each page
# of a form is shrunk to it if its content would not fit, so a form never spills onto a new page.
PAGE_H = A4[1] - 36 * mm - 2 * mm

TEXT: dict[str, dict[str, str]] = {
    "doc_visit": {"kk": "Тексеру актілерінің бланкілері", "ru": "Бланки актов обследования"},
    "doc_incident": {"kk": "Оқиға туралы есеп бланкілері", "ru": "Бланки отчётов об инцидентах"},
    "blank": {"kk": "Бланк", "ru": "Бланк"},
    "date_line": {"kk": "{year} ж. «___» ______________", "ru": "«___» ______________ {year} г."},
    "time_line": {"kk": "уақыты ____:____", "ru": "время ____:____"},
    "datetime_line": {"kk": "20___ ж. «___» __________, ____:____",
                      "ru": "«___» __________ 20___ г., ____:____"},
    "other": {"kk": "басқа", "ru": "другое"},
    "signature": {"kk": "Қолы", "ru": "Подпись"},
    "parent_signed": {"kk": "Актімен таныстым (ата-ана, заңды өкіл): ____________ / ______________________",
                      "ru": "С актом ознакомлен(а) (родитель, законный представитель): ____________ / "
                            "______________________"},
    "refused_box": {"kk": "қол қоюдан бас тартты", "ru": "от подписи отказался(-ась)"},
    "rooms_area": {"kk": "Бөлмелер саны: ______   Жалпы ауданы: ______ м²",
                   "ru": "Количество комнат: ______   Общая площадь: ______ м²"},
    "utilities": {"kk": "Коммуналдық жағдайлар", "ru": "Коммунальные условия"},
    "child_row": {"kk": "Туған күні: ____________   ЖСН: ________________________   Сыныбы: ______",
                  "ru": "Дата рождения: ____________   ИИН: ________________________   Класс: ______"},
    "conclusion_ok": {"kk": "қанағаттанарлық", "ru": "удовлетворительные"},
    "conclusion_bad": {"kk": "қанағаттанарлықсыз", "ru": "неудовлетворительные"},
    "page_2": {"kk": "2-бет", "ru": "лист 2"},
    "commission_signed": {"kk": "Комиссия мүшелерінің қолдары: 1) ____________  2) ____________  "
                                "3) ____________",
                          "ru": "Подписи членов комиссии: 1) ____________  2) ____________  "
                                "3) ____________"},
    "when_done": {"kk": "Орындалды (күні, уақыты)", "ru": "Выполнено (дата, время)"},
    "author": {"kk": "Құрастырған: ____________ / ______________________",
               "ru": "Составил(а): ____________ / ______________________"},
    "director": {"kk": "Директор: ____________ / ______________________",
                 "ru": "Директор: ____________ / ______________________"},
}


@dataclass(frozen=True)
class BlankForms:
    """A batch of blank forms: ``kind`` is "visit_act" or "incident"; one form per number."""

    kind: str
    letterhead: Letterhead
    year: int
    numbers: tuple[str, ...]


# ---------------------------------------------------------------------------- building blocks
def _style(name: str) -> ParagraphStyle:
    base = styles()
    if name == "label":
        return ParagraphStyle("blank_label", parent=base["cell_bold"], fontSize=8.5, leading=10)
    if name == "text":
        return ParagraphStyle("blank_text", parent=base["cell"], fontSize=8.5, leading=10.5)
    return ParagraphStyle("blank_number", fontName=SANS + "-Bold", fontSize=13, leading=16, alignment=2)


def _p(text: str, style: str = "text") -> Paragraph:
    return Paragraph(escape(text), _style(style))


def _boxes(options: Sequence[str]) -> Paragraph:
    """«☐ option   ☐ option …» on one line (wrapping when long)."""
    items = [f"{BOX}&nbsp;" + "&nbsp;".join(escape(o).split(" ")) for o in options]
    return Paragraph("&nbsp;&nbsp; ".join(items), _style("text"))


def _labelled(label: str, body: Flowable | str, width: float, share: float = 0.30) -> Table:
    t = Table([[_p(label, "label"), body]], colWidths=[width * share, width * (1 - share)])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def _label(text: str, width: float) -> Table:
    """A heading aligned with the labels inside the tables."""
    return _lines(text, 0, width)


def _lines(label: str, n: int, width: float) -> Table:
    """A label, then ``n`` empty ruled lines to write on."""
    rows: list[list[object]] = [[_p(label, "label")]] + [[""] for _ in range(n)]
    t = Table(rows, colWidths=[width], rowHeights=[None] + [LINE_H] * n)
    t.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.grey),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, 0), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, 0), 0)]))
    return t


def _empty_grid(header: Sequence[str], n: int, widths: Sequence[float],
                first: Sequence[Sequence[object]] = ()) -> Table:
    """A ruled table: a header, the given rows, then empty rows up to ``n`` rows in all."""
    data: list[list[object]] = [[_p(h, "label") for h in header]]
    for row in first:
        data.append([_p(v) if isinstance(v, str) else v for v in row])
    while len(data) < n + 1:
        data.append(["" for _ in header])
    # prefilled rows grow with their text (padded to about a line); empty rows are one line high
    heights = [None] * (len(first) + 1) + [LINE_H] * (n - len(first))
    t = Table(data, colWidths=list(widths), rowHeights=heights)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 1), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]))
    return t


def _header(data: BlankForms, number: str, title: str, lang: str, width: float) -> list[Flowable]:
    school = Paragraph(escape(data.letterhead.name(lang)), styles()["head_small"])
    no = Paragraph(f"№ {escape(number)}", _style("number"))
    top = Table([[school, no]], colWidths=[width - 40 * mm, 40 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
    title_style = ParagraphStyle("blank_title", parent=styles()["title"], fontSize=12.5, leading=15,
                                 spaceBefore=3, spaceAfter=2)
    return [top, Paragraph(f"{escape(title)} № {escape(number)}", title_style)]


# ---------------------------------------------------------------------------- the visit act
def _visit_act(data: BlankForms, number: str, lang: str, width: float) -> list[Flowable]:
    """Two pages: the facts (sections 1-6), then the assessment, conclusion and signatures."""
    page1 = out = _header(data, number, tx(ACT, "title", lang), lang, width)
    date_time = f"{TEXT['date_line'][lang].format(year=data.year)}      {tx(TEXT, 'time_line', lang)}"
    out.append(Paragraph(escape(date_time), styles()["center"]))
    out.append(Spacer(1, 2 * mm))
    purposes = [PURPOSE[p][lang] for p in PURPOSE]
    out.append(_labelled(tx(ACT, "purpose", lang), _boxes(purposes[:2] + [purposes[2] + ":"]), width))
    out.append(_labelled(tx(ACT, "requested_by", lang), _p(FILL), width))
    out.append(_labelled(tx(ACT, "address", lang), _p(FILL), width))
    out.append(Spacer(1, 2 * mm))

    col = width - 8 * mm
    out.append(_label(tx(ACT, "s_commission", lang), width))
    out.append(_empty_grid(["№", tx(ACT, "full_name", lang), tx(ACT, "position", lang),
                            tx(TEXT, "signature", lang)], 3, [8 * mm, col * 0.42, col * 0.36, col * 0.22],
                           [["1"], ["2"], ["3"]]))
    out.append(Spacer(1, 2 * mm))
    out.append(_labelled(tx(ACT, "s_child", lang), _p(FILL), width))
    out.append(_labelled("", _p(tx(TEXT, "child_row", lang)), width))
    out.append(_labelled(tx(ACT, "child_address", lang), _p(FILL), width))
    out.append(Spacer(1, 2 * mm))
    out.append(_label(tx(ACT, "s_residents", lang), width))
    out.append(_empty_grid(["№", tx(ACT, "full_name", lang), tx(ACT, "relation", lang)], 6,
                           [8 * mm, col * 0.62, col * 0.38], [[str(i)] for i in range(1, 7)]))
    out.append(Spacer(1, 2 * mm))

    other = tx(TEXT, "other", lang) + ": ________"
    words = HOUSING_WORDS
    out.append(_label(tx(ACT, "s_housing", lang), width))
    out.append(_labelled(tx(ACT, "ownership", lang), _boxes(
        [words["housing_ownership"][k][lang] for k in ("own", "rent", "relatives", "social")] + [other]),
        width))
    out.append(_labelled("", _p(tx(TEXT, "rooms_area", lang)), width))
    out.append(_labelled(tx(ACT, "condition", lang), _boxes(
        [words["housing_condition"][k][lang] for k in ("good", "satisfactory", "needs_repair",
                                                        "unsatisfactory", "dilapidated")]), width))
    out.append(_labelled(tx(ACT, "heating", lang), _boxes(
        [words["heating"][k][lang] for k in ("central", "gas", "electric", "stove", "none")]), width))
    out.append(_labelled(tx(TEXT, "utilities", lang), _boxes(
        [tx(ACT, f, lang) for f in HOUSING_FLAGS]), width))
    out.append(_labelled(tx(ACT, "sanitary", lang), _boxes(
        [words["sanitary_state"][k][lang] for k in ("good", "satisfactory", "unsatisfactory")]), width))
    out.append(Spacer(1, 2 * mm))
    out.append(_labelled(tx(ACT, "s_child_conditions", lang), _boxes(
        [tx(ACT, f, lang) for f in CHILD_FLAGS]), width))

    page2: list[Flowable] = [_continued(number, tx(ACT, "title", lang), lang, width)]
    out = page2
    for key, n in (("s_attention", 3), ("s_climate", 3), ("s_neglect", 4), ("s_words", 4)):
        out.append(_lines(tx(ACT, key, lang), n, width))
    out.append(Spacer(1, 2 * mm))
    out.append(_labelled(tx(ACT, "s_conclusion", lang), _boxes(
        [tx(TEXT, k, lang) for k in ("conclusion_ok", "conclusion_bad")]), width))
    out.append(_lines(tx(ACT, "s_recommendations", lang), 4, width))
    out.append(_lines(tx(ACT, "s_measures", lang), 3, width))
    out.append(Spacer(1, 2 * mm))
    out.append(_labelled(tx(ACT, "next_visit", lang), _p("«___» ______________ 20___"), width))
    out.append(Spacer(1, 5 * mm))
    out.append(_p(tx(TEXT, "commission_signed", lang)))
    out.append(Spacer(1, 4 * mm))
    out.append(_p(tx(TEXT, "parent_signed", lang)))
    out.append(Spacer(1, 3 * mm))
    out.append(_boxes([tx(TEXT, "refused_box", lang) + ": ______________________"]))
    return [_page(page1, width), PageBreak(), _page(page2, width)]


def _page(flowables: list[Flowable], width: float) -> KeepInFrame:
    return KeepInFrame(width, PAGE_H, flowables, mode="shrink")


def _continued(number: str, title: str, lang: str, width: float) -> Table:
    """The top of a form's second page: which form it continues."""
    text = f"{title} № {number} — {tx(TEXT, 'page_2', lang)}"
    t = Table([[Paragraph(escape(text), _style("label"))]], colWidths=[width])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


# ---------------------------------------------------------------------------- the incident
def _incident(data: BlankForms, number: str, lang: str, width: float) -> list[Flowable]:
    out = _header(data, number, tx(INC, "title", lang), lang, width)
    out.append(Spacer(1, 1 * mm))
    out.append(_labelled(tx(INC, "type", lang), _boxes([v[lang] for v in INCIDENT_TYPES.values()]), width))
    moment = _p(tx(TEXT, "datetime_line", lang))
    out.append(_labelled(tx(INC, "occurred", lang), moment, width))
    out.append(_labelled(tx(INC, "reported", lang), moment, width))
    out.append(_labelled(tx(INC, "reporter", lang), _p(FILL), width))
    out.append(_labelled(tx(INC, "place", lang), _p(FILL), width))
    out.append(_lines(tx(INC, "s_narrative", lang), 5, width))
    out.append(_lines(tx(INC, "s_words", lang), 2, width))
    out.append(_labelled(tx(INC, "s_injuries", lang), _p(FILL), width))

    col = width - 8 * mm - 16 * mm
    roles = _boxes([v[lang] for v in ROLES.values()])
    out.append(_label(tx(INC, "s_children", lang), width))
    out.append(_empty_grid(["№", tx(INC, "c_name", lang), tx(INC, "c_class", lang), tx(INC, "c_role", lang)],
                           3, [8 * mm, col * 0.38, 16 * mm, col * 0.62],
                           [["1", "", "", roles], ["2", "", "", roles], ["3", "", "", roles]]))
    out.append(Spacer(1, 1 * mm))
    out.append(_labelled(tx(INC, "s_adult", lang), _p("_" * 32 + "  " + tx(INC, "adult_relation", lang)
                                                      + ": " + "_" * 12), width))
    out.append(_label(tx(INC, "s_steps", lang), width))
    steps = [[BOX, STEPS[code][lang]] for code in STEPS]
    rest = width - 7 * mm
    out.append(_empty_grid(["", tx(INC, "st_step", lang), tx(TEXT, "when_done", lang),
                            tx(INC, "st_done_by", lang)],
                           len(steps) + 1, [7 * mm, rest * 0.56, rest * 0.22, rest * 0.22], steps))
    out.append(_lines(tx(INC, "s_follow_up", lang), 1, width))
    out.append(Spacer(1, 3 * mm))
    signs = Table([[_p(tx(TEXT, "author", lang)), _p(tx(TEXT, "director", lang))]], colWidths=[width / 2] * 2)
    signs.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    out.append(signs)
    return [_page(out, width)]


def build(data: BlankForms, lang: str) -> bytes:
    """Blank forms, one page per number, in ``lang`` ("kk" or "ru")."""
    check_lang(lang)
    if data.kind not in KINDS:
        raise ValueError(f"unknown blank form kind: {data.kind!r}")
    make = _visit_act if data.kind == "visit_act" else _incident

    def story(width: float) -> list[Flowable]:
        out: list[Flowable] = []
        for i, number in enumerate(data.numbers):
            if i:
                out.append(PageBreak())
            out += make(data, number, lang, width)
        if not out:
            out.append(para(""))
        return out

    title = tx(TEXT, "doc_visit" if data.kind == "visit_act" else "doc_incident", lang)
    return render(story, lang=lang, title=title, confidential=True)  # filled in, they hold personal data
