"""ReportService: every figure checked against a count made by hand over the stored records.

A small fictional school is built through the fixtures (students and families through their
services, casework straight through the models); the expected figures are then counted by Python
loops over the model rows, independently of the service's SQL.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register
from pedagogue_app.services import Actor
from pedagogue_app.services import access as access_module
from pedagogue_app.services.incidents import INCIDENT_TYPES
from pedagogue_app.services.reports import (
    FAMILY_CODES,
    MEALS_CODES,
    REGISTER_CODES,
    SECONDARY,
    SUPPRESSED,
    DistrictCell,
    PassportCounts,
    ReportService,
    protect,
)

TODAY = date(2026, 3, 16)
START, END = date(2025, 9, 1), date(2026, 3, 15)
NOT_COMPLETE = {"incomplete", "guardianship", "orphan"}


def cat(code: str, until: date | None = None) -> dict[str, Any]:
    doc = {"document": f"Справка № {len(code)}", "valid_until": until or TODAY + timedelta(days=300)}
    return {"code": code, **(doc if code in ("low_income", "guardianship", "disability") else {})}


def meals(n: int, until: date, evidence: str = "Протокол № 3") -> dict[str, Any]:
    return {"free_meals_category": n, "free_meals_evidence": evidence,
            "free_meals_valid_until": until}


@pytest.fixture
def service(register: Register) -> ReportService:
    return ReportService(register)


@pytest.fixture
def school(make_student: Callable[..., int], make_family: Callable[..., int],
           make_registration: Callable[..., int], actor: Actor) -> dict[str, int]:
    """Families of every kind, students in 5А, 5Б and 7А (plus an archived and a deleted one),
    register entries active, removed and not yet started, and special-needs plans."""
    f: dict[str, int] = {}
    f["large"] = make_family(title="Сапаровы", categories=[cat("large"), cat("low_income")],
                             **meals(1, TODAY - timedelta(days=5)))
    f["single"] = make_family(title="Ким", categories=[cat("incomplete"), cat("difficult")],
                              **meals(5, TODAY + timedelta(days=10)))
    f["guardian"] = make_family(title="Әбдіқадыровы", categories=[cat("guardianship"), cat("orphan")],
                                members=[{"last_name": "Әбдіқадыров", "first_name": "Арман",
                                          "relation": "sibling"},
                                         {"last_name": "Әбдіқадырова", "first_name": "Сәуле",
                                          "relation": "guardian", "is_legal_representative": True}],
                                **meals(3, TODAY + timedelta(days=200)))
    f["plain"] = make_family(title="Петровы")
    f["many"] = make_family(title="Нұрланов", categories=[
        cat("disability"), cat("migrant"), cat("dysfunctional"), cat("emergency")],
        **meals(4, TODAY + timedelta(days=31)))
    f["orphaned"] = make_family(title="Жетімдер", categories=[cat("orphan")], members=[
        {"last_name": "Омарова", "first_name": "Бақыт", "relation": "grandmother",
         "is_legal_representative": True}])
    f["gone"] = make_family(title="Удалённые", categories=[cat("large")], **meals(2, TODAY))
    people = [  # key, family, sex, grade, letter
        ("s1", "large", "F", 5, "А"), ("s2", "large", "M", 5, "А"), ("s3", "single", "M", 5, "А"),
        ("s4", None, "F", 5, "А"), ("s5", "many", "M", 5, "А"), ("s6", "guardian", "F", 5, "Б"),
        ("s7", "plain", "M", 5, "Б"), ("s8", "single", "F", 5, "Б"), ("s9", "large", "M", 7, "А"),
        ("s10", "many", "F", 7, "А"), ("s11", "gone", "M", 7, "А"), ("s12", "large", "F", 5, "А"),
        ("s13", "guardian", "M", 5, "Б"), ("s14", "orphaned", "F", 7, "А"),
    ]
    ids: dict[str, int] = {}
    for n, (key, fam, sex, grade, letter) in enumerate(people):
        ids[key] = make_student(last_name=f"Оқушы{'абвгдежзиклмно'[n]}", first_name="Айдана",
                                sex=sex, grade=grade, class_letter=letter,
                                family_id=f[fam] if fam else None)
    models.Student.update(archived_at=datetime(2026, 1, 1)).where(
        models.Student.id == ids["s12"]).execute()
    models.Student.update(deleted=True).where(models.Student.id == ids["s13"]).execute()
    models.Family.update(deleted=True).where(models.Family.id == f["gone"]).execute()
    make_registration(ids["s1"], kind="school", start_date=date(2025, 10, 1), curator="Серікова Айгүл")
    make_registration(ids["s2"], kind="school", start_date=date(2025, 10, 1), removed_on=TODAY,
                      removal_reason="positive_dynamics")
    make_registration(ids["s1"], kind="police", ground="offence", start_date=date(2025, 11, 5))
    make_registration(ids["s3"], kind="school", ground="antisocial", start_date=date(2025, 5, 1),
                      removed_on=date(2026, 1, 10), removal_reason="positive_dynamics",
                      curator="Серікова Айгүл")
    make_registration(ids["s9"], kind="commission", ground="offence", start_date=date(2026, 2, 1),
                      curator="Бекова Мария")
    make_registration(ids["s8"], kind="school", start_date=date(2025, 11, 1),
                      responsible="классный руководитель, Бекова Мария")
    make_registration(ids["s12"], kind="school", start_date=date(2025, 10, 1))
    make_registration(ids["s13"], kind="school", start_date=date(2025, 10, 1),
                      curator="Серікова Айгүл")  # a deleted student's entry counts nowhere
    make_registration(ids["s7"], kind="school", start_date=TODAY + timedelta(days=10))
    make_registration(ids["s7"], kind="school", ground="learning", start_date=date(2024, 9, 1),
                      removed_on=date(2025, 6, 1), removal_reason="transfer")
    models.Registration.create(family=f["many"], kind="police", ground="difficult",
                               start_date=date(2025, 12, 1))
    for key, deleted in (("s4", False), ("s10", False), ("s13", False), ("s7", True)):
        models.SupportPlan.create(student=ids[key], deleted=deleted, need_type="речь")
    return {**ids, **{f"f_{k}": v for k, v in f.items()}}


# ------------------------------------------------------------------------------ hand counts
def live_students() -> list[models.Student]:
    return [s for s in models.Student.select() if not s.deleted and s.archived_at is None]


def family_codes(family_id: int | None) -> set[str] | None:
    """The category codes of a family, or None when the family is missing or deleted."""
    if family_id is None:
        return None
    fam = models.Family.get_by_id(family_id)
    if fam.deleted:
        return None
    return {c.code for c in models.FamilyCategory.select().where(
        models.FamilyCategory.family == family_id) if not c.deleted}


def on_register(student_id: int, kind: str, day: date) -> bool:
    return any(r.kind == kind and not r.deleted and r.start_date <= day
               and (r.removed_on is None or r.removed_on > day)
               for r in models.Registration.select().where(models.Registration.student == student_id))


def hand_counts(students: list[models.Student], day: date) -> dict[str, Any]:
    out: dict[str, Any] = {"students": len(students), "boys": 0, "girls": 0, "no_family": 0,
                           "family": Counter(), "meals": Counter(), "registers": Counter(), "sen": 0}
    for s in students:
        out["boys"] += s.sex == "M"
        out["girls"] += s.sex == "F"
        codes = family_codes(s.family_id)
        if codes is None:
            out["no_family"] += 1
        else:
            out["family"].update(codes)
            if not codes & NOT_COMPLETE:
                out["family"]["complete"] += 1
            category = models.Family.get_by_id(s.family_id).free_meals_category
            if category:
                out["meals"][category] += 1
        kinds = {k for k in REGISTER_CODES if on_register(s.id, k, day)}
        out["registers"].update(kinds)
        out["registers"]["any"] += bool(kinds)
        out["sen"] += any(not p.deleted for p in models.SupportPlan.select().where(
            models.SupportPlan.student == s.id))
    return out


def as_hand(c: PassportCounts) -> dict[str, Any]:
    return {"students": c.students, "boys": c.boys, "girls": c.girls, "no_family": c.no_family,
            "family": Counter({k: v for k, v in c.family.items() if v}),
            "meals": Counter({k: v for k, v in c.meals.items() if v}),
            "registers": Counter({k: v for k, v in c.registers.items() if v}), "sen": c.sen}


# ------------------------------------------------------------------------------ social passport
def test_school_passport_matches_a_count_by_hand(service: ReportService, actor: Actor,
                                                 school: dict[str, int]) -> None:
    p = service.social_passport(actor, today=TODAY)
    students = live_students()
    assert as_hand(p.counts) == hand_counts(students, TODAY)
    assert p.scope == "school" and p.made_on == TODAY
    assert [c.name for c in p.classes] == ["5А", "5Б", "7А"]
    for row in p.classes:
        in_class = [s for s in students if (s.grade, s.class_letter) == (row.grade, row.letter)]
        assert as_hand(row.counts) == hand_counts(in_class, TODAY), row.name
    # The figures the fixture was built for, so that the hand count itself is checked too.
    assert (p.counts.students, p.counts.boys, p.counts.girls, p.counts.no_family) == (12, 6, 6, 2)
    assert p.counts.registers == {"school": 2, "police": 1, "commission": 1, "any": 3}
    assert p.counts.sen == 2 and p.counts.meals == {1: 3, 2: 0, 3: 1, 4: 2, 5: 2}
    assert set(p.counts.family) == set(FAMILY_CODES) and set(p.counts.meals) == set(MEALS_CODES)


def test_complete_means_no_incomplete_guardianship_or_orphan_flag(
        service: ReportService, actor: Actor, school: dict[str, int]) -> None:
    p = service.social_passport(actor, today=TODAY)
    # large: s1 s2 s9; plain: s7; many: s5 s10 -> 6 children; single (s3 s8), guardian (s6) and
    # orphaned (s14) are not complete, s4 has no family and s11's family was deleted.
    assert p.counts.family["complete"] == 6 and p.counts.family["orphan"] == 2
    assert p.families["complete"] == 3 and p.families_total == 6


def test_families_are_counted_once_per_scope(service: ReportService, actor: Actor,
                                             school: dict[str, int]) -> None:
    p = service.social_passport(actor, today=TODAY)
    families: dict[int, set[str]] = {}
    for s in live_students():
        codes = family_codes(s.family_id)
        if codes is not None and s.family_id is not None:
            families[s.family_id] = codes
    expected = Counter(code for codes in families.values() for code in codes)
    expected["complete"] = sum(not codes & NOT_COMPLETE for codes in families.values())
    assert {k: v for k, v in p.families.items() if v} == dict(expected)
    assert p.families_total == len(families)
    meals = Counter(models.Family.get_by_id(fid).free_meals_category for fid in families)
    assert {k: v for k, v in p.meals_families.items() if v} == {k: v for k, v in meals.items() if k}


def test_one_class_and_one_grade(service: ReportService, actor: Actor, school: dict[str, int]) -> None:
    one = service.social_passport(actor, 5, "Б", today=TODAY)
    assert one.scope == "class" and one.class_name == "5Б" and one.classes == []
    in_class = [s for s in live_students() if (s.grade, s.class_letter) == (5, "Б")]
    assert as_hand(one.counts) == hand_counts(in_class, TODAY)
    assert one.families_total == 3  # guardian (s6), plain (s7), single (s8); s13 is deleted
    grade = service.social_passport(actor, 5, today=TODAY)
    assert grade.scope == "grade" and [c.name for c in grade.classes] == ["5А", "5Б"]
    assert grade.counts.students == 8
    assert service.social_passport(actor, 9, "А", today=TODAY).counts.students == 0
    with pytest.raises(ValueError):
        service.social_passport(actor, None, "А")


def test_registers_are_counted_as_on_the_day(service: ReportService, actor: Actor,
                                             school: dict[str, int]) -> None:
    before = service.social_passport(actor, today=date(2025, 12, 1))
    assert before.counts.registers["school"] == 4  # s1, s2, s8 and s3 (removed in January)
    later = service.social_passport(actor, today=TODAY + timedelta(days=11))
    assert later.counts.registers["school"] == 3  # s1, s8 and s7, whose entry starts later
    today = service.social_passport(actor, today=TODAY)
    assert today.counts.registers["school"] == 2  # s1 and s8: s2 was taken off today


# ------------------------------------------------------------------------------ free meals
def test_free_meals_by_category_with_flags(service: ReportService, actor: Actor,
                                           school: dict[str, int]) -> None:
    rows = service.free_meals(actor, today=TODAY)
    expected = []
    for s in live_students():
        fam = models.Family.get_by_id(s.family_id) if s.family_id else None
        if fam is not None and not fam.deleted and fam.free_meals_category:
            expected.append((fam.free_meals_category, s.id))
    assert sorted((r.category, r.student_id) for r in rows) == sorted(expected)
    assert [r.category for r in rows] == sorted(r.category for r in rows)
    by_id = {r.student_id: r for r in rows}
    assert by_id[school["s1"]].status == "expired" and by_id[school["s9"]].status == "expired"
    assert by_id[school["s3"]].status == "soon"  # 10 days left
    assert by_id[school["s5"]].status == "valid"  # 31 days: just past the 30-day horizon
    assert {r.status for r in service.free_meals(actor, today=TODAY, soon_days=31)
            if r.category == 4} == {"soon"}
    assert by_id[school["s6"]].representative == "Әбдіқадырова Сәуле"
    assert by_id[school["s6"]].class_name == "5Б" and by_id[school["s6"]].evidence == "Протокол № 3"
    assert rows.with_status("expired") == 3 and rows.made_on == TODAY and rows.soon_days == 30
    groups = rows.by_category()
    assert list(groups) == [1, 2, 3, 4, 5] and groups[2] == []  # category 2's family is deleted


def test_free_meals_without_evidence_is_flagged(service: ReportService, actor: Actor,
                                                school: dict[str, int]) -> None:
    models.Family.update(free_meals_evidence="").where(
        models.Family.id == school["f_guardian"]).execute()
    rows = service.free_meals(actor, today=TODAY)
    assert next(r for r in rows if r.student_id == school["s6"]).status == "missing"


# ------------------------------------------------------------------------------ period report
@pytest.fixture
def casework(register: Register, school: dict[str, int]) -> None:
    """Visits, sessions, incidents and referrals inside and outside the period."""
    fam, kid = school["f_large"], school["s1"]
    for day, purpose, conclusion in ((date(2025, 9, 1), "planned", "satisfactory"),
                                     (date(2025, 12, 3), "planned", "unsatisfactory"),
                                     (date(2026, 3, 15), "on_request", "satisfactory"),
                                     (date(2026, 3, 16), "planned", "satisfactory"),
                                     (date(2025, 8, 31), "unplanned", "satisfactory")):
        models.HomeVisit.create(visit_date=day, purpose=purpose, conclusion=conclusion, family=fam,
                                commission="Серікова Айгүл — социальный педагог\n"
                                           "Бекова Мария — классный руководитель")
    models.HomeVisit.create(visit_date=date(2025, 10, 1), purpose="unplanned", conclusion="",
                            family=school["f_single"], commission="Серікова Айгүл")
    models.HomeVisit.create(visit_date=date(2025, 10, 2), family=fam, deleted=True)
    for day, kind, minutes, student, who in (
            (date(2025, 9, 10), "individual", 45, kid, "Ахметова Дана"),
            (date(2025, 9, 17), "individual", 30, kid, "Ахметова Дана"),
            (date(2025, 11, 2), "diagnostic", 60, school["s3"], "Ахметова Дана"),
            (date(2026, 4, 1), "crisis", 60, kid, "Ахметова Дана"),
            (date(2025, 10, 5), "family", 45, school["s5"], "Другой психолог")):
        models.PsySession.create(session_date=day, session_type=kind, duration_min=minutes,
                                 student=student, psychologist=who)
    group = models.PsySession.create(session_date=date(2025, 12, 1), session_type="group",
                                     duration_min=90, psychologist="Ахметова Дана")
    for key in ("s1", "s2", "s6"):
        models.SessionParticipant.create(session=group, student=school[key], name="")
    models.SessionParticipant.create(session=group, student=school["s7"], deleted=True)
    for at, kind, status in ((datetime(2025, 10, 1, 9), "bullying", "closed"),
                             (datetime(2025, 10, 2, 9), "bullying", "open"),
                             (datetime(2026, 3, 15, 23, 30), "violence", "open"),
                             (datetime(2026, 3, 16, 0, 5), "violence", "open"),
                             (datetime(2025, 8, 30, 12), "neglect", "closed")):
        models.Incident.create(occurred_at=at, reported_at=at, incident_type=kind, status=status)
    org = models.Organisation.create(kind="pmpk", name_kk="ПМПК", name_ru="ПМПК")
    letter = models.OutgoingLetter.create(year=2026, number=1, issued_on=date(2026, 1, 20))
    for kind, sent, reply, letter_id in (("pmpk", date(2025, 11, 1), date(2025, 11, 20), None),
                                         ("pmpk", date(2026, 2, 1), None, None),
                                         ("police", None, None, letter.id),
                                         ("police", None, None, None),
                                         ("crisis", date(2026, 3, 20), None, None)):
        models.Referral.create(student=kid, organisation=org, kind=kind, sent_on=sent,
                               reply_date=reply, letter=letter_id)
    models.PlanMeasure.create(registration=models.Registration.get(
        models.Registration.student == kid).id, measure="Беседа", deadline=date(2025, 12, 1),
        responsible="Серікова Айгүл, Бекова Мария", status="done")
    models.PlanMeasure.create(registration=models.Registration.get(
        models.Registration.student == kid).id, measure="Визит", deadline=date(2026, 2, 1),
        responsible="Серікова Айгүл", status="planned")


def in_period(day: date | datetime | None) -> bool:
    if isinstance(day, datetime):
        day = day.date()
    return day is not None and START <= day <= END


def test_period_report_matches_a_count_by_hand(service: ReportService, actor: Actor,
                                               casework: None) -> None:
    r = service.period_report(actor, START, END, today=TODAY)
    visits = [v for v in models.HomeVisit.select() if not v.deleted and in_period(v.visit_date)]
    assert r.visits == len(visits) == 4
    assert r.visited_families == len({v.family_id for v in visits})
    assert {k: v for k, v in r.visits_by_purpose.items() if v} == dict(Counter(v.purpose for v in visits))
    assert list(r.visits_by_purpose)[:3] == ["planned", "unplanned", "on_request"]
    assert r.visits_by_conclusion == {"satisfactory": 2, "unsatisfactory": 1, "": 1}

    sessions = [s for s in models.PsySession.select() if in_period(s.session_date)]
    by_type: dict[str, list[int]] = defaultdict(list)
    for s in sessions:
        by_type[s.session_type].append(s.duration_min)
    assert {x.session_type: (x.sessions, x.minutes) for x in r.sessions} == {
        k: (len(v), sum(v)) for k, v in by_type.items()}
    assert r.sessions_total == 5 and r.minutes_total == 270 and r.hours_total == 4.5
    seen = {s.student_id for s in sessions if s.student_id} | {
        p.student_id for p in models.SessionParticipant.select()
        if not p.deleted and in_period(models.PsySession.get_by_id(p.session_id).session_date)}
    assert r.session_children == len(seen)

    incidents = [i for i in models.Incident.select() if in_period(i.reported_at)]
    assert {(x.incident_type, x.open, x.closed) for x in r.incidents} == {
        (t, sum(i.status != "closed" for i in incidents if i.incident_type == t),
         sum(i.status == "closed" for i in incidents if i.incident_type == t))
        for t in {i.incident_type for i in incidents}}
    assert r.incidents_total == 3  # 15 March 23:30 is in, 16 March 00:05 is not

    def sent_day(ref: models.Referral) -> date | None:
        if ref.sent_on:
            return ref.sent_on
        return models.OutgoingLetter.get_by_id(ref.letter_id).issued_on if ref.letter_id else None

    refs = [x for x in models.Referral.select() if in_period(sent_day(x))]
    assert {(x.kind, x.sent, x.replied) for x in r.referrals} == {
        (k, sum(x.kind == k for x in refs), sum(x.kind == k and x.reply_date is not None for x in refs))
        for k in {x.kind for x in refs}}
    assert (r.referrals_total, r.replies_total) == (3, 1)


def test_register_changes_in_the_period(service: ReportService, actor: Actor,
                                        school: dict[str, int]) -> None:
    r = service.period_report(actor, START, END)
    regs = [x for x in models.Registration.select() if not x.deleted and not (
        x.student_id and models.Student.get_by_id(x.student_id).deleted)]
    put_on = Counter((x.kind, x.ground) for x in regs if in_period(x.start_date))
    removed = Counter((x.kind, x.removal_reason) for x in regs if in_period(x.removed_on))
    assert {(x.kind, x.code): x.entries for x in r.put_on} == dict(put_on)
    assert {(x.kind, x.code): x.entries for x in r.removed} == dict(removed)
    assert r.put_on_children == len({x.student_id for x in regs if in_period(x.start_date)
                                     and x.student_id})
    assert r.removed_children == 1 and [x.kind for x in r.put_on][0] == "school"


def test_period_report_reads_no_session_content(service: ReportService, actor: Actor,
                                                casework: None) -> None:
    models.PsySession.update(request="СЕКРЕТ запрос", results="СЕКРЕТ итог").execute()
    r = service.period_report(actor, START, END)
    assert "СЕКРЕТ" not in repr(r)


def test_period_must_not_end_before_it_starts(service: ReportService, actor: Actor) -> None:
    for method in (service.period_report, service.workload, service.district_stats):
        with pytest.raises(ValueError):
            method(actor, END, START)


# ------------------------------------------------------------------------------ workload
def test_workload_per_specialist(service: ReportService, actor: Actor, casework: None,
                                 school: dict[str, int]) -> None:
    models.User.create(username="aigul", full_name="Серікова  Айгүл", role="social_pedagogue",
                       position="социальный педагог")
    models.User.create(username="dana", full_name="Ахметова Дана", role="psychologist")
    models.User.create(username="old", full_name="Уволенная Анна", role="psychologist",
                       is_active=False)
    w = service.workload(actor, START, END, today=TODAY)
    rows = {row.name: row for row in w.rows}
    assert set(rows) == {"Серікова Айгүл", "Ахметова Дана", "Бекова Мария", "Другой психолог"}
    aigul, dana, maria = rows["Серікова Айгүл"], rows["Ахметова Дана"], rows["Бекова Мария"]
    # Curator of s1 (open) and s3 (removed in January, so open during the period).
    assert aigul.children_followed == 2 and aigul.position == "социальный педагог"
    assert aigul.visits == 4 and maria.visits == 3  # the act with Серікова alone counts for her
    assert (aigul.measures_due, aigul.measures_done) == (2, 1)
    assert (maria.measures_due, maria.measures_done) == (1, 1)
    # s9 as curator, s8 as named among the responsible; the role words name nobody
    assert maria.children_followed == 2 and maria.position == "классный руководитель"
    mine = [s for s in models.PsySession.select()
            if s.psychologist == "Ахметова Дана" and in_period(s.session_date)]
    assert dana.sessions == len(mine) == 4 and dana.minutes == sum(s.duration_min for s in mine)
    assert dana.hours == 3.8 and dana.session_children == 4  # s1, s3 and the group's s2, s6
    assert dana.position == "psychologist" and dana.children_followed == 0
    open_entries = {r.student_id for r in models.Registration.select()
                    if r.student_id and not r.deleted and r.start_date <= END
                    and not models.Student.get_by_id(r.student_id).deleted
                    and (r.removed_on is None or r.removed_on >= START)}
    assert w.students == 12 and w.children_on_register == len(open_entries) == 6  # s12 left
    assert (w.social_pedagogues, w.psychologists) == (1, 1)
    assert w.students_per_social_pedagogue == 12.0


def test_workload_without_accounts_counts_roles_as_written(
        service: ReportService, actor: Actor, casework: None) -> None:
    w = service.workload(actor, START, END)
    assert (w.social_pedagogues, w.psychologists) == (1, 2)  # by the act; by the sessions
    assert [r.name for r in w.rows] == sorted((r.name for r in w.rows), key=str.casefold)


# ------------------------------------------------------------------------------ district statistics
def test_rule_without_total_hides_one_to_four_only() -> None:
    cells, total = protect({"a": 0, "b": 1, "c": 4, "d": 5, "e": 120})
    assert [c.value for c in cells] == [0, SUPPRESSED, SUPPRESSED, 5, 120] and total is None


def test_rule_with_total_shows_the_total_only_when_a_cell_is_small() -> None:
    cells, total = protect({"a": 1, "b": 5, "c": 9}, 15)
    assert [c.value for c in cells] == [SECONDARY] * 3 and total is not None and total.value == 15
    cells, total = protect({"a": 0, "b": 5, "c": 9}, 14)
    assert [c.value for c in cells] == [0, 5, 9] and total is not None and total.value == 14
    cells, total = protect({"a": 3, "b": 0}, 3)
    assert [c.value for c in cells] == [SECONDARY, SECONDARY] and total is not None
    assert total.value == SUPPRESSED


@pytest.mark.parametrize(("cells", "top"), [(2, 20), (3, 12), (4, 8)])
def test_rule_lets_no_hidden_value_be_worked_out(cells: int, top: int) -> None:
    """A reader who knows the rule, the total and the shown cells lists every table that would
    be published the same way: each hidden cell must still have two possible values."""
    published: dict[tuple[object, ...], list[tuple[int, ...]]] = defaultdict(list)
    for values in itertools.product(range(top + 1), repeat=cells):
        shown, total = protect({str(i): v for i, v in enumerate(values)}, sum(values))
        assert total is not None
        published[(*(c.value for c in shown), total.value)].append(values)
    for key, tables in published.items():
        if sum(tables[0]) > top:  # tables with a bigger total were not all listed
            continue
        for i in range(cells):
            if isinstance(key[i], str):
                assert len({t[i] for t in tables}) > 1, (key, tables)


def test_district_stats_hide_small_counts(service: ReportService, actor: Actor,
                                          casework: None) -> None:
    d = service.district_stats(actor, START, END, today=TODAY)
    assert (d.start, d.end, d.made_on) == (START, END, TODAY)
    values = [c.value for s in d.sections for c in [*s.cells, *([s.total] if s.total else [])]]
    assert not [v for v in values if isinstance(v, int) and 0 < v < 5]
    assert values.count(SUPPRESSED) > 3
    students = d.section("students")
    assert students.total is not None and students.total.value == 12
    assert [c.value for c in students.cells] == [6, 6, 0]
    family = {c.code: c.value for c in d.section("family").cells}
    assert family["complete"] == 6 and family["large"] == SUPPRESSED and family["orphan"] == SUPPRESSED
    assert set(family) == set(FAMILY_CODES) and family["emergency"] == SUPPRESSED
    assert d.section("family").total is None and d.section("registers").total is None
    visits = d.section("visits")
    assert {c.value for c in visits.cells} == {SECONDARY}  # 4 visits: the total is small too
    assert visits.total is not None and visits.total.value == SUPPRESSED
    sessions = d.section("sessions")  # 5 sessions of 4 types: the total only
    assert sessions.total is not None and sessions.total.value == 5
    assert {c.value for c in sessions.cells} == {SECONDARY}
    assert d.section("session_hours").cells[0].value == SUPPRESSED  # 270 minutes
    assert [s.code for s in d.sections][:4] == ["students", "family", "meals", "registers"]


def test_district_stats_show_counts_of_five_and_more(service: ReportService, actor: Actor,
                                                     make_student: Callable[..., int]) -> None:
    for n in range(12):
        make_student(last_name=f"Бала{'абвгдежзиклм'[n]}", first_name="Ерлан",
                     sex="MF"[n % 2], grade=3, class_letter="А")
    d = service.district_stats(actor, START, END, today=TODAY)
    assert [(c.code, c.value) for c in d.section("students").cells] == [
        ("boys", 6), ("girls", 6), ("sex_unknown", 0)]
    assert {c.value for c in d.section("incidents").cells} == {0}
    assert d.section("incidents").total == DistrictCell("total", 0)
    other_codes = [c.code for c in d.section("referrals").cells]
    assert other_codes[-1] == "other" and "pmpk" in other_codes


def test_district_unknown_codes_become_other(service: ReportService, actor: Actor,
                                             school: dict[str, int]) -> None:
    for _ in range(6):
        models.Incident.create(occurred_at=datetime(2025, 10, 1), reported_at=datetime(2025, 10, 1),
                               incident_type="вписано вручную", status="open")
    d = service.district_stats(actor, START, END)
    incidents = {c.code: c.value for c in d.section("incidents").cells}
    assert incidents["other"] == 6 and "вписано вручную" not in incidents
    assert set(incidents) == {*INCIDENT_TYPES, "other"}


# ------------------------------------------------------------------------------ access
def test_every_report_checks_read_access(service: ReportService, actor: Actor,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    def check(who: Actor, action: str, record_type: str) -> None:
        calls.append((action, record_type))

    monkeypatch.setattr(access_module, "check", check)
    service.social_passport(actor)
    service.free_meals(actor)
    service.period_report(actor, START, END)
    service.workload(actor, START, END)
    service.district_stats(actor, START, END)
    assert calls and set(calls) == {("read", "reports")}
    assert len(calls) >= 5


def test_director_may_read_reports(register: Register, school: dict[str, int]) -> None:
    director = Actor(username="dir", role="director")
    assert ReportService(register).social_passport(director, today=TODAY).counts.students == 12
