"""The at-risk register, home visits and special-needs plans."""

from typing import TYPE_CHECKING, Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .base import SyncModel
from .people import Family, Student


class Registration(SyncModel):
    """One ground of registration: the school register, police (ОЮП) or commission (КДНиЗП)."""

    student = ForeignKeyField(Student, backref="registrations", null=True, on_delete="CASCADE")
    family = ForeignKeyField(Family, backref="registrations", null=True, on_delete="CASCADE")
    kind = CharField(max_length=20)  # school, police, commission
    ground = CharField(max_length=40)
    start_date = DateField()
    protocol_no = CharField(default="")
    protocol_date = DateField(null=True)
    initiator = CharField(default="")
    parents_informed_on = DateField(null=True)
    curator = CharField(default="")
    responsible = TextField(default="")
    removed_on = DateField(null=True)
    removal_reason = CharField(default="")
    removal_protocol_no = CharField(default="")
    notes = TextField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        student_id: int | None
        family_id: int | None
        measures: Any
        reviews: Any


class PlanMeasure(SyncModel):
    registration = ForeignKeyField(Registration, backref="measures", on_delete="CASCADE")
    measure = TextField()
    responsible = CharField(default="")
    deadline = DateField(null=True)
    status = CharField(max_length=20, default="planned")  # planned, done, cancelled
    result = TextField(default="")
    position = IntegerField(default=0)

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        registration_id: int


class RegistrationReview(SyncModel):
    registration = ForeignKeyField(Registration, backref="reviews", on_delete="CASCADE")
    review_date = DateField()
    summary = TextField(default="")
    decision = TextField(default="")
    next_review_on = DateField(null=True)

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        registration_id: int


class HomeVisit(SyncModel):
    act_no = CharField(default="")
    visit_date = DateField()
    visit_time = CharField(max_length=5, default="")
    purpose = CharField(max_length=20, default="planned")  # planned, unplanned, on_request
    requested_by = CharField(default="")
    family = ForeignKeyField(Family, backref="visits", null=True, on_delete="SET NULL")
    student = ForeignKeyField(Student, backref="visits", null=True, on_delete="SET NULL")
    commission = TextField(default="")
    residents = TextField(default="")
    housing_ownership = CharField(default="")
    rooms = IntegerField(null=True)
    area_m2 = FloatField(null=True)
    housing_condition = CharField(default="")
    water = BooleanField(default=False)
    heating = CharField(default="")
    sewerage = BooleanField(default=False)
    gas = BooleanField(default=False)
    electricity = BooleanField(default=True)
    sanitary_state = CharField(default="")
    child_corner = BooleanField(default=False)
    child_desk = BooleanField(default=False)
    child_bed = BooleanField(default=False)
    seasonal_clothes = BooleanField(default=False)
    school_supplies = BooleanField(default=False)
    food = BooleanField(default=False)
    computer = BooleanField(default=False)
    parents_attention = TextField(default="")
    family_climate = TextField(default="")
    neglect_signs = TextField(default="")
    child_words = TextField(default="")
    conclusion = CharField(max_length=20, default="")  # satisfactory, unsatisfactory
    recommendations = TextField(default="")
    measures = TextField(default="")
    next_visit_on = DateField(null=True)
    signatures = TextField(default="")
    refused_to_sign = BooleanField(default=False)

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        family_id: int | None
        student_id: int | None


class SupportPlan(SyncModel):
    """Special-needs plan following a PMPK conclusion."""

    student = ForeignKeyField(Student, backref="support_plans", on_delete="CASCADE")
    pmpk_no = CharField(default="")
    pmpk_date = DateField(null=True)
    pmpk_valid_until = DateField(null=True)
    need_type = CharField(default="")
    programme = CharField(max_length=20, default="general")
    education_form = CharField(max_length=20, default="inclusive")
    specialists = TextField(default="")
    special_conditions = TextField(default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    parent_acknowledged_on = DateField(null=True)

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        student_id: int
        goals: Any
        reviews: Any


class SupportGoal(SyncModel):
    plan = ForeignKeyField(SupportPlan, backref="goals", on_delete="CASCADE")
    domain = CharField(default="")
    goal = TextField()
    method = TextField(default="")
    specialist = CharField(default="")
    frequency = CharField(default="")
    period = CharField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        plan_id: int


class SupportReview(SyncModel):
    plan = ForeignKeyField(SupportPlan, backref="reviews", on_delete="CASCADE")
    review_date = DateField()
    progress = TextField(default="")
    decision = TextField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        plan_id: int
