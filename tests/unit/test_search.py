"""Register search: folding (case, ё, Kazakh letters), prefixes, ИИН, class, filters and order.

The students are saved through StudentService once per module (the search only reads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from pedagogue_app import models
from pedagogue_app.db import Register, open_register
from pedagogue_app.db.search import fold, prefix_upper_bound, sort_key, tokens
from pedagogue_app.services import Actor, local_actor
from pedagogue_app.services.families import CategoryData, FamilyData, FamilyService, MemberData
from pedagogue_app.services.students import StudentData, StudentRow, StudentService

# last name, first name, patronymic, sex, birth date, grade, letter, ИИН
STUDENTS = [
    ("Иванов", "Пётр", "Сергеевич", "M", date(2013, 3, 14), 5, "А", "130314500175"),
    ("Ёлкина", "Мария", "Ивановна", "F", date(2013, 7, 2), 5, "А", "130702601179"),
    ("Иванова", "Анна", "Петровна", "F", date(2013, 11, 23), 5, "Б", "131123602172"),
    ("Сейтқали", "Нұрсұлтан", "Ерланұлы", "M", date(2011, 2, 5), 7, "Б", "110205503173"),
    ("Жақсылықова", "Әйгерім", "Асқарқызы", "F", date(2011, 6, 17), 7, "Б", "110617604178"),
    ("Сапарова", "Айгерим", "Маратовна", "F", date(2011, 9, 9), 7, "А", "110909605173"),
    ("Омарова", "Ұлжан", "Бауыржанқызы", "F", date(2012, 4, 30), 6, "В", "120430606174"),
    ("Ахметов", "Ільяс", "Маратұлы", "M", date(2012, 8, 8), 6, "В", "120808507176"),
    ("Ким-Ли", "Анна", "Викторовна", "F", date(2010, 1, 19), 8, "А", "100119608171"),
    ("Әбілов", "Ерлан", "Серікұлы", "M", date(2009, 5, 25), 9, "А", "090525509176"),
    ("Өмірзақ", "Дана", "Ержанқызы", "F", date(2009, 10, 10), 9, "А", "091010610179"),
    ("Үсенов", "Бақыт", "Нұрланұлы", "M", date(2008, 12, 1), 10, "А", "081201511177"),
    ("Ұлықбеков", "Әлихан", "", "M", date(2008, 3, 3), 10, "Ә", "080303512177"),
    ("Ертаев", "Данияр", "", "M", date(2010, 6, 6), 8, "Ә", "100606513179"),
    ("Уәлиев", "Тимур", "", "M", date(2012, 12, 12), 6, "А", "121212514171"),
    ("Бекова", "Лаура", "", "F", date(2009, 9, 19), 9, "Б", ""),
    ("Иванченко", "Олег", "Петрович", "M", date(2013, 2, 2), 5, "А", "130202515174"),  # archived
]

# Every student still on the roll, in Kazakh alphabetical order (А Ә Б ... Е Ё Ж ... О Ө ...
# С ... У Ұ Ү). A plain code-point sort would put Ё first and Ә Ө Ұ Ү at the end.
ALL_IN_ORDER = [
    "Ахметов Ільяс Маратұлы",
    "Әбілов Ерлан Серікұлы",
    "Бекова Лаура",
    "Ертаев Данияр",
    "Ёлкина Мария Ивановна",
    "Жақсылықова Әйгерім Асқарқызы",
    "Иванов Пётр Сергеевич",
    "Иванова Анна Петровна",
    "Ким-Ли Анна Викторовна",
    "Омарова Ұлжан Бауыржанқызы",
    "Өмірзақ Дана Ержанқызы",
    "Сапарова Айгерим Маратовна",
    "Сейтқали Нұрсұлтан Ерланұлы",
    "Уәлиев Тимур",
    "Ұлықбеков Әлихан",
    "Үсенов Бақыт Нұрланұлы",
]
IVANOV = "Иванов Пётр Сергеевич"
IVANOVA = "Иванова Анна Петровна"
YOLKINA = "Ёлкина Мария Ивановна"
NURSULTAN = "Сейтқали Нұрсұлтан Ерланұлы"
AIGERIM_KK = "Жақсылықова Әйгерім Асқарқызы"
AIGERIM_RU = "Сапарова Айгерим Маратовна"
ULZHAN = "Омарова Ұлжан Бауыржанқызы"
ILYAS = "Ахметов Ільяс Маратұлы"
KIM_LI = "Ким-Ли Анна Викторовна"
USENOV = "Үсенов Бақыт Нұрланұлы"
BEKOVA = "Бекова Лаура"


@dataclass
class Seeded:
    register: Register
    actor: Actor
    ids: dict[str, int]  # full name -> id


def _name(row: tuple[object, ...]) -> str:
    return " ".join(str(p) for p in row[:3] if p)


def _seed(reg: Register) -> Seeded:
    actor = local_actor(reg.device_id)
    families, students = FamilyService(reg), StudentService(reg)
    ivanovs = families.save(actor, FamilyData(
        members=[MemberData(last_name="Иванова", first_name="Ольга", relation="mother")],
        categories=[CategoryData(code="low_income", document="АСП № 17",
                                 valid_until=date(2030, 12, 31))]))
    omarovs = families.save(actor, FamilyData(
        members=[MemberData(last_name="Омарова", first_name="Сәуле", relation="mother")],
        categories=[CategoryData(code="large"),
                    CategoryData(code="low_income", document="АСП № 18",
                                 valid_until=date(2030, 12, 31))]))
    # The low-income category of the Omarovs is removed again: a tombstone must not match.
    record = families.get(actor, omarovs)
    record.data.categories = record.data.categories[:1]
    families.save(actor, record.data, omarovs)
    family_of = {IVANOV: ivanovs, IVANOVA: ivanovs, ULZHAN: omarovs}

    ids: dict[str, int] = {}
    for last, first, patronymic, sex, born, grade, letter, iin in STUDENTS:
        name = _name((last, first, patronymic))
        ids[name] = students.save(actor, StudentData(
            last_name=last, first_name=first, patronymic=patronymic, sex=sex, birth_date=born,
            grade=grade, class_letter=letter, iin=iin, family_id=family_of.get(name)))
    students.set_archived(actor, ids["Иванченко Олег Петрович"], True)

    def register_on(name: str, kind: str, **extra: object) -> None:
        models.Registration.create(student=ids[name], kind=kind, ground="absence",
                                   start_date=date(2024, 9, 16), **extra)

    register_on(IVANOV, "school")
    register_on(USENOV, "school")
    register_on(USENOV, "police")
    register_on(ULZHAN, "police")
    register_on(BEKOVA, "commission")
    register_on(NURSULTAN, "school", removed_on=date(2025, 5, 20))  # taken off the register
    register_on(ILYAS, "school", deleted=True)  # tombstone
    register_on("Иванченко Олег Петрович", "school")  # archived student
    models.SupportPlan.create(student=ids[KIM_LI], pmpk_no="ПМПК-4")
    return Seeded(reg, actor, ids)


@pytest.fixture(scope="module")
def seeded_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    reg = open_register(Path(tmp_path_factory.mktemp("search")) / "register.db", create=True)
    try:
        yield _seed(reg)
    finally:
        reg.close()


@pytest.fixture
def seeded(seeded_register: Seeded) -> Seeded:
    models.db_proxy.initialize(seeded_register.register.db)  # other tests may have moved it
    return seeded_register


@pytest.fixture
def search(seeded: Seeded) -> Callable[..., list[str]]:
    service = StudentService(seeded.register)

    def run(query: str = "", **filters: object) -> list[str]:
        return [row.full_name for row in service.search(seeded.actor, query, **filters)]

    return run


SEARCH_TABLE = [
    # Cyrillic case
    ("ИВАНОВ", [YOLKINA, IVANOV, IVANOVA]),  # Ёлкина Мария Ивановна by her patronymic
    ("иванов", [YOLKINA, IVANOV, IVANOVA]),
    ("иВаНоВа", [IVANOVA]),
    # ё and е
    ("елк", [YOLKINA]),
    ("ЕЛКИНА", [YOLKINA]),
    ("ёлк", [YOLKINA]),
    ("Ёлкина", [YOLKINA]),
    ("Пет", [IVANOV, IVANOVA]),  # Пётр and Петровна
    # Kazakh letters typed as Russian ones
    ("Нурсултан", [NURSULTAN]),
    ("Айгерим", [AIGERIM_KK, AIGERIM_RU]),
    ("Улжан", [ULZHAN]),
    ("Ильяс", [ILYAS]),
    ("Жаксылыкова", [AIGERIM_KK]),
    ("Омирзак", ["Өмірзақ Дана Ержанқызы"]),
    ("Усенов", [USENOV]),
    ("Улыкбеков", ["Ұлықбеков Әлихан"]),
    ("Уалиев", ["Уәлиев Тимур"]),
    # Kazakh letters in the query
    ("Нұрсұлтан", [NURSULTAN]),
    ("Нұрс", [NURSULTAN]),
    ("Әйгерім", [AIGERIM_KK, AIGERIM_RU]),
    ("Ұлжан", [ULZHAN]),
    ("Ільяс", [ILYAS]),
    ("ӘБІЛОВ", ["Әбілов Ерлан Серікұлы"]),
    ("Ұл", [ULZHAN, "Ұлықбеков Әлихан"]),
    # a prefix of any name word: surname, given name, patronymic, hyphenated part
    ("Иван", [YOLKINA, IVANOV, IVANOVA]),
    ("Мар", [ILYAS, YOLKINA, AIGERIM_RU]),  # Маратұлы, Мария, Маратовна
    ("Маратұлы", [ILYAS]),
    ("Нур", [NURSULTAN, USENOV]),  # Нұрсұлтан and Нұрланұлы
    ("Ли", [KIM_LI]),
    ("Ким", [KIM_LI]),
    ("Ким-Ли", [KIM_LI]),
    ("ванов", []),  # inside a word, not a prefix
    ("Ивановаа", []),
    # several words are AND-ed, in any order
    ("Анна", [IVANOVA, KIM_LI]),
    ("Анна Ким", [KIM_LI]),
    ("Ким Анна", [KIM_LI]),
    ("иванова анна", [IVANOVA]),
    ("Иванов Пётр", [IVANOV, IVANOVA]),  # Иванова Анна Петровна: both words match
    ("Иванова Сергеевич", []),
    ("  Анна   Ким  ", [KIM_LI]),
    # ИИН digits: the whole number, a prefix, digits inside
    ("130314500175", [IVANOV]),
    ("1303", [IVANOV]),
    ("5001", [IVANOV]),
    ("0617", [AIGERIM_KK, ULZHAN]),  # her birth date 11-06-17; serial 0617 of Омарова
    ("Иван 1303", [IVANOV]),
    ("9999", []),
    # a class
    ("5А", [YOLKINA, IVANOV]),
    ("5а", [YOLKINA, IVANOV]),
    ("5Б", [IVANOVA]),
    ("10Ә", ["Ұлықбеков Әлихан"]),
    ("10ә", ["Ұлықбеков Әлихан"]),
    ("5А Иван", [YOLKINA, IVANOV]),
    ("5В", []),
    # % and _ are never wildcards and never match everything
    ("%", []),
    ("_", []),
    ("%%", []),
    ("_%_", []),
    ("  %  ", []),
    ("Н_рс", []),
    ("Н%рс", []),
    ("_ур", []),
    ("%ван", []),
    ("_ванов", []),
    ("%ванов%", []),
    ("%Иван%", [YOLKINA, IVANOV, IVANOVA]),  # the same as "Иван"
    ("'", []),
    ("' OR 1=1 --", []),
    # nothing typed: everybody on the roll
    ("", ALL_IN_ORDER),
    ("   ", ALL_IN_ORDER),
]


@pytest.mark.parametrize(("query", "expected"), SEARCH_TABLE,
                         ids=[repr(q) for q, _ in SEARCH_TABLE])
def test_search(search: Callable[..., list[str]], query: str, expected: list[str]) -> None:
    assert search(query) == expected


FILTER_TABLE = [
    ({"grade": 5}, "", [YOLKINA, IVANOV, IVANOVA]),
    ({"grade": 5, "letter": "А"}, "", [YOLKINA, IVANOV]),
    ({"letter": "В"}, "", [ILYAS, ULZHAN]),
    ({"grade": 7}, "Айгерим", [AIGERIM_KK, AIGERIM_RU]),
    ({"grade": 7, "letter": "Б"}, "Айгерим", [AIGERIM_KK]),
    ({"grade": 11}, "", []),
    ({"category": "reg_school"}, "", [IVANOV, USENOV]),
    ({"category": "reg_police"}, "", [ULZHAN, USENOV]),
    ({"category": "reg_commission"}, "", [BEKOVA]),
    ({"category": "reg_school"}, "Иван", [IVANOV]),
    ({"category": "sen"}, "", [KIM_LI]),
    ({"category": "fam_low_income"}, "", [IVANOV, IVANOVA]),
    ({"category": "fam_low_income"}, "Анна", [IVANOVA]),
    ({"category": "fam_large"}, "", [ULZHAN]),
    ({"category": "fam_orphan"}, "", []),
    ({"category": "reg_school", "grade": 10}, "", [USENOV]),
]


@pytest.mark.parametrize(("filters", "query", "expected"), FILTER_TABLE)
def test_search_filters(search: Callable[..., list[str]], filters: dict[str, object], query: str,
                        expected: list[str]) -> None:
    assert search(query, **filters) == expected


def test_archived_student_is_hidden_everywhere(search: Callable[..., list[str]]) -> None:
    assert search("Иванченко") == []
    assert search("130202515174") == []
    assert "Иванченко Олег Петрович" not in search("", category="reg_school")
    assert search("Олег") == []


def test_row_carries_class_iin_birth_date_registers_and_family_categories(
        seeded: Seeded) -> None:
    rows = StudentService(seeded.register).search(seeded.actor, "Иванов Сергеевич")
    assert rows == [StudentRow(seeded.ids[IVANOV], IVANOV, "5А", "130314500175", "2013-03-14",
                               "school", "low_income")]
    usenov, = StudentService(seeded.register).search(seeded.actor, "Үсенов")
    assert sorted(usenov.register_kinds.split(",")) == ["police", "school"]
    assert usenov.family_categories == ""
    bekova, = StudentService(seeded.register).search(seeded.actor, "Бекова")
    assert (bekova.iin, bekova.class_name, bekova.register_kinds) == ("", "9Б", "commission")
    # a removed registration is not listed as active
    assert StudentService(seeded.register).search(seeded.actor, "Нұрсұлтан")[0].register_kinds == ""


def test_order_is_kazakh_alphabetical_not_code_points(search: Callable[..., list[str]]) -> None:
    names = search("")
    assert names == ALL_IN_ORDER
    assert names != sorted(names)  # a plain sort would differ (Ё, Ә, Ө, Ұ, Ү)


# --- fold, tokens, sort_key -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "folded"), [
    ("ИВАНОВ", "иванов"),
    ("Ёлкина", "елкина"),
    ("ЁЛКИНА", "елкина"),
    ("Әйгерім", "айгерим"),
    ("ӘЙГЕРІМ", "айгерим"),
    ("Нұрсұлтан", "нурсултан"),
    ("Үсен", "усен"),
    ("Ғалым", "галым"),
    ("Қайрат", "кайрат"),
    ("Аңсар", "ансар"),
    ("Өмір", "омир"),
    ("Һәдия", "хадия"),
    ("Ільяс", "ильяс"),
    ("Iльяс", "ильяс"),  # Latin I typed for Kazakh І
    ("  Ким   Ли  ", "ким ли"),
    ("Ким-Ли", "ким-ли"),
    ("Ким\tЛи\n", "ким ли"),
    ("", ""),
    ("Straße", "strasse"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_makes_kazakh_and_russian_spellings_equal() -> None:
    pairs = [("Нұрсұлтан", "Нурсултан"), ("Әйгерім", "Айгерим"), ("Ұлжан", "Улжан"),
             ("Ільяс", "Ильяс"), ("Ёлкина", "Елкина"), ("Жақсылықова", "Жаксылыкова")]
    for kazakh, russian in pairs:
        assert fold(kazakh) == fold(russian)


@pytest.mark.parametrize(("text", "words"), [
    ("Ким-Ли Анна", ["ким", "ли", "анна"]),
    ("О'Нил", ["о", "нил"]),
    ("О’Нил", ["о", "нил"]),
    ("Әйгерім  Асқарқызы", ["айгерим", "аскаркызы"]),
    ("Н_рс", ["н", "рс"]),
    ("%ван%", ["ван"]),
    ("%", []),
    ("_", []),
    ("5А", ["5а"]),
    ("130314500175", ["130314500175"]),
    ("", []),
])
def test_tokens(text: str, words: list[str]) -> None:
    assert tokens(text) == words


ALPHABET = "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я"


def test_sort_key_follows_the_kazakh_alphabet() -> None:
    letters = ALPHABET.split()
    shuffled = letters[::-1]
    assert sorted(shuffled, key=sort_key) == letters
    assert sorted((c.lower() for c in shuffled), key=sort_key) == [c.lower() for c in letters]


@pytest.mark.parametrize(("before", "after"), [
    (("Алия",), ("Әлия",)),
    (("Әлия",), ("Бек",)),
    (("Ертаев",), ("Ёлкина",)),
    (("Ёлкина",), ("Жақсылықова",)),
    (("Омар",), ("Өмір",)),
    (("Өмір",), ("Петров",)),
    (("Улан",), ("Ұлан",)),
    (("Ұлан",), ("Үсен",)),
    (("Үсен",), ("Фомин",)),
    (("Кан",), ("Қан",)),
    (("Нан",), ("Ңан",)),
    (("Ыбырай",), ("Ілияс",)),
    (("ӘЛИЕВ",), ("бек",)),  # case is ignored
    (("Ли", "Анна"), ("Лиева", "Анна")),  # a shorter surname first, whatever the given name
    (("Иванов", "Пётр"), ("Иванова", "Анна")),
    (("Иванова", "Анна"), ("Иванова", "Әлия")),
    (("Smith",), ("Алия",)),  # Latin before Cyrillic
])
def test_sort_key_order(before: tuple[str, ...], after: tuple[str, ...]) -> None:
    assert sort_key(*before) < sort_key(*after)


def test_sort_key_ignores_case() -> None:
    assert sort_key("ӘЛИЕВ", "ЁЛКА") == sort_key("әлиев", "ёлка")


@pytest.mark.parametrize(("prefix", "inside", "outside"), [
    ("ив", ["ив", "иванов", "ивz", "ив\uffff"], ["иа", "иг", "и", "й"]),
    ("нур", ["нурсултан", "нур"], ["нус", "нуп"]),
])
def test_prefix_upper_bound(prefix: str, inside: list[str], outside: list[str]) -> None:
    bound = prefix_upper_bound(prefix)
    for word in inside:
        assert prefix <= word < bound
    for word in outside:
        assert not prefix <= word < bound
