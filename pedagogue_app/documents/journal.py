"""The journal of outgoing letters of one year (журнал исходящей корреспонденции), as a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from .base import Letterhead, check_lang, fmt_date, grid, letterhead_flowables, mm, para, render, tx

TEXT = {
    "title": {"kk": "{year} жылғы шығыс хат-хабарларды тіркеу журналы",
              "ru": "Журнал регистрации исходящей корреспонденции за {year} год"},
    "no": {"kk": "Шығ. №", "ru": "Исх. №"},
    "date": {"kk": "Күні", "ru": "Дата"},
    "to": {"kk": "Кімге", "ru": "Адресат"},
    "subject": {"kk": "Қысқаша мазмұны", "ru": "Краткое содержание"},
    "child": {"kk": "Бала", "ru": "Ребёнок"},
    "lang": {"kk": "Тілі", "ru": "Язык"},
    "archived": {"kk": "(мұрағатта)", "ru": "(в архиве)"},
    "empty": {"kk": "Бұл жылы хат тіркелмеген.", "ru": "В этом году писем не зарегистрировано."},
    "made": {"kk": "Құрастырылған күні: {date}", "ru": "Дата составления: {date}"},
}
LANG_NAMES = {"kk": {"kk": "қаз.", "ru": "орыс."}, "ru": {"kk": "каз.", "ru": "рус."}}


def build_journal(rows: Sequence[Any], year: int, lang: str, head: Letterhead,
                  today: date | None = None) -> bytes:
    """Every letter of ``year`` (rows of ``services.journal.JournalRow``), by number."""
    check_lang(lang)
    today = today or date.today()
    title = tx(TEXT, "title", lang).format(year=year)

    def story(width: float) -> list[Flowable]:
        out: list[Flowable] = [*letterhead_flowables(head, lang, width), para(title, "title")]
        if not rows:
            return [*out, para(tx(TEXT, "empty", lang), "body_left")]
        widths = [18 * mm, 24 * mm, width * 0.27, width * 0.33, 0, 16 * mm]
        widths[4] = width - sum(widths)
        header = [tx(TEXT, k, lang) for k in ("no", "date", "to", "subject", "child", "lang")]
        body = [[r.number, fmt_date(r.issued_on), r.addressee,
                 r.subject + (" " + tx(TEXT, "archived", lang) if r.archived else ""),
                 r.student_name, LANG_NAMES[lang].get(r.lang, r.lang)]
                for r in sorted(rows, key=lambda r: r.number)]
        out.append(grid(header, body, widths))
        out.append(para(tx(TEXT, "made", lang).format(date=fmt_date(today)), "small"))
        return out

    return render(story, lang=lang, title=title, confidential=True, wide=True)
