# Generated from ui/session_list_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_SessionListPage(object):
    def setupUi(self, SessionListPage):
        if not SessionListPage.objectName():
            SessionListPage.setObjectName(u"SessionListPage")
        self.main_layout = QVBoxLayout(SessionListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search = QLineEdit(SessionListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search)

        self.type_filter = QComboBox(SessionListPage)
        self.type_filter.setObjectName(u"type_filter")
        self.type_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.type_filter)

        self.date_from_label = QLabel(SessionListPage)
        self.date_from_label.setObjectName(u"date_from_label")

        self.filter_layout.addWidget(self.date_from_label)

        self.date_from = QDateEdit(SessionListPage)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat(u"dd.MM.yyyy")

        self.filter_layout.addWidget(self.date_from)

        self.date_to_label = QLabel(SessionListPage)
        self.date_to_label.setObjectName(u"date_to_label")

        self.filter_layout.addWidget(self.date_to_label)

        self.date_to = QDateEdit(SessionListPage)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat(u"dd.MM.yyyy")

        self.filter_layout.addWidget(self.date_to)

        self.new_session = QPushButton(SessionListPage)
        self.new_session.setObjectName(u"new_session")

        self.filter_layout.addWidget(self.new_session)


        self.main_layout.addLayout(self.filter_layout)

        self.table = QTableView(SessionListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.count = QLabel(SessionListPage)
        self.count.setObjectName(u"count")

        self.main_layout.addWidget(self.count)

#if QT_CONFIG(shortcut)
        self.date_from_label.setBuddy(self.date_from)
        self.date_to_label.setBuddy(self.date_to)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.type_filter)
        QWidget.setTabOrder(self.type_filter, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.new_session)
        QWidget.setTabOrder(self.new_session, self.table)

        self.retranslateUi(SessionListPage)

        QMetaObject.connectSlotsByName(SessionListPage)
    # setupUi

    def retranslateUi(self, SessionListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("SessionListPage", u"Search by client or participant name\u2026", None))
        self.date_from_label.setText(QCoreApplication.translate("SessionListPage", u"&From", None))
        self.date_to_label.setText(QCoreApplication.translate("SessionListPage", u"&to", None))
        self.new_session.setText(QCoreApplication.translate("SessionListPage", u"&New session\u2026", None))
        pass
    # retranslateUi

