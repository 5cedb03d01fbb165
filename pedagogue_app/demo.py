"""A fictional demo register: a school with students, families and casework of every kind.

Everything is invented and deterministic: the same seed, size and reference date give the same
names, ИИН and records (only sync uids and timestamps differ). Rows go straight to SQLite with
``executemany`` in one transaction (50,000 students in well under a minute); the derived
columns (search and sort keys, search tokens) are computed with the helpers the services use.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from functools import cache
from pathlib import Path
from typing import Any

from peewee import Model, SqliteDatabase

from . import demo_names as dn
from . import models as m
from .db import Register, open_register
from .db.keyslots import DEFAULT_KDF, KdfParams
from .db.search import fold, sort_key, tokens
from .services.catalog import CLASS_LETTERS
from .services.iin import check_digit, make_iin
from .services.students import full_name

CLASS_SIZE = 25
KK_SHARE = 0.6  # share of students taught in Kazakh
FLUSH_EVERY = 50_000
# The first families get these categories, so that even a small register shows every one.
FORCED = ("orphan", "incomplete", *dn.CATEGORY_ODDS)
SUMMARY = (("students", m.Student), ("families", m.Family), ("registrations", m.Registration),
           ("home visits", m.HomeVisit), ("support plans", m.SupportPlan),
           ("sessions", m.PsySession), ("incidents", m.Incident), ("referrals", m.Referral))
Member = tuple[str, str, str, str, int, bool]  # relation, last, first, patronymic, born, legal


def female_surname(male: str) -> str:
    """The female form of a surname given in the male form (Иванов -> Иванова)."""
    if male.endswith("ский"):
        return male[:-2] + "ая"
    return male + "а" if male.endswith(("ов", "ев", "ёв", "ин", "ын")) else male


def patronymic(father: str, sex: str, kazakh_style: bool) -> str:
    """Қайрат -> Қайратұлы / Қайратқызы, or Russian style: Сергей -> Сергеевич / Сергеевна."""
    if kazakh_style:
        return father + ("ұлы" if sex == "M" else "қызы")
    return dn.PATRONYMIC_STEMS.get(father, father + "ов") + ("ич" if sex == "M" else "на")


@dataclass(frozen=True)
class _Table:
    names: tuple[str, ...]  # field names, in column order
    defaults: tuple[Any, ...]  # static defaults (None for callables such as uid)
    sql: str  # the INSERT statement


@cache
def _table(model: type[Model]) -> _Table:
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    return _Table(tuple(f.name for f in fields),
                  tuple(None if callable(f.default) else f.default for f in fields),
                  f'INSERT INTO "{model._meta.table_name}" ({columns}) '
                  f'VALUES ({", ".join("?" * len(fields))})')


class _Rows:
    """Rows buffered per table, written in dependency order (ALL_MODELS); ids are given here.

    Dates go to sqlite3 as objects: the adapters peewee registers store them as ISO text, exactly
    as peewee itself does.
    """

    def __init__(self, db: SqliteDatabase, device_id: str) -> None:
        self.db, self.buffered = db, 0
        self.pending: dict[Any, list[tuple[Any, ...]]] = {t: [] for t in m.ALL_MODELS}
        self.counts: dict[Any, int] = dict.fromkeys(m.ALL_MODELS, 0)
        self.base = {"version": 1, "updated_at": m.utc_now(), "updated_by": device_id,
                     "deleted": False}

    def add(self, model: type[Model], **values: Any) -> int:
        table, self.counts[model] = _table(model), self.counts[model] + 1
        values["id"] = row_id = self.counts[model]
        if issubclass(model, m.SyncModel):
            values = {**self.base, "uid": m.new_uid(), **values}
        self.pending[model].append(tuple(map(values.get, table.names, table.defaults)))
        self.buffered += 1
        if self.buffered >= FLUSH_EVERY:
            self.flush()
        return row_id

    def tokens(self, entity: str, rec_id: int, words: list[str]) -> None:
        """Search tokens, the biggest table, skip the generic path."""
        first = self.counts[m.SearchToken] + 1
        self.counts[m.SearchToken] += len(words)
        self.pending[m.SearchToken] += [(i, entity, rec_id, w) for i, w in enumerate(words, first)]

    def flush(self) -> None:
        for model, rows in self.pending.items():
            if rows:
                self.db.connection().executemany(_table(model).sql, rows)
                rows.clear()
        self.buffered = 0


@dataclass
class _Kid:
    id: int
    family: int
    grade: int
    class_name: str
    name: str


@dataclass
class _Fam:
    id: int
    parent: str  # the first legal representative
    residents: str
    address: str


class _Demo:
    """Draws the fictional school from one random generator and hands rows to :class:`_Rows`."""

    def __init__(self, rows: _Rows, rng: random.Random, today: date, students: int) -> None:
        self.rows, self.rng, self.today, self.quota = rows, rng, today, students
        self.year = today.year if today.month >= 9 else today.year - 1  # school year start
        self.kids: list[_Kid] = []
        self.families: list[_Fam] = []
        self.serials: dict[tuple[date, str], int] = {}
        self.seats: dict[tuple[int, str], int] = {}
        self.letters = _class_letters(students)
        self.staff = [full_name(*self.person("kk", "MF"[i % 2])) for i in range(10)]
        self.orgs: dict[str, int] = {}
        self.by_class: dict[str, list[_Kid]] = {}

    # --- small draws -----------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.rng.randint(lo, hi))

    def moment(self, lo: int, hi: int) -> datetime:
        at = clock(self.rng.randint(8, 17), self.rng.choice((0, 15, 30, 45)))
        return datetime.combine(self.day(lo, hi), at)

    def expiry(self) -> date:
        """Evidence terms: some expired, some expiring within a month, most later."""
        lo, hi = self.rng.choices(((-120, -1), (0, 30), (31, 365)), (15, 20, 65))[0]
        return self.day(lo, hi)

    def phone(self) -> str:
        d = f"{self.rng.randrange(10**8):08d}"
        return f"+7 70{d[0]} {d[1:4]} {d[4:6]} {d[6:]}"

    def address(self) -> str:
        r = self.rng
        flat = f", кв. {r.randint(1, 120)}" if self.chance(0.6) else ""
        return f"{dn.CITY}, {r.choice(dn.STREETS)}, д. {r.randint(1, 150)}{flat}"

    def iin(self, born: date, sex: str) -> str:
        start = self.rng.randrange(9000)  # drawn always: names must not depend on the dates
        value = make_iin(born, sex, self.serials.get((born, sex), start))
        self.serials[born, sex] = int(value[7:11]) + 1
        return value

    def person(self, origin: str, sex: str, surname: str = "", father: str = "",
               kazakh_style: bool | None = None) -> tuple[str, str, str]:
        """(last, first, patronymic) of a fictional person of Kazakh or Russian origin."""
        r = self.rng
        surname = surname or r.choice(dn.SURNAMES[origin])
        father = father or r.choice(dn.FIRST_NAMES[origin, "M"])
        if kazakh_style is None:
            kazakh_style = origin == "kk" and self.chance(0.6)
        return (surname if sex == "M" else female_surname(surname),
                r.choice(dn.FIRST_NAMES[origin, sex]), patronymic(father, sex, kazakh_style))

    # --- the school, families and students -------------------------------------------------
    def school(self) -> None:
        bins = (f"0309400{n:04d}" for n in range(self.rng.randrange(9000), 10000))  # YYMM 4 0
        first11 = next(b for b in bins if check_digit(b) is not None)
        self.rows.add(m.School, name_kk="Алтынсай қаласының №17 жалпы білім беретін мектебі",
                      name_ru="Общеобразовательная школа №17 г. Алтынсай",
                      bin=first11 + str(check_digit(first11)), address=self.address(),
                      phone=self.phone(), email="school17@example.kz",
                      director_name=self.staff[0], district="Алтынсайский район", is_demo=True)
        for kind, name_kk, name_ru in dn.ORGANISATIONS:
            self.orgs[kind] = self.rows.add(
                m.Organisation, kind=kind, name_kk=name_kk, name_ru=name_ru, phone=self.phone(),
                head_name=full_name(*self.person("kk", "MF"[len(self.orgs) % 2])),
                address=self.address())

    def family(self) -> None:
        r, index = self.rng, len(self.families)
        forced = FORCED[index] if index < len(FORCED) else ""
        kind = r.choices(("complete", "mother", "father", "guardian"), (70, 22, 3, 5))[0]
        kind = {"orphan": "guardian", "incomplete": "mother"}.get(forced, kind)
        origin = "kk" if self.chance(0.72) else "ru"
        surname, dad = r.choice(dn.SURNAMES[origin]), r.choice(dn.FIRST_NAMES[origin, "M"])
        grades = r.sample(range(12), min(self.quota - len(self.kids),
                                         r.choices((1, 2, 3, 4), (55, 30, 11, 4))[0]))
        members = self.members(kind, origin, surname, dad, self.year - 6 - max(grades))
        fam = self.family_row(surname, members, self.categories(kind, len(grades), forced))
        style = origin == "kk" and self.chance(0.6)
        lang = "ru" if origin == "kk" and self.chance(0.15) else origin
        for grade in grades:
            sex = r.choice("MF")
            self.student(fam, grade, lang, sex, self.person(origin, sex, surname, dad, style))

    def categories(self, kind: str, children: int, forced: str) -> list[str]:
        codes = {"mother": ["incomplete"], "father": ["incomplete"],
                 "guardian": ["guardianship"]}.get(kind, [])
        if kind == "guardian" and (forced == "orphan" or self.chance(0.4)):
            codes.append("orphan")
        if children >= 3 or self.chance(0.12):
            codes.append("large")
        return codes + [c for c, p in dn.CATEGORY_ODDS.items() if self.chance(p) or c == forced]

    def members(self, kind: str, origin: str, surname: str, dad: str,
                oldest: int) -> list[Member]:
        """The adults of a family; ``oldest`` is the birth year of the oldest child."""
        r = self.rng
        mother = self.person(origin, "F", surname if self.chance(0.6) else "")
        last, _, patr = self.person(origin, "M", surname)
        guardian = self.person(origin, "F")
        adults: list[Member] = {
            "complete": [("mother", *mother, oldest - r.randint(20, 34), True),
                         ("father", last, dad, patr, oldest - r.randint(22, 38), True)],
            "mother": [("mother", *mother, oldest - r.randint(20, 34), True)],
            "father": [("father", last, dad, patr, oldest - r.randint(22, 38), True)],
            "guardian": [("guardian", *guardian, oldest - r.randint(40, 55), True)]}[kind]
        if self.chance(0.1):
            adults.append(("grandmother", *self.person(origin, "F"), oldest - 50, False))
        return adults

    def family_row(self, title: str, members: list[Member], codes: list[str]) -> _Fam:
        address, names = self.address(), [full_name(*p[1:4]) for p in members]
        fid = self.rows.add(m.Family, title=title, address_registered=address,
                            address_actual=address if self.chance(0.9) else self.address(),
                            phone=self.phone(), housing_summary=self.rng.choice(dn.HOUSING),
                            search_key=fold(title), **self.meals(codes), **self.risks(codes))
        for pos, member in enumerate(members):
            self.member(fid, pos, member)
        for code in codes:
            self.category(fid, code)
        if {"dysfunctional", "difficult"} & set(codes) or self.chance(0.01):
            self.contacts(fid, names[0])
        self.index("family", fid, " ".join([title, *names]))
        self.families.append(_Fam(fid, names[0], "\n".join(names), address))
        return self.families[-1]

    def member(self, fid: int, pos: int, member: Member) -> None:
        relation, last, first, patr, born_year, legal = member
        born = date(born_year, 1, 1) + timedelta(days=self.rng.randrange(365))
        sex = "M" if relation == "father" else "F"
        self.rows.add(m.FamilyMember, family=fid, last_name=last, first_name=first,
                      patronymic=patr, relation=relation, birth_date=born, iin=self.iin(born, sex),
                      education=self.rng.choice(dn.EDUCATION), work=self.rng.choice(dn.JOBS[sex]),
                      phone=self.phone(), is_legal_representative=legal, position=pos)

    def category(self, fid: int, code: str) -> None:
        prefix = dn.CATEGORY_DOCUMENTS.get(code)
        document = f"{prefix} {self.rng.randint(100, 9999)}" if prefix else ""
        self.rows.add(m.FamilyCategory, family=fid, code=code, document=document,
                      document_date=self.day(-700, -30) if prefix else None,
                      valid_until=self.expiry() if prefix else None)

    def meals(self, codes: list[str]) -> dict[str, Any]:
        found = [n for c, n in dn.MEALS_BY_CATEGORY.items() if c in codes]
        category = found[0] if found else (self.rng.choice((2, 5)) if self.chance(0.03) else None)
        if category is None:
            return {}
        return {"free_meals_category": category, "free_meals_valid_until": self.expiry(),
                "free_meals_evidence": f"{dn.MEALS_EVIDENCE[category]} {self.rng.randint(1, 999)}"}

    def risks(self, codes: list[str]) -> dict[str, Any]:
        bad, c = "dysfunctional" in codes, self.chance
        violence = c(0.3 if bad else 0.005)
        return {"risk_alcohol": c(0.6 if bad else 0.01), "risk_violence": violence,
                "protection_order": violence and c(0.5),
                "risk_parent_imprisoned": c(0.15 if bad else 0.005),
                "risk_unemployment": c(0.4 if bad else 0.06), "risk_left_with_relatives": c(0.02),
                "police_registered_on": self.day(-800, -30) if bad and c(0.4) else None,
                "commission_registered_on": self.day(-800, -30) if bad and c(0.3) else None}

    def contacts(self, fid: int, person: str) -> None:
        for _ in range(self.rng.randint(1, 3)):
            self.rows.add(m.FamilyContact, family=fid, contact_at=self.moment(-300, -1),
                          kind=self.rng.choice(("call", "meeting", "message")), person=person,
                          summary=self.rng.choice(dn.CONTACT_SUMMARIES))

    def student(self, fam: _Fam, grade: int, lang: str, sex: str,
                name: tuple[str, str, str]) -> None:
        late = 1 if self.chance(0.06) else 0  # started school late or repeated a year
        born = date(self.year - 6 - grade - late, 9, 2) + timedelta(days=self.rng.randrange(365))
        seat = self.seats[grade, lang] = self.seats.get((grade, lang), -1) + 1
        letter = self.letters[lang][seat % len(self.letters[lang])]
        sid = self.rows.add(
            m.Student, last_name=name[0], first_name=name[1], patronymic=name[2], sex=sex,
            iin=self.iin(born, sex), birth_date=born, grade=grade, class_letter=letter,
            language=lang, address_registered=fam.address, address_actual=fam.address,
            phone=self.phone() if grade >= 5 and self.chance(0.6) else "", family=fam.id,
            search_key=fold(full_name(*name)), sort_key=sort_key(*name))
        self.index("student", sid, full_name(*name))
        self.kids.append(_Kid(sid, fam.id, grade, f"{grade}{letter}", full_name(*name)))

    def index(self, entity: str, rec_id: int, text: str) -> None:
        self.rows.tokens(entity, rec_id, sorted(set(tokens(text))))

    # --- casework --------------------------------------------------------------------------
    def sample(self, pool: list[Any], share: float) -> list[Any]:
        return self.rng.sample(pool, min(len(pool), max(1, round(share * self.quota))))

    def casework(self) -> None:
        for kid in self.kids:
            self.by_class.setdefault(kid.class_name, []).append(kid)
        for kid in self.sample([k for k in self.kids if k.grade >= 3] or self.kids, 0.08):
            self.registration(kid)
        for fam in self.sample(self.families, 0.02):
            self.visit(fam, None)
        for kid in self.sample(self.kids, 0.03):
            self.support_plan(kid)
        for kid in self.sample(self.kids, 0.04):
            self.sessions(kid)
        for _ in range(max(1, self.quota // 200)):
            self.group_session(self.rng.choice(list(self.by_class.values())))
        for _ in range(max(2, self.quota // 120)):
            self.incident(self.rng.choice(self.kids), None)
        self.referrals(self.sample(self.kids, 0.01))

    def registration(self, kid: _Kid) -> None:
        r = self.rng
        kind = r.choices(("school", "police", "commission"), (75, 15, 10))[0]
        grounds = ([r.choice(("offence", "antisocial"))] if kind != "school" else
                   r.choices(list(dn.GROUND_WEIGHTS), list(dn.GROUND_WEIGHTS.values()),
                             k=1 + self.chance(0.15)))
        for ground in dict.fromkeys(grounds):
            self.register_ground(kid, kind, ground)
        if self.chance(0.5):
            self.visit(self.families[kid.family - 1], kid)

    def register_ground(self, kid: _Kid, kind: str, ground: str) -> None:
        r, start = self.rng, self.day(-700, -10)
        age = (self.today - start).days
        removed = start + timedelta(r.randint(90, age)) if age > 90 and self.chance(0.25) else None
        rid = self.rows.add(
            m.Registration, student=kid.id, kind=kind, ground=ground, start_date=start,
            protocol_no=str(r.randint(1, 12)), protocol_date=start, initiator=dn.INITIATORS[kind],
            parents_informed_on=start + timedelta(r.randint(0, 5)), responsible=dn.RESPONSIBLE,
            curator=r.choice(self.staff[3:]), removed_on=removed,
            removal_reason=r.choice(dn.REMOVAL_REASONS) if removed else "",
            removal_protocol_no=str(r.randint(1, 12)) if removed else "")
        for pos in range(r.randint(2, 4)):
            deadline = start + timedelta(30 * (pos + 1))
            done = deadline < (removed or self.today)
            self.rows.add(m.PlanMeasure, registration=rid, measure=r.choice(dn.MEASURES),
                          responsible=r.choice(self.staff[1:]), deadline=deadline, position=pos,
                          status="done" if done else "planned", result="выполнено" if done else "")
        for i in range(1, min(3, ((removed or self.today) - start).days // 90) + 1):
            on = start + timedelta(90 * i)
            self.rows.add(m.RegistrationReview, registration=rid, review_date=on,
                          summary=r.choice(dn.REVIEW_SUMMARIES), next_review_on=on + timedelta(90),
                          decision="продолжить сопровождение")

    def visit(self, fam: _Fam, kid: _Kid | None) -> None:
        r, good, on = self.rng, self.chance(0.7), self.day(-400, -1)
        purpose = r.choice(("planned", "unplanned", "on_request"))
        self.rows.add(
            m.HomeVisit, act_no=str(self.rows.counts[m.HomeVisit] + 1), visit_date=on,
            visit_time=f"{r.randint(14, 18)}:{r.choice(('00', '30'))}", purpose=purpose,
            requested_by="КДНиЗП" if purpose == "on_request" else "", family=fam.id,
            student=kid.id if kid else None, commission="\n".join(
                f"{name} — {role}" for name, role in zip(self.staff[2:4], dn.COMMISSION_ROLES, strict=True)),
            residents=fam.residents, housing_ownership=r.choice(dn.OWNERSHIP),
            rooms=r.randint(1, 4), area_m2=float(r.randint(28, 110)), heating=r.choice(dn.HEATING),
            conclusion="satisfactory" if good else "unsatisfactory", signatures=fam.parent,
            next_visit_on=on + timedelta(90), refused_to_sign=not good and self.chance(0.3),
            **{f: good or self.chance(0.3) for f in dn.VISIT_FLAGS}, **dn.VISIT_TEXT[good])

    def support_plan(self, kid: _Kid) -> None:
        r, pmpk = self.rng, self.day(-700, -20)
        start = pmpk + timedelta(14)
        pid = self.rows.add(
            m.SupportPlan, student=kid.id, pmpk_no=str(r.randint(10, 999)), pmpk_date=pmpk,
            pmpk_valid_until=pmpk + timedelta(r.choice((365, 730))), **dn.SUPPORT_TEXT,
            need_type=r.choice(dn.NEED_TYPES), start_date=start, end_date=start + timedelta(365),
            programme=r.choice(("general", "adapted", "special", "individual")),
            education_form=r.choices(("inclusive", "special_class", "home"), (80, 12, 8))[0],
            parent_acknowledged_on=start)
        for domain, goal, method, specialist in r.sample(dn.GOALS, r.randint(2, 4)):
            self.rows.add(m.SupportGoal, plan=pid, domain=domain, goal=goal, method=method,
                          specialist=specialist, frequency=r.choice(dn.FREQUENCIES),
                          period="учебный год")
        for i in range(1, min(3, (self.today - start).days // 120) + 1):
            self.rows.add(m.SupportReview, plan=pid, review_date=start + timedelta(120 * i),
                          progress=r.choice(dn.PROGRESS), decision="продолжить по плану")

    def session(self, on: date, kind: str, kid: _Kid | None, client: str, **extra: Any) -> int:
        r = self.rng
        values = dict(
            session_date=on, start_time=f"{r.randint(9, 16):02d}:{r.choice(('00', '30'))}",
            duration_min=r.choice((30, 45, 60)), session_type=kind, client_name=client,
            student=kid.id if kid else None, requester=r.choice(dn.REQUESTERS),
            request=r.choice(dn.SESSION_REQUESTS), methods=r.choice(dn.SESSION_METHODS),
            follow_up_on=on + timedelta(14), psychologist=self.staff[1], parent_consent=True)
        return self.rows.add(m.PsySession, **{**values, **dn.SESSION_TEXT, **extra})

    def sessions(self, kid: _Kid) -> None:
        first = self.day(-300, -20)
        for i in range(self.rng.randint(1, 3)):
            risk = self.chance(0.06)
            sid = self.session(first + timedelta(7 * i), self.rng.choice(dn.SESSION_TYPES), kid,
                               kid.name, risk_bullying=risk)
            if risk:
                self.incident(kid, sid, "bullying")
        if self.chance(0.2):
            parent = self.families[kid.family - 1].parent
            sid = self.session(first, "family", kid, parent, client_kind="parent")
            self.rows.add(m.SessionParticipant, session=sid, name=parent, role="parent")

    def group_session(self, group: list[_Kid]) -> None:
        group = self.rng.sample(group, min(len(group), self.rng.randint(6, 12)))
        sid = self.session(self.day(-300, -1), "group", None, group[0].class_name,
                           request=self.rng.choice(dn.GROUP_TOPICS), requester="administration")
        for kid in group:
            self.rows.add(m.SessionParticipant, session=sid, student=kid.id, name=kid.name)

    def incident(self, target: _Kid, session: int | None, kind: str = "") -> None:
        r = self.rng
        kind = kind or r.choice(list(dn.INCIDENT_STEPS))
        at = self.moment(-300, -2)
        reported = at + timedelta(hours=r.randint(0, 30))
        closed = reported.date() + timedelta(r.randint(7, 30))
        closed_on = closed if closed < self.today and self.chance(0.7) else None
        adult = self.families[target.family - 1].parent if kind == "neglect" else ""
        iid = self.rows.add(
            m.Incident, occurred_at=at, reported_at=reported,
            reporter=r.choice(self.staff[1:]), place=r.choice(dn.PLACES), incident_type=kind,
            narrative=dn.INCIDENT_NARRATIVES[kind], **dn.INCIDENT_TEXT, adult_involved=adult,
            injuries="ссадина на локте" if kind == "violence" else "", source_session=session,
            adult_relation="законный представитель" if adult else "", closed_on=closed_on,
            status="closed" if closed_on else "open",
            closure_note="Ситуация урегулирована" if closed_on else "")
        self.involve(iid, target, kind)
        for pos, code in enumerate(dn.INCIDENT_STEPS[kind]):
            done = reported + timedelta(hours=pos + 1) if closed_on or pos < 2 else None
            self.rows.add(m.ResponseStep, incident=iid, code=code, title=dn.RESPONSE_STEPS[code],
                          position=pos, deadline_at=reported + timedelta(hours=24 * (pos + 1)),
                          done_at=done, done_by=self.staff[2] if done else "")

    def involve(self, iid: int, target: _Kid, kind: str) -> None:
        roles = [("target", target)]
        if kind in dn.PEER_INCIDENTS:
            others = [k for k in self.by_class[target.class_name] if k is not target]
            picked = self.rng.sample(others, min(len(others), self.rng.randint(1, 4)))
            roles += [("initiator" if i == 0 else "witness", k) for i, k in enumerate(picked)]
        for role, kid in roles:
            self.rows.add(m.IncidentParticipant, incident=iid, student=kid.id, name=kid.name,
                          role=role)

    def referrals(self, kids: list[_Kid]) -> None:
        numbers: dict[int, int] = {}
        for kid, on in zip(kids, sorted(self.day(-365, -1) for _ in kids), strict=True):
            numbers[on.year] = numbers.get(on.year, 0) + 1
            self.referral(kid, on, numbers[on.year])

    def referral(self, kid: _Kid, on: date, number: int) -> None:
        r, kind = self.rng, self.rng.choice(list(self.orgs))
        subject = f"О направлении учащегося {kid.class_name} класса {kid.name}"
        letter = self.rows.add(m.OutgoingLetter, year=on.year, number=number, issued_on=on,
                               organisation=self.orgs[kind], subject=subject, lang="ru")
        reply = on + timedelta(r.randint(5, 30))
        replied = reply < self.today and self.chance(0.6)
        self.rows.add(
            m.Referral, student=kid.id, organisation=self.orgs[kind], kind=kind, letter=letter,
            subject=subject, request=dn.REFERRAL_REQUESTS[kind], **dn.REFERRAL_TEXT,
            reply_by=on + timedelta(30), contact_person=self.staff[2], sent_on=on,
            sent_how=r.choice(("нарочно", "почтой", "e-mail")),
            reply_date=reply if replied else None,
            reply_no=str(r.randint(1, 900)) if replied else "",
            outcome="Ответ получен, рекомендации приняты к исполнению" if replied else "")

    def run(self) -> None:
        self.school()
        while len(self.kids) < self.quota:
            self.family()
        self.casework()


def _class_letters(students: int) -> dict[str, str]:
    """Letters of the Kazakh and the Russian classes of each grade (about 25 children each)."""
    per_grade = students / 12
    kk = max(1, round(per_grade * KK_SHARE / CLASS_SIZE))
    ru = max(1, round(per_grade * (1 - KK_SHARE) / CLASS_SIZE))
    if kk + ru > len(CLASS_LETTERS):
        kk = round(len(CLASS_LETTERS) * KK_SHARE)
        ru = len(CLASS_LETTERS) - kk
    return {"kk": CLASS_LETTERS[:kk], "ru": CLASS_LETTERS[kk:kk + ru]}


def _demo_accounts(path: Path, kdf: KdfParams) -> Register:
    """An empty encrypted register with one account per role."""
    from .services.session import DEMO_ACCOUNTS, create_register, write_demo_accounts

    admin, *others = DEMO_ACCOUNTS
    session, _recovery = create_register(path, None, admin.username, admin.full_name,
                                         admin.password, kdf=kdf)
    accounts = session.accounts
    for account in others:
        accounts.add_account(session.actor, session.db_key, account.username, account.full_name,
                             account.role, account.password)
    write_demo_accounts(path, DEMO_ACCOUNTS)
    return session.register


def _clear(path: Path, replace: bool) -> None:
    if not path.exists():
        return
    if not replace:
        raise FileExistsError(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    for extra in (path.with_suffix(".keys"), path.with_suffix(".logins"),
                  path.parent / "demo-accounts.json"):
        extra.unlink(missing_ok=True)


def write_demo_register(path: Path, *, students: int = 600, seed: int = 1, replace: bool = False,
                        today: date | None = None, encrypt: bool = False,
                        kdf: KdfParams = DEFAULT_KDF) -> str:
    """Write a fictional school register of ``students`` children at ``path``; return a summary.

    ``today`` (default: the current date) anchors ages and record dates: the same seed, size
    and ``today`` give the same register. With ``encrypt`` the register is encrypted like any
    other, with one demo account per role (:data:`~pedagogue_app.services.session.DEMO_ACCOUNTS`,
    listed in ``demo-accounts.json`` beside it for the demo's login screen); without it, a plain
    file for tests and benchmarks.

    Raises:
        FileExistsError: ``path`` exists and ``replace`` is false.
        ValueError: ``students`` is below 1.
    """
    if students < 1:
        raise ValueError("students must be at least 1")
    started, path = time.perf_counter(), Path(path)
    _clear(path, replace)
    if path.with_suffix(".keys").exists():
        raise FileExistsError(path.with_suffix(".keys"))
    register = _demo_accounts(path, kdf) if encrypt else open_register(path, create=True)
    try:
        rows = _Rows(register.db, register.device_id)
        with register.db.atomic():
            _Demo(rows, random.Random(seed), today or date.today(), students).run()
            rows.flush()
    finally:
        register.close()
    counts = ", ".join(f"{rows.counts[model]} {label}" for label, model in SUMMARY)
    return f"Demo register written: {counts} in {time.perf_counter() - started:.1f} s at {path}"
