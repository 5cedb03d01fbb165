"""Organisations, referrals, the outgoing-letter journal, attachments and audit events."""

from typing import TYPE_CHECKING

from peewee import BlobField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from .base import SyncModel
from .people import FamilyMember, Student


class Organisation(SyncModel):
    kind = CharField(max_length=20)  # pmpk, police, commission, guardianship, crisis, rehab, ...
    name_kk = CharField()
    name_ru = CharField()
    head_name = CharField(default="")
    address = TextField(default="")
    phone = CharField(default="")
    email = CharField(default="")


class OutgoingLetter(SyncModel):
    year = IntegerField()
    number = IntegerField()
    issued_on = DateField()
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL")
    subject = TextField(default="")
    lang = CharField(max_length=2, default="ru")
    pdf = BlobField(null=True)
    pdf_sha256 = CharField(default="")

    class Meta:
        indexes = ((("year", "number"), True),)

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        organisation_id: int | None


class Referral(SyncModel):
    student = ForeignKeyField(Student, backref="referrals", on_delete="CASCADE")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL")
    kind = CharField(max_length=20)
    letter = ForeignKeyField(OutgoingLetter, null=True, on_delete="SET NULL")
    subject = TextField(default="")
    grounds = TextField(default="")
    measures_taken = TextField(default="")
    request = TextField(default="")
    attachments = TextField(default="")
    reply_by = DateField(null=True)
    contact_person = CharField(default="")
    sent_on = DateField(null=True)
    sent_how = CharField(default="")
    reply_no = CharField(default="")
    reply_date = DateField(null=True)
    outcome = TextField(default="")
    # migration 0003: the letter's language and representative, the contact's phone and
    # position, and the PMPK package's teacher profile and psychologist report
    lang = CharField(max_length=2, default="ru")
    representative = ForeignKeyField(FamilyMember, null=True, on_delete="SET NULL")
    contact_phone = CharField(default="")
    contact_position = CharField(default="")
    profile_teacher = CharField(default="")
    profile_attendance = TextField(default="")
    profile_progress = TextField(default="")
    profile_behaviour = TextField(default="")
    profile_peers = TextField(default="")
    profile_interests = TextField(default="")
    profile_difficulties = TextField(default="")
    profile_conclusion = TextField(default="")
    report_dates = CharField(default="")
    report_methods = TextField(default="")
    report_results = TextField(default="")
    report_conclusion = TextField(default="")
    report_recommendations = TextField(default="")
    report_psychologist = CharField(default="")

    if TYPE_CHECKING:  # foreign-key ids and backrefs made by peewee
        student_id: int
        organisation_id: int | None
        letter_id: int | None
        representative_id: int | None


class Attachment(SyncModel):
    owner_table = CharField(max_length=40)
    owner_uid = CharField(max_length=36, index=True)
    file_name = CharField()
    mime = CharField(default="application/octet-stream")
    content = BlobField()
    sha256 = CharField(default="")


class AuditEvent(SyncModel):
    at = CharField()  # ISO UTC time, part of the hashed content
    username = CharField(default="")
    action = CharField(max_length=30)
    record_table = CharField(default="")
    record_uid = CharField(default="")
    detail = TextField(default="")
    prev_hash = CharField(default="")
    hash = CharField(default="")
