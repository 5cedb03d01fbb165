"""The administrator's Audit log area: who did what and when, never what a record says.

Events newest first (local time, user, action, record type, detail), filtered by a date range,
user and action (:meth:`~pedagogue_app.services.audit.AuditService.events`), and a check of the
hash chain (:meth:`~pedagogue_app.services.audit.AuditService.verify`) that says either how many
events are intact or at which event the log breaks and why. Nothing here can change the log.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QDate,
    QEvent,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import label
from ..services import AccessDenied
from ..services.audit import ACTIONS, EVENTS_LIMIT_MAX, REASONS, AuditRow, AuditService, ChainReport
from ..services.session import Session
from .account_setup import ERROR_STYLE, GOOD_STYLE, wrapped_label
from .list_pages import prepare_table
from .table_models import RowTableModel, collator
from .widgets import DATE_FORMAT, fill_combo, select_data

LIMIT = 500
DEFAULT_DAYS = 30


def local_time(moment: datetime) -> str:
    """An event's time on this computer's clock, dd.mm.yyyy hh:mm:ss."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def day_start_utc(day: date) -> datetime:
    """The start of a local calendar day, in UTC (the log stores UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _day(edit: QDateEdit) -> date:
    qd = edit.date()
    return date(qd.year(), qd.month(), qd.day())


class AuditTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("AuditTableModel", "No."),
               QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
               QT_TRANSLATE_NOOP("AuditTableModel", "User"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Record type"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Detail"))

    def __init__(self, parent: Any = None) -> None:
        formatters: Sequence[Callable[[AuditRow], str]] = [
            lambda r: str(r.id), lambda r: local_time(r.at), lambda r: r.username,
            lambda r: label(ACTIONS, r.action), lambda r: r.record_table, lambda r: r.detail]
        super().__init__(formatters, parent)

    def set_events(self, rows: list[AuditRow]) -> None:
        """Rows as the service gives them (newest first); kept in the order the user chose."""
        self.set_rows(sorted(rows, key=lambda r: r.id))

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column in (0, 1):  # number and time: the order the events were written
            self.rows.sort(key=lambda r: r.id, reverse=descending)
        else:
            fmt, key = self.formatters[column], functools.cmp_to_key(collator().compare)
            self.rows.sort(key=lambda r: key(fmt(r)), reverse=descending)
        self._sorted = (column, order)


class AuditPage(QWidget):
    """The audit log for the administrator (see the module docstring)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit = AuditService(session.register)
        self.model = AuditTableModel(self)
        self.report: ChainReport | None = None
        self._chain_text: Callable[[], str] | None = None
        self._count_text: Callable[[], str] = lambda: ""
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.heading = wrapped_label(self, "heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.note = wrapped_label(self, "note")
        today = date.today()
        self.since = self._date_edit("since", today - timedelta(days=DEFAULT_DAYS))
        self.until = self._date_edit("until", today)
        self.user = QComboBox(self)
        self.user.setObjectName("user")
        self.action = QComboBox(self)
        self.action.setObjectName("action")
        for combo, letters in ((self.user, 10), (self.action, 18)):  # the row may narrow
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.since_label, self.until_label, self.user_label, self.action_label = (
            QLabel(self) for _ in range(4))
        filters = QHBoxLayout()
        for caption, widget in ((self.since_label, self.since), (self.until_label, self.until),
                                (self.user_label, self.user), (self.action_label, self.action)):
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        prepare_table(self.table, (60, 150, 120, 190, 120))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.count = wrapped_label(self, "count")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verify_button")
        self.chain = wrapped_label(self, "chain")
        self.chain.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.chain)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _connect(self) -> None:
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.verify_button.clicked.connect(self.verify)

    # --- reading ----------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The service's filter arguments from the widgets (the end date is included)."""
        start, end = _day(self.since), _day(self.until)
        return {"since": day_start_utc(start), "until": day_start_utc(end + timedelta(days=1)),
                "username": self.user.currentData(), "action": self.action.currentData()}

    def refresh(self) -> None:
        """Read the events that match the filters again (at most the newest 500)."""
        self._fill_users()
        try:
            rows = self.audit.events(self.session.actor, limit=LIMIT, **self.filters())
        except AccessDenied:
            rows = []
            self.verify_button.setEnabled(False)
            self._count_text = lambda: self.tr("Only the administrator reads the audit log.")
        else:
            total = len(rows)
            self._count_text = (
                (lambda: self.tr("The newest %n events are shown: narrow the dates to see "
                                 "older ones.", "", LIMIT)) if total >= LIMIT else
                (lambda: self.tr("%n event(s) shown.", "", total)))
        self.model.set_events(rows)
        self.count.setText(self._count_text())

    def _fill_users(self) -> None:
        try:
            names = [a.username for a in self.session.accounts.accounts(self.session.actor)]
        except AccessDenied:
            names = []
        fill_combo(self.user, [(None, self.tr("All users"))] + [(n, n) for n in names])

    def _fill_actions(self) -> None:
        items = sorted(((code, label(ACTIONS, code)) for code in ACTIONS),
                       key=lambda item: functools.cmp_to_key(collator().compare)(item[1]))
        fill_combo(self.action, [(None, self.tr("All actions")), *items])

    # --- the chain --------------------------------------------------------------------------
    def verify(self) -> None:
        """Check the whole chain and say the outcome under the table."""
        try:
            report = self.audit.verify(self.session.actor)
        except AccessDenied:
            self._show_chain(lambda: self.tr("Only the administrator checks the audit log."),
                             ok=False)
            return
        self.report = report
        self.refresh()  # the table shows the log as it was checked
        if report.ok:
            self._show_chain(lambda: self.tr("The log is intact: %n event(s) checked.", "",
                                             report.events), ok=True)
            return
        event = self._event(report.broken_at)
        self._show_chain(lambda: self.broken_text(report, event), ok=False)
        if event is not None:
            self._reveal(event.id)

    def broken_text(self, report: ChainReport, event: AuditRow | None) -> str:
        reason = label(REASONS, report.reason)
        if event is None:
            return self.tr("The log is broken at event #%1: %2").replace(
                "%1", str(report.broken_at)).replace("%2", reason)
        return (self.tr("The log is broken at event #%1 (%2, %3): %4")
                .replace("%1", str(event.id)).replace("%2", local_time(event.at))
                .replace("%3", event.username).replace("%4", reason))

    def _event(self, event_id: int | None) -> AuditRow | None:
        """The event named by a broken chain, if it is still in the log (a removed one is not)."""
        if event_id is None:
            return None
        shown: list[AuditRow] = self.model.rows  # filtered: the event may be outside them
        found = next((row for row in shown if row.id == event_id), None)
        if found is None:
            every = self.audit.events(self.session.actor, limit=EVENTS_LIMIT_MAX)
            found = next((row for row in every if row.id == event_id), None)
        return found

    def _reveal(self, event_id: int) -> None:
        for row, event in enumerate(self.model.rows):
            if event.id == event_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _show_chain(self, text: Callable[[], str], ok: bool) -> None:
        self._chain_text = text
        self.chain.setStyleSheet(GOOD_STYLE if ok else ERROR_STYLE + " font-weight: bold;")
        self.chain.setText(text())
        self.chain.show()

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.note.setText(self.tr(
            "Who did what and when — logins, failed logins, locks, prints, exports, account "
            "changes — never what a record says. The log cannot be edited or deleted: each event "
            "carries the hash of the one before it, so a changed or removed event is found by "
            "“Check the chain”."))
        self.since_label.setText(self.tr("&From:"))
        self.until_label.setText(self.tr("&To:"))
        self.user_label.setText(self.tr("&User:"))
        self.action_label.setText(self.tr("&Action:"))
        self.verify_button.setText(self.tr("&Check the chain"))
        for combo in (self.user, self.action):
            combo.blockSignals(True)
        chosen_user, chosen_action = self.user.currentData(), self.action.currentData()
        self._fill_users()
        self._fill_actions()
        select_data(self.user, chosen_user)
        select_data(self.action, chosen_action)
        for combo in (self.user, self.action):
            combo.blockSignals(False)
        self.model.retranslate()
        self.count.setText(self._count_text())
        if self._chain_text is not None:
            self.chain.setText(self._chain_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "chain"):
            self.retranslate()
        super().changeEvent(event)
