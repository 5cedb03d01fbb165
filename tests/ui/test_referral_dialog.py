"""The referral dialog driven like a user: choose the kind (the standard wording and the only
addressee of that kind come in), save, issue (the journal number), record sending and the reply;
bad input shows the message under the field and stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from pedagogue_app.db import Register
from pedagogue_app.services import Actor
from pedagogue_app.services.organisations import OrganisationData, OrganisationService
from pedagogue_app.services.referrals import ReferralService
from pedagogue_app.services.school import SchoolData, SchoolService
from pedagogue_app.views import referral_dialog as module
from pedagogue_app.views.referral_dialog import ReferralDialog

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]


@pytest.fixture
def service(register: Register, actor: Actor) -> ReferralService:
    SchoolService(register).save(actor, SchoolData(
        name_kk="«№ 7 мектеп» КММ", name_ru="КГУ «Школа № 7»", bin="040540001234",
        address="Тараз қ., Абай даңғылы, 7", phone="+7 726 200 00 07",
        director_name="Әбілова Сәуле Қайратқызы"))
    OrganisationService(register).save(actor, OrganisationData(
        kind="police", name_kk="Ювеналдық полиция бөлімшесі", name_ru="Отделение ювенальной полиции",
        head_name="Омаров Ержан"))
    return ReferralService(register)


@pytest.fixture
def student_id(make_student: Callable[..., int], make_family: Callable[..., int]) -> int:
    return make_student(last_name="Төлеуов", first_name="Нұрлан", sex="M", family_id=make_family())


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Previews are recorded instead of opening a modal window."""
    shown: list[bytes] = []

    def fake(_parent: Any, make_pdf: Callable[[], bytes], _title: str, _name: str,
             _audit: Any = None) -> bool:
        shown.append(make_pdf())
        return True

    monkeypatch.setattr(module, "preview", fake)
    return shown


def new_dialog(qtbot: Any, service: ReferralService, actor: Actor, student_id: int | None) -> ReferralDialog:
    dialog = ReferralDialog(service, actor)
    qtbot.addWidget(dialog)
    dialog.start_for(student_id)
    return dialog


def choose(combo: Any, data: Any) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_kind_brings_the_standard_wording_and_the_addressee(qtbot, service, actor, student_id):
    dialog = new_dialog(qtbot, service, actor, student_id)
    choose(dialog.ui.lang, "ru")
    choose(dialog.ui.kind, "police")
    wording = service.default_texts("police", "ru")
    assert dialog.ui.subject.text() == wording.subject
    assert dialog.ui.request.toPlainText() == wording.request
    assert dialog.ui.organisation.currentText() == "Отделение ювенальной полиции"
    # switching the letter's language swaps untouched standard wording, and the addressee's name
    choose(dialog.ui.lang, "kk")
    assert dialog.ui.subject.text() == service.default_texts("police", "kk").subject
    assert dialog.ui.organisation.currentText() == "Ювеналдық полиция бөлімшесі"
    # the user's own words are never replaced by a change of kind
    dialog.ui.subject.setText("Менің тақырыбым")
    choose(dialog.ui.kind, "commission")
    assert dialog.ui.subject.text() == "Менің тақырыбым"


def test_save_issue_send_and_reply(qtbot, service, actor, student_id, click_save, answer_boxes,
                                   previews, register_snapshot: Snapshot):
    dialog = new_dialog(qtbot, service, actor, student_id)
    choose(dialog.ui.lang, "ru")
    choose(dialog.ui.kind, "police")
    dialog.ui.contact_person.setText("Жұмабаева Әлия")
    dialog.ui.reply_by.setDate(QDate(date.today() + timedelta(days=20)))
    answer_boxes(QMessageBox.StandardButton.Yes)  # «issue?»
    # issuing a new referral saves it first (answered Save), then numbers it
    answer_boxes(QMessageBox.StandardButton.Save)
    calls: list[str] = []
    original = QMessageBox.question

    def answer(parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
        calls.append(text)
        return QMessageBox.StandardButton.Save if "saved first" in text else QMessageBox.StandardButton.Yes

    QMessageBox.question = staticmethod(answer)  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(dialog.ui.issue, Qt.MouseButton.LeftButton)
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert len(calls) == 2
    record = service.get(actor, dialog.referral_id)
    assert record.letter is not None and record.letter.number == 1
    assert record.data.contact_person == "Жұмабаева Әлия"
    assert previews and previews[-1] == service.pdf(actor, record.id)
    assert dialog.ui.subject.isReadOnly() and not dialog.ui.kind.isEnabled()
    assert dialog.ui.issue.text() == "&Print…"
    assert "Issued as No. 1 of" in dialog.ui.letter_info.text()

    # sending in the future: the message under the field, nothing stored
    dialog.ui.sent_on.setDate(QDate(date.today() + timedelta(days=3)))
    dialog.ui.sent_how.setCurrentText("by post")
    before = register_snapshot()
    qtbot.mouseClick(dialog.ui.save_sent, Qt.MouseButton.LeftButton)
    assert dialog.findChild(type(dialog.ui.status), "sent_on_error").text()
    assert register_snapshot() == before
    dialog.ui.sent_on.setDate(QDate(date.today()))
    qtbot.mouseClick(dialog.ui.save_sent, Qt.MouseButton.LeftButton)
    record = service.get(actor, record.id)
    assert (record.sent_on, record.sent_how, record.status) == (date.today(), "by post", "sent")

    dialog.ui.reply_no.setText("№ 45")
    dialog.ui.reply_date.setDate(QDate(date.today()))
    dialog.ui.outcome.setPlainText("Проведена беседа")
    qtbot.mouseClick(dialog.ui.save_reply, Qt.MouseButton.LeftButton)
    record = service.get(actor, record.id)
    assert (record.reply_no, record.outcome, record.status) == ("45", "Проведена беседа", "replied")
    # the Print… of an issued letter shows the stored bytes again
    qtbot.mouseClick(dialog.ui.issue, Qt.MouseButton.LeftButton)
    assert previews[-1] == previews[0]


def test_empty_referral_shows_messages_and_stores_nothing(qtbot, service, actor, click_save,
                                                          register_snapshot: Snapshot):
    dialog = new_dialog(qtbot, service, actor, None)
    before = register_snapshot()
    click_save(dialog)
    assert dialog.isVisible() or dialog.result() == 0
    shown = {name for name in ("student_id", "kind", "contact_person")
             if dialog.findChild(type(dialog.ui.status), f"{name}_error") is not None}
    assert shown == {"student_id", "kind", "contact_person"}
    assert register_snapshot() == before


def test_too_long_subject_is_refused_beside_the_field(qtbot, service, actor, student_id, click_save,
                                                      register_snapshot: Snapshot):
    dialog = new_dialog(qtbot, service, actor, student_id)
    choose(dialog.ui.kind, "police")
    dialog.ui.contact_person.setText("Жұмабаева Әлия")
    dialog.ui.subject.setText("Ә" * 301)
    before = register_snapshot()
    click_save(dialog)
    label = dialog.findChild(type(dialog.ui.status), "subject_error")
    assert label is not None and "300" in label.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.letter_tab
    assert register_snapshot() == before


def test_measures_are_filled_from_the_childs_records(qtbot, service, actor, student_id,
                                                     make_registration, no_modal_boxes):
    make_registration(student_id)
    dialog = new_dialog(qtbot, service, actor, student_id)
    choose(dialog.ui.lang, "ru")
    qtbot.mouseClick(dialog.ui.fill_measures, Qt.MouseButton.LeftButton)
    assert dialog.ui.measures_taken.toPlainText() == "\n".join(
        service.measures_taken_for(actor, student_id, "ru"))
    assert dialog.ui.measures_taken.toPlainText()


def test_discarding_unsaved_edits_asks_first(qtbot, service, actor, student_id, answer_boxes):
    dialog = new_dialog(qtbot, service, actor, student_id)
    dialog.show()
    dialog.ui.contact_person.setText("Кто-то")
    seen = answer_boxes(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert seen == ["Discard the changes you made?"] and dialog.isVisible()
