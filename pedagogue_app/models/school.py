"""School profile, users and local settings."""

from peewee import BlobField, BooleanField, CharField, DateTimeField, IntegerField, TextField

from .base import PlainModel, SyncModel


class School(SyncModel):
    name_kk = CharField()
    name_ru = CharField()
    bin = CharField(max_length=12, default="")
    address = TextField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    director_name = CharField(default="")
    district = CharField(default="")
    logo = BlobField(null=True)
    is_demo = BooleanField(default=False)


class User(SyncModel):
    username = CharField(unique=True)
    full_name = CharField(default="")
    role = CharField(max_length=20)  # admin, social_pedagogue, psychologist, director
    position = CharField(default="")
    is_active = BooleanField(default=True)
    # Mirrored from the login counters beside the key file (services/accounts.py); naive UTC.
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)  # no login attempt is tried before this time
    locked = BooleanField(default=False)  # after 20 failures, until an admin or the recovery key
    last_login_at = DateTimeField(null=True)


class Setting(PlainModel):
    key = CharField(primary_key=True)
    value = TextField(default="")
