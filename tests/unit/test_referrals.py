"""ReferralService: the rules of a referral, issuing through the journal, the stored letter,
sending and the reply, the list, the measures gathered from the child's records, due replies."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.documents import referral as doc
from pedagogue_app.services import AccessDenied, Actor, NotFound, ValidationError
from pedagogue_app.services.context import Actor as ActorType
from pedagogue_app.services.dashboard import DUE_KINDS
from pedagogue_app.services.families import FamilyService
from pedagogue_app.services.journal import LetterPdfTampered, OutgoingJournal
from pedagogue_app.services.messages import MESSAGES
from pedagogue_app.services.organisations import OrganisationData, OrganisationService
from pedagogue_app.services.referrals import (
    REFERRAL_KINDS,
    REFERRAL_STATUSES,
    ReferralData,
    ReferralService,
    status_of,
)
from pedagogue_app.services.school import SchoolData, SchoolService

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
TODAY = date.today()
REPLY_BY = TODAY + timedelta(days=30)
SEVEN = {"pmpk", "rehab", "crisis", "police", "commission", "guardianship", "polyclinic"}


@pytest.fixture
def service(register: Register) -> ReferralService:
    return ReferralService(register)


@pytest.fixture
def school(school_service: SchoolService, actor: Actor) -> None:
    school_service.save(actor, SchoolData(
        name_kk="«№ 5 жалпы білім беретін мектеп» КММ", name_ru="КГУ «Общеобразовательная школа № 5»",
        bin="040540001234", address="Түркістан қ., Тәуке хан даңғылы, 15",
        phone="+7 725 333 12 34", director_name="Сейітқали Нұрлан Бекұлы"))


@pytest.fixture
def orgs(register: Register, actor: Actor) -> dict[str, int]:
    directory = OrganisationService(register)
    return {kind: directory.save(actor, OrganisationData(kind=kind, name_kk=kk, name_ru=ru,
                                                         head_name="Ахметова Гүлжан Серікқызы"))
            for kind, kk, ru in (
                ("pmpk", "Психологиялық-медициналық-педагогикалық консультация №2",
                 "Психолого-медико-педагогическая консультация №2"),
                ("police", "Ювеналдық полиция бөлімшесі", "Отделение ювенальной полиции"),
                ("other", "Аудандық сот", "Районный суд"))}


@pytest.fixture
def family_id(make_family: Callable[..., int]) -> int:
    return make_family(title="Сапаровтар", address_actual="Түркістан қ., Абай көшесі, 1", members=[
        {"last_name": "Сапарова", "first_name": "Гүлнар", "patronymic": "Маратқызы",
         "relation": "mother", "phone": "+7 701 000 00 01", "is_legal_representative": True},
        {"last_name": "Сапаров", "first_name": "Бақыт", "relation": "father",
         "phone": "+7 701 000 00 02"}])


@pytest.fixture
def student_id(make_student: Callable[..., int], family_id: int) -> int:
    return make_student(last_name="Сапаров", first_name="Ерлан", patronymic="Бақытұлы", sex="M",
                        family_id=family_id)


def referral(student: int | None, organisation: int | None, **overrides: Any) -> ReferralData:
    values: dict[str, Any] = {
        "student_id": student, "organisation_id": organisation, "kind": "police",
        "lang": "ru", "subject": "О проведении профилактической работы",
        "grounds": "Систематические пропуски занятий", "request": "Просим провести беседу.",
        "measures_taken": ["Беседа с родителями, 12.10.2026"], "attachments": ["Характеристика"],
        "reply_by": REPLY_BY, "contact_person": "Жұмабаева Әлия Серікқызы",
        "contact_phone": "+7 701 111 22 33"}
    values.update(overrides)
    return ReferralData(**values)


def pmpk(student_id: int, orgs: dict[str, int], **overrides: Any) -> ReferralData:
    values: dict[str, Any] = {
        "kind": "pmpk", "organisation_id": orgs["pmpk"], "subject": "О направлении на ПМПК",
        "profile_teacher": "Иванова Ольга Петровна", "profile_attendance": "Без пропусков",
        "profile_progress": "Слабо успевает по математике", "profile_behaviour": "Спокоен",
        "profile_peers": "Дружелюбен", "profile_interests": "Футбол",
        "profile_difficulties": "Не удерживает внимание", "profile_conclusion": "Нужна ПМПК",
        "report_dates": "10.11.2026, 14.11.2026", "report_methods": "Наблюдение, беседа",
        "report_results": "Объём памяти снижен", "report_conclusion": "Признаки ЗПР",
        "report_recommendations": "Обследование ПМПК", "report_psychologist": "Қасымова Дана"}
    values.update(overrides)
    return referral(student_id, values.pop("organisation_id"), **values)


def problems(err: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in err.errors}


def refuse(call: Callable[[], object], snapshot: Snapshot, field: str, code: str) -> ValidationError:
    """``call`` fails on ``field`` with ``code`` and leaves every table as it was."""
    before = snapshot()
    with pytest.raises(ValidationError) as err:
        call()
    assert (field, code) in problems(err.value), problems(err.value)
    assert snapshot() == before
    return err.value


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


# --- a complete referral -----------------------------------------------------------------------

def test_every_field_round_trips(service: ReferralService, actor: Actor, student_id: int,
                                 orgs: dict[str, int], family_id: int) -> None:
    father = FamilyService(service.register).get(actor, family_id).data.members[1].id
    data = pmpk(student_id, orgs, lang="kk", representative_id=father,
                grounds="Бірінші жол\nЕкінші жол", request="Тексеруді сұраймыз.",
                measures_taken=["Ата-анамен әңгіме", "Үйге бару"],
                attachments=["Педагогикалық мінездеме", "Психологиялық қорытынды"],
                contact_position="Әлеуметтік педагог")
    rid = service.save(actor, data)
    record = service.get(actor, rid)
    assert record.data == data
    assert (record.status, record.letter, record.version) == ("draft", None, 1)
    assert record.student_name == "Сапаров Ерлан Бақытұлы" and record.class_name == "5А"
    assert record.organisation_name == "Психологиялық-медициналық-педагогикалық консультация №2"
    row = models.Referral.get_by_id(rid)
    assert row.measures_taken == "Ата-анамен әңгіме\nҮйге бару"
    assert (row.updated_by, row.deleted) == (actor.device_id, False)


def test_text_is_tidied(service: ReferralService, actor: Actor, student_id: int,
                        orgs: dict[str, int]) -> None:
    rid = service.save(actor, referral(
        student_id, orgs["police"], subject="  О   беседе ", grounds="\n  Первое  \n\n Второе \n",
        measures_taken=["  Беседа   с матерью ", "", "   "], attachments=[" ", "Справка  о посещаемости"],
        contact_person=" Жұмабаева   Ә. С. "))
    d = service.get(actor, rid).data
    assert (d.subject, d.grounds, d.contact_person) == ("О беседе", "Первое\nВторое", "Жұмабаева Ә. С.")
    assert d.measures_taken == ["Беседа с матерью"] and d.attachments == ["Справка о посещаемости"]


def test_codes_are_marked_for_translation() -> None:
    assert set(REFERRAL_KINDS) == SEVEN == set(doc.KINDS)
    assert set(REFERRAL_STATUSES) == {"draft", "issued", "sent", "replied", "overdue"}
    for code in ("referral_gone", "referral_organisation_kind", "referral_representative",
                 "referral_reply_by_past", "referral_issued", "referral_already_issued",
                 "referral_not_issued", "referral_no_school", "referral_pmpk_needed",
                 "referral_too_many", "letter_organisation_missing"):
        assert code in MESSAGES
    assert "reply" in DUE_KINDS


@pytest.mark.parametrize("kind", sorted(SEVEN))
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_default_texts_are_the_documents_own(kind: str, lang: str) -> None:
    texts = ReferralService.default_texts(kind, lang)
    assert texts.subject == doc.SUBJECTS[kind][lang]
    assert texts.grounds == doc.GROUNDS[kind][lang]
    assert texts.request == doc.REQUESTS[kind][lang]
    assert texts.attachments == list(doc.ATTACHMENTS[kind][lang])


def test_default_texts_refuse_unknown_kind_or_language() -> None:
    with pytest.raises(ValueError):
        ReferralService.default_texts("court", "ru")
    with pytest.raises(ValueError):
        ReferralService.default_texts("pmpk", "en")


# --- bad input ---------------------------------------------------------------------------------

BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"student_id": None}, "student_id", "choose_student"),
    ({"student_id": 9999}, "student_id", "referral_gone"),
    ({"kind": ""}, "kind", "required"),
    ({"kind": "court"}, "kind", "bad_choice"),
    ({"lang": "en"}, "lang", "bad_choice"),
    ({"lang": ""}, "lang", "bad_choice"),
    ({"organisation_id": None}, "organisation_id", "required"),
    ({"organisation_id": 9999}, "organisation_id", "referral_gone"),
    ({"kind": "pmpk"}, "organisation_id", "referral_organisation_kind"),  # police is not a PMPK
    ({"subject": "   "}, "subject", "required"),
    ({"subject": "О" * 301}, "subject", "too_long"),
    ({"grounds": "\n \n"}, "grounds", "required"),
    ({"grounds": "Г" * 4001}, "grounds", "too_long"),
    ({"request": ""}, "request", "required"),
    ({"request": "П" * 2001}, "request", "too_long"),
    ({"measures_taken": ["Беседа", "М" * 501]}, "measures_taken", "row_invalid"),
    ({"measures_taken": [f"Беседа {i}" for i in range(31)]}, "measures_taken", "referral_too_many"),
    ({"attachments": ["А" * 251]}, "attachments", "row_invalid"),
    ({"attachments": [f"Справка {i}" for i in range(21)]}, "attachments", "referral_too_many"),
    ({"reply_by": TODAY - timedelta(days=1)}, "reply_by", "referral_reply_by_past"),
    ({"reply_by": TODAY + timedelta(days=367)}, "reply_by", "date_too_far"),
    ({"contact_person": ""}, "contact_person", "required"),
    ({"contact_person": "Ж" * 201}, "contact_person", "too_long"),
    ({"contact_phone": "звоните"}, "contact_phone", "phone_format"),
    ({"contact_position": "П" * 101}, "contact_position", "too_long"),
    ({"profile_teacher": "И" * 201}, "profile_teacher", "too_long"),
    ({"profile_conclusion": "З" * 3001}, "profile_conclusion", "too_long"),
    ({"report_results": "Р" * 3001}, "report_results", "too_long"),
    ({"report_psychologist": "К" * 201}, "report_psychologist", "too_long"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD)
def test_bad_input_names_the_field_and_stores_nothing(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], overrides: dict[str, Any], field: str, code: str) -> None:
    data = referral(student_id, orgs["police"], **overrides)
    err = refuse(lambda: service.save(actor, data), register_snapshot, field, code)
    assert err.for_field(field) is not None and err.for_field(field).message  # type: ignore[union-attr]


def test_representative_must_be_of_the_childs_family(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], make_family: Callable[..., int]) -> None:
    other = make_family(title="Ивановы", members=[
        {"last_name": "Иванова", "first_name": "Анна", "relation": "mother",
         "is_legal_representative": True}])
    stranger = FamilyService(service.register).get(actor, other).data.members[0].id
    refuse(lambda: service.save(actor, referral(student_id, orgs["police"],
                                                representative_id=stranger)),
           register_snapshot, "representative_id", "referral_representative")
    refuse(lambda: service.save(actor, referral(student_id, orgs["police"], representative_id=9999)),
           register_snapshot, "representative_id", "referral_representative")


def test_a_kind_missing_from_the_directory_may_go_to_another_organisation(
        service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int]) -> None:
    # no rehabilitation centre in the directory: the court (kind "other") is accepted
    rid = service.save(actor, referral(student_id, orgs["other"], kind="rehab"))
    assert service.get(actor, rid).data.organisation_id == orgs["other"]


def test_an_archived_organisation_cannot_be_chosen_but_stays_on_old_drafts(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int]) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    OrganisationService(service.register).archive(actor, orgs["police"])
    refuse(lambda: service.save(actor, referral(student_id, orgs["police"])), register_snapshot,
           "organisation_id", "referral_gone")
    service.save(actor, referral(student_id, orgs["police"], subject="Уточнено"), rid)
    assert service.get(actor, rid).data.subject == "Уточнено"


def test_an_old_reply_by_date_may_stay_on_a_draft_but_not_be_set_anew(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int]) -> None:
    earlier = TODAY - timedelta(days=20)
    rid = service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY), today=earlier)
    service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY, subject="Правка"), rid,
                 today=TODAY + timedelta(days=5))  # unchanged date: kept
    refuse(lambda: service.save(actor, referral(student_id, orgs["police"],
                                                reply_by=TODAY + timedelta(days=1)),
                                rid, today=TODAY + timedelta(days=5)),
           register_snapshot, "reply_by", "referral_reply_by_past")


def test_archive_and_restore(service: ReferralService, actor: Actor, student_id: int,
                             orgs: dict[str, int]) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    service.archive(actor, rid)
    with pytest.raises(NotFound):
        service.get(actor, rid)
    with pytest.raises(NotFound):
        service.save(actor, referral(student_id, orgs["police"]), rid)
    assert service.search(actor) == []
    assert [r.archived for r in service.search(actor, include_archived=True)] == [True]
    service.restore(actor, rid)
    assert service.get(actor, rid).version == 3
    with pytest.raises(NotFound):
        service.restore(actor, rid)
    with pytest.raises(NotFound):
        service.archive(actor, 9999)


def test_the_director_reads_but_does_not_write(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], school: None) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    director = ActorType("director", "director", actor.device_id)
    before = register_snapshot()
    for call in (lambda: service.save(director, referral(student_id, orgs["police"])),
                 lambda: service.issue(director, rid), lambda: service.archive(director, rid),
                 lambda: service.record_sent(director, rid, TODAY, "нарочно")):
        with pytest.raises(AccessDenied):
            call()
    assert register_snapshot() == before
    assert service.get(director, rid).status == "draft"


# --- issuing -------------------------------------------------------------------------------------

def test_issue_numbers_the_letter_and_stores_the_pdf_given_out_later(
        service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int],
        school: None) -> None:
    first = service.save(actor, referral(student_id, orgs["police"]))
    second = service.save(actor, referral(student_id, orgs["police"], lang="kk"))
    letter = service.issue(actor, first)
    assert (letter.year, letter.number, letter.issued_on) == (TODAY.year, 1, TODAY)
    assert service.issue(actor, second).number == 2
    record = service.get(actor, first)
    assert record.status == "issued" and record.letter == letter
    stored = OutgoingJournal(service.register).get_pdf(actor, letter.id)
    assert service.pdf(actor, first) == stored  # the reprint is the issued letter, byte for byte
    text = pdf_text(stored)
    assert f"Исх. № 1 от {TODAY:%d.%m.%Y}" in text
    assert "Сапаров Ерлан Бақытұлы" in text and "Отделение ювенальной полиции" in text
    assert "Сапарова Гүлнар Маратқызы (мать), тел. +7 701 000 00 01" in text  # the family's representative
    assert "Сейітқали Нұрлан Бекұлы" in text
    assert f"Шығ. № 2 {TODAY:%d.%m.%Y} ж." in pdf_text(service.pdf(actor, second))


def test_the_chosen_representative_is_printed(service: ReferralService, actor: Actor,
                                              student_id: int, orgs: dict[str, int],
                                              family_id: int, school: None) -> None:
    father = FamilyService(service.register).get(actor, family_id).data.members[1].id
    rid = service.save(actor, referral(student_id, orgs["police"], representative_id=father))
    service.issue(actor, rid)
    assert "Сапаров Бақыт (отец), тел. +7 701 000 00 02" in pdf_text(service.pdf(actor, rid))


def test_a_second_issue_is_refused(service: ReferralService, actor: Actor,
                                   register_snapshot: Snapshot, student_id: int,
                                   orgs: dict[str, int], school: None) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    service.issue(actor, rid)
    err = refuse(lambda: service.issue(actor, rid), register_snapshot, "letter",
                 "referral_already_issued")
    assert f"No. 1 of {TODAY:%d.%m.%Y}" in err.errors[0].message


def test_a_letter_that_cannot_be_built_is_not_issued(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], school: None, monkeypatch: pytest.MonkeyPatch) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))

    def broken(*args: object) -> bytes:
        raise OSError("font file unreadable")

    monkeypatch.setattr(service, "_render", broken)
    before = register_snapshot()
    with pytest.raises(OSError):
        service.issue(actor, rid)
    assert register_snapshot() == before
    assert service.get(actor, rid).status == "draft"
    monkeypatch.undo()
    assert service.issue(actor, rid).number == 1  # no number was burnt


def test_an_issued_letter_can_no_longer_be_edited(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], school: None) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    service.issue(actor, rid)
    refuse(lambda: service.save(actor, referral(student_id, orgs["police"], subject="Иначе"), rid),
           register_snapshot, "letter", "referral_issued")


def test_issue_needs_the_school_profile(service: ReferralService, actor: Actor,
                                        register_snapshot: Snapshot, student_id: int,
                                        orgs: dict[str, int]) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    refuse(lambda: service.issue(actor, rid), register_snapshot, "school", "referral_no_school")


def test_a_reply_by_date_passed_since_the_draft_stops_the_issue(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], school: None) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY),
                       today=TODAY - timedelta(days=10))
    refuse(lambda: service.issue(actor, rid, today=TODAY + timedelta(days=1)), register_snapshot,
           "reply_by", "referral_reply_by_past")
    assert OutgoingJournal(service.register).next_number(actor, TODAY.year) == 1


@pytest.mark.parametrize("missing", ["profile_teacher", "profile_conclusion", "report_dates",
                                     "report_conclusion", "report_psychologist"])
def test_a_pmpk_package_needs_its_profile_and_report(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], school: None, missing: str) -> None:
    rid = service.save(actor, pmpk(student_id, orgs, **{missing: ""}))  # a draft may lack it
    refuse(lambda: service.issue(actor, rid), register_snapshot, missing, "referral_pmpk_needed")


def test_a_pmpk_referral_is_issued_as_the_whole_package(
        service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int],
        school: None) -> None:
    rid = service.save(actor, pmpk(student_id, orgs))
    service.issue(actor, rid)
    reader = PdfReader(io.BytesIO(service.pdf(actor, rid)))
    texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    assert "Исх. № 1" in texts[0]
    profile = next(t for t in texts if "Педагогическая характеристика на обучающегося" in t)
    assert "Иванова Ольга Петровна" in profile and "Не удерживает внимание" in profile
    report = next(t for t in texts if "Психологическое заключение обучающегося" in t)
    assert "Признаки ЗПР" in report and "Қасымова Дана" in report


def test_a_draft_prints_a_preview_and_stores_nothing(
        service: ReferralService, actor: Actor, register_snapshot: Snapshot, student_id: int,
        orgs: dict[str, int], school: None) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    before = register_snapshot()
    text = pdf_text(service.pdf(actor, rid))
    assert "Исх. № ____" in text and "ПРОЕКТ" in text and "Сапаров Ерлан Бақытұлы" in text
    assert register_snapshot() == before


def test_a_tampered_letter_is_not_printed(service: ReferralService, actor: Actor,
                                          register: Register, student_id: int,
                                          orgs: dict[str, int], school: None) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    letter = service.issue(actor, rid)
    register.db.execute_sql("UPDATE outgoing_letter SET pdf = ? WHERE id = ?",
                            (b"%PDF-1.4 forged", letter.id))
    with pytest.raises(LetterPdfTampered):
        service.pdf(actor, rid)


def test_a_letter_numbered_before_pdfs_were_stored_is_printed_with_its_number(
        service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int],
        school: None) -> None:
    old = models.OutgoingLetter.create(year=2025, number=41, issued_on=date(2025, 3, 4),
                                       organisation=orgs["police"], subject="Старое письмо")
    rid = service.save(actor, referral(student_id, orgs["police"]))
    models.Referral.update(letter=old.id).where(models.Referral.id == rid).execute()
    assert "Исх. № 41 от 04.03.2025" in pdf_text(service.pdf(actor, rid))


# --- sending and the reply -------------------------------------------------------------------------

@pytest.fixture
def issued(service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int],
           school: None) -> int:
    rid = service.save(actor, referral(student_id, orgs["police"]),
                       today=TODAY - timedelta(days=10))
    service.issue(actor, rid, today=TODAY - timedelta(days=10))
    return rid


def test_sent_and_replied(service: ReferralService, actor: Actor, issued: int) -> None:
    service.record_sent(actor, issued, TODAY - timedelta(days=9), " нарочно ")
    record = service.get(actor, issued)
    assert (record.status, record.sent_on, record.sent_how) == ("sent", TODAY - timedelta(days=9),
                                                                "нарочно")
    service.record_reply(actor, issued, "№ 3-12/456", TODAY - timedelta(days=2),
                         "Проведена беседа с матерью\nСемья поставлена на учёт")
    record = service.get(actor, issued)
    assert (record.status, record.reply_no, record.reply_date) == ("replied", "3-12/456",
                                                                   TODAY - timedelta(days=2))
    assert record.outcome == "Проведена беседа с матерью\nСемья поставлена на учёт"


BAD_SENT: list[tuple[dict[str, Any], str, str]] = [
    ({"sent_on": None}, "sent_on", "required"),
    ({"sent_on": TODAY + timedelta(days=1)}, "sent_on", "date_future"),
    ({"sent_on": TODAY - timedelta(days=11)}, "sent_on", "date_order"),  # before the letter
    ({"sent_how": "  "}, "sent_how", "required"),
    ({"sent_how": "п" * 101}, "sent_how", "too_long"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_SENT)
def test_bad_sending_is_refused(service: ReferralService, actor: Actor,
                                register_snapshot: Snapshot, issued: int,
                                overrides: dict[str, Any], field: str, code: str) -> None:
    values: dict[str, Any] = {"sent_on": TODAY, "sent_how": "почтой"}
    values.update(overrides)
    refuse(lambda: service.record_sent(actor, issued, **values), register_snapshot, field, code)


BAD_REPLY: list[tuple[dict[str, Any], str, str]] = [
    ({"reply_date": None}, "reply_date", "required"),
    ({"reply_date": TODAY + timedelta(days=1)}, "reply_date", "date_future"),
    ({"reply_date": TODAY - timedelta(days=11)}, "reply_date", "date_order"),
    ({"reply_no": "1" * 51}, "reply_no", "too_long"),
    ({"outcome": "о" * 2001}, "outcome", "too_long"),
]


@pytest.mark.parametrize(("overrides", "field", "code"), BAD_REPLY)
def test_bad_reply_is_refused(service: ReferralService, actor: Actor,
                              register_snapshot: Snapshot, issued: int,
                              overrides: dict[str, Any], field: str, code: str) -> None:
    values: dict[str, Any] = {"reply_no": "45", "reply_date": TODAY, "outcome": "Принято"}
    values.update(overrides)
    refuse(lambda: service.record_reply(actor, issued, **values), register_snapshot, field, code)


def test_a_draft_cannot_be_sent_or_answered(service: ReferralService, actor: Actor,
                                            register_snapshot: Snapshot, student_id: int,
                                            orgs: dict[str, int]) -> None:
    rid = service.save(actor, referral(student_id, orgs["police"]))
    refuse(lambda: service.record_sent(actor, rid, TODAY, "почтой"), register_snapshot, "letter",
           "referral_not_issued")
    refuse(lambda: service.record_reply(actor, rid, "1", TODAY, ""), register_snapshot, "letter",
           "referral_not_issued")


def test_status_of() -> None:
    assert status_of(None, None, None, TODAY - timedelta(1), TODAY) == "draft"
    assert status_of(1, None, None, None, TODAY) == "issued"
    assert status_of(1, None, None, TODAY, TODAY) == "issued"  # due today is not yet overdue
    assert status_of(1, TODAY, None, TODAY + timedelta(1), TODAY) == "sent"
    assert status_of(1, TODAY, None, TODAY - timedelta(1), TODAY) == "overdue"
    assert status_of(1, None, None, TODAY - timedelta(1), TODAY) == "overdue"
    assert status_of(1, TODAY, TODAY, TODAY - timedelta(1), TODAY) == "replied"


# --- the list --------------------------------------------------------------------------------------

def test_search_by_child_name_kind_and_status(
        service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int],
        make_student: Callable[..., int], school: None) -> None:
    other = make_student(last_name="Ёлкина", first_name="Алёна", patronymic="Игоревна")
    draft = service.save(actor, referral(other, orgs["police"]))
    sent = service.save(actor, referral(student_id, orgs["police"]))
    service.issue(actor, sent)
    service.record_sent(actor, sent, TODAY, "почтой")
    to_pmpk = service.save(actor, pmpk(student_id, orgs))
    service.issue(actor, to_pmpk)

    assert {r.id for r in service.search(actor)} == {draft, sent, to_pmpk}
    assert [r.id for r in service.search(actor, "елкина")] == [draft]  # ё folds to е
    assert {r.id for r in service.search(actor, "сап ерл")} == {sent, to_pmpk}
    assert service.search(actor, "иванов") == []
    assert [r.id for r in service.search(actor, kind="pmpk")] == [to_pmpk]
    assert [r.id for r in service.search(actor, status="draft")] == [draft]
    assert [r.id for r in service.search(actor, status="sent")] == [sent]
    assert [r.id for r in service.search(actor, status="issued")] == [to_pmpk]
    later = REPLY_BY + timedelta(days=1)
    assert {r.id for r in service.search(actor, status="overdue", today=later)} == {sent, to_pmpk}
    row = next(r for r in service.search(actor) if r.id == sent)
    assert (row.student_name, row.class_name, row.kind, row.organisation, row.number) == (
        "Сапаров Ерлан Бақытұлы", "5А", "police", "Отделение ювенальной полиции", 1)
    assert [r.id for r in service.for_student(actor, other)] == [draft]


# --- measures the school took ------------------------------------------------------------------------

@pytest.fixture
def casework(student_id: int, family_id: int, make_registration: Callable[..., int],
             make_student: Callable[..., int]) -> dict[str, Any]:
    """Records of the child across the areas, written straight through the models."""
    reg = make_registration(student_id, start_date=date(2026, 9, 16), protocol_no="1")
    models.PlanMeasure.create(registration=reg, measure="Беседа с родителями", status="done",
                              deadline=date(2026, 9, 20), result="Мать обещала контролировать")
    models.PlanMeasure.create(registration=reg, measure="Ещё не сделано", status="planned")
    models.PlanMeasure.create(registration=reg, measure="Отменённая мера", status="cancelled")
    models.HomeVisit.create(act_no="5", visit_date=date(2026, 10, 12), family=family_id)
    secret = "Ребёнок рассказал о тайне"
    for day in (date(2026, 10, 14), date(2026, 10, 21)):
        models.PsySession.create(session_date=day, session_type="individual", student=student_id,
                                 request=secret, results=secret, conclusion=secret,
                                 recommendations=secret, shareable_summary=secret)
    models.SupportPlan.create(student=student_id, pmpk_no="77", pmpk_date=date(2026, 9, 1))
    incident = models.Incident.create(occurred_at=datetime(2026, 11, 2, 10), incident_type="bullying",
                                      reported_at=datetime(2026, 11, 2, 11), narrative=secret)
    models.IncidentParticipant.create(incident=incident, student=student_id, role="target",
                                      name="Сапаров Ерлан")
    models.ResponseStep.create(incident=incident, code="parents_informed", title="x",
                               done_at=datetime(2026, 11, 2, 15))
    models.ResponseStep.create(incident=incident, code="custom", title="Беседа с классом",
                               done_at=datetime(2026, 11, 3, 9))
    models.ResponseStep.create(incident=incident, code="police_notified", title="x",
                               done_at=datetime(2026, 11, 2, 16), note="[n/a] не требуется")
    models.ResponseStep.create(incident=incident, code="psychologist", title="x")  # not done
    # another child's records never appear
    stranger = make_student(last_name="Ахметов", first_name="Али")
    models.HomeVisit.create(act_no="6", visit_date=date(2026, 10, 13), student=stranger)
    models.PsySession.create(session_date=date(2026, 10, 15), session_type="individual",
                             student=stranger)
    return {"secret": secret}


def test_measures_are_gathered_from_the_childs_records(
        service: ReferralService, actor: Actor, student_id: int, casework: dict[str, Any]) -> None:
    assert service.measures_taken_for(actor, student_id, "ru") == [
        "Психолого-педагогическое сопровождение по заключению ПМПК № 77 от 01.09.2026",
        "Внутришкольный учёт: с 16.09.2026 (протокол № 1)",
        "Беседа с родителями (20.09.2026): Мать обещала контролировать",
        "Обследование жилищно-бытовых условий, 12.10.2026 (акт № 5)",
        "Консультации педагога-психолога: 14.10.2026, 21.10.2026",
        "Проинформированы родители (законные представители), 02.11.2026",
        "Беседа с классом, 03.11.2026",
    ]
    kk = service.measures_taken_for(actor, student_id, "kk")
    assert kk[1] == "Мектепішілік есеп: 16.09.2026 бастап (№ 1 хаттама)"
    assert "Тұрмыстық-тұрғын үй жағдайын тексеру, 12.10.2026 (№ 5 акт)" in kk
    assert "Педагог-психологтың кеңестері: 14.10.2026, 21.10.2026" in kk
    assert "Ата-ана (заңды өкілдер) хабардар етілді, 02.11.2026" in kk


def test_measures_never_carry_the_psychologists_words(
        service: ReferralService, actor: Actor, student_id: int, casework: dict[str, Any]) -> None:
    for lang in ("kk", "ru"):
        assert not any(casework["secret"] in m for m in service.measures_taken_for(
            actor, student_id, lang))


def test_archived_records_are_not_measures(service: ReferralService, actor: Actor,
                                           student_id: int, casework: dict[str, Any]) -> None:
    models.HomeVisit.update(deleted=True).execute()
    models.PsySession.update(deleted=True).execute()
    measures = service.measures_taken_for(actor, student_id, "ru")
    assert not any("Обследование" in m or "Консультац" in m for m in measures)
    assert len(measures) == 5


def test_one_session_is_one_consultation(service: ReferralService, actor: Actor,
                                         student_id: int) -> None:
    models.PsySession.create(session_date=date(2026, 10, 14), session_type="individual",
                             student=student_id)
    assert service.measures_taken_for(actor, student_id, "ru") == [
        "Консультация педагога-психолога, 14.10.2026"]
    assert service.measures_taken_for(actor, student_id, "kk") == [
        "Педагог-психологтың кеңесі, 14.10.2026"]
    with pytest.raises(ValueError):
        service.measures_taken_for(actor, student_id, "en")


# --- chronology and due replies -------------------------------------------------------------------

def test_timeline_has_issued_letters_and_replies(service: ReferralService, actor: Actor,
                                                 student_id: int, orgs: dict[str, int],
                                                 issued: int) -> None:
    service.save(actor, referral(student_id, orgs["police"]))  # a draft has not happened
    service.record_reply(actor, issued, "45", TODAY, "Принято к сведению")
    entries = service.timeline(actor, student_id)
    assert [(e.when, e.kind, e.record_id, e.title, e.detail) for e in entries] == [
        (TODAY - timedelta(days=10), "referral", issued, REFERRAL_KINDS["police"],
         "№ 1 · Отделение ювенальной полиции"),
        (TODAY, "referral", issued, "reply to a referral", "№ 45: Принято к сведению"),
    ]


def test_due_lists_issued_referrals_awaiting_a_reply(
        service: ReferralService, actor: Actor, student_id: int, orgs: dict[str, int],
        school: None) -> None:
    soon = service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY + timedelta(5)))
    service.issue(actor, soon)
    service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY + timedelta(5)))  # draft
    late = service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY + timedelta(40)))
    service.issue(actor, late)
    answered = service.save(actor, referral(student_id, orgs["police"], reply_by=TODAY))
    service.issue(actor, answered)
    service.record_reply(actor, answered, "1", TODAY, "")
    items = service.due(actor, TODAY, 14)
    assert [(i.record_id, i.kind, i.record_kind, i.due, i.student_id, i.title) for i in items] == [
        (soon, "reply", "referral", TODAY + timedelta(5), student_id,
         "Сапаров Ерлан: Отделение ювенальной полиции")]
    assert not items[0].overdue(TODAY)
    later = service.due(actor, TODAY + timedelta(days=10), 30)
    assert [i.record_id for i in later] == [soon, late] and later[0].overdue(TODAY + timedelta(10))
    service.archive(actor, soon)
    assert [i.record_id for i in service.due(actor, TODAY, 14)] == []

