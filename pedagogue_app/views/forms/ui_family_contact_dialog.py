# Generated from ui/family_contact_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FamilyContactDialog(object):
    def setupUi(self, FamilyContactDialog):
        if not FamilyContactDialog.objectName():
            FamilyContactDialog.setObjectName(u"FamilyContactDialog")
        FamilyContactDialog.resize(560, 360)
        self.main_layout = QVBoxLayout(FamilyContactDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.family_title = QLabel(FamilyContactDialog)
        self.family_title.setObjectName(u"family_title")
        self.family_title.setWordWrap(True)

        self.main_layout.addWidget(self.family_title)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.contact_at_label = QLabel(FamilyContactDialog)
        self.contact_at_label.setObjectName(u"contact_at_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_at_label)

        self.contact_at_layout = QHBoxLayout()
        self.contact_at_layout.setObjectName(u"contact_at_layout")
        self.contact_at = QDateTimeEdit(FamilyContactDialog)
        self.contact_at.setObjectName(u"contact_at")
        self.contact_at.setCalendarPopup(True)
        self.contact_at.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.contact_at_layout.addWidget(self.contact_at)

        self.contact_at_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contact_at_layout.addItem(self.contact_at_spacer)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.contact_at_layout)

        self.kind_label = QLabel(FamilyContactDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(FamilyContactDialog)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.person_label = QLabel(FamilyContactDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person = QComboBox(FamilyContactDialog)
        self.person.setObjectName(u"person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.NoInsert)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person)

        self.summary_label = QLabel(FamilyContactDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(FamilyContactDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summary)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(FamilyContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.contact_at_label.setBuddy(self.contact_at)
        self.kind_label.setBuddy(self.kind)
        self.person_label.setBuddy(self.person)
        self.summary_label.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contact_at, self.kind)
        QWidget.setTabOrder(self.kind, self.person)
        QWidget.setTabOrder(self.person, self.summary)

        self.retranslateUi(FamilyContactDialog)

        QMetaObject.connectSlotsByName(FamilyContactDialog)
    # setupUi

    def retranslateUi(self, FamilyContactDialog):
        FamilyContactDialog.setWindowTitle(QCoreApplication.translate("FamilyContactDialog", u"Contact with the family", None))
        self.contact_at_label.setText(QCoreApplication.translate("FamilyContactDialog", u"&Date and time", None))
        self.kind_label.setText(QCoreApplication.translate("FamilyContactDialog", u"&Kind", None))
        self.person_label.setText(QCoreApplication.translate("FamilyContactDialog", u"&With whom", None))
        self.summary_label.setText(QCoreApplication.translate("FamilyContactDialog", u"&Summary", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("FamilyContactDialog", u"What was discussed or agreed, facts only", None))
    # retranslateUi

