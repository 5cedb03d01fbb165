"""ИИН (individual identification number): checksum, birth date, century and sex.

Layout: YYMMDD, then a digit for century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd is
male), four serial digits, and a check digit computed with weights 1..11 and, if that gives 10,
with weights 3..11, 1, 2; a result of 10 again means the number is invalid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_W1 = tuple(range(1, 12))
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class IinError(ValueError):
    """Why an ИИН is invalid; ``code`` is a message key (iin_format, iin_checksum, ...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class IinInfo:
    birth_date: date
    sex: str  # "M" or "F"


def check_digit(first11: str) -> int | None:
    """The 12th digit for the first 11, or None when both weight rounds give 10."""
    digits = [int(c) for c in first11]
    for weights in (_W1, _W2):
        value = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if value != 10:
            return value
    return None


def parse_iin(iin: str) -> IinInfo:
    """Validate an ИИН and return the birth date and sex it encodes.

    Raises:
        IinError: with code iin_format, iin_century, iin_date or iin_checksum.
    """
    if len(iin) != 12 or not (iin.isascii() and iin.isdigit()):
        raise IinError("iin_format")
    century = _CENTURY.get(int(iin[6]))
    if century is None:
        raise IinError("iin_century")
    try:
        born = date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError as exc:
        raise IinError("iin_date") from exc
    expected = check_digit(iin[:11])
    if expected is None or expected != int(iin[11]):
        raise IinError("iin_checksum")
    return IinInfo(birth_date=born, sex="M" if int(iin[6]) % 2 else "F")


def make_iin(born: date, sex: str, serial: int) -> str:
    """Build a valid ИИН for fictional data; tries the following serials until one has a check digit."""
    century_digit = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (sex == "F")
    for s in range(serial, serial + 100):
        first11 = f"{born:%y%m%d}{century_digit}{s % 10000:04d}"
        digit = check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
    raise ValueError("no valid serial")  # pragma: no cover - cannot happen within 100 serials
