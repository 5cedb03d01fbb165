"""The tamper-evident audit log: who did what and when, never the content.

Every login, failed login, logout, lock, view of a restricted record, print, export, import,
backup, restore and account change is one :class:`AuditService.record` call. An event stores the
acting user's name, the action, the table and uid of the record concerned and a short ``detail``
(a document kind or a file name without personal data) -- never what the record says.

The chain
---------
Each event carries ``prev_hash``, the hash of the event written before it (the first event of a
register carries 64 zeros, :data:`GENESIS`), and its own ``hash``: SHA-256 over a canonical
serialisation of ``at`` (UTC, ISO 8601 with microseconds), ``username``, ``action``,
``record_table``, ``record_uid``, ``detail`` and ``prev_hash`` (see :func:`event_hash`). The id and
the sync columns are not hashed, so the chain does not depend on how rows are numbered.

After every event, the ``audit_head`` setting is rewritten with the id and hash of the last event
and the number of events recorded: the anchor that shows the removal of the *last* events, which
the links alone cannot. :meth:`AuditService.record` chains a new event to the head (not to the
last row present), so a removal stays visible after later events are written. Reading the head,
writing the event and rewriting the head is one ``BEGIN IMMEDIATE`` transaction, so two writers
(two windows, two connections to the same file) never chain to the same predecessor.

Migration 0004 makes the table append-only: triggers refuse every UPDATE and DELETE of an event.
What gets past the triggers (a dropped trigger, an edited file) is found by
:meth:`AuditService.verify`: an edited event (its hash no longer matches its content), a removed
event (the next event's ``prev_hash`` names an event that is gone, or the head names a last event
that is gone), an inserted event, a reordered one, a chain that restarts, a missing head. See
:data:`REASONS`.

What it does not protect against: the hash has no secret, so someone who can rewrite the whole
file can recompute every hash after the event they change and rewrite the head too; the chain
then verifies. The encryption of the register (security issue 5) is what keeps such a person out:
without the database key the file cannot be read, let alone rewritten consistently.

Access: :meth:`~AuditService.record` accepts every actor, the read-only director and an actor of
a failed login included: audit events are written by the system about the user, not by the user.
Reading the log (:meth:`~AuditService.events`, :meth:`~AuditService.verify`) is for the
administrator only.

Every query here goes through ``register.db`` (never the global model binding), so a service
works on the connection it was given, in any thread that opened it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from ..db import Register
from ..models import new_uid, utc_now
from .access import READ, AccessDenied
from .context import Actor
from .errors import Collector
from .iin import IinError, parse_iin
from .messages import QT_TRANSLATE_NOOP, register_messages
from .validators import clean

RECORD_TYPE = "audit"
ADMIN_ROLE = "admin"
GENESIS = "0" * 64
HEAD_KEY = "audit_head"
HASH_VERSION = "audit-v1"  # first element of the hashed serialisation; a new format, a new tag

USERNAME_MAX = 150
TABLE_MAX = 40
UID_MAX = 36
DETAIL_MAX = 200
EVENTS_LIMIT_MAX = 10_000

_TABLE = re.compile(r"^[a-z][a-z0-9_]*$")
_UID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-]*$")
_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")

ACTIONS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("Catalog", "login"),
    "login_failed": QT_TRANSLATE_NOOP("Catalog", "failed login"),
    "logout": QT_TRANSLATE_NOOP("Catalog", "logout"),
    "lock": QT_TRANSLATE_NOOP("Catalog", "screen locked"),
    "unlock": QT_TRANSLATE_NOOP("Catalog", "screen unlocked"),
    "view_restricted": QT_TRANSLATE_NOOP("Catalog", "restricted record viewed"),
    "print": QT_TRANSLATE_NOOP("Catalog", "printed"),
    "save_pdf": QT_TRANSLATE_NOOP("Catalog", "saved as PDF"),
    "export": QT_TRANSLATE_NOOP("Catalog", "export"),
    "import": QT_TRANSLATE_NOOP("Catalog", "import"),
    "backup": QT_TRANSLATE_NOOP("Catalog", "backup"),
    "restore": QT_TRANSLATE_NOOP("Catalog", "restore from backup"),
    "account_created": QT_TRANSLATE_NOOP("Catalog", "account created"),
    "account_changed": QT_TRANSLATE_NOOP("Catalog", "account changed"),
    "account_disabled": QT_TRANSLATE_NOOP("Catalog", "account disabled"),
    "password_changed": QT_TRANSLATE_NOOP("Catalog", "password changed"),
    "password_reset": QT_TRANSLATE_NOOP("Catalog", "password reset"),
    "settings_changed": QT_TRANSLATE_NOOP("Catalog", "settings changed"),
}

# Why a chain is broken: ChainReport.reason -> an English explanation for the audit screen.
REASONS: dict[str, str] = {
    "edited": QT_TRANSLATE_NOOP("Catalog", "the event was changed after it was written"),
    "removed": QT_TRANSLATE_NOOP("Catalog", "events are missing at this point of the log"),
    "inserted": QT_TRANSLATE_NOOP("Catalog", "the event was added outside the program"),
    "reordered": QT_TRANSLATE_NOOP("Catalog", "the events are not in the order they were written"),
    "restarted": QT_TRANSLATE_NOOP(
        "Catalog", "the chain starts again here: its last known event was missing"),
    "head_missing": QT_TRANSLATE_NOOP("Catalog", "the record of the last event is missing"),
}

MESSAGES = {
    "audit_plain_text": QT_TRANSLATE_NOOP(
        "Validation", "Plain text only: no control characters and no ИИН."),
}
register_messages(MESSAGES)


@dataclass(frozen=True)
class ChainReport:
    """The outcome of :meth:`AuditService.verify`.

    ``events`` is the number of events in the log. When the chain is broken, ``broken_at`` is the
    id of the first event found bad (for a removed last event: the id the head records for it)
    and ``reason`` a key of :data:`REASONS`; when it is intact they are ``None`` and ``""``.
    """

    ok: bool
    events: int
    broken_at: int | None = None
    reason: str = ""


class AuditRow(NamedTuple):
    """One event for the administrator's screen: who, when, what, on which record."""

    id: int
    at: datetime  # timezone-aware, UTC
    username: str
    action: str
    record_table: str
    record_uid: str
    detail: str


@dataclass(frozen=True)
class _Head:
    id: int
    hash: str
    count: int


class _Event(NamedTuple):
    id: int
    at: str
    username: str
    action: str
    record_table: str
    record_uid: str
    detail: str
    prev_hash: str
    hash: str


_EVENT_COLUMNS = "id, at, username, action, record_table, record_uid, detail, prev_hash, hash"


def canonical(at: str, username: str, action: str, record_table: str, record_uid: str,
              detail: str, prev_hash: str) -> bytes:
    """The bytes that are hashed: a JSON array in a fixed order, UTF-8, no spaces.

    JSON escaping makes the form unambiguous (no separator can be forged inside a field).
    """
    return json.dumps([HASH_VERSION, at, username, action, record_table, record_uid, detail,
                       prev_hash], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(at: str, username: str, action: str, record_table: str, record_uid: str,
               detail: str, prev_hash: str) -> str:
    """SHA-256 (hex) of :func:`canonical`."""
    return hashlib.sha256(canonical(at, username, action, record_table, record_uid, detail,
                                    prev_hash)).hexdigest()


def format_at(moment: datetime) -> str:
    """The stored form of a time: UTC, ISO 8601 with microseconds (naive times are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _now() -> datetime:
    return datetime.now(UTC)


def _contains_iin(text: str) -> bool:
    for match in _TWELVE_DIGITS.finditer(text):
        try:
            parse_iin(match.group())
        except IinError:
            continue
        return True
    return False


def _require_admin(actor: Actor) -> None:
    if actor.role != ADMIN_ROLE:
        raise AccessDenied(actor, READ, RECORD_TYPE)


class AuditService:
    """Write audit events into the chain, check the chain, list events for the administrator."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.db = register.db

    # --- writing ----------------------------------------------------------------------------
    def validate(self, actor: Actor, action: str, record_table: str = "", record_uid: str = "",
                 detail: str = "") -> tuple[str, str]:
        """Check an event before it is written; return the cleaned (username, detail).

        Raises:
            ValidationError: ``action`` not in :data:`ACTIONS`; ``record_table`` not a table
                name or ``record_uid`` not an id or uid; a field too long; ``detail`` or the
                user name with control characters or an ИИН in it.
        """
        username = clean(actor.username)
        detail = clean(detail)
        c = Collector()
        if action not in ACTIONS:
            c.add("action", "bad_choice")
        if len(username) > USERNAME_MAX:
            c.add("username", "too_long", max=USERNAME_MAX)
        elif not username.isprintable() or _contains_iin(username):
            c.add("username", "audit_plain_text")
        if len(record_table) > TABLE_MAX:
            c.add("record_table", "too_long", max=TABLE_MAX)
        elif record_table and not _TABLE.match(record_table):
            c.add("record_table", "bad_choice")
        if len(record_uid) > UID_MAX:
            c.add("record_uid", "too_long", max=UID_MAX)
        elif record_uid and not _UID.match(record_uid):
            c.add("record_uid", "bad_choice")
        if len(detail) > DETAIL_MAX:
            c.add("detail", "too_long", max=DETAIL_MAX)
        elif not detail.isprintable() or _contains_iin(detail):
            c.add("detail", "audit_plain_text")
        c.raise_if_any()
        return username, detail

    def record_for(self, actor: Actor, action: str, record_table: str = "",
                   record_id: int | None = None, detail: str = "") -> int:
        """:meth:`record` for a record known by its table and id (the uid is looked up; a
        record gone meanwhile is logged without one)."""
        uid = ""
        if record_table and record_id is not None:
            if not record_table.isidentifier():
                raise ValueError(f"not a table name: {record_table!r}")
            row = self.db.execute_sql(
                f'SELECT uid FROM "{record_table}" WHERE id = ?', (record_id,)).fetchone()
            uid = str(row[0]) if row else ""
        return self.record(actor, action, record_table, uid, detail)

    def record(self, actor: Actor, action: str, record_table: str = "", record_uid: str = "",
               detail: str = "") -> int:
        """Append one event to the chain; return its id.

        Allowed to every actor (the director and an actor of a failed login included): the
        event is the system's record of what the user did. ``detail`` is never content: a
        document kind, a report name, a file name without personal data. Runs in one
        ``BEGIN IMMEDIATE`` transaction (a savepoint inside a caller's transaction, which must
        then be an immediate one too), so two connections never fork the chain.

        Raises:
            ValidationError: see :meth:`validate`; nothing is written.
        """
        username, detail = self.validate(actor, action, record_table, record_uid, detail)
        at = format_at(_now())
        with self.db.atomic("IMMEDIATE"):
            head = self._head()
            if head is not None:
                prev_hash, count = head.hash, head.count
            elif self.db.execute_sql("SELECT 1 FROM audit_event LIMIT 1").fetchone() is None:
                prev_hash, count = GENESIS, 0
            else:  # events without their head: start again from zero, visibly ("restarted")
                prev_hash = GENESIS
                count = int(self.db.execute_sql("SELECT count(*) FROM audit_event").fetchone()[0])
            digest = event_hash(at, username, action, record_table, record_uid, detail, prev_hash)
            cursor = self.db.execute_sql(
                "INSERT INTO audit_event (uid, version, updated_at, updated_by, deleted, at, "
                "username, action, record_table, record_uid, detail, prev_hash, hash) "
                "VALUES (?, 1, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), str(utc_now()), actor.device_id, at, username, action, record_table,
                 record_uid, detail, prev_hash, digest))
            event_id = int(cursor.lastrowid or 0)
            head_value = json.dumps({"id": event_id, "hash": digest, "count": count + 1})
            self.db.execute_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (HEAD_KEY, head_value))
        return event_id

    # --- reading (administrator only) -----------------------------------------------------
    def verify(self, actor: Actor) -> ChainReport:
        """Walk the whole chain in id order and compare its end with the head.

        Raises:
            AccessDenied: the actor is not an administrator.
        """
        _require_admin(actor)
        with self.db.atomic():  # one consistent snapshot of the events and the head
            rows = [_Event(*r) for r in self.db.execute_sql(
                f"SELECT {_EVENT_COLUMNS} FROM audit_event ORDER BY id").fetchall()]
            head = self._head()
        return _check_chain(rows, head)

    def events(self, actor: Actor, since: datetime | None = None, until: datetime | None = None,
               username: str | None = None, action: str | None = None,
               limit: int = 500) -> list[AuditRow]:
        """Events newest first, filtered by time (``since`` <= at < ``until``; naive times are
        UTC), user name and action; at most ``limit`` (1 to 10000).

        Raises:
            AccessDenied: the actor is not an administrator.
            ValueError: ``limit`` out of range.
        """
        _require_admin(actor)
        if not 1 <= limit <= EVENTS_LIMIT_MAX:
            raise ValueError(f"limit must be 1..{EVENTS_LIMIT_MAX}, not {limit}")
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("at >= ?")
            params.append(format_at(since))
        if until is not None:
            where.append("at < ?")
            params.append(format_at(until))
        if username is not None:
            where.append("username = ?")
            params.append(username)
        if action is not None:
            where.append("action = ?")
            params.append(action)
        sql = ("SELECT id, at, username, action, record_table, record_uid, detail "
               "FROM audit_event" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY id DESC LIMIT ?")
        rows = self.db.execute_sql(sql, (*params, limit)).fetchall()
        return [AuditRow(int(r[0]), datetime.fromisoformat(r[1]), *r[2:]) for r in rows]

    # --- the head ---------------------------------------------------------------------------
    def _head(self) -> _Head | None:
        """The stored head, or None when it is missing or unreadable."""
        row = self.db.execute_sql("SELECT value FROM setting WHERE key = ?",
                                  (HEAD_KEY,)).fetchone()
        return _parse_head(row[0]) if row else None


def _parse_head(value: str) -> _Head | None:
    try:
        data = json.loads(value)
        head = _Head(id=int(data["id"]), hash=str(data["hash"]), count=int(data["count"]))
    except (ValueError, TypeError, KeyError):
        return None
    return head


def _check_chain(rows: list[_Event], head: _Head | None) -> ChainReport:
    """Check events (in id order) against their hashes, their links and the head."""
    total = len(rows)
    position: dict[str, int] = {}
    for i, row in enumerate(rows):
        position.setdefault(row.hash, i)

    def broken(event_id: int, reason: str) -> ChainReport:
        return ChainReport(ok=False, events=total, broken_at=event_id, reason=reason)

    expected = GENESIS
    for i, row in enumerate(rows):
        if event_hash(row.at, row.username, row.action, row.record_table, row.record_uid,
                      row.detail, row.prev_hash) != row.hash:
            return broken(row.id, "edited")
        if row.prev_hash != expected:
            if row.prev_hash == GENESIS:
                return broken(row.id, "restarted")
            j = position.get(row.prev_hash)
            if j is None:
                return broken(row.id, "removed")
            if j < i - 1:  # the events after j were put before this one
                return broken(rows[j + 1].id, "inserted")
            return broken(row.id, "reordered")
        expected = row.hash

    if head is None:
        return broken(rows[-1].id, "head_missing") if rows else ChainReport(ok=True, events=0)
    if not rows:
        return broken(head.id, "removed")
    if head.hash != rows[-1].hash:
        j = position.get(head.hash)
        if j is None:  # the last event the head knows is gone
            return broken(head.id, "removed")
        return broken(rows[j + 1].id, "inserted")  # events after the head's last one
    if head.count != total:
        return broken(rows[-1].id, "removed" if head.count > total else "inserted")
    return ChainReport(ok=True, events=total)
