"""The individual preventive-work plan of one register entry (жеке профилактикалық жұмыс жоспары).

The director's approval («УТВЕРЖДАЮ» / «БЕКІТЕМІН») at the top right; the ground, the start, the
council protocol, the curator and the responsible specialists; the table of measures; the
reviews; the removal from the register when there was one; the signatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from .base import (
    Letterhead,
    Spacer,
    Table,
    TableStyle,
    check_lang,
    fmt_date,
    grid,
    kv_table,
    letterhead_flowables,
    mm,
    para,
    render,
    signature_block,
    tx,
)
from .home_visit_act import coded, section

__all__ = ["TEXT", "GROUNDS", "REGISTER_KINDS", "MEASURE_STATUSES", "REMOVAL_REASONS", "PlanMeasure",
           "PlanReview", "PreventivePlan", "approval_block", "build"]

TEXT: dict[str, dict[str, str]] = {
    "approve": {"kk": "БЕКІТЕМІН", "ru": "УТВЕРЖДАЮ"},
    "director": {"kk": "Мектеп директоры", "ru": "Директор школы"},
    "approve_date": {"kk": "20___ ж. «___» ____________", "ru": "«___» ____________ 20___ г."},
    "title": {"kk": "Жеке профилактикалық жұмыс жоспары",
              "ru": "Индивидуальный план профилактической работы"},
    "subtitle_child": {"kk": "(жеке педагогикалық сүйемелдеу)",
                       "ru": "(индивидуальное педагогическое сопровождение)"},
    "s_general": {"kk": "1. Жалпы мәліметтер", "ru": "1. Общие сведения"},
    "subject": {"kk": "Білім алушы (отбасы)", "ru": "Обучающийся (семья)"},
    "birth_date": {"kk": "Туған күні", "ru": "Дата рождения"},
    "kind": {"kk": "Есепке алу түрі", "ru": "Вид учёта"},
    "ground": {"kk": "Есепке қою негізі", "ru": "Основание постановки на учёт"},
    "start": {"kk": "Есепке қойылған күні", "ru": "Дата постановки на учёт"},
    "protocol": {"kk": "Профилактика кеңесінің хаттамасы", "ru": "Протокол совета профилактики"},
    "protocol_fmt": {"kk": "№ {no}, {date}", "ru": "№ {no} от {date}"},
    "initiator": {"kk": "Бастамашы", "ru": "Инициатор"},
    "informed": {"kk": "Ата-анаға (заңды өкілдерге) хабарланған күні",
                 "ru": "Дата информирования родителей (законных представителей)"},
    "curator": {"kk": "Куратор", "ru": "Куратор"},
    "responsible": {"kk": "Жауапты мамандар", "ru": "Ответственные специалисты"},
    "notes": {"kk": "Ескертпе", "ru": "Примечание"},
    "s_measures": {"kk": "2. Профилактикалық іс-шаралар", "ru": "2. Профилактические мероприятия"},
    "m_no": {"kk": "№", "ru": "№"},
    "m_measure": {"kk": "Іс-шара", "ru": "Мероприятие"},
    "m_responsible": {"kk": "Жауапты", "ru": "Ответственный"},
    "m_deadline": {"kk": "Мерзімі", "ru": "Срок"},
    "m_status": {"kk": "Орындалуы", "ru": "Отметка о выполнении"},
    "m_result": {"kk": "Нәтижесі", "ru": "Результат"},
    "no_measures": {"kk": "Іс-шаралар әлі енгізілмеген.", "ru": "Мероприятия ещё не внесены."},
    "s_reviews": {"kk": "3. Жоспардың орындалуын қарау", "ru": "3. Рассмотрение хода выполнения плана"},
    "r_date": {"kk": "Күні", "ru": "Дата"},
    "r_summary": {"kk": "Қорытындысы", "ru": "Итоги"},
    "r_decision": {"kk": "Шешімі", "ru": "Решение"},
    "r_next": {"kk": "Келесі қарау", "ru": "Следующее рассмотрение"},
    "no_reviews": {"kk": "Қарау әлі өткізілмеген.", "ru": "Рассмотрений ещё не было."},
    "s_removal": {"kk": "4. Есептен шығару", "ru": "4. Снятие с учёта"},
    "removed_on": {"kk": "Есептен шығарылған күні", "ru": "Дата снятия с учёта"},
    "reason": {"kk": "Себебі", "ru": "Причина"},
    "removal_protocol": {"kk": "Хаттама №", "ru": "Протокол №"},
    "sign_pedagogue": {"kk": "Әлеуметтік педагог", "ru": "Социальный педагог"},
    "sign_curator": {"kk": "Куратор", "ru": "Куратор"},
    "sign_parent": {"kk": "Жоспармен таныстым (ата-ана, заңды өкіл)",
                    "ru": "С планом ознакомлен(а) (родитель, законный представитель)"},
    "doc_title": {"kk": "Жеке профилактикалық жұмыс жоспары",
                  "ru": "Индивидуальный план профилактической работы"},
}
GROUNDS: dict[str, dict[str, str]] = {
    "learning": {"kk": "оқудағы қиындықтар", "ru": "трудности в обучении"},
    "absence": {"kk": "сабақтарды дәлелсіз себептермен жүйелі түрде босату",
                "ru": "систематические пропуски занятий без уважительной причины"},
    "antisocial": {"kk": "қоғамға жат мінез-құлық", "ru": "антиобщественное поведение"},
    "offence": {"kk": "құқық бұзушылық жасау", "ru": "совершение правонарушения"},
    "violence_victim": {"kk": "зорлық-зомбылықтан зардап шегу", "ru": "ребёнок — жертва насилия"},
    "suicidal_risk": {"kk": "суицидтік тәуекел", "ru": "суицидальный риск"},
    "difficult": {"kk": "қиын өмірлік жағдай", "ru": "трудная жизненная ситуация"},
}
REGISTER_KINDS: dict[str, dict[str, str]] = {
    "school": {"kk": "мектепішілік есеп", "ru": "внутришкольный учёт"},
    "police": {"kk": "ювеналдық полиция есебі", "ru": "учёт в ювенальной полиции (ОЮП)"},
    "commission": {"kk": "кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі "
                         "комиссия есебі",
                   "ru": "учёт в комиссии по делам несовершеннолетних и защите их прав (КДНиЗП)"},
}
MEASURE_STATUSES: dict[str, dict[str, str]] = {
    "planned": {"kk": "жоспарланған", "ru": "запланировано"},
    "done": {"kk": "орындалды", "ru": "выполнено"},
    "cancelled": {"kk": "күші жойылды", "ru": "отменено"},
}
REMOVAL_REASONS: dict[str, dict[str, str]] = {
    "positive_dynamics": {"kk": "оң динамика", "ru": "положительная динамика"},
    "transfer": {"kk": "басқа мектепке ауысуы", "ru": "перевод в другую школу"},
    "graduation": {"kk": "мектепті бітіруі", "ru": "окончание школы"},
    "age_18": {"kk": "18 жасқа толуы", "ru": "достижение 18 лет"},
    "council_decision": {"kk": "профилактика кеңесінің шешімі", "ru": "решение совета профилактики"},
}


DATE_COL = 23 * mm


@dataclass(frozen=True)
class PlanMeasure:
    measure: str
    responsible: str = ""
    deadline: date | None = None
    status: str = "planned"  # code of MEASURE_STATUSES
    result: str = ""


@dataclass(frozen=True)
class PlanReview:
    review_date: date | None
    summary: str = ""
    decision: str = ""
    next_review_on: date | None = None


@dataclass(frozen=True)
class PreventivePlan:
    letterhead: Letterhead
    subject: str  # "Surname Name Patronymic, 5А" or the family's name
    kind: str  # code of REGISTER_KINDS
    ground: str  # code of GROUNDS
    start_date: date
    birth_date: date | None = None
    protocol_no: str = ""
    protocol_date: date | None = None
    initiator: str = ""
    parents_informed_on: date | None = None
    curator: str = ""
    responsible: str = ""
    notes: str = ""
    measures: tuple[PlanMeasure, ...] = ()
    reviews: tuple[PlanReview, ...] = ()
    removed_on: date | None = None
    removal_reason: str = ""  # code of REMOVAL_REASONS
    removal_protocol_no: str = ""


def approval_block(director_name: str, lang: str, width: float, school: str = "") -> Table:
    """«УТВЕРЖДАЮ / Директор ______ name / «__» ______ 20__ г.» in a box at the right."""
    box = 88 * mm
    lines: list[Flowable] = [para(tx(TEXT, "approve", lang), "subtitle"),
                             para(tx(TEXT, "director", lang), "body_left")]
    if school:
        lines.append(para(school, "small"))
    lines += [Spacer(1, 3 * mm), para(f"__________ {director_name}".rstrip(), "body_left"),
              para(tx(TEXT, "approve_date", lang), "body_left")]
    t = Table([["", lines]], colWidths=[width - box, box])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 0)]))
    return t


def story(plan: PreventivePlan, lang: str, width: float) -> list[Flowable]:
    t = TEXT
    out: list[Flowable] = list(letterhead_flowables(plan.letterhead, lang, width))
    out.append(approval_block(plan.letterhead.director_name, lang, width))
    out.append(Spacer(1, 3 * mm))
    out.append(para(tx(t, "title", lang), "title"))
    out.append(para(tx(t, "subtitle_child", lang), "center"))
    out.append(para(plan.subject, "center"))
    out.append(Spacer(1, 2 * mm))

    protocol = ""
    if plan.protocol_no or plan.protocol_date:
        protocol = tx(t, "protocol_fmt", lang).format(no=plan.protocol_no or "____",
                                                      date=fmt_date(plan.protocol_date) or "________")
        protocol = protocol.strip(" ,")
    general = [(tx(t, "subject", lang), plan.subject)]
    if plan.birth_date:
        general.append((tx(t, "birth_date", lang), fmt_date(plan.birth_date)))
    general += [
        (tx(t, "kind", lang), coded(REGISTER_KINDS, plan.kind, lang)),
        (tx(t, "ground", lang), coded(GROUNDS, plan.ground, lang)),
        (tx(t, "start", lang), fmt_date(plan.start_date)),
        (tx(t, "protocol", lang), protocol),
        (tx(t, "initiator", lang), plan.initiator),
        (tx(t, "informed", lang), fmt_date(plan.parents_informed_on)),
        (tx(t, "curator", lang), plan.curator),
        (tx(t, "responsible", lang), plan.responsible),
    ]
    if plan.notes:
        general.append((tx(t, "notes", lang), plan.notes))
    out.append(section(tx(t, "s_general", lang), kv_table(general, width, key_share=0.4)))

    if plan.measures:
        rows = [[str(i), m.measure, m.responsible, fmt_date(m.deadline),
                 coded(MEASURE_STATUSES, m.status, lang), m.result]
                for i, m in enumerate(plan.measures, start=1)]
        fixed = 8 * mm + DATE_COL + 29 * mm
        out.append(section(tx(t, "s_measures", lang), grid(
            [tx(t, k, lang) for k in ("m_no", "m_measure", "m_responsible", "m_deadline", "m_status",
                                      "m_result")],
            rows, [8 * mm, (width - fixed) * 0.36, (width - fixed) * 0.30, DATE_COL, 29 * mm,
                   (width - fixed) * 0.34])))
    else:
        out.append(section(tx(t, "s_measures", lang), para(tx(t, "no_measures", lang), "body_left")))

    if plan.reviews:
        rows = [[fmt_date(r.review_date), r.summary, r.decision, fmt_date(r.next_review_on)]
                for r in plan.reviews]
        out.append(section(tx(t, "s_reviews", lang), grid(
            [tx(t, k, lang) for k in ("r_date", "r_summary", "r_decision", "r_next")], rows,
            [DATE_COL, (width - DATE_COL - 30 * mm) * 0.55, (width - DATE_COL - 30 * mm) * 0.45,
             30 * mm])))
    else:
        out.append(section(tx(t, "s_reviews", lang), para(tx(t, "no_reviews", lang), "body_left")))

    if plan.removed_on is not None:
        out.append(section(tx(t, "s_removal", lang), kv_table([
            (tx(t, "removed_on", lang), fmt_date(plan.removed_on)),
            (tx(t, "reason", lang), coded(REMOVAL_REASONS, plan.removal_reason, lang)),
            (tx(t, "removal_protocol", lang), plan.removal_protocol_no),
        ], width, key_share=0.4)))

    out.append(Spacer(1, 6 * mm))
    out.append(KeepTogether([signature_block([
        (tx(t, "sign_pedagogue", lang), ""),
        (tx(t, "sign_curator", lang), plan.curator),
        (tx(t, "sign_parent", lang), ""),
    ], width)]))
    return out


def build(plan: PreventivePlan, lang: str) -> bytes:
    """The plan as PDF bytes in ``lang`` ("kk" or "ru"), marked confidential."""
    check_lang(lang)
    return render(lambda width: story(plan, lang, width), lang=lang, title=tx(TEXT, "doc_title", lang),
                  confidential=True)
