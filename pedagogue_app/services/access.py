"""Access rules in one place: who may read and who may write each record type.

Every service calls :func:`check` before it reads or writes a record type, and the views call
:func:`can` to grey out what the user may not do. Greying out is a courtesy: the protection is
:func:`check` in the service, which raises :class:`AccessDenied`.

The table (R read, W write, - nothing)::

    record type              admin  social_pedagogue  psychologist  director
    -----------------------  -----  ----------------  ------------  --------
    account                  RW     -                 -             -
    audit                    R      -                 -             -
    backup                   RW     RW                RW            R
    school                   RW     RW                R             R
    settings                 RW     -                 -             -
    organisation             RW     RW                R             R
    reports                  -      R                 R             R
    dashboard                -      R                 R             R
    chronology               -      R                 R             R
    student                  -      RW                R             R
    family                   -      RW                R             R
    family_contact           -      RW                -             R
    home_visit               -      RW                -             R
    registration             -      RW                R             R
    registration_restricted  -      RW                R             R
    support_plan             -      RW                RW            R
    incident                 -      RW                RW            R
    session                  -      -                 RW            -
    session_summary          -      R                 R             -
    referral                 -      RW                RW            R
    outgoing_letter          -      RW                RW            R

What the rows mean:

* The administrator manages accounts, the school profile, settings, backups and the directory
  of organisations, and reads the audit log (who did what and when), never a child's record.
* ``session`` is the psychologist's confidential content (request, methods, results,
  conclusion, risk screen, roster, follow-ups); ``session_summary`` is the date, type, client and
  the short summary the psychologist wrote for sharing. A child's chronology shows sessions only
  at summary level, so it lists them for whoever may read ``session_summary``.
* ``registration_restricted`` is a register entry whose ground is restricted
  (:data:`~pedagogue_app.services.catalog.RESTRICTED_GROUNDS`: violence, suicidal risk); it needs
  this right on top of ``registration``. Lists, timelines and due items leave such entries out
  for a role without it (rather than show a row without its ground): a child being on a register
  for these grounds is itself what is protected.
* The director reads what the social pedagogue reads, restricted entries and incidents
  included, but never session content nor the summary, and writes nothing.
* ``reports``, ``dashboard`` and ``chronology`` are computed from records: nobody writes them.
  An aggregate view leaves out the parts its reader may not read (see ``chronology``,
  ``dashboard``) instead of failing.
* The audit log is written by the system for every actor (``AuditService.record``); nobody
  writes it as a user, so ``audit`` grants no WRITE.
* Record types not in the table are refused to everyone (fail closed), and so are roles not in
  :data:`~pedagogue_app.services.context.ROLES` and actions other than READ and WRITE.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .context import ROLES, Actor

READ, WRITE = "read", "write"
ACTIONS = (READ, WRITE)

_NO: frozenset[str] = frozenset()
_R: frozenset[str] = frozenset({READ})
_RW: frozenset[str] = frozenset({READ, WRITE})


def _row(admin: frozenset[str], social_pedagogue: frozenset[str], psychologist: frozenset[str],
         director: frozenset[str]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({"admin": admin, "social_pedagogue": social_pedagogue,
                             "psychologist": psychologist, "director": director})


# record type -> role -> the actions allowed (the grid of the module docstring).
RULES: Mapping[str, Mapping[str, frozenset[str]]] = MappingProxyType({
    #                                 admin social_pedagogue psychologist director
    "account":                 _row(_RW, _NO, _NO, _NO),
    "audit":                   _row(_R, _NO, _NO, _NO),
    "backup":                  _row(_RW, _RW, _RW, _R),
    "school":                  _row(_RW, _RW, _R, _R),
    "settings":                _row(_RW, _NO, _NO, _NO),
    "organisation":            _row(_RW, _RW, _R, _R),
    "reports":                 _row(_NO, _R, _R, _R),
    "dashboard":               _row(_NO, _R, _R, _R),
    "chronology":              _row(_NO, _R, _R, _R),
    "student":                 _row(_NO, _RW, _R, _R),
    "family":                  _row(_NO, _RW, _R, _R),
    "family_contact":          _row(_NO, _RW, _NO, _R),
    "home_visit":              _row(_NO, _RW, _NO, _R),
    "registration":            _row(_NO, _RW, _R, _R),
    "registration_restricted": _row(_NO, _RW, _R, _R),
    "support_plan":            _row(_NO, _RW, _RW, _R),
    "incident":                _row(_NO, _RW, _RW, _R),
    "session":                 _row(_NO, _NO, _RW, _NO),
    "session_summary":         _row(_NO, _R, _R, _NO),
    "referral":                _row(_NO, _RW, _RW, _R),
    "outgoing_letter":         _row(_NO, _RW, _RW, _R),
})
assert all(set(row) == set(ROLES) for row in RULES.values()), "every role in every row"

_ROLE_NAMES = {"admin": "the administrator", "social_pedagogue": "a social pedagogue",
               "psychologist": "a psychologist", "director": "the director"}


class AccessDenied(Exception):
    """The acting user may not do this; the message names the role, the action and the record
    type (never the user's name nor the record)."""

    def __init__(self, actor: Actor, action: str, record_type: str) -> None:
        who = _ROLE_NAMES.get(actor.role, f"the role {actor.role!r}" if actor.role
                              else "a user without a role")
        what = record_type.replace("_", " ")
        super().__init__(f"Access denied: {who} may not {action} {what} records.")
        self.role = actor.role
        self.action = action
        self.record_type = record_type


def can(actor: Actor, action: str, record_type: str) -> bool:
    """Whether ``actor`` may ``action`` (READ or WRITE) a ``record_type``: for the views, to grey
    out what the user may not do. Unknown record types, roles and actions give False."""
    return action in RULES.get(record_type, {}).get(actor.role, _NO)


def check(actor: Actor, action: str, record_type: str) -> None:
    """Raise :class:`AccessDenied` unless ``actor`` may ``action`` a ``record_type``.

    Raises:
        AccessDenied: the table above does not allow it (or names no such record type).
    """
    if not can(actor, action, record_type):
        raise AccessDenied(actor, action, record_type)


def readable(actor: Actor, *record_types: str) -> bool:
    """Whether ``actor`` may read at least one of ``record_types`` (for aggregate views)."""
    return any(can(actor, READ, t) for t in record_types)


__all__ = ["ACTIONS", "READ", "RULES", "WRITE", "AccessDenied", "can", "check", "readable"]
