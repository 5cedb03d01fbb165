"""``pedagogue-app backup`` and ``pedagogue-app restore``: the administrator's command line.

``backup [--to DIR]`` makes a manual backup of the register (into the backups folder of the data
folder, or into DIR, e.g. a USB stick) and prints its path. ``restore FILE`` checks FILE and puts
it in place of the register, which must be closed (the window too); the replaced register is kept
in the backups folder and its path printed. It works on files, so it also brings back a register
that no longer opens, or restores onto a new computer that has no register yet.

The command line acts as the local administrator. Errors are printed with exit code 1.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

from . import paths
from .cli_login import LoginRefused, add_login_arguments, key_for_cli, open_for_cli


def add_commands(sub: Any) -> None:
    """Add the ``backup`` and ``restore`` subcommands to ``sub`` (from ``add_subparsers``)."""
    backup = sub.add_parser("backup", help="make a backup of the register now")
    backup.add_argument("--to", metavar="DIR",
                        help="folder for the backup, e.g. a USB stick (default: the backups "
                             "folder beside the register)")
    restore = sub.add_parser("restore", help="replace the register with a backup (keeps the old "
                                             "one in the backups folder)")
    restore.add_argument("file", metavar="FILE", help="the backup file (register-...db)")
    for command in (backup, restore):  # accepted after the subcommand too
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        add_login_arguments(command)


def run_command(args: argparse.Namespace, folder: Path) -> int | None:
    """Run ``backup`` or ``restore`` for the data folder ``folder``; None for other commands."""
    if args.command == "backup":
        return _backup(folder, Path(args.to) if args.to else None, args)
    if args.command == "restore":
        return _restore(folder, Path(args.file), args)
    return None


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _backup(folder: Path, target: Path | None, args: argparse.Namespace) -> int:
    from .db import RegisterError
    from .services.audit import AuditService
    from .services.backups import BackupError, BackupService

    try:
        login = open_for_cli(paths.register_path(folder), args, "cli")
    except LoginRefused as exc:
        return _fail(f"Not logged in: {exc}")
    except RegisterError as exc:
        return _fail(f"Cannot open the register: {exc}")
    try:
        service = BackupService(login.register, paths.backups_dir(folder))
        info = service.backup_now(login.actor, kind="manual", target_dir=target)
        AuditService(login.register).record(login.actor, "backup", detail=f"manual {info.path.name}")
    except BackupError as exc:
        return _fail(f"Backup failed: {exc}")
    finally:
        login.close()
    print(info.path)
    return 0


def _restore(folder: Path, backup: Path, args: argparse.Namespace) -> int:

    from .db import RegisterError, open_register
    from .db.connection import connect_file
    from .services.backups import BackupError, restore_file

    register = paths.register_path(folder)
    keys, backup_keys = register.with_suffix(".keys"), backup.with_suffix(".keys")
    new_computer = not keys.exists() and backup_keys.exists()
    try:  # the key from the key file: the register itself may be the thing that does not open
        key = key_for_cli(register, args, backup_keys if new_computer else None)
    except LoginRefused as exc:
        return _fail(f"Not logged in: {exc}")
    try:
        kept = restore_file(register, backup, paths.backups_dir(folder),
                            connect=lambda path, read_only: connect_file(path, read_only, key))
    except BackupError as exc:
        return _fail(f"Not restored: {exc}")
    print(f"Restored {backup} into {register}.")
    if new_computer:  # the backup's key file comes along, so the accounts can log in here
        shutil.copyfile(backup_keys, keys)
    try:  # an older backup is migrated now (with its copy before migrating), and verified
        open_register(register, key=key).close()
    except RegisterError as exc:
        print(f"The restored register does not open: {exc}", file=sys.stderr)
        if kept is not None:
            print(f"The replaced register was kept at {kept}", file=sys.stderr)
        return 1
    if kept is not None:
        print(f"The replaced register was kept at {kept}")
    return 0
