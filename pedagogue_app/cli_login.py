"""Logging in on the command line: ``--user NAME`` and the password from the terminal (or one line
of standard input with ``--password-stdin``, for scripts). The same gate as the window: failures
are counted, waits and locks apply, every attempt is audited.

A plain register of a version before encryption opens without a login (it has no accounts yet;
the window converts it at its next start).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass
from pathlib import Path

from .db import Register, RegisterNotFound, open_register
from .db.keyslots import KeySlotError, KeySlots
from .services.accounts import AccountError, LoginDelayed, LoginFailed, LoginGate
from .services.context import Actor
from .services.session import Session, keys_path, log_in, needs_conversion


def add_login_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME", help="login name (asked when not given)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input")


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    username = getattr(args, "user", None) or input("Login name: ").strip()
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
    return username, password


@dataclass
class CliLogin:
    register: Register
    actor: Actor
    session: Session | None

    def close(self) -> None:
        if self.session is not None:
            self.session.close("command line")
        else:
            self.register.close()


class LoginRefused(Exception):
    """The login failed; the message says why (in English, for the terminal)."""


def login_error_text(error: Exception) -> str:
    if isinstance(error, LoginDelayed):
        return f"too many failed logins: try again in {error.seconds_left} s"
    if isinstance(error, LoginFailed):
        return "wrong login name or password"
    if isinstance(error, AccountError):
        return f"the account cannot log in ({error.code})"
    if isinstance(error, KeySlotError):
        return f"the key file {error.path} is missing or damaged; restore it from a backup"
    return str(error)


def open_for_cli(folder_register: Path, args: argparse.Namespace, cli_name: str) -> CliLogin:
    """Open the register at ``folder_register`` as the logged-in user (plain legacy registers
    as ``cli_name`` with the administrator's role).

    Raises:
        LoginRefused: the login failed (counted and audited).
        RegisterError: the register cannot be opened.
    """
    if not folder_register.exists() or not folder_register.stat().st_size:
        raise RegisterNotFound(folder_register)
    if needs_conversion(folder_register):
        reg = open_register(folder_register)
        return CliLogin(reg, Actor(cli_name, "admin", reg.device_id), None)
    username, password = _credentials(args)
    try:
        session = log_in(folder_register, username, password)
    except (AccountError, KeySlotError) as exc:
        raise LoginRefused(login_error_text(exc)) from exc
    return CliLogin(session.register, session.actor, session)


def key_for_cli(register_path: Path, args: argparse.Namespace,
                keys: Path | None = None) -> bytes | None:
    """The database key from the key file beside the register, or ``keys`` (for a restore, when
    the register itself may not open, or a new computer has only the backup's copy); None for a
    plain legacy register.

    Raises:
        LoginRefused: as :func:`open_for_cli`.
    """
    keys = keys or keys_path(register_path)
    if not keys.exists() and (not register_path.exists() or needs_conversion(register_path)):
        return None
    username, password = _credentials(args)
    try:
        slots = KeySlots.load(keys)
        return LoginGate.closed_register(slots).attempt(username, password)
    except (AccountError, KeySlotError) as exc:
        raise LoginRefused(login_error_text(exc)) from exc
