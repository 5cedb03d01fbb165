"""«Акт обследования жилищно-бытовых условий» / «Тұрмыстық-тұрғын үй жағдайын тексеру актісі».

Every section of the act as the social pedagogue fills it in: number, date and time, purpose,
commission, the child, everyone living at the address, housing, the child's own conditions,
the parents' attention, the family climate, signs of neglect or violence, the child's own words,
conclusion, recommendations and measures, the next visit, and the signatures (or the refusal).

Codes (purpose, conclusion, the suggested housing words) print in the document's language;
anything else is the record's own words, printed as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether

from .base import (
    Letterhead,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    check_lang,
    colors,
    fmt_date,
    grid,
    kv_table,
    letterhead_flowables,
    mm,
    para,
    render,
    signature_block,
    styles,
    tx,
)

__all__ = ["ActPerson", "ActChild", "HomeVisitAct", "TEXT", "PURPOSE", "CONCLUSION", "HOUSING_WORDS",
           "build", "coded", "yes_no"]

# ---------------------------------------------------------------------------- fixed wording
TEXT: dict[str, dict[str, str]] = {
    "title": {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру актісі",
              "ru": "Акт обследования жилищно-бытовых условий"},
    "doc_title": {"kk": "Тексеру актісі", "ru": "Акт обследования"},
    "no": {"kk": "№", "ru": "№"},
    "s_general": {"kk": "1. Жалпы мәліметтер", "ru": "1. Общие сведения"},
    "visit_date": {"kk": "Тексеру күні", "ru": "Дата обследования"},
    "visit_time": {"kk": "Тексеру уақыты", "ru": "Время обследования"},
    "purpose": {"kk": "Тексеру мақсаты", "ru": "Цель обследования"},
    "requested_by": {"kk": "Сұрау салған орган", "ru": "Орган, направивший запрос"},
    "address": {"kk": "Тексерілген мекенжай", "ru": "Адрес обследования"},
    "family": {"kk": "Отбасы", "ru": "Семья"},
    "s_commission": {"kk": "2. Комиссия құрамы", "ru": "2. Состав комиссии"},
    "full_name": {"kk": "Тегі, аты, әкесінің аты", "ru": "Фамилия, имя, отчество"},
    "position": {"kk": "Лауазымы", "ru": "Должность"},
    "s_child": {"kk": "3. Бала туралы мәліметтер", "ru": "3. Сведения о ребёнке"},
    "birth_date": {"kk": "Туған күні", "ru": "Дата рождения"},
    "iin": {"kk": "ЖСН", "ru": "ИИН"},
    "class": {"kk": "Сыныбы", "ru": "Класс"},
    "child_address": {"kk": "Тұратын мекенжайы", "ru": "Адрес проживания"},
    "no_child": {"kk": "Бала көрсетілмеген", "ru": "Ребёнок не указан"},
    "s_residents": {"kk": "4. Осы мекенжайда тұратын адамдар", "ru": "4. Лица, проживающие по адресу"},
    "relation": {"kk": "Туыстық қатынасы", "ru": "Степень родства"},
    "nobody": {"kk": "Көрсетілмеген", "ru": "Не указаны"},
    "s_housing": {"kk": "5. Тұрғын үй жағдайы", "ru": "5. Жилищные условия"},
    "ownership": {"kk": "Тұрғын үйдің меншік түрі", "ru": "Принадлежность жилья"},
    "rooms": {"kk": "Бөлмелер саны", "ru": "Количество комнат"},
    "area": {"kk": "Жалпы ауданы, м²", "ru": "Общая площадь, м²"},
    "condition": {"kk": "Тұрғын үйдің жай-күйі", "ru": "Состояние жилья"},
    "water": {"kk": "Сумен жабдықтау", "ru": "Водоснабжение"},
    "heating": {"kk": "Жылыту", "ru": "Отопление"},
    "sewerage": {"kk": "Кәріз", "ru": "Канализация"},
    "gas": {"kk": "Газ", "ru": "Газ"},
    "electricity": {"kk": "Электрмен жабдықтау", "ru": "Электроснабжение"},
    "sanitary": {"kk": "Санитариялық жағдайы", "ru": "Санитарное состояние"},
    "s_child_conditions": {"kk": "6. Бала үшін жасалған жағдайлар", "ru": "6. Условия для ребёнка"},
    "child_corner": {"kk": "Баланың жеке бұрышы (орны)", "ru": "Отдельный уголок (место) ребёнка"},
    "child_desk": {"kk": "Сабақ әзірлеуге арналған үстел", "ru": "Стол для выполнения домашних заданий"},
    "child_bed": {"kk": "Жеке төсек орны", "ru": "Отдельное спальное место"},
    "seasonal_clothes": {"kk": "Маусымға сай киім", "ru": "Одежда по сезону"},
    "school_supplies": {"kk": "Мектеп керек-жарақтары", "ru": "Школьные принадлежности"},
    "food": {"kk": "Тамақпен қамтамасыз етілуі", "ru": "Обеспеченность питанием"},
    "computer": {"kk": "Компьютер", "ru": "Компьютер"},
    "s_attention": {"kk": "7. Ата-ананың баланың оқуына көңіл бөлуі",
                    "ru": "7. Внимание родителей к учёбе ребёнка"},
    "s_climate": {"kk": "8. Отбасындағы ахуал, өзара қарым-қатынас",
                  "ru": "8. Климат в семье, взаимоотношения"},
    "s_neglect": {"kk": "9. Баланың қажеттіліктерін елемеу немесе зорлық-зомбылық белгілері",
                  "ru": "9. Признаки пренебрежения нуждами ребёнка или насилия"},
    "s_words": {"kk": "10. Баланың айтуынша", "ru": "10. Со слов ребёнка"},
    "s_conclusion": {"kk": "11. Қорытынды", "ru": "11. Заключение"},
    "s_recommendations": {"kk": "12. Ұсынымдар", "ru": "12. Рекомендации"},
    "s_measures": {"kk": "13. Қабылданған шаралар", "ru": "13. Принятые меры"},
    "next_visit": {"kk": "Келесі тексеру күні", "ru": "Дата следующего посещения"},
    "not_planned": {"kk": "жоспарланбаған", "ru": "не назначена"},
    "s_signatures": {"kk": "Комиссия мүшелері", "ru": "Члены комиссии"},
    "acquainted": {"kk": "Актімен таныстым (ата-ана, заңды өкіл)",
                   "ru": "С актом ознакомлен(а) (родитель, законный представитель)"},
    "refused": {"kk": "Актіге қол қоюдан бас тартты", "ru": "От подписи акта отказался(-ась)"},
    "empty": {"kk": "—", "ru": "—"},
    "yes": {"kk": "иә", "ru": "да"},
    "no_": {"kk": "жоқ", "ru": "нет"},
    "have": {"kk": "бар", "ru": "есть"},
    "have_not": {"kk": "жоқ", "ru": "нет"},
}
PURPOSE: dict[str, dict[str, str]] = {
    "planned": {"kk": "жоспарлы тексеру", "ru": "плановое обследование"},
    "unplanned": {"kk": "жоспардан тыс тексеру", "ru": "внеплановое обследование"},
    "on_request": {"kk": "органның сұрауы бойынша", "ru": "по запросу органа"},
}
CONCLUSION: dict[str, dict[str, str]] = {
    "satisfactory": {"kk": "Тұрмыстық-тұрғын үй жағдайы қанағаттанарлық",
                     "ru": "Жилищно-бытовые условия удовлетворительные"},
    "unsatisfactory": {"kk": "Тұрмыстық-тұрғын үй жағдайы қанағаттанарлықсыз",
                       "ru": "Жилищно-бытовые условия неудовлетворительные"},
}
# The suggested words of the housing fields (services.home_visits OWNERSHIP, CONDITIONS, HEATING,
# SANITARY): the stored code prints in the document's language.
HOUSING_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "housing_ownership": {
        "own": {"kk": "меншікті", "ru": "собственное"},
        "rent": {"kk": "жалға алынған", "ru": "арендуемое"},
        "relatives": {"kk": "туыстарының үйінде тұрады", "ru": "проживают у родственников"},
        "service": {"kk": "қызметтік тұрғын үй", "ru": "служебное жильё"},
        "social": {"kk": "әлеуметтік (коммуналдық) тұрғын үй", "ru": "социальное (коммунальное) жильё"},
        "dormitory": {"kk": "жатақхана", "ru": "общежитие"},
        "none": {"kk": "меншікті тұрғын үйі жоқ", "ru": "собственного жилья нет"},
    },
    "housing_condition": {
        "good": {"kk": "жақсы", "ru": "хорошее"},
        "satisfactory": {"kk": "қанағаттанарлық", "ru": "удовлетворительное"},
        "needs_repair": {"kk": "жөндеуді қажет етеді", "ru": "требует ремонта"},
        "unsatisfactory": {"kk": "қанағаттанарлықсыз", "ru": "неудовлетворительное"},
        "dilapidated": {"kk": "апатты (тұруға қауіпті)", "ru": "аварийное (опасно для проживания)"},
    },
    "heating": {
        "central": {"kk": "орталықтандырылған", "ru": "центральное"},
        "gas": {"kk": "жеке газ қазандығы", "ru": "собственный газовый котёл"},
        "electric": {"kk": "электрлік", "ru": "электрическое"},
        "stove": {"kk": "пеш (көмір, отын)", "ru": "печное (уголь, дрова)"},
        "none": {"kk": "жылыту жоқ", "ru": "отопления нет"},
    },
    "sanitary_state": {
        "good": {"kk": "жақсы", "ru": "хорошее"},
        "satisfactory": {"kk": "қанағаттанарлық", "ru": "удовлетворительное"},
        "unsatisfactory": {"kk": "қанағаттанарлықсыз", "ru": "неудовлетворительное"},
    },
}
HOUSING_FLAGS = ("water", "sewerage", "gas", "electricity")
CHILD_FLAGS = ("child_corner", "child_desk", "child_bed", "seasonal_clothes", "school_supplies",
               "food", "computer")


# ---------------------------------------------------------------------------- data
@dataclass(frozen=True)
class ActPerson:
    """A member of the commission (name, position) or a resident (name, relation)."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class ActChild:
    name: str
    birth_date: date | None = None
    iin: str = ""
    class_name: str = ""
    address: str = ""


@dataclass(frozen=True)
class HomeVisitAct:
    """Everything printed on one act, as plain values."""

    letterhead: Letterhead
    act_no: str
    visit_date: date
    visit_time: str = ""
    purpose: str = "planned"  # code of PURPOSE
    requested_by: str = ""
    address: str = ""
    family_title: str = ""
    commission: tuple[ActPerson, ...] = ()
    children: tuple[ActChild, ...] = ()
    residents: tuple[ActPerson, ...] = ()
    housing_ownership: str = ""  # a code of HOUSING_WORDS or the record's own words
    rooms: int | None = None
    area_m2: float | None = None
    housing_condition: str = ""
    water: bool = False
    heating: str = ""
    sewerage: bool = False
    gas: bool = False
    electricity: bool = False
    sanitary_state: str = ""
    child_corner: bool = False
    child_desk: bool = False
    child_bed: bool = False
    seasonal_clothes: bool = False
    school_supplies: bool = False
    food: bool = False
    computer: bool = False
    parents_attention: str = ""
    family_climate: str = ""
    neglect_signs: str = ""
    child_words: str = ""
    conclusion: str = ""  # code of CONCLUSION
    recommendations: str = ""
    measures: str = ""
    next_visit_on: date | None = None
    signatures: str = ""  # who signed for the family, or who refused
    refused_to_sign: bool = False


# ---------------------------------------------------------------------------- helpers
def coded(table: dict[str, dict[str, str]], value: str, lang: str) -> str:
    """A code's wording in ``lang``; any other text (the record's own words) as it is."""
    return table[value][lang] if value in table else value


def yes_no(value: bool, lang: str, *, have: bool = False) -> str:
    if have:
        return tx(TEXT, "have" if value else "have_not", lang)
    return tx(TEXT, "yes" if value else "no_", lang)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


def section(title: str, *body: Flowable) -> KeepTogether:
    """A numbered heading kept on the page of what follows it."""
    return KeepTogether([para(title, "subtitle"), *body])


def _text_block(title: str, text: str, lang: str) -> list[Flowable]:
    return [section(title, para(text.strip() or tx(TEXT, "empty", lang), "body_left"))]


def _people(people: tuple[ActPerson, ...], role_key: str, lang: str, width: float) -> Flowable:
    if not people:
        return para(tx(TEXT, "nobody", lang), "body_left")
    rows = [[str(i), p.name, p.role] for i, p in enumerate(people, start=1)]
    return grid(["№", tx(TEXT, "full_name", lang), tx(TEXT, role_key, lang)], rows,
                [10 * mm, width * 0.55 - 10 * mm, width * 0.45])


def _two_columns(pairs: list[tuple[str, str]], width: float) -> Table:
    """Label/value pairs in two columns side by side (short yes/no lists)."""
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    rows = []
    for i in range(half):
        row: list[object] = [para(left[i][0], "cell"), para(left[i][1], "cell_bold")]
        if i < len(right):
            row += [para(right[i][0], "cell"), para(right[i][1], "cell_bold")]
        else:
            row += ["", ""]
        rows.append(row)
    label, value = width * 0.36, width * 0.14
    t = Table(rows, colWidths=[label, value, label, value])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


# ---------------------------------------------------------------------------- document
def story(act: HomeVisitAct, lang: str, width: float) -> list[Flowable]:
    t = TEXT
    out: list[Flowable] = list(letterhead_flowables(act.letterhead, lang, width))
    out.append(para(f"{tx(t, 'title', lang)} № {act.act_no}", "title"))
    out.append(para(f"{fmt_date(act.visit_date)}" + (f", {act.visit_time}" if act.visit_time else ""),
                    "center"))
    out.append(Spacer(1, 2 * mm))

    purpose = coded(PURPOSE, act.purpose, lang)
    general = [(tx(t, "visit_date", lang), fmt_date(act.visit_date)),
               (tx(t, "visit_time", lang), act.visit_time),
               (tx(t, "purpose", lang), purpose)]
    if act.purpose == "on_request" or act.requested_by:
        general.append((tx(t, "requested_by", lang), act.requested_by))
    if act.family_title:
        general.append((tx(t, "family", lang), act.family_title))
    general.append((tx(t, "address", lang), act.address))
    out.append(section(tx(t, "s_general", lang), kv_table(general, width)))

    out.append(section(tx(t, "s_commission", lang), _people(act.commission, "position", lang, width)))

    children: list[Flowable] = []
    if not act.children:
        children.append(para(tx(t, "no_child", lang), "body_left"))
    for child in act.children:
        children.append(kv_table([
            (tx(t, "full_name", lang), child.name),
            (tx(t, "birth_date", lang), fmt_date(child.birth_date)),
            (tx(t, "iin", lang), child.iin),
            (tx(t, "class", lang), child.class_name),
            (tx(t, "child_address", lang), child.address),
        ], width))
        children.append(Spacer(1, 1.5 * mm))
    out.append(section(tx(t, "s_child", lang), *children))

    out.append(section(tx(t, "s_residents", lang), _people(act.residents, "relation", lang, width)))

    housing = [
        (tx(t, "ownership", lang), coded(HOUSING_WORDS["housing_ownership"], act.housing_ownership, lang)),
        (tx(t, "rooms", lang), "" if act.rooms is None else str(act.rooms)),
        (tx(t, "area", lang), _number(act.area_m2)),
        (tx(t, "condition", lang), coded(HOUSING_WORDS["housing_condition"], act.housing_condition, lang)),
        (tx(t, "heating", lang), coded(HOUSING_WORDS["heating"], act.heating, lang)),
        (tx(t, "sanitary", lang), coded(HOUSING_WORDS["sanitary_state"], act.sanitary_state, lang)),
    ]
    out.append(section(tx(t, "s_housing", lang), kv_table(housing, width), Spacer(1, 1.5 * mm),
                       _two_columns([(tx(t, f, lang), yes_no(getattr(act, f), lang, have=True))
                                     for f in HOUSING_FLAGS], width)))
    out.append(section(tx(t, "s_child_conditions", lang),
                       _two_columns([(tx(t, f, lang), yes_no(getattr(act, f), lang))
                                     for f in CHILD_FLAGS], width)))

    out += _text_block(tx(t, "s_attention", lang), act.parents_attention, lang)
    out += _text_block(tx(t, "s_climate", lang), act.family_climate, lang)
    out += _text_block(tx(t, "s_neglect", lang), act.neglect_signs, lang)
    out += _text_block(tx(t, "s_words", lang), act.child_words, lang)
    conclusion = coded(CONCLUSION, act.conclusion, lang)
    out.append(section(tx(t, "s_conclusion", lang),
                       Paragraph(f"<b>{escape(conclusion or tx(t, 'empty', lang))}</b>",
                                 styles()["body_left"])))
    out += _text_block(tx(t, "s_recommendations", lang), act.recommendations, lang)
    out += _text_block(tx(t, "s_measures", lang), act.measures, lang)
    out.append(Spacer(1, 2 * mm))
    out.append(kv_table([(tx(t, "next_visit", lang),
                          fmt_date(act.next_visit_on) or tx(t, "not_planned", lang))], width))

    signs: list[Flowable] = [para(tx(t, "s_signatures", lang) + ":", "subtitle")]
    members = [(p.role or "", p.name) for p in act.commission] or [("", "")]
    signs.append(signature_block(members, width))
    signs.append(Spacer(1, 4 * mm))
    if act.refused_to_sign:
        signs.append(para(f"{tx(t, 'refused', lang)}: {act.signatures}", "body_left"))
    else:
        signs.append(signature_block([(tx(t, "acquainted", lang), act.signatures)], width))
    out.append(KeepTogether(signs))
    return out


def build(act: HomeVisitAct, lang: str) -> bytes:
    """The act as PDF bytes in ``lang`` ("kk" or "ru"), marked confidential."""
    check_lang(lang)
    return render(lambda width: story(act, lang, width), lang=lang,
                  title=f"{tx(TEXT, 'doc_title', lang)} № {act.act_no}", confidential=True)
