# Generated from ui/student_list_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'student_list_page.ui'
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

class Ui_StudentListPage(object):
    def setupUi(self, StudentListPage):
        if not StudentListPage.objectName():
            StudentListPage.setObjectName(u"StudentListPage")
        self.main_layout = QVBoxLayout(StudentListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search = QLineEdit(StudentListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search)

        self.class_filter = QComboBox(StudentListPage)
        self.class_filter.setObjectName(u"class_filter")
        self.class_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.class_filter)

        self.category_filter = QComboBox(StudentListPage)
        self.category_filter.setObjectName(u"category_filter")
        self.category_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.category_filter)

        self.new_student = QPushButton(StudentListPage)
        self.new_student.setObjectName(u"new_student")

        self.filter_layout.addWidget(self.new_student)


        self.main_layout.addLayout(self.filter_layout)

        self.table = QTableView(StudentListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.count = QLabel(StudentListPage)
        self.count.setObjectName(u"count")

        self.main_layout.addWidget(self.count)


        self.retranslateUi(StudentListPage)

        QMetaObject.connectSlotsByName(StudentListPage)
    # setupUi

    def retranslateUi(self, StudentListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("StudentListPage", u"Search by name, \u0418\u0418\u041d or class (e.g. 5\u0410)\u2026", None))
        self.new_student.setText(QCoreApplication.translate("StudentListPage", u"&New student\u2026", None))
        pass
    # retranslateUi

