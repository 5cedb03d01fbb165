"""Numbered migrations. Each step is atomic and recorded in ``schema_migration``.

A step is an SQL file in this folder or a Python function taking the database. Steps are never
edited once released; a frozen database of every released schema lives in tests/fixtures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from peewee import Database

from ... import __version__

APPLICATION_ID = 0x50454447  # "PEDG": marks a file as this program's register


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    sql_file: str | None = None
    func: Callable[[Database], None] | None = None

    def apply(self, db: Database) -> None:
        if self.sql_file:
            script = resources.files(__package__).joinpath(self.sql_file).read_text("utf-8")
            for statement in _split_sql(script):
                db.execute_sql(statement)
        if self.func:
            self.func(db)


def _split_sql(script: str) -> list[str]:
    lines = [ln for ln in script.splitlines() if not ln.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().rstrip(";")]


STEPS: list[Step] = [
    Step(1, "initial schema", sql_file="0001_initial.sql"),
    Step(2, "response checklists, due-date indexes", sql_file="0002_response_templates.sql"),
    Step(3, "referral letters: language, representative, PMPK profile and report",
         sql_file="0003_referral_documents.sql"),
    Step(4, "append-only audit log", sql_file="0004_audit_chain.sql"),
    Step(5, "accounts: failed-login counters and lock", sql_file="0005_accounts.sql"),
]
LATEST = STEPS[-1].version


def current_version(db: Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending(db: Database) -> list[Step]:
    found = current_version(db)
    return [s for s in STEPS if s.version > found]


def apply_step(db: Database, step: Step) -> None:
    """Run one step and record it, all in one transaction."""
    with db.atomic():
        step.apply(db)
        if step.version == 1:
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute_sql(
            "INSERT INTO schema_migration (version, name, applied_at, app_version) "
            "VALUES (?, ?, ?, ?)",
            (step.version, step.name, datetime.now(UTC).isoformat(timespec="seconds"),
             __version__),
        )
        db.execute_sql(f"PRAGMA user_version = {int(step.version)}")
