# Generated from ui/dashboard_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.main_layout = QVBoxLayout(DashboardPage)
        self.main_layout.setObjectName(u"main_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.heading = QLabel(DashboardPage)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.top_layout.addWidget(self.heading)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.kind_filter = QComboBox(DashboardPage)
        self.kind_filter.setObjectName(u"kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.top_layout.addWidget(self.kind_filter)

        self.refresh_button = QPushButton(DashboardPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.top_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.top_layout)

        self.splitter = QSplitter(DashboardPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.due_box = QWidget(self.splitter)
        self.due_box.setObjectName(u"due_box")
        self.due_layout = QVBoxLayout(self.due_box)
        self.due_layout.setObjectName(u"due_layout")
        self.due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_label = QLabel(self.due_box)
        self.due_label.setObjectName(u"due_label")
        self.due_label.setWordWrap(True)

        self.due_layout.addWidget(self.due_label)

        self.due_table = QTableView(self.due_box)
        self.due_table.setObjectName(u"due_table")
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.due_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.due_table.setWordWrap(False)

        self.due_layout.addWidget(self.due_table)

        self.due_count = QLabel(self.due_box)
        self.due_count.setObjectName(u"due_count")

        self.due_layout.addWidget(self.due_count)

        self.splitter.addWidget(self.due_box)
        self.counts_box = QWidget(self.splitter)
        self.counts_box.setObjectName(u"counts_box")
        self.counts_layout = QVBoxLayout(self.counts_box)
        self.counts_layout.setObjectName(u"counts_layout")
        self.counts_layout.setContentsMargins(0, 0, 0, 0)
        self.counts_label = QLabel(self.counts_box)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setWordWrap(True)

        self.counts_layout.addWidget(self.counts_label)

        self.counts_table = QTableWidget(self.counts_box)
        self.counts_table.setObjectName(u"counts_table")

        self.counts_layout.addWidget(self.counts_table)

        self.splitter.addWidget(self.counts_box)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.refresh_button.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.due_label.setText(QCoreApplication.translate("DashboardPage", u"Overdue and due in the next two weeks (Enter opens the record):", None))
        self.counts_label.setText(QCoreApplication.translate("DashboardPage", u"Children by register category:", None))
        pass
    # retranslateUi

