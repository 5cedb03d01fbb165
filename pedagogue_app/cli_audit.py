"""``pedagogue-app audit verify``: is the audit chain of the register intact, and where it breaks.

Exit codes: 0 intact, 2 broken, 1 the register cannot be opened (missing, not a register,
damaged, written by a newer version). cli.py adds the subcommand with :func:`add_commands` and
hands the parsed arguments to :func:`run_command`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_login import add_login_arguments

EXIT_INTACT, EXIT_NO_REGISTER, EXIT_BROKEN = 0, 1, 2
CLI_USERNAME = "pedagogue-app audit"


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``audit`` (with its ``verify`` subcommand) to the program's subcommands."""
    audit = sub.add_parser("audit", help="check the audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="{verify}")
    audit_sub.required = True
    verify = audit_sub.add_parser(
        "verify", help="say whether the audit chain is intact and at which event it breaks")
    for command in (audit, verify):  # accepted after the subcommand too, as in cli.py
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    add_login_arguments(verify)


def run_command(args: argparse.Namespace, folder: Path) -> int | None:
    """Run an ``audit`` command on the register in ``folder``; None when ``args`` is not one."""
    if getattr(args, "command", None) != "audit":
        return None
    if getattr(args, "audit_command", None) == "verify":
        return _verify(folder, args)
    return None


def _register_message(error: Exception, path: Path) -> str:
    from .db import NotARegister, RegisterDamaged, RegisterNotFound, RegisterTooNew

    if isinstance(error, RegisterNotFound):
        return f"no register at {path}"
    if isinstance(error, NotARegister):
        return f"{path} is not a register of this program"
    if isinstance(error, RegisterDamaged):
        return f"the register at {path} is damaged and cannot be read ({error.detail})"
    if isinstance(error, RegisterTooNew):
        return (f"the register at {path} was written by a newer version of the program "
                f"(schema {error.found}, this version reads up to {error.supported})")
    return f"the register at {path} cannot be opened ({error})"


def _verify(folder: Path, args: argparse.Namespace) -> int:
    from . import paths
    from .cli_login import LoginRefused, open_for_cli
    from .db import RegisterError
    from .services.access import AccessDenied
    from .services.audit import REASONS, AuditService

    path = paths.register_path(folder)
    try:
        login = open_for_cli(path, args, CLI_USERNAME)
    except LoginRefused as exc:
        print(f"audit verify: not logged in: {exc}", file=sys.stderr)
        return EXIT_NO_REGISTER
    except RegisterError as exc:
        print(f"audit verify: {_register_message(exc, path)}", file=sys.stderr)
        return EXIT_NO_REGISTER
    try:
        report = AuditService(login.register).verify(login.actor)
    except AccessDenied:
        print("audit verify: only an administrator may check the audit log", file=sys.stderr)
        return EXIT_NO_REGISTER
    finally:
        login.close()
    if report.ok:
        print(f"audit chain intact: {report.events} events")
        return EXIT_INTACT
    print(f"audit chain broken at event {report.broken_at}: {report.reason}")
    print(f"  ({REASONS.get(report.reason, report.reason)}; {report.events} events in the log)")
    return EXIT_BROKEN
