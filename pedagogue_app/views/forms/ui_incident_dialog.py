# Generated from ui/incident_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(960, 640)
        self.main_layout = QVBoxLayout(IncidentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.restricted_note = QLabel(IncidentDialog)
        self.restricted_note.setObjectName(u"restricted_note")
        self.restricted_note.setWordWrap(True)

        self.main_layout.addWidget(self.restricted_note)

        self.tabs = QTabWidget(IncidentDialog)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_form = QFormLayout(self.general_tab)
        self.general_form.setObjectName(u"general_form")
        self.general_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.incident_type_label = QLabel(self.general_tab)
        self.incident_type_label.setObjectName(u"incident_type_label")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.incident_type_label)

        self.incident_type = QComboBox(self.general_tab)
        self.incident_type.setObjectName(u"incident_type")

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.incident_type)

        self.occurred_at_label = QLabel(self.general_tab)
        self.occurred_at_label.setObjectName(u"occurred_at_label")

        self.general_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurred_at_label)

        self.occurred_at = QDateTimeEdit(self.general_tab)
        self.occurred_at.setObjectName(u"occurred_at")
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurred_at)

        self.reported_at_label = QLabel(self.general_tab)
        self.reported_at_label.setObjectName(u"reported_at_label")

        self.general_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reported_at_label)

        self.reported_at = QDateTimeEdit(self.general_tab)
        self.reported_at.setObjectName(u"reported_at")
        self.reported_at.setCalendarPopup(True)
        self.reported_at.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.general_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reported_at)

        self.reporter_label = QLabel(self.general_tab)
        self.reporter_label.setObjectName(u"reporter_label")

        self.general_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reporter_label)

        self.reporter = QLineEdit(self.general_tab)
        self.reporter.setObjectName(u"reporter")

        self.general_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporter)

        self.place_label = QLabel(self.general_tab)
        self.place_label.setObjectName(u"place_label")

        self.general_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(self.general_tab)
        self.place.setObjectName(u"place")

        self.general_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.adult_involved_label = QLabel(self.general_tab)
        self.adult_involved_label.setObjectName(u"adult_involved_label")

        self.general_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.adult_involved_label)

        self.adult_involved = QLineEdit(self.general_tab)
        self.adult_involved.setObjectName(u"adult_involved")

        self.general_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adult_involved)

        self.adult_relation_label = QLabel(self.general_tab)
        self.adult_relation_label.setObjectName(u"adult_relation_label")

        self.general_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.adult_relation_label)

        self.adult_relation = QComboBox(self.general_tab)
        self.adult_relation.setObjectName(u"adult_relation")
        self.adult_relation.setEditable(True)

        self.general_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.adult_relation)

        self.source_session = QLabel(self.general_tab)
        self.source_session.setObjectName(u"source_session")
        self.source_session.setWordWrap(True)

        self.general_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.source_session)

        self.tabs.addTab(self.general_tab, "")
        self.children_tab = QWidget()
        self.children_tab.setObjectName(u"children_tab")
        self.children_layout = QVBoxLayout(self.children_tab)
        self.children_layout.setObjectName(u"children_layout")
        self.participants = QTableWidget(self.children_tab)
        self.participants.setObjectName(u"participants")

        self.children_layout.addWidget(self.participants)

        self.participants_hint = QLabel(self.children_tab)
        self.participants_hint.setObjectName(u"participants_hint")
        self.participants_hint.setWordWrap(True)

        self.children_layout.addWidget(self.participants_hint)

        self.participants_buttons = QHBoxLayout()
        self.participants_buttons.setObjectName(u"participants_buttons")
        self.add_student = QPushButton(self.children_tab)
        self.add_student.setObjectName(u"add_student")

        self.participants_buttons.addWidget(self.add_student)

        self.add_other = QPushButton(self.children_tab)
        self.add_other.setObjectName(u"add_other")

        self.participants_buttons.addWidget(self.add_other)

        self.remove_participant = QPushButton(self.children_tab)
        self.remove_participant.setObjectName(u"remove_participant")

        self.participants_buttons.addWidget(self.remove_participant)

        self.participants_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participants_buttons.addItem(self.participants_spacer)


        self.children_layout.addLayout(self.participants_buttons)

        self.tabs.addTab(self.children_tab, "")
        self.account_tab = QWidget()
        self.account_tab.setObjectName(u"account_tab")
        self.account_form = QFormLayout(self.account_tab)
        self.account_form.setObjectName(u"account_form")
        self.account_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.narrative_label = QLabel(self.account_tab)
        self.narrative_label.setObjectName(u"narrative_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.narrative_label)

        self.narrative = QPlainTextEdit(self.account_tab)
        self.narrative.setObjectName(u"narrative")
        self.narrative.setTabChangesFocus(True)

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.narrative)

        self.child_words_label = QLabel(self.account_tab)
        self.child_words_label.setObjectName(u"child_words_label")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.child_words_label)

        self.child_words = QPlainTextEdit(self.account_tab)
        self.child_words.setObjectName(u"child_words")
        self.child_words.setTabChangesFocus(True)
        self.child_words.setMaximumSize(QSize(16777215, 110))

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.child_words)

        self.injuries_label = QLabel(self.account_tab)
        self.injuries_label.setObjectName(u"injuries_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.injuries_label)

        self.injuries = QPlainTextEdit(self.account_tab)
        self.injuries.setObjectName(u"injuries")
        self.injuries.setTabChangesFocus(True)
        self.injuries.setMaximumSize(QSize(16777215, 80))

        self.account_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.injuries)

        self.tabs.addTab(self.account_tab, "")
        self.response_tab = QWidget()
        self.response_tab.setObjectName(u"response_tab")
        self.response_layout = QVBoxLayout(self.response_tab)
        self.response_layout.setObjectName(u"response_layout")
        self.steps = QTableWidget(self.response_tab)
        self.steps.setObjectName(u"steps")

        self.response_layout.addWidget(self.steps)

        self.steps_hint = QLabel(self.response_tab)
        self.steps_hint.setObjectName(u"steps_hint")
        self.steps_hint.setWordWrap(True)

        self.response_layout.addWidget(self.steps_hint)

        self.steps_buttons = QHBoxLayout()
        self.steps_buttons.setObjectName(u"steps_buttons")
        self.add_step = QPushButton(self.response_tab)
        self.add_step.setObjectName(u"add_step")

        self.steps_buttons.addWidget(self.add_step)

        self.remove_step = QPushButton(self.response_tab)
        self.remove_step.setObjectName(u"remove_step")

        self.steps_buttons.addWidget(self.remove_step)

        self.steps_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.steps_buttons.addItem(self.steps_spacer)


        self.response_layout.addLayout(self.steps_buttons)

        self.tabs.addTab(self.response_tab, "")
        self.closure_tab = QWidget()
        self.closure_tab.setObjectName(u"closure_tab")
        self.closure_form = QFormLayout(self.closure_tab)
        self.closure_form.setObjectName(u"closure_form")
        self.closure_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.follow_up_label = QLabel(self.closure_tab)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.closure_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.follow_up_label)

        self.follow_up = QPlainTextEdit(self.closure_tab)
        self.follow_up.setObjectName(u"follow_up")
        self.follow_up.setTabChangesFocus(True)

        self.closure_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.follow_up)

        self.status_label = QLabel(self.closure_tab)
        self.status_label.setObjectName(u"status_label")

        self.closure_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.closure_tab)
        self.status.setObjectName(u"status")

        self.closure_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.closed_on_label = QLabel(self.closure_tab)
        self.closed_on_label.setObjectName(u"closed_on_label")

        self.closure_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closed_on_label)

        self.closed_on = QDateEdit(self.closure_tab)
        self.closed_on.setObjectName(u"closed_on")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat(u"dd.MM.yyyy")

        self.closure_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closed_on)

        self.closure_note_label = QLabel(self.closure_tab)
        self.closure_note_label.setObjectName(u"closure_note_label")

        self.closure_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closure_note_label)

        self.closure_note = QPlainTextEdit(self.closure_tab)
        self.closure_note.setObjectName(u"closure_note")
        self.closure_note.setTabChangesFocus(True)
        self.closure_note.setMaximumSize(QSize(16777215, 110))

        self.closure_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closure_note)

        self.tabs.addTab(self.closure_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(IncidentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.incident_type_label.setBuddy(self.incident_type)
        self.occurred_at_label.setBuddy(self.occurred_at)
        self.reported_at_label.setBuddy(self.reported_at)
        self.reporter_label.setBuddy(self.reporter)
        self.place_label.setBuddy(self.place)
        self.adult_involved_label.setBuddy(self.adult_involved)
        self.adult_relation_label.setBuddy(self.adult_relation)
        self.narrative_label.setBuddy(self.narrative)
        self.child_words_label.setBuddy(self.child_words)
        self.injuries_label.setBuddy(self.injuries)
        self.follow_up_label.setBuddy(self.follow_up)
        self.status_label.setBuddy(self.status)
        self.closed_on_label.setBuddy(self.closed_on)
        self.closure_note_label.setBuddy(self.closure_note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.incident_type)
        QWidget.setTabOrder(self.incident_type, self.occurred_at)
        QWidget.setTabOrder(self.occurred_at, self.reported_at)
        QWidget.setTabOrder(self.reported_at, self.reporter)
        QWidget.setTabOrder(self.reporter, self.place)
        QWidget.setTabOrder(self.place, self.adult_involved)
        QWidget.setTabOrder(self.adult_involved, self.adult_relation)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Incident", None))
        self.restricted_note.setText(QCoreApplication.translate("IncidentDialog", u"Restricted record: facts only, shown to authorised staff.", None))
        self.incident_type_label.setText(QCoreApplication.translate("IncidentDialog", u"&Type", None))
        self.occurred_at_label.setText(QCoreApplication.translate("IncidentDialog", u"&Happened", None))
        self.reported_at_label.setText(QCoreApplication.translate("IncidentDialog", u"Reported to the &school", None))
        self.reporter_label.setText(QCoreApplication.translate("IncidentDialog", u"Reported &by", None))
        self.reporter.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"name and position, e.g. class teacher of 5\u0410", None))
        self.place_label.setText(QCoreApplication.translate("IncidentDialog", u"&Place", None))
        self.place.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"e.g. classroom 204, school yard, class chat", None))
        self.adult_involved_label.setText(QCoreApplication.translate("IncidentDialog", u"A&dult involved", None))
        self.adult_involved.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"name, only if an adult took part", None))
        self.adult_relation_label.setText(QCoreApplication.translate("IncidentDialog", u"Adult's re&lation to the child", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("IncidentDialog", u"&General", None))
        self.participants_hint.setText(QCoreApplication.translate("IncidentDialog", u"Each child once, with a role. A child of another school: add a row and type the name.", None))
        self.add_student.setText(QCoreApplication.translate("IncidentDialog", u"Add &student\u2026", None))
        self.add_other.setText(QCoreApplication.translate("IncidentDialog", u"Add child of &another school", None))
        self.remove_participant.setText(QCoreApplication.translate("IncidentDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.children_tab), QCoreApplication.translate("IncidentDialog", u"&Children", None))
        self.narrative_label.setText(QCoreApplication.translate("IncidentDialog", u"What &happened", None))
        self.narrative.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Facts only: who, what, when and where, as seen or as told. No judgements or diagnoses.", None))
        self.child_words_label.setText(QCoreApplication.translate("IncidentDialog", u"The child's own &words", None))
        self.child_words.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Word for word, in quotation marks", None))
        self.injuries_label.setText(QCoreApplication.translate("IncidentDialog", u"&Injuries", None))
        self.injuries.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"What was seen, and by whom; none if none", None))
        self.tabs.setTabText(self.tabs.indexOf(self.account_tab), QCoreApplication.translate("IncidentDialog", u"&Account", None))
        self.steps_hint.setText(QCoreApplication.translate("IncidentDialog", u"Tick a step when it is done: your name and the time are filled in and can be corrected (DD.MM.YYYY HH:MM). A step that does not apply: tick \u201cN/A\u201d and write why in the note.", None))
        self.add_step.setText(QCoreApplication.translate("IncidentDialog", u"Add &step", None))
        self.remove_step.setText(QCoreApplication.translate("IncidentDialog", u"Remove st&ep", None))
        self.tabs.setTabText(self.tabs.indexOf(self.response_tab), QCoreApplication.translate("IncidentDialog", u"&Response", None))
        self.follow_up_label.setText(QCoreApplication.translate("IncidentDialog", u"&Follow-up", None))
        self.follow_up.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Further work planned with the children and the family", None))
        self.status_label.setText(QCoreApplication.translate("IncidentDialog", u"&Status", None))
        self.closed_on_label.setText(QCoreApplication.translate("IncidentDialog", u"Closed o&n", None))
        self.closure_note_label.setText(QCoreApplication.translate("IncidentDialog", u"Closure no&te", None))
        self.closure_note.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"The outcome, and why the case can be closed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.closure_tab), QCoreApplication.translate("IncidentDialog", u"Follow-up and cl&osure", None))
    # retranslateUi

