# Generated from ui/organisation_list_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrganisationListPage(object):
    def setupUi(self, OrganisationListPage):
        if not OrganisationListPage.objectName():
            OrganisationListPage.setObjectName(u"OrganisationListPage")
        self.main_layout = QVBoxLayout(OrganisationListPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search = QLineEdit(OrganisationListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search)

        self.kind_filter = QComboBox(OrganisationListPage)
        self.kind_filter.setObjectName(u"kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.kind_filter)

        self.show_archived = QCheckBox(OrganisationListPage)
        self.show_archived.setObjectName(u"show_archived")

        self.filter_layout.addWidget(self.show_archived)


        self.main_layout.addLayout(self.filter_layout)

        self.table = QTableView(OrganisationListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.count = QLabel(OrganisationListPage)
        self.count.setObjectName(u"count")

        self.bottom_layout.addWidget(self.count)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.new_organisation = QPushButton(OrganisationListPage)
        self.new_organisation.setObjectName(u"new_organisation")

        self.bottom_layout.addWidget(self.new_organisation)

        self.edit = QPushButton(OrganisationListPage)
        self.edit.setObjectName(u"edit")

        self.bottom_layout.addWidget(self.edit)

        self.archive = QPushButton(OrganisationListPage)
        self.archive.setObjectName(u"archive")

        self.bottom_layout.addWidget(self.archive)

        self.restore = QPushButton(OrganisationListPage)
        self.restore.setObjectName(u"restore")

        self.bottom_layout.addWidget(self.restore)


        self.main_layout.addLayout(self.bottom_layout)


        self.retranslateUi(OrganisationListPage)

        QMetaObject.connectSlotsByName(OrganisationListPage)
    # setupUi

    def retranslateUi(self, OrganisationListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("OrganisationListPage", u"Search by name or head\u2026", None))
        self.show_archived.setText(QCoreApplication.translate("OrganisationListPage", u"Show ar&chived", None))
        self.new_organisation.setText(QCoreApplication.translate("OrganisationListPage", u"&New organisation\u2026", None))
        self.edit.setText(QCoreApplication.translate("OrganisationListPage", u"&Open\u2026", None))
        self.archive.setText(QCoreApplication.translate("OrganisationListPage", u"&Archive", None))
        self.restore.setText(QCoreApplication.translate("OrganisationListPage", u"Res&tore", None))
        pass
    # retranslateUi

