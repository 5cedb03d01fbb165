"""The administrator's Audit log page (views/audit_page.py): events, filters, the chain check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from pedagogue_app.services import AccessDenied
from pedagogue_app.services.accounts import LoginFailed
from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.session import Session, log_in
from pedagogue_app.views.audit_page import AuditPage, local_time
from tests.sessions import ACCOUNTS, make_encrypted


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[Session]:
    session, _recovery = make_encrypted(tmp_path)
    log_in(tmp_path / "register.db", "pedagog", ACCOUNTS["pedagog"][0]).close()
    with pytest.raises(LoginFailed):
        log_in(tmp_path / "register.db", "psiholog", "not-my-password-1")
    log_in(tmp_path / "register.db", "admin", ACCOUNTS["admin"][0]).close()  # audits the failure
    yield session
    session.close()


@pytest.fixture
def page(qtbot: Any, admin: Session) -> AuditPage:
    widget = AuditPage(admin)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    return widget


def rows(page: AuditPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def tamper(session: Session, *statements: str) -> None:
    """What someone with the key and sqlite does: drop the append-only triggers, change rows."""
    db = session.register.db
    db.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_update")
    db.execute_sql("DROP TRIGGER IF EXISTS audit_event_no_delete")
    for sql in statements:
        db.execute_sql(sql)


def test_events_are_listed_newest_first_with_translated_actions(
        page: AuditPage, admin: Session, qtmodeltester: Any) -> None:
    shown = rows(page)
    stored = AuditService(admin.register).events(admin.actor)
    assert [int(r[0]) for r in shown] == [e.id for e in stored]  # newest first
    assert len(shown) == len(stored) > 5
    by_action = {(r[2], r[3]) for r in shown}
    assert {("admin", "login"), ("pedagog", "login"), ("psiholog", "failed login"),
            ("admin", "account created"), ("pedagog", "logout")} <= by_action
    newest = stored[0]
    assert shown[0][1] == local_time(newest.at)
    assert page.count.text() == f"{len(stored)} event(s) shown."
    qtmodeltester.check(page.model)


def test_nothing_on_the_page_edits_the_log(page: AuditPage) -> None:
    model = page.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            assert not model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable
    assert "cannot be edited or deleted" in page.note.text()


def test_filters_by_user_action_and_dates(page: AuditPage, admin: Session) -> None:
    page.user.setCurrentIndex(page.user.findData("pedagog"))
    assert {r[2] for r in rows(page)} == {"pedagog"}
    assert {r[3] for r in rows(page)} == {"login", "logout"}
    page.user.setCurrentIndex(0)  # all users
    page.action.setCurrentIndex(page.action.findData("login_failed"))
    assert [(r[2], r[3], r[5]) for r in rows(page)] == [
        ("psiholog", "failed login", rows(page)[0][5])]
    assert "wrong password" in rows(page)[0][5]
    page.action.setCurrentIndex(0)
    yesterday = date.today() - timedelta(days=1)
    page.until.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    page.since.setDate(QDate(yesterday.year, yesterday.month, yesterday.day).addDays(-7))
    assert rows(page) == []
    assert page.count.text() == "0 event(s) shown."


def test_sorting_by_time_follows_the_order_of_writing(page: AuditPage) -> None:
    ids = [int(r[0]) for r in rows(page)]
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [int(r[0]) for r in rows(page)] == sorted(ids)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    users = [r[2] for r in rows(page)]
    assert users == sorted(users)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [int(r[0]) for r in rows(page)] == sorted(ids, reverse=True)


def test_an_intact_chain_says_how_many_events(qtbot: Any, page: AuditPage,
                                              admin: Session) -> None:
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    total = len(AuditService(admin.register).events(admin.actor, limit=10_000))
    assert page.chain.isVisible()
    assert page.chain.text() == f"The log is intact: {total} event(s) checked."


def test_an_edited_event_is_found_with_its_time_and_user(qtbot: Any, page: AuditPage,
                                                         admin: Session) -> None:
    victim = next(e for e in AuditService(admin.register).events(admin.actor)
                  if e.action == "login_failed")
    tamper(admin, f"UPDATE audit_event SET detail = 'nothing happened' WHERE id = {victim.id}")
    page.refresh()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.chain.text() == (
        f"The log is broken at event #{victim.id} ({local_time(victim.at)}, psiholog): "
        "the event was changed after it was written")
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.index(i.row(), 0).data() for i in selected] == [str(victim.id)]


def test_a_removed_event_is_found(qtbot: Any, page: AuditPage, admin: Session) -> None:
    events = AuditService(admin.register).events(admin.actor)
    middle, after = events[4], events[3]  # newest first: `after` was written right after
    tamper(admin, f"DELETE FROM audit_event WHERE id = {middle.id}")
    page.refresh()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.chain.text() == (
        f"The log is broken at event #{after.id} ({local_time(after.at)}, {after.username}): "
        "events are missing at this point of the log")


def test_a_removed_last_event_is_named_by_its_number(qtbot: Any, page: AuditPage,
                                                     admin: Session) -> None:
    last = AuditService(admin.register).events(admin.actor)[0]
    tamper(admin, f"DELETE FROM audit_event WHERE id = {last.id}")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.chain.text() == (
        f"The log is broken at event #{last.id}: events are missing at this point of the log")


@pytest.mark.parametrize("username", ["pedagog", "psiholog", "direktor"])
def test_other_roles_cannot_read_the_log(qtbot: Any, admin: Session, username: str) -> None:
    session = log_in(Path(admin.register.path), username, ACCOUNTS[username][0])
    try:
        audit = AuditService(session.register)
        with pytest.raises(AccessDenied):
            audit.events(session.actor)
        with pytest.raises(AccessDenied):
            audit.verify(session.actor)
        page = AuditPage(session)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 0
        assert page.count.text() == "Only the administrator reads the audit log."
        assert not page.verify_button.isEnabled()
    finally:
        session.close()
