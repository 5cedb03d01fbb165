"""Students, families, family members, family categories and contacts."""

from typing import TYPE_CHECKING, Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .base import PlainModel, SyncModel


class Family(SyncModel):
    title = CharField(default="")  # how staff call the family, e.g. by surname
    address_registered = TextField(default="")
    address_actual = TextField(default="")
    phone = CharField(default="")
    housing_summary = TextField(default="")
    free_meals_category = IntegerField(null=True)  # 1..5, see DOMAIN.md
    free_meals_evidence = CharField(default="")
    free_meals_valid_until = DateField(null=True)
    risk_alcohol = BooleanField(default=False)
    risk_violence = BooleanField(default=False)
    protection_order = BooleanField(default=False)
    risk_parent_imprisoned = BooleanField(default=False)
    risk_unemployment = BooleanField(default=False)
    risk_left_with_relatives = BooleanField(default=False)
    police_registered_on = DateField(null=True)
    commission_registered_on = DateField(null=True)
    notes = TextField(default="")
    search_key = CharField(default="", index=True)

    if TYPE_CHECKING:  # backrefs made by peewee
        members: Any
        categories: Any
        children: Any
        contacts: Any


class FamilyCategory(SyncModel):
    """One category of a family with its evidence document and its expiry."""

    family = ForeignKeyField(Family, backref="categories", on_delete="CASCADE")
    code = CharField(max_length=30)
    document = CharField(default="")
    document_date = DateField(null=True)
    valid_until = DateField(null=True)
    note = TextField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        family_id: int


class FamilyMember(SyncModel):
    family = ForeignKeyField(Family, backref="members", on_delete="CASCADE")
    last_name = CharField()
    first_name = CharField()
    patronymic = CharField(default="")
    relation = CharField(max_length=30)
    iin = CharField(max_length=12, null=True)
    birth_date = DateField(null=True)
    education = CharField(default="")
    work = CharField(default="")
    phone = CharField(default="")
    is_legal_representative = BooleanField(default=False)
    position = IntegerField(default=0)

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        family_id: int


class FamilyContact(SyncModel):
    family = ForeignKeyField(Family, backref="contacts", on_delete="CASCADE")
    contact_at = DateTimeField()
    kind = CharField(max_length=20)  # call, meeting, visit, message, letter
    person = CharField(default="")
    summary = TextField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        family_id: int


class Student(SyncModel):
    last_name = CharField()
    first_name = CharField()
    patronymic = CharField(default="")
    iin = CharField(max_length=12, null=True)
    birth_date = DateField(null=True)
    sex = CharField(max_length=1, default="")  # M / F
    grade = IntegerField()
    class_letter = CharField(max_length=4)
    language = CharField(max_length=5, default="kk")
    address_registered = TextField(default="")
    address_actual = TextField(default="")
    phone = CharField(default="")
    family = ForeignKeyField(Family, backref="children", null=True, on_delete="SET NULL")
    notes = TextField(default="")
    archived_at = DateTimeField(null=True)
    search_key = CharField(default="")
    sort_key = CharField(default="")

    if TYPE_CHECKING:
        family_id: int | None


class SearchToken(PlainModel):
    """Folded name words for prefix search by an index range (derived, rebuilt on save)."""

    entity = CharField(max_length=10)
    rec_id = IntegerField()
    token = CharField()
