# Generated from ui/student_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'student_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StudentDialog(object):
    def setupUi(self, StudentDialog):
        if not StudentDialog.objectName():
            StudentDialog.setObjectName(u"StudentDialog")
        StudentDialog.resize(660, 640)
        self.main_layout = QVBoxLayout(StudentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.scroll_area = QScrollArea(StudentDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.form_layout = QFormLayout(self.scroll_contents)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.last_name_label = QLabel(self.scroll_contents)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(self.scroll_contents)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setMaxLength(80)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.first_name_label = QLabel(self.scroll_contents)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(self.scroll_contents)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setMaxLength(80)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.patronymic_label = QLabel(self.scroll_contents)
        self.patronymic_label.setObjectName(u"patronymic_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymic_label)

        self.patronymic = QLineEdit(self.scroll_contents)
        self.patronymic.setObjectName(u"patronymic")
        self.patronymic.setMaxLength(80)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic)

        self.iin_label = QLabel(self.scroll_contents)
        self.iin_label.setObjectName(u"iin_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.iin_label)

        self.iin = QLineEdit(self.scroll_contents)
        self.iin.setObjectName(u"iin")
        self.iin.setMaxLength(12)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.iin)

        self.birth_date_label = QLabel(self.scroll_contents)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = QDateEdit(self.scroll_contents)
        self.birth_date.setObjectName(u"birth_date")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.sex_label = QLabel(self.scroll_contents)
        self.sex_label.setObjectName(u"sex_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex = QComboBox(self.scroll_contents)
        self.sex.setObjectName(u"sex")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sex)

        self.grade_label = QLabel(self.scroll_contents)
        self.grade_label.setObjectName(u"grade_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.grade_label)

        self.class_layout = QHBoxLayout()
        self.class_layout.setObjectName(u"class_layout")
        self.grade = QComboBox(self.scroll_contents)
        self.grade.setObjectName(u"grade")

        self.class_layout.addWidget(self.grade)

        self.class_letter = QComboBox(self.scroll_contents)
        self.class_letter.setObjectName(u"class_letter")
        self.class_letter.setEditable(True)

        self.class_layout.addWidget(self.class_letter)

        self.class_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.class_layout.addItem(self.class_spacer)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.class_layout)

        self.language_label = QLabel(self.scroll_contents)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.scroll_contents)
        self.language.setObjectName(u"language")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.language)

        self.address_registered_label = QLabel(self.scroll_contents)
        self.address_registered_label.setObjectName(u"address_registered_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.address_registered_label)

        self.address_registered = QLineEdit(self.scroll_contents)
        self.address_registered.setObjectName(u"address_registered")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.address_registered)

        self.address_actual_label = QLabel(self.scroll_contents)
        self.address_actual_label.setObjectName(u"address_actual_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.address_actual_label)

        self.address_actual = QLineEdit(self.scroll_contents)
        self.address_actual.setObjectName(u"address_actual")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.address_actual)

        self.phone_label = QLabel(self.scroll_contents)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.scroll_contents)
        self.phone.setObjectName(u"phone")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone)

        self.family_label = QLabel(self.scroll_contents)
        self.family_label.setObjectName(u"family_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.family_label)

        self.family_layout = QHBoxLayout()
        self.family_layout.setObjectName(u"family_layout")
        self.family = QLabel(self.scroll_contents)
        self.family.setObjectName(u"family")

        self.family_layout.addWidget(self.family)

        self.family_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.family_layout.addItem(self.family_spacer)

        self.choose_family = QPushButton(self.scroll_contents)
        self.choose_family.setObjectName(u"choose_family")

        self.family_layout.addWidget(self.choose_family)

        self.new_family = QPushButton(self.scroll_contents)
        self.new_family.setObjectName(u"new_family")

        self.family_layout.addWidget(self.new_family)

        self.clear_family = QPushButton(self.scroll_contents)
        self.clear_family.setObjectName(u"clear_family")

        self.family_layout.addWidget(self.clear_family)


        self.form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.family_layout)

        self.notes_label = QLabel(self.scroll_contents)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.scroll_contents)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notes)

        self.scroll_area.setWidget(self.scroll_contents)

        self.main_layout.addWidget(self.scroll_area)

        self.button_box = QDialogButtonBox(StudentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.last_name_label.setBuddy(self.last_name)
        self.first_name_label.setBuddy(self.first_name)
        self.patronymic_label.setBuddy(self.patronymic)
        self.iin_label.setBuddy(self.iin)
        self.birth_date_label.setBuddy(self.birth_date)
        self.sex_label.setBuddy(self.sex)
        self.grade_label.setBuddy(self.grade)
        self.language_label.setBuddy(self.language)
        self.address_registered_label.setBuddy(self.address_registered)
        self.address_actual_label.setBuddy(self.address_actual)
        self.phone_label.setBuddy(self.phone)
        self.family_label.setBuddy(self.choose_family)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StudentDialog)

        QMetaObject.connectSlotsByName(StudentDialog)
    # setupUi

    def retranslateUi(self, StudentDialog):
        StudentDialog.setWindowTitle(QCoreApplication.translate("StudentDialog", u"Student", None))
        self.last_name_label.setText(QCoreApplication.translate("StudentDialog", u"&Surname", None))
        self.first_name_label.setText(QCoreApplication.translate("StudentDialog", u"&Given name", None))
        self.patronymic_label.setText(QCoreApplication.translate("StudentDialog", u"&Patronymic", None))
        self.iin_label.setText(QCoreApplication.translate("StudentDialog", u"&\u0418\u0418\u041d", None))
        self.iin.setPlaceholderText(QCoreApplication.translate("StudentDialog", u"12 digits; fills the birth date and sex", None))
        self.birth_date_label.setText(QCoreApplication.translate("StudentDialog", u"&Birth date", None))
        self.sex_label.setText(QCoreApplication.translate("StudentDialog", u"S&ex", None))
        self.grade_label.setText(QCoreApplication.translate("StudentDialog", u"&Class", None))
        self.language_label.setText(QCoreApplication.translate("StudentDialog", u"&Language of instruction", None))
        self.address_registered_label.setText(QCoreApplication.translate("StudentDialog", u"&Registered address", None))
        self.address_actual_label.setText(QCoreApplication.translate("StudentDialog", u"&Actual address", None))
        self.phone_label.setText(QCoreApplication.translate("StudentDialog", u"P&hone", None))
        self.family_label.setText(QCoreApplication.translate("StudentDialog", u"&Family", None))
        self.family.setText(QCoreApplication.translate("StudentDialog", u"not linked", None))
        self.choose_family.setText(QCoreApplication.translate("StudentDialog", u"Choose\u2026", None))
        self.new_family.setText(QCoreApplication.translate("StudentDialog", u"New family\u2026", None))
        self.clear_family.setText(QCoreApplication.translate("StudentDialog", u"Unlink", None))
        self.notes_label.setText(QCoreApplication.translate("StudentDialog", u"&Notes", None))
    # retranslateUi

