"""Field checks shared by the services; each reports into a :class:`Collector`."""

from __future__ import annotations

import re
from datetime import date

from .errors import Collector
from .iin import IinError, IinInfo, parse_iin

NAME_MAX = 60
TEXT_MAX = 2000
_NAME = re.compile(r"^[^\W\d_]+(?:[ '’\-][^\W\d_]+)*$", re.UNICODE)
_PHONE = re.compile(r"^\+?[\d\s()\-]{5,20}$")


def clean(text: str | None) -> str:
    """Trim and collapse inner whitespace."""
    return " ".join((text or "").split())


def name(c: Collector, field: str, value: str, *, required: bool = True) -> None:
    if not value:
        if required:
            c.add(field, "required")
    elif len(value) > NAME_MAX:
        c.add(field, "too_long", max=NAME_MAX)
    elif not _NAME.match(value):
        c.add(field, "bad_chars")


def text(c: Collector, field: str, value: str, *, limit: int = TEXT_MAX,
         required: bool = False) -> None:
    if required and not value.strip():
        c.add(field, "required")
    elif len(value) > limit:
        c.add(field, "too_long", max=limit)


def phone(c: Collector, field: str, value: str) -> None:
    if value and not _PHONE.match(value):
        c.add(field, "phone_format")


def past_date(c: Collector, field: str, value: date | None, *, today: date,
              required: bool = False) -> None:
    if value is None:
        if required:
            c.add(field, "required")
    elif value > today:
        c.add(field, "date_future")
    elif value.year < 1900:
        c.add(field, "date_too_old")


def iin(c: Collector, field: str, value: str | None) -> IinInfo | None:
    """Check an ИИН if given; return what it encodes."""
    if not value:
        return None
    try:
        return parse_iin(value)
    except IinError as exc:
        c.add(field, exc.code)
        return None


def iin_matches(c: Collector, info: IinInfo | None, birth: date | None, sex: str,
                *, birth_field: str = "birth_date", sex_field: str = "sex") -> None:
    """The birth date and sex typed must agree with the ИИН."""
    if info is None:
        return
    if birth is not None and birth != info.birth_date:
        c.add(birth_field, "iin_birth_mismatch", expected=info.birth_date.strftime("%d.%m.%Y"))
    if sex and sex != info.sex:
        c.add(sex_field, "iin_sex_mismatch")
