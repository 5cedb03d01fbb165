# Generated from ui/session_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(780, 640)
        self.main_layout = QVBoxLayout(SessionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(SessionDialog)
        self.tabs.setObjectName(u"tabs")
        self.session_tab = QWidget()
        self.session_tab.setObjectName(u"session_tab")
        self.form_layout = QFormLayout(self.session_tab)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.session_date_label = QLabel(self.session_tab)
        self.session_date_label.setObjectName(u"session_date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.session_date_label)

        self.when_layout = QHBoxLayout()
        self.when_layout.setObjectName(u"when_layout")
        self.session_date = QDateEdit(self.session_tab)
        self.session_date.setObjectName(u"session_date")
        self.session_date.setCalendarPopup(True)
        self.session_date.setDisplayFormat(u"dd.MM.yyyy")

        self.when_layout.addWidget(self.session_date)

        self.start_time_label = QLabel(self.session_tab)
        self.start_time_label.setObjectName(u"start_time_label")

        self.when_layout.addWidget(self.start_time_label)

        self.start_time = QLineEdit(self.session_tab)
        self.start_time.setObjectName(u"start_time")
        self.start_time.setMaxLength(5)
        self.start_time.setMaximumSize(QSize(70, 16777215))

        self.when_layout.addWidget(self.start_time)

        self.duration_min_label = QLabel(self.session_tab)
        self.duration_min_label.setObjectName(u"duration_min_label")

        self.when_layout.addWidget(self.duration_min_label)

        self.duration_min = QSpinBox(self.session_tab)
        self.duration_min.setObjectName(u"duration_min")
        self.duration_min.setMinimum(5)
        self.duration_min.setMaximum(240)
        self.duration_min.setSingleStep(5)
        self.duration_min.setValue(45)

        self.when_layout.addWidget(self.duration_min)

        self.when_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.when_layout.addItem(self.when_spacer)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.when_layout)

        self.session_type_label = QLabel(self.session_tab)
        self.session_type_label.setObjectName(u"session_type_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.session_type_label)

        self.session_type = QComboBox(self.session_tab)
        self.session_type.setObjectName(u"session_type")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.session_type)

        self.requester_label = QLabel(self.session_tab)
        self.requester_label.setObjectName(u"requester_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requester_label)

        self.requester = QComboBox(self.session_tab)
        self.requester.setObjectName(u"requester")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requester)

        self.client_kind_label = QLabel(self.session_tab)
        self.client_kind_label.setObjectName(u"client_kind_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.client_kind_label)

        self.client_kind = QComboBox(self.session_tab)
        self.client_kind.setObjectName(u"client_kind")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.client_kind)

        self.student_id_label = QLabel(self.session_tab)
        self.student_id_label.setObjectName(u"student_id_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.student_id_label)

        self.student_layout = QHBoxLayout()
        self.student_layout.setObjectName(u"student_layout")
        self.student_id = QLineEdit(self.session_tab)
        self.student_id.setObjectName(u"student_id")
        self.student_id.setReadOnly(True)
        self.student_id.setFocusPolicy(Qt.NoFocus)

        self.student_layout.addWidget(self.student_id)

        self.choose_student = QPushButton(self.session_tab)
        self.choose_student.setObjectName(u"choose_student")

        self.student_layout.addWidget(self.choose_student)

        self.clear_student = QPushButton(self.session_tab)
        self.clear_student.setObjectName(u"clear_student")

        self.student_layout.addWidget(self.clear_student)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.student_layout)

        self.client_name_label = QLabel(self.session_tab)
        self.client_name_label.setObjectName(u"client_name_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.client_name_label)

        self.client_name = QLineEdit(self.session_tab)
        self.client_name.setObjectName(u"client_name")
        self.client_name.setMaxLength(120)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.client_name)

        self.participants_label = QLabel(self.session_tab)
        self.participants_label.setObjectName(u"participants_label")
        self.participants_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.participants_label)

        self.participants_layout = QVBoxLayout()
        self.participants_layout.setObjectName(u"participants_layout")
        self.participants = QTableWidget(self.session_tab)
        self.participants.setObjectName(u"participants")
        self.participants.setMinimumSize(QSize(0, 110))
        self.participants.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.participants.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.participants_layout.addWidget(self.participants)

        self.participants_buttons = QHBoxLayout()
        self.participants_buttons.setObjectName(u"participants_buttons")
        self.add_students = QPushButton(self.session_tab)
        self.add_students.setObjectName(u"add_students")

        self.participants_buttons.addWidget(self.add_students)

        self.add_parent = QPushButton(self.session_tab)
        self.add_parent.setObjectName(u"add_parent")

        self.participants_buttons.addWidget(self.add_parent)

        self.remove_participant = QPushButton(self.session_tab)
        self.remove_participant.setObjectName(u"remove_participant")

        self.participants_buttons.addWidget(self.remove_participant)

        self.participants_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participants_buttons.addItem(self.participants_spacer)


        self.participants_layout.addLayout(self.participants_buttons)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.participants_layout)

        self.follow_up_on_label = QLabel(self.session_tab)
        self.follow_up_on_label.setObjectName(u"follow_up_on_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.follow_up_on_label)

        self.follow_up_on = QDateEdit(self.session_tab)
        self.follow_up_on.setObjectName(u"follow_up_on")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.follow_up_on.sizePolicy().hasHeightForWidth())
        self.follow_up_on.setSizePolicy(sizePolicy)
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.follow_up_on)

        self.psychologist_label = QLabel(self.session_tab)
        self.psychologist_label.setObjectName(u"psychologist_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.psychologist_label)

        self.psychologist = QLineEdit(self.session_tab)
        self.psychologist.setObjectName(u"psychologist")
        self.psychologist.setMaxLength(120)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.psychologist)

        self.parent_consent = QCheckBox(self.session_tab)
        self.parent_consent.setObjectName(u"parent_consent")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.parent_consent)

        self.risk_group = QGroupBox(self.session_tab)
        self.risk_group.setObjectName(u"risk_group")
        self.risk_layout = QVBoxLayout(self.risk_group)
        self.risk_layout.setObjectName(u"risk_layout")
        self.risk_grid = QGridLayout()
        self.risk_grid.setObjectName(u"risk_grid")
        self.risk_suicidal = QCheckBox(self.risk_group)
        self.risk_suicidal.setObjectName(u"risk_suicidal")

        self.risk_grid.addWidget(self.risk_suicidal, 0, 0, 1, 1)

        self.risk_self_harm = QCheckBox(self.risk_group)
        self.risk_self_harm.setObjectName(u"risk_self_harm")

        self.risk_grid.addWidget(self.risk_self_harm, 0, 1, 1, 1)

        self.risk_abuse = QCheckBox(self.risk_group)
        self.risk_abuse.setObjectName(u"risk_abuse")

        self.risk_grid.addWidget(self.risk_abuse, 1, 0, 1, 1)

        self.risk_bullying = QCheckBox(self.risk_group)
        self.risk_bullying.setObjectName(u"risk_bullying")

        self.risk_grid.addWidget(self.risk_bullying, 1, 1, 1, 1)


        self.risk_layout.addLayout(self.risk_grid)

        self.risk_hint = QLabel(self.risk_group)
        self.risk_hint.setObjectName(u"risk_hint")
        self.risk_hint.setWordWrap(True)

        self.risk_layout.addWidget(self.risk_hint)


        self.form_layout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.risk_group)

        self.tabs.addTab(self.session_tab, "")
        self.content_tab = QWidget()
        self.content_tab.setObjectName(u"content_tab")
        self.content_layout = QFormLayout(self.content_tab)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.content_hint = QLabel(self.content_tab)
        self.content_hint.setObjectName(u"content_hint")
        self.content_hint.setWordWrap(True)

        self.content_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.content_hint)

        self.request_label = QLabel(self.content_tab)
        self.request_label.setObjectName(u"request_label")

        self.content_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.request_label)

        self.request = QPlainTextEdit(self.content_tab)
        self.request.setObjectName(u"request")
        self.request.setTabChangesFocus(True)

        self.content_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.request)

        self.methods_label = QLabel(self.content_tab)
        self.methods_label.setObjectName(u"methods_label")

        self.content_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methods_label)

        self.methods = QPlainTextEdit(self.content_tab)
        self.methods.setObjectName(u"methods")
        self.methods.setTabChangesFocus(True)

        self.content_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methods)

        self.results_label = QLabel(self.content_tab)
        self.results_label.setObjectName(u"results_label")

        self.content_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.results_label)

        self.results = QPlainTextEdit(self.content_tab)
        self.results.setObjectName(u"results")
        self.results.setTabChangesFocus(True)

        self.content_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.results)

        self.conclusion_label = QLabel(self.content_tab)
        self.conclusion_label.setObjectName(u"conclusion_label")

        self.content_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conclusion_label)

        self.conclusion = QPlainTextEdit(self.content_tab)
        self.conclusion.setObjectName(u"conclusion")
        self.conclusion.setTabChangesFocus(True)

        self.content_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conclusion)

        self.recommendations_label = QLabel(self.content_tab)
        self.recommendations_label.setObjectName(u"recommendations_label")

        self.content_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recommendations_label)

        self.recommendations = QPlainTextEdit(self.content_tab)
        self.recommendations.setObjectName(u"recommendations")
        self.recommendations.setTabChangesFocus(True)

        self.content_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recommendations)

        self.referral_out_label = QLabel(self.content_tab)
        self.referral_out_label.setObjectName(u"referral_out_label")

        self.content_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referral_out_label)

        self.referral_out = QPlainTextEdit(self.content_tab)
        self.referral_out.setObjectName(u"referral_out")
        self.referral_out.setTabChangesFocus(True)

        self.content_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.referral_out)

        self.tabs.addTab(self.content_tab, "")
        self.summary_tab = QWidget()
        self.summary_tab.setObjectName(u"summary_tab")
        self.summary_tab_layout = QVBoxLayout(self.summary_tab)
        self.summary_tab_layout.setObjectName(u"summary_tab_layout")
        self.summary_group = QGroupBox(self.summary_tab)
        self.summary_group.setObjectName(u"summary_group")
        self.summary_layout = QVBoxLayout(self.summary_group)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_hint = QLabel(self.summary_group)
        self.summary_hint.setObjectName(u"summary_hint")
        self.summary_hint.setWordWrap(True)

        self.summary_layout.addWidget(self.summary_hint)

        self.shareable_summary = QPlainTextEdit(self.summary_group)
        self.shareable_summary.setObjectName(u"shareable_summary")
        self.shareable_summary.setTabChangesFocus(True)

        self.summary_layout.addWidget(self.shareable_summary)

        self.summary_count = QLabel(self.summary_group)
        self.summary_count.setObjectName(u"summary_count")
        self.summary_count.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.summary_layout.addWidget(self.summary_count)


        self.summary_tab_layout.addWidget(self.summary_group)

        self.summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summary_tab_layout.addItem(self.summary_spacer)

        self.tabs.addTab(self.summary_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(SessionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.session_date_label.setBuddy(self.session_date)
        self.start_time_label.setBuddy(self.start_time)
        self.duration_min_label.setBuddy(self.duration_min)
        self.session_type_label.setBuddy(self.session_type)
        self.requester_label.setBuddy(self.requester)
        self.client_kind_label.setBuddy(self.client_kind)
        self.student_id_label.setBuddy(self.choose_student)
        self.client_name_label.setBuddy(self.client_name)
        self.follow_up_on_label.setBuddy(self.follow_up_on)
        self.psychologist_label.setBuddy(self.psychologist)
        self.request_label.setBuddy(self.request)
        self.methods_label.setBuddy(self.methods)
        self.results_label.setBuddy(self.results)
        self.conclusion_label.setBuddy(self.conclusion)
        self.recommendations_label.setBuddy(self.recommendations)
        self.referral_out_label.setBuddy(self.referral_out)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.session_date)
        QWidget.setTabOrder(self.session_date, self.start_time)
        QWidget.setTabOrder(self.start_time, self.duration_min)
        QWidget.setTabOrder(self.duration_min, self.session_type)
        QWidget.setTabOrder(self.session_type, self.requester)
        QWidget.setTabOrder(self.requester, self.client_kind)
        QWidget.setTabOrder(self.client_kind, self.choose_student)
        QWidget.setTabOrder(self.choose_student, self.clear_student)
        QWidget.setTabOrder(self.clear_student, self.client_name)
        QWidget.setTabOrder(self.client_name, self.participants)
        QWidget.setTabOrder(self.participants, self.add_students)
        QWidget.setTabOrder(self.add_students, self.add_parent)
        QWidget.setTabOrder(self.add_parent, self.remove_participant)
        QWidget.setTabOrder(self.remove_participant, self.follow_up_on)
        QWidget.setTabOrder(self.follow_up_on, self.psychologist)
        QWidget.setTabOrder(self.psychologist, self.parent_consent)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Psychologist session", None))
        self.session_date_label.setText(QCoreApplication.translate("SessionDialog", u"&Date", None))
        self.start_time_label.setText(QCoreApplication.translate("SessionDialog", u"Start", None))
        self.start_time.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"HH:MM", None))
        self.duration_min_label.setText(QCoreApplication.translate("SessionDialog", u"Duration", None))
        self.session_type_label.setText(QCoreApplication.translate("SessionDialog", u"T&ype", None))
        self.requester_label.setText(QCoreApplication.translate("SessionDialog", u"Requested &by", None))
        self.client_kind_label.setText(QCoreApplication.translate("SessionDialog", u"&Client", None))
        self.student_id_label.setText(QCoreApplication.translate("SessionDialog", u"Student", None))
        self.choose_student.setText(QCoreApplication.translate("SessionDialog", u"C&hoose\u2026", None))
        self.clear_student.setText(QCoreApplication.translate("SessionDialog", u"Clear", None))
        self.client_name_label.setText(QCoreApplication.translate("SessionDialog", u"&Name", None))
        self.participants_label.setText(QCoreApplication.translate("SessionDialog", u"Participants", None))
        self.add_students.setText(QCoreApplication.translate("SessionDialog", u"&Add students\u2026", None))
        self.add_parent.setText(QCoreApplication.translate("SessionDialog", u"Add &parent", None))
        self.remove_participant.setText(QCoreApplication.translate("SessionDialog", u"Remove", None))
        self.follow_up_on_label.setText(QCoreApplication.translate("SessionDialog", u"&Follow-up on", None))
        self.psychologist_label.setText(QCoreApplication.translate("SessionDialog", u"Psycholo&gist", None))
        self.parent_consent.setText(QCoreApplication.translate("SessionDialog", u"Parent (legal representative) c&onsent on file", None))
        self.risk_group.setTitle(QCoreApplication.translate("SessionDialog", u"Risk screen", None))
        self.risk_suicidal.setText(QCoreApplication.translate("SessionDialog", u"Suicidal thoughts", None))
        self.risk_self_harm.setText(QCoreApplication.translate("SessionDialog", u"Self-harm", None))
        self.risk_abuse.setText(QCoreApplication.translate("SessionDialog", u"Abuse disclosed", None))
        self.risk_bullying.setText(QCoreApplication.translate("SessionDialog", u"Bullying", None))
        self.risk_hint.setText(QCoreApplication.translate("SessionDialog", u"Any ticked risk offers to open an incident when the session is saved.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.session_tab), QCoreApplication.translate("SessionDialog", u"&Session", None))
        self.content_hint.setText(QCoreApplication.translate("SessionDialog", u"Confidential: only the psychologist sees this part. The social pedagogue sees the shareable summary only.", None))
        self.request_label.setText(QCoreApplication.translate("SessionDialog", u"Re&quest", None))
        self.methods_label.setText(QCoreApplication.translate("SessionDialog", u"&Methods", None))
        self.results_label.setText(QCoreApplication.translate("SessionDialog", u"Resu&lts", None))
        self.conclusion_label.setText(QCoreApplication.translate("SessionDialog", u"Conclus&ion", None))
        self.recommendations_label.setText(QCoreApplication.translate("SessionDialog", u"&Recommendations", None))
        self.referral_out_label.setText(QCoreApplication.translate("SessionDialog", u"Referred &to", None))
        self.referral_out.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Other specialists or bodies the client was referred to", None))
        self.tabs.setTabText(self.tabs.indexOf(self.content_tab), QCoreApplication.translate("SessionDialog", u"Cont&ent (psychologist only)", None))
        self.summary_group.setTitle(QCoreApplication.translate("SessionDialog", u"Shareable summary for the social pedagogue", None))
        self.summary_hint.setText(QCoreApplication.translate("SessionDialog", u"The social pedagogue sees the date, type, client and this summary, never the content. Write it in your own words, without details of the conversation.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.summary_tab), QCoreApplication.translate("SessionDialog", u"Shareable s&ummary", None))
    # retranslateUi

