"""Referral letters (исходящее письмо / шығыс хат) and the PMPK referral package.

A letter is laid out like a Kazakh school's outgoing letter: the bilingual letterhead, the
outgoing No. and date at the left and the addressee at the right, the confidentiality mark,
the subject, the child's data, the grounds, the measures the school already took, the request,
the reply-by line, the attachments, the director's signature with the place for the stamp,
the contact person and a QR code carrying the number, the date and the school's BIN.

Each of the seven kinds (:data:`KINDS`) has its own subject, grounds, request and standard
attachments in Kazakh and Russian (:data:`SUBJECTS`, :data:`GROUNDS`, :data:`REQUESTS`,
:data:`ATTACHMENTS`); the user's own text replaces them when given.

The PMPK package is the letter, then on new pages the teacher's profile (педагогическая
характеристика / педагогикалық мінездеме) and the psychologist's report (психологическое
заключение / психологиялық қорытынды): one PDF from one :func:`render` call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from .base import (
    SERIF,
    Letterhead,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    check_lang,
    colors,
    fmt_date,
    kv_table,
    letterhead_flowables,
    mm,
    para,
    qr_code,
    render,
    styles,
    tx,
)

__all__ = [
    "KINDS", "SUBJECTS", "GROUNDS", "REQUESTS", "ATTACHMENTS", "TEXT", "RELATIONS",
    "Addressee", "ReferralChild", "ReferralLetter", "TeacherProfile", "PsychologistReport",
    "PmpkPackage", "build", "build_pmpk_package", "default_attachments", "qr_text",
    "letter_story", "number_line",
]

KINDS = ("pmpk", "rehab", "crisis", "police", "commission", "guardianship", "polyclinic")
DRAFT_NUMBER = "____"

# ---------------------------------------------------------------------------- default wording
SUBJECTS: dict[str, dict[str, str]] = {
    "pmpk": {"kk": "Білім алушыны психологиялық-медициналық-педагогикалық консультацияға "
                   "жіберу туралы",
             "ru": "О направлении обучающегося на психолого-медико-педагогическую "
                   "консультацию"},
    "rehab": {"kk": "Баланы оңалту орталығына жіберу туралы",
              "ru": "О направлении ребёнка в реабилитационный центр"},
    "crisis": {"kk": "Баланы дағдарыс орталығына жіберу туралы",
               "ru": "О направлении ребёнка в кризисный центр"},
    "police": {"kk": "Кәмелетке толмағанмен профилактикалық жұмыс жүргізу туралы",
               "ru": "О проведении профилактической работы с несовершеннолетним"},
    "commission": {"kk": "Кәмелетке толмаған және оның заңды өкілдері жөніндегі материалдарды "
                         "қарау туралы",
                   "ru": "О рассмотрении материалов в отношении несовершеннолетнего и его "
                         "законных представителей"},
    "guardianship": {"kk": "Баланың өмір сүру және тәрбиелену жағдайларын тексеру туралы",
                     "ru": "Об обследовании условий жизни и воспитания ребёнка"},
    "polyclinic": {"kk": "Баланы медициналық тексеруге жіберу туралы",
                   "ru": "О направлении ребёнка на медицинское обследование"},
}
GROUNDS: dict[str, dict[str, str]] = {
    "pmpk": {
        "kk": "Оқу барысында баланың жалпы білім беретін оқу бағдарламасын меңгеруде тұрақты "
              "қиындықтары байқалады: оқу материалын есте сақтауы және зейінін шоғырландыруы "
              "төмен, сөйлеу тілінің дамуында кемшіліктер бар. Мектепте жүргізілген "
              "психологиялық-педагогикалық сүйемелдеу жеткілікті нәтиже бермеді.",
        "ru": "В процессе обучения у ребёнка наблюдаются устойчивые трудности в освоении "
              "общеобразовательной учебной программы: снижены запоминание учебного материала "
              "и концентрация внимания, имеются недостатки в развитии речи. Психолого-"
              "педагогическое сопровождение, организованное в школе, не дало достаточного "
              "результата."},
    "rehab": {
        "kk": "Бала кешенді әлеуметтік-психологиялық оңалтуды қажет етеді: отбасындағы "
              "қолайсыз жағдайға байланысты мінез-құлқының бұзылуы және әлеуметтік "
              "бейімделудегі қиындықтар байқалады.",
        "ru": "Ребёнок нуждается в комплексной социально-психологической реабилитации: "
              "наблюдаются нарушения поведения и трудности социальной адаптации, связанные с "
              "неблагоприятной обстановкой в семье."},
    "crisis": {
        "kk": "Бала қиын өмірлік жағдайда: отбасында оған қатыгездік көрсетілгені және өмірі "
              "мен денсаулығына қауіп төнгені туралы мәліметтер бар.",
        "ru": "Ребёнок находится в трудной жизненной ситуации: имеются сведения о жестоком "
              "обращении с ним в семье и об угрозе его жизни и здоровью."},
    "police": {
        "kk": "Кәмелетке толмаған бала дәлелсіз себептермен сабақтан жүйелі түрде қалады, "
              "тәртіп пен мінез-құлық ережелерін бұзады, қоғамға жат мінез-құлыққа жол береді. "
              "Мектеп қабылдаған шаралар нәтиже бермеді.",
        "ru": "Несовершеннолетний систематически пропускает занятия без уважительной причины, "
              "нарушает дисциплину и правила поведения, допускает антиобщественное поведение. "
              "Меры, принятые школой, результата не дали."},
    "commission": {
        "kk": "Заңды өкілдер баланы тәрбиелеу және оқыту жөніндегі міндеттерін тиісінше "
              "орындамайды: бала сабақтан жүйелі түрде қалады, ата-ана тарапынан бақылау жоқ. "
              "Мектептің профилактикалық жұмысы нәтиже бермеді.",
        "ru": "Законные представители ненадлежащим образом исполняют обязанности по воспитанию "
              "и обучению ребёнка: ребёнок систематически пропускает занятия, контроль со "
              "стороны родителей отсутствует. Профилактическая работа школы результата не дала."},
    "guardianship": {
        "kk": "Отбасына барған кезде балаға тиісті күтім жасалмауының белгілері анықталды: "
              "маусымдық киімі мен қажетті тамағы жоқ, бала ұзақ уақыт ересектердің "
              "қарауынсыз қалады.",
        "ru": "При посещении семьи выявлены признаки ненадлежащего ухода за ребёнком: "
              "отсутствуют сезонная одежда и необходимое питание, ребёнок подолгу остаётся без "
              "присмотра взрослых."},
    "polyclinic": {
        "kk": "Балада тез шаршау, жиі бас ауыруы және сабақта жұмысқа қабілеттілігінің "
              "төмендеуі байқалады, бұл оқу бағдарламасын меңгеруді қиындатады.",
        "ru": "У ребёнка наблюдаются быстрая утомляемость, частые головные боли и снижение "
              "работоспособности на уроках, что затрудняет освоение учебной программы."},
}
REQUESTS: dict[str, dict[str, str]] = {
    "pmpk": {
        "kk": "Баланы психологиялық-медициналық-педагогикалық тексеруден өткізуді, оның ерекше "
              "білім беру қажеттіліктерін анықтауды және білім беру бағдарламасы мен оқыту "
              "жағдайлары бойынша ұсынымдар беруді сұраймыз.",
        "ru": "Просим провести психолого-медико-педагогическое обследование ребёнка, определить "
              "его особые образовательные потребности и дать рекомендации по образовательной "
              "программе и условиям обучения."},
    "rehab": {
        "kk": "Баланы оңалту бағдарламасына енгізу мүмкіндігін қарастыруды және қабылданған "
              "шешім туралы хабарлауды сұраймыз.",
        "ru": "Просим рассмотреть возможность включения ребёнка в программу реабилитации и "
              "сообщить о принятом решении."},
    "crisis": {
        "kk": "Балаға және оның заңды өкіліне шұғыл әлеуметтік-психологиялық көмек көрсетуді, "
              "қажет болған жағдайда орталықта уақытша тұруға орын беруді сұраймыз.",
        "ru": "Просим оказать ребёнку и его законному представителю экстренную "
              "социально-психологическую помощь, а при необходимости предоставить временное "
              "пребывание в центре."},
    "police": {
        "kk": "Кәмелетке толмағанмен және оның заңды өкілдерімен профилактикалық жұмыс "
              "жүргізуді және профилактикалық есепке қою мәселесін қарастыруды сұраймыз.",
        "ru": "Просим провести профилактическую работу с несовершеннолетним и его законными "
              "представителями и рассмотреть вопрос о постановке на профилактический учёт."},
    "commission": {
        "kk": "Материалдарды комиссия отырысында қарап, Қазақстан Республикасының заңнамасына "
              "сәйкес шаралар қабылдауды сұраймыз.",
        "ru": "Просим рассмотреть материалы на заседании комиссии и принять меры в соответствии "
              "с законодательством Республики Казахстан."},
    "guardianship": {
        "kk": "Баланың өмір сүру және тәрбиелену жағдайларына тексеру жүргізуді және оның "
              "құқықтары мен заңды мүдделерін қорғау бойынша шаралар қабылдауды сұраймыз.",
        "ru": "Просим провести обследование условий жизни и воспитания ребёнка и принять меры по "
              "защите его прав и законных интересов."},
    "polyclinic": {
        "kk": "Баланы бейінді мамандардың медициналық тексеруінен өткізуді және оқу процесін "
              "ұйымдастыру бойынша ұсынымдар беруді сұраймыз.",
        "ru": "Просим провести медицинское обследование ребёнка у профильных специалистов и "
              "дать рекомендации по организации учебного процесса."},
}
_PROFILE = {"kk": "Педагогикалық мінездеме", "ru": "Педагогическая характеристика"}
_SCHOOL_PROFILE = {"kk": "Оқу орнынан мінездеме", "ru": "Характеристика с места учёбы"}
_ACT = {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру актісі",
        "ru": "Акт обследования жилищно-бытовых условий"}
_BIRTH = {"kk": "Туу туралы куәліктің көшірмесі", "ru": "Копия свидетельства о рождении"}
ATTACHMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "pmpk": {
        "kk": (_PROFILE["kk"], "Педагог-психологтың психологиялық қорытындысы", _BIRTH["kk"],
               "Үлгерім табелінің көшірмесі", "Заңды өкілдің тексеруге келісімі"),
        "ru": (_PROFILE["ru"], "Психологическое заключение педагога-психолога", _BIRTH["ru"],
               "Копия табеля успеваемости", "Согласие законного представителя на обследование")},
    "rehab": {"kk": (_SCHOOL_PROFILE["kk"], _ACT["kk"], _BIRTH["kk"]),
              "ru": (_SCHOOL_PROFILE["ru"], _ACT["ru"], _BIRTH["ru"])},
    "crisis": {"kk": (_SCHOOL_PROFILE["kk"], "Қабылданған шаралар туралы анықтама"),
               "ru": (_SCHOOL_PROFILE["ru"], "Справка о принятых мерах")},
    "police": {"kk": (_SCHOOL_PROFILE["kk"], "Сабаққа қатысу туралы анықтама", _ACT["kk"]),
               "ru": (_SCHOOL_PROFILE["ru"], "Справка о посещаемости занятий", _ACT["ru"])},
    "commission": {
        "kk": (_SCHOOL_PROFILE["kk"], "Сабаққа қатысу және үлгерім туралы анықтама", _ACT["kk"],
               "Профилактика кеңесі хаттамасынан үзінді көшірме"),
        "ru": (_SCHOOL_PROFILE["ru"], "Справка о посещаемости и успеваемости", _ACT["ru"],
               "Выписка из протокола заседания совета профилактики")},
    "guardianship": {"kk": (_ACT["kk"], _SCHOOL_PROFILE["kk"]),
                     "ru": (_ACT["ru"], _SCHOOL_PROFILE["ru"])},
    "polyclinic": {"kk": (_SCHOOL_PROFILE["kk"], "Заңды өкілдің медициналық тексеруге келісімі"),
                   "ru": (_SCHOOL_PROFILE["ru"],
                          "Согласие законного представителя на медицинское обследование")},
}
# Relations of services.catalog.RELATIONS as printed; other text prints as written.
RELATIONS: dict[str, dict[str, str]] = {
    "mother": {"kk": "анасы", "ru": "мать"},
    "father": {"kk": "әкесі", "ru": "отец"},
    "stepmother": {"kk": "өгей шешесі", "ru": "мачеха"},
    "stepfather": {"kk": "өгей әкесі", "ru": "отчим"},
    "grandmother": {"kk": "әжесі", "ru": "бабушка"},
    "grandfather": {"kk": "атасы", "ru": "дедушка"},
    "guardian": {"kk": "қорғаншысы", "ru": "опекун"},
    "sibling": {"kk": "бауыры", "ru": "брат (сестра)"},
    "other": {"kk": "туысы", "ru": "родственник"},
}

# ---------------------------------------------------------------------------- fixed wording
TEXT: dict[str, dict[str, str]] = {
    "doc_title": {"kk": "Шығыс хат", "ru": "Исходящее письмо"},
    "out_no": {"kk": "Шығ. №", "ru": "Исх. №"},
    "date_of": {"kk": "{date} ж.", "ru": "от {date}"},
    # Kazakh takes the organisation as it is written; Russian would need its genitive, which the
    # directory does not hold, so the Russian letter names the organisation as written.
    "to_head": {"kk": "{org} басшысына", "ru": "{org}"},
    "intro": {"kk": "{school} әкімшілігі {cls} сынып білім алушысы {name} (туған күні: {birth}) "
                    "туралы төмендегілерді хабарлайды.",
              "ru": "Администрация {school} доводит до Вашего сведения следующее в отношении "
                    "обучающегося {cls} класса {name} (дата рождения: {birth})."},
    "s_child": {"kk": "Бала туралы мәліметтер", "ru": "Сведения о ребёнке"},
    "full_name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество"},
    "birth_date": {"kk": "Туған күні", "ru": "Дата рождения"},
    "iin": {"kk": "ЖСН", "ru": "ИИН"},
    "class": {"kk": "Сыныбы", "ru": "Класс"},
    "address": {"kk": "Тұратын мекенжайы", "ru": "Адрес проживания"},
    "representative": {"kk": "Заңды өкілі", "ru": "Законный представитель"},
    "s_grounds": {"kk": "Жүгіну негіздемесі", "ru": "Основания обращения"},
    "s_measures": {"kk": "Мектеп қабылдаған шаралар:", "ru": "Меры, принятые школой:"},
    "no_measures": {"kk": "Шаралар көрсетілмеген.", "ru": "Меры не указаны."},
    "reply_by": {"kk": "Жауапты {date} ж. дейін жолдауыңызды сұраймыз.",
                 "ru": "Ответ просим направить до {date}."},
    "attachments": {"kk": "Қосымша:", "ru": "Приложение:"},
    "director": {"kk": "Директор", "ru": "Директор"},
    "stamp": {"kk": "М.О.", "ru": "М.П."},
    "contact": {"kk": "Орынд.: {who}", "ru": "Исп.: {who}"},
    "phone": {"kk": "тел. {phone}", "ru": "тел. {phone}"},
    "social_pedagogue": {"kk": "Әлеуметтік педагог", "ru": "Социальный педагог"},
    "qr": {"kk": "Шығ. № {no}, {date}, БСН {bin}", "ru": "Исх. № {no} от {date}, БИН {bin}"},
    "draft": {"kk": "ЖОБА: хат шығыс хаттар журналында әлі тіркелмеген",
              "ru": "ПРОЕКТ: письмо ещё не зарегистрировано в журнале исходящих"},
    # the teacher's profile
    "profile_title": {"kk": "Педагогикалық мінездеме", "ru": "Педагогическая характеристика"},
    "profile_of": {"kk": "{cls} сынып білім алушысы {name}, туған күні: {birth}",
                   "ru": "на обучающегося {cls} класса {name}, дата рождения: {birth}"},
    "p_teacher": {"kk": "Сынып жетекшісі", "ru": "Классный руководитель"},
    "p_attendance": {"kk": "Сабаққа қатысуы", "ru": "Посещаемость"},
    "p_progress": {"kk": "Үлгерімі", "ru": "Успеваемость"},
    "p_behaviour": {"kk": "Мінез-құлқы", "ru": "Поведение"},
    "p_peers": {"kk": "Құрдастарымен қарым-қатынасы", "ru": "Взаимоотношения со сверстниками"},
    "p_interests": {"kk": "Қызығушылықтары", "ru": "Интересы и увлечения"},
    "p_difficulties": {"kk": "Байқалған қиындықтар", "ru": "Наблюдаемые трудности"},
    "p_conclusion": {"kk": "Қорытынды", "ru": "Заключение"},
    # the psychologist's report
    "report_title": {"kk": "Психологиялық қорытынды", "ru": "Психологическое заключение"},
    "report_of": {"kk": "{cls} сынып білім алушысы {name}, туған күні: {birth}",
                  "ru": "обучающегося {cls} класса {name}, дата рождения: {birth}"},
    "r_dates": {"kk": "Тексеру күндері", "ru": "Даты обследования"},
    "r_methods": {"kk": "Қолданылған әдістер мен әдістемелер", "ru": "Применённые методы и методики"},
    "r_results": {"kk": "Тексеру нәтижелері", "ru": "Результаты обследования"},
    "r_conclusion": {"kk": "Қорытынды", "ru": "Заключение"},
    "r_recommendations": {"kk": "Ұсынымдар", "ru": "Рекомендации"},
    "psychologist": {"kk": "Педагог-психолог", "ru": "Педагог-психолог"},
    "date_line": {"kk": "Күні: {date}", "ru": "Дата: {date}"},
    "empty": {"kk": "—", "ru": "—"},
}


# ---------------------------------------------------------------------------- data
@dataclass(frozen=True)
class Addressee:
    """The organisation written to: its name in the letter's language, its head and address."""

    name: str
    head_name: str = ""
    address: str = ""


@dataclass(frozen=True)
class ReferralChild:
    last_name: str
    first_name: str
    patronymic: str = ""
    birth_date: date | None = None
    iin: str = ""
    class_name: str = ""  # e.g. 5 «А»
    address: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


@dataclass(frozen=True)
class ReferralLetter:
    """Everything printed on one referral letter, as plain values.

    ``number`` is the journal's number as printed ("15" or "01-15/15"); an empty number and
    no date print a draft (blank lines, a draft footer, no QR code). Empty ``subject``,
    ``grounds`` and ``request`` print the kind's default wording; ``attachments=None`` prints
    the kind's standard list (an empty tuple prints none).
    """

    letterhead: Letterhead
    kind: str  # one of KINDS
    addressee: Addressee
    child: ReferralChild
    number: str = ""
    issued_on: date | None = None
    representative_name: str = ""
    representative_relation: str = ""  # a code of RELATIONS or the record's own words
    representative_phone: str = ""
    subject: str = ""
    grounds: str = ""
    measures_taken: Sequence[str] = ()
    request: str = ""
    reply_by: date | None = None
    attachments: Sequence[str] | None = None
    contact_person: str = ""
    contact_phone: str = ""
    director_name: str = ""  # the letterhead's director when empty
    specialist_name: str = ""  # signs under the director when given
    specialist_position: str = ""  # "social pedagogue" when empty

    @property
    def is_draft(self) -> bool:
        return not self.number or self.issued_on is None


@dataclass(frozen=True)
class TeacherProfile:
    """Педагогическая характеристика / педагогикалық мінездеме written by the class teacher."""

    teacher_name: str = ""
    attendance: str = ""
    progress: str = ""
    behaviour: str = ""
    peers: str = ""
    interests: str = ""
    difficulties: str = ""
    conclusion: str = ""


@dataclass(frozen=True)
class PsychologistReport:
    """Психологическое заключение / психологиялық қорытынды of the school psychologist."""

    exam_dates: str = ""  # e.g. "10.11.2026, 14.11.2026"
    methods: str = ""
    results: str = ""
    conclusion: str = ""
    recommendations: str = ""
    psychologist_name: str = ""


@dataclass(frozen=True)
class PmpkPackage:
    letter: ReferralLetter
    profile: TeacherProfile
    report: PsychologistReport


# ---------------------------------------------------------------------------- helpers
def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"referral kind must be one of {', '.join(KINDS)}")
    return kind


def default_attachments(kind: str, lang: str) -> tuple[str, ...]:
    return ATTACHMENTS[_check_kind(kind)][check_lang(lang)]


def _or_default(text: str, table: dict[str, dict[str, str]], kind: str, lang: str) -> str:
    return text.strip() or table[kind][lang]


def _relation(value: str, lang: str) -> str:
    return RELATIONS[value][lang] if value in RELATIONS else value


def _date_text(d: date | None) -> str:
    return fmt_date(d) or "«___» __________ 20___"


def number_line(letter: ReferralLetter, lang: str) -> str:
    """«Исх. № 15 от 22.11.2026» / «Шығ. № 15 22.11.2026 ж.» (blanks for a draft)."""
    number = letter.number or DRAFT_NUMBER
    when = tx(TEXT, "date_of", lang).format(date=_date_text(letter.issued_on))
    return f"{tx(TEXT, 'out_no', lang)} {number} {when}"


def qr_text(letter: ReferralLetter, lang: str) -> str:
    """What the QR code of an issued letter carries: number, date and the school's BIN."""
    return tx(TEXT, "qr", lang).format(no=letter.number, date=fmt_date(letter.issued_on),
                                       bin=letter.letterhead.bin or "—")


def _paragraphs(text: str, style: str = "body") -> list[Flowable]:
    """One paragraph per non-empty line of the record's own words."""
    return [para(line.strip(), style) for line in text.splitlines() if line.strip()]


def _numbered(items: Sequence[str], width: float, start: int = 1) -> list[Flowable]:
    """A numbered list with hanging numbers (1., 2., …) in the body font: paragraphs with a
    bullet, not a table (a table of paragraphs costs several times more to lay out)."""
    del width  # the frame's width; kept so callers read like the other blocks
    base = styles()["body_left"]
    st = ParagraphStyle("numbered", parent=base, leftIndent=9 * mm, bulletIndent=0,
                        bulletFontName=base.fontName, bulletFontSize=base.fontSize, spaceAfter=1)
    return [Paragraph(escape(text), st, bulletText=f"{i}.") for i, text in enumerate(items, start=start)]


def _fitting(style: ParagraphStyle, texts: Sequence[str], width: float,
             smallest: float = 10) -> ParagraphStyle:
    """``style``, made smaller (not below ``smallest`` points) until each word of ``texts``
    fits in ``width``: long hyphenated Kazakh words are not split at their hyphens."""
    words = [w for t in texts for w in t.split()]
    size = style.fontSize
    while size > smallest and any(stringWidth(w, style.fontName, size) > width for w in words):
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size, leading=size * 1.25)


def _heading_block(letter: ReferralLetter, lang: str, width: float) -> Table:
    """The outgoing No. and date at the left, the addressee at the right."""
    left_w, right_w = width * 0.42, width * 0.58
    pad = 6  # the table's cell padding, in points
    to = tx(TEXT, "to_head", lang).format(org=letter.addressee.name)
    names = [to, letter.addressee.head_name]
    bold_style = _fitting(ParagraphStyle("addressee", parent=styles()["body_left"],
                                         fontName=SERIF + "-Bold"), names, right_w - pad)
    when = tx(TEXT, "date_of", lang).format(date=_date_text(letter.issued_on))
    left: list[Flowable] = [para(f"{tx(TEXT, 'out_no', lang)} {letter.number or DRAFT_NUMBER}",
                                 "body_left"), para(when, "body_left")]
    right: list[Flowable] = [para(to, bold_style)]
    if letter.addressee.head_name:
        right.append(para(letter.addressee.head_name, bold_style))
    if letter.addressee.address:
        right.append(para(letter.addressee.address, "small"))
    t = Table([[left, right]], colWidths=[left_w, right_w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (0, 0), 0),
                           ("RIGHTPADDING", (-1, 0), (-1, 0), 0)]))
    return t


def _representative(letter: ReferralLetter, lang: str) -> str:
    """«name (relation), тел. phone» of the legal representative."""
    text = letter.representative_name
    relation = _relation(letter.representative_relation, lang)
    if text and relation:
        text = f"{text} ({relation})"
    if letter.representative_phone:
        phone = tx(TEXT, "phone", lang).format(phone=letter.representative_phone)
        text = f"{text}, {phone}" if text else phone
    return text


def _child_table(letter: ReferralLetter, lang: str, width: float) -> Table:
    """The child's data in four columns (two label/value pairs where they are short).

    Labels and short values are plain cell strings styled by the table (one line each, and far
    cheaper to lay out than paragraphs); the values that may wrap are paragraphs."""
    c = letter.child
    blank = "________________"

    def label(key: str) -> str:
        return tx(TEXT, key, lang)

    def value(text: str) -> Paragraph:
        return para(text or blank, "cell_serif")

    rows: list[list[Any]] = [
        [label("full_name"), value(c.full_name), label("class"), c.class_name or blank],
        [label("birth_date"), fmt_date(c.birth_date) or blank, label("iin"), c.iin or blank],
        [label("address"), value(c.address), "", ""],
        [label("representative"), value(_representative(letter, lang)), "", ""],
    ]
    cell = styles()["cell_serif"]
    t = Table(rows, colWidths=[width * 0.29, width * 0.35, width * 0.12, width * 0.24])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("FONT", (0, 0), (0, -1), SERIF + "-Bold", cell.fontSize, cell.leading),
        ("FONT", (2, 0), (2, 1), SERIF + "-Bold", cell.fontSize, cell.leading),
        ("SPAN", (1, 2), (3, 2)),
        ("SPAN", (1, 3), (3, 3)),
    ]))
    return t


def _sign_table(lines: Sequence[tuple[str, str]], width: float) -> Table:
    """«position ______ name» rows, the name column wide enough for a full Kazakh name."""
    body = styles()["body_left"]
    data = [[pos, "_______________", name] for pos, name in lines]
    t = Table(data, colWidths=[width * 0.36, width * 0.24, width * 0.40])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize, body.leading),
                           ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return t


def _signatures(letter: ReferralLetter, lang: str, width: float) -> list[Flowable]:
    """The director's signature (and the specialist's), the place of the stamp."""
    director = letter.director_name or letter.letterhead.director_name
    lines = [(tx(TEXT, "director", lang), director)]
    if letter.specialist_name:
        lines.append((letter.specialist_position or tx(TEXT, "social_pedagogue", lang),
                      letter.specialist_name))
    return [_sign_table(lines, width), _stamp(lang)]


def _stamp(lang: str) -> Flowable:
    """«М.П.» / «М.О.»: where the school's stamp goes, under the signature's position."""
    style = ParagraphStyle("stamp", parent=styles()["body_left"], leftIndent=6, spaceBefore=4)
    return para(tx(TEXT, "stamp", lang), style)


def _contact_line(letter: ReferralLetter, lang: str) -> str:
    parts = [letter.contact_person]
    if letter.contact_phone:
        parts.append(tx(TEXT, "phone", lang).format(phone=letter.contact_phone))
    who = ", ".join(p for p in parts if p)
    return tx(TEXT, "contact", lang).format(who=who) if who else ""


def _intro(letter: ReferralLetter, lang: str) -> str:
    return tx(TEXT, "intro", lang).format(
        school=letter.letterhead.name(lang), cls=letter.child.class_name or "___",
        name=letter.child.full_name, birth=fmt_date(letter.child.birth_date) or "___")


# ---------------------------------------------------------------------------- the letter
def letter_story(letter: ReferralLetter, lang: str, width: float) -> list[Flowable]:
    """The flowables of one letter (the first pages of a PMPK package too)."""
    check_lang(lang)
    kind = _check_kind(letter.kind)
    st = styles()
    out: list[Flowable] = list(letterhead_flowables(letter.letterhead, lang, width))
    out.append(_heading_block(letter, lang, width))
    out.append(Spacer(1, 3 * mm))
    subject = _or_default(letter.subject, SUBJECTS, kind, lang)
    out.append(Paragraph(f"<b>{escape(subject)}</b>", st["body_left"]))
    out.append(Spacer(1, 3 * mm))

    out.append(para(_intro(letter, lang)))
    out.append(KeepTogether([para(tx(TEXT, "s_child", lang), "subtitle"),
                             _child_table(letter, lang, width)]))
    out.append(para(tx(TEXT, "s_grounds", lang), "subtitle"))
    out += _paragraphs(_or_default(letter.grounds, GROUNDS, kind, lang))

    measures = [m.strip() for m in letter.measures_taken if m.strip()]
    out.append(para(tx(TEXT, "s_measures", lang), "subtitle"))
    out += (_numbered(measures, width) if measures
            else [para(tx(TEXT, "no_measures", lang), "body_left")])
    out.append(Spacer(1, 2 * mm))

    out += _paragraphs(_or_default(letter.request, REQUESTS, kind, lang))
    if letter.reply_by is not None:
        out.append(para(tx(TEXT, "reply_by", lang).format(date=fmt_date(letter.reply_by))))
    attachments = (default_attachments(kind, lang) if letter.attachments is None
                   else [a.strip() for a in letter.attachments if a.strip()])
    # the signatures go with the last line above them: a signature never stands alone on a page
    if attachments:
        heading = para(tx(TEXT, "attachments", lang), "subtitle")
        last = _numbered(attachments[-1:], width, start=len(attachments))
        if len(attachments) > 1:
            out += [heading, *_numbered(attachments[:-1], width)]
            closing: list[Flowable] = last
        else:
            closing = [heading, *last]
    else:
        closing = [out.pop()]
    closing.append(Spacer(1, 6 * mm))
    qr_side = 26 * mm
    if letter.is_draft:
        closing += _signatures(letter, lang, width)
    else:
        side = Table([[_signatures(letter, lang, width - qr_side),
                       qr_code(qr_text(letter, lang), 22 * mm)]],
                     colWidths=[width - qr_side, qr_side])
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        closing.append(side)
    contact = _contact_line(letter, lang)
    if contact:
        closing += [Spacer(1, 3 * mm), para(contact, "small")]
    out.append(KeepTogether(closing))
    return out


def _title(letter: ReferralLetter, lang: str) -> str:
    return f"{tx(TEXT, 'doc_title', lang)} {number_line(letter, lang)}"


def _footer(letter: ReferralLetter, lang: str) -> str:
    return tx(TEXT, "draft", lang) if letter.is_draft else ""


def build(data: ReferralLetter, lang: str) -> bytes:
    """The letter as PDF bytes in ``lang`` ("kk" or "ru"), marked confidential."""
    check_lang(lang)
    _check_kind(data.kind)
    return render(lambda width: letter_story(data, lang, width), lang=lang,
                  title=_title(data, lang), confidential=True, footer=_footer(data, lang))


# ---------------------------------------------------------------------------- the PMPK package
def _sections(rows: list[tuple[str, str]], lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    for title, text in rows:
        body = _paragraphs(text, "body") or [para(tx(TEXT, "empty", lang), "body_left")]
        out.append(KeepTogether([para(title, "subtitle"), body[0]]))
        out += body[1:]
    return out


def _about(letter: ReferralLetter, key: str, lang: str) -> str:
    c = letter.child
    return tx(TEXT, key, lang).format(cls=c.class_name or "___", name=c.full_name,
                                      birth=fmt_date(c.birth_date) or "___")


def _date_line(letter: ReferralLetter, lang: str) -> Flowable:
    return para(tx(TEXT, "date_line", lang).format(date=_date_text(letter.issued_on)), "body_left")


def profile_story(package: PmpkPackage, lang: str, width: float) -> list[Flowable]:
    letter, p = package.letter, package.profile
    out: list[Flowable] = [para(letter.letterhead.name(lang), "head"), Spacer(1, 4 * mm),
                           para(tx(TEXT, "profile_title", lang), "title"),
                           para(_about(letter, "profile_of", lang), "center"), Spacer(1, 3 * mm)]
    out.append(kv_table([(tx(TEXT, "p_teacher", lang), p.teacher_name)], width, serif=True))
    out += _sections([
        (tx(TEXT, "p_attendance", lang), p.attendance),
        (tx(TEXT, "p_progress", lang), p.progress),
        (tx(TEXT, "p_behaviour", lang), p.behaviour),
        (tx(TEXT, "p_peers", lang), p.peers),
        (tx(TEXT, "p_interests", lang), p.interests),
        (tx(TEXT, "p_difficulties", lang), p.difficulties),
        (tx(TEXT, "p_conclusion", lang), p.conclusion),
    ], lang)
    director = letter.director_name or letter.letterhead.director_name
    out.append(Spacer(1, 8 * mm))
    out.append(KeepTogether([
        _sign_table([(tx(TEXT, "p_teacher", lang), p.teacher_name),
                     (tx(TEXT, "director", lang), director)], width),
        _stamp(lang), _date_line(letter, lang)]))
    return out


def report_story(package: PmpkPackage, lang: str, width: float) -> list[Flowable]:
    letter, r = package.letter, package.report
    out: list[Flowable] = [para(letter.letterhead.name(lang), "head"), Spacer(1, 4 * mm),
                           para(tx(TEXT, "report_title", lang), "title"),
                           para(_about(letter, "report_of", lang), "center"), Spacer(1, 3 * mm)]
    out.append(kv_table([(tx(TEXT, "r_dates", lang), r.exam_dates)], width, serif=True))
    out += _sections([
        (tx(TEXT, "r_methods", lang), r.methods),
        (tx(TEXT, "r_results", lang), r.results),
        (tx(TEXT, "r_conclusion", lang), r.conclusion),
        (tx(TEXT, "r_recommendations", lang), r.recommendations),
    ], lang)
    out.append(Spacer(1, 8 * mm))
    out.append(KeepTogether([
        _sign_table([(tx(TEXT, "psychologist", lang), r.psychologist_name)], width),
        _date_line(letter, lang)]))
    return out


def build_pmpk_package(data: PmpkPackage, lang: str) -> bytes:
    """The PMPK letter, the teacher's profile and the psychologist's report as one PDF."""
    check_lang(lang)
    _check_kind(data.letter.kind)

    def story(width: float) -> list[Flowable]:
        return [*letter_story(data.letter, lang, width), PageBreak(),
                *profile_story(data, lang, width), PageBreak(),
                *report_story(data, lang, width)]

    return render(story, lang=lang, title=_title(data.letter, lang), confidential=True,
                  footer=_footer(data.letter, lang))
