"""A referral letter: the child, the addressee and the text; issuing it numbers it in the outgoing
journal and keeps the exact PDF; sending and the reply are recorded on their own tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ..i18n import label
from ..services import AccessDenied, Actor, NotFound, ValidationError
from ..services.organisations import OrganisationService
from ..services.referrals import (
    PROFILE_FIELDS,
    REFERRAL_KINDS,
    REFERRAL_STATUSES,
    REPORT_FIELDS,
    SENT_WAYS,
    ReferralData,
    ReferralRecord,
    ReferralService,
)
from ..services.students import StudentService, class_name
from .forms.ui_referral_dialog import Ui_ReferralDialog
from .printing import LANG_NAMES, auditor, last_document_lang, preview
from .record_dialog import RecordDialog
from .student_picker import StudentPicker
from .widgets import (
    FieldErrors,
    fill_combo,
    format_date,
    get_date,
    make_optional,
    select_data,
    set_date,
)

LINES = ("subject", "contact_person", "contact_position", "contact_phone", "profile_teacher",
         "report_dates", "report_psychologist")
TEXTS = ("grounds", "request") + tuple(f for f in PROFILE_FIELDS + REPORT_FIELDS if f not in LINES)
LISTS = ("measures_taken", "attachments")
LETTER_FIELDS = ("kind", "organisation", "lang", "representative", "reply_by", *LINES, *TEXTS, *LISTS)


class ReferralDialog(RecordDialog):
    RECORD_TYPE = "referral"
    def __init__(self, service: ReferralService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.actor = service, actor
        self.students = StudentService(service.register)
        self.organisations = OrganisationService(service.register)
        self.record: ReferralRecord | None = None
        self.referral_id: int | None = None
        self.student_id: int | None = None
        self.student_text = ""
        self._defaults_shown: tuple[str, str] | None = None  # (kind, lang) of the texts shown
        self.setup_form(Ui_ReferralDialog(), [
            "student", "kind", "organisation", "lang", "representative", "reply_by", *LINES,
            *TEXTS, *LISTS])
        ui = self.ui
        # the service names ids; the widgets are the combos
        self.errors.widgets.update({"organisation_id": ui.organisation,
                                    "representative_id": ui.representative, "student_id": ui.student})
        self.status_errors = FieldErrors({n: getattr(ui, n) for n in (
            "sent_on", "sent_how", "reply_no", "reply_date", "outcome")} | {"letter": ui.letter_info})
        for edit in (ui.reply_by, ui.sent_on, ui.reply_date):
            make_optional(edit)
        self.setMinimumSize(760, 600)
        ui.choose_student.clicked.connect(self._choose_student)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.lang.currentIndexChanged.connect(self._lang_changed)
        ui.use_defaults.clicked.connect(lambda: self._apply_defaults(force=True))
        ui.fill_measures.clicked.connect(self._fill_measures)
        ui.preview.clicked.connect(self._preview)
        ui.issue.clicked.connect(self._issue)
        ui.save_sent.clicked.connect(self._save_sent)
        ui.save_reply.clicked.connect(self._save_reply)

    # --- texts of the interface -----------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        kind = ui.kind.currentData()
        fill_combo(ui.kind, [(None, "")] + [(c, label(REFERRAL_KINDS, c)) for c in REFERRAL_KINDS])
        select_data(ui.kind, kind)
        lang = ui.lang.currentData()
        fill_combo(ui.lang, list(LANG_NAMES.items()))
        select_data(ui.lang, lang or last_document_lang())
        how = ui.sent_how.currentText()
        ui.sent_how.clear()
        ui.sent_how.addItems([label(SENT_WAYS, c) for c in SENT_WAYS])
        ui.sent_how.setCurrentText(how)
        ui.student.setText(self.student_text or self.tr("not chosen"))
        self._show_state()

    def _show_state(self) -> None:
        ui, record = self.ui, self.record
        issued = record is not None and record.letter is not None
        if record is None:
            self.setWindowTitle(self.tr("New referral letter"))
        else:
            self.setWindowTitle(self.tr("Referral: %1").replace("%1", record.student_name))
        status = record.status if record else "draft"
        ui.status.setText(self.tr("Status: %1").replace("%1", label(REFERRAL_STATUSES, status)))
        if issued and record is not None and record.letter is not None:
            ui.letter_info.setText(self.tr("Issued as No. %1 of %2. The text of an issued letter "
                                           "cannot be changed; print it again from here.")
                                   .replace("%1", str(record.letter.number))
                                   .replace("%2", format_date(record.letter.issued_on)))
        else:
            ui.letter_info.setText(self.tr("Issue the letter first; then record when it was sent "
                                           "and the reply."))
        for name in (*LETTER_FIELDS, "choose_student", "use_defaults", "fill_measures"):
            widget = getattr(ui, name)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(issued)
            else:
                widget.setEnabled(not issued)
        for name in ("sent_on", "sent_how", "save_sent", "reply_no", "reply_date", "outcome",
                     "save_reply"):
            getattr(ui, name).setEnabled(issued)
        ui.issue.setText(self.tr("&Print…") if issued else self.tr("&Issue the letter…"))
        ui.preview.setVisible(not issued)
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.pmpk_tab), ui.kind.currentData() == "pmpk")

    # --- the surface ----------------------------------------------------------------------
    def start_for(self, student_id: int | None = None, kind: str | None = None) -> None:
        self.load(None)
        if student_id is not None:
            self._set_student(student_id)
        if kind:
            select_data(self.ui.kind, kind)
        self.mark_clean()

    def reload_saved(self, record_id: int) -> None:
        self.load(self.service.get(self.actor, record_id))

    def load(self, record: ReferralRecord | None) -> None:
        self.record = record
        self.referral_id = record.id if record else None
        d = record.data if record else ReferralData(lang=last_document_lang())
        ui = self.ui
        self.student_id = d.student_id
        self.student_text = (f"{record.student_name}, {record.class_name}" if record else "")
        ui.student.setText(self.student_text or self.tr("not chosen"))
        self._defaults_shown = None
        ui.kind.blockSignals(True)
        select_data(ui.kind, d.kind or None)
        ui.kind.blockSignals(False)
        ui.lang.blockSignals(True)
        select_data(ui.lang, d.lang)
        ui.lang.blockSignals(False)
        self._fill_organisations(d.organisation_id)
        self._fill_representatives(d.representative_id)
        set_date(ui.reply_by, d.reply_by)
        for name in LINES:
            getattr(ui, name).setText(getattr(d, name))
        for name in TEXTS:
            getattr(ui, name).setPlainText(getattr(d, name))
        for name in LISTS:
            getattr(ui, name).setPlainText("\n".join(getattr(d, name)))
        set_date(ui.sent_on, record.sent_on if record else None)
        ui.sent_how.setCurrentText(record.sent_how if record else "")
        ui.reply_no.setText(record.reply_no if record else "")
        set_date(ui.reply_date, record.reply_date if record else None)
        ui.outcome.setPlainText(record.outcome if record else "")
        if record is not None:
            self._defaults_shown = (d.kind, d.lang) if self._texts_are_defaults(d.kind, d.lang) else None
        self._show_state()
        self.mark_clean()

    def values(self) -> ReferralData:
        ui = self.ui
        d = ReferralData(
            student_id=self.student_id, organisation_id=ui.organisation.currentData(),
            kind=ui.kind.currentData() or "", lang=ui.lang.currentData() or "ru",
            representative_id=ui.representative.currentData(), reply_by=get_date(ui.reply_by))
        for name in LINES:
            setattr(d, name, getattr(ui, name).text())
        for name in TEXTS:
            setattr(d, name, getattr(ui, name).toPlainText())
        for name in LISTS:
            setattr(d, name, [x.strip() for x in getattr(ui, name).toPlainText().splitlines() if x.strip()])
        return d

    def validate(self) -> ReferralData | None:
        return self.run_checked(lambda: self.service.validate(self.values(), self.referral_id))

    def save(self) -> bool:
        if self.record is not None and self.record.letter is not None:
            self.saved_id = self.referral_id  # issued: the text is fixed; nothing to save
            return True
        if self.validate() is None:
            self._show_tab_of_first_error()
            return False
        saved = self.run_checked(lambda: self.service.save(self.actor, self.values(), self.referral_id))
        if saved is None:
            self._show_tab_of_first_error()
            return False
        self.saved_id = saved
        return True

    def _show_tab_of_first_error(self) -> None:
        ui = self.ui
        for tab in (ui.letter_tab, ui.pmpk_tab):
            if any(tab.isAncestorOf(self.errors.widgets[f]) for f in self.errors.labels):
                ui.tabs.setCurrentWidget(tab)
                return

    # --- choices --------------------------------------------------------------------------
    def _choose_student(self) -> None:
        picker = StudentPicker(self.students, self.actor, parent=self)
        if picker.exec() and picker.chosen_ids:
            self._set_student(picker.chosen_ids[0])

    def _set_student(self, student_id: int) -> None:
        record = self.students.get(self.actor, student_id)
        self.student_id = student_id
        grade = class_name(record.data.grade or 0, record.data.class_letter)
        self.student_text = f"{record.full_name}, {grade}"
        self.ui.student.setText(self.student_text)
        self._fill_representatives(None)

    def _fill_organisations(self, chosen: int | None) -> None:
        kind = self.ui.kind.currentData()
        lang = self.ui.lang.currentData() or "ru"
        rows = self.organisations.search(self.actor, kind=kind) if kind else []
        items: list[tuple[Any, str]] = [(None, "")]
        items += [(r.id, (r.name_kk if lang == "kk" and r.name_kk else r.name_ru)) for r in rows]
        fill_combo(self.ui.organisation, items)
        if chosen is None and len(rows) == 1:
            chosen = rows[0].id
        select_data(self.ui.organisation, chosen)

    def _fill_representatives(self, chosen: int | None) -> None:
        items: list[tuple[Any, str]] = [(None, self.tr("the family's legal representative"))]
        if self.student_id is not None:
            student = self.students.get(self.actor, self.student_id)
            family_id = student.data.family_id
            if family_id is not None:
                from ..services.families import FamilyService
                from ..services.students import full_name

                family = FamilyService(self.service.register).get(self.actor, family_id)
                items += [(m.id, full_name(m.last_name, m.first_name, m.patronymic))
                          for m in family.data.members if m.id is not None]
        fill_combo(self.ui.representative, items)
        select_data(self.ui.representative, chosen)

    def _kind_changed(self) -> None:
        self._fill_organisations(None)
        self._apply_defaults(force=False)
        self._show_state()

    def _lang_changed(self) -> None:
        self._fill_organisations(self.ui.organisation.currentData())
        self._apply_defaults(force=False)

    def _texts_are_defaults(self, kind: str, lang: str) -> bool:
        if kind not in REFERRAL_KINDS or lang not in LANG_NAMES:
            return False
        t = self.service.default_texts(kind, lang)
        ui = self.ui
        return (ui.subject.text() == t.subject and ui.grounds.toPlainText() == t.grounds
                and ui.request.toPlainText() == t.request
                and ui.attachments.toPlainText() == "\n".join(t.attachments))

    def _texts_empty(self) -> bool:
        ui = self.ui
        return not (ui.subject.text().strip() or ui.grounds.toPlainText().strip()
                    or ui.request.toPlainText().strip() or ui.attachments.toPlainText().strip())

    def _apply_defaults(self, force: bool) -> None:
        """Fill the kind's standard wording: always on request, else only over empty texts or
        over the standard wording of the previous kind or language (never over the user's)."""
        ui = self.ui
        kind, lang = ui.kind.currentData(), ui.lang.currentData()
        if not kind or not lang:
            return
        untouched = self._defaults_shown is not None and self._texts_are_defaults(*self._defaults_shown)
        if not force and not (self._texts_empty() or untouched):
            return
        t = self.service.default_texts(kind, lang)
        ui.subject.setText(t.subject)
        ui.grounds.setPlainText(t.grounds)
        ui.request.setPlainText(t.request)
        ui.attachments.setPlainText("\n".join(t.attachments))
        self._defaults_shown = (kind, lang)

    def _fill_measures(self) -> None:
        if self.student_id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose the student first."))
            return
        measures = self.service.measures_taken_for(self.actor, self.student_id,
                                                    self.ui.lang.currentData() or "ru")
        if not measures:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Nothing done for this child is recorded yet."))
            return
        current = self.ui.measures_taken.toPlainText().strip()
        if current and QMessageBox.question(
                self, self.windowTitle(), self.tr("Replace the measures written here?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        self.ui.measures_taken.setPlainText("\n".join(measures))

    # --- the letter -----------------------------------------------------------------------
    def _saved_first(self) -> bool:
        if self.referral_id is not None and not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("The referral must be saved first. Save it now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        return answer == QMessageBox.StandardButton.Save and self.save_and_stay()

    def _preview(self) -> None:
        if not self._saved_first():
            return
        rid = self.referral_id
        assert rid is not None
        preview(self, lambda: self.service.pdf(self.actor, rid), self.windowTitle(),
                f"referral-draft-{rid}.pdf")

    def _issue(self) -> None:
        record = self.record
        if record is not None and record.letter is not None:
            rid = record.id
            preview(self, lambda: self.service.pdf(self.actor, rid), self.windowTitle(),
                    f"letter-{record.letter.year}-{record.letter.number}.pdf",
                    auditor(self, self.service.register, self.actor, "referral", rid))
            return
        if not self._saved_first():
            return
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Issue the letter? It takes the next number of the outgoing journal, and its "
                    "text can no longer be changed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        issuing = self.referral_id
        assert issuing is not None
        letter = self.run_checked(lambda: self.service.issue(self.actor, issuing))
        if letter is None:
            self._show_tab_of_first_error()
            return
        self.saved_id = issuing
        self.reload_saved(issuing)
        preview(self, lambda: self.service.pdf(self.actor, issuing), self.windowTitle(),
                f"letter-{letter.year}-{letter.number}.pdf",
                auditor(self, self.service.register, self.actor, "referral", issuing))

    def _record(self, action: Callable[[], Any]) -> None:
        """Record the sending or the reply: errors beside their fields, nothing else touched."""
        self.status_errors.clear()
        try:
            action()
        except ValidationError as exc:
            self.status_errors.show(exc)
            return
        except (AccessDenied, NotFound):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Nothing was recorded: the "
                                "referral was archived meanwhile or you may not change it."))
            return
        rid = self.referral_id
        assert rid is not None
        self.saved_id = rid
        self.reload_saved(rid)

    def _save_sent(self) -> None:
        ui = self.ui
        rid = self.referral_id
        if rid is None:
            return
        self._record(lambda: self.service.record_sent(self.actor, rid, get_date(ui.sent_on),
                                                      ui.sent_how.currentText()))

    def _save_reply(self) -> None:
        ui = self.ui
        rid = self.referral_id
        if rid is None:
            return
        self._record(lambda: self.service.record_reply(self.actor, rid, ui.reply_no.text(),
                                                       get_date(ui.reply_date),
                                                       ui.outcome.toPlainText()))


def open_referral(parent: QWidget | None, service: ReferralService, actor: Actor, record_id: int) -> bool:
    """Open a referral; True when something was saved or recorded."""
    dialog = ReferralDialog(service, actor, parent)
    dialog.load(service.get(actor, record_id))
    result = dialog.exec()
    return bool(result) or dialog.saved_id is not None


def new_referral(parent: QWidget | None, service: ReferralService, actor: Actor, *,
                 student_id: int | None = None, kind: str | None = None) -> int | None:
    dialog = ReferralDialog(service, actor, parent)
    dialog.start_for(student_id, kind)
    dialog.exec()
    return dialog.saved_id
