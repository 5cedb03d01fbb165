"""The school profile: created with the register, shown on letterheads."""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..db import Register
from ..models import School
from . import access, validators
from .context import Actor
from .errors import Collector


@dataclass
class SchoolData:
    name_kk: str = ""
    name_ru: str = ""
    bin: str = ""
    address: str = ""
    phone: str = ""
    director_name: str = ""
    district: str = ""
    is_demo: bool = False


_NAMES = [f.name for f in fields(SchoolData)]


class SchoolService:
    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    def get(self, actor: Actor) -> SchoolData | None:
        """The school profile, or None in a register that has none yet."""
        access.check(actor, access.READ, "school")
        s = School.select().where(School.deleted == False).first()  # noqa: E712
        if s is None:
            return None
        return SchoolData(**{n: getattr(s, n) for n in _NAMES})

    @staticmethod
    def validate(data: SchoolData) -> SchoolData:
        c = Collector()
        for name in ("name_kk", "name_ru", "bin", "address", "phone", "director_name", "district"):
            setattr(data, name, validators.clean(getattr(data, name)))
        validators.text(c, "name_kk", data.name_kk, limit=250, required=True)
        validators.text(c, "name_ru", data.name_ru, limit=250, required=True)
        if not data.bin:
            c.add("bin", "required")
        elif len(data.bin) != 12 or not data.bin.isdigit():
            c.add("bin", "bin_format")
        validators.text(c, "address", data.address, limit=300, required=True)
        validators.phone(c, "phone", data.phone)
        validators.name(c, "director_name", data.director_name)
        c.raise_if_any()
        return data

    def save(self, actor: Actor, data: SchoolData) -> None:
        """Create or update the one school profile of this register."""
        access.check(actor, access.WRITE, "school")
        d = self.validate(data)
        with self.db.atomic():
            s = School.select().where(School.deleted == False).first() or School()  # noqa: E712
            for n in _NAMES:
                setattr(s, n, getattr(d, n))
            if s.id:
                s.touch(actor.device_id)
            else:
                s.updated_by = actor.device_id
            s.save()
