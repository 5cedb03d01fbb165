"""The incident report: what happened (facts only), the child's words, injuries, each child's role,
the adult involved, the response steps with who did them and when, the follow-up and the closure.

Always marked confidential. A step of the standard checklist prints in the document's language;
a step the school wrote itself prints as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

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

__all__ = ["TEXT", "INCIDENT_TYPES", "STATUSES", "ROLES", "STEPS", "IncidentChild", "IncidentStep",
           "IncidentReport", "build", "fmt_time"]

TEXT: dict[str, dict[str, str]] = {
    "title": {"kk": "Оқиға (инцидент) туралы есеп", "ru": "Отчёт об инциденте"},
    "reg_no": {"kk": "Тіркеу №", "ru": "Рег. №"},
    "s_general": {"kk": "1. Жалпы мәліметтер", "ru": "1. Общие сведения"},
    "type": {"kk": "Оқиға түрі", "ru": "Вид инцидента"},
    "occurred": {"kk": "Оқиғаның болған күні мен уақыты", "ru": "Дата и время происшествия"},
    "reported": {"kk": "Хабарлама түскен күні мен уақыты", "ru": "Дата и время поступления сообщения"},
    "reporter": {"kk": "Хабарлаған адам", "ru": "Кто сообщил"},
    "place": {"kk": "Оқиға орны", "ru": "Место"},
    "status": {"kk": "Мәртебесі", "ru": "Статус"},
    "s_narrative": {"kk": "2. Оқиғаның мән-жайы (тек фактілер)", "ru": "2. Обстоятельства (только факты)"},
    "s_words": {"kk": "3. Баланың өз сөзі (сөзбе-сөз)", "ru": "3. Со слов ребёнка (дословно)"},
    "s_injuries": {"kk": "4. Дене жарақаттары", "ru": "4. Телесные повреждения"},
    "s_children": {"kk": "5. Оқиғаға қатысқан балалар", "ru": "5. Дети, причастные к инциденту"},
    "c_name": {"kk": "Тегі, аты", "ru": "Фамилия, имя"},
    "c_class": {"kk": "Сыныбы", "ru": "Класс"},
    "c_role": {"kk": "Рөлі", "ru": "Роль"},
    "c_notes": {"kk": "Ескертпе", "ru": "Примечание"},
    "s_adult": {"kk": "6. Оқиғаға қатысы бар ересек адам", "ru": "6. Причастный взрослый"},
    "adult": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество"},
    "adult_relation": {"kk": "Балаға қатысы", "ru": "Отношение к ребёнку"},
    "no_adult": {"kk": "Ересек адам көрсетілмеген", "ru": "Взрослый не указан"},
    "s_steps": {"kk": "7. Ден қою шаралары", "ru": "7. Принятые меры реагирования"},
    "st_step": {"kk": "Шара", "ru": "Мера"},
    "st_deadline": {"kk": "Мерзімі", "ru": "Срок"},
    "st_done_at": {"kk": "Орындалды", "ru": "Выполнено"},
    "st_done_by": {"kk": "Кім орындады", "ru": "Кем"},
    "st_note": {"kk": "Ескертпе", "ru": "Примечание"},
    "not_applicable": {"kk": "талап етілмейді", "ru": "не требуется"},
    "no_steps": {"kk": "Шаралар енгізілмеген.", "ru": "Меры не внесены."},
    "s_follow_up": {"kk": "8. Кейінгі жұмыс", "ru": "8. Дальнейшая работа"},
    "s_closure": {"kk": "9. Істің жабылуы", "ru": "9. Закрытие случая"},
    "closed_on": {"kk": "Жабылған күні", "ru": "Дата закрытия"},
    "closure_note": {"kk": "Қорытынды", "ru": "Итог"},
    "sign_author": {"kk": "Құрастырған (әлеуметтік педагог)", "ru": "Составил(а) (социальный педагог)"},
    "sign_director": {"kk": "Мектеп директоры", "ru": "Директор школы"},
    "empty": {"kk": "—", "ru": "—"},
    "draft": {"kk": "Бұл туралы {date} педагог-психологтың консультациясында хабарланды.",
              "ru": "Сообщено на консультации педагога-психолога {date}."},
}
INCIDENT_TYPES: dict[str, dict[str, str]] = {
    "violence": {"kk": "зорлық-зомбылық", "ru": "насилие"},
    "bullying": {"kk": "буллинг (қудалау)", "ru": "буллинг (травля)"},
    "cyberbullying": {"kk": "кибербуллинг", "ru": "кибербуллинг"},
    "neglect": {"kk": "баланың қажеттіліктерін елемеу", "ru": "пренебрежение нуждами ребёнка"},
    "self_harm": {"kk": "өзіне-өзі зиян келтіру", "ru": "самоповреждение"},
    "running_away": {"kk": "өз бетімен кетіп қалу", "ru": "самовольный уход"},
    "offence": {"kk": "құқық бұзушылық", "ru": "правонарушение"},
}
STATUSES: dict[str, dict[str, str]] = {
    "open": {"kk": "ашық (жұмыс жүргізілуде)", "ru": "открыт (в работе)"},
    "closed": {"kk": "жабылды", "ru": "закрыт"},
}
ROLES: dict[str, dict[str, str]] = {
    "target": {"kk": "зардап шеккен", "ru": "пострадавший"},
    "initiator": {"kk": "бастамашы", "ru": "инициатор"},
    "witness": {"kk": "куәгер", "ru": "свидетель"},
}
# The standard response steps (services.incidents RESPONSE_STEPS codes).
STEPS: dict[str, dict[str, str]] = {
    "children_separated": {"kk": "Балалар бөлінді, қауіпсіздігі қамтамасыз етілді",
                           "ru": "Дети разведены, обеспечена безопасность"},
    "administration_informed": {"kk": "Мектеп әкімшілігіне хабарланды",
                                "ru": "Сообщено администрации школы"},
    "police_notified": {"kk": "Полицияға (ювеналдық полиция инспекторына) хабарланды",
                        "ru": "Сообщено в полицию (инспектору ювенальной полиции)"},
    "parents_informed": {"kk": "Ата-аналарға (заңды өкілдерге) хабарланды",
                         "ru": "Проинформированы родители (законные представители)"},
    "guardianship": {"kk": "Қорғаншылық және қамқоршылық органына хабарланды",
                     "ru": "Сообщено в орган опеки и попечительства"},
    "helpline_111": {"kk": "Балаға 111 сенім телефоны туралы ақпарат берілді",
                     "ru": "Ребёнок проинформирован о телефоне доверия 111"},
    "crisis_centre": {"kk": "Дағдарыс орталығына жіберілді", "ru": "Направлен в кризисный центр"},
    "psychologist": {"kk": "Педагог-психологтың консультациясы", "ru": "Консультация педагога-психолога"},
}
DATE_TIME_COL = 26 * mm


@dataclass(frozen=True)
class IncidentChild:
    name: str
    role: str  # code of ROLES
    class_name: str = ""
    notes: str = ""


@dataclass(frozen=True)
class IncidentStep:
    title: str  # the record's own words, used when ``code`` is not a standard step
    code: str = ""  # code of STEPS, or "custom"
    standard: bool = False  # the title is the standard wording of ``code`` (print it in ``lang``)
    deadline_at: datetime | None = None
    done_at: datetime | None = None
    done_by: str = ""
    not_applicable: bool = False
    note: str = ""


@dataclass(frozen=True)
class IncidentReport:
    letterhead: Letterhead
    incident_no: str
    incident_type: str  # code of INCIDENT_TYPES
    occurred_at: datetime | None
    reported_at: datetime | None
    reporter: str = ""
    place: str = ""
    narrative: str = ""
    draft_date: str = ""  # DD.MM.YYYY when the narrative is the untouched draft of a session
    child_words: str = ""
    injuries: str = ""
    children: tuple[IncidentChild, ...] = ()
    adult_involved: str = ""
    adult_relation: str = ""
    steps: tuple[IncidentStep, ...] = ()
    follow_up: str = ""
    status: str = "open"  # code of STATUSES
    closed_on: date | None = None
    closure_note: str = ""


def fmt_time(value: datetime | None) -> str:
    """DD.MM.YYYY HH:MM, or an empty string."""
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def _text(title: str, text: str, lang: str) -> Flowable:
    return section(title, para(text.strip() or tx(TEXT, "empty", lang), "body_left"))


def _step_title(step: IncidentStep, lang: str) -> str:
    if step.standard and step.code in STEPS:
        return STEPS[step.code][lang]
    return step.title


def _step_done(step: IncidentStep, lang: str) -> str:
    if step.not_applicable:
        return tx(TEXT, "not_applicable", lang)
    if step.done_at is not None:
        return fmt_time(step.done_at)
    return ""


def story(report: IncidentReport, lang: str, width: float) -> list[Flowable]:
    t = TEXT
    out: list[Flowable] = list(letterhead_flowables(report.letterhead, lang, width))
    out.append(para(tx(t, "title", lang), "title"))
    out.append(para(f"{tx(t, 'reg_no', lang)} {report.incident_no}", "center"))
    out.append(Spacer(1, 2 * mm))

    general = [
        (tx(t, "type", lang), coded(INCIDENT_TYPES, report.incident_type, lang)),
        (tx(t, "occurred", lang), fmt_time(report.occurred_at)),
        (tx(t, "reported", lang), fmt_time(report.reported_at)),
        (tx(t, "reporter", lang), report.reporter),
        (tx(t, "place", lang), report.place),
        (tx(t, "status", lang), coded(STATUSES, report.status, lang)),
    ]
    out.append(section(tx(t, "s_general", lang), kv_table(general, width, key_share=0.4)))

    narrative = report.narrative
    if report.draft_date:
        narrative = tx(t, "draft", lang).format(date=report.draft_date)
    out.append(_text(tx(t, "s_narrative", lang), narrative, lang))
    out.append(_text(tx(t, "s_words", lang), report.child_words, lang))
    out.append(_text(tx(t, "s_injuries", lang), report.injuries, lang))

    rows = [[str(i), c.name, c.class_name, coded(ROLES, c.role, lang), c.notes]
            for i, c in enumerate(report.children, start=1)]
    rest = width - 8 * mm - 20 * mm - 28 * mm
    out.append(section(tx(t, "s_children", lang), grid(
        ["№", tx(t, "c_name", lang), tx(t, "c_class", lang), tx(t, "c_role", lang), tx(t, "c_notes", lang)],
        rows, [8 * mm, rest * 0.5, 20 * mm, 28 * mm, rest * 0.5])))

    if report.adult_involved or report.adult_relation:
        adult: Flowable = kv_table([(tx(t, "adult", lang), report.adult_involved),
                                    (tx(t, "adult_relation", lang), report.adult_relation)],
                                   width, key_share=0.4)
    else:
        adult = para(tx(t, "no_adult", lang), "body_left")
    out.append(section(tx(t, "s_adult", lang), adult))

    if report.steps:
        rows = [[str(i), _step_title(s, lang), fmt_time(s.deadline_at), _step_done(s, lang), s.done_by,
                 s.note] for i, s in enumerate(report.steps, start=1)]
        rest = width - 8 * mm - 2 * DATE_TIME_COL
        out.append(section(tx(t, "s_steps", lang), grid(
            ["№", tx(t, "st_step", lang), tx(t, "st_deadline", lang), tx(t, "st_done_at", lang),
             tx(t, "st_done_by", lang), tx(t, "st_note", lang)],
            rows, [8 * mm, rest * 0.42, DATE_TIME_COL, DATE_TIME_COL, rest * 0.28, rest * 0.30])))
    else:
        out.append(section(tx(t, "s_steps", lang), para(tx(t, "no_steps", lang), "body_left")))

    out.append(_text(tx(t, "s_follow_up", lang), report.follow_up, lang))
    if report.status == "closed" or report.closed_on or report.closure_note:
        out.append(section(tx(t, "s_closure", lang), kv_table([
            (tx(t, "closed_on", lang), fmt_date(report.closed_on)),
            (tx(t, "closure_note", lang), report.closure_note)], width, key_share=0.4)))

    out.append(Spacer(1, 6 * mm))
    out.append(KeepTogether([signature_block([
        (tx(t, "sign_author", lang), ""),
        (tx(t, "sign_director", lang), report.letterhead.director_name),
    ], width)]))
    return out


def build(report: IncidentReport, lang: str) -> bytes:
    """The report as PDF bytes in ``lang`` ("kk" or "ru"); always marked confidential."""
    check_lang(lang)
    return render(lambda width: story(report, lang, width), lang=lang,
                  title=f"{tx(TEXT, 'title', lang)} {tx(TEXT, 'reg_no', lang)} {report.incident_no}",
                  confidential=True)
