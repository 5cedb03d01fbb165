"""Referral letters: to the PMPK, a rehabilitation or crisis centre, the juvenile police (ОЮП),
the commission for minors' affairs (КДНиЗП / КІСҚҚК), the guardianship body, a polyclinic.

A referral is a draft until it is issued: :meth:`ReferralService.issue` numbers it in the
outgoing-letter journal (:mod:`.journal`) and stores the PDF made with that number (the letter,
or for the PMPK the whole package: letter, teacher's profile, psychologist's report). After that
its text is fixed; what follows is recorded on it: when and how it was sent, and the reply.

Status: ``draft`` (no number yet), ``issued`` (numbered, not sent), ``sent``, ``replied``, and
``overdue`` (issued, the reply-by date has passed, no reply recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..db import Register
from ..db.search import tokens
from ..documents import referral as doc
from ..documents.base import Letterhead, fmt_date
from ..models import Family, FamilyMember, Organisation, Referral, School, Student
from . import access, validators
from .catalog import RESTRICTED_GROUNDS
from .context import Actor
from .errors import Collector, NotFound, ValidationError
from .journal import LetterPdfMissing, LetterRecord, OutgoingJournal
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import full_name
from .timeline import DueItem, TimelineEntry

RECORD_TYPE = "referral"

REFERRAL_KINDS = {
    "pmpk": QT_TRANSLATE_NOOP("Catalog", "referral to the PMPK"),
    "rehab": QT_TRANSLATE_NOOP("Catalog", "referral to a rehabilitation centre"),
    "crisis": QT_TRANSLATE_NOOP("Catalog", "referral to a crisis centre"),
    "police": QT_TRANSLATE_NOOP("Catalog", "letter to the juvenile police (ОЮП)"),
    "commission": QT_TRANSLATE_NOOP("Catalog", "letter to the commission for minors' affairs (КДНиЗП)"),
    "guardianship": QT_TRANSLATE_NOOP("Catalog", "letter to the guardianship body"),
    "polyclinic": QT_TRANSLATE_NOOP("Catalog", "referral to a polyclinic"),
}
REFERRAL_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Catalog", "draft"),
    "issued": QT_TRANSLATE_NOOP("Catalog", "issued, not sent"),
    "sent": QT_TRANSLATE_NOOP("Catalog", "sent, reply awaited"),
    "replied": QT_TRANSLATE_NOOP("Catalog", "reply received"),
    "overdue": QT_TRANSLATE_NOOP("Catalog", "reply overdue"),
}
# Suggestions for "sent how"; the record keeps the words as typed.
SENT_WAYS = {
    "hand": QT_TRANSLATE_NOOP("Catalog", "delivered by hand"),
    "post": QT_TRANSLATE_NOOP("Catalog", "by post"),
    "email": QT_TRANSLATE_NOOP("Catalog", "by e-mail"),
    "edms": QT_TRANSLATE_NOOP("Catalog", "through the electronic document system"),
}
TIMELINE_TITLES = {
    "reply": QT_TRANSLATE_NOOP("Catalog", "reply to a referral"),
}
LANGS = ("kk", "ru")

MESSAGES = {
    "referral_gone": QT_TRANSLATE_NOOP(
        "Validation", "This record is no longer in the register: choose again."),
    "referral_organisation_kind": QT_TRANSLATE_NOOP(
        "Validation", "This organisation is of another kind: choose the addressee among the "
                      "organisations of this kind."),
    "referral_representative": QT_TRANSLATE_NOOP(
        "Validation", "Choose the legal representative among the child's family members."),
    "referral_reply_by_past": QT_TRANSLATE_NOOP(
        "Validation", "The reply-by date cannot be before today."),
    "referral_issued": QT_TRANSLATE_NOOP(
        "Validation", "The letter was issued as No. {number} of {date}: its text can no longer "
                      "be changed."),
    "referral_already_issued": QT_TRANSLATE_NOOP(
        "Validation", "This referral was already issued as No. {number} of {date}."),
    "referral_not_issued": QT_TRANSLATE_NOOP(
        "Validation", "The letter has not been issued yet: issue it first."),
    "referral_no_school": QT_TRANSLATE_NOOP(
        "Validation", "Fill in the school profile first: the letterhead is made from it."),
    "referral_pmpk_needed": QT_TRANSLATE_NOOP(
        "Validation", "The PMPK package needs this: fill it in before issuing."),
    "referral_too_many": QT_TRANSLATE_NOOP("Validation", "At most {max} lines."),
}
register_messages(MESSAGES)

SUBJECT_MAX = 300
GROUNDS_MAX = 4000
REQUEST_MAX = 2000
ITEM_MAX = 500
MEASURES_MAX_ITEMS = 30
ATTACHMENT_MAX = 250
ATTACHMENTS_MAX_ITEMS = 20
PERSON_MAX = 200
POSITION_MAX = 100
SENT_HOW_MAX = 100
REPLY_NO_MAX = 50
PACKAGE_TEXT_MAX = 3000
REPLY_BY_MAX_DAYS = 366

PROFILE_FIELDS = ("profile_teacher", "profile_attendance", "profile_progress",
                  "profile_behaviour", "profile_peers", "profile_interests",
                  "profile_difficulties", "profile_conclusion")
REPORT_FIELDS = ("report_dates", "report_methods", "report_results", "report_conclusion",
                 "report_recommendations", "report_psychologist")
_ONE_LINE = ("profile_teacher", "report_dates", "report_psychologist")
# What a PMPK referral cannot be issued without.
PMPK_REQUIRED = ("profile_teacher", "profile_conclusion", "report_dates", "report_conclusion",
                 "report_psychologist")


@dataclass
class ReferralData:
    """What the referral dialog edits (the letter's text; sending and reply are recorded apart)."""

    student_id: int | None = None
    organisation_id: int | None = None
    kind: str = ""
    lang: str = "ru"
    representative_id: int | None = None  # a family member; the family's legal representative if None
    subject: str = ""
    grounds: str = ""
    measures_taken: list[str] = field(default_factory=list)
    request: str = ""
    attachments: list[str] = field(default_factory=list)
    reply_by: date | None = None
    contact_person: str = ""
    contact_phone: str = ""
    contact_position: str = ""
    # the PMPK package: the class teacher's profile
    profile_teacher: str = ""
    profile_attendance: str = ""
    profile_progress: str = ""
    profile_behaviour: str = ""
    profile_peers: str = ""
    profile_interests: str = ""
    profile_difficulties: str = ""
    profile_conclusion: str = ""
    # the PMPK package: the psychologist's report
    report_dates: str = ""
    report_methods: str = ""
    report_results: str = ""
    report_conclusion: str = ""
    report_recommendations: str = ""
    report_psychologist: str = ""


@dataclass(frozen=True)
class DefaultTexts:
    """The document's own wording of a kind, to prefill the dialog."""

    subject: str
    grounds: str
    request: str
    attachments: list[str]


@dataclass
class ReferralRecord:
    id: int
    uid: str
    version: int
    data: ReferralData
    status: str
    student_name: str = ""
    class_name: str = ""
    organisation_name: str = ""  # in the letter's language
    letter: LetterRecord | None = None
    sent_on: date | None = None
    sent_how: str = ""
    reply_no: str = ""
    reply_date: date | None = None
    outcome: str = ""


class ReferralRow(NamedTuple):
    """One line of the referral list."""

    id: int
    student_id: int
    student_name: str
    class_name: str
    kind: str
    organisation: str
    subject: str
    number: int | None
    issued_on: date | None
    reply_by: date | None
    sent_on: date | None
    reply_date: date | None
    status: str
    archived: bool


_FIELDS = [f.name for f in fields(ReferralData)]
_LISTS = ("measures_taken", "attachments")
_IDS = ("student_id", "organisation_id", "representative_id")
_COLUMNS = [n for n in _FIELDS if n not in _LISTS and n not in _IDS]


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _dmy(value: date | None) -> str:
    return fmt_date(value)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def _fk(row: Any, name: str) -> int | None:
    value = row.__data__.get(name)
    return None if value is None else int(value)


def status_of(letter_id: int | None, sent_on: date | None, reply_date: date | None,
              reply_by: date | None, today: date) -> str:
    """The status code of a referral (see the module's docstring)."""
    if letter_id is None:
        return "draft"
    if reply_date is not None:
        return "replied"
    if reply_by is not None and reply_by < today:
        return "overdue"
    return "sent" if sent_on is not None else "issued"


def class_label(grade: int | None, letter: str) -> str:
    """«5 «А»» as printed in letters."""
    if grade is None:
        return ""
    return f"{grade} «{letter}»" if letter else str(grade)


# ---------------------------------------------------------------------------- measures wording
REGISTER_WORDS: dict[str, dict[str, str]] = {
    "school": {"kk": "Мектепішілік есеп", "ru": "Внутришкольный учёт"},
    "police": {"kk": "Ювеналдық полиция есебі", "ru": "Учёт в ОЮП"},
    "commission": {"kk": "КІСҚҚК есебі", "ru": "Учёт в КДНиЗП"},
}
MEASURE_WORDS: dict[str, dict[str, str]] = {
    "since": {"kk": "{date} бастап", "ru": "с {date}"},
    "period": {"kk": "{start} – {end}", "ru": "с {start} по {end}"},
    "protocol": {"kk": "№ {no} хаттама", "ru": "протокол № {no}"},
    "visit": {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру, {date} (№ {no} акт)",
              "ru": "Обследование жилищно-бытовых условий, {date} (акт № {no})"},
    "visit_no_number": {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру, {date}",
                        "ru": "Обследование жилищно-бытовых условий, {date}"},
    "session": {"kk": "Педагог-психологтың кеңесі, {dates}",
                "ru": "Консультация педагога-психолога, {dates}"},
    "sessions": {"kk": "Педагог-психологтың кеңестері: {dates}",
                 "ru": "Консультации педагога-психолога: {dates}"},
    "plan": {"kk": "ПМПК-ның {date} № {no} қорытындысы бойынша психологиялық-педагогикалық "
                   "сүйемелдеу",
             "ru": "Психолого-педагогическое сопровождение по заключению ПМПК № {no} от {date}"},
}
# Incident response steps (services.incidents.RESPONSE_STEPS codes) as printed in a letter.
STEP_WORDS: dict[str, dict[str, str]] = {
    "children_separated": {"kk": "Балалар бөлінді, қауіпсіздік қамтамасыз етілді",
                           "ru": "Дети разведены, обеспечена безопасность"},
    "administration_informed": {"kk": "Мектеп әкімшілігі хабардар етілді",
                                "ru": "Проинформирована администрация школы"},
    "police_notified": {"kk": "Полицияға (кәмелетке толмағандар ісі жөніндегі инспекторға) "
                              "хабарланды",
                        "ru": "Сообщено в полицию (инспектору по делам несовершеннолетних)"},
    "parents_informed": {"kk": "Ата-ана (заңды өкілдер) хабардар етілді",
                         "ru": "Проинформированы родители (законные представители)"},
    "guardianship": {"kk": "Қорғаншылық және қамқоршылық органы хабардар етілді",
                     "ru": "Проинформирован орган опеки и попечительства"},
    "helpline_111": {"kk": "Балаға 111 сенім телефоны туралы айтылды",
                     "ru": "Ребёнку сообщён номер телефона доверия 111"},
    "crisis_centre": {"kk": "Дағдарыс орталығына жіберілді",
                      "ru": "Направление в кризисный центр"},
    "psychologist": {"kk": "Педагог-психологтың кеңесі", "ru": "Консультация педагога-психолога"},
}


class ReferralService:
    """Use cases of referral letters."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db
        self.journal = OutgoingJournal(register)

    # --- reading ---------------------------------------------------------------------------
    def get(self, actor: Actor, referral_id: int, today: date | None = None) -> ReferralRecord:
        access.check(actor, access.READ, RECORD_TYPE)
        r = self._existing(referral_id)
        data = self._data(r)
        record = ReferralRecord(
            id=r.id, uid=r.uid, version=r.version, data=data,
            status=status_of(r.letter_id, _day(r.sent_on), _day(r.reply_date), _day(r.reply_by),
                             today or date.today()),
            sent_on=_day(r.sent_on), sent_how=r.sent_how, reply_no=r.reply_no,
            reply_date=_day(r.reply_date), outcome=r.outcome)
        s = Student.get_or_none(Student.id == r.student_id)
        if s is not None:
            record.student_name = full_name(s.last_name, s.first_name, s.patronymic)
            record.class_name = f"{s.grade}{s.class_letter}"
        org = Organisation.get_or_none(Organisation.id == data.organisation_id)
        if org is not None:
            record.organisation_name = org.name_kk if data.lang == "kk" else org.name_ru
        if r.letter_id is not None:
            record.letter = self.journal.get(actor, r.letter_id)
        return record

    @staticmethod
    def _data(r: Referral) -> ReferralData:
        data = ReferralData(**{n: getattr(r, n) for n in _COLUMNS})
        data.reply_by = _day(r.reply_by)
        data.student_id = _fk(r, "student")
        data.organisation_id = _fk(r, "organisation")
        data.representative_id = _fk(r, "representative")
        data.measures_taken = _lines(r.measures_taken)
        data.attachments = _lines(r.attachments)
        return data

    def search(self, actor: Actor, query: str = "", kind: str | None = None,
               status: str | None = None, *, student_id: int | None = None,
               include_archived: bool = False, today: date | None = None) -> list[ReferralRow]:
        """Referrals, newest first; each word of ``query`` starts a word of the child's name
        (Kazakh and Russian spellings fold together); ``kind`` and ``status`` filter."""
        access.check(actor, access.READ, RECORD_TYPE)
        today = today or date.today()
        words = tokens(query)
        if query.strip() and not words:
            return []
        where: list[str] = ["1 = 1"]
        params: list[object] = []
        if not include_archived:
            where.append("r.deleted = 0")
        if kind:
            where.append("r.kind = ?")
            params.append(kind)
        if student_id is not None:
            where.append("r.student_id = ?")
            params.append(student_id)
        sql = (
            "SELECT r.id, r.student_id, s.last_name, s.first_name, s.patronymic, s.grade, "
            "s.class_letter, r.kind, "
            "COALESCE(CASE WHEN r.lang = 'kk' THEN o.name_kk ELSE o.name_ru END, ''), r.subject, "
            "r.letter_id, l.number, l.issued_on, r.reply_by, r.sent_on, r.reply_date, r.deleted "
            "FROM referral r JOIN student s ON s.id = r.student_id "
            "LEFT JOIN organisation o ON o.id = r.organisation_id "
            "LEFT JOIN outgoing_letter l ON l.id = r.letter_id "
            "WHERE " + " AND ".join(where)
            + " ORDER BY COALESCE(l.issued_on, date(r.updated_at)) DESC, r.id DESC")
        rows = []
        for (rid, sid, last, first, patr, grade, letter, rkind, org, subject, letter_id, number,
             issued, reply_by, sent_on, reply_date, deleted) in self.db.execute_sql(sql, params):
            name = full_name(last, first, patr)
            if words:
                haystack = tokens(name)
                if not all(any(t.startswith(w) for t in haystack) for w in words):
                    continue
            st = status_of(letter_id, _day(sent_on), _day(reply_date), _day(reply_by), today)
            if status and st != status:
                continue
            rows.append(ReferralRow(int(rid), int(sid), name, f"{grade}{letter}", rkind, org,
                                    subject, number, _day(issued), _day(reply_by), _day(sent_on),
                                    _day(reply_date), st, bool(deleted)))
        return rows

    def for_student(self, actor: Actor, student_id: int,
                    today: date | None = None) -> list[ReferralRow]:
        return self.search(actor, student_id=student_id, today=today)

    @staticmethod
    def default_texts(kind: str, lang: str) -> DefaultTexts:
        """The document's default subject, grounds, request and attachments of ``kind``.

        Raises:
            ValueError: unknown kind or a language other than kk/ru.
        """
        if kind not in REFERRAL_KINDS:
            raise ValueError(f"unknown referral kind {kind!r}")
        if lang not in LANGS:
            raise ValueError("document language must be 'kk' or 'ru'")
        return DefaultTexts(doc.SUBJECTS[kind][lang], doc.GROUNDS[kind][lang],
                            doc.REQUESTS[kind][lang], list(doc.ATTACHMENTS[kind][lang]))

    def measures_taken_for(self, actor: Actor, student_id: int, lang: str) -> list[str]:
        """What the school already did for the child, in ``lang``, oldest first: register
        entries with their plan measures done, home visits (date and act No.), psychologist
        sessions (the dates only: never their content), the special-needs plan, and the
        incident response steps done.

        Only the areas ``actor`` may read are listed (``services.access``): session dates need
        ``session_summary`` or ``session``, entries on a restricted ground
        ``registration_restricted``, and so on."""
        access.check(actor, access.READ, RECORD_TYPE)
        if lang not in LANGS:
            raise ValueError("document language must be 'kk' or 'ru'")
        found: list[tuple[date, str]] = []
        if access.can(actor, access.READ, "registration"):
            found += self._register_measures(
                student_id, lang, access.can(actor, access.READ, "registration_restricted"))
        if access.can(actor, access.READ, "home_visit"):
            found += self._visit_measures(student_id, lang)
        if access.readable(actor, "session", "session_summary"):
            found += self._session_measures(student_id, lang)
        if access.can(actor, access.READ, "support_plan"):
            found += self._plan_measures(student_id, lang)
        if access.can(actor, access.READ, "incident"):
            found += self._step_measures(student_id, lang)
        found.sort(key=lambda item: item[0])
        seen: set[str] = set()
        result = []
        for _, text in found:
            if text not in seen:
                seen.add(text)
                result.append(text)
        return result

    def _register_measures(self, student_id: int, lang: str,
                           restricted: bool = True) -> list[tuple[date, str]]:
        """Register entries and their measures done (``restricted``: with the entries on a
        restricted ground)."""
        w = MEASURE_WORDS
        found: list[tuple[date, str]] = []
        entries = self.db.execute_sql(
            "SELECT id, kind, start_date, removed_on, protocol_no, ground FROM registration "
            "WHERE deleted = 0 AND (student_id = ? OR family_id = "
            "(SELECT family_id FROM student WHERE id = ?))", (student_id, student_id)).fetchall()
        for rid, kind, start, removed, protocol, ground in entries:
            if not restricted and ground in RESTRICTED_GROUNDS:
                continue
            start_d, removed_d = _day(start), _day(removed)
            assert start_d is not None
            label = REGISTER_WORDS.get(kind, REGISTER_WORDS["school"])[lang]
            when = (w["period"][lang].format(start=_dmy(start_d), end=_dmy(removed_d)) if removed_d
                    else w["since"][lang].format(date=_dmy(start_d)))
            text = f"{label}: {when}"
            if protocol:
                text += f" ({w['protocol'][lang].format(no=protocol)})"
            found.append((start_d, text))
            for measure, deadline, result in self.db.execute_sql(
                    "SELECT measure, deadline, result FROM plan_measure WHERE registration_id = ? "
                    "AND deleted = 0 AND status = 'done' ORDER BY position, id", (rid,)):
                due = _day(deadline)
                text = validators.clean(measure)
                if due is not None:
                    text += f" ({_dmy(due)})"
                if result and result.strip():
                    text += f": {validators.clean(result)}"
                found.append((due or start_d, text))
        return found

    def _visit_measures(self, student_id: int, lang: str) -> list[tuple[date, str]]:
        found = []
        for on, act_no in self.db.execute_sql(
                "SELECT visit_date, act_no FROM home_visit WHERE deleted = 0 AND (student_id = ? "
                "OR family_id = (SELECT family_id FROM student WHERE id = ?))",
                (student_id, student_id)):
            day = _day(on)
            assert day is not None
            key = "visit" if act_no else "visit_no_number"
            found.append((day, MEASURE_WORDS[key][lang].format(date=_dmy(day), no=act_no)))
        return found

    def _session_measures(self, student_id: int, lang: str) -> list[tuple[date, str]]:
        """Only the dates: what was said in a session is the psychologist's alone."""
        days = sorted({d for (on,) in self.db.execute_sql(
            "SELECT session_date FROM psy_session WHERE deleted = 0 AND (student_id = ? OR id IN "
            "(SELECT session_id FROM session_participant WHERE student_id = ? AND deleted = 0))",
            (student_id, student_id)) if (d := _day(on)) is not None})
        if not days:
            return []
        key = "session" if len(days) == 1 else "sessions"
        return [(days[0], MEASURE_WORDS[key][lang].format(dates=", ".join(map(_dmy, days))))]

    def _plan_measures(self, student_id: int, lang: str) -> list[tuple[date, str]]:
        found = []
        for no, pmpk_date, start in self.db.execute_sql(
                "SELECT pmpk_no, pmpk_date, start_date FROM support_plan WHERE deleted = 0 "
                "AND student_id = ?", (student_id,)):
            day = _day(pmpk_date) or _day(start)
            if day is None:
                continue
            found.append((day, MEASURE_WORDS["plan"][lang].format(no=no or "—",
                                                                  date=_dmy(_day(pmpk_date)))))
        return found

    def _step_measures(self, student_id: int, lang: str) -> list[tuple[date, str]]:
        from .incidents import NOT_APPLICABLE

        found = []
        for code, title, done_at in self.db.execute_sql(
                "SELECT s.code, s.title, s.done_at FROM response_step s "
                "JOIN incident i ON i.id = s.incident_id "
                "WHERE s.deleted = 0 AND i.deleted = 0 AND s.done_at IS NOT NULL "
                "AND substr(s.note, 1, ?) <> ? AND i.id IN (SELECT incident_id FROM "
                "incident_participant WHERE student_id = ? AND deleted = 0)",
                (len(NOT_APPLICABLE), NOT_APPLICABLE, student_id)):
            day = _day(done_at)
            assert day is not None
            words = STEP_WORDS[code][lang] if code in STEP_WORDS else validators.clean(title)
            found.append((day, f"{words}, {_dmy(day)}"))
        return found

    def timeline(self, actor: Actor, student_id: int) -> list[TimelineEntry]:
        """Issued referrals (dated by the letter) and their replies; drafts have not happened."""
        access.check(actor, access.READ, RECORD_TYPE)
        entries = []
        for rid, kind, lang, number, issued, org_kk, org_ru, reply_no, reply_date, outcome in (
                self.db.execute_sql(
                    "SELECT r.id, r.kind, r.lang, l.number, l.issued_on, o.name_kk, o.name_ru, "
                    "r.reply_no, r.reply_date, r.outcome FROM referral r "
                    "JOIN outgoing_letter l ON l.id = r.letter_id "
                    "LEFT JOIN organisation o ON o.id = r.organisation_id "
                    "WHERE r.deleted = 0 AND r.student_id = ?", (student_id,))):
            org = (org_kk if lang == "kk" else org_ru) or ""
            issued_d = _day(issued)
            assert issued_d is not None
            entries.append(TimelineEntry(when=issued_d, kind=RECORD_TYPE, record_id=int(rid),
                                         title=REFERRAL_KINDS.get(kind, kind),
                                         detail=" · ".join(x for x in (f"№ {number}", org) if x)))
            replied = _day(reply_date)
            if replied is not None:
                detail = ": ".join(x for x in (f"№ {reply_no}" if reply_no else "", outcome) if x)
                entries.append(TimelineEntry(when=replied, kind=RECORD_TYPE, record_id=int(rid),
                                             title=TIMELINE_TITLES["reply"], detail=detail))
        entries.sort(key=lambda e: (e.when, e.record_id))
        return entries

    def due(self, actor: Actor, today: date, horizon_days: int = 14) -> list[DueItem]:
        """Issued referrals still without a reply whose reply-by date falls by
        ``today + horizon_days`` (overdue ones included), for children still at school."""
        access.check(actor, access.READ, RECORD_TYPE)
        rows = self.db.execute_sql(
            "SELECT r.id, r.reply_by, r.student_id, s.last_name || ' ' || s.first_name, "
            "COALESCE(CASE WHEN r.lang = 'kk' THEN o.name_kk ELSE o.name_ru END, '') "
            "FROM referral r JOIN student s ON s.id = r.student_id "
            "LEFT JOIN organisation o ON o.id = r.organisation_id "
            "WHERE r.reply_date IS NULL AND r.reply_by IS NOT NULL AND r.reply_by <= ? "
            "AND r.deleted = 0 AND r.letter_id IS NOT NULL "
            "AND s.deleted = 0 AND s.archived_at IS NULL ORDER BY r.reply_by, r.id",
            ((today + timedelta(days=horizon_days)).isoformat(),)).fetchall()
        items = []
        for rid, by, sid, name, org in rows:
            due_on = _day(by)
            assert due_on is not None
            items.append(DueItem(due=due_on, kind="reply", record_kind=RECORD_TYPE,
                                 record_id=int(rid), student_id=int(sid),
                                 title=f"{name}: {org}" if org else name))
        return items

    # --- validating and saving -------------------------------------------------------------
    def validate(self, data: ReferralData, referral_id: int | None = None,
                 today: date | None = None) -> ReferralData:
        """Check and normalise ``data`` (a copy is returned).

        Raises:
            ValidationError: naming every wrong field.
        """
        today = today or date.today()
        d = ReferralData(**{n: getattr(data, n) for n in _FIELDS})
        d.measures_taken = list(data.measures_taken)
        d.attachments = list(data.attachments)
        c = Collector()
        old = Referral.get_or_none(Referral.id == referral_id) if referral_id is not None else None
        student = self._check_student(c, d)
        if not d.kind:
            c.add("kind", "required")
        elif d.kind not in REFERRAL_KINDS:
            c.add("kind", "bad_choice")
        if d.lang not in LANGS:
            c.add("lang", "bad_choice")
        self._check_organisation(c, d, old)
        self._check_representative(c, d, student)
        d.subject = validators.clean(d.subject)
        validators.text(c, "subject", d.subject, limit=SUBJECT_MAX, required=True)
        for name, limit in (("grounds", GROUNDS_MAX), ("request", REQUEST_MAX)):
            setattr(d, name, "\n".join(_lines(getattr(d, name))))
            validators.text(c, name, getattr(d, name), limit=limit, required=True)
        d.measures_taken = self._check_items(c, "measures_taken", d.measures_taken, ITEM_MAX,
                                             MEASURES_MAX_ITEMS)
        d.attachments = self._check_items(c, "attachments", d.attachments, ATTACHMENT_MAX,
                                          ATTACHMENTS_MAX_ITEMS)
        if d.reply_by is not None:
            changed = old is None or _day(old.reply_by) != d.reply_by
            if changed and d.reply_by < today:
                c.add("reply_by", "referral_reply_by_past")
            elif d.reply_by > today + timedelta(days=REPLY_BY_MAX_DAYS):
                c.add("reply_by", "date_too_far")
        d.contact_person = validators.clean(d.contact_person)
        validators.text(c, "contact_person", d.contact_person, limit=PERSON_MAX, required=True)
        d.contact_phone = validators.clean(d.contact_phone)
        validators.phone(c, "contact_phone", d.contact_phone)
        d.contact_position = validators.clean(d.contact_position)
        validators.text(c, "contact_position", d.contact_position, limit=POSITION_MAX)
        for name in (*PROFILE_FIELDS, *REPORT_FIELDS):
            if name in _ONE_LINE:
                setattr(d, name, validators.clean(getattr(d, name)))
                validators.text(c, name, getattr(d, name), limit=PERSON_MAX)
            else:
                setattr(d, name, "\n".join(_lines(getattr(d, name))))
                validators.text(c, name, getattr(d, name), limit=PACKAGE_TEXT_MAX)
        if old is not None and old.letter_id is not None:
            letter = self.db.execute_sql("SELECT number, issued_on FROM outgoing_letter "
                                         "WHERE id = ?", (old.letter_id,)).fetchone()
            c.add("letter", "referral_issued", number=letter[0] if letter else "",
                  date=_dmy(_day(letter[1])) if letter else "")
        c.raise_if_any()
        return d

    @staticmethod
    def _check_student(c: Collector, d: ReferralData) -> Student | None:
        if d.student_id is None:
            c.add("student_id", "choose_student")
            return None
        student = Student.get_or_none((Student.id == d.student_id)
                                      & (Student.deleted == False))  # noqa: E712
        if student is None:
            c.add("student_id", "referral_gone")
        return student

    def _check_organisation(self, c: Collector, d: ReferralData, old: Referral | None) -> None:
        if d.organisation_id is None:
            c.add("organisation_id", "required")
            return
        org = Organisation.get_or_none(Organisation.id == d.organisation_id)
        kept = old is not None and _fk(old, "organisation") == d.organisation_id
        if org is None or (org.deleted and not kept):
            c.add("organisation_id", "referral_gone")
            return
        if d.kind in REFERRAL_KINDS and org.kind != d.kind:
            # a school whose directory has no organisation of this kind writes to another one
            others = Organisation.select().where((Organisation.kind == d.kind)
                                                 & (Organisation.deleted == False))  # noqa: E712
            if others.exists():
                c.add("organisation_id", "referral_organisation_kind")

    @staticmethod
    def _check_representative(c: Collector, d: ReferralData, student: Student | None) -> None:
        if d.representative_id is None or student is None:
            return
        member = FamilyMember.get_or_none((FamilyMember.id == d.representative_id)
                                          & (FamilyMember.deleted == False))  # noqa: E712
        if member is None or student.family_id is None or member.family_id != student.family_id:
            c.add("representative_id", "referral_representative")

    @staticmethod
    def _check_items(c: Collector, name: str, items: list[str], limit: int,
                     most: int) -> list[str]:
        cleaned = [validators.clean(i) for i in items]
        cleaned = [i for i in cleaned if i]
        if len(cleaned) > most:
            c.add(name, "referral_too_many", max=most)
        for row, item in enumerate(cleaned, start=1):
            if len(item) > limit:
                c.add(name, "row_invalid", row=row, problem="too_long", max=limit)
        return cleaned

    def save(self, actor: Actor, data: ReferralData, referral_id: int | None = None,
             today: date | None = None) -> int:
        """Validate and store a draft referral; return its id.

        Raises:
            ValidationError: bad input, or the letter is already issued; nothing is stored.
            NotFound: ``referral_id`` names no live referral.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        if referral_id is not None:
            self._existing(referral_id)
        d = self.validate(data, referral_id, today)
        with self.db.atomic():
            r = Referral() if referral_id is None else self._existing(referral_id)
            for name in _COLUMNS:
                setattr(r, name, getattr(d, name))
            r.measures_taken = "\n".join(d.measures_taken)
            r.attachments = "\n".join(d.attachments)
            for name in _IDS:  # the ids (peewee declares the foreign keys without *_id fields)
                setattr(r, name.removesuffix("_id"), getattr(d, name))
            if referral_id is None:
                r.updated_by = actor.device_id
            else:
                r.touch(actor.device_id)
            r.save()
        return int(r.id)

    def archive(self, actor: Actor, referral_id: int) -> None:
        """Move a referral to the archive; an issued letter keeps its journal number."""
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            r = self._existing(referral_id)
            r.deleted = True
            r.touch(actor.device_id)
            r.save()

    def restore(self, actor: Actor, referral_id: int) -> None:
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            r = Referral.get_or_none((Referral.id == referral_id)
                                     & (Referral.deleted == True))  # noqa: E712
            if r is None:
                raise NotFound(referral_id)
            r.deleted = False
            r.touch(actor.device_id)
            r.save()

    # --- issuing and printing --------------------------------------------------------------
    def issue(self, actor: Actor, referral_id: int, today: date | None = None) -> LetterRecord:
        """Number the letter in the journal, store its PDF (for the PMPK the whole package)
        and link it to the referral; all in one write transaction.

        Raises:
            ValidationError: already issued (``letter``: ``referral_already_issued``), no school
                profile (``school``), the data no longer valid for a new letter (e.g. a reply-by
                date that has passed), or a PMPK package missing its profile or report.
            NotFound: no live referral with this id.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        today = today or date.today()
        with self.db.atomic("IMMEDIATE"):
            r = self._existing(referral_id)
            if r.letter_id is not None:
                number, issued = self.db.execute_sql(
                    "SELECT number, issued_on FROM outgoing_letter WHERE id = ?",
                    (r.letter_id,)).fetchone()
                raise ValidationError.single("letter", "referral_already_issued", number=number,
                                             date=_dmy(_day(issued)))
            data = self._data(r)
            try:
                self.validate(data, None, today)  # as a new letter: the reply-by date too
            except ValidationError as exc:
                errors = exc.errors
            else:
                errors = []
            c = Collector()
            c.errors = list(errors)
            if data.kind == "pmpk":
                for name in PMPK_REQUIRED:
                    if not getattr(data, name).strip():
                        c.add(name, "referral_pmpk_needed")
            school = School.select().where(School.deleted == False).first()  # noqa: E712
            if school is None:
                c.add("school", "referral_no_school")
            c.raise_if_any()
            record = self.journal.issue(
                actor, issued_on=today, organisation_id=data.organisation_id,
                subject=data.subject, lang=data.lang, today=today,
                make_pdf=lambda number, year: self._render(data, str(number), today))
            r.letter_id = record.id
            r.touch(actor.device_id)
            r.save()
        return record

    def pdf(self, actor: Actor, referral_id: int) -> bytes:
        """The issued letter exactly as stored in the journal; for a draft, a preview made now
        (blank number and date, marked as a draft, no QR code).

        A letter numbered in a register written before letters were stored (no PDF in the
        journal) is built now with its journal number and date.

        Raises:
            NotFound: no referral with this id.
            LetterPdfTampered: the stored PDF no longer matches its checksum.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        r = Referral.get_or_none(Referral.id == referral_id)
        if r is None:
            raise NotFound(referral_id)
        data = self._data(r)
        if r.letter_id is None:
            return self._render(data, "", None)
        try:
            return self.journal.get_pdf(actor, r.letter_id)
        except LetterPdfMissing:
            letter = self.journal.get(actor, r.letter_id)
            return self._render(data, str(letter.number), letter.issued_on)

    # --- sending and the reply ---------------------------------------------------------------
    def record_sent(self, actor: Actor, referral_id: int, sent_on: date | None, sent_how: str,
                    today: date | None = None) -> None:
        """Record when and how the issued letter went out.

        Raises:
            ValidationError: not issued (``letter``), ``sent_on`` missing, in the future or
                before the letter's date, ``sent_how`` missing or too long; nothing is stored.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        today = today or date.today()
        with self.db.atomic():
            r = self._existing(referral_id)
            letter = self._issued_letter(actor, r)
            how = validators.clean(sent_how)
            c = Collector()
            self._check_after_letter(c, "sent_on", sent_on, letter, today)
            validators.text(c, "sent_how", how, limit=SENT_HOW_MAX, required=True)
            c.raise_if_any()
            r.sent_on, r.sent_how = sent_on, how
            r.touch(actor.device_id)
            r.save()

    def record_reply(self, actor: Actor, referral_id: int, reply_no: str,
                     reply_date: date | None, outcome: str, today: date | None = None) -> None:
        """Record the addressee's reply: its No., date and what it says or decides.

        Raises:
            ValidationError: not issued (``letter``), ``reply_date`` missing, in the future or
                before the letter's date, texts too long; nothing is stored.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        today = today or date.today()
        with self.db.atomic():
            r = self._existing(referral_id)
            letter = self._issued_letter(actor, r)
            number = validators.clean(reply_no)
            if number.startswith("№"):
                number = number[1:].strip()
            text = "\n".join(_lines(outcome))
            c = Collector()
            self._check_after_letter(c, "reply_date", reply_date, letter, today)
            validators.text(c, "reply_no", number, limit=REPLY_NO_MAX)
            validators.text(c, "outcome", text)
            c.raise_if_any()
            r.reply_no, r.reply_date, r.outcome = number, reply_date, text
            r.touch(actor.device_id)
            r.save()

    def _issued_letter(self, actor: Actor, r: Referral) -> LetterRecord:
        if r.letter_id is None:
            raise ValidationError.single("letter", "referral_not_issued")
        return self.journal.get(actor, r.letter_id)

    @staticmethod
    def _check_after_letter(c: Collector, name: str, value: date | None, letter: LetterRecord,
                            today: date) -> None:
        validators.past_date(c, name, value, today=today, required=True)
        if value is not None and value < letter.issued_on:
            c.add(name, "date_order", other=_dmy(letter.issued_on))

    # --- the document ----------------------------------------------------------------------
    def _render(self, data: ReferralData, number: str, issued_on: date | None) -> bytes:
        letter = self._letter(data, number, issued_on)
        if data.kind == "pmpk":
            package = doc.PmpkPackage(
                letter,
                doc.TeacherProfile(
                    teacher_name=data.profile_teacher, attendance=data.profile_attendance,
                    progress=data.profile_progress, behaviour=data.profile_behaviour,
                    peers=data.profile_peers, interests=data.profile_interests,
                    difficulties=data.profile_difficulties, conclusion=data.profile_conclusion),
                doc.PsychologistReport(
                    exam_dates=data.report_dates, methods=data.report_methods,
                    results=data.report_results, conclusion=data.report_conclusion,
                    recommendations=data.report_recommendations,
                    psychologist_name=data.report_psychologist))
            return doc.build_pmpk_package(package, data.lang)
        return doc.build(letter, data.lang)

    def _letter(self, data: ReferralData, number: str, issued_on: date | None) -> doc.ReferralLetter:
        lang = data.lang
        school = School.select().where(School.deleted == False).first()  # noqa: E712
        head = (Letterhead(name_kk=school.name_kk, name_ru=school.name_ru, bin=school.bin,
                           address=school.address, phone=school.phone, email=school.email,
                           director_name=school.director_name, logo=school.logo)
                if school is not None else Letterhead(name_kk="", name_ru=""))
        org = Organisation.get_or_none(Organisation.id == data.organisation_id)
        addressee = (doc.Addressee(org.name_kk if lang == "kk" else org.name_ru, org.head_name,
                                   org.address) if org is not None else doc.Addressee(""))
        s = Student.get_by_id(data.student_id)
        address = s.address_actual or s.address_registered
        representative = None
        if data.representative_id is not None:
            representative = FamilyMember.get_or_none(FamilyMember.id == data.representative_id)
        family = Family.get_or_none(Family.id == s.family_id) if s.family_id is not None else None
        if family is not None:
            address = address or family.address_actual or family.address_registered
            if representative is None:
                representative = (FamilyMember.select()
                                  .where((FamilyMember.family == s.family_id)
                                         & (FamilyMember.deleted == False)  # noqa: E712
                                         & (FamilyMember.is_legal_representative == True))  # noqa: E712
                                  .order_by(FamilyMember.position, FamilyMember.id).first())
        child = doc.ReferralChild(s.last_name, s.first_name, s.patronymic, _day(s.birth_date),
                                  s.iin or "", class_label(s.grade, s.class_letter), address)
        rep_name = rep_relation = rep_phone = ""
        if representative is not None:
            rep_name = full_name(representative.last_name, representative.first_name,
                                 representative.patronymic)
            rep_relation, rep_phone = representative.relation, representative.phone
        return doc.ReferralLetter(
            letterhead=head, kind=data.kind, addressee=addressee, child=child, number=number,
            issued_on=issued_on, representative_name=rep_name,
            representative_relation=rep_relation, representative_phone=rep_phone,
            subject=data.subject, grounds=data.grounds, measures_taken=tuple(data.measures_taken),
            request=data.request, reply_by=data.reply_by, attachments=tuple(data.attachments),
            contact_person=data.contact_person, contact_phone=data.contact_phone,
            specialist_name=data.contact_person, specialist_position=data.contact_position)

    @staticmethod
    def _existing(referral_id: int) -> Referral:
        r = Referral.get_or_none((Referral.id == referral_id)
                                 & (Referral.deleted == False))  # noqa: E712
        if r is None:
            raise NotFound(referral_id)
        return r


__all__ = ["MEASURE_WORDS", "REFERRAL_KINDS", "REFERRAL_STATUSES", "SENT_WAYS", "STEP_WORDS",
           "DefaultTexts", "ReferralData", "ReferralRecord", "ReferralRow", "ReferralService",
           "class_label", "status_of"]
