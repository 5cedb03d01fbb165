"""Base model: every record carries the sync columns of the architecture."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from peewee import BooleanField, CharField, DatabaseProxy, DateTimeField, IntegerField, Model

db_proxy = DatabaseProxy()


def new_uid() -> str:
    """A fresh sync identity."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Current UTC time without tzinfo (stored as text by SQLite)."""
    return datetime.now(UTC).replace(tzinfo=None)


class PlainModel(Model):
    """Tables that never leave the machine (settings, derived search keys)."""

    id: int  # peewee's automatic primary key (annotation only, for type checkers)

    class Meta:
        database = db_proxy
        legacy_table_names = False


class SyncModel(PlainModel):
    """A record of the register: uid, version, updated_at, updated_by, deleted."""

    uid = CharField(max_length=36, unique=True, default=new_uid)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=utc_now)
    updated_by = CharField(default="")
    deleted = BooleanField(default=False)

    def touch(self, device_id: str) -> None:
        """Mark a local edit: bump the version and stamp time and device."""
        self.version = (self.version or 0) + 1
        self.updated_at = utc_now()
        self.updated_by = device_id
