"""«Қалпына келтіру кілті» / «Ключ восстановления»: the one sheet that carries the recovery key.

The recovery key opens the encrypted register when every password is forgotten; it is shown once
when the register is made and kept nowhere else, so this sheet is printed and put in the school's
safe. One A4 page: the title in both languages, the school, the date the key was made, the key in
large type in its seven groups, the same key as a QR code, what the key is for and how to keep
it, and the signature of the person who keeps it. No data of children is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from .base import (
    SERIF,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    check_lang,
    colors,
    long_date,
    mm,
    para,
    qr_code,
    render,
    styles,
    tx,
)

__all__ = ["TEXT", "RecoveryKeySheet", "build", "file_name", "key_groups"]

# The key holds only Crockford base32 (digits and Latin capitals without I, L, O, U): ReportLab's
# built-in Courier draws those, and its fixed width keeps the groups lined up for copying by hand.
KEY_FONT = "Courier-Bold"
KEY_SIZE = 18

TEXT: dict[str, dict[str, str]] = {
    "title": {"kk": "Қалпына келтіру кілті", "ru": "Ключ восстановления"},
    "program": {"kk": "Мектеп тізілімі: әлеуметтік педагог пен психологтың жұмыс журналы",
                "ru": "Школьный реестр: журнал работы социального педагога и психолога"},
    "school": {"kk": "Білім беру ұйымы", "ru": "Организация образования"},
    "made_on": {"kk": "Кілт жасалған күн", "ru": "Дата создания ключа"},
    "key": {"kk": "Кілт", "ru": "Ключ"},
    "typing": {"kk": "Кілтті бас әріптермен де, кіші әріптермен де, сызықшалармен де, оларсыз да "
                     "теруге болады. Кілтте O, I, L, U әріптері жоқ: 0 – нөл, 1 – бір.",
               "ru": "Ключ можно вводить заглавными или строчными буквами, с дефисами или без. "
                     "Букв O, I, L, U в ключе нет: 0 – ноль, 1 – единица."},
    "qr": {"kk": "Сол кілт QR-код түрінде", "ru": "Тот же ключ в виде QR-кода"},
    "s_purpose": {"kk": "Кілт не үшін керек", "ru": "Для чего нужен ключ"},
    "purpose": {
        "kk": "Тізілім шифрланған: ол тек есептік жазбалардың бірінің құпия сөзімен немесе осы "
              "кілтпен ашылады. Барлық құпия сөз ұмытылса немесе әкімшінің есептік жазбасы "
              "бұғатталса, кіру терезесінде «Құпия сөзді ұмыттыңыз ба?» батырмасын басып, осы "
              "кілтті енгізіңіз: тізілім ашылады және есептік жазбаға жаңа құпия сөз қойылады.",
        "ru": "Реестр зашифрован: он открывается только паролем одной из учётных записей или этим "
              "ключом. Если все пароли забыты или учётная запись администратора заблокирована, "
              "нажмите в окне входа «Забыли пароль?» и введите этот ключ: реестр откроется, и "
              "учётной записи будет задан новый пароль."},
    "only_copy": {
        "kk": "Кілт бағдарламада да, компьютерде де сақталмайды: бұл парақ – оның жалғыз "
              "көшірмесі. Ол жоғалып, барлық құпия сөз ұмытылса, тізілімдегі мәліметтерді қалпына "
              "келтіру мүмкін болмайды.",
        "ru": "Ключ не хранится ни в программе, ни на компьютере: этот лист – его единственная "
              "копия. Если он утерян и все пароли забыты, сведения реестра восстановить "
              "невозможно."},
    "s_keep": {"kk": "Қалай сақтау керек", "ru": "Как хранить"},
    "keep_1": {"kk": "Парақты конвертке салып, желімдеңіз де, мектептің сейфінде сақтаңыз.",
               "ru": "Вложите лист в конверт, заклейте его и храните в сейфе школы."},
    "keep_2": {"kk": "Кілтті суретке түсірмеңіз, мессенджер мен электрондық пошта арқылы "
                     "жібермеңіз, компьютерде сақтамаңыз.",
               "ru": "Не фотографируйте ключ, не пересылайте его в мессенджерах и по электронной "
                     "почте, не храните его на компьютере."},
    "keep_3": {"kk": "Кілті бар адам тізілім көшірмесіндегі барлық мәліметті оқи алады: кілтті "
                     "тек жауапты адамға беріңіз.",
               "ru": "Тот, у кого есть ключ, может прочитать все сведения копии реестра: "
                     "передавайте ключ только ответственному лицу."},
    "keep_4": {"kk": "Кілт жоғалса немесе оны бөгде адам көрсе, тізілім әкімшісіне дереу "
                     "хабарлаңыз.",
               "ru": "Если ключ утерян или его видел посторонний, немедленно сообщите "
                     "администратору реестра."},
    "s_kept_by": {"kk": "Кілтті сақтауға қабылдадым", "ru": "Ключ на хранение принял(а)"},
    "position_name": {"kk": "Лауазымы, тегі, аты-жөні", "ru": "Должность, фамилия, инициалы"},
    "signature": {"kk": "Қолы", "ru": "Подпись"},
    "date": {"kk": "Күні", "ru": "Дата"},
    "file": {"kk": "қалпына-келтіру-кілті", "ru": "ключ-восстановления"},
}


@dataclass(frozen=True)
class RecoveryKeySheet:
    """What the sheet prints: the key as shown (``XXXXX-XXXXX-…``), the school, the day made."""

    recovery_key: str
    school_name: str
    made_on: date


def key_groups(recovery_key: str) -> list[str]:
    """The key's groups of five, however it was written (dashes, spaces, lower case)."""
    symbols = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    return [symbols[i:i + 5] for i in range(0, len(symbols), 5)]


def file_name(lang: str) -> str:
    """The offered file name when the sheet is saved as PDF."""
    return f"{tx(TEXT, 'file', check_lang(lang))}.pdf"


def _other(lang: str) -> str:
    return "ru" if lang == "kk" else "kk"


def _heading(sheet: RecoveryKeySheet, lang: str, width: float) -> list[Flowable]:
    st = styles()
    big = ParagraphStyle("key_title", parent=st["title"], fontSize=18, leading=22, spaceAfter=0)
    second = ParagraphStyle("key_title_2", parent=st["center"], fontSize=12, leading=15)
    out: list[Flowable] = [
        para(tx(TEXT, "title", lang), big),
        para(f"({tx(TEXT, 'title', _other(lang))})", second),
        para(tx(TEXT, "program", lang), "center"),
        Spacer(1, 4 * mm),
    ]
    rows = [[para(tx(TEXT, "school", lang), "cell_serif_bold"), para(sheet.school_name, "cell_serif")],
            [para(tx(TEXT, "made_on", lang), "cell_serif_bold"),
             para(long_date(sheet.made_on, lang), "cell_serif")]]
    table = Table(rows, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [*out, table, Spacer(1, 5 * mm)]


def _key_table(sheet: RecoveryKeySheet, width: float) -> Table:
    """The groups in boxes, one row, numbered above, so a copy by hand is easy to check."""
    groups = key_groups(sheet.recovery_key)
    number = ParagraphStyle("key_no", fontName=SERIF, fontSize=8, leading=9, alignment=TA_CENTER,
                            textColor=colors.grey)
    symbols = ParagraphStyle("key_symbols", fontName=KEY_FONT, fontSize=KEY_SIZE,
                             leading=KEY_SIZE + 4, alignment=TA_CENTER)
    data = [[Paragraph(str(i + 1), number) for i in range(len(groups))],
            [Paragraph(g, symbols) for g in groups]]
    table = Table(data, colWidths=[width / max(len(groups), 1)] * len(groups))
    table.setStyle(TableStyle([
        ("BOX", (0, 1), (-1, 1), 1.2, colors.black),
        ("INNERGRID", (0, 1), (-1, 1), 0.6, colors.black),
        ("TOPPADDING", (0, 1), (-1, 1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
    ]))
    return table


def _key_block(sheet: RecoveryKeySheet, lang: str, width: float) -> list[Flowable]:
    caption = ParagraphStyle("qr_caption", parent=styles()["small"], alignment=TA_CENTER)
    qr = Table([[qr_code(sheet.recovery_key.upper(), 38 * mm)], [para(tx(TEXT, "qr", lang), caption)]],
               colWidths=[width])
    qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return [para(tx(TEXT, "key", lang), "subtitle"), _key_table(sheet, width), Spacer(1, 2 * mm),
            para(tx(TEXT, "typing", lang), "small"), Spacer(1, 3 * mm), qr]


def _instructions(lang: str) -> list[Flowable]:
    out: list[Flowable] = [para(tx(TEXT, "s_purpose", lang), "subtitle"),
                           para(tx(TEXT, "purpose", lang)), para(tx(TEXT, "only_copy", lang)),
                           para(tx(TEXT, "s_keep", lang), "subtitle")]
    out += [para(f"{n}. {tx(TEXT, f'keep_{n}', lang)}", "body_left") for n in range(1, 5)]
    return out


def _kept_by(lang: str, width: float) -> list[Flowable]:
    """Three lines to fill by hand, each with its caption under it."""
    label = ParagraphStyle("under_line", parent=styles()["small"], alignment=TA_CENTER,
                           textColor=colors.grey)
    captions = [para(tx(TEXT, key, lang), label) for key in ("position_name", "signature", "date")]
    gap = 6 * mm
    widths = [width * 0.52, gap, width * 0.22, gap, width * 0.26 - 2 * gap]
    table = Table([["", "", "", "", ""], [captions[0], "", captions[1], "", captions[2]]],
                  colWidths=widths, rowHeights=[12 * mm, None])
    table.setStyle(TableStyle([("LINEBELOW", (i, 0), (i, 0), 0.8, colors.black) for i in (0, 2, 4)]))
    return [para(tx(TEXT, "s_kept_by", lang), "subtitle"), table]


def story(sheet: RecoveryKeySheet, lang: str, width: float) -> list[Flowable]:
    return [*_heading(sheet, lang, width), *_key_block(sheet, lang, width), *_instructions(lang),
            Spacer(1, 4 * mm), *_kept_by(lang, width)]


def build(sheet: RecoveryKeySheet, lang: str) -> bytes:
    """The sheet as PDF bytes in ``lang`` ("kk" or "ru"; the title is in both), marked
    confidential. Built in memory: the key never touches the disk unless the user saves it."""
    check_lang(lang)
    return render(lambda width: story(sheet, lang, width), lang=lang,
                  title=f"{TEXT['title']['kk']} / {TEXT['title']['ru']}", confidential=True)
