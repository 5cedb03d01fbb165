# Generated from ui/family_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FamilyDialog(object):
    def setupUi(self, FamilyDialog):
        if not FamilyDialog.objectName():
            FamilyDialog.setObjectName(u"FamilyDialog")
        FamilyDialog.resize(900, 600)
        self.main_layout = QVBoxLayout(FamilyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(FamilyDialog)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.form_layout = QFormLayout(self.general_tab)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title_label = QLabel(self.general_tab)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.general_tab)
        self.title.setObjectName(u"title")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.address_registered_label = QLabel(self.general_tab)
        self.address_registered_label.setObjectName(u"address_registered_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_registered_label)

        self.address_registered = QLineEdit(self.general_tab)
        self.address_registered.setObjectName(u"address_registered")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_registered)

        self.address_actual_label = QLabel(self.general_tab)
        self.address_actual_label.setObjectName(u"address_actual_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_actual_label)

        self.address_actual = QLineEdit(self.general_tab)
        self.address_actual.setObjectName(u"address_actual")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_actual)

        self.phone_label = QLabel(self.general_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.general_tab)
        self.phone.setObjectName(u"phone")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.housing_summary_label = QLabel(self.general_tab)
        self.housing_summary_label.setObjectName(u"housing_summary_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.housing_summary_label)

        self.housing_summary = QPlainTextEdit(self.general_tab)
        self.housing_summary.setObjectName(u"housing_summary")
        self.housing_summary.setTabChangesFocus(True)
        self.housing_summary.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.housing_summary)

        self.police_registered_on_label = QLabel(self.general_tab)
        self.police_registered_on_label.setObjectName(u"police_registered_on_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.police_registered_on_label)

        self.police_registered_on = QDateEdit(self.general_tab)
        self.police_registered_on.setObjectName(u"police_registered_on")
        self.police_registered_on.setCalendarPopup(True)
        self.police_registered_on.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.police_registered_on)

        self.commission_registered_on_label = QLabel(self.general_tab)
        self.commission_registered_on_label.setObjectName(u"commission_registered_on_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.commission_registered_on_label)

        self.commission_registered_on = QDateEdit(self.general_tab)
        self.commission_registered_on.setObjectName(u"commission_registered_on")
        self.commission_registered_on.setCalendarPopup(True)
        self.commission_registered_on.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.commission_registered_on)

        self.notes_label = QLabel(self.general_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.general_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

        self.tabs.addTab(self.general_tab, "")
        self.members_tab = QWidget()
        self.members_tab.setObjectName(u"members_tab")
        self.members_layout = QVBoxLayout(self.members_tab)
        self.members_layout.setObjectName(u"members_layout")
        self.members = QTableWidget(self.members_tab)
        self.members.setObjectName(u"members")

        self.members_layout.addWidget(self.members)

        self.members_hint = QLabel(self.members_tab)
        self.members_hint.setObjectName(u"members_hint")

        self.members_layout.addWidget(self.members_hint)

        self.members_buttons = QHBoxLayout()
        self.members_buttons.setObjectName(u"members_buttons")
        self.add_member = QPushButton(self.members_tab)
        self.add_member.setObjectName(u"add_member")

        self.members_buttons.addWidget(self.add_member)

        self.remove_member = QPushButton(self.members_tab)
        self.remove_member.setObjectName(u"remove_member")

        self.members_buttons.addWidget(self.remove_member)

        self.members_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.members_buttons.addItem(self.members_spacer)


        self.members_layout.addLayout(self.members_buttons)

        self.tabs.addTab(self.members_tab, "")
        self.categories_tab = QWidget()
        self.categories_tab.setObjectName(u"categories_tab")
        self.categories_layout = QVBoxLayout(self.categories_tab)
        self.categories_layout.setObjectName(u"categories_layout")
        self.categories = QTableWidget(self.categories_tab)
        self.categories.setObjectName(u"categories")

        self.categories_layout.addWidget(self.categories)

        self.lower_layout = QHBoxLayout()
        self.lower_layout.setObjectName(u"lower_layout")
        self.meals_group = QGroupBox(self.categories_tab)
        self.meals_group.setObjectName(u"meals_group")
        self.meals_form = QFormLayout(self.meals_group)
        self.meals_form.setObjectName(u"meals_form")
        self.free_meals_category_label = QLabel(self.meals_group)
        self.free_meals_category_label.setObjectName(u"free_meals_category_label")

        self.meals_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.free_meals_category_label)

        self.free_meals_category = QComboBox(self.meals_group)
        self.free_meals_category.setObjectName(u"free_meals_category")

        self.meals_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.free_meals_category)

        self.free_meals_evidence_label = QLabel(self.meals_group)
        self.free_meals_evidence_label.setObjectName(u"free_meals_evidence_label")

        self.meals_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.free_meals_evidence_label)

        self.free_meals_evidence = QLineEdit(self.meals_group)
        self.free_meals_evidence.setObjectName(u"free_meals_evidence")

        self.meals_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.free_meals_evidence)

        self.free_meals_valid_until_label = QLabel(self.meals_group)
        self.free_meals_valid_until_label.setObjectName(u"free_meals_valid_until_label")

        self.meals_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.free_meals_valid_until_label)

        self.free_meals_valid_until = QDateEdit(self.meals_group)
        self.free_meals_valid_until.setObjectName(u"free_meals_valid_until")
        self.free_meals_valid_until.setCalendarPopup(True)
        self.free_meals_valid_until.setDisplayFormat(u"dd.MM.yyyy")

        self.meals_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.free_meals_valid_until)


        self.lower_layout.addWidget(self.meals_group)

        self.risks_group = QGroupBox(self.categories_tab)
        self.risks_group.setObjectName(u"risks_group")
        self.risks_layout = QVBoxLayout(self.risks_group)
        self.risks_layout.setObjectName(u"risks_layout")
        self.risk_alcohol = QCheckBox(self.risks_group)
        self.risk_alcohol.setObjectName(u"risk_alcohol")

        self.risks_layout.addWidget(self.risk_alcohol)

        self.risk_violence = QCheckBox(self.risks_group)
        self.risk_violence.setObjectName(u"risk_violence")

        self.risks_layout.addWidget(self.risk_violence)

        self.protection_order = QCheckBox(self.risks_group)
        self.protection_order.setObjectName(u"protection_order")

        self.risks_layout.addWidget(self.protection_order)

        self.risk_parent_imprisoned = QCheckBox(self.risks_group)
        self.risk_parent_imprisoned.setObjectName(u"risk_parent_imprisoned")

        self.risks_layout.addWidget(self.risk_parent_imprisoned)

        self.risk_unemployment = QCheckBox(self.risks_group)
        self.risk_unemployment.setObjectName(u"risk_unemployment")

        self.risks_layout.addWidget(self.risk_unemployment)

        self.risk_left_with_relatives = QCheckBox(self.risks_group)
        self.risk_left_with_relatives.setObjectName(u"risk_left_with_relatives")

        self.risks_layout.addWidget(self.risk_left_with_relatives)


        self.lower_layout.addWidget(self.risks_group)


        self.categories_layout.addLayout(self.lower_layout)

        self.tabs.addTab(self.categories_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.children = QLabel(FamilyDialog)
        self.children.setObjectName(u"children")
        self.children.setWordWrap(True)

        self.main_layout.addWidget(self.children)

        self.button_box = QDialogButtonBox(FamilyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.address_registered_label.setBuddy(self.address_registered)
        self.address_actual_label.setBuddy(self.address_actual)
        self.phone_label.setBuddy(self.phone)
        self.housing_summary_label.setBuddy(self.housing_summary)
        self.police_registered_on_label.setBuddy(self.police_registered_on)
        self.commission_registered_on_label.setBuddy(self.commission_registered_on)
        self.notes_label.setBuddy(self.notes)
        self.free_meals_category_label.setBuddy(self.free_meals_category)
        self.free_meals_evidence_label.setBuddy(self.free_meals_evidence)
        self.free_meals_valid_until_label.setBuddy(self.free_meals_valid_until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)

        self.retranslateUi(FamilyDialog)

        QMetaObject.connectSlotsByName(FamilyDialog)
    # setupUi

    def retranslateUi(self, FamilyDialog):
        FamilyDialog.setWindowTitle(QCoreApplication.translate("FamilyDialog", u"Family", None))
        self.title_label.setText(QCoreApplication.translate("FamilyDialog", u"&Family name", None))
        self.title.setPlaceholderText(QCoreApplication.translate("FamilyDialog", u"e.g. the surname; taken from the first member if empty", None))
        self.address_registered_label.setText(QCoreApplication.translate("FamilyDialog", u"&Registered address", None))
        self.address_actual_label.setText(QCoreApplication.translate("FamilyDialog", u"&Actual address", None))
        self.phone_label.setText(QCoreApplication.translate("FamilyDialog", u"&Phone", None))
        self.housing_summary_label.setText(QCoreApplication.translate("FamilyDialog", u"&Housing", None))
        self.police_registered_on_label.setText(QCoreApplication.translate("FamilyDialog", u"Registered with p&olice (\u041e\u042e\u041f) on", None))
        self.commission_registered_on_label.setText(QCoreApplication.translate("FamilyDialog", u"Registered with the co&mmission (\u041a\u0414\u041d\u0438\u0417\u041f) on", None))
        self.notes_label.setText(QCoreApplication.translate("FamilyDialog", u"&Notes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("FamilyDialog", u"&General", None))
        self.members_hint.setText(QCoreApplication.translate("FamilyDialog", u"Dates as DD.MM.YYYY. A valid \u0418\u0418\u041d fills the birth date.", None))
        self.add_member.setText(QCoreApplication.translate("FamilyDialog", u"&Add member", None))
        self.remove_member.setText(QCoreApplication.translate("FamilyDialog", u"&Remove member", None))
        self.tabs.setTabText(self.tabs.indexOf(self.members_tab), QCoreApplication.translate("FamilyDialog", u"&Members", None))
        self.meals_group.setTitle(QCoreApplication.translate("FamilyDialog", u"Free meals / \u0412\u0441\u0435\u043e\u0431\u0443\u0447", None))
        self.free_meals_category_label.setText(QCoreApplication.translate("FamilyDialog", u"Ca&tegory", None))
        self.free_meals_evidence_label.setText(QCoreApplication.translate("FamilyDialog", u"E&vidence document", None))
        self.free_meals_valid_until_label.setText(QCoreApplication.translate("FamilyDialog", u"Valid &until", None))
        self.risks_group.setTitle(QCoreApplication.translate("FamilyDialog", u"Risk factors", None))
        self.risk_alcohol.setText(QCoreApplication.translate("FamilyDialog", u"Alcohol or drugs", None))
        self.risk_violence.setText(QCoreApplication.translate("FamilyDialog", u"Domestic violence", None))
        self.protection_order.setText(QCoreApplication.translate("FamilyDialog", u"Protection order issued", None))
        self.risk_parent_imprisoned.setText(QCoreApplication.translate("FamilyDialog", u"A parent imprisoned", None))
        self.risk_unemployment.setText(QCoreApplication.translate("FamilyDialog", u"Unemployment", None))
        self.risk_left_with_relatives.setText(QCoreApplication.translate("FamilyDialog", u"Children left with relatives", None))
        self.tabs.setTabText(self.tabs.indexOf(self.categories_tab), QCoreApplication.translate("FamilyDialog", u"&Categories and risks", None))
    # retranslateUi

