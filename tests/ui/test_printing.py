"""Prints, saved copies and exports are written to the audit log with the record's uid, never
its content; a failure to write is told to the user."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pedagogue_app.services.audit import AuditService
from pedagogue_app.services.context import Actor
from pedagogue_app.views.printing import auditor

ADMIN = Actor(username="admin", role="admin")


def test_a_print_is_recorded_with_the_records_uid(qtbot, register, actor, make_student):
    student_id = make_student()
    parent = QWidget()
    qtbot.addWidget(parent)
    auditor(parent, register, actor, "student", student_id)("print", "2 p.")
    [event] = AuditService(register).events(ADMIN)
    uid = register.db.execute_sql("SELECT uid FROM student WHERE id = ?", (student_id,)).fetchone()[0]
    assert (event.username, event.action, event.record_table, event.record_uid, event.detail) == (
        actor.username, "print", "student", uid, "2 p.")
    assert AuditService(register).verify(ADMIN).ok


def test_a_failed_audit_write_is_told(qtbot, register, actor, no_modal_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    auditor(parent, register, actor, "reports")("no_such_action", "")
    assert len(no_modal_boxes) == 1
    assert no_modal_boxes[0].startswith("This was not written to the audit log: ")
    assert AuditService(register).events(ADMIN) == []
