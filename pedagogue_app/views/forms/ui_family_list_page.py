# Generated from ui/family_list_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_FamilyListPage(object):
    def setupUi(self, FamilyListPage):
        if not FamilyListPage.objectName():
            FamilyListPage.setObjectName(u"FamilyListPage")
        self.main_layout = QVBoxLayout(FamilyListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search = QLineEdit(FamilyListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search)

        self.new_family = QPushButton(FamilyListPage)
        self.new_family.setObjectName(u"new_family")

        self.filter_layout.addWidget(self.new_family)


        self.main_layout.addLayout(self.filter_layout)

        self.table = QTableView(FamilyListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.count = QLabel(FamilyListPage)
        self.count.setObjectName(u"count")

        self.main_layout.addWidget(self.count)


        self.retranslateUi(FamilyListPage)

        QMetaObject.connectSlotsByName(FamilyListPage)
    # setupUi

    def retranslateUi(self, FamilyListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("FamilyListPage", u"Search by family or member name\u2026", None))
        self.new_family.setText(QCoreApplication.translate("FamilyListPage", u"&New family\u2026", None))
        pass
    # retranslateUi

