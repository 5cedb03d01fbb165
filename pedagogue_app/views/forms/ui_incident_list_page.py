# Generated from ui/incident_list_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_list_page.ui'
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

class Ui_IncidentListPage(object):
    def setupUi(self, IncidentListPage):
        if not IncidentListPage.objectName():
            IncidentListPage.setObjectName(u"IncidentListPage")
        self.main_layout = QVBoxLayout(IncidentListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search = QLineEdit(IncidentListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search)

        self.type_filter = QComboBox(IncidentListPage)
        self.type_filter.setObjectName(u"type_filter")
        self.type_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.type_filter)

        self.status_filter = QComboBox(IncidentListPage)
        self.status_filter.setObjectName(u"status_filter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.status_filter)

        self.edit_templates = QPushButton(IncidentListPage)
        self.edit_templates.setObjectName(u"edit_templates")

        self.filter_layout.addWidget(self.edit_templates)

        self.new_incident = QPushButton(IncidentListPage)
        self.new_incident.setObjectName(u"new_incident")

        self.filter_layout.addWidget(self.new_incident)


        self.main_layout.addLayout(self.filter_layout)

        self.table = QTableView(IncidentListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.count = QLabel(IncidentListPage)
        self.count.setObjectName(u"count")

        self.main_layout.addWidget(self.count)


        self.retranslateUi(IncidentListPage)

        QMetaObject.connectSlotsByName(IncidentListPage)
    # setupUi

    def retranslateUi(self, IncidentListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("IncidentListPage", u"Search by child, place or reporter\u2026", None))
        self.edit_templates.setText(QCoreApplication.translate("IncidentListPage", u"Response &checklists\u2026", None))
        self.new_incident.setText(QCoreApplication.translate("IncidentListPage", u"&New incident\u2026", None))
        pass
    # retranslateUi

