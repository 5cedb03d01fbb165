"""The referral list: search by the child's name, kind and status filters, the count; a reply
that is late is shown in red."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QWidget

from ..i18n import label
from ..services import Actor
from ..services.referrals import REFERRAL_KINDS, REFERRAL_STATUSES, ReferralRow, ReferralService
from .forms.ui_referral_list_page import Ui_ReferralListPage
from .list_pages import prepare_table
from .table_models import DISPLAY, RowTableModel, collator
from .widgets import fill_combo, format_date

WIDTHS = (220, 60, 260, 240, 90, 90, 90, 150)
LATE = QColor("#b00020")


class ReferralTableModel(RowTableModel):
    headers = (QT_TRANSLATE_NOOP("ReferralTableModel", "Child"),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Class"),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Kind"),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Addressee"),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Letter No."),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Issued"),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Reply by"),
               QT_TRANSLATE_NOOP("ReferralTableModel", "Status"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            lambda r: r.student_name, lambda r: r.class_name, lambda r: label(REFERRAL_KINDS, r.kind),
            lambda r: r.organisation, lambda r: "" if r.number is None else str(r.number),
            lambda r: format_date(r.issued_on), lambda r: format_date(r.reply_by),
            lambda r: label(REFERRAL_STATUSES, r.status)], parent)

    def data(self, index: Any, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row: ReferralRow = self.rows[index.row()]
            return QBrush(LATE) if row.status == "overdue" and index.column() in (6, 7) else None
        return super().data(index, role)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def _key(self, column: int) -> Callable[[ReferralRow], Any]:
        if column == 4:
            return lambda r: (r.issued_on.year if r.issued_on else 0, r.number or 0)
        if column in (5, 6):
            attr = "issued_on" if column == 5 else "reply_by"
            return lambda r: (getattr(r, attr) is None, getattr(r, attr) or r.id)
        fmt, key = self.formatters[column], functools.cmp_to_key(collator().compare)
        return lambda r: key(fmt(r))


class ReferralListPage(QWidget):
    """Emits ``open_requested(referral_id)`` on Enter or double-click, ``new_requested`` on New."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, referrals: ReferralService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referrals, self.actor = referrals, actor
        self.ui = Ui_ReferralListPage()
        self.ui.setupUi(self)
        self.model = ReferralTableModel(self)
        self.ui.table.setModel(self.model)
        prepare_table(self.ui.table, WIDTHS)
        self.ui.search.textChanged.connect(self.refresh)
        self.ui.search.returnPressed.connect(self._search_entered)
        self.ui.kind_filter.currentIndexChanged.connect(self.refresh)
        self.ui.status_filter.currentIndexChanged.connect(self.refresh)
        self.ui.table.activated.connect(self._activated)
        self.ui.new_referral.clicked.connect(self.new_requested)
        self.loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        fill_combo(self.ui.kind_filter, [(None, self.tr("All kinds"))] + [
            (k, label(REFERRAL_KINDS, k)) for k in REFERRAL_KINDS])
        fill_combo(self.ui.status_filter, [(None, self.tr("Any status"))] + [
            (k, label(REFERRAL_STATUSES, k)) for k in REFERRAL_STATUSES])
        self.model.retranslate()
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate(WIDTHS):
            self.ui.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.loaded = True
        self.model.set_rows(self.referrals.search(
            self.actor, self.ui.search.text(), self.ui.kind_filter.currentData(),
            self.ui.status_filter.currentData()))
        self._show_count()

    def _show_count(self) -> None:
        self.ui.count.setText(self.tr("%n referral(s) shown", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.rows[index.row()].id)

    def _search_entered(self) -> None:
        if self.model.rowCount() == 1:
            self.open_requested.emit(self.model.rows[0].id)
        elif self.model.rowCount():
            self.ui.table.setFocus()
            self.ui.table.selectRow(0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
