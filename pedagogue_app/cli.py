"""Entry points: the window by default, subcommands for administrators' work."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pedagogue-app",
                                description="Offline register for school social pedagogues.")
    p.add_argument("--data-dir", help="folder of the register (default: the user's data folder)")
    sub = p.add_subparsers(dest="command")
    gui = sub.add_parser("gui", help="open the window (the default)")
    demo = sub.add_parser("demo", help="write a fictional demo school register")
    for command in (gui, demo):  # accepted after the subcommand too
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    demo.add_argument("--students", type=int, default=600, help="number of students (default 600)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.add_argument("--force", action="store_true", help="replace an existing register")
    from . import cli_audit, cli_backup

    cli_audit.add_commands(sub)
    cli_backup.add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from . import paths

    folder = paths.data_dir(args.data_dir)
    if args.command == "demo":
        from .demo import write_demo_register

        target = paths.register_path(folder)
        if target.exists() and not args.force:
            print(f"A register already exists at {target}; use --force to replace it.",
                  file=sys.stderr)
            return 1
        summary = write_demo_register(target, students=args.students, seed=args.seed,
                                      replace=args.force, encrypt=True)
        print(summary)
        return 0
    from . import cli_audit, cli_backup

    for extra in (cli_audit, cli_backup):
        code = extra.run_command(args, folder)
        if code is not None:
            return code
    from .views.app import run_gui

    return run_gui(folder)
