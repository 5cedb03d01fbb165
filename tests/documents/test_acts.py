"""Acts, plans, the incident report, the chronology certificate and blank forms as PDF documents.

Every document is made through DocumentService from records stored through the services, in
Kazakh and in Russian, and read back with pypdf: names, numbers, dates (DD.MM.YYYY) and the
Kazakh letters come back exactly, fixed wording is in the document's language, and codes never
print as codes or English labels.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from pedagogue_app.db import Register
from pedagogue_app.services import Actor
from pedagogue_app.services.documents import DocumentService
from pedagogue_app.services.home_visits import HomeVisitData, HomeVisitService
from pedagogue_app.services.incidents import (
    IncidentData,
    IncidentService,
    ParticipantData,
    StepData,
)
from pedagogue_app.services.registrations import (
    MeasureData,
    RegistrationData,
    RegistrationService,
    ReviewData,
)
from pedagogue_app.services.school import SchoolData, SchoolService
from pedagogue_app.services.sessions import PsySessionService, SessionData
from pedagogue_app.services.support_plans import (
    GoalData,
    SupportPlanData,
    SupportPlanService,
)
from pedagogue_app.services.support_plans import ReviewData as SupportReviewData

TODAY = date.today()
NOW = datetime.now().replace(second=0, microsecond=0)
KAZAKH_LETTERS = "әғқңөұүһі"
# A sentence in the record's own words holding every Kazakh-only letter.
KAZAKH_WORDS = "Әңгіме: жиһаз жеткілікті, бөлмесі жылы, ағасы үйде, құжаттар дұрыс"
# …and an address holding them too (the certificate prints the address, not the records' texts).
ADDRESS = "Шымкент қ., Төле би ауданы, Шаһизада тұйығы, 15, «Сәулең» тұрғын үй кешені"
CHILD = "Сапаров Ерлан Бақытұлы"
SCHOOL_KK = "«Шымкент қаласының №45 жалпы білім беретін мектебі» КММ"
SCHOOL_RU = "КГУ «Общеобразовательная школа №45 города Шымкент»"
# Distinctive words of a psychologist's session that must never reach the certificate.
SECRET_REQUEST = "Жалуется на кошмары Қарлығашмерген"
SECRET_RESULTS = "Тревожность Зеленодольскиймаркер"
SECRET_CONCLUSION = "Заключение Кумисбекмаркер"
SECRET_SUMMARY = "Краткоизложениемаркер для педагога"


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def dmy(d: date) -> str:
    return d.strftime("%d.%m.%Y")


@dataclass
class World:
    docs: DocumentService
    actor: Actor
    student_id: int
    family_id: int
    visit_id: int
    registration_id: int
    plan_id: int
    incident_id: int
    session_id: int
    visit_date: date
    reg_start: date
    pmpk_date: date
    occurred: datetime
    session_date: date


@pytest.fixture
def world(register: Register, actor: Actor, psychologist: Actor,
          make_student: Callable[..., int], make_family: Callable[..., int]) -> World:
    SchoolService(register).save(actor, SchoolData(
        name_kk=SCHOOL_KK, name_ru=SCHOOL_RU, bin="123456789012",
        address="Шымкент қ., Тәуке хан даңғылы, 100", phone="+7 7252 00 00 00",
        director_name="Әбдірахманова Сәуле Қайратқызы"))
    family_id = make_family(title="Сапаровтар", address_actual=ADDRESS,
                            members=[{"last_name": "Сапарова", "first_name": "Гүлнар",
                                      "patronymic": "Маратқызы", "relation": "mother",
                                      "is_legal_representative": True}])
    student_id = make_student(last_name="Сапаров", first_name="Ерлан", patronymic="Бақытұлы",
                              sex="M", family_id=family_id, address_actual=ADDRESS)
    other_id = make_student(last_name="Нұрланов", first_name="Нұрсұлтан", sex="M")

    visit_date = TODAY - timedelta(days=20)
    visit_id = HomeVisitService(register).save(actor, HomeVisitData(
        act_no="7", visit_date=visit_date, visit_time="17:30", purpose="unplanned",
        student_id=student_id,
        commission="Жұмабаева Әлия Серікқызы — әлеуметтік педагог\n"
                   "Иванова Ольга Петровна — классный руководитель",
        residents="Сапарова Гүлнар Маратқызы — анасы\nСапаров Ерлан Бақытұлы — ұлы",
        housing_ownership="rent", rooms=2, area_m2=48.5, housing_condition="needs_repair",
        heating="stove", sanitary_state="satisfactory", water=True, electricity=True,
        child_bed=True, food=True, parents_attention="Анасы үй тапсырмасын тексереді",
        family_climate=KAZAKH_WORDS, neglect_signs="Не выявлено",
        child_words="«Маған үйде жақсы»", conclusion="unsatisfactory",
        recommendations="Оформить бесплатное питание", measures="Сообщение в орган опеки",
        next_visit_on=TODAY + timedelta(days=30), signatures="Сапарова Гүлнар (мать)"))

    reg_start = TODAY - timedelta(days=100)
    registration_id = RegistrationService(register).save(actor, RegistrationData(
        student_id=student_id, kind="school", ground="absence", start_date=reg_start,
        protocol_no="5", protocol_date=reg_start, parents_informed_on=reg_start + timedelta(days=1),
        curator="Сейітова Айгүл Қайратқызы", responsible="әлеуметтік педагог, педагог-психолог",
        notes=KAZAKH_WORDS,
        measures=[MeasureData(measure="Беседа с родителями о посещаемости", responsible="Сейітова А.Қ.",
                              deadline=reg_start + timedelta(days=10), status="done",
                              result="Родители предупреждены"),
                  MeasureData(measure="Ежедневный контроль посещаемости",
                              responsible="Классный руководитель", deadline=TODAY + timedelta(days=60))],
        reviews=[ReviewData(review_date=reg_start + timedelta(days=60), summary="Пропусков меньше",
                            decision="продолжить сопровождение",
                            next_review_on=TODAY + timedelta(days=30))]))

    pmpk_date = TODAY - timedelta(days=200)
    plan_id = SupportPlanService(register).save(actor, SupportPlanData(
        student_id=student_id, pmpk_no="164", pmpk_date=pmpk_date,
        pmpk_valid_until=pmpk_date + timedelta(days=730),
        need_type="delayed mental development",  # the English label, as the English UI stores it
        programme="adapted", education_form="inclusive",
        specialists=["speech_therapist", "psychologist"], special_conditions=KAZAKH_WORDS,
        start_date=pmpk_date + timedelta(days=14), end_date=pmpk_date + timedelta(days=379),
        parent_acknowledged_on=pmpk_date + timedelta(days=15),
        goals=[GoalData(domain="speech", goal="Развитие связной речи", method="логопедические занятия",
                        specialist="speech_therapist", frequency="2 раза в неделю", period="учебный год"),
               GoalData(domain="speech", goal="Сөздік қорын байыту", method="ойындар",
                        specialist="логопед", frequency="аптасына 1 рет", period="жарты жыл")],
        reviews=[SupportReviewData(review_date=pmpk_date + timedelta(days=90),
                                   progress="Заметный прогресс в речи", decision="продолжить")]))

    occurred = NOW - timedelta(days=5, hours=3)
    incident_id = IncidentService(register).save(actor, IncidentData(
        incident_type="bullying", occurred_at=occurred, reported_at=occurred + timedelta(hours=1),
        reporter="Сейтқали А. Б., сынып жетекшісі", place="кабинет 204",
        narrative="На перемене у ученика забрали рюкзак и бросили его в урну.",
        child_words=KAZAKH_WORDS, injuries="ссадина на локте",
        participants=[ParticipantData(student_id=student_id, role="target", notes="плакал"),
                      ParticipantData(student_id=other_id, role="initiator")],
        steps=[StepData(code="administration_informed", title="School administration informed",
                        deadline_at=occurred + timedelta(hours=2),
                        done_at=occurred + timedelta(hours=1, minutes=30), done_by="Жұмабаева Г."),
               StepData(code="custom", title="Сынып сағаты: қорлауға жол берілмейді",
                        deadline_at=occurred + timedelta(days=2))]))

    session_date = TODAY - timedelta(days=3)
    session_id = PsySessionService(register).save(psychologist, SessionData(
        session_date=session_date, start_time="10:30", duration_min=45, session_type="individual",
        client_kind="student", student_id=student_id, requester="teacher",
        request=SECRET_REQUEST, methods="беседа, тест Филлипса", results=SECRET_RESULTS,
        conclusion=SECRET_CONCLUSION, recommendations="Не вызывать к доске без предупреждения",
        parent_consent=True, psychologist="Бекова Сәуле Ерланқызы", shareable_summary=SECRET_SUMMARY))

    return World(DocumentService(register), actor, student_id, family_id, visit_id, registration_id,
                 plan_id, incident_id, session_id, visit_date, reg_start, pmpk_date, occurred,
                 session_date)


LANGS = ["kk", "ru"]
# Wording that must appear only in its own language (and never the other way round).
ACT_TITLE = {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру актісі",
             "ru": "Акт обследования жилищно-бытовых условий"}
TITLES = {
    "home_visit_act": (ACT_TITLE["kk"], ACT_TITLE["ru"]),
    "preventive_plan": ("Жеке профилактикалық жұмыс жоспары", "Индивидуальный план профилактической работы"),
    "support_plan": ("сүйемелдеудің жеке жоспары", "Индивидуальный план психолого-педагогического"),
    "incident_report": ("Оқиға (инцидент) туралы есеп", "Отчёт об инциденте"),
    "chronology_certificate": ("АНЫҚТАМА", "СПРАВКА"),
}
CONFIDENTIAL = {"kk": "Құпия. Тек қызметтік пайдалану үшін",
                "ru": "Конфиденциально. Для служебного пользования"}


def make(world: World, doc: str, lang: str) -> bytes:
    d, a = world.docs, world.actor
    if doc == "home_visit_act":
        return d.home_visit_act(a, world.visit_id, lang)
    if doc == "preventive_plan":
        return d.preventive_plan(a, world.registration_id, lang)
    if doc == "support_plan":
        return d.support_plan(a, world.plan_id, lang)
    if doc == "incident_report":
        return d.incident_report(a, world.incident_id, lang)
    return d.chronology_certificate(a, world.student_id, lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("doc", sorted(TITLES))
def test_every_document_in_both_languages(world: World, doc: str, lang: str) -> None:
    pdf = make(world, doc, lang)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    kk_title, ru_title = TITLES[doc]
    assert (kk_title if lang == "kk" else ru_title) in text
    assert (ru_title if lang == "kk" else kk_title) not in text
    assert CONFIDENTIAL[lang] in text
    assert CHILD in text
    # the record's own words keep every Kazakh letter, in both languages
    for letter in KAZAKH_LETTERS:
        assert letter in text, letter
    # the letterhead carries both names of the school
    assert SCHOOL_KK in text and SCHOOL_RU in text
    # no code or English catalog label leaks into the printed text
    for leak in ("unsatisfactory", "needs_repair", "bullying", "absence", "adapted", "inclusive",
                 "speech_therapist", "School administration informed", "delayed mental development",
                 "target", "initiator", "home_visit", "registration"):
        assert leak not in text, leak


@pytest.mark.parametrize("doc", sorted(TITLES))
def test_same_record_gives_the_same_bytes(world: World, doc: str) -> None:
    assert make(world, doc, "kk") == make(world, doc, "kk")
    assert make(world, doc, "kk") != make(world, doc, "ru")


@pytest.mark.parametrize("lang", LANGS)
def test_home_visit_act_prints_every_section(world: World, lang: str) -> None:
    text = pdf_text(world.docs.home_visit_act(world.actor, world.visit_id, lang))
    assert "№ 7" in text
    assert dmy(world.visit_date) in text and "17:30" in text
    assert dmy(TODAY + timedelta(days=30)) in text  # next visit
    for own_words in ("Жұмабаева Әлия Серікқызы", "классный руководитель", "Сапарова Гүлнар Маратқызы",
                      "Анасы үй тапсырмасын тексереді", "«Маған үйде жақсы»", "Не выявлено",
                      "Оформить бесплатное питание", "Сообщение в орган опеки", "Сапарова Гүлнар (мать)",
                      "48,5", ADDRESS):
        assert own_words in text, own_words
    expected = {
        "kk": ["жоспардан тыс тексеру", "жалға алынған", "жөндеуді қажет етеді", "пеш (көмір, отын)",
               "Тұрмыстық-тұрғын үй жағдайы қанағаттанарлықсыз", "Комиссия мүшелері",
               "Актімен таныстым"],
        "ru": ["внеплановое обследование", "арендуемое", "требует ремонта", "печное (уголь, дрова)",
               "Жилищно-бытовые условия неудовлетворительные", "Члены комиссии", "С актом ознакомлен(а)"],
    }
    for words in expected[lang]:
        assert words in text, words


@pytest.mark.parametrize("lang", LANGS)
def test_act_refused_to_sign_names_who_refused(world: World, register: Register, lang: str) -> None:
    visits = HomeVisitService(register)
    record = visits.get(world.actor, world.visit_id)
    record.data.refused_to_sign = True
    record.data.signatures = "Сапаров Бақыт (отец)"
    visits.save(world.actor, record.data, world.visit_id)
    text = pdf_text(world.docs.home_visit_act(world.actor, world.visit_id, lang))
    refused = {"kk": "Актіге қол қоюдан бас тартты", "ru": "От подписи акта отказался(-ась)"}[lang]
    assert f"{refused}: Сапаров Бақыт (отец)" in text


@pytest.mark.parametrize("lang", LANGS)
def test_preventive_plan_prints_plan_reviews_and_approval(world: World, lang: str) -> None:
    text = pdf_text(world.docs.preventive_plan(world.actor, world.registration_id, lang))
    assert f"{CHILD}, 5А" in text
    assert dmy(world.reg_start) in text and dmy(world.reg_start + timedelta(days=10)) in text
    for own_words in ("Беседа с родителями о посещаемости", "Родители предупреждены",
                      "Сейітова Айгүл Қайратқызы", "Пропусков меньше", "продолжить сопровождение"):
        assert own_words in text, own_words
    expected = {
        "kk": ["БЕКІТЕМІН", "Мектеп директоры", "сабақтарды дәлелсіз себептермен жүйелі түрде босату",
               "мектепішілік есеп", "орындалды", "жоспарланған", f"№ 5, {dmy(world.reg_start)}"],
        "ru": ["УТВЕРЖДАЮ", "Директор школы", "систематические пропуски занятий без уважительной причины",
               "внутришкольный учёт", "выполнено", "запланировано", f"№ 5 от {dmy(world.reg_start)}"],
    }
    for words in expected[lang]:
        assert words in text, words
    assert "Әбдірахманова Сәуле Қайратқызы" in text  # the director under the approval
    assert ("Есептен шығару" if lang == "kk" else "Снятие с учёта") not in text  # not removed


@pytest.mark.parametrize("lang", LANGS)
def test_preventive_plan_prints_the_removal(world: World, register: Register, lang: str) -> None:
    regs = RegistrationService(register)
    record = regs.get(world.actor, world.registration_id)
    record.data.removed_on = TODAY - timedelta(days=1)
    record.data.removal_reason = "positive_dynamics"
    record.data.removal_protocol_no = "9"
    regs.save(world.actor, record.data, world.registration_id)
    text = pdf_text(world.docs.preventive_plan(world.actor, world.registration_id, lang))
    assert dmy(TODAY - timedelta(days=1)) in text
    assert {"kk": "оң динамика", "ru": "положительная динамика"}[lang] in text
    assert {"kk": "4. Есептен шығару", "ru": "4. Снятие с учёта"}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_support_plan_prints_conclusion_goals_and_acknowledgement(world: World, lang: str) -> None:
    text = pdf_text(world.docs.support_plan(world.actor, world.plan_id, lang))
    assert "№ 164" in text
    for d in (world.pmpk_date, world.pmpk_date + timedelta(days=730),
              world.pmpk_date + timedelta(days=15), world.pmpk_date + timedelta(days=90)):
        assert dmy(d) in text
    for own_words in ("Развитие связной речи", "Сөздік қорын байыту", "Заметный прогресс в речи",
                      "Сапарова Гүлнар Маратқызы"):
        assert own_words in text, own_words
    expected = {
        "kk": ["психикалық дамудың тежелуі", "бейімделген оқу бағдарламасы", "инклюзивті сынып",
               "логопед мұғалім", "педагог-психолог", "сөйлеу тілі", "Жоспармен таныстым"],
        "ru": ["задержка психического развития", "адаптированная учебная программа", "инклюзивный класс",
               "учитель-логопед", "педагог-психолог", "речь", "С планом ознакомлен(а)"],
    }
    for words in expected[lang]:
        assert words in text, words
    # both goals of the one domain are grouped: the domain is printed once
    domain = {"kk": "сөйлеу тілі", "ru": "речь"}[lang]
    table = text[text.index({"kk": "3. Сүйемелдеу мақсаттары", "ru": "3. Цели сопровождения"}[lang]):]
    assert len(re.findall(rf"(?<!\w){domain}(?!\w)", table.split("4.")[0])) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_incident_report_prints_roles_steps_and_times(world: World, lang: str) -> None:
    text = pdf_text(world.docs.incident_report(world.actor, world.incident_id, lang))
    assert f"№ {world.incident_id}" in text
    assert world.occurred.strftime("%d.%m.%Y %H:%M") in text
    assert (world.occurred + timedelta(hours=1, minutes=30)).strftime("%d.%m.%Y %H:%M") in text
    for own_words in ("Нұрланов Нұрсұлтан", "кабинет 204", "На перемене у ученика забрали рюкзак",
                      "ссадина на локте", "Жұмабаева Г.", "Сынып сағаты: қорлауға жол берілмейді",
                      "Сейтқали А. Б., сынып жетекшісі"):
        assert own_words in text, own_words
    expected = {
        "kk": ["буллинг (қудалау)", "зардап шеккен", "бастамашы", "Мектеп әкімшілігіне хабарланды",
               "ашық (жұмыс жүргізілуде)"],
        "ru": ["буллинг (травля)", "пострадавший", "инициатор", "Сообщено администрации школы",
               "открыт (в работе)"],
    }
    for words in expected[lang]:
        assert words in text, words


@pytest.mark.parametrize("lang", LANGS)
def test_chronology_certificate_lists_every_record_newest_first(world: World, lang: str) -> None:
    text = pdf_text(world.docs.chronology_certificate(world.actor, world.student_id, lang))
    table = text[text.index({"kk": "Қысқаша мазмұны", "ru": "Краткое содержание"}[lang]):]
    dates = [datetime.strptime(d, "%d.%m.%Y").date() for d in re.findall(r"\d\d\.\d\d\.\d{4}", table)]
    expected = sorted({world.session_date, world.occurred.date(), world.visit_date, world.reg_start,
                       world.pmpk_date, world.pmpk_date + timedelta(days=90)}, reverse=True)
    assert len(expected) == 6
    assert [d for d in dates if d in expected] == expected  # every record, newest first
    session = {"kk": "Педагог-психологтың консультациясы", "ru": "Консультация педагога-психолога"}[lang]
    assert f"{dmy(world.session_date)} {session}" in text
    assert "Акт № 7" in text
    assert {"kk": "Есепке қойылды (мектепішілік есеп)",
            "ru": "Постановка на учёт (внутришкольный учёт)"}[lang] in text
    assert dmy(world.pmpk_date) in text and "№ 164" in text


@pytest.mark.parametrize("lang", LANGS)
def test_chronology_certificate_never_prints_session_content(world: World, lang: str) -> None:
    text = pdf_text(world.docs.chronology_certificate(world.actor, world.student_id, lang))
    for secret in (SECRET_REQUEST, SECRET_RESULTS, SECRET_CONCLUSION, SECRET_SUMMARY,
                   "Қарлығашмерген", "Зеленодольскиймаркер", "Кумисбекмаркер", "Краткоизложениемаркер",
                   "тест Филлипса", "Не вызывать к доске", "Бекова"):
        assert secret not in text, secret
    # …while the same record is in the chronology as a consultation with its date
    assert dmy(world.session_date) in text


@pytest.mark.parametrize("lang", LANGS)
def test_blank_visit_acts_are_numbered_two_pages_each(world: World, lang: str) -> None:
    # act No. 7 exists this year (if the visit fell in the year); blanks continue after it
    year = world.visit_date.year
    pdf = world.docs.blank_visit_acts(world.actor, 3, lang, year=year)
    pages = page_texts(pdf)
    assert len(pages) == 6
    title = ACT_TITLE
    for i, number in enumerate((8, 9, 10)):
        first, second = pages[2 * i], pages[2 * i + 1]
        assert f"{title[lang]} № {number}" in first
        assert f"№ {number} —" in second  # the second page names its act
        assert str(year) in first
        assert {"kk": "Комиссия мүшелерінің қолдары", "ru": "Подписи членов комиссии"}[lang] in second
    again = page_texts(world.docs.blank_visit_acts(world.actor, 1, lang, year=year))
    assert len(again) == 2 and f"{title[lang]} № 11" in again[0]


@pytest.mark.parametrize("lang", LANGS)
def test_blank_incident_forms_are_numbered_one_page_each(world: World, lang: str) -> None:
    pages = page_texts(world.docs.blank_incident_forms(world.actor, 4, lang))
    assert len(pages) == 4
    title = {"kk": "Оқиға (инцидент) туралы есеп", "ru": "Отчёт об инциденте"}[lang]
    for number, page in enumerate(pages, start=1):
        assert f"{title} № {number}" in page
        assert {"kk": "зардап шеккен", "ru": "пострадавший"}[lang] in page
        assert "☐" in page
    later = page_texts(world.docs.blank_incident_forms(world.actor, 2, lang))
    assert [f"{title} № 5" in later[0], f"{title} № 6" in later[1]] == [True, True]


def test_blank_forms_carry_no_personal_data_but_the_confidential_mark(world: World) -> None:
    for lang, pdf in (("ru", world.docs.blank_visit_acts(world.actor, 1, "ru")),
                      ("kk", world.docs.blank_incident_forms(world.actor, 1, "kk"))):
        pages = page_texts(pdf)
        assert all(CONFIDENTIAL[lang] in page for page in pages)  # filled in, they hold personal data
        text = " ".join(pages)
        assert CHILD not in text and "Сапарова" not in text and "Әбдірахманова" not in text
