"""Special-needs plans following a PMPK conclusion: goals per domain, dated reviews, due dates.

A child may have several plans over the years, but on any day at most one plan is in force:
periods that overlap are refused. A plan may be saved without goals (the PMPK conclusion is
recorded the day it arrives; the school's support service writes the goals within days), but
reviews and the parent's acknowledgement are about goals, so they need at least one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..db import Register
from ..models import Student, SupportGoal, SupportPlan, SupportReview, SyncModel
from . import access, validators
from .context import Actor
from .errors import Collector, FieldError, NotFound
from .messages import QT_TRANSLATE_NOOP, register_messages
from .students import class_name, full_name
from .timeline import DueItem, TimelineEntry

RECORD_TYPE = "support_plan"

PROGRAMMES = {
    "general": QT_TRANSLATE_NOOP("Catalog", "general curriculum"),
    "adapted": QT_TRANSLATE_NOOP("Catalog", "adapted curriculum"),
    "special": QT_TRANSLATE_NOOP("Catalog", "special curriculum"),
    "individual": QT_TRANSLATE_NOOP("Catalog", "individual curriculum"),
}
EDUCATION_FORMS = {
    "inclusive": QT_TRANSLATE_NOOP("Catalog", "inclusive class"),
    "special_class": QT_TRANSLATE_NOOP("Catalog", "special class"),
    "home": QT_TRANSLATE_NOOP("Catalog", "home schooling"),
}
SPECIALISTS = {
    "speech_therapist": QT_TRANSLATE_NOOP("Catalog", "speech therapist"),
    "defectologist": QT_TRANSLATE_NOOP("Catalog", "defectologist"),
    "psychologist": QT_TRANSLATE_NOOP("Catalog", "psychologist"),
    "assistant": QT_TRANSLATE_NOOP("Catalog", "teacher assistant"),
}
# Suggestions only: the type of need, a goal's domain and its specialist are free text in the
# record's own words (the PMPK wording, the language the plan is written in).
NEED_TYPES = {
    "delay": QT_TRANSLATE_NOOP("Catalog", "delayed mental development"),
    "speech": QT_TRANSLATE_NOOP("Catalog", "severe speech disorder"),
    "hearing": QT_TRANSLATE_NOOP("Catalog", "hearing impairment"),
    "vision": QT_TRANSLATE_NOOP("Catalog", "visual impairment"),
    "motor": QT_TRANSLATE_NOOP("Catalog", "musculoskeletal disorder"),
    "autism": QT_TRANSLATE_NOOP("Catalog", "autism spectrum disorder"),
    "intellectual": QT_TRANSLATE_NOOP("Catalog", "intellectual disability"),
    "emotional": QT_TRANSLATE_NOOP("Catalog", "emotional and behavioural disorder"),
}
GOAL_DOMAINS = {
    "speech": QT_TRANSLATE_NOOP("Catalog", "speech"),
    "cognition": QT_TRANSLATE_NOOP("Catalog", "cognition"),
    "emotions": QT_TRANSLATE_NOOP("Catalog", "emotions"),
    "communication": QT_TRANSLATE_NOOP("Catalog", "communication"),
    "learning": QT_TRANSLATE_NOOP("Catalog", "learning"),
    "motor": QT_TRANSLATE_NOOP("Catalog", "motor skills"),
    "self_care": QT_TRANSLATE_NOOP("Catalog", "self-care"),
    "behaviour": QT_TRANSLATE_NOOP("Catalog", "behaviour"),
}
# Titles of a child's chronology entries (the detail is in the record's own words).
TIMELINE_TITLES = {
    "plan": QT_TRANSLATE_NOOP("Catalog", "PMPK conclusion and support plan"),
    "review": QT_TRANSLATE_NOOP("Catalog", "support plan review"),
}
# Specialists written out in words (records written before the codes, e.g. by the demo).
_SPECIALIST_WORDS = {
    "speech_therapist": ("логопед", "speech therapist", "учитель-логопед", "мұғалім-логопед"),
    "defectologist": ("дефектолог", "defectologist", "учитель-дефектолог", "мұғалім-дефектолог",
                      "специальный педагог", "арнайы педагог"),
    "psychologist": ("психолог", "педагог-психолог", "psychologist"),
    "assistant": ("ассистент", "ассистент педагога", "учитель-ассистент", "педагог ассистенті",
                  "мұғалім ассистенті", "teacher assistant", "assistant"),
}
_SPECIALIST_ALIASES = {word: code for code, words in _SPECIALIST_WORDS.items() for word in words}

PMPK_MAX_YEARS = 5  # a conclusion valid longer than this is a typo
PLAN_MAX_YEARS = 5
PLAN_START_AHEAD_DAYS = 366  # a plan may be drawn up ahead, but not years ahead
PMPK_NO_MAX = 30
SHORT_MAX = 200

MESSAGES = {
    "pmpk_valid_order": QT_TRANSLATE_NOOP(
        "Validation", "The conclusion must stay valid after the day it was issued ({other})."),
    "pmpk_term": QT_TRANSLATE_NOOP(
        "Validation", "A PMPK conclusion is valid for at most {years} years: check the year."),
    "support_plan_too_long": QT_TRANSLATE_NOOP(
        "Validation", "A plan covers at most {years} years: check the year."),
    "support_plan_overlap": QT_TRANSLATE_NOOP(
        "Validation", "The plan after PMPK No. {no} already covers {start} – {end}: a child has "
                      "one plan at a time. Change the dates or end that plan first."),
    "support_goals_needed": QT_TRANSLATE_NOOP(
        "Validation", "Add at least one goal: reviews and the parent's acknowledgement refer "
                      "to the goals."),
    "support_goal_invalid": QT_TRANSLATE_NOOP("Validation", "Goal {row}: {problem}"),
    "support_review_invalid": QT_TRANSLATE_NOOP("Validation", "Review {row}: {problem}"),
}
register_messages(MESSAGES)


@dataclass
class GoalData:
    domain: str = ""
    goal: str = ""
    method: str = ""
    specialist: str = ""
    frequency: str = ""
    period: str = ""
    id: int | None = None


@dataclass
class ReviewData:
    review_date: date | None = None
    progress: str = ""
    decision: str = ""
    id: int | None = None


@dataclass
class SupportPlanData:
    """What the special-needs plan dialog edits."""

    student_id: int | None = None
    pmpk_no: str = ""
    pmpk_date: date | None = None
    pmpk_valid_until: date | None = None
    need_type: str = ""
    programme: str = "general"
    education_form: str = "inclusive"
    specialists: list[str] = field(default_factory=list)  # codes of SPECIALISTS
    special_conditions: str = ""
    start_date: date | None = None
    end_date: date | None = None
    parent_acknowledged_on: date | None = None
    goals: list[GoalData] = field(default_factory=list)
    reviews: list[ReviewData] = field(default_factory=list)


@dataclass
class SupportPlanRecord:
    id: int
    uid: str
    version: int
    data: SupportPlanData
    student_name: str = ""
    student_class: str = ""


class SupportPlanRow(NamedTuple):
    """One plan in a child's list of plans."""

    id: int
    student_id: int
    pmpk_no: str
    pmpk_date: date | None
    pmpk_valid_until: date | None
    need_type: str
    programme: str
    education_form: str
    specialists: str  # comma-separated codes
    start_date: date | None
    end_date: date | None
    goals: int


_SCALARS = ["pmpk_no", "pmpk_date", "pmpk_valid_until", "need_type", "programme",
            "education_form", "special_conditions", "start_date", "end_date",
            "parent_acknowledged_on"]
_GOAL_FIELDS = ["domain", "goal", "method", "specialist", "frequency", "period"]
_REVIEW_FIELDS = ["review_date", "progress", "decision"]
_FAR = date(9999, 12, 31)


def specialist_codes(text: str) -> list[str]:
    """Comma-separated specialists (codes, or words as older records have them) -> codes.

    Known words become codes; unknown words are kept as they are, so nothing is lost silently
    (validation then asks to choose from the list). Duplicates are dropped; codes come in the
    order of :data:`SPECIALISTS`, unknown words after them.
    """
    found: list[str] = []
    for part in text.split(","):
        word = " ".join(part.split())
        if not word:
            continue
        code = word if word in SPECIALISTS else _SPECIALIST_ALIASES.get(word.casefold(), word)
        if code not in found:
            found.append(code)
    order = list(SPECIALISTS)
    return sorted(found, key=lambda c: order.index(c) if c in SPECIALISTS else len(order))


def _fmt(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _date(value: Any) -> date | None:
    """A date column read by raw SQL (ISO text) as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _copy(source: Any, names: list[str], target: Any) -> None:
    for name in names:
        setattr(target, name, getattr(source, name))


def _live(model: type[SyncModel]) -> Any:
    return model.deleted == False  # noqa: E712


class SupportPlanService:
    """Use cases of special-needs plans."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- reading ----------------------------------------------------------------------------
    def get(self, actor: Actor, plan_id: int) -> SupportPlanRecord:
        access.check(actor, access.READ, RECORD_TYPE)
        plan = SupportPlan.get_or_none((SupportPlan.id == plan_id) & _live(SupportPlan))
        if plan is None:
            raise NotFound(plan_id)
        s = plan.student
        data = SupportPlanData(student_id=s.id, specialists=specialist_codes(plan.specialists))
        _copy(plan, _SCALARS, data)
        goals = SupportGoal.select().where((SupportGoal.plan == plan.id) & _live(SupportGoal))
        for g in goals.order_by(SupportGoal.id):
            goal = GoalData(id=g.id)
            _copy(g, _GOAL_FIELDS, goal)
            data.goals.append(goal)
        reviews = SupportReview.select().where((SupportReview.plan == plan.id)
                                               & _live(SupportReview))
        for r in reviews.order_by(SupportReview.review_date, SupportReview.id):
            review = ReviewData(id=r.id)
            _copy(r, _REVIEW_FIELDS, review)
            data.reviews.append(review)
        return SupportPlanRecord(plan.id, plan.uid, plan.version, data,
                                 full_name(s.last_name, s.first_name, s.patronymic),
                                 class_name(s.grade, s.class_letter))

    def student_label(self, actor: Actor, student_id: int) -> str:
        """'Surname Name Patronymic, 5А' of a student, for the dialog's header."""
        access.check(actor, access.READ, RECORD_TYPE)
        s = Student.get_or_none((Student.id == student_id) & _live(Student))
        if s is None:
            raise NotFound(student_id)
        return (f"{full_name(s.last_name, s.first_name, s.patronymic)}, "
                f"{class_name(s.grade, s.class_letter)}")

    def for_student(self, actor: Actor, student_id: int) -> list[SupportPlanRow]:
        """The child's plans, the latest first."""
        access.check(actor, access.READ, RECORD_TYPE)
        return self._rows("p.student_id = ?", [student_id])

    def current_for(self, actor: Actor, student_id: int,
                    today: date | None = None) -> SupportPlanRow | None:
        """The plan in force on ``today`` (at most one: periods never overlap)."""
        access.check(actor, access.READ, RECORD_TYPE)
        day = (today or date.today()).isoformat()
        rows = self._rows("p.student_id = ? AND p.start_date <= ? "
                          "AND (p.end_date IS NULL OR p.end_date >= ?)", [student_id, day, day])
        return rows[0] if rows else None

    def _rows(self, where: str, params: list[object]) -> list[SupportPlanRow]:
        sql = ("SELECT p.id, p.student_id, p.pmpk_no, p.pmpk_date, p.pmpk_valid_until, "
               "p.need_type, p.programme, p.education_form, p.specialists, p.start_date, "
               "p.end_date, (SELECT count(*) FROM support_goal g WHERE g.plan_id = p.id "
               "AND g.deleted = 0) FROM support_plan p WHERE p.deleted = 0 AND " + where +
               " ORDER BY COALESCE(p.start_date, p.pmpk_date) DESC, p.id DESC")
        rows = []
        for r in self.db.execute_sql(sql, params).fetchall():
            rows.append(SupportPlanRow(
                r[0], r[1], r[2], _date(r[3]), _date(r[4]), r[5], r[6], r[7],
                ",".join(specialist_codes(r[8])), _date(r[9]), _date(r[10]), r[11]))
        return rows

    def timeline(self, actor: Actor, student_id: int) -> list[TimelineEntry]:
        """The child's plans (dated by the PMPK conclusion) and each review as its own entry.

        Titles are catalog labels; details are the record's own words: the conclusion's No.,
        the type of need and the plan period; a review's progress and decision.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        entries: list[TimelineEntry] = []
        plans = (SupportPlan.select()
                 .where((SupportPlan.student == student_id) & _live(SupportPlan)))
        for p in plans:
            when = p.pmpk_date or p.start_date
            if when is None:
                continue
            period = f"{_fmt(p.start_date)} – {_fmt(p.end_date)}".strip(" –")
            detail = "; ".join(x for x in (f"№ {p.pmpk_no}", p.need_type, period) if x)
            entries.append(TimelineEntry(when, RECORD_TYPE, p.id, TIMELINE_TITLES["plan"],
                                         detail))
        reviews = (SupportReview.select(SupportReview, SupportPlan.id)
                   .join(SupportPlan)
                   .where((SupportPlan.student == student_id) & _live(SupportPlan)
                          & _live(SupportReview)))
        for r in reviews:
            detail = "; ".join(x for x in (r.progress, r.decision) if x)
            entries.append(TimelineEntry(r.review_date, RECORD_TYPE, r.plan.id,
                                         TIMELINE_TITLES["review"], detail))
        entries.sort(key=lambda e: (e.when, e.record_id))
        return entries

    def due(self, actor: Actor, today: date, horizon_days: int = 30) -> list[DueItem]:
        """PMPK conclusions that expire by ``today + horizon_days`` (expired ones included).

        Only each child's latest conclusion counts (a newer one supersedes it), and only for
        children still at school. One query, driven by the index on ``pmpk_valid_until``.
        """
        access.check(actor, access.READ, RECORD_TYPE)
        limit = (today + timedelta(days=horizon_days)).isoformat()
        rows = self.db.execute_sql(
            "SELECT p.id, p.pmpk_valid_until, p.pmpk_no, s.id, s.last_name, s.first_name, "
            "s.patronymic, s.grade, s.class_letter "
            "FROM support_plan p JOIN student s ON s.id = p.student_id "
            "WHERE p.pmpk_valid_until <= ? AND p.deleted = 0 "
            "AND s.deleted = 0 AND s.archived_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM support_plan n WHERE n.student_id = p.student_id "
            "AND n.deleted = 0 AND n.id <> p.id AND (n.pmpk_date > p.pmpk_date "
            "OR (n.pmpk_date = p.pmpk_date AND n.id > p.id))) "
            "ORDER BY p.pmpk_valid_until, p.id", (limit,)).fetchall()
        return [DueItem(due=_date(until) or today, kind="pmpk_expiry", record_kind=RECORD_TYPE,
                        record_id=pid, student_id=sid,
                        title=f"{full_name(last, first, patr)} ({class_name(grade, letter)}): "
                              f"№ {no}")
                for pid, until, no, sid, last, first, patr, grade, letter in rows]

    # --- writing ----------------------------------------------------------------------------
    def validate(self, data: SupportPlanData, plan_id: int | None = None,
                 today: date | None = None) -> SupportPlanData:
        """Check and normalise a plan with its goals and reviews.

        Raises:
            ValidationError: naming each wrong field; goal and review problems use the fields
                ``goals`` and ``reviews`` with the row number (from 1) and the inner problem.
        """
        today = today or date.today()
        c = Collector()
        d = data
        d.pmpk_no = validators.clean(d.pmpk_no)
        d.need_type = validators.clean(d.need_type)
        d.special_conditions = d.special_conditions.strip()
        d.specialists = specialist_codes(",".join(d.specialists))
        if d.student_id is None or not Student.select().where(
                (Student.id == d.student_id) & _live(Student)).exists():
            c.add("student_id", "choose_student")
        validators.text(c, "pmpk_no", d.pmpk_no, limit=PMPK_NO_MAX, required=True)
        validators.past_date(c, "pmpk_date", d.pmpk_date, today=today, required=True)
        if d.pmpk_valid_until is not None and d.pmpk_date is not None:
            if d.pmpk_valid_until <= d.pmpk_date:
                c.add("pmpk_valid_until", "pmpk_valid_order", other=_fmt(d.pmpk_date))
            elif d.pmpk_valid_until > _add_years(d.pmpk_date, PMPK_MAX_YEARS):
                c.add("pmpk_valid_until", "pmpk_term", years=PMPK_MAX_YEARS)
        validators.text(c, "need_type", d.need_type, limit=SHORT_MAX)
        if d.programme not in PROGRAMMES:
            c.add("programme", "bad_choice")
        if d.education_form not in EDUCATION_FORMS:
            c.add("education_form", "bad_choice")
        if any(code not in SPECIALISTS for code in d.specialists):
            c.add("specialists", "bad_choice")
        validators.text(c, "special_conditions", d.special_conditions)
        self._validate_period(c, d, today)
        validators.past_date(c, "parent_acknowledged_on", d.parent_acknowledged_on, today=today)
        if (d.parent_acknowledged_on and d.pmpk_date
                and d.parent_acknowledged_on < d.pmpk_date):
            c.add("parent_acknowledged_on", "date_order", other=_fmt(d.pmpk_date))
        self._validate_goals(c, d.goals)
        self._validate_reviews(c, d, today)
        if not d.goals and (d.reviews or d.parent_acknowledged_on):
            c.add("goals", "support_goals_needed")
        if not any(e.field in ("student_id", "start_date", "end_date") for e in c.errors):
            self._check_overlap(c, d, plan_id)
        c.raise_if_any()
        return d

    @staticmethod
    def _validate_period(c: Collector, d: SupportPlanData, today: date) -> None:
        if d.start_date is None:
            c.add("start_date", "required")
        elif d.start_date > today + timedelta(days=PLAN_START_AHEAD_DAYS):
            c.add("start_date", "date_too_far")
        elif d.start_date.year < 1900:
            c.add("start_date", "date_too_old")
        elif d.pmpk_date and d.start_date < d.pmpk_date:
            c.add("start_date", "date_order", other=_fmt(d.pmpk_date))
        if d.end_date is not None and d.start_date is not None:
            if d.end_date < d.start_date:
                c.add("end_date", "date_order", other=_fmt(d.start_date))
            elif d.end_date > _add_years(d.start_date, PLAN_MAX_YEARS):
                c.add("end_date", "support_plan_too_long", years=PLAN_MAX_YEARS)

    @staticmethod
    def _validate_goals(c: Collector, goals: list[GoalData]) -> None:
        for row, g in enumerate(goals, start=1):
            for name in _GOAL_FIELDS:
                setattr(g, name, validators.clean(getattr(g, name)))
            sub = Collector()
            validators.text(sub, "domain", g.domain, limit=SHORT_MAX, required=True)
            validators.text(sub, "goal", g.goal, required=True)
            validators.text(sub, "method", g.method)
            for name in ("specialist", "frequency", "period"):
                validators.text(sub, name, getattr(g, name), limit=SHORT_MAX)
            _report_row(c, sub, "goals", "support_goal_invalid", row)

    @staticmethod
    def _validate_reviews(c: Collector, d: SupportPlanData, today: date) -> None:
        for row, r in enumerate(d.reviews, start=1):
            r.progress, r.decision = r.progress.strip(), r.decision.strip()
            sub = Collector()
            validators.past_date(sub, "review_date", r.review_date, today=today, required=True)
            if r.review_date and d.start_date and r.review_date < d.start_date:
                sub.add("review_date", "date_order", other=_fmt(d.start_date))
            validators.text(sub, "progress", r.progress, required=True)
            validators.text(sub, "decision", r.decision)
            _report_row(c, sub, "reviews", "support_review_invalid", row)

    @staticmethod
    def _check_overlap(c: Collector, d: SupportPlanData, plan_id: int | None) -> None:
        assert d.start_date is not None
        end = d.end_date or _FAR
        other = (SupportPlan.select()
                 .where((SupportPlan.student == d.student_id) & _live(SupportPlan)
                        & (SupportPlan.id != (plan_id or 0))
                        & SupportPlan.start_date.is_null(False)
                        & (SupportPlan.start_date <= end)
                        & (SupportPlan.end_date.is_null() | (SupportPlan.end_date >= d.start_date)))
                 .order_by(SupportPlan.start_date).first())
        if other is not None:
            c.add("start_date", "support_plan_overlap", no=other.pmpk_no,
                  start=_fmt(other.start_date), end=_fmt(other.end_date) or "…")

    def save(self, actor: Actor, data: SupportPlanData, plan_id: int | None = None) -> int:
        """Validate and store a plan with its goals and reviews; return its id.

        Raises:
            ValidationError: bad input; nothing is stored.
            NotFound: ``plan_id`` names no live plan.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        d = self.validate(data, plan_id)
        with self.db.atomic():
            plan = SupportPlan() if plan_id is None else self._existing(plan_id)
            _copy(d, _SCALARS, plan)
            plan.student = Student.get_by_id(d.student_id)
            plan.specialists = ",".join(d.specialists)
            if plan_id is not None:
                plan.touch(actor.device_id)
            else:
                plan.updated_by = actor.device_id
            plan.save()
            _sync_children(actor, plan, SupportGoal, d.goals, _GOAL_FIELDS)
            _sync_children(actor, plan, SupportReview, d.reviews, _REVIEW_FIELDS)
        return int(plan.id)

    def archive(self, actor: Actor, plan_id: int) -> None:
        """Delete a plan entered by mistake: it is kept as a tombstone and can be restored."""
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            plan = self._existing(plan_id)
            plan.deleted = True
            plan.touch(actor.device_id)
            plan.save()

    def restore(self, actor: Actor, plan_id: int) -> None:
        """Bring back an archived plan, unless another plan now covers its period.

        Raises:
            ValidationError: ``start_date`` / ``support_plan_overlap``; nothing is changed.
        """
        access.check(actor, access.WRITE, RECORD_TYPE)
        with self.db.atomic():
            plan = SupportPlan.get_or_none((SupportPlan.id == plan_id)
                                           & (SupportPlan.deleted == True))  # noqa: E712
            if plan is None:
                raise NotFound(plan_id)
            if plan.start_date is not None:
                c = Collector()
                probe = SupportPlanData(student_id=plan.student.id, start_date=plan.start_date,
                                        end_date=plan.end_date)
                self._check_overlap(c, probe, plan.id)
                c.raise_if_any()
            plan.deleted = False
            plan.touch(actor.device_id)
            plan.save()

    @staticmethod
    def _existing(plan_id: int) -> SupportPlan:
        plan = SupportPlan.get_or_none((SupportPlan.id == plan_id) & _live(SupportPlan))
        if plan is None:
            raise NotFound(plan_id)
        return plan


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _report_row(c: Collector, sub: Collector, field_name: str, code: str, row: int) -> None:
    """Report the first problem of a table row under the table's field."""
    if sub.errors:
        first: FieldError = sub.errors[0]
        c.add(field_name, code, row=row, problem=first.code, row_field=first.field,
              **first.params)


def _sync_children(actor: Actor, plan: SupportPlan, model: type[SyncModel], wanted: list[Any],
                   names: list[str]) -> None:
    """Update kept rows, insert new ones, tombstone the removed ones."""
    current = {row.id: row for row in model.select().where(
        (model.plan == plan) & _live(model))}  # type: ignore[attr-defined]
    for item in wanted:
        row = current.pop(item.id, None) if item.id else None
        if row is None:
            row = model(plan=plan, updated_by=actor.device_id)
        else:
            row.touch(actor.device_id)
        _copy(item, names, row)
        row.save()
        item.id = row.id
    for row in current.values():
        row.deleted = True
        row.touch(actor.device_id)
        row.save()


__all__ = ["EDUCATION_FORMS", "GOAL_DOMAINS", "NEED_TYPES", "PROGRAMMES", "SPECIALISTS",
           "TIMELINE_TITLES",
           "GoalData", "ReviewData", "SupportPlanData", "SupportPlanRecord", "SupportPlanRow",
           "SupportPlanService", "specialist_codes"]
