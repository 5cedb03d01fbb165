# Generated from ui/school_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SchoolDialog(object):
    def setupUi(self, SchoolDialog):
        if not SchoolDialog.objectName():
            SchoolDialog.setObjectName(u"SchoolDialog")
        SchoolDialog.resize(560, 360)
        self.main_layout = QVBoxLayout(SchoolDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(SchoolDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_kk_label = QLabel(SchoolDialog)
        self.name_kk_label.setObjectName(u"name_kk_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_kk_label)

        self.name_kk = QLineEdit(SchoolDialog)
        self.name_kk.setObjectName(u"name_kk")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_kk)

        self.name_ru_label = QLabel(SchoolDialog)
        self.name_ru_label.setObjectName(u"name_ru_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_ru_label)

        self.name_ru = QLineEdit(SchoolDialog)
        self.name_ru.setObjectName(u"name_ru")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_ru)

        self.bin_label = QLabel(SchoolDialog)
        self.bin_label.setObjectName(u"bin_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bin_label)

        self.bin = QLineEdit(SchoolDialog)
        self.bin.setObjectName(u"bin")
        self.bin.setMaxLength(12)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bin)

        self.address_label = QLabel(SchoolDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(SchoolDialog)
        self.address.setObjectName(u"address")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(SchoolDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(SchoolDialog)
        self.phone.setObjectName(u"phone")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.director_name_label = QLabel(SchoolDialog)
        self.director_name_label.setObjectName(u"director_name_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.director_name_label)

        self.director_name = QLineEdit(SchoolDialog)
        self.director_name.setObjectName(u"director_name")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.director_name)

        self.district_label = QLabel(SchoolDialog)
        self.district_label.setObjectName(u"district_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district = QLineEdit(SchoolDialog)
        self.district.setObjectName(u"district")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.district)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SchoolDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_kk_label.setBuddy(self.name_kk)
        self.name_ru_label.setBuddy(self.name_ru)
        self.bin_label.setBuddy(self.bin)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.director_name_label.setBuddy(self.director_name)
        self.district_label.setBuddy(self.district)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SchoolDialog)

        QMetaObject.connectSlotsByName(SchoolDialog)
    # setupUi

    def retranslateUi(self, SchoolDialog):
        SchoolDialog.setWindowTitle(QCoreApplication.translate("SchoolDialog", u"School profile", None))
        self.intro.setText(QCoreApplication.translate("SchoolDialog", u"These details appear on the letterhead of every document.", None))
        self.name_kk_label.setText(QCoreApplication.translate("SchoolDialog", u"School name in &Kazakh", None))
        self.name_ru_label.setText(QCoreApplication.translate("SchoolDialog", u"School name in &Russian", None))
        self.bin_label.setText(QCoreApplication.translate("SchoolDialog", u"&BIN", None))
        self.address_label.setText(QCoreApplication.translate("SchoolDialog", u"&Address", None))
        self.phone_label.setText(QCoreApplication.translate("SchoolDialog", u"&Phone", None))
        self.director_name_label.setText(QCoreApplication.translate("SchoolDialog", u"&Director", None))
        self.district_label.setText(QCoreApplication.translate("SchoolDialog", u"District &education department", None))
    # retranslateUi

