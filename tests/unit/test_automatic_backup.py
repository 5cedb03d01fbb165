"""The daily backup at start and the backup on exit: made once a day, rotated, audited; none for
the demo register; a failure is reported as a message, not raised."""

from __future__ import annotations

from pathlib import Path

from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.context import Actor
from pedagogue_app.services.school import SchoolData, SchoolService
from pedagogue_app.views.app import automatic_backup

ADMIN = Actor(username="admin", role="admin")


def school(register, actor, demo: bool = False) -> None:
    SchoolService(register).save(actor, SchoolData(
        name_kk="«№ 4 мектеп» КММ", name_ru="КГУ «Школа № 4»", bin="040540001234",
        address="Павлодар қ., 4", director_name="Әлиев Серік", is_demo=demo))


def backups(register) -> list[Path]:
    return sorted((register.path.parent / "backups").glob("register-*.db"))


def test_daily_once_then_exit_each_time(register, actor):
    school(register, actor)
    assert automatic_backup(register, actor, "daily") is None
    assert automatic_backup(register, actor, "daily") is None  # already made today
    assert [p.name.endswith("-daily.db") for p in backups(register)] == [True]
    assert automatic_backup(register, actor, "exit") is None
    # the rotation keeps the newest backup of a day: the one made on exit
    assert [p.name.endswith("-exit.db") for p in backups(register)] == [True]
    details = [e.detail.split()[0] for e in AuditService(register).events(ADMIN)]
    assert sorted(details) == ["daily", "exit"]


def test_no_backups_of_the_demo(register, actor):
    school(register, actor, demo=True)
    assert automatic_backup(register, actor, "daily") is None
    assert backups(register) == []


def test_a_failed_backup_gives_a_message(register, actor):
    school(register, actor)
    (register.path.parent / "backups").write_text("a file where the folder should be")
    message = automatic_backup(register, actor, "daily")
    assert message is not None and message.startswith("The automatic backup failed: ")
