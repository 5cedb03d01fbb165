# Generated from ui/family_picker.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_picker.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_FamilyPicker(object):
    def setupUi(self, FamilyPicker):
        if not FamilyPicker.objectName():
            FamilyPicker.setObjectName(u"FamilyPicker")
        FamilyPicker.resize(560, 420)
        self.main_layout = QVBoxLayout(FamilyPicker)
        self.main_layout.setObjectName(u"main_layout")
        self.search = QLineEdit(FamilyPicker)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.search)

        self.table = QTableView(FamilyPicker)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.main_layout.addWidget(self.table)

        self.button_box = QDialogButtonBox(FamilyPicker)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(FamilyPicker)

        QMetaObject.connectSlotsByName(FamilyPicker)
    # setupUi

    def retranslateUi(self, FamilyPicker):
        FamilyPicker.setWindowTitle(QCoreApplication.translate("FamilyPicker", u"Choose a family", None))
        self.search.setPlaceholderText(QCoreApplication.translate("FamilyPicker", u"Search by family or member name\u2026", None))
    # retranslateUi

