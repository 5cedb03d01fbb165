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
import sys
from pathlib import Path
from typing import Any

from . import paths


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


def run_command(args: argparse.Namespace, folder: Path) -> int | None:
    """Run ``backup`` or ``restore`` for the data folder ``folder``; None for other commands."""
    if args.command == "backup":
        return _backup(folder, Path(args.to) if args.to else None)
    if args.command == "restore":
        return _restore(folder, Path(args.file))
    return None


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _backup(folder: Path, target: Path | None) -> int:
    from .db import RegisterError, open_register
    from .services.backups import BackupError, BackupService
    from .services.context import Actor

    try:
        reg = open_register(paths.register_path(folder))
    except RegisterError as exc:
        return _fail(f"Cannot open the register: {exc}")
    try:
        service = BackupService(reg, paths.backups_dir(folder))
        actor = Actor(username="cli", role="admin", device_id=reg.device_id)
        info = service.backup_now(actor, kind="manual", target_dir=target)
    except BackupError as exc:
        return _fail(f"Backup failed: {exc}")
    finally:
        reg.close()
    print(info.path)
    return 0


def _restore(folder: Path, backup: Path) -> int:
    from .db import RegisterError, open_register
    from .services.backups import BackupError, restore_file

    register = paths.register_path(folder)
    try:
        kept = restore_file(register, backup, paths.backups_dir(folder))
    except BackupError as exc:
        return _fail(f"Not restored: {exc}")
    print(f"Restored {backup} into {register}.")
    try:  # an older backup is migrated now (with its copy before migrating), and verified
        open_register(register).close()
    except RegisterError as exc:
        print(f"The restored register does not open: {exc}", file=sys.stderr)
        if kept is not None:
            print(f"The replaced register was kept at {kept}", file=sys.stderr)
        return 1
    if kept is not None:
        print(f"The replaced register was kept at {kept}")
    return 0
