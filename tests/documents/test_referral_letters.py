"""Referral letters and the PMPK package: what the printed PDF says, read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from pedagogue_app.documents import referral as doc
from pedagogue_app.documents.base import SERIF, Letterhead, register_fonts
from pedagogue_app.documents.referral import (
    ATTACHMENTS,
    GROUNDS,
    KINDS,
    REQUESTS,
    SUBJECTS,
    Addressee,
    PmpkPackage,
    PsychologistReport,
    ReferralChild,
    ReferralLetter,
    TeacherProfile,
    build,
    build_pmpk_package,
)
from pedagogue_app.services.iin import make_iin, parse_iin

KAZAKH_LETTERS = "әғқңөұүһі"
BIN = "040540001234"
HEAD = Letterhead(
    name_kk="Түркістан облысы білім басқармасының «№ 5 жалпы білім беретін мектебі» КММ",
    name_ru="КГУ «Общеобразовательная школа № 5» управления образования Туркестанской области",
    bin=BIN, address="Түркістан қ., Тәуке хан даңғылы, 15", phone="+7 725 333 12 34",
    director_name="Сейітқали Нұрлан Бекұлы")
BIRTH = date(2014, 3, 12)
IIN = make_iin(BIRTH, "F", serial=126)
CHILD = ReferralChild("Әбілқайырова", "Шаһизада", "Өмірзаққызы", BIRTH, IIN, "5 «А»",
                      "Түркістан қ., Тұңғыш Президент даңғылы, 12, 4-пәтер")
CHILD_NAME = "Әбілқайырова Шаһизада Өмірзаққызы"
ADDRESSEES = {
    "kk": Addressee("Психологиялық-медициналық-педагогикалық консультация №2",
                    "Ахметова Гүлжан Серікқызы", "Түркістан қ., Абай көшесі, 3"),
    "ru": Addressee("Психолого-медико-педагогическая консультация №2",
                    "Ахметова Гүлжан Серікқызы", "г. Туркестан, ул. Абая, 3"),
}
MEASURES = {
    "kk": ("Мектепішілік есеп: 16.09.2026 бастап (№ 1 хаттама)",
           "Тұрмыстық-тұрғын үй жағдайын тексеру, 12.10.2026 (№ 5 акт)",
           "Педагог-психологтың кеңесі, 14.10.2026"),
    "ru": ("Внутришкольный учёт: с 16.09.2026 (протокол № 1)",
           "Обследование жилищно-бытовых условий, 12.10.2026 (акт № 5)",
           "Консультация педагога-психолога, 14.10.2026"),
}
ISSUED = date(2026, 11, 22)
REPLY_BY = date(2026, 12, 22)
# Words only the other language's fixed text uses: none may leak into a letter.
FOREIGN = {
    "kk": ("Исх.", "Руководителю", "Приложение", "Сведения о ребёнке", "Ответ просим",
           "Конфиденциально", "Законный представитель", "М.П."),
    "ru": ("Шығ.", "басшысына", "Қосымша", "Бала туралы", "Жауапты", "Құпия", "Заңды өкілі",
           "М.О."),
}


def letter(kind: str = "pmpk", lang: str = "ru", **overrides: Any) -> ReferralLetter:
    values: dict[str, Any] = {
        "letterhead": HEAD, "kind": kind, "addressee": ADDRESSEES[lang], "child": CHILD,
        "number": "15", "issued_on": ISSUED, "representative_name": "Әбілқайырова Гүлнар Маратқызы",
        "representative_relation": "mother", "representative_phone": "+7 701 000 00 01",
        "measures_taken": MEASURES[lang], "reply_by": REPLY_BY,
        "contact_person": "Жұмабаева Әлия Серікқызы", "contact_phone": "+7 701 111 22 33",
        "specialist_name": "Жұмабаева Ә. С."}
    values.update(overrides)
    return ReferralLetter(**values)


def pages(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def squeezed(text: str) -> str:
    """Without any whitespace: justified and wrapped text comes back with breaks anywhere."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(autouse=True)
def fonts() -> None:
    register_fonts()


def test_the_test_data_is_valid() -> None:
    assert parse_iin(IIN).birth_date == BIRTH
    assert all(ch in CHILD_NAME.lower() + CHILD.address.lower() for ch in KAZAKH_LETTERS)


# --- every kind in both languages ------------------------------------------------------------

@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_prints_the_letter(kind: str, lang: str) -> None:
    text = text_of(build(letter(kind, lang), lang))
    flat = squeezed(text)
    assert CHILD_NAME in text
    assert IIN in text and "12.03.2014" in text
    assert ("Исх. № 15" if lang == "ru" else "Шығ. № 15") in text
    assert ("от 22.11.2026" if lang == "ru" else "22.11.2026 ж.") in text
    assert squeezed(ADDRESSEES[lang].name) in flat
    assert ADDRESSEES[lang].head_name in text
    for wording in (SUBJECTS, GROUNDS, REQUESTS):  # the kind's own defaults
        assert squeezed(wording[kind][lang]) in flat
    for item in ATTACHMENTS[kind][lang]:
        assert squeezed(item) in flat
    for item in MEASURES[lang]:
        assert squeezed(item) in flat
    assert ("Ответ просим направить до 22.12.2026." if lang == "ru"
            else "Жауапты 22.12.2026 ж. дейін жолдауыңызды сұраймыз.") in text
    assert HEAD.director_name in text
    assert ("Конфиденциально" if lang == "ru" else "Құпия") in text
    assert ("Исп.: Жұмабаева Әлия Серікқызы, тел. +7 701 111 22 33" if lang == "ru"
            else "Орынд.: Жұмабаева Әлия Серікқызы, тел. +7 701 111 22 33") in text
    assert ("Әбілқайырова Гүлнар Маратқызы (мать)" if lang == "ru"
            else "Әбілқайырова Гүлнар Маратқызы (анасы)") in text
    for word in FOREIGN[lang]:
        assert word not in text, word
    if lang == "kk":
        for ch in KAZAKH_LETTERS:
            assert ch in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_addressee_line_names_the_head_of_the_organisation(lang: str) -> None:
    text = text_of(build(letter("police", lang, addressee=Addressee(
        "Полиция бөлімі" if lang == "kk" else "Отдел полиции", "Бекова А. Б.")), lang))
    assert ("Полиция бөлімі басшысына" if lang == "kk" else "Отдел полиции") in text
    assert "Руководителю Отдел" not in text  # no nominative after a dative


def test_long_kazakh_words_of_the_addressee_are_not_cut() -> None:
    text = text_of(build(letter("pmpk", "kk"), "kk"))
    assert "Психологиялық-медициналық-педагогикалық консультация №2 басшысына" in text


def test_a_word_too_wide_for_the_addressee_column_is_set_smaller() -> None:
    """ReportLab does not break Kazakh words at their hyphens: the block's size goes down
    (to 10 pt at least) until the longest word fits, instead of the word being cut."""
    style = ParagraphStyle("probe", fontName=SERIF + "-Bold", fontSize=12)
    word = "Психологиялық-медициналық-педагогикалық"
    width = 85 * mm
    assert stringWidth(word, style.fontName, 12) > width
    fitted = doc._fitting(style, [f"{word} консультация"], width)
    assert 10 <= fitted.fontSize < 12
    assert stringWidth(word, fitted.fontName, fitted.fontSize) <= width
    assert doc._fitting(style, ["Отдел полиции"], width) is style
    assert doc._fitting(style, [word], 40 * mm).fontSize == 10  # never below 10 pt


def test_users_own_text_replaces_the_defaults() -> None:
    own = letter("crisis", "ru", subject="О срочной помощи семье Әбілқайыровых",
                 grounds="Мать обратилась в школу 20.11.2026.\nОтец угрожает семье.",
                 request="Просим принять мать и дочь в центр.", attachments=("Заявление матери",))
    text = text_of(build(own, "ru"))
    assert "О срочной помощи семье Әбілқайыровых" in text
    assert "Мать обратилась в школу 20.11.2026." in text and "Отец угрожает семье." in text
    assert "Просим принять мать и дочь в центр." in text
    assert "Заявление матери" in text
    for default in (SUBJECTS, GROUNDS, REQUESTS):
        assert squeezed(default["crisis"]["ru"])[:40] not in squeezed(text)
    assert "Характеристика с места учёбы" not in text


def test_empty_attachments_print_no_attachment_list() -> None:
    text = text_of(build(letter("rehab", "ru", attachments=()), "ru"))
    assert "Приложение" not in text
    assert "Приложение:" in text_of(build(letter("rehab", "ru", attachments=None), "ru"))


def test_no_measures_says_so() -> None:
    assert "Меры не указаны." in text_of(build(letter("police", "ru", measures_taken=()), "ru"))


# --- the QR code -----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", f"Исх. № 15 от 22.11.2026, БИН {BIN}"),
    ("kk", f"Шығ. № 15, 22.11.2026, БСН {BIN}"),
])
def test_qr_code_carries_number_date_and_bin(monkeypatch: pytest.MonkeyPatch, lang: str,
                                             expected: str) -> None:
    seen: list[str] = []
    real = doc.qr_code

    def spy(text: str, size: float = 24) -> Any:
        seen.append(text)
        return real(text, size)

    monkeypatch.setattr(doc, "qr_code", spy)
    build(letter("guardianship", lang), lang)
    assert seen == [expected]


def test_qr_code_on_the_issued_letter_reads_back(tmp_path) -> None:
    """The printed page, rendered and read by an ordinary QR reader, gives the number and date."""
    import shutil
    import subprocess

    assert shutil.which("pdftoppm") and shutil.which("zbarimg"), "installed by installer/linux-deps.sh"
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(build(letter("pmpk", "ru"), "ru"))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(str(p) for p in tmp_path.glob("p*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", *pages], capture_output=True, text=True)
    assert out.stdout.split("\n")[:1] == [f"Исх. № 15 от 22.11.2026, БИН {BIN}"]


def test_a_draft_has_blanks_a_draft_mark_and_no_qr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc, "qr_code", lambda *a, **k: pytest.fail("a draft has no QR code"))
    text = text_of(build(letter("commission", "ru", number="", issued_on=None), "ru"))
    assert "Исх. № ____" in text
    assert "ПРОЕКТ" in text
    assert "22.11.2026" not in text


# --- the PMPK package ------------------------------------------------------------------------

PROFILE = TeacherProfile(
    teacher_name="Иванова Ольга Петровна", attendance="Пропусков без уважительной причины нет",
    progress="Слабо успевает по математике и чтению", behaviour="Спокойная, послушная",
    peers="Дружит с двумя одноклассницами", interests="Рисование, танцы",
    difficulties="Не удерживает внимание дольше 10 минут",
    conclusion="Нуждается в обследовании ПМПК")
REPORT = PsychologistReport(
    exam_dates="10.11.2026, 14.11.2026",
    methods="Наблюдение, беседа, методика «10 слов» (А. Р. Лурия), тест Тулуз-Пьерона",
    results="Объём памяти снижен: 4 слова из 10", conclusion="Признаки задержки психического развития",
    recommendations="Обследование ПМПК; занятия с логопедом", psychologist_name="Қасымова Дана Ерланқызы")


def test_pmpk_package_is_the_letter_then_the_profile_then_the_report() -> None:
    pdf = build_pmpk_package(PmpkPackage(letter("pmpk", "ru"), PROFILE, REPORT), "ru")
    texts = pages(pdf)
    profile_at = next(i for i, t in enumerate(texts) if "Посещаемость" in t)
    report_at = next(i for i, t in enumerate(texts) if "Результаты обследования" in t)
    assert 0 < profile_at < report_at
    letter_pages = " ".join(texts[:profile_at])
    assert "Исх. № 15" in letter_pages and CHILD_NAME in letter_pages
    assert "Посещаемость" not in letter_pages
    profile = " ".join(texts[profile_at:report_at])
    assert "Педагогическая характеристика" in profile
    for value in (PROFILE.teacher_name, PROFILE.attendance, PROFILE.progress, PROFILE.behaviour,
                  PROFILE.peers, PROFILE.interests, PROFILE.difficulties, PROFILE.conclusion):
        assert value in profile
    assert CHILD_NAME in profile and "Исх. №" not in profile
    report = " ".join(texts[report_at:])
    assert "Психологическое заключение" in report
    for value in (REPORT.exam_dates, REPORT.results, REPORT.conclusion, REPORT.recommendations,
                  REPORT.psychologist_name):
        assert value in report
    assert squeezed(REPORT.methods) in squeezed(report)
    assert "Посещаемость" not in report


def test_pmpk_package_in_kazakh() -> None:
    pdf = build_pmpk_package(PmpkPackage(letter("pmpk", "kk"), replace(
        PROFILE, attendance="Сабақты себепсіз жібермейді", conclusion="ПМПК тексеруін қажет етеді"),
        replace(REPORT, conclusion="Психикалық дамуының тежелу белгілері")), "kk")
    text = text_of(pdf)
    for title in ("Педагогикалық мінездеме", "Психологиялық қорытынды", "Сабаққа қатысуы",
                  "Сабақты себепсіз жібермейді", "Психикалық дамуының тежелу белгілері",
                  "Тексеру күндері"):
        assert title in text
    assert "Педагогическая характеристика" not in text and "Посещаемость" not in text
    for ch in KAZAKH_LETTERS:
        assert ch in text


def test_same_data_same_bytes() -> None:
    data = PmpkPackage(letter("pmpk", "kk"), PROFILE, REPORT)
    assert build_pmpk_package(data, "kk") == build_pmpk_package(data, "kk")
    assert build(letter("rehab", "ru"), "ru") == build(letter("rehab", "ru"), "ru")


def test_bad_language_or_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="'kk' or 'ru'"):
        build(letter(), "en")
    with pytest.raises(ValueError, match="kind"):
        build(letter("court"), "ru")
    with pytest.raises(ValueError, match="kind"):
        build_pmpk_package(PmpkPackage(letter("court"), PROFILE, REPORT), "ru")
