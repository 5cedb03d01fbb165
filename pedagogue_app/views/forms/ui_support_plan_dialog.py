# Generated from ui/support_plan_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_plan_dialog.ui'
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

class Ui_SupportPlanDialog(object):
    def setupUi(self, SupportPlanDialog):
        if not SupportPlanDialog.objectName():
            SupportPlanDialog.setObjectName(u"SupportPlanDialog")
        SupportPlanDialog.resize(960, 620)
        self.main_layout = QVBoxLayout(SupportPlanDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.student_form = QFormLayout()
        self.student_form.setObjectName(u"student_form")
        self.student_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.student_label = QLabel(SupportPlanDialog)
        self.student_label.setObjectName(u"student_label")

        self.student_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.student_label)

        self.student_layout = QHBoxLayout()
        self.student_layout.setObjectName(u"student_layout")
        self.student = QLabel(SupportPlanDialog)
        self.student.setObjectName(u"student")
        self.student.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.student_layout.addWidget(self.student)

        self.student_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.student_layout.addItem(self.student_spacer)

        self.choose_student = QPushButton(SupportPlanDialog)
        self.choose_student.setObjectName(u"choose_student")

        self.student_layout.addWidget(self.choose_student)


        self.student_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.student_layout)


        self.main_layout.addLayout(self.student_form)

        self.tabs = QTabWidget(SupportPlanDialog)
        self.tabs.setObjectName(u"tabs")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QVBoxLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.groups_layout = QHBoxLayout()
        self.groups_layout.setObjectName(u"groups_layout")
        self.pmpk_group = QGroupBox(self.plan_tab)
        self.pmpk_group.setObjectName(u"pmpk_group")
        self.pmpk_form = QFormLayout(self.pmpk_group)
        self.pmpk_form.setObjectName(u"pmpk_form")
        self.pmpk_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pmpk_no_label = QLabel(self.pmpk_group)
        self.pmpk_no_label.setObjectName(u"pmpk_no_label")

        self.pmpk_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pmpk_no_label)

        self.pmpk_no = QLineEdit(self.pmpk_group)
        self.pmpk_no.setObjectName(u"pmpk_no")
        self.pmpk_no.setMaxLength(30)

        self.pmpk_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pmpk_no)

        self.pmpk_date_label = QLabel(self.pmpk_group)
        self.pmpk_date_label.setObjectName(u"pmpk_date_label")

        self.pmpk_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pmpk_date_label)

        self.pmpk_date = QDateEdit(self.pmpk_group)
        self.pmpk_date.setObjectName(u"pmpk_date")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pmpk_date.sizePolicy().hasHeightForWidth())
        self.pmpk_date.setSizePolicy(sizePolicy)
        self.pmpk_date.setCalendarPopup(True)
        self.pmpk_date.setDisplayFormat(u"dd.MM.yyyy")

        self.pmpk_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pmpk_date)

        self.pmpk_valid_until_label = QLabel(self.pmpk_group)
        self.pmpk_valid_until_label.setObjectName(u"pmpk_valid_until_label")

        self.pmpk_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pmpk_valid_until_label)

        self.pmpk_valid_until = QDateEdit(self.pmpk_group)
        self.pmpk_valid_until.setObjectName(u"pmpk_valid_until")
        sizePolicy.setHeightForWidth(self.pmpk_valid_until.sizePolicy().hasHeightForWidth())
        self.pmpk_valid_until.setSizePolicy(sizePolicy)
        self.pmpk_valid_until.setCalendarPopup(True)
        self.pmpk_valid_until.setDisplayFormat(u"dd.MM.yyyy")

        self.pmpk_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pmpk_valid_until)

        self.need_type_label = QLabel(self.pmpk_group)
        self.need_type_label.setObjectName(u"need_type_label")

        self.pmpk_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.need_type_label)

        self.need_type = QComboBox(self.pmpk_group)
        self.need_type.setObjectName(u"need_type")
        self.need_type.setEditable(True)
        self.need_type.setInsertPolicy(QComboBox.NoInsert)
        self.need_type.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.need_type.setMinimumContentsLength(20)

        self.pmpk_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.need_type)


        self.groups_layout.addWidget(self.pmpk_group)

        self.period_group = QGroupBox(self.plan_tab)
        self.period_group.setObjectName(u"period_group")
        self.period_form = QFormLayout(self.period_group)
        self.period_form.setObjectName(u"period_form")
        self.period_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.start_date_label = QLabel(self.period_group)
        self.start_date_label.setObjectName(u"start_date_label")

        self.period_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = QDateEdit(self.period_group)
        self.start_date.setObjectName(u"start_date")
        sizePolicy.setHeightForWidth(self.start_date.sizePolicy().hasHeightForWidth())
        self.start_date.setSizePolicy(sizePolicy)
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(u"dd.MM.yyyy")

        self.period_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.period_group)
        self.end_date_label.setObjectName(u"end_date_label")

        self.period_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = QDateEdit(self.period_group)
        self.end_date.setObjectName(u"end_date")
        sizePolicy.setHeightForWidth(self.end_date.sizePolicy().hasHeightForWidth())
        self.end_date.setSizePolicy(sizePolicy)
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat(u"dd.MM.yyyy")

        self.period_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.parent_acknowledged_on_label = QLabel(self.period_group)
        self.parent_acknowledged_on_label.setObjectName(u"parent_acknowledged_on_label")

        self.period_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.parent_acknowledged_on_label)

        self.parent_acknowledged_on = QDateEdit(self.period_group)
        self.parent_acknowledged_on.setObjectName(u"parent_acknowledged_on")
        sizePolicy.setHeightForWidth(self.parent_acknowledged_on.sizePolicy().hasHeightForWidth())
        self.parent_acknowledged_on.setSizePolicy(sizePolicy)
        self.parent_acknowledged_on.setCalendarPopup(True)
        self.parent_acknowledged_on.setDisplayFormat(u"dd.MM.yyyy")

        self.period_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parent_acknowledged_on)

        self.period_hint = QLabel(self.period_group)
        self.period_hint.setObjectName(u"period_hint")
        self.period_hint.setWordWrap(True)

        self.period_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.period_hint)


        self.groups_layout.addWidget(self.period_group)

        self.groups_layout.setStretch(0, 3)
        self.groups_layout.setStretch(1, 2)

        self.plan_layout.addLayout(self.groups_layout)

        self.conditions_group = QGroupBox(self.plan_tab)
        self.conditions_group.setObjectName(u"conditions_group")
        self.conditions_form = QFormLayout(self.conditions_group)
        self.conditions_form.setObjectName(u"conditions_form")
        self.conditions_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.programme_label = QLabel(self.conditions_group)
        self.programme_label.setObjectName(u"programme_label")

        self.conditions_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme = QComboBox(self.conditions_group)
        self.programme.setObjectName(u"programme")

        self.conditions_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programme)

        self.education_form_label = QLabel(self.conditions_group)
        self.education_form_label.setObjectName(u"education_form_label")

        self.conditions_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.education_form_label)

        self.education_form = QComboBox(self.conditions_group)
        self.education_form.setObjectName(u"education_form")

        self.conditions_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.education_form)

        self.specialists_label = QLabel(self.conditions_group)
        self.specialists_label.setObjectName(u"specialists_label")

        self.conditions_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specialists_label)

        self.specialists = QWidget(self.conditions_group)
        self.specialists.setObjectName(u"specialists")
        self.specialists_layout = QHBoxLayout(self.specialists)
        self.specialists_layout.setObjectName(u"specialists_layout")
        self.specialists_layout.setContentsMargins(0, 0, 0, 0)
        self.specialist_speech_therapist = QCheckBox(self.specialists)
        self.specialist_speech_therapist.setObjectName(u"specialist_speech_therapist")

        self.specialists_layout.addWidget(self.specialist_speech_therapist)

        self.specialist_defectologist = QCheckBox(self.specialists)
        self.specialist_defectologist.setObjectName(u"specialist_defectologist")

        self.specialists_layout.addWidget(self.specialist_defectologist)

        self.specialist_psychologist = QCheckBox(self.specialists)
        self.specialist_psychologist.setObjectName(u"specialist_psychologist")

        self.specialists_layout.addWidget(self.specialist_psychologist)

        self.specialist_assistant = QCheckBox(self.specialists)
        self.specialist_assistant.setObjectName(u"specialist_assistant")

        self.specialists_layout.addWidget(self.specialist_assistant)

        self.specialists_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.specialists_layout.addItem(self.specialists_spacer)


        self.conditions_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.specialists)

        self.special_conditions_label = QLabel(self.conditions_group)
        self.special_conditions_label.setObjectName(u"special_conditions_label")

        self.conditions_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.special_conditions_label)

        self.special_conditions = QPlainTextEdit(self.conditions_group)
        self.special_conditions.setObjectName(u"special_conditions")
        self.special_conditions.setTabChangesFocus(True)
        self.special_conditions.setMaximumSize(QSize(16777215, 90))

        self.conditions_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.special_conditions)


        self.plan_layout.addWidget(self.conditions_group)

        self.plan_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.plan_layout.addItem(self.plan_spacer)

        self.tabs.addTab(self.plan_tab, "")
        self.goals_tab = QWidget()
        self.goals_tab.setObjectName(u"goals_tab")
        self.goals_layout = QVBoxLayout(self.goals_tab)
        self.goals_layout.setObjectName(u"goals_layout")
        self.goals = QTableWidget(self.goals_tab)
        self.goals.setObjectName(u"goals")

        self.goals_layout.addWidget(self.goals)

        self.goals_hint = QLabel(self.goals_tab)
        self.goals_hint.setObjectName(u"goals_hint")
        self.goals_hint.setWordWrap(True)

        self.goals_layout.addWidget(self.goals_hint)

        self.goals_buttons = QHBoxLayout()
        self.goals_buttons.setObjectName(u"goals_buttons")
        self.add_goal = QPushButton(self.goals_tab)
        self.add_goal.setObjectName(u"add_goal")

        self.goals_buttons.addWidget(self.add_goal)

        self.remove_goal = QPushButton(self.goals_tab)
        self.remove_goal.setObjectName(u"remove_goal")

        self.goals_buttons.addWidget(self.remove_goal)

        self.goals_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goals_buttons.addItem(self.goals_spacer)


        self.goals_layout.addLayout(self.goals_buttons)

        self.tabs.addTab(self.goals_tab, "")
        self.reviews_tab = QWidget()
        self.reviews_tab.setObjectName(u"reviews_tab")
        self.reviews_layout = QVBoxLayout(self.reviews_tab)
        self.reviews_layout.setObjectName(u"reviews_layout")
        self.reviews = QTableWidget(self.reviews_tab)
        self.reviews.setObjectName(u"reviews")

        self.reviews_layout.addWidget(self.reviews)

        self.reviews_hint = QLabel(self.reviews_tab)
        self.reviews_hint.setObjectName(u"reviews_hint")
        self.reviews_hint.setWordWrap(True)

        self.reviews_layout.addWidget(self.reviews_hint)

        self.reviews_buttons = QHBoxLayout()
        self.reviews_buttons.setObjectName(u"reviews_buttons")
        self.add_review = QPushButton(self.reviews_tab)
        self.add_review.setObjectName(u"add_review")

        self.reviews_buttons.addWidget(self.add_review)

        self.remove_review = QPushButton(self.reviews_tab)
        self.remove_review.setObjectName(u"remove_review")

        self.reviews_buttons.addWidget(self.remove_review)

        self.reviews_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviews_buttons.addItem(self.reviews_spacer)


        self.reviews_layout.addLayout(self.reviews_buttons)

        self.tabs.addTab(self.reviews_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(SupportPlanDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.pmpk_no_label.setBuddy(self.pmpk_no)
        self.pmpk_date_label.setBuddy(self.pmpk_date)
        self.pmpk_valid_until_label.setBuddy(self.pmpk_valid_until)
        self.need_type_label.setBuddy(self.need_type)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.parent_acknowledged_on_label.setBuddy(self.parent_acknowledged_on)
        self.programme_label.setBuddy(self.programme)
        self.education_form_label.setBuddy(self.education_form)
        self.special_conditions_label.setBuddy(self.special_conditions)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose_student, self.tabs)
        QWidget.setTabOrder(self.tabs, self.pmpk_no)
        QWidget.setTabOrder(self.pmpk_no, self.pmpk_date)
        QWidget.setTabOrder(self.pmpk_date, self.pmpk_valid_until)
        QWidget.setTabOrder(self.pmpk_valid_until, self.need_type)
        QWidget.setTabOrder(self.need_type, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.parent_acknowledged_on)
        QWidget.setTabOrder(self.parent_acknowledged_on, self.programme)
        QWidget.setTabOrder(self.programme, self.education_form)
        QWidget.setTabOrder(self.education_form, self.specialist_speech_therapist)
        QWidget.setTabOrder(self.specialist_speech_therapist, self.specialist_defectologist)
        QWidget.setTabOrder(self.specialist_defectologist, self.specialist_psychologist)
        QWidget.setTabOrder(self.specialist_psychologist, self.specialist_assistant)
        QWidget.setTabOrder(self.specialist_assistant, self.special_conditions)

        self.retranslateUi(SupportPlanDialog)

        QMetaObject.connectSlotsByName(SupportPlanDialog)
    # setupUi

    def retranslateUi(self, SupportPlanDialog):
        SupportPlanDialog.setWindowTitle(QCoreApplication.translate("SupportPlanDialog", u"Special-needs plan", None))
        self.student_label.setText(QCoreApplication.translate("SupportPlanDialog", u"Student", None))
        self.choose_student.setText(QCoreApplication.translate("SupportPlanDialog", u"C&hoose\u2026", None))
        self.pmpk_group.setTitle(QCoreApplication.translate("SupportPlanDialog", u"PMPK conclusion", None))
        self.pmpk_no_label.setText(QCoreApplication.translate("SupportPlanDialog", u"&No.", None))
        self.pmpk_date_label.setText(QCoreApplication.translate("SupportPlanDialog", u"&Date", None))
        self.pmpk_valid_until_label.setText(QCoreApplication.translate("SupportPlanDialog", u"Valid &until", None))
        self.need_type_label.setText(QCoreApplication.translate("SupportPlanDialog", u"&Type of need", None))
        self.period_group.setTitle(QCoreApplication.translate("SupportPlanDialog", u"Plan period", None))
        self.start_date_label.setText(QCoreApplication.translate("SupportPlanDialog", u"St&art", None))
        self.end_date_label.setText(QCoreApplication.translate("SupportPlanDialog", u"&End", None))
        self.parent_acknowledged_on_label.setText(QCoreApplication.translate("SupportPlanDialog", u"Parent ac&knowledged on", None))
        self.period_hint.setText(QCoreApplication.translate("SupportPlanDialog", u"One plan at a time: periods of a child's plans may not overlap. Leave the end empty while the plan runs until further notice.", None))
        self.conditions_group.setTitle(QCoreApplication.translate("SupportPlanDialog", u"Recommended conditions", None))
        self.programme_label.setText(QCoreApplication.translate("SupportPlanDialog", u"P&rogramme", None))
        self.education_form_label.setText(QCoreApplication.translate("SupportPlanDialog", u"&Form of education", None))
        self.specialists_label.setText(QCoreApplication.translate("SupportPlanDialog", u"Specialists", None))
        self.specialist_speech_therapist.setText(QCoreApplication.translate("SupportPlanDialog", u"Speech therap&ist", None))
        self.specialist_defectologist.setText(QCoreApplication.translate("SupportPlanDialog", u"Defecto&logist", None))
        self.specialist_psychologist.setText(QCoreApplication.translate("SupportPlanDialog", u"Ps&ychologist", None))
        self.specialist_assistant.setText(QCoreApplication.translate("SupportPlanDialog", u"Teacher a&ssistant", None))
        self.special_conditions_label.setText(QCoreApplication.translate("SupportPlanDialog", u"Special c&onditions", None))
        self.special_conditions.setPlaceholderText(QCoreApplication.translate("SupportPlanDialog", u"e.g. a seat at the front, extra time for tasks, a ramp, assistive devices", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plan_tab), QCoreApplication.translate("SupportPlanDialog", u"&Plan", None))
        self.goals_hint.setText(QCoreApplication.translate("SupportPlanDialog", u"Each goal needs its domain and the goal itself. A plan may be saved without goals while they are being written, but not with reviews or the parent's acknowledgement.", None))
        self.add_goal.setText(QCoreApplication.translate("SupportPlanDialog", u"&Add goal", None))
        self.remove_goal.setText(QCoreApplication.translate("SupportPlanDialog", u"&Remove goal", None))
        self.tabs.setTabText(self.tabs.indexOf(self.goals_tab), QCoreApplication.translate("SupportPlanDialog", u"&Goals", None))
        self.reviews_hint.setText(QCoreApplication.translate("SupportPlanDialog", u"Dates as DD.MM.YYYY, not in the future and not before the plan starts.", None))
        self.add_review.setText(QCoreApplication.translate("SupportPlanDialog", u"&Add review", None))
        self.remove_review.setText(QCoreApplication.translate("SupportPlanDialog", u"&Remove review", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviews_tab), QCoreApplication.translate("SupportPlanDialog", u"Re&views", None))
    # retranslateUi

