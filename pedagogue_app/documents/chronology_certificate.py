"""«Справка» / «Анықтама»: a child's chronology for the commission for minors' affairs or a court.

The child's data, the period, and every record about the child, newest first: date, kind of
record, a short summary. A psychologist's session is only ever named («консультация
педагога-психолога») with its date: nothing of its content or summary is printed.
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
    long_date,
    mm,
    para,
    render,
    signature_block,
    tx,
)
from .home_visit_act import CONCLUSION, coded
from .incident_report import INCIDENT_TYPES, ROLES
from .preventive_plan import GROUNDS, REGISTER_KINDS, REMOVAL_REASONS
from .support_plan import NEED_TYPES

__all__ = ["TEXT", "KINDS", "REFERRAL_KINDS", "RELATIONS", "CertificateChild", "ChronologyRow",
           "ChronologyCertificate", "build", "kind_name", "summary"]

TEXT: dict[str, dict[str, str]] = {
    "title": {"kk": "АНЫҚТАМА", "ru": "СПРАВКА"},
    "subtitle": {"kk": "білім алушымен жүргізілген жұмыс туралы (жазбалар хронологиясы)",
                 "ru": "о работе, проведённой с обучающимся (хронология записей)"},
    "out_no": {"kk": "Шығ. № ________", "ru": "Исх. № ________"},
    "s_child": {"kk": "Білім алушы туралы мәліметтер", "ru": "Сведения об обучающемся"},
    "full_name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество"},
    "birth_date": {"kk": "Туған күні", "ru": "Дата рождения"},
    "iin": {"kk": "ЖСН", "ru": "ИИН"},
    "class": {"kk": "Сыныбы", "ru": "Класс"},
    "address": {"kk": "Тұратын мекенжайы", "ru": "Адрес проживания"},
    "representatives": {"kk": "Заңды өкілдері", "ru": "Законные представители"},
    "period_intro": {"kk": "{start} – {end} аралығында білім алушымен жүргізілген жұмыс туралы "
                           "мәліметтер (жазбалар соңғысынан бастап):",
                     "ru": "Сведения о работе с обучающимся за период с {start} по {end} "
                           "(записи начиная с последней):"},
    "h_no": {"kk": "№", "ru": "№"},
    "h_date": {"kk": "Күні", "ru": "Дата"},
    "h_kind": {"kk": "Жазба түрі", "ru": "Вид записи"},
    "h_summary": {"kk": "Қысқаша мазмұны", "ru": "Краткое содержание"},
    "no_records": {"kk": "Осы кезеңде жазбалар жоқ.", "ru": "Записей за этот период нет."},
    "purpose": {"kk": "Анықтама талап етілген жерге ұсыну үшін берілді.",
                "ru": "Справка выдана для представления по месту требования."},
    "issued": {"kk": "Берілген күні", "ru": "Дата выдачи"},
    "sign_director": {"kk": "Мектеп директоры", "ru": "Директор школы"},
    "sign_pedagogue": {"kk": "Әлеуметтік педагог", "ru": "Социальный педагог"},
    # summaries
    "reg_start": {"kk": "Есепке қойылды ({kind}); негізі: {ground}",
                  "ru": "Постановка на учёт ({kind}); основание: {ground}"},
    "reg_removal": {"kk": "Есептен шығарылды; себебі: {reason} (есепке қою негізі: {ground})",
                    "ru": "Снятие с учёта; причина: {reason} (основание постановки: {ground})"},
    "plan": {"kk": "ПМПК қорытындысы және сүйемелдеу жоспары", "ru": "Заключение ПМПК и план сопровождения"},
    "plan_review": {"kk": "Сүйемелдеу жоспарын қайта қарау", "ru": "Пересмотр плана сопровождения"},
    "incident": {"kk": "{type}; баланың рөлі: {role}", "ru": "{type}; роль ребёнка: {role}"},
    "act": {"kk": "Акт {text}", "ru": "Акт {text}"},
    "referral_reply": {"kk": "Жолдамаға жауап", "ru": "Ответ на направление"},
    "other_kind": {"kk": "Жазба", "ru": "Запись"},
}
RELATIONS: dict[str, dict[str, str]] = {
    "mother": {"kk": "анасы", "ru": "мать"},
    "father": {"kk": "әкесі", "ru": "отец"},
    "stepmother": {"kk": "өгей шешесі", "ru": "мачеха"},
    "stepfather": {"kk": "өгей әкесі", "ru": "отчим"},
    "grandmother": {"kk": "әжесі", "ru": "бабушка"},
    "grandfather": {"kk": "атасы", "ru": "дедушка"},
    "guardian": {"kk": "қорғаншысы", "ru": "опекун"},
    "sibling": {"kk": "бауыры", "ru": "брат или сестра"},
    "other": {"kk": "туысы", "ru": "родственник"},
}
KINDS: dict[str, dict[str, str]] = {
    "registration": {"kk": "Есепке алу", "ru": "Учёт"},
    "home_visit": {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру",
                   "ru": "Обследование жилищно-бытовых условий"},
    "support_plan": {"kk": "Ерекше білім беру қажеттіліктері", "ru": "Особые образовательные потребности"},
    "session": {"kk": "Педагог-психологтың консультациясы", "ru": "Консультация педагога-психолога"},
    "incident": {"kk": "Оқиға (инцидент)", "ru": "Инцидент"},
    "referral": {"kk": "Жолдама (хат)", "ru": "Направление (письмо)"},
}
REFERRAL_KINDS: dict[str, dict[str, str]] = {
    "pmpk": {"kk": "ПМПК-ға жолдама", "ru": "Направление на ПМПК"},
    "rehab": {"kk": "Оңалту орталығына жолдама", "ru": "Направление в реабилитационный центр"},
    "crisis": {"kk": "Дағдарыс орталығына жолдама", "ru": "Направление в кризисный центр"},
    "police": {"kk": "Ювеналдық полиция бөліміне хат", "ru": "Письмо в ювенальную полицию (ОЮП)"},
    "commission": {"kk": "Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі "
                         "комиссияға хат",
                   "ru": "Письмо в комиссию по делам несовершеннолетних и защите их прав (КДНиЗП)"},
    "guardianship": {"kk": "Қорғаншылық және қамқоршылық органына хат",
                     "ru": "Письмо в орган опеки и попечительства"},
    "polyclinic": {"kk": "Емханаға жолдама", "ru": "Направление в поликлинику"},
}


@dataclass(frozen=True)
class CertificateChild:
    name: str
    birth_date: date | None = None
    iin: str = ""
    class_name: str = ""
    address: str = ""
    representatives: tuple[tuple[str, str], ...] = ()  # (name, relation code of RELATIONS)


@dataclass(frozen=True)
class ChronologyRow:
    """One record of the chronology, in codes and the record's own words.

    ``event``: for a registration "start" or "removal", for a support plan "plan" or "review", for a
    referral "letter" or "reply".
    ``code``: the registration's ground, the act's conclusion, the incident's type, the plan's
    type of need, the referral's kind.
    ``detail_code``: the register kind (start), the removal reason, the child's role in an incident.
    ``text``: the record's own words (the act No., the conclusion No. and plan period, a review's
    progress and decision). Never printed for a session.
    """

    when: date
    kind: str
    event: str = ""
    code: str = ""
    detail_code: str = ""
    text: str = ""


@dataclass(frozen=True)
class ChronologyCertificate:
    letterhead: Letterhead
    child: CertificateChild
    period_from: date | None
    period_to: date
    issued_on: date
    rows: tuple[ChronologyRow, ...] = ()


def summary(row: ChronologyRow, lang: str) -> str:
    """The short summary column of one row in ``lang``."""
    t = TEXT
    if row.kind == "session":
        return ""  # the kind column names it; nothing of a session is ever summarised
    if row.kind == "registration":
        ground = coded(GROUNDS, row.code, lang)
        if row.event == "removal":
            return tx(t, "reg_removal", lang).format(reason=coded(REMOVAL_REASONS, row.detail_code, lang),
                                                     ground=ground)
        return tx(t, "reg_start", lang).format(kind=coded(REGISTER_KINDS, row.detail_code, lang),
                                               ground=ground)
    if row.kind == "home_visit":
        parts = [tx(t, "act", lang).format(text=row.text) if row.text else "",
                 coded(CONCLUSION, row.code, lang)]
        return ". ".join(p for p in parts if p)
    if row.kind == "support_plan":
        if row.event == "review":
            head = tx(t, "plan_review", lang)
            return f"{head}: {row.text}" if row.text else head
        head = " ".join(x for x in (tx(t, "plan", lang), row.text) if x)
        need = coded(NEED_TYPES, row.code, lang)
        return f"{head}: {need}" if need else head
    if row.kind == "incident":
        return tx(t, "incident", lang).format(type=coded(INCIDENT_TYPES, row.code, lang),
                                              role=coded(ROLES, row.detail_code, lang))
    if row.kind == "referral":
        head = (tx(t, "referral_reply", lang) if row.event == "reply"
                else coded(REFERRAL_KINDS, row.code, lang))
        return ": ".join(x for x in (head, row.text) if x)
    return row.text


def kind_name(kind: str, lang: str) -> str:
    """The kind column: the record type in ``lang`` (a type this module does not know: «record»)."""
    return KINDS[kind][lang] if kind in KINDS else tx(TEXT, "other_kind", lang)


def story(cert: ChronologyCertificate, lang: str, width: float) -> list[Flowable]:
    t = TEXT
    out: list[Flowable] = list(letterhead_flowables(cert.letterhead, lang, width))
    out.append(para(f"{tx(t, 'out_no', lang)}    {long_date(cert.issued_on, lang)}", "body_left"))
    out.append(Spacer(1, 3 * mm))
    out.append(para(tx(t, "title", lang), "title"))
    out.append(para(tx(t, "subtitle", lang), "center"))
    out.append(Spacer(1, 3 * mm))

    c = cert.child
    rows = [(tx(t, "full_name", lang), c.name), (tx(t, "birth_date", lang), fmt_date(c.birth_date)),
            (tx(t, "iin", lang), c.iin), (tx(t, "class", lang), c.class_name),
            (tx(t, "address", lang), c.address)]
    if c.representatives:
        rows.append((tx(t, "representatives", lang),
                     "\n".join(f"{name} ({coded(RELATIONS, rel, lang)})" if rel else name
                               for name, rel in c.representatives)))
    out += [para(tx(t, "s_child", lang), "subtitle"), kv_table(rows, width)]

    start = fmt_date(cert.period_from or cert.period_to)
    out.append(Spacer(1, 3 * mm))
    intro = tx(t, "period_intro", lang).format(start=start, end=fmt_date(cert.period_to))
    out.append(para(intro, "body_left"))
    if cert.rows:
        table_rows = [[str(i), fmt_date(r.when), kind_name(r.kind, lang), summary(r, lang)]
                      for i, r in enumerate(cert.rows, start=1)]
        kind_col = 42 * mm
        out.append(grid([tx(t, k, lang) for k in ("h_no", "h_date", "h_kind", "h_summary")], table_rows,
                        [9 * mm, 23 * mm, kind_col, width - 32 * mm - kind_col]))
    else:
        out.append(para(tx(t, "no_records", lang), "body_left"))

    out.append(Spacer(1, 4 * mm))
    out.append(para(tx(t, "purpose", lang), "body_left"))
    out.append(Spacer(1, 6 * mm))
    out.append(KeepTogether([signature_block([
        (tx(t, "sign_director", lang), cert.letterhead.director_name),
        (tx(t, "sign_pedagogue", lang), ""),
    ], width)]))
    return out


def build(cert: ChronologyCertificate, lang: str) -> bytes:
    """The certificate as PDF bytes in ``lang`` ("kk" or "ru"), marked confidential."""
    check_lang(lang)
    return render(lambda width: story(cert, lang, width), lang=lang,
                  title=tx(TEXT, "title", lang), confidential=True)
