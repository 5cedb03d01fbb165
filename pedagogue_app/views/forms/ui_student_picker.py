# Generated from ui/student_picker.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'student_picker.ui'
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

class Ui_StudentPicker(object):
    def setupUi(self, StudentPicker):
        if not StudentPicker.objectName():
            StudentPicker.setObjectName(u"StudentPicker")
        StudentPicker.resize(560, 420)
        self.main_layout = QVBoxLayout(StudentPicker)
        self.main_layout.setObjectName(u"main_layout")
        self.search = QLineEdit(StudentPicker)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.search)

        self.table = QTableView(StudentPicker)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.main_layout.addWidget(self.table)

        self.button_box = QDialogButtonBox(StudentPicker)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(StudentPicker)

        QMetaObject.connectSlotsByName(StudentPicker)
    # setupUi

    def retranslateUi(self, StudentPicker):
        StudentPicker.setWindowTitle(QCoreApplication.translate("StudentPicker", u"Choose students", None))
        self.search.setPlaceholderText(QCoreApplication.translate("StudentPicker", u"Search by name, \u0418\u0418\u041d or class (e.g. 5\u0410)\u2026", None))
    # retranslateUi

