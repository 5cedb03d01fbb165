"""The reports as PDF: social passport, free-meals lists, period report, specialists' workload and
anonymous statistics for the district (data from ``services.reports``).

Each report prints its title, the school's name, the class or the period and the date it was made;
wide tables go on landscape pages. Codes print in the document's language from the tables below
(the Kazakh wording follows the official Russian/Kazakh names of the categories); names and texts
the school typed print as written. The district statistics print no letterhead address, no
director's name and nothing typed: counts only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable

from .base import (
    SANS,
    Letterhead,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    check_lang,
    colors,
    fmt_date,
    letterhead_flowables,
    mm,
    para,
    render,
    signature_block,
    styles,
    tx,
)
from .home_visit_act import PURPOSE
from .incident_report import INCIDENT_TYPES
from .preventive_plan import GROUNDS, REMOVAL_REASONS

if TYPE_CHECKING:
    from ..services.reports import (
        DistrictStats,
        FreeMealsList,
        PassportCounts,
        PeriodReport,
        SocialPassport,
        Workload,
    )

__all__ = [
    "TEXT", "FAMILY", "FAMILY_SHORT", "MEALS", "MEALS_SHORT", "REGISTERS", "REGISTERS_SHORT",
    "SESSION_TYPES", "INCIDENT_TYPES", "INCIDENT_STATUSES", "ORGANISATION_KINDS", "PURPOSE",
    "CONCLUSIONS", "GROUNDS", "REMOVAL_REASONS", "ROLES", "MEALS_STATUS", "DISTRICT_SECTIONS",
    "DISTRICT_CELLS", "coded", "first_lower", "first_upper", "fmt_number", "fmt_share",
    "build_social_passport", "build_free_meals", "build_period_report", "build_workload",
    "build_district_stats", "VerticalText", "fit",
]

# ---------------------------------------------------------------------------- fixed wording
TEXT: dict[str, dict[str, str]] = {
    # headings
    "passport_school": {"kk": "Мектептің әлеуметтік паспорты", "ru": "Социальный паспорт школы"},
    "passport_grade": {"kk": "{grade}-сыныптардың әлеуметтік паспорты",
                       "ru": "Социальный паспорт {grade}-х классов"},
    "passport_class": {"kk": "Сыныптың әлеуметтік паспорты", "ru": "Социальный паспорт класса"},
    "meals_title": {"kk": "Тегін тамақтану және жалпыға бірдей міндетті оқыту қоры: санаттар бойынша "
                          "тізім",
                    "ru": "Бесплатное питание и фонд всеобуча: списки по категориям"},
    "period_title": {"kk": "Әлеуметтік-педагогикалық жұмыс туралы есеп",
                     "ru": "Отчёт о социально-педагогической работе"},
    "workload_title": {"kk": "Мамандардың жұмыс жүктемесі", "ru": "Нагрузка специалистов"},
    "district_title": {"kk": "Аудандық білім бөліміне арналған иесіздендірілген статистика",
                       "ru": "Обезличенная статистика для районного отдела образования"},
    "school": {"kk": "Білім беру ұйымы", "ru": "Организация образования"},
    "class": {"kk": "Сынып", "ru": "Класс"},
    "scope_school": {"kk": "Бүкіл мектеп бойынша", "ru": "По школе в целом"},
    "period": {"kk": "Есепті кезең", "ru": "Отчётный период"},
    "district": {"kk": "Аудан", "ru": "Район"},
    "made_on": {"kk": "Құрастырылған күні", "ru": "Дата составления"},
    "as_of": {"kk": "{date} жағдай бойынша", "ru": "по состоянию на {date}"},
    "total": {"kk": "Барлығы", "ru": "Итого"},
    "not_stated": {"kk": "көрсетілмеген", "ru": "не указано"},
    "none": {"kk": "Кезеңде жазба жоқ.", "ru": "За период записей нет."},
    "sign_pedagogue": {"kk": "Әлеуметтік педагог", "ru": "Социальный педагог"},
    "sign_director": {"kk": "Мектеп директоры", "ru": "Директор школы"},
    # social passport
    "s_summary": {"kk": "1. Жалпы көрсеткіштер", "ru": "1. Сводные показатели"},
    "s_family": {"kk": "2. Отбасы санаттары", "ru": "2. Категории семей"},
    "s_meals": {"kk": "3. Тегін тамақтану санаттары", "ru": "3. Категории бесплатного питания"},
    "s_registers": {"kk": "4. Профилактикалық есепте тұрған балалар және ЕБҚ бар балалар",
                    "ru": "4. Дети на профилактическом учёте и дети с ООП"},
    "s_classes": {"kk": "5. Сыныптар бойынша", "ru": "5. По классам"},
    "indicator": {"kk": "Көрсеткіш", "ru": "Показатель"},
    "children": {"kk": "Балалар саны", "ru": "Количество детей"},
    "share": {"kk": "Оқушылар санынан, %", "ru": "% от числа обучающихся"},
    "families": {"kk": "Отбасылар саны", "ru": "Количество семей"},
    "students": {"kk": "Оқушылар саны", "ru": "Всего обучающихся"},
    "boys": {"kk": "оның ішінде ұлдар", "ru": "из них мальчиков"},
    "girls": {"kk": "оның ішінде қыздар", "ru": "из них девочек"},
    "sex_unknown": {"kk": "жынысы көрсетілмеген", "ru": "пол не указан"},
    "no_family": {"kk": "Отбасы туралы мәлімет жоқ", "ru": "Нет сведений о семье"},
    "meals_any": {"kk": "Тегін тамақтанатындар, барлығы", "ru": "Получают бесплатное питание, всего"},
    "sen": {"kk": "Ерекше білім беру қажеттіліктері (ЕБҚ) бар балалар",
            "ru": "Дети с особыми образовательными потребностями (ООП)"},
    "passport_note": {
        "kk": "Бала өз отбасының әр санатында есептеледі, сондықтан санаттардың қосындысы оқушылар "
              "санынан асуы мүмкін. «Толық отбасы» — толық емес, қорғаншылық немесе жетім белгісі жоқ "
              "отбасы.",
        "ru": "Ребёнок учитывается в каждой категории своей семьи, поэтому сумма по категориям может "
              "превышать число обучающихся. «Полная семья» — семья без отметок «неполная», «опека» "
              "и «сирота»."},
    # free meals
    "m_no": {"kk": "№", "ru": "№"},
    "m_child": {"kk": "Оқушының аты-жөні", "ru": "ФИО обучающегося"},
    "m_family": {"kk": "Отбасы (заңды өкіл)", "ru": "Семья (законный представитель)"},
    "m_evidence": {"kk": "Растайтын құжат", "ru": "Подтверждающий документ"},
    "m_valid": {"kk": "Жарамдылық мерзімі", "ru": "Действителен до"},
    "m_mark": {"kk": "Белгі", "ru": "Отметка"},
    "m_category": {"kk": "Санат", "ru": "Категория"},
    "m_heading": {"kk": "{n}-санат. {label}", "ru": "Категория {n}. {label}"},
    "m_count": {"kk": "Балалар саны: {n}", "ru": "Детей: {n}"},
    "m_empty": {"kk": "Бұл санатта оқушы жоқ.", "ru": "В этой категории обучающихся нет."},
    "m_summary": {"kk": "Барлығы: {n}; мерзімі өткен құжаттар: {expired}; {days} күн ішінде мерзімі "
                        "бітетін: {soon}; құжаты жоқ: {missing}.",
                  "ru": "Всего: {n}; документ просрочен: {expired}; истекает в течение {days} дней: "
                        "{soon}; нет документа: {missing}."},
    # period report
    "s_visits": {"kk": "1. Тұрмыстық-тұрғын үй жағдайын тексеру",
                 "ru": "1. Обследования жилищно-бытовых условий"},
    "visits": {"kk": "Тексеру актілері, барлығы", "ru": "Всего актов обследования"},
    "visited_families": {"kk": "Тексерілген отбасылар", "ru": "Обследовано семей"},
    "by_purpose": {"kk": "Мақсаты бойынша", "ru": "По цели обследования"},
    "by_conclusion": {"kk": "Қорытындысы бойынша", "ru": "По заключению"},
    "count": {"kk": "Саны", "ru": "Количество"},
    "s_sessions": {"kk": "2. Педагог-психологтың жұмысы", "ru": "2. Работа педагога-психолога"},
    "session_type": {"kk": "Жұмыс түрі", "ru": "Вид работы"},
    "hours": {"kk": "Сағат", "ru": "Часов"},
    "session_children": {"kk": "Қамтылған оқушылар (қайталанбай)",
                         "ru": "Охвачено обучающихся (без повторов)"},
    "sessions_note": {"kk": "Тек сандар көрсетілген; консультациялардың мазмұны ашылмайды.",
                      "ru": "Приводятся только количественные данные; содержание консультаций не "
                            "раскрывается."},
    "s_incidents": {"kk": "3. Оқиғалар (инциденттер)", "ru": "3. Инциденты"},
    "incident_type": {"kk": "Оқиға түрі", "ru": "Вид инцидента"},
    "open": {"kk": "Жұмыста", "ru": "В работе"},
    "closed": {"kk": "Жабылды", "ru": "Закрыто"},
    "s_referrals": {"kk": "4. Жолдамалар және олардың жауаптары", "ru": "4. Направления и ответы на них"},
    "addressee": {"kk": "Ұйым", "ru": "Адресат"},
    "sent": {"kk": "Жіберілді", "ru": "Направлено"},
    "replied": {"kk": "Жауап алынды", "ru": "Получен ответ"},
    "awaiting": {"kk": "Жауап күтілуде", "ru": "Ожидается ответ"},
    "s_register": {"kk": "5. Профилактикалық есептегі өзгерістер",
                   "ru": "5. Изменения в профилактическом учёте"},
    "put_on": {"kk": "Есепке алынды", "ru": "Поставлены на учёт"},
    "removed": {"kk": "Есептен шығарылды", "ru": "Сняты с учёта"},
    "kind": {"kk": "Есеп түрі", "ru": "Вид учёта"},
    "ground": {"kk": "Негіз", "ru": "Основание"},
    "reason": {"kk": "Себеп", "ru": "Причина"},
    "entries": {"kk": "Негіздер саны", "ru": "Оснований"},
    "children_short": {"kk": "Балалар", "ru": "Детей"},
    # workload
    "w_name": {"kk": "Маман (аты-жөні)", "ru": "Специалист (ФИО)"},
    "w_position": {"kk": "Лауазымы", "ru": "Должность"},
    "w_followed": {"kk": "Есепте сүйемелденетін балалар", "ru": "Детей на сопровождении"},
    "w_sessions": {"kk": "Консультациялар мен сабақтар", "ru": "Консультаций и занятий"},
    "w_hours": {"kk": "Сағат", "ru": "Часов"},
    "w_session_children": {"kk": "Қамтылған оқушылар", "ru": "Охвачено обучающихся"},
    "w_visits": {"kk": "Отбасыларды тексеру", "ru": "Обследований семей"},
    "w_measures_due": {"kk": "Мерзімі кезеңге түскен шаралар", "ru": "Мероприятий со сроком в периоде"},
    "w_measures_done": {"kk": "Оның ішінде орындалды", "ru": "Из них выполнено"},
    "w_nobody": {"kk": "Кезеңде мамандардың жазбалары жоқ.", "ru": "За период записей специалистов нет."},
    "s_size": {"kk": "Мектептегі оқушылар санымен салыстыру", "ru": "Сопоставление с численностью школы"},
    "w_students": {"kk": "Мектептегі оқушылар саны", "ru": "Обучающихся в школе"},
    "w_on_register": {"kk": "Кезеңде есепте болған балалар", "ru": "Детей на учёте в течение периода"},
    "w_pedagogues": {"kk": "Әлеуметтік педагогтар", "ru": "Социальных педагогов"},
    "w_psychologists": {"kk": "Педагог-психологтар", "ru": "Педагогов-психологов"},
    "w_per_pedagogue": {"kk": "Бір әлеуметтік педагогқа шаққандағы оқушылар",
                        "ru": "Обучающихся на одного социального педагога"},
    "w_per_psychologist": {"kk": "Бір педагог-психологқа шаққандағы оқушылар",
                           "ru": "Обучающихся на одного педагога-психолога"},
    "w_note": {
        "kk": "Нормативтік анықтама: 2025 жылдан бастап әр мектепте әлеуметтік педагог болуы міндетті. "
              "Мемлекет мамандардың жүктемесі мектептегі балалар санын ескермейтінін олқылық ретінде "
              "атап өтті, сондықтан бір маманға шаққандағы оқушылар саны көрсетіледі. Мамандардың "
              "аты-жөні жазбаларда қалай енгізілсе, солай беріледі.",
        "ru": "Нормативная справка: с 2025 года социальный педагог обязателен в каждой школе. "
              "Государство назвало пробелом то, что нагрузка специалистов не учитывает число детей "
              "в школе, поэтому приводится число обучающихся на одного специалиста. Имена "
              "специалистов приводятся так, как они внесены в записи."},
    # district
    "d_indicator": {"kk": "Көрсеткіш", "ru": "Показатель"},
    "d_value": {"kk": "Мәні", "ru": "Значение"},
    "d_rule_title": {"kk": "Деректерді қорғау ережесі", "ru": "Правило защиты данных"},
    "d_rule": {
        "kk": "1) 1-ден 4-ке дейінгі сандар көрсетілмейді, олардың орнында «<5» белгісі тұрады. Нөл "
              "көрсетіледі.\n"
              "2) Ұяшықтары жиынтыққа қосылатын кестеде «<5» санын жиынтықтан қалған ұяшықтарды "
              "азайту арқылы табуға болар еді. Екінші ұяшықты жасыру да жеткіліксіз: ережені білетін "
              "оқырман кейбір жағдайда мәндерді бәрібір есептеп шығарады. Сондықтан 1-ден 4-ке "
              "дейінгі саны бар мұндай кестеде тек жиынтық көрсетіледі, барлық ұяшықтар «x» болады.\n"
              "3) Жиынтығы жоқ кестелерде (бір бала бірнеше санатта болуы мүмкін) тек 1-ереже "
              "қолданылады. Жұмыс сағаттары: сабақтар саны жасырылса «x», 5 сағаттан аз болса «<5».\n"
              "Есепке тегі, аты, ЖСН, сыныптар және жазбалардың мәтіні енгізілмейді.",
        "ru": "1) Числа от 1 до 4 не показываются: вместо них стоит знак «<5». Ноль показывается.\n"
              "2) В таблице, ячейки которой складываются в итог, число «<5» можно было бы найти, "
              "вычтя из итога остальные ячейки. Скрыть вторую ячейку недостаточно: читатель, знающий "
              "правило, в некоторых случаях всё равно вычислит значения. Поэтому в такой таблице с "
              "числом от 1 до 4 показывается только итог, все ячейки — «x».\n"
              "3) В таблицах без итога (ребёнок может входить в несколько категорий) действует только "
              "правило 1. Часы работы: «x», если скрыто число занятий, «<5», если часов меньше 5.\n"
              "В отчёт не входят фамилии, имена, ИИН, классы и тексты записей."},
    "d_stock": {"kk": "Контингент {date} жағдай бойынша, ал іс-шаралар кезең ішінде есептелген.",
                "ru": "Контингент — на {date}, мероприятия — за период."},
}
# Family flags (services.reports.FAMILY_CODES) as rows of the passport and as column heads.
FAMILY: dict[str, dict[str, str]] = {
    "complete": {"kk": "Толық отбасылар", "ru": "Полные семьи"},
    "incomplete": {"kk": "Толық емес отбасылар", "ru": "Неполные семьи"},
    "large": {"kk": "Көп балалы отбасылар", "ru": "Многодетные семьи"},
    "low_income": {"kk": "Аз қамтылған отбасылар (АӘК алушылар)",
                   "ru": "Малообеспеченные семьи (получатели АСП)"},
    "guardianship": {"kk": "Қорғаншылық (қамқоршылық), қабылдаушы отбасылар",
                     "ru": "Опека (попечительство), приёмные семьи"},
    "orphan": {"kk": "Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар",
               "ru": "Дети-сироты и дети, оставшиеся без попечения родителей"},
    "disability": {"kk": "Мүгедектігі бар бала немесе ата-ана", "ru": "Инвалидность ребёнка или родителя"},
    "emergency": {"kk": "Төтенше жағдайға тап болған отбасылар",
                  "ru": "Семьи, оказавшиеся в чрезвычайной ситуации"},
    "difficult": {"kk": "Қиын өмірлік жағдайдағы отбасылар", "ru": "Семьи в трудной жизненной ситуации"},
    "dysfunctional": {"kk": "Қолайсыз отбасылар", "ru": "Неблагополучные семьи"},
    "migrant": {"kk": "Көшіп келген отбасылар, қандастар", "ru": "Семьи мигрантов, кандасов"},
}
FAMILY_SHORT: dict[str, dict[str, str]] = {
    "complete": {"kk": "Толық отбасы", "ru": "Полная семья"},
    "incomplete": {"kk": "Толық емес отбасы", "ru": "Неполная семья"},
    "large": {"kk": "Көп балалы", "ru": "Многодетная"},
    "low_income": {"kk": "Аз қамтылған (АӘК)", "ru": "Малообеспеченная (АСП)"},
    "guardianship": {"kk": "Қорғаншылық, қабылдаушы отбасы", "ru": "Опека, приёмная семья"},
    "orphan": {"kk": "Жетім", "ru": "Сирота"},
    "disability": {"kk": "Мүгедектік", "ru": "Инвалидность"},
    "emergency": {"kk": "Төтенше жағдай", "ru": "Чрезвычайная ситуация"},
    "difficult": {"kk": "Қиын өмірлік жағдай", "ru": "Трудная жизненная ситуация"},
    "dysfunctional": {"kk": "Қолайсыз отбасы", "ru": "Неблагополучная семья"},
    "migrant": {"kk": "Көшіп келген, қандас", "ru": "Мигранты, кандасы"},
}
# The five categories of free meals and the Всеобуч fund, in their official wording.
MEALS: dict[int, dict[str, str]] = {
    1: {"kk": "Атаулы әлеуметтік көмек алатын отбасылардың балалары",
        "ru": "Дети из семей, получающих адресную социальную помощь"},
    2: {"kk": "Атаулы әлеуметтік көмек алмайтын, жан басына шаққандағы табысы ең төмен күнкөріс "
              "деңгейінен төмен отбасылардың балалары",
        "ru": "Дети из семей, не получающих адресную социальную помощь, со среднедушевым доходом "
              "ниже прожиточного минимума"},
    3: {"kk": "Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар",
        "ru": "Дети-сироты и дети, оставшиеся без попечения родителей"},
    4: {"kk": "Төтенше жағдайлардың салдарынан шұғыл көмекті қажет ететін отбасылардың балалары",
        "ru": "Дети из семей, требующих экстренной помощи в результате чрезвычайных ситуаций"},
    5: {"kk": "Алқалы басқару органының шешімімен айқындалатын өзге де санаттағы білім алушылар",
        "ru": "Иные категории обучающихся, определяемые решением коллегиального органа управления"},
}
MEALS_SHORT: dict[int, dict[str, str]] = {
    1: {"kk": "1-санат: АӘК алатын отбасылар", "ru": "Категория 1: семьи, получающие АСП"},
    2: {"kk": "2-санат: табысы ең төмен күнкөріс деңгейінен төмен",
        "ru": "Категория 2: доход ниже прожиточного минимума"},
    3: {"kk": "3-санат: жетімдер, ата-ана қамқорлығынсыз қалғандар",
        "ru": "Категория 3: сироты, без попечения родителей"},
    4: {"kk": "4-санат: төтенше жағдайдағы отбасылар", "ru": "Категория 4: семьи в чрезвычайной ситуации"},
    5: {"kk": "5-санат: алқалы органның шешімі бойынша",
        "ru": "Категория 5: по решению коллегиального органа"},
}
REGISTERS: dict[str, dict[str, str]] = {
    "school": {"kk": "Мектепішілік есепте", "ru": "На внутришкольном учёте"},
    "police": {"kk": "Ювеналдық полиция есебінде", "ru": "На учёте в ювенальной полиции (ОЮП)"},
    "commission": {"kk": "Кәмелетке толмағандар істері жөніндегі комиссия есебінде",
                   "ru": "На учёте в КДНиЗП"},
    "any": {"kk": "Кез келген есепте (қайталанбай)", "ru": "На любом учёте (без повторов)"},
}
REGISTERS_SHORT: dict[str, dict[str, str]] = {
    "school": {"kk": "Мектепішілік есеп", "ru": "Внутришкольный учёт"},
    "police": {"kk": "Ювеналдық полиция есебі", "ru": "Учёт в ОЮП"},
    "commission": {"kk": "Кәмелетке толмағандар комиссиясының есебі", "ru": "Учёт в КДНиЗП"},
}
SESSION_TYPES: dict[str, dict[str, str]] = {
    "individual": {"kk": "Жеке консультация", "ru": "Индивидуальная консультация"},
    "group": {"kk": "Топтық сабақ", "ru": "Групповое занятие"},
    "family": {"kk": "Отбасылық консультация", "ru": "Семейная консультация"},
    "diagnostic": {"kk": "Диагностика", "ru": "Диагностика"},
    "correctional": {"kk": "Түзету сабағы", "ru": "Коррекционное занятие"},
    "crisis": {"kk": "Дағдарыстық араласу", "ru": "Кризисное вмешательство"},
    "psychoeducation": {"kk": "Психологиялық ағарту", "ru": "Психологическое просвещение"},
}
INCIDENT_STATUSES: dict[str, dict[str, str]] = {
    "open": {"kk": "жұмыста", "ru": "в работе"},
    "closed": {"kk": "жабылды", "ru": "закрыт"},
}
ORGANISATION_KINDS: dict[str, dict[str, str]] = {
    "pmpk": {"kk": "Психологиялық-медициналық-педагогикалық консультация (ПМПК)",
             "ru": "Психолого-медико-педагогическая консультация (ПМПК)"},
    "police": {"kk": "Ювеналдық полиция", "ru": "Ювенальная полиция (ОЮП)"},
    "commission": {"kk": "Кәмелетке толмағандар істері жөніндегі комиссия", "ru": "КДНиЗП"},
    "guardianship": {"kk": "Қорғаншылық және қамқоршылық органы", "ru": "Орган опеки и попечительства"},
    "crisis": {"kk": "Дағдарыс орталығы", "ru": "Кризисный центр"},
    "rehab": {"kk": "Оңалту орталығы", "ru": "Реабилитационный центр"},
    "polyclinic": {"kk": "Емхана", "ru": "Поликлиника"},
    "other": {"kk": "Басқа ұйым", "ru": "Другая организация"},
}
CONCLUSIONS: dict[str, dict[str, str]] = {
    "satisfactory": {"kk": "Жағдайы қанағаттанарлық", "ru": "Условия удовлетворительные"},
    "unsatisfactory": {"kk": "Жағдайы қанағаттанарлықсыз", "ru": "Условия неудовлетворительные"},
}
ROLES: dict[str, dict[str, str]] = {
    "social_pedagogue": {"kk": "әлеуметтік педагог", "ru": "социальный педагог"},
    "psychologist": {"kk": "педагог-психолог", "ru": "педагог-психолог"},
    "director": {"kk": "директор", "ru": "директор"},
    "admin": {"kk": "әкімші", "ru": "администратор"},
}
MEALS_STATUS: dict[str, dict[str, str]] = {
    "expired": {"kk": "мерзімі өткен", "ru": "срок истёк"},
    "soon": {"kk": "мерзімі жақында бітеді", "ru": "скоро истекает"},
    "missing": {"kk": "құжат жоқ", "ru": "нет документа"},
    "valid": {"kk": "", "ru": ""},
}
DISTRICT_SECTIONS: dict[str, dict[str, str]] = {
    "students": {"kk": "Оқушылар", "ru": "Обучающиеся"},
    "family": {"kk": "Отбасы санаттары бойынша балалар (бір бала бірнеше санатта болуы мүмкін)",
               "ru": "Дети по категориям семей (ребёнок может входить в несколько категорий)"},
    "meals": {"kk": "Тегін тамақтану санаттары бойынша балалар",
              "ru": "Дети по категориям бесплатного питания"},
    "registers": {"kk": "Кезең соңында профилактикалық есепте тұрған балалар",
                  "ru": "Дети на профилактическом учёте на конец периода"},
    "register_put_on": {"kk": "Кезеңде есепке алынған балалар", "ru": "Поставлены на учёт за период"},
    "register_removed": {"kk": "Кезеңде есептен шығарылған балалар", "ru": "Сняты с учёта за период"},
    "sen": {"kk": "Ерекше білім беру қажеттіліктері бар балалар",
            "ru": "Дети с особыми образовательными потребностями"},
    "visits": {"kk": "Тұрмыстық-тұрғын үй жағдайын тексеру актілері",
               "ru": "Акты обследования жилищно-бытовых условий"},
    "sessions": {"kk": "Педагог-психологтың консультациялары мен сабақтары",
                 "ru": "Консультации и занятия педагога-психолога"},
    "session_hours": {"kk": "Педагог-психологтың жұмыс сағаттары", "ru": "Часы работы педагога-психолога"},
    "incidents": {"kk": "Оқиғалар (түрі бойынша)", "ru": "Инциденты по видам"},
    "incident_status": {"kk": "Оқиғалар (мәртебесі бойынша)", "ru": "Инциденты по статусу"},
    "referrals": {"kk": "Жолдамалар (ұйымдар бойынша)", "ru": "Направления по адресатам"},
    "replies": {"kk": "Жолдамаларға алынған жауаптар", "ru": "Получено ответов на направления"},
}
# Cell codes of the district sections that are not in the tables above.
DISTRICT_CELLS: dict[str, dict[str, str]] = {
    "boys": {"kk": "ұлдар", "ru": "мальчики"},
    "girls": {"kk": "қыздар", "ru": "девочки"},
    "sex_unknown": {"kk": "жынысы көрсетілмеген", "ru": "пол не указан"},
    "total": {"kk": "барлығы", "ru": "всего"},
    "other": {"kk": "басқа немесе көрсетілмеген", "ru": "иное или не указано"},
    "sen": {"kk": "ЕБҚ бар балалар", "ru": "дети с ООП"},
    "hours": {"kk": "сағат", "ru": "часов"},
    "replied": {"kk": "жауаптар", "ru": "ответов"},
}


def coded(table: dict[Any, dict[str, str]], code: Any, lang: str) -> str:
    """The ``lang`` label of ``code``; a code the table does not know prints as stored, a blank one
    as "not stated"."""
    if code in table:
        return table[code][lang]
    return str(code) if code not in (None, "") else tx(TEXT, "not_stated", lang)


def fmt_number(value: float) -> str:
    """12, 3,5 (decimal comma, as both languages write it)."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def fmt_share(part: int, whole: int) -> str:
    """A percentage with one decimal: 4,8."""
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else "0,0"


def district_cell_label(section: str, code: str, lang: str) -> str:
    """The label of a district cell: by section, then the generic cell names."""
    tables: dict[str, dict[Any, dict[str, str]]] = {
        "family": FAMILY, "meals": {str(k): v for k, v in MEALS_SHORT.items()},
        "registers": REGISTERS_SHORT, "register_put_on": REGISTERS_SHORT,
        "register_removed": REGISTERS_SHORT, "visits": CONCLUSIONS, "sessions": SESSION_TYPES,
        "incidents": INCIDENT_TYPES, "incident_status": INCIDENT_STATUSES,
        "referrals": ORGANISATION_KINDS}
    table = tables.get(section, {})
    if code in table:
        return table[code][lang]
    return DISTRICT_CELLS[code][lang] if code in DISTRICT_CELLS else code


# ---------------------------------------------------------------------------- layout helpers
class VerticalText(Flowable):
    """A column head written bottom to top, wrapped to ``height`` (for narrow count columns)."""

    def __init__(self, text: str, height: float, font: str = SANS + "-Bold", size: float = 7.5) -> None:
        super().__init__()
        self.text, self.height, self.font, self.size = text, height, font, size
        self.leading = size * 1.2
        self.lines = self._wrap_lines()
        self.width = self.leading * len(self.lines)

    def _wrap_lines(self) -> list[str]:
        lines: list[str] = []
        for word in self.text.split():
            if lines and stringWidth(f"{lines[-1]} {word}", self.font, self.size) <= self.height:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return lines or [""]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFont(self.font, self.size)
        canv.rotate(90)
        for i, line in enumerate(self.lines):
            # rotated axes: x runs up the page, y runs to the left
            canv.drawString(0, -(i + 1) * self.leading + self.size * 0.25, line)
        canv.restoreState()


CELL_FONT, CELL_SIZE, CELL_PAD = SANS, 8, 12  # plain-string cells: font, size, left+right padding
HEAD_FONT, HEAD_SIZE, HEAD_PAD = SANS + "-Bold", 7.5, 3  # column heads: font, size, padding
HEAD_STYLE = ParagraphStyle("report_head", fontName=HEAD_FONT, fontSize=HEAD_SIZE, leading=9)


def head_width(text: str, least: float = 16 * mm) -> float:
    """The narrowest column whose head breaks ``text`` only between words (at least ``least``)."""
    widest = max((stringWidth(w, HEAD_FONT, HEAD_SIZE) for w in text.split()), default=0)
    return max(least, widest + 2 * HEAD_PAD + 2)


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def first_lower(text: str) -> str:
    """A label continued after a colon: «По заключению: условия ...»."""
    return text[:1].lower() + text[1:]


def fit(text: str, width: float, font: str = CELL_FONT, size: float = CELL_SIZE) -> str:
    """``text`` broken into lines (joined by newlines) that fit a cell ``width`` points wide.

    Big tables print plain strings rather than a paragraph per cell: a list of thousands of
    children lays out in seconds instead of a minute. A word longer than the width is cut.
    """
    room = width - CELL_PAD
    if stringWidth(text, font, size) <= room:
        return text
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= room:
            lines[-1] += f" {word}"
            continue
        while stringWidth(word, font, size) > room and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and stringWidth(word[:cut], font, size) > room:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return "\n".join(lines)


def _count_table(header: Sequence[Flowable | str], rows: list[list[str]], widths: Sequence[float],
                 *, text_cols: int = 1, total_row: bool = False, head_height: float | None = None
                 ) -> Table:
    """A fast table of counts: plain strings (no paragraph per cell), numbers right-aligned,
    the header repeated on each page, the last row shaded and bold when it is a total."""
    head = [h if isinstance(h, Flowable) else Paragraph(escape(h), HEAD_STYLE) for h in header]
    cls = LongTable if len(rows) > 60 else Table  # LongTable measures only what fits a page
    t = cls([head, *rows], colWidths=list(widths), repeatRows=1,
              rowHeights=[head_height] + [None] * len(rows) if head_height else None)
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("FONTNAME", (0, 1), (-1, -1), SANS),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("LEADING", (0, 1), (-1, -1), 10),
        ("ALIGN", (text_cols, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, 0), HEAD_PAD),
        ("RIGHTPADDING", (0, 0), (-1, 0), HEAD_PAD),
        ("ALIGN", (text_cols, 0), (-1, 0), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
    ]
    if total_row and rows:
        cmds += [("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                 ("FONTNAME", (0, -1), (-1, -1), SANS + "-Bold")]
    t.setStyle(TableStyle(cmds))
    return t


def _label_table(header: Sequence[str], rows: list[list[Any]], widths: Sequence[float],
                 *, total_row: bool = False) -> Table:
    """A table whose first column is a wrapped label and the rest plain numbers."""
    cell = styles()["cell"]
    body = [[Paragraph(escape(first_upper(str(r[0]))), cell), *(str(v) for v in r[1:])]
            for r in rows]
    return _count_table(header, body, widths, total_row=total_row)


def _heading(head: Letterhead, lang: str, width: float, title: str, lines: list[str],
             *, letterhead: bool = True) -> list[Flowable]:
    """The letterhead (or only the school's name), the title and the scope and date lines."""
    out: list[Flowable] = []
    if letterhead:
        out += letterhead_flowables(head, lang, width)
    else:
        out.append(para(head.name(lang), "head"))
        out.append(Spacer(1, 3 * mm))
    out.append(para(title, "title"))
    for line in lines:
        out.append(para(line, "center"))
    out.append(Spacer(1, 3 * mm))
    return out


def _made_on(lang: str, made_on: Any) -> str:
    return f"{tx(TEXT, 'made_on', lang)}: {fmt_date(made_on)}"


def _period(lang: str, start: Any, end: Any) -> str:
    return f"{tx(TEXT, 'period', lang)}: {fmt_date(start)} – {fmt_date(end)}"


def _section(title: str, body: Flowable | list[Flowable]) -> list[Flowable]:
    items = body if isinstance(body, list) else [body]
    return [CondPageBreak(30 * mm), para(title, "subtitle"), *items, Spacer(1, 2 * mm)]


def _signatures(head: Letterhead, lang: str, width: float, *, director_name: bool = True) -> Flowable:
    return KeepTogether([Spacer(1, 6 * mm), signature_block([
        (tx(TEXT, "sign_pedagogue", lang), ""),
        (tx(TEXT, "sign_director", lang), head.director_name if director_name else ""),
    ], width)])


# ---------------------------------------------------------------------------- social passport
def passport_title(p: SocialPassport, lang: str) -> str:
    if p.scope == "school":
        return tx(TEXT, "passport_school", lang)
    if p.scope == "grade":
        return tx(TEXT, "passport_grade", lang).format(grade=p.grade)
    return tx(TEXT, "passport_class", lang)


def passport_scope_line(p: SocialPassport, lang: str) -> str:
    if p.scope == "school":
        return tx(TEXT, "scope_school", lang)
    if p.scope == "grade":
        return f"{tx(TEXT, 'class', lang)}: {p.grade}"
    return f"{tx(TEXT, 'class', lang)}: {p.class_name}"


def passport_summary_rows(p: SocialPassport, lang: str) -> list[tuple[str, str, int, int | None]]:
    """(section, label, children, families or None) of the passport's summary table."""
    c, t = p.counts, TEXT
    rows: list[tuple[str, str, int, int | None]] = [
        ("summary", tx(t, "students", lang), c.students, p.families_total),
        ("summary", tx(t, "boys", lang), c.boys, None),
        ("summary", tx(t, "girls", lang), c.girls, None),
    ]
    if c.sex_unknown:
        rows.append(("summary", tx(t, "sex_unknown", lang), c.sex_unknown, None))
    for code, label in FAMILY.items():
        rows.append(("family", label[lang], c.family.get(code, 0), p.families.get(code, 0)))
    if c.no_family:
        rows.append(("family", tx(t, "no_family", lang), c.no_family, None))
    for n, label in MEALS_SHORT.items():
        rows.append(("meals", label[lang], c.meals.get(n, 0), p.meals_families.get(n, 0)))
    rows.append(("meals", tx(t, "meals_any", lang), c.meals_total, sum(p.meals_families.values())))
    for code, label in REGISTERS.items():
        rows.append(("registers", label[lang], c.registers.get(code, 0), None))
    rows.append(("registers", tx(t, "sen", lang), c.sen, None))
    return rows


def passport_class_columns(lang: str) -> list[tuple[str, str]]:
    """(code, head) of the per-class table after the class name."""
    cols = [("students", tx(TEXT, "students", lang)), ("boys", DISTRICT_CELLS["boys"][lang]),
            ("girls", DISTRICT_CELLS["girls"][lang])]
    cols += [(f"fam_{code}", label[lang]) for code, label in FAMILY_SHORT.items()]
    cols.append(("meals", {"kk": "Тегін тамақ", "ru": "Бесплатное питание"}[lang]))
    cols += [(f"reg_{code}", label[lang]) for code, label in REGISTERS_SHORT.items()]
    cols.append(("sen", {"kk": "ЕБҚ бар балалар", "ru": "Дети с ООП"}[lang]))
    return cols


def passport_class_values(c: PassportCounts) -> list[int]:
    return ([c.students, c.boys, c.girls] + [c.family.get(code, 0) for code in FAMILY_SHORT]
            + [c.meals_total] + [c.registers.get(code, 0) for code in REGISTERS_SHORT] + [c.sen])


def build_social_passport(p: SocialPassport, lang: str, letterhead: Letterhead) -> bytes:
    """The passport of a class (portrait) or of a grade or the school with a row per class
    (landscape)."""
    check_lang(lang)
    title = passport_title(p, lang)
    wide = p.scope != "class"

    def story(width: float) -> list[Flowable]:
        out = _heading(letterhead, lang, width, title,
                       [passport_scope_line(p, lang), _made_on(lang, p.made_on)])
        header = [tx(TEXT, "indicator", lang), tx(TEXT, "children", lang), tx(TEXT, "share", lang),
                  tx(TEXT, "families", lang)]
        nums = [head_width(h, 30 * mm if wide else 22 * mm) for h in header[1:]]
        widths = [width - sum(nums), *nums]
        sections = {"summary": "s_summary", "family": "s_family", "meals": "s_meals",
                    "registers": "s_registers"}
        rows = passport_summary_rows(p, lang)
        for code, key in sections.items():
            body = [[label, str(n), fmt_share(n, p.counts.students), "" if fam is None else str(fam)]
                    for sec, label, n, fam in rows if sec == code]
            out += _section(tx(TEXT, key, lang), _label_table(header, body, widths))
        out.append(para(tx(TEXT, "passport_note", lang), "small"))
        if p.classes:
            cols = passport_class_columns(lang)
            head_h = 40 * mm
            first = max(head_width(tx(TEXT, "class", lang), 14 * mm),
                        stringWidth(tx(TEXT, "total", lang), CELL_FONT + "-Bold", CELL_SIZE) + CELL_PAD + 2)
            each = (width - first) / len(cols)
            header_cells: list[Flowable | str] = [tx(TEXT, "class", lang)]
            header_cells += [VerticalText(first_upper(h), head_h - 6) for _, h in cols]
            body = [[c.name, *map(str, passport_class_values(c.counts))] for c in p.classes]
            body.append([tx(TEXT, "total", lang), *map(str, passport_class_values(p.counts))])
            out += [CondPageBreak(120 * mm), *_section(tx(TEXT, "s_classes", lang), _count_table(
                header_cells, body, [first] + [each] * len(cols), total_row=True,
                head_height=head_h))]
        out.append(_signatures(letterhead, lang, width))
        return out

    return render(story, lang=lang, title=title, confidential=True, footer=title, wide=wide)


# ---------------------------------------------------------------------------- free meals
def build_free_meals(rows: FreeMealsList, lang: str, letterhead: Letterhead) -> bytes:
    """The five category lists with each child's evidence; expired and soon expiring evidence and
    missing documents are marked (landscape)."""
    check_lang(lang)
    title = tx(TEXT, "meals_title", lang)
    def story(width: float) -> list[Flowable]:
        out = _heading(letterhead, lang, width, title, [_made_on(lang, rows.made_on)])
        out.append(para(tx(TEXT, "m_summary", lang).format(
            n=len(rows), expired=rows.with_status("expired"), soon=rows.with_status("soon"),
            missing=rows.with_status("missing"), days=rows.soon_days), "body_left"))
        header = [tx(TEXT, k, lang) for k in ("m_no", "m_child", "class", "m_family", "m_evidence",
                                               "m_valid", "m_mark")]
        fixed = [10 * mm, head_width(header[2], 12 * mm), head_width(header[5], 22 * mm),
                 head_width(header[6], 30 * mm)]
        flex = width - sum(fixed)
        widths = [fixed[0], flex * 0.36, fixed[1], flex * 0.36, flex * 0.28, fixed[2], fixed[3]]
        for n, group in rows.by_category().items():
            heading = tx(TEXT, "m_heading", lang).format(n=n, label=coded(MEALS, n, lang))
            if not group:
                out += _section(heading, para(tx(TEXT, "m_empty", lang), "body_left"))
                continue
            body = []
            for i, r in enumerate(group, start=1):
                family = f"{r.family} ({r.representative})" if r.representative else r.family
                body.append([str(i), fit(r.child, widths[1]), r.class_name, fit(family, widths[3]),
                             fit(r.evidence, widths[4]), fmt_date(r.valid_until),
                             fit(coded(MEALS_STATUS, r.status, lang), widths[6], SANS + "-Bold")])
            # One style command per column, not per flagged row: a long table re-applies its
            # commands at every page break. Only flagged rows have a mark, so bold marks them.
            table = _count_table(header, body, widths, text_cols=7)
            table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "RIGHT"),
                                       ("VALIGN", (0, 1), (-1, -1), "TOP"),
                                       ("FONTNAME", (-1, 1), (-1, -1), SANS + "-Bold")]))
            out += _section(heading, [para(tx(TEXT, "m_count", lang).format(n=len(group)), "small"),
                                      table])
        out.append(_signatures(letterhead, lang, width))
        return out

    return render(story, lang=lang, title=title, confidential=True, footer=title, wide=True)


# ---------------------------------------------------------------------------- period report
def build_period_report(r: PeriodReport, lang: str, letterhead: Letterhead) -> bytes:
    """Visits, sessions (counts and hours only), incidents, referrals and register changes."""
    check_lang(lang)
    title = tx(TEXT, "period_title", lang)
    t = TEXT

    def story(width: float) -> list[Flowable]:
        out = _heading(letterhead, lang, width, title,
                       [_period(lang, r.start, r.end), _made_on(lang, r.made_on)])
        num = 26 * mm
        two = [width - num, num]
        visits = [[tx(t, "visits", lang), r.visits], [tx(t, "visited_families", lang), r.visited_families]]
        visits += [[f"{tx(t, 'by_purpose', lang)}: {coded(PURPOSE, code, lang)}", n]
                   for code, n in r.visits_by_purpose.items()]
        visits += [[f"{tx(t, 'by_conclusion', lang)}: "
                    f"{first_lower(coded(CONCLUSIONS, code, lang))}", n]
                   for code, n in r.visits_by_conclusion.items()]
        out += _section(tx(t, "s_visits", lang), _label_table(
            [tx(t, "indicator", lang), tx(t, "count", lang)], visits, two))

        sessions = [[coded(SESSION_TYPES, line.session_type, lang), line.sessions,
                     fmt_number(line.hours)] for line in r.sessions]
        sessions.append([tx(t, "total", lang), r.sessions_total, fmt_number(r.hours_total)])
        out += _section(tx(t, "s_sessions", lang), [
            _label_table([tx(t, "session_type", lang), tx(t, "count", lang), tx(t, "hours", lang)],
                         sessions, [width - 2 * num, num, num], total_row=True),
            Spacer(1, 1.5 * mm),
            para(f"{tx(t, 'session_children', lang)}: {r.session_children}", "body_left"),
            para(tx(t, "sessions_note", lang), "small")])

        incidents = [[coded(INCIDENT_TYPES, line.incident_type, lang), line.open, line.closed,
                      line.total] for line in r.incidents]
        incidents.append([tx(t, "total", lang), sum(x.open for x in r.incidents),
                          sum(x.closed for x in r.incidents), r.incidents_total])
        out += _section(tx(t, "s_incidents", lang), _label_table(
            [tx(t, k, lang) for k in ("incident_type", "open", "closed", "total")], incidents,
            [width - 3 * num, num, num, num], total_row=True))

        referrals = [[coded(ORGANISATION_KINDS, line.kind, lang), line.sent, line.replied,
                      line.awaiting] for line in r.referrals]
        referrals.append([tx(t, "total", lang), r.referrals_total, r.replies_total,
                          r.referrals_total - r.replies_total])
        out += _section(tx(t, "s_referrals", lang), _label_table(
            [tx(t, k, lang) for k in ("addressee", "sent", "replied", "awaiting")], referrals,
            [width - 3 * num, num, num, num], total_row=True))

        register: list[Flowable] = []
        for key, lines, reasons, col in (("put_on", r.put_on, GROUNDS, "ground"),
                                         ("removed", r.removed, REMOVAL_REASONS, "reason")):
            register.append(para(tx(t, key, lang), "body_left"))
            if not lines:
                register.append(para(tx(t, "none", lang), "small"))
                continue
            body = [[coded(REGISTERS_SHORT, x.kind, lang), coded(reasons, x.code, lang), x.entries,
                     x.children] for x in lines]
            body.append([tx(t, "total", lang), "", sum(x.entries for x in lines),
                         r.put_on_children if key == "put_on" else r.removed_children])
            cell = styles()["cell"]
            table = _count_table(
                [tx(t, k, lang) for k in ("kind", col, "entries", "children_short")],
                [[Paragraph(escape(first_upper(str(b[0]))), cell),
                  Paragraph(escape(first_upper(str(b[1]))), cell),
                  str(b[2]), str(b[3])] for b in body],
                [(width - 2 * num) * 0.4, (width - 2 * num) * 0.6, num, num], text_cols=2,
                total_row=True)
            register += [table, Spacer(1, 2 * mm)]
        out += _section(tx(t, "s_register", lang), register)
        out.append(_signatures(letterhead, lang, width))
        return out

    return render(story, lang=lang, title=title, confidential=True, footer=title)


# ---------------------------------------------------------------------------- workload
WORKLOAD_COLUMNS = ("w_followed", "w_sessions", "w_hours", "w_session_children", "w_visits",
                    "w_measures_due", "w_measures_done")


def workload_values(row: Any) -> list[float]:
    return [row.children_followed, row.sessions, row.hours, row.session_children, row.visits,
            row.measures_due, row.measures_done]


def build_workload(w: Workload, lang: str, letterhead: Letterhead) -> bytes:
    """Per specialist: children followed, sessions and hours, visits, plan measures; then the
    school's size and the students per specialist, with the norm note (landscape)."""
    check_lang(lang)
    title = tx(TEXT, "workload_title", lang)
    t = TEXT
    cell = styles()["cell"]

    def story(width: float) -> list[Flowable]:
        out = _heading(letterhead, lang, width, title,
                       [_period(lang, w.start, w.end), _made_on(lang, w.made_on)])
        if w.rows:
            nums = [head_width(tx(t, k, lang), 18 * mm) for k in WORKLOAD_COLUMNS]
            name_w = (width - sum(nums)) * 0.6
            pos_w = width - sum(nums) - name_w
            body: list[list[Any]] = [
                [Paragraph(escape(row.name), cell), Paragraph(escape(coded(ROLES, row.position, lang)
                                                                     if row.position else ""), cell),
                 *(fmt_number(v) for v in workload_values(row))] for row in w.rows]
            out.append(_count_table([tx(t, "w_name", lang), tx(t, "w_position", lang)]
                                    + [tx(t, k, lang) for k in WORKLOAD_COLUMNS],
                                    body, [name_w, pos_w, *nums], text_cols=2))
        else:
            out.append(para(tx(t, "w_nobody", lang), "body_left"))
        size: list[list[Any]] = [[tx(t, "w_students", lang), w.students],
                [tx(t, "w_on_register", lang), w.children_on_register],
                [tx(t, "w_pedagogues", lang), w.social_pedagogues],
                [tx(t, "w_per_pedagogue", lang), fmt_number(w.students_per_social_pedagogue)
                 if w.students_per_social_pedagogue is not None else "—"],
                [tx(t, "w_psychologists", lang), w.psychologists],
                [tx(t, "w_per_psychologist", lang), fmt_number(w.students_per_psychologist)
                 if w.students_per_psychologist is not None else "—"]]
        out += _section(tx(t, "s_size", lang), [
            _label_table([tx(t, "indicator", lang), tx(t, "count", lang)], size,
                         [width * 0.5, 30 * mm]),
            Spacer(1, 2 * mm), para(tx(t, "w_note", lang), "small")])
        out.append(_signatures(letterhead, lang, width))
        return out

    return render(story, lang=lang, title=title, confidential=True, footer=title, wide=True)


# ---------------------------------------------------------------------------- district statistics
def district_value(value: int | str) -> str:
    return str(value)


def build_district_stats(d: DistrictStats, lang: str, letterhead: Letterhead) -> bytes:
    """Counts only, with the suppression rule printed at the end. The school's name is printed,
    but not its address, phone or director's name (nothing that is a person's name)."""
    check_lang(lang)
    title = tx(TEXT, "district_title", lang)
    t = TEXT

    def story(width: float) -> list[Flowable]:
        lines = [_period(lang, d.start, d.end), _made_on(lang, d.made_on)]
        if d.district:
            lines.insert(0, f"{tx(t, 'district', lang)}: {d.district}")
        out = _heading(letterhead, lang, width, title, lines, letterhead=False)
        out.append(para(tx(t, "d_stock", lang).format(date=fmt_date(d.end)), "small"))
        num = 28 * mm
        for section in d.sections:  # not numbered: the only numbers are counts
            rows = [[district_cell_label(section.code, c.code, lang), district_value(c.value)]
                    for c in section.cells]
            if section.total is not None:
                rows.append([tx(t, "total", lang), district_value(section.total.value)])
            out += _section(DISTRICT_SECTIONS[section.code][lang], _label_table(
                [tx(t, "d_indicator", lang), tx(t, "d_value", lang)], rows, [width - num, num],
                total_row=section.total is not None))
        out += _section(tx(t, "d_rule_title", lang), para(tx(t, "d_rule", lang), "small"))
        out.append(_signatures(letterhead, lang, width, director_name=False))
        return out

    return render(story, lang=lang, title=title, footer=title)
