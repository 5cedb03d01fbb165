"""ИИН: check digit (two weight rounds), birth date, century and sex, malformed input."""

from __future__ import annotations

from datetime import date

import pytest

from pedagogue_app.services.iin import IinError, IinInfo, check_digit, make_iin, parse_iin

W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def first_round(first11: str) -> int:
    return sum(int(d) * w for d, w in zip(first11, W1, strict=True)) % 11


def reference_check_digit(first11: str) -> int | None:
    """The rule as DOMAIN.md states it, written independently of the code under test."""
    value = first_round(first11)
    if value == 10:
        value = sum(int(d) * w for d, w in zip(first11, W2, strict=True)) % 11
    return None if value == 10 else value


VALID = [
    # iin, birth date, sex
    ("850720101234", date(1885, 7, 20), "M"),  # 7th digit 1: 1800s, male
    ("991231201233", date(1899, 12, 31), "F"),  # 2: 1800s, female
    ("870412301236", date(1987, 4, 12), "M"),  # 3: 1900s, male
    ("900228401230", date(1990, 2, 28), "F"),  # 4: 1900s, female
    ("120503501238", date(2012, 5, 3), "M"),  # 5: 2000s, male
    ("140101601232", date(2014, 1, 1), "F"),  # 6: 2000s, female
    ("000229501234", date(2000, 2, 29), "M"),  # 29 Feb of a leap year
]

# The first round gives 10, so the second round (weights 3..11, 1, 2) decides the 12th digit.
# 12050350020: round 1 = 98 % 11 = 10; round 2 = 112 % 11 = 2.
SECOND_ROUND = [
    ("120503500202", date(2012, 5, 3), "M"),
    ("120503100704", date(1812, 5, 3), "M"),
    ("050315500503", date(2005, 3, 15), "M"),
    ("140101600706", date(2014, 1, 1), "F"),
    ("991231300408", date(1999, 12, 31), "M"),
    ("870412400711", date(1987, 4, 12), "F"),
    ("000229500909", date(2000, 2, 29), "M"),
]

# Both rounds give 10: no 12th digit makes these valid.
BOTH_ROUNDS_TEN = ["12050350024", "12050310073", "05031550059", "87041240070", "14010160072"]


@pytest.mark.parametrize(("iin", "born", "sex"), VALID + SECOND_ROUND)
def test_table_follows_the_published_rule(iin: str, born: date, sex: str) -> None:
    assert reference_check_digit(iin[:11]) == int(iin[11])


@pytest.mark.parametrize(("iin", "born", "sex"), VALID + SECOND_ROUND)
def test_valid_iin_gives_birth_date_and_sex(iin: str, born: date, sex: str) -> None:
    assert parse_iin(iin) == IinInfo(birth_date=born, sex=sex)
    assert check_digit(iin[:11]) == int(iin[11])


@pytest.mark.parametrize(("iin", "born", "sex"), SECOND_ROUND)
def test_second_round_decides(iin: str, born: date, sex: str) -> None:
    assert first_round(iin[:11]) == 10
    for wrong in set("0123456789") - {iin[11]}:
        with pytest.raises(IinError) as err:
            parse_iin(iin[:11] + wrong)
        assert err.value.code == "iin_checksum"


@pytest.mark.parametrize("first11", BOTH_ROUNDS_TEN)
def test_both_rounds_ten_is_never_valid(first11: str) -> None:
    assert reference_check_digit(first11) is None
    assert check_digit(first11) is None
    for last in "0123456789":
        with pytest.raises(IinError) as err:
            parse_iin(first11 + last)
        assert err.value.code == "iin_checksum"


@pytest.mark.parametrize("iin", [
    "120503501239",  # last digit off by one
    "120503501230",
    "210503501238",  # first two digits swapped: still a real date
    "120503501283",  # last two digits swapped
    "120503502138",  # serial digits swapped
])
def test_bad_checksum(iin: str) -> None:
    with pytest.raises(IinError) as err:
        parse_iin(iin)
    assert err.value.code == "iin_checksum"


@pytest.mark.parametrize("iin", [
    "121303500017",  # month 13
    "120003500013",  # month 00
    "120500500015",  # day 00
    "120230500018",  # 30 February
    "130229500014",  # 29 February 2013 (not a leap year)
    "000229300015",  # 29 February 1900 (not a leap year)
    "120431500010",  # 31 April
    "120631400011",  # 31 June
])
def test_impossible_date(iin: str) -> None:
    assert reference_check_digit(iin[:11]) == int(iin[11])  # only the date is wrong
    with pytest.raises(IinError) as err:
        parse_iin(iin)
    assert err.value.code == "iin_date"


@pytest.mark.parametrize("iin", ["120503000011", "120503700014", "120503800010", "120503900017"])
def test_seventh_digit_outside_one_to_six(iin: str) -> None:
    assert reference_check_digit(iin[:11]) == int(iin[11])
    with pytest.raises(IinError) as err:
        parse_iin(iin)
    assert err.value.code == "iin_century"


@pytest.mark.parametrize(("digit", "century", "sex"), [
    ("1", 1800, "M"), ("2", 1800, "F"), ("3", 1900, "M"),
    ("4", 1900, "F"), ("5", 2000, "M"), ("6", 2000, "F"),
])
def test_century_and_sex_decoded(digit: str, century: int, sex: str) -> None:
    first11 = f"080615{digit}0042"
    iin = first11 + str(reference_check_digit(first11))
    assert parse_iin(iin) == IinInfo(birth_date=date(century + 8, 6, 15), sex=sex)


@pytest.mark.parametrize("iin", [
    "",
    "1",
    "12050350123",  # 11 digits
    "1205035012380",  # 13 digits
    "12050350123A",
    "1205035O1238",  # letter O for zero
    "120503 501238",
    "120503-501238",
    " 120503501238",
    "120503501238\n",
    "+20503501238",
    "-20503501238",
    "12050350123.",
])
def test_malformed(iin: str) -> None:
    with pytest.raises(IinError) as err:
        parse_iin(iin)
    assert err.value.code == "iin_format"


@pytest.mark.parametrize("iin", [
    "１２０５０３５０１２３８",  # full-width digits of 120503501238
    "١٢٠٥٠٣٥٠١٢٣٨",  # Arabic-Indic digits of the same number
])
def test_non_ascii_digits_are_refused(iin: str) -> None:
    with pytest.raises(IinError) as err:
        parse_iin(iin)
    assert err.value.code == "iin_format"


def test_superscript_digit_is_a_format_error() -> None:
    with pytest.raises(IinError) as err:
        parse_iin("12050350123²")
    assert err.value.code == "iin_format"


@pytest.mark.parametrize(("born", "sex"), [
    (date(2012, 5, 3), "M"), (date(2014, 1, 1), "F"), (date(1987, 4, 12), "F"),
    (date(1899, 12, 31), "M"), (date(2000, 2, 29), "F"),
])
@pytest.mark.parametrize("serial", [0, 24, 777, 9999])
def test_make_iin_round_trips(born: date, sex: str, serial: int) -> None:
    iin = make_iin(born, sex, serial)
    assert len(iin) == 12
    assert reference_check_digit(iin[:11]) == int(iin[11])
    assert parse_iin(iin) == IinInfo(birth_date=born, sex=sex)


def test_make_iin_skips_a_serial_without_check_digit() -> None:
    # Serial 0024 on 3 May 2012 (male) gives 10 in both rounds; the next serial is used.
    assert make_iin(date(2012, 5, 3), "M", 24) == "120503500251"
    assert make_iin(date(2012, 5, 3), "M", 23)[7:11] == "0023"
