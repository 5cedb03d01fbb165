"""Printed documents from stored records: acts, plans, the incident report, the chronology
certificate and blank pre-numbered forms.

Each method reads the record through its own service (so that service's access rule applies),
turns it into the plain data of a ``documents`` module and returns the PDF bytes. Nothing is
written, except the reservation of the numbers of blank forms (the ``Setting`` table, one key per
kind of form and year), which is stored only once the PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..db import Register
from ..documents import blank_forms as blank_doc
from ..documents import chronology_certificate as cert_doc
from ..documents import home_visit_act as act_doc
from ..documents import incident_report as incident_doc
from ..documents import preventive_plan as plan_doc
from ..documents import support_plan as sen_doc
from ..documents.base import Letterhead
from ..models import School, Setting
from . import access
from .catalog import REGISTER_GROUNDS, REGISTER_KINDS
from .chronology import ChronologyService
from .context import Actor
from .errors import NotFound, ValidationError
from .families import FamilyService
from .home_visits import CONCLUSIONS, HomeVisitService, parse_people
from .incidents import (
    INCIDENT_TYPES,
    PARTICIPANT_ROLES,
    RESPONSE_STEPS,
    IncidentService,
    draft_narrative_date,
)
from .messages import QT_TRANSLATE_NOOP, register_messages
from .referrals import REFERRAL_KINDS
from .referrals import TIMELINE_TITLES as REFERRAL_TITLES
from .registrations import REMOVAL_REASONS, RegistrationService
from .school import SchoolService
from .students import StudentService, class_name, full_name
from .support_plans import (
    GOAL_DOMAINS,
    NEED_TYPES,
    SPECIALISTS,
    TIMELINE_TITLES,
    SupportPlanService,
    specialist_codes,
)
from .timeline import TimelineEntry

LANGS = ("kk", "ru")
BLANK_MIN, BLANK_MAX = 1, 50
VISIT_ACTS_KEY = "blank_visit_acts_reserved_{year}"
INCIDENT_FORMS_KEY = "blank_incident_forms_reserved_{year}"
FIRST_YEAR = 2000

MESSAGES = {
    "document_lang": QT_TRANSLATE_NOOP(
        "Validation", "Choose the language of the document: Kazakh or Russian."),
    "document_no_school": QT_TRANSLATE_NOOP(
        "Validation", "Fill in the school profile first: every document carries the school's "
                      "name, BIN and address."),
}
register_messages(MESSAGES)


def _code(value: str, catalog: dict[str, str]) -> str:
    """A catalog code for ``value`` when it is a code or its English label; else ``value``."""
    if value in catalog:
        return value
    for code, label in catalog.items():
        if value == label:
            return code
    return value


# Wordings a standard response step may carry: the English label of its code, the document's own
# Kazakh and Russian wording and the demo register's Russian wording.
def _standard_step_titles() -> dict[str, set[str]]:
    from ..demo_names import RESPONSE_STEPS as DEMO_STEPS

    titles = {code: {label} for code, label in RESPONSE_STEPS.items()}
    for code, words in incident_doc.STEPS.items():
        titles.setdefault(code, set()).update(words.values())
    for code, text in DEMO_STEPS.items():
        titles.setdefault(code, set()).add(text)
    return titles


@dataclass(frozen=True)
class _Child:
    name: str
    birth_date: date | None
    iin: str
    class_name: str
    address: str
    family_id: int | None


class DocumentService:
    """Documents of the register, in Kazakh ("kk") or Russian ("ru")."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- the school -------------------------------------------------------------------------
    def letterhead(self, actor: Actor) -> Letterhead:
        """The school profile as printed on letterheads.

        Raises:
            ValidationError: on ``school`` (``document_no_school``) in a register without a profile.
        """
        profile = SchoolService(self.register).get(actor)
        if profile is None:
            raise ValidationError.single("school", "document_no_school")
        row = School.select(School.email, School.logo).where(
            School.deleted == False).first()  # noqa: E712
        email = str(row.email or "") if row is not None else ""
        logo = bytes(row.logo) if row is not None and row.logo else None
        return Letterhead(name_kk=profile.name_kk, name_ru=profile.name_ru, bin=profile.bin,
                          address=profile.address, phone=profile.phone, email=email,
                          director_name=profile.director_name, logo=logo)

    # --- acts and plans ---------------------------------------------------------------------
    def home_visit_act_data(self, actor: Actor, visit_id: int) -> act_doc.HomeVisitAct:
        access.check(actor, access.READ, "home_visit")
        record = HomeVisitService(self.register).get(actor, visit_id)
        d = record.data
        children: list[act_doc.ActChild] = []
        address = record.family_address
        if d.student_id is not None:
            child = self._child(actor, d.student_id)
            if child is not None:
                children.append(_act_child(child))
                address = address or child.address
            elif record.student_name:
                children.append(act_doc.ActChild(name=record.student_name))
        elif d.family_id is not None:
            for sid, name, cls in FamilyService(self.register).get(actor, d.family_id).children:
                child = self._child(actor, sid)
                children.append(_act_child(child) if child is not None
                                else act_doc.ActChild(name=name, class_name=cls))
        people = act_doc.ActPerson
        return act_doc.HomeVisitAct(
            letterhead=self.letterhead(actor), act_no=d.act_no, visit_date=_required(d.visit_date),
            visit_time=d.visit_time, purpose=d.purpose, requested_by=d.requested_by, address=address,
            family_title=record.family_title,
            commission=tuple(people(n, r) for n, r in parse_people(d.commission)),
            children=tuple(children),
            residents=tuple(people(n, r) for n, r in parse_people(d.residents)),
            housing_ownership=d.housing_ownership, rooms=d.rooms, area_m2=d.area_m2,
            housing_condition=d.housing_condition, water=d.water, heating=d.heating,
            sewerage=d.sewerage, gas=d.gas, electricity=d.electricity, sanitary_state=d.sanitary_state,
            child_corner=d.child_corner, child_desk=d.child_desk, child_bed=d.child_bed,
            seasonal_clothes=d.seasonal_clothes, school_supplies=d.school_supplies, food=d.food,
            computer=d.computer, parents_attention=d.parents_attention, family_climate=d.family_climate,
            neglect_signs=d.neglect_signs, child_words=d.child_words, conclusion=d.conclusion,
            recommendations=d.recommendations, measures=d.measures, next_visit_on=d.next_visit_on,
            signatures=d.signatures, refused_to_sign=d.refused_to_sign)

    def home_visit_act(self, actor: Actor, visit_id: int, lang: str) -> bytes:
        """The act of one home visit as PDF bytes.

        Raises:
            ValidationError: ``lang`` is not "kk" or "ru", or the register has no school profile.
            NotFound: no live act with this id.
        """
        _check_lang(lang)
        return act_doc.build(self.home_visit_act_data(actor, visit_id), lang)

    def preventive_plan_data(self, actor: Actor, registration_id: int) -> plan_doc.PreventivePlan:
        access.check(actor, access.READ, "registration")
        record = RegistrationService(self.register).get(actor, registration_id)
        d = record.data
        birth = None
        if d.student_id is not None:
            child = self._child(actor, d.student_id)
            birth = child.birth_date if child is not None else None
        return plan_doc.PreventivePlan(
            letterhead=self.letterhead(actor), subject=record.subject, kind=d.kind, ground=d.ground,
            start_date=_required(d.start_date), birth_date=birth, protocol_no=d.protocol_no,
            protocol_date=d.protocol_date, initiator=d.initiator,
            parents_informed_on=d.parents_informed_on, curator=d.curator, responsible=d.responsible,
            notes=d.notes,
            measures=tuple(plan_doc.PlanMeasure(m.measure, m.responsible, m.deadline, m.status,
                                                       m.result) for m in d.measures),
            reviews=tuple(plan_doc.PlanReview(r.review_date, r.summary, r.decision,
                                                     r.next_review_on) for r in d.reviews),
            removed_on=d.removed_on, removal_reason=d.removal_reason,
            removal_protocol_no=d.removal_protocol_no)

    def preventive_plan(self, actor: Actor, registration_id: int, lang: str) -> bytes:
        """The individual preventive-work plan of one register entry as PDF bytes.

        Raises:
            ValidationError: ``lang`` is not "kk" or "ru", or the register has no school profile.
            NotFound: no live register entry with this id.
        """
        _check_lang(lang)
        return plan_doc.build(self.preventive_plan_data(actor, registration_id), lang)

    def support_plan_data(self, actor: Actor, plan_id: int) -> sen_doc.SupportPlan:
        access.check(actor, access.READ, "support_plan")
        record = SupportPlanService(self.register).get(actor, plan_id)
        d = record.data
        child = self._child(actor, d.student_id) if d.student_id is not None else None
        parent = ""
        if child is not None and child.family_id is not None:
            parent = ", ".join(name for name, _ in self._representatives(actor, child.family_id))
        goals = tuple(sen_doc.SupportGoal(
            domain=_code(g.domain, GOAL_DOMAINS), goal=g.goal, method=g.method,
            specialist=_specialist(g.specialist), frequency=g.frequency, period=g.period)
            for g in d.goals)
        return sen_doc.SupportPlan(
            letterhead=self.letterhead(actor), student_name=record.student_name,
            class_name=record.student_class, birth_date=child.birth_date if child else None,
            pmpk_no=d.pmpk_no, pmpk_date=d.pmpk_date, pmpk_valid_until=d.pmpk_valid_until,
            need_type=_code(d.need_type, NEED_TYPES), programme=d.programme,
            education_form=d.education_form, specialists=tuple(d.specialists),
            special_conditions=d.special_conditions, start_date=d.start_date, end_date=d.end_date,
            goals=goals,
            reviews=tuple(sen_doc.SupportReview(r.review_date, r.progress, r.decision)
                          for r in d.reviews),
            parent_name=parent, parent_acknowledged_on=d.parent_acknowledged_on)

    def support_plan(self, actor: Actor, plan_id: int, lang: str) -> bytes:
        """The special-needs plan as PDF bytes.

        Raises:
            ValidationError: ``lang`` is not "kk" or "ru", or the register has no school profile.
            NotFound: no live plan with this id.
        """
        _check_lang(lang)
        return sen_doc.build(self.support_plan_data(actor, plan_id), lang)

    def incident_report_data(self, actor: Actor, incident_id: int) -> incident_doc.IncidentReport:
        access.check(actor, access.READ, "incident")
        record = IncidentService(self.register).get(actor, incident_id)
        d = record.data
        standard = _standard_step_titles()
        steps = tuple(incident_doc.IncidentStep(
            title=s.title, code=s.code, standard=s.title in standard.get(s.code, ()),
            deadline_at=s.deadline_at, done_at=s.done_at, done_by=s.done_by,
            not_applicable=s.not_applicable, note=s.note) for s in d.steps)
        children = tuple(incident_doc.IncidentChild(name=p.name, role=p.role,
                                                       class_name=p.class_name, notes=p.notes)
                         for p in d.participants)
        return incident_doc.IncidentReport(
            letterhead=self.letterhead(actor), incident_no=str(record.id),
            incident_type=d.incident_type, occurred_at=d.occurred_at, reported_at=d.reported_at,
            reporter=d.reporter, place=d.place, narrative=d.narrative,
            draft_date=draft_narrative_date(d.narrative) or "", child_words=d.child_words,
            injuries=d.injuries, children=children, adult_involved=d.adult_involved,
            adult_relation=d.adult_relation, steps=steps, follow_up=d.follow_up, status=d.status,
            closed_on=d.closed_on, closure_note=d.closure_note)

    def incident_report(self, actor: Actor, incident_id: int, lang: str) -> bytes:
        """The incident report as PDF bytes (always marked confidential).

        Raises:
            ValidationError: ``lang`` is not "kk" or "ru", or the register has no school profile.
            NotFound: no live incident with this id.
        """
        _check_lang(lang)
        return incident_doc.build(self.incident_report_data(actor, incident_id), lang)

    # --- the chronology certificate ---------------------------------------------------------
    def chronology_certificate_data(self, actor: Actor, student_id: int,
                                    today: date | None = None
                                    ) -> cert_doc.ChronologyCertificate:
        access.check(actor, access.READ, "chronology")
        today = today or date.today()
        child = self._child(actor, student_id, required=True)
        assert child is not None
        entries = [e for e in ChronologyService(self.register).for_student(actor, student_id)
                   if e.when <= today]
        plans = SupportPlanService(self.register)
        rows = tuple(self._plan_row(actor, plans, e) if e.kind == "support_plan"
                     and e.title == TIMELINE_TITLES["plan"] else _chronology_row(e) for e in entries)
        reps = (tuple(self._representatives(actor, child.family_id))
                if child.family_id is not None else ())
        return cert_doc.ChronologyCertificate(
            letterhead=self.letterhead(actor),
            child=cert_doc.CertificateChild(
                name=child.name, birth_date=child.birth_date, iin=child.iin,
                class_name=child.class_name, address=child.address, representatives=reps),
            period_from=min((e.when for e in entries), default=None), period_to=today,
            issued_on=today, rows=rows)

    def chronology_certificate(self, actor: Actor, student_id: int, lang: str,
                               today: date | None = None) -> bytes:
        """«Справка / Анықтама»: every record about the child up to ``today``, newest first.

        A psychologist's session is listed only as a consultation with its date.

        Raises:
            ValidationError: ``lang`` is not "kk" or "ru", or the register has no school profile.
            NotFound: no live student with this id.
        """
        _check_lang(lang)
        return cert_doc.build(
            self.chronology_certificate_data(actor, student_id, today), lang)

    # --- blank forms ------------------------------------------------------------------------
    def blank_visit_acts(self, actor: Actor, count: int, lang: str, year: int | None = None) -> bytes:
        """``count`` blank acts (two pages each) numbered after the highest act No. of ``year``
        and after every number reserved before; the numbers are reserved once the PDF is made.

        Raises:
            ValidationError: ``count`` outside 1..50, a bad ``year`` or ``lang``, no school profile;
                nothing is reserved.
        """
        _check_lang(lang)
        _check_count(count)
        year = _check_year(year)
        access.check(actor, access.WRITE, "home_visit")
        visits = HomeVisitService(self.register)
        head = self.letterhead(actor)
        key = VISIT_ACTS_KEY.format(year=year)
        with self.db.atomic():
            highest = int(visits.next_act_no(actor, year)) - 1
            first = max(highest, _reserved(key)) + 1
            numbers = tuple(str(n) for n in range(first, first + count))
            pdf = blank_doc.build(blank_doc.BlankForms("visit_act", head, year, numbers), lang)
            _reserve(key, first + count - 1)
        return pdf

    def blank_incident_forms(self, actor: Actor, count: int, lang: str) -> bytes:
        """``count`` blank incident reports, one page each, numbered on from the last batch of
        this year; the numbers are reserved once the PDF is made.

        Raises:
            ValidationError: ``count`` outside 1..50, a bad ``lang``, no school profile; nothing
                is reserved.
        """
        _check_lang(lang)
        _check_count(count)
        access.check(actor, access.WRITE, "incident")
        year = date.today().year
        head = self.letterhead(actor)
        key = INCIDENT_FORMS_KEY.format(year=year)
        with self.db.atomic():
            first = _reserved(key) + 1
            numbers = tuple(str(n) for n in range(first, first + count))
            pdf = blank_doc.build(blank_doc.BlankForms("incident", head, year, numbers), lang)
            _reserve(key, first + count - 1)
        return pdf

    def last_reserved_act_no(self, actor: Actor, year: int) -> int:
        """The highest act No. of ``year`` printed on blank acts (0 when none was printed)."""
        access.check(actor, access.READ, "home_visit")
        return _reserved(VISIT_ACTS_KEY.format(year=year))

    # --- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _plan_row(actor: Actor, plans: SupportPlanService,
                  e: TimelineEntry) -> cert_doc.ChronologyRow:
        """A support plan's entry: the conclusion No. and the plan period; the need as a code."""
        d = plans.get(actor, e.record_id).data
        period = " – ".join(x for x in (_dmy(d.start_date), _dmy(d.end_date)) if x)
        text = f"№ {d.pmpk_no}" + (f" ({period})" if period else "")
        return cert_doc.ChronologyRow(e.when, e.kind, "plan",
                                                    code=_code(d.need_type, NEED_TYPES), text=text)

    def _child(self, actor: Actor, student_id: int, *, required: bool = False) -> _Child | None:
        try:
            s = StudentService(self.register).get(actor, student_id)
        except NotFound:
            if required:
                raise
            return None
        d = s.data
        return _Child(name=full_name(d.last_name, d.first_name, d.patronymic),
                      birth_date=d.birth_date, iin=d.iin,
                      class_name=class_name(d.grade, d.class_letter) if d.grade is not None else "",
                      address=d.address_actual or d.address_registered, family_id=d.family_id)

    def _representatives(self, actor: Actor, family_id: int) -> list[tuple[str, str]]:
        """(name, relation code) of the family's legal representatives."""
        try:
            family = FamilyService(self.register).get(actor, family_id)
        except NotFound:
            return []
        return [(full_name(m.last_name, m.first_name, m.patronymic), m.relation)
                for m in family.data.members if m.is_legal_representative]


# ---------------------------------------------------------------------------- module helpers
def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValidationError.single("lang", "document_lang")


def _check_count(count: int) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or not BLANK_MIN <= count <= BLANK_MAX:
        raise ValidationError.single("count", "number_range", min=BLANK_MIN, max=BLANK_MAX)


def _check_year(year: int | None) -> int:
    this_year = date.today().year
    if year is None:
        return this_year
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= this_year + 1:
        raise ValidationError.single("year", "number_range", min=FIRST_YEAR, max=this_year + 1)
    return year


def _reserved(key: str) -> int:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return 0
    try:
        return max(int(str(row.value).strip() or 0), 0)
    except ValueError:
        return 0


def _reserve(key: str, last: int) -> None:
    Setting.insert(key=key, value=str(last)).on_conflict_replace().execute()


def _dmy(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _required(value: date | None) -> date:
    if value is None:  # validation makes these dates required; an old file may still lack one
        raise ValidationError.single("date", "required")
    return value


def _specialist(text: str) -> str:
    """A goal's specialist as a code when it names exactly one known specialist."""
    codes = specialist_codes(text)
    return codes[0] if len(codes) == 1 and codes[0] in SPECIALISTS else text


def _act_child(child: _Child) -> act_doc.ActChild:
    return act_doc.ActChild(name=child.name, birth_date=child.birth_date, iin=child.iin,
                                   class_name=child.class_name, address=child.address)


_REMOVAL_LABELS = set(REMOVAL_REASONS.values())


def _chronology_row(e: TimelineEntry) -> cert_doc.ChronologyRow:
    """A timeline entry as codes and the record's own words; nothing of a session but its date."""
    row = cert_doc.ChronologyRow
    if e.kind == "session":
        return row(e.when, "session")
    if e.kind == "registration":
        ground = _code(e.title, REGISTER_GROUNDS)
        if e.detail in _REMOVAL_LABELS:
            return row(e.when, e.kind, "removal", ground, _code(e.detail, REMOVAL_REASONS))
        return row(e.when, e.kind, "start", ground, _code(e.detail, REGISTER_KINDS))
    if e.kind == "home_visit":
        return row(e.when, e.kind, code=_code(e.title, CONCLUSIONS), text=e.detail)
    if e.kind == "support_plan":
        event = "review" if e.title == TIMELINE_TITLES["review"] else "plan"
        return row(e.when, e.kind, event, text=e.detail)
    if e.kind == "incident":
        return row(e.when, e.kind, code=_code(e.title, INCIDENT_TYPES),
                   detail_code=_code(e.detail, PARTICIPANT_ROLES))
    if e.kind == "referral":
        if e.title == REFERRAL_TITLES["reply"]:
            return row(e.when, e.kind, "reply", text=e.detail)
        return row(e.when, e.kind, "letter", code=_code(e.title, REFERRAL_KINDS), text=e.detail)
    return row(e.when, e.kind, text=e.detail)  # a kind this certificate does not know yet


__all__ = ["DocumentService", "MESSAGES"]
