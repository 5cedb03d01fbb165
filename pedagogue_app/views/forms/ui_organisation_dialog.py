# Generated from ui/organisation_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(760, 380)
        self.main_layout = QVBoxLayout(OrganisationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(OrganisationDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(OrganisationDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(OrganisationDialog)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.name_kk_label = QLabel(OrganisationDialog)
        self.name_kk_label.setObjectName(u"name_kk_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_kk_label)

        self.name_kk = QLineEdit(OrganisationDialog)
        self.name_kk.setObjectName(u"name_kk")
        self.name_kk.setMaxLength(250)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_kk)

        self.name_ru_label = QLabel(OrganisationDialog)
        self.name_ru_label.setObjectName(u"name_ru_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_ru_label)

        self.name_ru = QLineEdit(OrganisationDialog)
        self.name_ru.setObjectName(u"name_ru")
        self.name_ru.setMaxLength(250)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_ru)

        self.head_name_label = QLabel(OrganisationDialog)
        self.head_name_label.setObjectName(u"head_name_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.head_name_label)

        self.head_name = QLineEdit(OrganisationDialog)
        self.head_name.setObjectName(u"head_name")
        self.head_name.setMaxLength(200)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.head_name)

        self.address_label = QLabel(OrganisationDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(OrganisationDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(300)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(OrganisationDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(OrganisationDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setPlaceholderText(u"+7 7252 00-00-00")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(OrganisationDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(OrganisationDialog)
        self.email.setObjectName(u"email")
        self.email.setPlaceholderText(u"name@example.kz")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)


        self.main_layout.addLayout(self.form_layout)

        self.archived_note = QLabel(OrganisationDialog)
        self.archived_note.setObjectName(u"archived_note")
        self.archived_note.setWordWrap(True)

        self.main_layout.addWidget(self.archived_note)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(OrganisationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.name_kk_label.setBuddy(self.name_kk)
        self.name_ru_label.setBuddy(self.name_ru)
        self.head_name_label.setBuddy(self.head_name)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.name_kk)
        QWidget.setTabOrder(self.name_kk, self.name_ru)
        QWidget.setTabOrder(self.name_ru, self.head_name)
        QWidget.setTabOrder(self.head_name, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.email)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.intro.setText(QCoreApplication.translate("OrganisationDialog", u"An addressee of referral letters. Letters in Kazakh use the Kazakh name, letters in Russian the Russian one.", None))
        self.kind_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Kind", None))
        self.name_kk_label.setText(QCoreApplication.translate("OrganisationDialog", u"Name in Ka&zakh", None))
        self.name_ru_label.setText(QCoreApplication.translate("OrganisationDialog", u"Name in &Russian", None))
        self.head_name_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Head", None))
        self.head_name.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"position and full name, e.g. Director Akhmetova G. S.", None))
        self.address_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Address", None))
        self.phone_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Phone", None))
        self.email_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Email", None))
    # retranslateUi

