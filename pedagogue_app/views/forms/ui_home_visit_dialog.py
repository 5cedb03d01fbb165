# Generated from ui/home_visit_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_visit_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_HomeVisitDialog(object):
    def setupUi(self, HomeVisitDialog):
        if not HomeVisitDialog.objectName():
            HomeVisitDialog.setObjectName(u"HomeVisitDialog")
        HomeVisitDialog.resize(1000, 700)
        self.main_layout = QVBoxLayout(HomeVisitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(HomeVisitDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.heading)

        self.tabs = QTabWidget(HomeVisitDialog)
        self.tabs.setObjectName(u"tabs")
        self.act_tab = QWidget()
        self.act_tab.setObjectName(u"act_tab")
        self.act_layout = QHBoxLayout(self.act_tab)
        self.act_layout.setObjectName(u"act_layout")
        self.act_group = QGroupBox(self.act_tab)
        self.act_group.setObjectName(u"act_group")
        self.act_form = QFormLayout(self.act_group)
        self.act_form.setObjectName(u"act_form")
        self.act_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.act_no_label = QLabel(self.act_group)
        self.act_no_label.setObjectName(u"act_no_label")

        self.act_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.act_no_label)

        self.act_no = QLineEdit(self.act_group)
        self.act_no.setObjectName(u"act_no")
        self.act_no.setMaxLength(40)

        self.act_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.act_no)

        self.visit_date_label = QLabel(self.act_group)
        self.visit_date_label.setObjectName(u"visit_date_label")

        self.act_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visit_date_label)

        self.visit_date = QDateEdit(self.act_group)
        self.visit_date.setObjectName(u"visit_date")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat(u"dd.MM.yyyy")

        self.act_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visit_date)

        self.visit_time_label = QLabel(self.act_group)
        self.visit_time_label.setObjectName(u"visit_time_label")

        self.act_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visit_time_label)

        self.visit_time = QLineEdit(self.act_group)
        self.visit_time.setObjectName(u"visit_time")
        self.visit_time.setMaxLength(5)

        self.act_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visit_time)

        self.purpose_label = QLabel(self.act_group)
        self.purpose_label.setObjectName(u"purpose_label")

        self.act_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QComboBox(self.act_group)
        self.purpose.setObjectName(u"purpose")

        self.act_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.requested_by_label = QLabel(self.act_group)
        self.requested_by_label.setObjectName(u"requested_by_label")

        self.act_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requested_by_label)

        self.requested_by = QComboBox(self.act_group)
        self.requested_by.setObjectName(u"requested_by")
        self.requested_by.setEditable(True)
        self.requested_by.setInsertPolicy(QComboBox.NoInsert)

        self.act_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requested_by)

        self.student_label = QLabel(self.act_group)
        self.student_label.setObjectName(u"student_label")

        self.act_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.student_label)

        self.student_layout = QHBoxLayout()
        self.student_layout.setObjectName(u"student_layout")
        self.student = QLineEdit(self.act_group)
        self.student.setObjectName(u"student")
        self.student.setReadOnly(True)
        self.student.setFocusPolicy(Qt.NoFocus)

        self.student_layout.addWidget(self.student)

        self.choose_student = QPushButton(self.act_group)
        self.choose_student.setObjectName(u"choose_student")

        self.student_layout.addWidget(self.choose_student)

        self.clear_student = QToolButton(self.act_group)
        self.clear_student.setObjectName(u"clear_student")
        self.clear_student.setText(u"\u00d7")

        self.student_layout.addWidget(self.clear_student)


        self.act_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.student_layout)

        self.family_label = QLabel(self.act_group)
        self.family_label.setObjectName(u"family_label")

        self.act_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.family_label)

        self.family_layout = QHBoxLayout()
        self.family_layout.setObjectName(u"family_layout")
        self.family = QLineEdit(self.act_group)
        self.family.setObjectName(u"family")
        self.family.setReadOnly(True)
        self.family.setFocusPolicy(Qt.NoFocus)

        self.family_layout.addWidget(self.family)

        self.choose_family = QPushButton(self.act_group)
        self.choose_family.setObjectName(u"choose_family")

        self.family_layout.addWidget(self.choose_family)

        self.clear_family = QToolButton(self.act_group)
        self.clear_family.setObjectName(u"clear_family")
        self.clear_family.setText(u"\u00d7")

        self.family_layout.addWidget(self.clear_family)


        self.act_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.family_layout)

        self.address_label = QLabel(self.act_group)
        self.address_label.setObjectName(u"address_label")

        self.act_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLabel(self.act_group)
        self.address.setObjectName(u"address")
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.PlainText)
        self.address.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.act_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address)


        self.act_layout.addWidget(self.act_group)

        self.commission_group = QGroupBox(self.act_tab)
        self.commission_group.setObjectName(u"commission_group")
        self.commission_layout = QVBoxLayout(self.commission_group)
        self.commission_layout.setObjectName(u"commission_layout")
        self.commission_label = QLabel(self.commission_group)
        self.commission_label.setObjectName(u"commission_label")

        self.commission_layout.addWidget(self.commission_label)

        self.commission = QTableWidget(self.commission_group)
        self.commission.setObjectName(u"commission")

        self.commission_layout.addWidget(self.commission)

        self.commission_buttons = QHBoxLayout()
        self.commission_buttons.setObjectName(u"commission_buttons")
        self.add_commission = QPushButton(self.commission_group)
        self.add_commission.setObjectName(u"add_commission")

        self.commission_buttons.addWidget(self.add_commission)

        self.remove_commission = QPushButton(self.commission_group)
        self.remove_commission.setObjectName(u"remove_commission")

        self.commission_buttons.addWidget(self.remove_commission)

        self.commission_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commission_buttons.addItem(self.commission_spacer)


        self.commission_layout.addLayout(self.commission_buttons)


        self.act_layout.addWidget(self.commission_group)

        self.act_layout.setStretch(0, 5)
        self.act_layout.setStretch(1, 4)
        self.tabs.addTab(self.act_tab, "")
        self.housing_tab = QWidget()
        self.housing_tab.setObjectName(u"housing_tab")
        self.housing_tab_layout = QHBoxLayout(self.housing_tab)
        self.housing_tab_layout.setObjectName(u"housing_tab_layout")
        self.residents_group = QGroupBox(self.housing_tab)
        self.residents_group.setObjectName(u"residents_group")
        self.residents_layout = QVBoxLayout(self.residents_group)
        self.residents_layout.setObjectName(u"residents_layout")
        self.residents_label = QLabel(self.residents_group)
        self.residents_label.setObjectName(u"residents_label")
        self.residents_label.setWordWrap(True)

        self.residents_layout.addWidget(self.residents_label)

        self.residents = QTableWidget(self.residents_group)
        self.residents.setObjectName(u"residents")

        self.residents_layout.addWidget(self.residents)

        self.residents_buttons = QHBoxLayout()
        self.residents_buttons.setObjectName(u"residents_buttons")
        self.add_resident = QPushButton(self.residents_group)
        self.add_resident.setObjectName(u"add_resident")

        self.residents_buttons.addWidget(self.add_resident)

        self.remove_resident = QPushButton(self.residents_group)
        self.remove_resident.setObjectName(u"remove_resident")

        self.residents_buttons.addWidget(self.remove_resident)

        self.fill_residents = QPushButton(self.residents_group)
        self.fill_residents.setObjectName(u"fill_residents")

        self.residents_buttons.addWidget(self.fill_residents)

        self.residents_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.residents_buttons.addItem(self.residents_spacer)


        self.residents_layout.addLayout(self.residents_buttons)


        self.housing_tab_layout.addWidget(self.residents_group)

        self.housing_group = QGroupBox(self.housing_tab)
        self.housing_group.setObjectName(u"housing_group")
        self.housing_form = QFormLayout(self.housing_group)
        self.housing_form.setObjectName(u"housing_form")
        self.housing_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.housing_ownership_label = QLabel(self.housing_group)
        self.housing_ownership_label.setObjectName(u"housing_ownership_label")

        self.housing_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.housing_ownership_label)

        self.housing_ownership = QComboBox(self.housing_group)
        self.housing_ownership.setObjectName(u"housing_ownership")
        self.housing_ownership.setEditable(True)
        self.housing_ownership.setInsertPolicy(QComboBox.NoInsert)

        self.housing_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.housing_ownership)

        self.rooms_label = QLabel(self.housing_group)
        self.rooms_label.setObjectName(u"rooms_label")

        self.housing_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rooms_label)

        self.rooms = QSpinBox(self.housing_group)
        self.rooms.setObjectName(u"rooms")
        self.rooms.setMinimum(-1)
        self.rooms.setMaximum(999)
        self.rooms.setValue(-1)
        self.rooms.setSpecialValueText(u"\u2014")

        self.housing_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rooms)

        self.area_m2_label = QLabel(self.housing_group)
        self.area_m2_label.setObjectName(u"area_m2_label")

        self.housing_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.area_m2_label)

        self.area_m2 = QDoubleSpinBox(self.housing_group)
        self.area_m2.setObjectName(u"area_m2")
        self.area_m2.setDecimals(1)
        self.area_m2.setMinimum(-1.000000000000000)
        self.area_m2.setMaximum(99999.000000000000000)
        self.area_m2.setValue(-1.000000000000000)
        self.area_m2.setSpecialValueText(u"\u2014")

        self.housing_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area_m2)

        self.housing_condition_label = QLabel(self.housing_group)
        self.housing_condition_label.setObjectName(u"housing_condition_label")

        self.housing_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.housing_condition_label)

        self.housing_condition = QComboBox(self.housing_group)
        self.housing_condition.setObjectName(u"housing_condition")
        self.housing_condition.setEditable(True)
        self.housing_condition.setInsertPolicy(QComboBox.NoInsert)

        self.housing_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.housing_condition)

        self.heating_label = QLabel(self.housing_group)
        self.heating_label.setObjectName(u"heating_label")

        self.housing_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.heating_label)

        self.heating = QComboBox(self.housing_group)
        self.heating.setObjectName(u"heating")
        self.heating.setEditable(True)
        self.heating.setInsertPolicy(QComboBox.NoInsert)

        self.housing_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.heating)

        self.sanitary_state_label = QLabel(self.housing_group)
        self.sanitary_state_label.setObjectName(u"sanitary_state_label")

        self.housing_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sanitary_state_label)

        self.sanitary_state = QComboBox(self.housing_group)
        self.sanitary_state.setObjectName(u"sanitary_state")
        self.sanitary_state.setEditable(True)
        self.sanitary_state.setInsertPolicy(QComboBox.NoInsert)

        self.housing_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sanitary_state)

        self.amenities_label = QLabel(self.housing_group)
        self.amenities_label.setObjectName(u"amenities_label")

        self.housing_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amenities_label)

        self.amenities_layout = QGridLayout()
        self.amenities_layout.setObjectName(u"amenities_layout")
        self.water = QCheckBox(self.housing_group)
        self.water.setObjectName(u"water")

        self.amenities_layout.addWidget(self.water, 0, 0, 1, 1)

        self.sewerage = QCheckBox(self.housing_group)
        self.sewerage.setObjectName(u"sewerage")

        self.amenities_layout.addWidget(self.sewerage, 0, 1, 1, 1)

        self.gas = QCheckBox(self.housing_group)
        self.gas.setObjectName(u"gas")

        self.amenities_layout.addWidget(self.gas, 1, 0, 1, 1)

        self.electricity = QCheckBox(self.housing_group)
        self.electricity.setObjectName(u"electricity")

        self.amenities_layout.addWidget(self.electricity, 1, 1, 1, 1)


        self.housing_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.amenities_layout)


        self.housing_tab_layout.addWidget(self.housing_group)

        self.tabs.addTab(self.housing_tab, "")
        self.child_tab = QWidget()
        self.child_tab.setObjectName(u"child_tab")
        self.child_tab_layout = QVBoxLayout(self.child_tab)
        self.child_tab_layout.setObjectName(u"child_tab_layout")
        self.child_group = QGroupBox(self.child_tab)
        self.child_group.setObjectName(u"child_group")
        self.child_layout = QGridLayout(self.child_group)
        self.child_layout.setObjectName(u"child_layout")
        self.child_corner = QCheckBox(self.child_group)
        self.child_corner.setObjectName(u"child_corner")

        self.child_layout.addWidget(self.child_corner, 0, 0, 1, 1)

        self.child_desk = QCheckBox(self.child_group)
        self.child_desk.setObjectName(u"child_desk")

        self.child_layout.addWidget(self.child_desk, 0, 1, 1, 1)

        self.child_bed = QCheckBox(self.child_group)
        self.child_bed.setObjectName(u"child_bed")

        self.child_layout.addWidget(self.child_bed, 0, 2, 1, 1)

        self.seasonal_clothes = QCheckBox(self.child_group)
        self.seasonal_clothes.setObjectName(u"seasonal_clothes")

        self.child_layout.addWidget(self.seasonal_clothes, 0, 3, 1, 1)

        self.school_supplies = QCheckBox(self.child_group)
        self.school_supplies.setObjectName(u"school_supplies")

        self.child_layout.addWidget(self.school_supplies, 1, 0, 1, 1)

        self.food = QCheckBox(self.child_group)
        self.food.setObjectName(u"food")

        self.child_layout.addWidget(self.food, 1, 1, 1, 1)

        self.computer = QCheckBox(self.child_group)
        self.computer.setObjectName(u"computer")

        self.child_layout.addWidget(self.computer, 1, 2, 1, 1)


        self.child_tab_layout.addWidget(self.child_group)

        self.child_form = QFormLayout()
        self.child_form.setObjectName(u"child_form")
        self.child_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.parents_attention_label = QLabel(self.child_tab)
        self.parents_attention_label.setObjectName(u"parents_attention_label")

        self.child_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parents_attention_label)

        self.parents_attention = QPlainTextEdit(self.child_tab)
        self.parents_attention.setObjectName(u"parents_attention")
        self.parents_attention.setTabChangesFocus(True)

        self.child_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parents_attention)

        self.family_climate_label = QLabel(self.child_tab)
        self.family_climate_label.setObjectName(u"family_climate_label")

        self.child_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.family_climate_label)

        self.family_climate = QPlainTextEdit(self.child_tab)
        self.family_climate.setObjectName(u"family_climate")
        self.family_climate.setTabChangesFocus(True)

        self.child_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.family_climate)

        self.neglect_signs_label = QLabel(self.child_tab)
        self.neglect_signs_label.setObjectName(u"neglect_signs_label")

        self.child_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.neglect_signs_label)

        self.neglect_signs = QPlainTextEdit(self.child_tab)
        self.neglect_signs.setObjectName(u"neglect_signs")
        self.neglect_signs.setTabChangesFocus(True)

        self.child_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.neglect_signs)

        self.child_words_label = QLabel(self.child_tab)
        self.child_words_label.setObjectName(u"child_words_label")

        self.child_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.child_words_label)

        self.child_words = QPlainTextEdit(self.child_tab)
        self.child_words.setObjectName(u"child_words")
        self.child_words.setTabChangesFocus(True)

        self.child_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.child_words)


        self.child_tab_layout.addLayout(self.child_form)

        self.tabs.addTab(self.child_tab, "")
        self.conclusion_tab = QWidget()
        self.conclusion_tab.setObjectName(u"conclusion_tab")
        self.conclusion_form = QFormLayout(self.conclusion_tab)
        self.conclusion_form.setObjectName(u"conclusion_form")
        self.conclusion_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.conclusion_label = QLabel(self.conclusion_tab)
        self.conclusion_label.setObjectName(u"conclusion_label")

        self.conclusion_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.conclusion_label)

        self.conclusion = QComboBox(self.conclusion_tab)
        self.conclusion.setObjectName(u"conclusion")

        self.conclusion_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.conclusion)

        self.recommendations_label = QLabel(self.conclusion_tab)
        self.recommendations_label.setObjectName(u"recommendations_label")

        self.conclusion_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recommendations_label)

        self.recommendations = QPlainTextEdit(self.conclusion_tab)
        self.recommendations.setObjectName(u"recommendations")
        self.recommendations.setTabChangesFocus(True)

        self.conclusion_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recommendations)

        self.measures_label = QLabel(self.conclusion_tab)
        self.measures_label.setObjectName(u"measures_label")

        self.conclusion_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measures_label)

        self.measures = QPlainTextEdit(self.conclusion_tab)
        self.measures.setObjectName(u"measures")
        self.measures.setTabChangesFocus(True)

        self.conclusion_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measures)

        self.next_visit_on_label = QLabel(self.conclusion_tab)
        self.next_visit_on_label.setObjectName(u"next_visit_on_label")

        self.conclusion_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.next_visit_on_label)

        self.next_visit_layout = QHBoxLayout()
        self.next_visit_layout.setObjectName(u"next_visit_layout")
        self.next_visit_on = QDateEdit(self.conclusion_tab)
        self.next_visit_on.setObjectName(u"next_visit_on")
        self.next_visit_on.setCalendarPopup(True)
        self.next_visit_on.setDisplayFormat(u"dd.MM.yyyy")

        self.next_visit_layout.addWidget(self.next_visit_on)

        self.next_in_month = QPushButton(self.conclusion_tab)
        self.next_in_month.setObjectName(u"next_in_month")

        self.next_visit_layout.addWidget(self.next_in_month)

        self.next_in_quarter = QPushButton(self.conclusion_tab)
        self.next_in_quarter.setObjectName(u"next_in_quarter")

        self.next_visit_layout.addWidget(self.next_in_quarter)

        self.next_visit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_visit_layout.addItem(self.next_visit_spacer)


        self.conclusion_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.next_visit_layout)

        self.signatures_label = QLabel(self.conclusion_tab)
        self.signatures_label.setObjectName(u"signatures_label")

        self.conclusion_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signatures_label)

        self.signatures = QLineEdit(self.conclusion_tab)
        self.signatures.setObjectName(u"signatures")

        self.conclusion_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signatures)

        self.refused_to_sign = QCheckBox(self.conclusion_tab)
        self.refused_to_sign.setObjectName(u"refused_to_sign")

        self.conclusion_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.refused_to_sign)

        self.tabs.addTab(self.conclusion_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(HomeVisitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.act_no_label.setBuddy(self.act_no)
        self.visit_date_label.setBuddy(self.visit_date)
        self.visit_time_label.setBuddy(self.visit_time)
        self.purpose_label.setBuddy(self.purpose)
        self.requested_by_label.setBuddy(self.requested_by)
        self.student_label.setBuddy(self.choose_student)
        self.family_label.setBuddy(self.choose_family)
        self.commission_label.setBuddy(self.commission)
        self.residents_label.setBuddy(self.residents)
        self.housing_ownership_label.setBuddy(self.housing_ownership)
        self.rooms_label.setBuddy(self.rooms)
        self.area_m2_label.setBuddy(self.area_m2)
        self.housing_condition_label.setBuddy(self.housing_condition)
        self.heating_label.setBuddy(self.heating)
        self.sanitary_state_label.setBuddy(self.sanitary_state)
        self.parents_attention_label.setBuddy(self.parents_attention)
        self.family_climate_label.setBuddy(self.family_climate)
        self.neglect_signs_label.setBuddy(self.neglect_signs)
        self.child_words_label.setBuddy(self.child_words)
        self.conclusion_label.setBuddy(self.conclusion)
        self.recommendations_label.setBuddy(self.recommendations)
        self.measures_label.setBuddy(self.measures)
        self.next_visit_on_label.setBuddy(self.next_visit_on)
        self.signatures_label.setBuddy(self.signatures)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.act_no)
        QWidget.setTabOrder(self.act_no, self.visit_date)
        QWidget.setTabOrder(self.visit_date, self.visit_time)
        QWidget.setTabOrder(self.visit_time, self.purpose)
        QWidget.setTabOrder(self.purpose, self.requested_by)
        QWidget.setTabOrder(self.requested_by, self.choose_student)
        QWidget.setTabOrder(self.choose_student, self.clear_student)
        QWidget.setTabOrder(self.clear_student, self.choose_family)
        QWidget.setTabOrder(self.choose_family, self.clear_family)
        QWidget.setTabOrder(self.clear_family, self.commission)

        self.retranslateUi(HomeVisitDialog)

        QMetaObject.connectSlotsByName(HomeVisitDialog)
    # setupUi

    def retranslateUi(self, HomeVisitDialog):
        HomeVisitDialog.setWindowTitle(QCoreApplication.translate("HomeVisitDialog", u"Home-visit act", None))
        self.act_group.setTitle(QCoreApplication.translate("HomeVisitDialog", u"Act", None))
        self.act_no_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Act &No.", None))
#if QT_CONFIG(tooltip)
        self.act_no.setToolTip(QCoreApplication.translate("HomeVisitDialog", u"The next free number of the year is suggested; you may change it.", None))
#endif // QT_CONFIG(tooltip)
        self.visit_date_label.setText(QCoreApplication.translate("HomeVisitDialog", u"&Date of the visit", None))
        self.visit_time_label.setText(QCoreApplication.translate("HomeVisitDialog", u"&Time", None))
        self.visit_time.setPlaceholderText(QCoreApplication.translate("HomeVisitDialog", u"HH:MM", None))
        self.purpose_label.setText(QCoreApplication.translate("HomeVisitDialog", u"&Purpose", None))
        self.requested_by_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Re&quested by", None))
        self.student_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Stud&ent", None))
        self.choose_student.setText(QCoreApplication.translate("HomeVisitDialog", u"Choose\u2026", None))
#if QT_CONFIG(tooltip)
        self.clear_student.setToolTip(QCoreApplication.translate("HomeVisitDialog", u"Clear the student", None))
#endif // QT_CONFIG(tooltip)
        self.family_label.setText(QCoreApplication.translate("HomeVisitDialog", u"&Family", None))
        self.choose_family.setText(QCoreApplication.translate("HomeVisitDialog", u"Choose\u2026", None))
#if QT_CONFIG(tooltip)
        self.clear_family.setToolTip(QCoreApplication.translate("HomeVisitDialog", u"Clear the family", None))
#endif // QT_CONFIG(tooltip)
        self.address_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Address", None))
        self.commission_group.setTitle(QCoreApplication.translate("HomeVisitDialog", u"Commission", None))
        self.commission_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Co&mmission members (name and position)", None))
        self.add_commission.setText(QCoreApplication.translate("HomeVisitDialog", u"Add mem&ber", None))
        self.remove_commission.setText(QCoreApplication.translate("HomeVisitDialog", u"Remo&ve member", None))
        self.tabs.setTabText(self.tabs.indexOf(self.act_tab), QCoreApplication.translate("HomeVisitDialog", u"&Act and commission", None))
        self.residents_group.setTitle(QCoreApplication.translate("HomeVisitDialog", u"Living at the address", None))
        self.residents_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Everyone &living at the address (name; relation, year of birth, occupation)", None))
        self.add_resident.setText(QCoreApplication.translate("HomeVisitDialog", u"Add p&erson", None))
        self.remove_resident.setText(QCoreApplication.translate("HomeVisitDialog", u"Remove perso&n", None))
        self.fill_residents.setText(QCoreApplication.translate("HomeVisitDialog", u"Fill from the famil&y", None))
        self.housing_group.setTitle(QCoreApplication.translate("HomeVisitDialog", u"Housing", None))
        self.housing_ownership_label.setText(QCoreApplication.translate("HomeVisitDialog", u"O&wnership", None))
        self.rooms_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Roo&ms", None))
        self.area_m2_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Area, m\u00b2", None))
        self.housing_condition_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Con&dition of the dwelling", None))
        self.heating_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Heatin&g", None))
        self.sanitary_state_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Sanitary &state", None))
        self.amenities_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Amenities", None))
        self.water.setText(QCoreApplication.translate("HomeVisitDialog", u"Running wa&ter", None))
        self.sewerage.setText(QCoreApplication.translate("HomeVisitDialog", u"Sewerage", None))
        self.gas.setText(QCoreApplication.translate("HomeVisitDialog", u"Gas", None))
        self.electricity.setText(QCoreApplication.translate("HomeVisitDialog", u"Electricity", None))
        self.tabs.setTabText(self.tabs.indexOf(self.housing_tab), QCoreApplication.translate("HomeVisitDialog", u"&Residents and housing", None))
        self.child_group.setTitle(QCoreApplication.translate("HomeVisitDialog", u"The child has", None))
        self.child_corner.setText(QCoreApplication.translate("HomeVisitDialog", u"Own room or corner", None))
        self.child_desk.setText(QCoreApplication.translate("HomeVisitDialog", u"Desk for homework", None))
        self.child_bed.setText(QCoreApplication.translate("HomeVisitDialog", u"Own bed", None))
        self.seasonal_clothes.setText(QCoreApplication.translate("HomeVisitDialog", u"Seasonal clothes and shoes", None))
        self.school_supplies.setText(QCoreApplication.translate("HomeVisitDialog", u"School supplies", None))
        self.food.setText(QCoreApplication.translate("HomeVisitDialog", u"Regular meals", None))
        self.computer.setText(QCoreApplication.translate("HomeVisitDialog", u"Computer or tablet", None))
        self.parents_attention_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Parents' attention to st&udies", None))
        self.family_climate_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Family &climate", None))
        self.neglect_signs_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Signs of ne&glect or violence", None))
        self.neglect_signs.setPlaceholderText(QCoreApplication.translate("HomeVisitDialog", u"Facts only: what was seen and heard. Empty if none.", None))
        self.child_words_label.setText(QCoreApplication.translate("HomeVisitDialog", u"The child's own &words", None))
        self.child_words.setPlaceholderText(QCoreApplication.translate("HomeVisitDialog", u"Word for word, in quotation marks.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.child_tab), QCoreApplication.translate("HomeVisitDialog", u"C&hild and family", None))
        self.conclusion_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Concl&usion", None))
        self.recommendations_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Recommendation&s", None))
        self.measures_label.setText(QCoreApplication.translate("HomeVisitDialog", u"&Measures taken", None))
        self.next_visit_on_label.setText(QCoreApplication.translate("HomeVisitDialog", u"&Next visit", None))
        self.next_in_month.setText(QCoreApplication.translate("HomeVisitDialog", u"In a month", None))
        self.next_in_quarter.setText(QCoreApplication.translate("HomeVisitDialog", u"In three months", None))
        self.signatures_label.setText(QCoreApplication.translate("HomeVisitDialog", u"Si&gned by (family)", None))
        self.signatures.setPlaceholderText(QCoreApplication.translate("HomeVisitDialog", u"Who read and signed the act, e.g. the mother", None))
        self.refused_to_sign.setText(QCoreApplication.translate("HomeVisitDialog", u"Re&fused to sign", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conclusion_tab), QCoreApplication.translate("HomeVisitDialog", u"C&onclusion", None))
    # retranslateUi

