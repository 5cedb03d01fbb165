# Generated from ui/referral_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(820, 760)
        self.main_layout = QVBoxLayout(ReferralDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.top_form = QFormLayout()
        self.top_form.setObjectName(u"top_form")
        self.student_label = QLabel(ReferralDialog)
        self.student_label.setObjectName(u"student_label")

        self.top_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.student_label)

        self.student_layout = QHBoxLayout()
        self.student_layout.setObjectName(u"student_layout")
        self.student = QLabel(ReferralDialog)
        self.student.setObjectName(u"student")

        self.student_layout.addWidget(self.student)

        self.choose_student = QPushButton(ReferralDialog)
        self.choose_student.setObjectName(u"choose_student")

        self.student_layout.addWidget(self.choose_student)

        self.student_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.student_layout.addItem(self.student_spacer)


        self.top_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.student_layout)

        self.kind_label = QLabel(ReferralDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.top_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ReferralDialog)
        self.kind.setObjectName(u"kind")

        self.top_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.organisation_label = QLabel(ReferralDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.top_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation = QComboBox(ReferralDialog)
        self.organisation.setObjectName(u"organisation")

        self.top_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.lang_label = QLabel(ReferralDialog)
        self.lang_label.setObjectName(u"lang_label")

        self.top_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lang_label)

        self.lang = QComboBox(ReferralDialog)
        self.lang.setObjectName(u"lang")

        self.top_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lang)

        self.representative_label = QLabel(ReferralDialog)
        self.representative_label.setObjectName(u"representative_label")

        self.top_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.representative_label)

        self.representative = QComboBox(ReferralDialog)
        self.representative.setObjectName(u"representative")

        self.top_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.representative)

        self.reply_by_label = QLabel(ReferralDialog)
        self.reply_by_label.setObjectName(u"reply_by_label")

        self.top_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reply_by_label)

        self.reply_by = QDateEdit(ReferralDialog)
        self.reply_by.setObjectName(u"reply_by")
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat(u"dd.MM.yyyy")

        self.top_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reply_by)

        self.contact_person_label = QLabel(ReferralDialog)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.top_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person = QLineEdit(ReferralDialog)
        self.contact_person.setObjectName(u"contact_person")

        self.top_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.contact_position_label = QLabel(ReferralDialog)
        self.contact_position_label.setObjectName(u"contact_position_label")

        self.top_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contact_position_label)

        self.contact_position = QLineEdit(ReferralDialog)
        self.contact_position.setObjectName(u"contact_position")

        self.top_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contact_position)

        self.contact_phone_label = QLabel(ReferralDialog)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.top_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone = QLineEdit(ReferralDialog)
        self.contact_phone.setObjectName(u"contact_phone")

        self.top_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contact_phone)


        self.main_layout.addLayout(self.top_form)

        self.tabs = QTabWidget(ReferralDialog)
        self.tabs.setObjectName(u"tabs")
        self.letter_tab = QWidget()
        self.letter_tab.setObjectName(u"letter_tab")
        self.letter_tab_layout = QVBoxLayout(self.letter_tab)
        self.letter_tab_layout.setObjectName(u"letter_tab_layout")
        self.letter_scroll = QScrollArea(self.letter_tab)
        self.letter_scroll.setObjectName(u"letter_scroll")
        self.letter_scroll.setWidgetResizable(True)
        self.letter_inner = QWidget()
        self.letter_inner.setObjectName(u"letter_inner")
        self.letter_form = QFormLayout(self.letter_inner)
        self.letter_form.setObjectName(u"letter_form")
        self.subject_label = QLabel(self.letter_inner)
        self.subject_label.setObjectName(u"subject_label")

        self.letter_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(self.letter_inner)
        self.subject.setObjectName(u"subject")

        self.letter_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subject)

        self.grounds_label = QLabel(self.letter_inner)
        self.grounds_label.setObjectName(u"grounds_label")

        self.letter_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.grounds_label)

        self.grounds = QPlainTextEdit(self.letter_inner)
        self.grounds.setObjectName(u"grounds")
        self.grounds.setMinimumSize(QSize(0, 80))
        self.grounds.setTabChangesFocus(True)

        self.letter_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.grounds)

        self.measures_taken_label = QLabel(self.letter_inner)
        self.measures_taken_label.setObjectName(u"measures_taken_label")

        self.letter_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measures_taken_label)

        self.measures_taken = QPlainTextEdit(self.letter_inner)
        self.measures_taken.setObjectName(u"measures_taken")
        self.measures_taken.setMinimumSize(QSize(0, 80))
        self.measures_taken.setTabChangesFocus(True)

        self.letter_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measures_taken)

        self.request_label = QLabel(self.letter_inner)
        self.request_label.setObjectName(u"request_label")

        self.letter_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.request_label)

        self.request = QPlainTextEdit(self.letter_inner)
        self.request.setObjectName(u"request")
        self.request.setMinimumSize(QSize(0, 60))
        self.request.setTabChangesFocus(True)

        self.letter_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.request)

        self.attachments_label = QLabel(self.letter_inner)
        self.attachments_label.setObjectName(u"attachments_label")

        self.letter_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.attachments_label)

        self.attachments = QPlainTextEdit(self.letter_inner)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMinimumSize(QSize(0, 50))
        self.attachments.setTabChangesFocus(True)

        self.letter_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.attachments)

        self.letter_scroll.setWidget(self.letter_inner)

        self.letter_tab_layout.addWidget(self.letter_scroll)

        self.letter_buttons = QHBoxLayout()
        self.letter_buttons.setObjectName(u"letter_buttons")
        self.use_defaults = QPushButton(self.letter_tab)
        self.use_defaults.setObjectName(u"use_defaults")

        self.letter_buttons.addWidget(self.use_defaults)

        self.fill_measures = QPushButton(self.letter_tab)
        self.fill_measures.setObjectName(u"fill_measures")

        self.letter_buttons.addWidget(self.fill_measures)

        self.letter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letter_buttons.addItem(self.letter_spacer)


        self.letter_tab_layout.addLayout(self.letter_buttons)

        self.tabs.addTab(self.letter_tab, "")
        self.pmpk_tab = QWidget()
        self.pmpk_tab.setObjectName(u"pmpk_tab")
        self.pmpk_tab_layout = QVBoxLayout(self.pmpk_tab)
        self.pmpk_tab_layout.setObjectName(u"pmpk_tab_layout")
        self.pmpk_scroll = QScrollArea(self.pmpk_tab)
        self.pmpk_scroll.setObjectName(u"pmpk_scroll")
        self.pmpk_scroll.setWidgetResizable(True)
        self.pmpk_inner = QWidget()
        self.pmpk_inner.setObjectName(u"pmpk_inner")
        self.pmpk_form = QFormLayout(self.pmpk_inner)
        self.pmpk_form.setObjectName(u"pmpk_form")
        self.profile_teacher_label = QLabel(self.pmpk_inner)
        self.profile_teacher_label.setObjectName(u"profile_teacher_label")

        self.pmpk_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profile_teacher_label)

        self.profile_teacher = QLineEdit(self.pmpk_inner)
        self.profile_teacher.setObjectName(u"profile_teacher")

        self.pmpk_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.profile_teacher)

        self.profile_attendance_label = QLabel(self.pmpk_inner)
        self.profile_attendance_label.setObjectName(u"profile_attendance_label")

        self.pmpk_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profile_attendance_label)

        self.profile_attendance = QPlainTextEdit(self.pmpk_inner)
        self.profile_attendance.setObjectName(u"profile_attendance")
        self.profile_attendance.setMinimumSize(QSize(0, 45))
        self.profile_attendance.setTabChangesFocus(True)

        self.pmpk_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.profile_attendance)

        self.profile_progress_label = QLabel(self.pmpk_inner)
        self.profile_progress_label.setObjectName(u"profile_progress_label")

        self.pmpk_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.profile_progress_label)

        self.profile_progress = QPlainTextEdit(self.pmpk_inner)
        self.profile_progress.setObjectName(u"profile_progress")
        self.profile_progress.setMinimumSize(QSize(0, 45))
        self.profile_progress.setTabChangesFocus(True)

        self.pmpk_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.profile_progress)

        self.profile_behaviour_label = QLabel(self.pmpk_inner)
        self.profile_behaviour_label.setObjectName(u"profile_behaviour_label")

        self.pmpk_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.profile_behaviour_label)

        self.profile_behaviour = QPlainTextEdit(self.pmpk_inner)
        self.profile_behaviour.setObjectName(u"profile_behaviour")
        self.profile_behaviour.setMinimumSize(QSize(0, 45))
        self.profile_behaviour.setTabChangesFocus(True)

        self.pmpk_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.profile_behaviour)

        self.profile_peers_label = QLabel(self.pmpk_inner)
        self.profile_peers_label.setObjectName(u"profile_peers_label")

        self.pmpk_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profile_peers_label)

        self.profile_peers = QPlainTextEdit(self.pmpk_inner)
        self.profile_peers.setObjectName(u"profile_peers")
        self.profile_peers.setMinimumSize(QSize(0, 45))
        self.profile_peers.setTabChangesFocus(True)

        self.pmpk_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profile_peers)

        self.profile_interests_label = QLabel(self.pmpk_inner)
        self.profile_interests_label.setObjectName(u"profile_interests_label")

        self.pmpk_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.profile_interests_label)

        self.profile_interests = QPlainTextEdit(self.pmpk_inner)
        self.profile_interests.setObjectName(u"profile_interests")
        self.profile_interests.setMinimumSize(QSize(0, 45))
        self.profile_interests.setTabChangesFocus(True)

        self.pmpk_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.profile_interests)

        self.profile_difficulties_label = QLabel(self.pmpk_inner)
        self.profile_difficulties_label.setObjectName(u"profile_difficulties_label")

        self.pmpk_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.profile_difficulties_label)

        self.profile_difficulties = QPlainTextEdit(self.pmpk_inner)
        self.profile_difficulties.setObjectName(u"profile_difficulties")
        self.profile_difficulties.setMinimumSize(QSize(0, 45))
        self.profile_difficulties.setTabChangesFocus(True)

        self.pmpk_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.profile_difficulties)

        self.profile_conclusion_label = QLabel(self.pmpk_inner)
        self.profile_conclusion_label.setObjectName(u"profile_conclusion_label")

        self.pmpk_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.profile_conclusion_label)

        self.profile_conclusion = QPlainTextEdit(self.pmpk_inner)
        self.profile_conclusion.setObjectName(u"profile_conclusion")
        self.profile_conclusion.setMinimumSize(QSize(0, 45))
        self.profile_conclusion.setTabChangesFocus(True)

        self.pmpk_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.profile_conclusion)

        self.report_dates_label = QLabel(self.pmpk_inner)
        self.report_dates_label.setObjectName(u"report_dates_label")

        self.pmpk_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.report_dates_label)

        self.report_dates = QLineEdit(self.pmpk_inner)
        self.report_dates.setObjectName(u"report_dates")

        self.pmpk_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.report_dates)

        self.report_methods_label = QLabel(self.pmpk_inner)
        self.report_methods_label.setObjectName(u"report_methods_label")

        self.pmpk_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.report_methods_label)

        self.report_methods = QPlainTextEdit(self.pmpk_inner)
        self.report_methods.setObjectName(u"report_methods")
        self.report_methods.setMinimumSize(QSize(0, 45))
        self.report_methods.setTabChangesFocus(True)

        self.pmpk_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.report_methods)

        self.report_results_label = QLabel(self.pmpk_inner)
        self.report_results_label.setObjectName(u"report_results_label")

        self.pmpk_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.report_results_label)

        self.report_results = QPlainTextEdit(self.pmpk_inner)
        self.report_results.setObjectName(u"report_results")
        self.report_results.setMinimumSize(QSize(0, 45))
        self.report_results.setTabChangesFocus(True)

        self.pmpk_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.report_results)

        self.report_conclusion_label = QLabel(self.pmpk_inner)
        self.report_conclusion_label.setObjectName(u"report_conclusion_label")

        self.pmpk_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.report_conclusion_label)

        self.report_conclusion = QPlainTextEdit(self.pmpk_inner)
        self.report_conclusion.setObjectName(u"report_conclusion")
        self.report_conclusion.setMinimumSize(QSize(0, 45))
        self.report_conclusion.setTabChangesFocus(True)

        self.pmpk_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.report_conclusion)

        self.report_recommendations_label = QLabel(self.pmpk_inner)
        self.report_recommendations_label.setObjectName(u"report_recommendations_label")

        self.pmpk_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.report_recommendations_label)

        self.report_recommendations = QPlainTextEdit(self.pmpk_inner)
        self.report_recommendations.setObjectName(u"report_recommendations")
        self.report_recommendations.setMinimumSize(QSize(0, 45))
        self.report_recommendations.setTabChangesFocus(True)

        self.pmpk_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.report_recommendations)

        self.report_psychologist_label = QLabel(self.pmpk_inner)
        self.report_psychologist_label.setObjectName(u"report_psychologist_label")

        self.pmpk_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.report_psychologist_label)

        self.report_psychologist = QLineEdit(self.pmpk_inner)
        self.report_psychologist.setObjectName(u"report_psychologist")

        self.pmpk_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.report_psychologist)

        self.pmpk_scroll.setWidget(self.pmpk_inner)

        self.pmpk_tab_layout.addWidget(self.pmpk_scroll)

        self.tabs.addTab(self.pmpk_tab, "")
        self.status_tab = QWidget()
        self.status_tab.setObjectName(u"status_tab")
        self.status_form = QFormLayout(self.status_tab)
        self.status_form.setObjectName(u"status_form")
        self.letter_info = QLabel(self.status_tab)
        self.letter_info.setObjectName(u"letter_info")
        self.letter_info.setWordWrap(True)

        self.status_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.letter_info)

        self.sent_on_label = QLabel(self.status_tab)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.status_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on = QDateEdit(self.status_tab)
        self.sent_on.setObjectName(u"sent_on")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat(u"dd.MM.yyyy")

        self.status_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sent_on)

        self.sent_how_label = QLabel(self.status_tab)
        self.sent_how_label.setObjectName(u"sent_how_label")

        self.status_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sent_how_label)

        self.sent_how = QComboBox(self.status_tab)
        self.sent_how.setObjectName(u"sent_how")
        self.sent_how.setEditable(True)

        self.status_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sent_how)

        self.save_sent = QPushButton(self.status_tab)
        self.save_sent.setObjectName(u"save_sent")

        self.status_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.save_sent)

        self.reply_no_label = QLabel(self.status_tab)
        self.reply_no_label.setObjectName(u"reply_no_label")

        self.status_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reply_no_label)

        self.reply_no = QLineEdit(self.status_tab)
        self.reply_no.setObjectName(u"reply_no")

        self.status_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reply_no)

        self.reply_date_label = QLabel(self.status_tab)
        self.reply_date_label.setObjectName(u"reply_date_label")

        self.status_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reply_date_label)

        self.reply_date = QDateEdit(self.status_tab)
        self.reply_date.setObjectName(u"reply_date")
        self.reply_date.setCalendarPopup(True)
        self.reply_date.setDisplayFormat(u"dd.MM.yyyy")

        self.status_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reply_date)

        self.outcome_label = QLabel(self.status_tab)
        self.outcome_label.setObjectName(u"outcome_label")

        self.status_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.status_tab)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setMinimumSize(QSize(0, 60))
        self.outcome.setTabChangesFocus(True)

        self.status_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.save_reply = QPushButton(self.status_tab)
        self.save_reply.setObjectName(u"save_reply")

        self.status_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.save_reply)

        self.tabs.addTab(self.status_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status = QLabel(ReferralDialog)
        self.status.setObjectName(u"status")

        self.bottom_layout.addWidget(self.status)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.preview = QPushButton(ReferralDialog)
        self.preview.setObjectName(u"preview")

        self.bottom_layout.addWidget(self.preview)

        self.issue = QPushButton(ReferralDialog)
        self.issue.setObjectName(u"issue")

        self.bottom_layout.addWidget(self.issue)

        self.button_box = QDialogButtonBox(ReferralDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottom_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.organisation_label.setBuddy(self.organisation)
        self.lang_label.setBuddy(self.lang)
        self.representative_label.setBuddy(self.representative)
        self.reply_by_label.setBuddy(self.reply_by)
        self.contact_person_label.setBuddy(self.contact_person)
        self.contact_position_label.setBuddy(self.contact_position)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.subject_label.setBuddy(self.subject)
        self.grounds_label.setBuddy(self.grounds)
        self.measures_taken_label.setBuddy(self.measures_taken)
        self.request_label.setBuddy(self.request)
        self.attachments_label.setBuddy(self.attachments)
        self.profile_teacher_label.setBuddy(self.profile_teacher)
        self.profile_attendance_label.setBuddy(self.profile_attendance)
        self.profile_progress_label.setBuddy(self.profile_progress)
        self.profile_behaviour_label.setBuddy(self.profile_behaviour)
        self.profile_peers_label.setBuddy(self.profile_peers)
        self.profile_interests_label.setBuddy(self.profile_interests)
        self.profile_difficulties_label.setBuddy(self.profile_difficulties)
        self.profile_conclusion_label.setBuddy(self.profile_conclusion)
        self.report_dates_label.setBuddy(self.report_dates)
        self.report_methods_label.setBuddy(self.report_methods)
        self.report_results_label.setBuddy(self.report_results)
        self.report_conclusion_label.setBuddy(self.report_conclusion)
        self.report_recommendations_label.setBuddy(self.report_recommendations)
        self.report_psychologist_label.setBuddy(self.report_psychologist)
        self.sent_on_label.setBuddy(self.sent_on)
        self.sent_how_label.setBuddy(self.sent_how)
        self.reply_no_label.setBuddy(self.reply_no)
        self.reply_date_label.setBuddy(self.reply_date)
        self.outcome_label.setBuddy(self.outcome)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        self.student_label.setText(QCoreApplication.translate("ReferralDialog", u"Student:", None))
        self.choose_student.setText(QCoreApplication.translate("ReferralDialog", u"C&hoose\u2026", None))
        self.kind_label.setText(QCoreApplication.translate("ReferralDialog", u"&Kind:", None))
        self.organisation_label.setText(QCoreApplication.translate("ReferralDialog", u"&Addressee:", None))
        self.lang_label.setText(QCoreApplication.translate("ReferralDialog", u"Letter &language:", None))
        self.representative_label.setText(QCoreApplication.translate("ReferralDialog", u"Legal &representative:", None))
        self.reply_by_label.setText(QCoreApplication.translate("ReferralDialog", u"Reply &by:", None))
        self.contact_person_label.setText(QCoreApplication.translate("ReferralDialog", u"Contact &person:", None))
        self.contact_position_label.setText(QCoreApplication.translate("ReferralDialog", u"Contact's posi&tion:", None))
        self.contact_phone_label.setText(QCoreApplication.translate("ReferralDialog", u"Contact's phon&e:", None))
        self.subject_label.setText(QCoreApplication.translate("ReferralDialog", u"&Subject:", None))
        self.grounds_label.setText(QCoreApplication.translate("ReferralDialog", u"&Grounds and history:", None))
        self.measures_taken_label.setText(QCoreApplication.translate("ReferralDialog", u"&Measures taken (one per line):", None))
        self.request_label.setText(QCoreApplication.translate("ReferralDialog", u"Re&quest:", None))
        self.attachments_label.setText(QCoreApplication.translate("ReferralDialog", u"Atta&chments (one per line):", None))
        self.use_defaults.setText(QCoreApplication.translate("ReferralDialog", u"Standard te&xt", None))
        self.fill_measures.setText(QCoreApplication.translate("ReferralDialog", u"&Fill measures from the records", None))
        self.tabs.setTabText(self.tabs.indexOf(self.letter_tab), QCoreApplication.translate("ReferralDialog", u"Letter", None))
        self.profile_teacher_label.setText(QCoreApplication.translate("ReferralDialog", u"Class teacher:", None))
        self.profile_attendance_label.setText(QCoreApplication.translate("ReferralDialog", u"Attendance:", None))
        self.profile_progress_label.setText(QCoreApplication.translate("ReferralDialog", u"Academic progress:", None))
        self.profile_behaviour_label.setText(QCoreApplication.translate("ReferralDialog", u"Behaviour:", None))
        self.profile_peers_label.setText(QCoreApplication.translate("ReferralDialog", u"Relations with peers:", None))
        self.profile_interests_label.setText(QCoreApplication.translate("ReferralDialog", u"Interests:", None))
        self.profile_difficulties_label.setText(QCoreApplication.translate("ReferralDialog", u"Difficulties observed:", None))
        self.profile_conclusion_label.setText(QCoreApplication.translate("ReferralDialog", u"Teacher's conclusion:", None))
        self.report_dates_label.setText(QCoreApplication.translate("ReferralDialog", u"Examined on:", None))
        self.report_methods_label.setText(QCoreApplication.translate("ReferralDialog", u"Methods:", None))
        self.report_results_label.setText(QCoreApplication.translate("ReferralDialog", u"Results:", None))
        self.report_conclusion_label.setText(QCoreApplication.translate("ReferralDialog", u"Psychologist's conclusion:", None))
        self.report_recommendations_label.setText(QCoreApplication.translate("ReferralDialog", u"Recommendations:", None))
        self.report_psychologist_label.setText(QCoreApplication.translate("ReferralDialog", u"Psychologist:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pmpk_tab), QCoreApplication.translate("ReferralDialog", u"PMPK documents", None))
        self.sent_on_label.setText(QCoreApplication.translate("ReferralDialog", u"Sent &on:", None))
        self.sent_how_label.setText(QCoreApplication.translate("ReferralDialog", u"Sent ho&w:", None))
        self.save_sent.setText(QCoreApplication.translate("ReferralDialog", u"Record the sen&ding", None))
        self.reply_no_label.setText(QCoreApplication.translate("ReferralDialog", u"Reply &No.:", None))
        self.reply_date_label.setText(QCoreApplication.translate("ReferralDialog", u"Repl&y date:", None))
        self.outcome_label.setText(QCoreApplication.translate("ReferralDialog", u"O&utcome:", None))
        self.save_reply.setText(QCoreApplication.translate("ReferralDialog", u"Re&cord the reply", None))
        self.tabs.setTabText(self.tabs.indexOf(self.status_tab), QCoreApplication.translate("ReferralDialog", u"Sending and reply", None))
        self.preview.setText(QCoreApplication.translate("ReferralDialog", u"Pre&view\u2026", None))
        self.issue.setText(QCoreApplication.translate("ReferralDialog", u"&Issue the letter\u2026", None))
        pass
    # retranslateUi

