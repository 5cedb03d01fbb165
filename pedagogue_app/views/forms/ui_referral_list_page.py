# Generated from ui/referral_list_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ReferralListPage(object):
    def setupUi(self, ReferralListPage):
        if not ReferralListPage.objectName():
            ReferralListPage.setObjectName(u"ReferralListPage")
        self.main_layout = QVBoxLayout(ReferralListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search = QLineEdit(ReferralListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search)

        self.kind_filter = QComboBox(ReferralListPage)
        self.kind_filter.setObjectName(u"kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.kind_filter)

        self.status_filter = QComboBox(ReferralListPage)
        self.status_filter.setObjectName(u"status_filter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.status_filter)

        self.new_referral = QPushButton(ReferralListPage)
        self.new_referral.setObjectName(u"new_referral")

        self.filter_layout.addWidget(self.new_referral)


        self.main_layout.addLayout(self.filter_layout)

        self.table = QTableView(ReferralListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.count = QLabel(ReferralListPage)
        self.count.setObjectName(u"count")

        self.main_layout.addWidget(self.count)


        self.retranslateUi(ReferralListPage)

        QMetaObject.connectSlotsByName(ReferralListPage)
    # setupUi

    def retranslateUi(self, ReferralListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("ReferralListPage", u"Search by the child\u2019s name\u2026", None))
        self.new_referral.setText(QCoreApplication.translate("ReferralListPage", u"&New referral\u2026", None))
        pass
    # retranslateUi

