"""DocumentService: records into document data, errors that store nothing, blank-form numbers."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.documents import blank_forms
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.documents import DocumentService
from pedagogue_app.services.home_visits import HomeVisitData, HomeVisitService
from pedagogue_app.services.incidents import (
    DRAFT_NARRATIVE,
    IncidentData,
    IncidentService,
    ParticipantData,
    StepData,
)
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.registrations import RegistrationData, RegistrationService
from pedagogue_app.services.school import SchoolData, SchoolService
from pedagogue_app.services.sessions import PsySessionService, SessionData
from pedagogue_app.services.support_plans import GoalData, SupportPlanData, SupportPlanService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
YEAR = TODAY.year
NOW = datetime.now().replace(second=0, microsecond=0)
DIRECTOR = Actor(username="director", role="director")
COMMISSION = "Жұмабаева Әлия Серікқызы — әлеуметтік педагог"


@pytest.fixture
def docs(register: Register) -> DocumentService:
    return DocumentService(register)


@pytest.fixture
def school(register: Register, actor: Actor) -> None:
    SchoolService(register).save(actor, SchoolData(
        name_kk="«Ақтөбе қаласының №3 мектеп-гимназиясы» КММ",
        name_ru="КГУ «Школа-гимназия №3 города Актобе»", bin="987654321098",
        address="Ақтөбе қ., Абай даңғылы, 1", phone="+7 7132 00 00 00",
        director_name="Серікбаева Гүлмира Асқарқызы"))


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def visit(register: Register, actor: Actor, act_no: str, on: date, **overrides: Any) -> int:
    values: dict[str, Any] = {"act_no": act_no, "visit_date": on, "commission": COMMISSION,
                              "conclusion": "satisfactory"}
    values.update(overrides)
    return HomeVisitService(register).save(actor, HomeVisitData(**values))


def reserved(year: int = YEAR, kind: str = "visit_acts") -> str | None:
    row = models.Setting.get_or_none(models.Setting.key == f"blank_{kind}_reserved_{year}")
    return None if row is None else str(row.value)


def page_numbers(pdf: bytes, title: str) -> list[int]:
    """The form number after «title №» on each page (an act's second page names its act too)."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        text = " ".join((page.extract_text() or "").split())
        marker = f"{title} № "
        if marker in text:
            found.append(int(text.split(marker, 1)[1].split()[0]))
    return found


ACT_RU = "Акт обследования жилищно-бытовых условий"
INCIDENT_RU = "Отчёт об инциденте"


# --- the letterhead -----------------------------------------------------------------------------

def test_letterhead_comes_from_the_school_profile(docs: DocumentService, actor: Actor,
                                                  school: None) -> None:
    head = docs.letterhead(actor)
    assert head.name("kk") == "«Ақтөбе қаласының №3 мектеп-гимназиясы» КММ"
    assert head.name("ru") == "КГУ «Школа-гимназия №3 города Актобе»"
    assert (head.bin, head.address, head.phone, head.director_name) == (
        "987654321098", "Ақтөбе қ., Абай даңғылы, 1", "+7 7132 00 00 00", "Серікбаева Гүлмира Асқарқызы")


def test_a_register_without_school_profile_gives_a_clear_error(
        docs: DocumentService, actor: Actor, register: Register, make_student: Callable[..., int],
        register_snapshot: Snapshot) -> None:
    student = make_student()
    visit_id = visit(register, actor, "1", TODAY - timedelta(days=1), student_id=student)
    before = register_snapshot()
    calls: list[Callable[[], object]] = [
        lambda: docs.letterhead(actor),
        lambda: docs.home_visit_act(actor, visit_id, "kk"),
        lambda: docs.chronology_certificate(actor, student, "ru"),
        lambda: docs.blank_visit_acts(actor, 2, "ru"),
        lambda: docs.blank_incident_forms(actor, 2, "kk"),
    ]
    for call in calls:
        with pytest.raises(ValidationError) as err:
            call()
        assert [(e.field, e.code) for e in err.value.errors] == [("school", "document_no_school")]
    assert "school profile" in MESSAGES["document_no_school"]
    assert register_snapshot() == before


# --- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "", "KK", "қаз"])
def test_a_language_other_than_kk_or_ru_is_refused(docs: DocumentService, actor: Actor, school: None,
                                                   register: Register, make_student: Callable[..., int],
                                                   register_snapshot: Snapshot, lang: str) -> None:
    student = make_student()
    visit_id = visit(register, actor, "1", TODAY - timedelta(days=1), student_id=student)
    before = register_snapshot()
    calls: list[Callable[[], object]] = [
        lambda: docs.home_visit_act(actor, visit_id, lang),
        lambda: docs.preventive_plan(actor, 1, lang),
        lambda: docs.support_plan(actor, 1, lang),
        lambda: docs.incident_report(actor, 1, lang),
        lambda: docs.chronology_certificate(actor, student, lang),
        lambda: docs.blank_visit_acts(actor, 3, lang),
        lambda: docs.blank_incident_forms(actor, 3, lang),
    ]
    for call in calls:
        with pytest.raises(ValidationError) as err:
            call()
        assert [(e.field, e.code) for e in err.value.errors] == [("lang", "document_lang")]
    assert register_snapshot() == before


def test_unknown_records_are_not_found(docs: DocumentService, actor: Actor, school: None,
                                       register_snapshot: Snapshot) -> None:
    before = register_snapshot()
    for call in (docs.home_visit_act, docs.preventive_plan, docs.support_plan, docs.incident_report,
                 docs.chronology_certificate):
        with pytest.raises(NotFound):
            call(actor, 999, "ru")
    assert register_snapshot() == before


def test_an_archived_record_is_not_printed(docs: DocumentService, actor: Actor, school: None,
                                          register: Register, make_family: Callable[..., int]) -> None:
    vid = visit(register, actor, "1", TODAY - timedelta(days=1), family_id=make_family(title="Әлиевтер"))
    assert docs.home_visit_act(actor, vid, "kk").startswith(b"%PDF")
    HomeVisitService(register).archive(actor, vid)
    with pytest.raises(NotFound):
        docs.home_visit_act(actor, vid, "kk")


@pytest.mark.parametrize("count", [0, 51, -1, True, 2.0, "3", None])
def test_blank_count_must_be_1_to_50(docs: DocumentService, actor: Actor, school: None,
                                     register_snapshot: Snapshot, count: Any) -> None:
    before = register_snapshot()
    for call in (lambda: docs.blank_visit_acts(actor, count, "ru"),
                 lambda: docs.blank_incident_forms(actor, count, "kk")):
        with pytest.raises(ValidationError) as err:
            call()
        found = err.value.for_field("count")
        assert found is not None and found.code == "number_range"
        assert found.params == {"min": 1, "max": 50}
    assert register_snapshot() == before


@pytest.mark.parametrize("year", [1999, YEAR + 2, 0])
def test_blank_acts_year_must_be_plausible(docs: DocumentService, actor: Actor, school: None,
                                           register_snapshot: Snapshot, year: int) -> None:
    before = register_snapshot()
    with pytest.raises(ValidationError) as err:
        docs.blank_visit_acts(actor, 2, "ru", year=year)
    assert err.value.for_field("year") is not None
    assert register_snapshot() == before


def test_director_prints_records_but_reserves_no_blank_numbers(
        docs: DocumentService, actor: Actor, school: None, register: Register,
        make_student: Callable[..., int], register_snapshot: Snapshot) -> None:
    student = make_student()
    visit_id = visit(register, actor, "1", TODAY - timedelta(days=1), student_id=student)
    assert docs.home_visit_act(DIRECTOR, visit_id, "ru").startswith(b"%PDF")
    assert docs.chronology_certificate(DIRECTOR, student, "kk").startswith(b"%PDF")
    before = register_snapshot()
    with pytest.raises(AccessDenied):
        docs.blank_visit_acts(DIRECTOR, 2, "ru")
    with pytest.raises(AccessDenied):
        docs.blank_incident_forms(DIRECTOR, 2, "ru")
    assert register_snapshot() == before


# --- blank-form numbers ----------------------------------------------------------------------------

def test_blank_acts_follow_the_highest_act_of_the_year(docs: DocumentService, actor: Actor,
                                                       school: None, register: Register,
                                                       make_family: Callable[..., int]) -> None:
    on = date(YEAR - 1, 6, 1)
    family = make_family(title="Әлиевтер")
    for no in ("1", "2", "3", "12/3"):  # a number with a slash is not a plain number
        visit(register, actor, no, on, family_id=family)
    pdf = docs.blank_visit_acts(actor, 2, "ru", year=YEAR - 1)
    assert pages_of(pdf) == 4  # two pages per act
    assert page_numbers(pdf, ACT_RU) == [4, 4, 5, 5]
    assert reserved(YEAR - 1) == "5"
    assert docs.last_reserved_act_no(actor, YEAR - 1) == 5


def test_a_second_batch_continues_and_years_are_separate(docs: DocumentService, actor: Actor,
                                                         school: None, register: Register,
                                                         make_family: Callable[..., int]) -> None:
    first = docs.blank_visit_acts(actor, 3, "kk")
    assert page_numbers(first, "Тұрмыстық-тұрғын үй жағдайын тексеру актісі") == [1, 1, 2, 2, 3, 3]
    second = docs.blank_visit_acts(actor, 2, "ru")
    assert page_numbers(second, ACT_RU) == [4, 4, 5, 5]
    assert reserved() == "5"
    # an act typed in later with a higher number moves the next batch past it
    visit(register, actor, "9", TODAY, family_id=make_family(title="Әлиевтер"))
    assert page_numbers(docs.blank_visit_acts(actor, 1, "ru"), ACT_RU) == [10, 10]
    # another year has its own numbers
    assert page_numbers(docs.blank_visit_acts(actor, 1, "ru", year=YEAR - 1), ACT_RU) == [1, 1]
    assert (reserved(), reserved(YEAR - 1)) == ("10", "1")


def test_fifty_blank_acts_in_one_batch(docs: DocumentService, actor: Actor, school: None) -> None:
    pdf = docs.blank_visit_acts(actor, 50, "ru")
    assert pages_of(pdf) == 100
    assert page_numbers(pdf, ACT_RU) == [n for n in range(1, 51) for _page in (1, 2)]


def test_blank_incident_forms_continue_from_batch_to_batch(docs: DocumentService, actor: Actor,
                                                           school: None) -> None:
    pdf = docs.blank_incident_forms(actor, 3, "ru")
    assert pages_of(pdf) == 3
    assert page_numbers(pdf, INCIDENT_RU) == [1, 2, 3]
    assert page_numbers(docs.blank_incident_forms(actor, 2, "ru"), INCIDENT_RU) == [4, 5]
    assert reserved(kind="incident_forms") == "5"
    assert reserved() is None  # act numbers untouched


def test_nothing_is_reserved_when_the_pdf_fails(docs: DocumentService, actor: Actor, school: None,
                                                register_snapshot: Snapshot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> bytes:
        raise RuntimeError("disk full")

    before = register_snapshot()
    monkeypatch.setattr(blank_forms, "build", broken)
    with pytest.raises(RuntimeError):
        docs.blank_visit_acts(actor, 5, "ru")
    with pytest.raises(RuntimeError):
        docs.blank_incident_forms(actor, 5, "ru")
    assert register_snapshot() == before
    monkeypatch.undo()
    assert page_numbers(docs.blank_visit_acts(actor, 1, "ru"), ACT_RU) == [1, 1]


# --- records into document data ------------------------------------------------------------------

def test_family_act_lists_the_family_children(docs: DocumentService, actor: Actor, school: None,
                                              register: Register, make_family: Callable[..., int],
                                              make_student: Callable[..., int]) -> None:
    family = make_family(title="Оспановтар", address_actual="Ақтөбе қ., Сәтпаев көшесі, 4")
    make_student(first_name="Айжан", family_id=family, grade=5, class_letter="А")
    make_student(first_name="Әсел", family_id=family, grade=2, class_letter="Ә")
    vid = visit(register, actor, "4", TODAY - timedelta(days=2), family_id=family,
                residents="Оспанова Гүлнар — анасы\nОспанова Айжан — қызы")
    data = docs.home_visit_act_data(actor, vid)
    assert {(c.name, c.class_name) for c in data.children} == {
        ("Оспанова Айжан Серікқызы", "5А"), ("Оспанова Әсел Серікқызы", "2Ә")}
    assert all(c.birth_date is not None and len(c.iin) == 12 for c in data.children)
    assert data.address == "Ақтөбе қ., Сәтпаев көшесі, 4"
    assert [(p.name, p.role) for p in data.residents] == [("Оспанова Гүлнар", "анасы"),
                                                          ("Оспанова Айжан", "қызы")]
    assert data.letterhead.director_name == "Серікбаева Гүлмира Асқарқызы"
    text = text_of(docs.home_visit_act(actor, vid, "kk"))
    assert "Оспанова Әсел Серікқызы" in text and "Оспанова Айжан Серікқызы" in text


def test_support_plan_words_become_codes_when_they_are_catalog_words(
        docs: DocumentService, actor: Actor, school: None, register: Register,
        make_student: Callable[..., int], make_family: Callable[..., int]) -> None:
    student = make_student(family_id=make_family(title="Оспановтар"))
    pmpk = TODAY - timedelta(days=30)
    plan_id = SupportPlanService(register).save(actor, SupportPlanData(
        student_id=student, pmpk_no="12", pmpk_date=pmpk, start_date=pmpk,
        need_type="severe speech disorder", specialists=["defectologist"],
        goals=[GoalData(domain="self-care", goal="Өзіне-өзі қызмет", specialist="логопед"),
               GoalData(domain="речь и общение", goal="Диалог", specialist="Иванова О. П.")]))
    data = docs.support_plan_data(actor, plan_id)
    assert data.need_type == "speech"
    assert [(g.domain, g.specialist) for g in data.goals] == [
        ("self_care", "speech_therapist"), ("речь и общение", "Иванова О. П.")]
    assert data.parent_name == "Оспанова Гүлнар Маратқызы"  # the default family's representative
    text = text_of(docs.support_plan(actor, plan_id, "kk"))
    assert "сөйлеу тілінің ауыр бұзылыстары" in text and "өзіне-өзі қызмет көрсету" in text
    assert "речь и общение" in text and "Иванова О. П." in text


def test_incident_steps_in_standard_wording_are_translated_others_kept(
        docs: DocumentService, actor: Actor, school: None, register: Register,
        make_student: Callable[..., int]) -> None:
    kid = make_student()
    reported = NOW - timedelta(days=1)
    iid = IncidentService(register).save(actor, IncidentData(
        incident_type="neglect", occurred_at=reported - timedelta(hours=2), reported_at=reported,
        reporter="Сынып жетекшісі", narrative=DRAFT_NARRATIVE.format(date="01.02.2026"),
        participants=[ParticipantData(student_id=kid, role="target")],
        steps=[StepData(code="guardianship", title="Сообщено в орган опеки и попечительства"),
               StepData(code="parents_informed", title="Ата-анасымен кездесу, мектепте"),
               StepData(code="psychologist", title="Psychologist consultation", not_applicable=True,
                        note="Бала психологта тіркеулі")]))
    data = docs.incident_report_data(actor, iid)
    assert [s.standard for s in data.steps] == [True, False, True]
    assert data.draft_date == "01.02.2026"
    kk = text_of(docs.incident_report(actor, iid, "kk"))
    assert "Қорғаншылық және қамқоршылық органына хабарланды" in kk
    assert "Ата-анасымен кездесу, мектепте" in kk  # the school's own wording of a standard step
    assert "Сообщено в орган опеки" not in kk and "Psychologist consultation" not in kk
    assert "талап етілмейді" in kk and "Бала психологта тіркеулі" in kk
    assert "01.02.2026 педагог-психологтың консультациясында хабарланды" in kk
    assert "Disclosed in a psychologist session" not in kk
    ru = text_of(docs.incident_report(actor, iid, "ru"))
    assert "Сообщено на консультации педагога-психолога 01.02.2026." in ru
    assert "не требуется" in ru


def test_chronology_certificate_data(docs: DocumentService, actor: Actor, psychologist: Actor,
                                     school: None, register: Register,
                                     make_student: Callable[..., int]) -> None:
    student = make_student()
    start = TODAY - timedelta(days=40)
    reg = RegistrationService(register).save(actor, RegistrationData(
        student_id=student, kind="police", ground="offence", start_date=start, protocol_no="2",
        removed_on=TODAY - timedelta(days=5), removal_reason="council_decision",
        removal_protocol_no="8"))
    PsySessionService(register).save(psychologist, SessionData(
        session_date=TODAY - timedelta(days=10), start_time="09:00", session_type="individual",
        client_kind="student", student_id=student, requester="self", request="Құпия мазмұн",
        parent_consent=True, shareable_summary="Қысқаша түйін"))
    data = docs.chronology_certificate_data(actor, student, today=TODAY)
    rows = [(r.when, r.kind, r.event, r.code, r.detail_code, r.text) for r in data.rows]
    assert rows == [
        (TODAY - timedelta(days=5), "registration", "removal", "offence", "council_decision", ""),
        (TODAY - timedelta(days=10), "session", "", "", "", ""),
        (start, "registration", "start", "offence", "police", ""),
    ]
    assert (data.period_from, data.period_to, data.issued_on) == (start, TODAY, TODAY)
    assert data.child.representatives == ()  # the default student has no family
    # a certificate dated earlier leaves out what came later
    earlier = docs.chronology_certificate_data(actor, student, today=TODAY - timedelta(days=7))
    assert [r.kind for r in earlier.rows] == ["session", "registration"]
    text = text_of(docs.chronology_certificate(actor, student, "ru", today=TODAY))
    assert "Снятие с учёта; причина: решение совета профилактики" in text
    assert "учёт в ювенальной полиции (ОЮП)" in text
    assert "Құпия мазмұн" not in text and "Қысқаша түйін" not in text
    assert reg > 0


def test_chronology_of_a_child_without_records(docs: DocumentService, actor: Actor, school: None,
                                               make_student: Callable[..., int]) -> None:
    student = make_student()
    data = docs.chronology_certificate_data(actor, student, today=TODAY)
    assert data.rows == () and data.period_from is None
    text = text_of(docs.chronology_certificate(actor, student, "kk", today=TODAY))
    assert "Осы кезеңде жазбалар жоқ." in text
    assert f"{TODAY:%d.%m.%Y} – {TODAY:%d.%m.%Y}" in text


def test_referral_entries_of_the_chronology_print_in_the_document_language() -> None:
    from pedagogue_app.documents.chronology_certificate import kind_name, summary
    from pedagogue_app.services.documents import _chronology_row
    from pedagogue_app.services.referrals import REFERRAL_KINDS
    from pedagogue_app.services.referrals import TIMELINE_TITLES as REFERRAL_TITLES
    from pedagogue_app.services.timeline import TimelineEntry

    letter = _chronology_row(TimelineEntry(TODAY, "referral", 3, REFERRAL_KINDS["crisis"],
                                           "№ 14 · Дағдарыс орталығы"))
    reply = _chronology_row(TimelineEntry(TODAY, "referral", 3, REFERRAL_TITLES["reply"],
                                          "№ 77: қабылданды"))
    assert summary(letter, "ru") == "Направление в кризисный центр: № 14 · Дағдарыс орталығы"
    assert summary(letter, "kk") == "Дағдарыс орталығына жолдама: № 14 · Дағдарыс орталығы"
    assert summary(reply, "ru") == "Ответ на направление: № 77: қабылданды"
    assert (kind_name("referral", "kk"), kind_name("letter_of_thanks", "ru")) == (
        "Жолдама (хат)", "Запись")


def test_the_next_act_number_skips_numbers_printed_on_blank_acts(register, actor) -> None:
    """A visit typed in after blanks were printed is not offered a number already on paper."""
    from pedagogue_app.services.documents import DocumentService
    from pedagogue_app.services.home_visits import HomeVisitService
    from pedagogue_app.services.school import SchoolData, SchoolService

    SchoolService(register).save(actor, SchoolData(name_kk="«№ 3 мектеп» КММ", name_ru="КГУ «Школа № 3»",
                                                   bin="040540001234", address="Шымкент қ., 1",
                                                   director_name="Әлиев Серік"))
    year = date.today().year
    visits = HomeVisitService(register)
    assert visits.next_act_no(actor, year) == "1"
    DocumentService(register).blank_visit_acts(actor, 3, "kk", year=year)
    assert visits.next_act_no(actor, year) == "4"
