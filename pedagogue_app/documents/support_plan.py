"""The special-needs plan: the individual plan of psychological and pedagogical support of a child
with special educational needs, following the PMPK conclusion.

The conclusion (No., date, valid until), the need, the programme, the form of education, the
specialists and the special conditions; the goals per domain; the reviews; the parent's
acknowledgement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from .base import (
    Letterhead,
    Spacer,
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
from .preventive_plan import approval_block

__all__ = ["TEXT", "PROGRAMMES", "EDUCATION_FORMS", "SPECIALISTS", "NEED_TYPES", "GOAL_DOMAINS",
           "SupportGoal", "SupportReview", "SupportPlan", "build"]

TEXT: dict[str, dict[str, str]] = {
    "title": {"kk": "Ерекше білім беру қажеттіліктері бар білім алушыны психологиялық-педагогикалық "
                    "сүйемелдеудің жеке жоспары",
              "ru": "Индивидуальный план психолого-педагогического сопровождения обучающегося "
                    "с особыми образовательными потребностями"},
    "doc_title": {"kk": "Психологиялық-педагогикалық сүйемелдеудің жеке жоспары",
                  "ru": "Индивидуальный план психолого-педагогического сопровождения"},
    "s_child": {"kk": "1. Білім алушы туралы мәліметтер", "ru": "1. Сведения об обучающемся"},
    "full_name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество"},
    "birth_date": {"kk": "Туған күні", "ru": "Дата рождения"},
    "class": {"kk": "Сыныбы", "ru": "Класс"},
    "s_pmpk": {"kk": "2. ПМПК қорытындысы", "ru": "2. Заключение ПМПК"},
    "pmpk_no": {"kk": "Қорытынды нөмірі", "ru": "Номер заключения"},
    "pmpk_date": {"kk": "Берілген күні", "ru": "Дата выдачи"},
    "pmpk_valid": {"kk": "Жарамдылық мерзімі", "ru": "Действительно до"},
    "need_type": {"kk": "Ерекше білім беру қажеттілігінің түрі",
                  "ru": "Вид особой образовательной потребности"},
    "programme": {"kk": "Ұсынылған оқу бағдарламасы", "ru": "Рекомендованная учебная программа"},
    "form": {"kk": "Оқыту нысаны", "ru": "Форма обучения"},
    "specialists": {"kk": "Сүйемелдеу мамандары", "ru": "Специалисты сопровождения"},
    "conditions": {"kk": "Арнайы білім беру жағдайлары", "ru": "Специальные условия обучения"},
    "period": {"kk": "Жоспарды іске асыру мерзімі", "ru": "Срок реализации плана"},
    "period_fmt": {"kk": "{start} – {end}", "ru": "с {start} по {end}"},
    "s_goals": {"kk": "3. Сүйемелдеу мақсаттары", "ru": "3. Цели сопровождения"},
    "g_domain": {"kk": "Саласы", "ru": "Область"},
    "g_goal": {"kk": "Мақсаты", "ru": "Цель"},
    "g_method": {"kk": "Әдістері мен тәсілдері", "ru": "Методы и приёмы"},
    "g_specialist": {"kk": "Маман", "ru": "Специалист"},
    "g_frequency": {"kk": "Жиілігі", "ru": "Частота"},
    "g_period": {"kk": "Мерзімі", "ru": "Срок"},
    "no_goals": {"kk": "Мақсаттар әлі енгізілмеген.", "ru": "Цели ещё не внесены."},
    "s_reviews": {"kk": "4. Жоспарды қайта қарау (мониторинг)", "ru": "4. Мониторинг (пересмотр плана)"},
    "r_date": {"kk": "Күні", "ru": "Дата"},
    "r_progress": {"kk": "Динамикасы", "ru": "Динамика"},
    "r_decision": {"kk": "Шешімі", "ru": "Решение"},
    "no_reviews": {"kk": "Қайта қарау әлі өткізілмеген.", "ru": "Пересмотров ещё не было."},
    "s_parent": {"kk": "Ата-ананың (заңды өкілдің) танысуы",
                 "ru": "Ознакомление родителя (законного представителя)"},
    "parent_line": {"kk": "Жоспармен таныстым, келісемін", "ru": "С планом ознакомлен(а), согласен(на)"},
    "acknowledged_on": {"kk": "Танысқан күні", "ru": "Дата ознакомления"},
    "sign_specialists": {"kk": "Сүйемелдеу мамандары", "ru": "Специалисты сопровождения"},
    "class_teacher": {"kk": "Сынып жетекшісі", "ru": "Классный руководитель"},
}
PROGRAMMES: dict[str, dict[str, str]] = {
    "general": {"kk": "жалпы білім беретін оқу бағдарламасы", "ru": "общеобразовательная учебная программа"},
    "adapted": {"kk": "бейімделген оқу бағдарламасы", "ru": "адаптированная учебная программа"},
    "special": {"kk": "арнаулы оқу бағдарламасы", "ru": "специальная учебная программа"},
    "individual": {"kk": "жеке оқу жоспары", "ru": "индивидуальный учебный план"},
}
EDUCATION_FORMS: dict[str, dict[str, str]] = {
    "inclusive": {"kk": "инклюзивті сынып", "ru": "инклюзивный класс"},
    "special_class": {"kk": "арнаулы сынып", "ru": "специальный класс"},
    "home": {"kk": "үйде оқыту", "ru": "обучение на дому"},
}
SPECIALISTS: dict[str, dict[str, str]] = {
    "speech_therapist": {"kk": "логопед мұғалім", "ru": "учитель-логопед"},
    "defectologist": {"kk": "дефектолог мұғалім", "ru": "учитель-дефектолог"},
    "psychologist": {"kk": "педагог-психолог", "ru": "педагог-психолог"},
    "assistant": {"kk": "педагог ассистенті", "ru": "ассистент педагога"},
}
# Suggestions of the dialog (services.support_plans NEED_TYPES, GOAL_DOMAINS): a code or its
# English label prints in the document's language; other words as written.
NEED_TYPES: dict[str, dict[str, str]] = {
    "delay": {"kk": "психикалық дамудың тежелуі", "ru": "задержка психического развития"},
    "speech": {"kk": "сөйлеу тілінің ауыр бұзылыстары", "ru": "тяжёлые нарушения речи"},
    "hearing": {"kk": "есту қабілетінің бұзылуы", "ru": "нарушение слуха"},
    "vision": {"kk": "көру қабілетінің бұзылуы", "ru": "нарушение зрения"},
    "motor": {"kk": "тірек-қимыл аппаратының бұзылыстары", "ru": "нарушения опорно-двигательного аппарата"},
    "autism": {"kk": "аутистік спектр бұзылыстары", "ru": "расстройства аутистического спектра"},
    "intellectual": {"kk": "зияткерлік бұзылыстар", "ru": "нарушения интеллекта"},
    "emotional": {"kk": "эмоциялық-еріктік сала мен мінез-құлықтың бұзылыстары",
                  "ru": "нарушения эмоционально-волевой сферы и поведения"},
}
GOAL_DOMAINS: dict[str, dict[str, str]] = {
    "speech": {"kk": "сөйлеу тілі", "ru": "речь"},
    "cognition": {"kk": "танымдық сала", "ru": "познавательная сфера"},
    "emotions": {"kk": "эмоциялық сала", "ru": "эмоциональная сфера"},
    "communication": {"kk": "қарым-қатынас", "ru": "коммуникация"},
    "learning": {"kk": "оқу әрекеті", "ru": "учебная деятельность"},
    "motor": {"kk": "қимыл дағдылары (моторика)", "ru": "моторика"},
    "self_care": {"kk": "өзіне-өзі қызмет көрсету", "ru": "самообслуживание"},
    "behaviour": {"kk": "мінез-құлық", "ru": "поведение"},
}
DATE_COL = 23 * mm


@dataclass(frozen=True)
class SupportGoal:
    domain: str  # a code of GOAL_DOMAINS or the record's own words
    goal: str
    method: str = ""
    specialist: str = ""  # a code of SPECIALISTS or the record's own words
    frequency: str = ""
    period: str = ""


@dataclass(frozen=True)
class SupportReview:
    review_date: date | None
    progress: str = ""
    decision: str = ""


@dataclass(frozen=True)
class SupportPlan:
    letterhead: Letterhead
    student_name: str
    class_name: str = ""
    birth_date: date | None = None
    pmpk_no: str = ""
    pmpk_date: date | None = None
    pmpk_valid_until: date | None = None
    need_type: str = ""  # a code of NEED_TYPES or the record's own words
    programme: str = ""  # code of PROGRAMMES
    education_form: str = ""  # code of EDUCATION_FORMS
    specialists: tuple[str, ...] = ()  # codes of SPECIALISTS (or words of older records)
    special_conditions: str = ""
    start_date: date | None = None
    end_date: date | None = None
    goals: tuple[SupportGoal, ...] = ()
    reviews: tuple[SupportReview, ...] = ()
    parent_name: str = ""
    parent_acknowledged_on: date | None = None


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _goals_table(plan: SupportPlan, lang: str, width: float) -> Flowable:
    """Goals grouped by domain (in the order each domain first appears); the domain printed once."""
    order: list[str] = []
    for g in plan.goals:
        if g.domain not in order:
            order.append(g.domain)
    rows: list[list[object]] = []
    spans: list[tuple[int, int]] = []
    for domain in order:
        group = [g for g in plan.goals if g.domain == domain]
        first = len(rows) + 1  # row 0 is the header
        for i, g in enumerate(group):
            rows.append([coded(GOAL_DOMAINS, domain, lang) if i == 0 else "", g.goal, g.method,
                         coded(SPECIALISTS, g.specialist, lang), g.frequency, g.period])
        if len(group) > 1:
            spans.append((first, first + len(group) - 1))
    fixed = 27 * mm + 31 * mm + 22 * mm + 25 * mm
    table = grid([tx(TEXT, k, lang) for k in ("g_domain", "g_goal", "g_method", "g_specialist",
                                               "g_frequency", "g_period")],
                 rows, [27 * mm, (width - fixed) * 0.52, (width - fixed) * 0.48, 31 * mm, 22 * mm, 25 * mm])
    table.setStyle([("SPAN", (0, a), (0, b)) for a, b in spans]
                   + [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    return table


def story(plan: SupportPlan, lang: str, width: float) -> list[Flowable]:
    t = TEXT
    out: list[Flowable] = list(letterhead_flowables(plan.letterhead, lang, width))
    out.append(approval_block(plan.letterhead.director_name, lang, width))
    out.append(Spacer(1, 3 * mm))
    out.append(para(tx(t, "title", lang), "title"))
    out.append(Spacer(1, 2 * mm))

    child = [(tx(t, "full_name", lang), plan.student_name),
             (tx(t, "birth_date", lang), fmt_date(plan.birth_date)),
             (tx(t, "class", lang), plan.class_name)]
    out.append(section(tx(t, "s_child", lang), kv_table(child, width, key_share=0.4)))

    period = ""
    if plan.start_date or plan.end_date:
        period = tx(t, "period_fmt", lang).format(start=fmt_date(plan.start_date) or "________",
                                                  end=fmt_date(plan.end_date) or "________")
    pmpk = [
        (tx(t, "pmpk_no", lang), f"№ {plan.pmpk_no}" if plan.pmpk_no else ""),
        (tx(t, "pmpk_date", lang), fmt_date(plan.pmpk_date)),
        (tx(t, "pmpk_valid", lang), fmt_date(plan.pmpk_valid_until)),
        (tx(t, "need_type", lang), coded(NEED_TYPES, plan.need_type, lang)),
        (tx(t, "programme", lang), coded(PROGRAMMES, plan.programme, lang)),
        (tx(t, "form", lang), coded(EDUCATION_FORMS, plan.education_form, lang)),
        (tx(t, "specialists", lang), ", ".join(coded(SPECIALISTS, s, lang) for s in plan.specialists)),
        (tx(t, "conditions", lang), plan.special_conditions),
        (tx(t, "period", lang), period),
    ]
    out.append(section(tx(t, "s_pmpk", lang), kv_table(pmpk, width, key_share=0.4)))

    if plan.goals:
        out.append(section(tx(t, "s_goals", lang), _goals_table(plan, lang, width)))
    else:
        out.append(section(tx(t, "s_goals", lang), para(tx(t, "no_goals", lang), "body_left")))

    if plan.reviews:
        rows = [[fmt_date(r.review_date), r.progress, r.decision] for r in plan.reviews]
        out.append(section(tx(t, "s_reviews", lang), grid(
            [tx(t, k, lang) for k in ("r_date", "r_progress", "r_decision")], rows,
            [DATE_COL, (width - DATE_COL) * 0.55, (width - DATE_COL) * 0.45])))
    else:
        out.append(section(tx(t, "s_reviews", lang), para(tx(t, "no_reviews", lang), "body_left")))

    signers = [(_upper_first(coded(SPECIALISTS, s, lang)), "") for s in plan.specialists]
    signers.append((tx(t, "class_teacher", lang), ""))
    out.append(Spacer(1, 4 * mm))
    out.append(KeepTogether([para(tx(t, "sign_specialists", lang) + ":", "subtitle"),
                             signature_block(signers, width)]))
    out.append(Spacer(1, 4 * mm))
    acknowledged = fmt_date(plan.parent_acknowledged_on) or "«___» ____________ 20___"
    out.append(KeepTogether([
        para(tx(t, "s_parent", lang), "subtitle"),
        signature_block([(tx(t, "parent_line", lang), plan.parent_name)], width),
        para(f"{tx(t, 'acknowledged_on', lang)}: {acknowledged}", "body_left"),
    ]))
    return out


def build(plan: SupportPlan, lang: str) -> bytes:
    """The plan as PDF bytes in ``lang`` ("kk" or "ru"), marked confidential."""
    check_lang(lang)
    return render(lambda width: story(plan, lang, width), lang=lang, title=tx(TEXT, "doc_title", lang),
                  confidential=True)
