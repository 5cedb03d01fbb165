# Generated from ui/student_card.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'student_card.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_StudentCard(object):
    def setupUi(self, StudentCard):
        if not StudentCard.objectName():
            StudentCard.setObjectName(u"StudentCard")
        StudentCard.resize(760, 560)
        self.main_layout = QVBoxLayout(StudentCard)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(StudentCard)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.heading)

        self.tabs = QTabWidget(StudentCard)
        self.tabs.setObjectName(u"tabs")
        self.profile_tab = QWidget()
        self.profile_tab.setObjectName(u"profile_tab")
        self.profile_form = QFormLayout(self.profile_tab)
        self.profile_form.setObjectName(u"profile_form")
        self.tabs.addTab(self.profile_tab, "")
        self.family_tab = QWidget()
        self.family_tab.setObjectName(u"family_tab")
        self.family_layout = QVBoxLayout(self.family_tab)
        self.family_layout.setObjectName(u"family_layout")
        self.family_title = QLabel(self.family_tab)
        self.family_title.setObjectName(u"family_title")
        self.family_title.setWordWrap(True)

        self.family_layout.addWidget(self.family_title)

        self.family_categories = QLabel(self.family_tab)
        self.family_categories.setObjectName(u"family_categories")
        self.family_categories.setWordWrap(True)

        self.family_layout.addWidget(self.family_categories)

        self.family_members = QTableWidget(self.family_tab)
        self.family_members.setObjectName(u"family_members")

        self.family_layout.addWidget(self.family_members)

        self.family_buttons = QHBoxLayout()
        self.family_buttons.setObjectName(u"family_buttons")
        self.family_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.family_buttons.addItem(self.family_spacer)

        self.open_family = QPushButton(self.family_tab)
        self.open_family.setObjectName(u"open_family")

        self.family_buttons.addWidget(self.open_family)


        self.family_layout.addLayout(self.family_buttons)

        self.tabs.addTab(self.family_tab, "")
        self.register_tab = QWidget()
        self.register_tab.setObjectName(u"register_tab")
        self.register_layout = QVBoxLayout(self.register_tab)
        self.register_layout.setObjectName(u"register_layout")
        self.registrations = QTableWidget(self.register_tab)
        self.registrations.setObjectName(u"registrations")

        self.register_layout.addWidget(self.registrations)

        self.tabs.addTab(self.register_tab, "")
        self.chronology_tab = QWidget()
        self.chronology_tab.setObjectName(u"chronology_tab")
        self.chronology_layout = QVBoxLayout(self.chronology_tab)
        self.chronology_layout.setObjectName(u"chronology_layout")
        self.chronology_top = QHBoxLayout()
        self.chronology_top.setObjectName(u"chronology_top")
        self.kind_filter = QComboBox(self.chronology_tab)
        self.kind_filter.setObjectName(u"kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.chronology_top.addWidget(self.kind_filter)

        self.chronology_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chronology_top.addItem(self.chronology_spacer)

        self.print_chronology = QToolButton(self.chronology_tab)
        self.print_chronology.setObjectName(u"print_chronology")
        self.print_chronology.setPopupMode(QToolButton.InstantPopup)
        self.print_chronology.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.chronology_top.addWidget(self.print_chronology)

        self.add_record = QToolButton(self.chronology_tab)
        self.add_record.setObjectName(u"add_record")
        self.add_record.setPopupMode(QToolButton.InstantPopup)
        self.add_record.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.chronology_top.addWidget(self.add_record)


        self.chronology_layout.addLayout(self.chronology_top)

        self.chronology = QTableWidget(self.chronology_tab)
        self.chronology.setObjectName(u"chronology")

        self.chronology_layout.addWidget(self.chronology)

        self.chronology_bottom = QHBoxLayout()
        self.chronology_bottom.setObjectName(u"chronology_bottom")
        self.archive_status = QLabel(self.chronology_tab)
        self.archive_status.setObjectName(u"archive_status")

        self.chronology_bottom.addWidget(self.archive_status)

        self.chronology_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chronology_bottom.addItem(self.chronology_bottom_spacer)

        self.print_record = QToolButton(self.chronology_tab)
        self.print_record.setObjectName(u"print_record")
        self.print_record.setPopupMode(QToolButton.InstantPopup)
        self.print_record.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.chronology_bottom.addWidget(self.print_record)

        self.undo_archive = QPushButton(self.chronology_tab)
        self.undo_archive.setObjectName(u"undo_archive")

        self.chronology_bottom.addWidget(self.undo_archive)

        self.archive_record = QPushButton(self.chronology_tab)
        self.archive_record.setObjectName(u"archive_record")

        self.chronology_bottom.addWidget(self.archive_record)


        self.chronology_layout.addLayout(self.chronology_bottom)

        self.tabs.addTab(self.chronology_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.edit = QPushButton(StudentCard)
        self.edit.setObjectName(u"edit")

        self.bottom_layout.addWidget(self.edit)

        self.archive = QPushButton(StudentCard)
        self.archive.setObjectName(u"archive")

        self.bottom_layout.addWidget(self.archive)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(StudentCard)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_layout)


        self.retranslateUi(StudentCard)

        QMetaObject.connectSlotsByName(StudentCard)
    # setupUi

    def retranslateUi(self, StudentCard):
        StudentCard.setWindowTitle(QCoreApplication.translate("StudentCard", u"Student card", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profile_tab), QCoreApplication.translate("StudentCard", u"&Profile", None))
        self.open_family.setText(QCoreApplication.translate("StudentCard", u"Open family &card\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.family_tab), QCoreApplication.translate("StudentCard", u"&Family", None))
        self.tabs.setTabText(self.tabs.indexOf(self.register_tab), QCoreApplication.translate("StudentCard", u"&Register entries", None))
        self.print_chronology.setText(QCoreApplication.translate("StudentCard", u"Print c&hronology\u2026", None))
        self.add_record.setText(QCoreApplication.translate("StudentCard", u"&Add record", None))
        self.print_record.setText(QCoreApplication.translate("StudentCard", u"&Print the selected record\u2026", None))
        self.undo_archive.setText(QCoreApplication.translate("StudentCard", u"&Undo", None))
        self.archive_record.setText(QCoreApplication.translate("StudentCard", u"Archive the selected record", None))
        self.tabs.setTabText(self.tabs.indexOf(self.chronology_tab), QCoreApplication.translate("StudentCard", u"C&hronology", None))
        self.edit.setText(QCoreApplication.translate("StudentCard", u"&Edit\u2026", None))
        self.archive.setText(QCoreApplication.translate("StudentCard", u"&Archive", None))
    # retranslateUi

