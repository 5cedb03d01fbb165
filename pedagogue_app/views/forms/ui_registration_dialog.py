# Generated from ui/registration_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RegistrationDialog(object):
    def setupUi(self, RegistrationDialog):
        if not RegistrationDialog.objectName():
            RegistrationDialog.setObjectName(u"RegistrationDialog")
        RegistrationDialog.resize(960, 640)
        self.main_layout = QVBoxLayout(RegistrationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.subject_layout = QHBoxLayout()
        self.subject_layout.setObjectName(u"subject_layout")
        self.subject_caption = QLabel(RegistrationDialog)
        self.subject_caption.setObjectName(u"subject_caption")

        self.subject_layout.addWidget(self.subject_caption)

        self.subject = QLabel(RegistrationDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.subject_layout.addWidget(self.subject)

        self.subject_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subject_layout.addItem(self.subject_spacer)

        self.choose_student = QPushButton(RegistrationDialog)
        self.choose_student.setObjectName(u"choose_student")

        self.subject_layout.addWidget(self.choose_student)

        self.choose_family = QPushButton(RegistrationDialog)
        self.choose_family.setObjectName(u"choose_family")

        self.subject_layout.addWidget(self.choose_family)


        self.main_layout.addLayout(self.subject_layout)

        self.restricted_note = QLabel(RegistrationDialog)
        self.restricted_note.setObjectName(u"restricted_note")
        self.restricted_note.setWordWrap(True)

        self.main_layout.addWidget(self.restricted_note)

        self.tabs = QTabWidget(RegistrationDialog)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QHBoxLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(self.general_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.general_tab)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.ground_label = QLabel(self.general_tab)
        self.ground_label.setObjectName(u"ground_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ground_label)

        self.ground = QComboBox(self.general_tab)
        self.ground.setObjectName(u"ground")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ground)

        self.start_date_label = QLabel(self.general_tab)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = QDateEdit(self.general_tab)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setMaximumSize(QSize(130, 16777215))
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.protocol_no_label = QLabel(self.general_tab)
        self.protocol_no_label.setObjectName(u"protocol_no_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.protocol_no_label)

        self.protocol_layout = QHBoxLayout()
        self.protocol_layout.setObjectName(u"protocol_layout")
        self.protocol_no = QLineEdit(self.general_tab)
        self.protocol_no.setObjectName(u"protocol_no")
        self.protocol_no.setMaximumSize(QSize(140, 16777215))

        self.protocol_layout.addWidget(self.protocol_no)

        self.protocol_date_label = QLabel(self.general_tab)
        self.protocol_date_label.setObjectName(u"protocol_date_label")

        self.protocol_layout.addWidget(self.protocol_date_label)

        self.protocol_date = QDateEdit(self.general_tab)
        self.protocol_date.setObjectName(u"protocol_date")
        self.protocol_date.setMaximumSize(QSize(130, 16777215))
        self.protocol_date.setCalendarPopup(True)
        self.protocol_date.setDisplayFormat(u"dd.MM.yyyy")

        self.protocol_layout.addWidget(self.protocol_date)

        self.protocol_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.protocol_layout.addItem(self.protocol_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.protocol_layout)

        self.initiator_label = QLabel(self.general_tab)
        self.initiator_label.setObjectName(u"initiator_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.initiator_label)

        self.initiator = QLineEdit(self.general_tab)
        self.initiator.setObjectName(u"initiator")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.initiator)

        self.parents_informed_on_label = QLabel(self.general_tab)
        self.parents_informed_on_label.setObjectName(u"parents_informed_on_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.parents_informed_on_label)

        self.parents_informed_on = QDateEdit(self.general_tab)
        self.parents_informed_on.setObjectName(u"parents_informed_on")
        self.parents_informed_on.setMaximumSize(QSize(130, 16777215))
        self.parents_informed_on.setCalendarPopup(True)
        self.parents_informed_on.setDisplayFormat(u"dd.MM.yyyy")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.parents_informed_on)

        self.curator_label = QLabel(self.general_tab)
        self.curator_label.setObjectName(u"curator_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.curator_label)

        self.curator = QLineEdit(self.general_tab)
        self.curator.setObjectName(u"curator")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.curator)

        self.responsible_label = QLabel(self.general_tab)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible = QLineEdit(self.general_tab)
        self.responsible.setObjectName(u"responsible")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.notes_label = QLabel(self.general_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.general_tab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.general_layout.addLayout(self.form_layout)

        self.side_layout = QVBoxLayout()
        self.side_layout.setObjectName(u"side_layout")
        self.removal_group = QGroupBox(self.general_tab)
        self.removal_group.setObjectName(u"removal_group")
        self.removal_form = QFormLayout(self.removal_group)
        self.removal_form.setObjectName(u"removal_form")
        self.removal_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.removed_on_label = QLabel(self.removal_group)
        self.removed_on_label.setObjectName(u"removed_on_label")

        self.removal_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.removed_on_label)

        self.removed_on = QDateEdit(self.removal_group)
        self.removed_on.setObjectName(u"removed_on")
        self.removed_on.setMaximumSize(QSize(130, 16777215))
        self.removed_on.setCalendarPopup(True)
        self.removed_on.setDisplayFormat(u"dd.MM.yyyy")

        self.removal_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.removed_on)

        self.removal_reason_label = QLabel(self.removal_group)
        self.removal_reason_label.setObjectName(u"removal_reason_label")

        self.removal_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.removal_reason_label)

        self.removal_reason = QComboBox(self.removal_group)
        self.removal_reason.setObjectName(u"removal_reason")

        self.removal_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.removal_reason)

        self.removal_protocol_no_label = QLabel(self.removal_group)
        self.removal_protocol_no_label.setObjectName(u"removal_protocol_no_label")

        self.removal_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.removal_protocol_no_label)

        self.removal_protocol_no = QLineEdit(self.removal_group)
        self.removal_protocol_no.setObjectName(u"removal_protocol_no")

        self.removal_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.removal_protocol_no)

        self.removal_hint = QLabel(self.removal_group)
        self.removal_hint.setObjectName(u"removal_hint")
        self.removal_hint.setWordWrap(True)

        self.removal_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.removal_hint)


        self.side_layout.addWidget(self.removal_group)

        self.side_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side_layout.addItem(self.side_spacer)


        self.general_layout.addLayout(self.side_layout)

        self.general_layout.setStretch(0, 5)
        self.general_layout.setStretch(1, 3)
        self.tabs.addTab(self.general_tab, "")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_layout = QVBoxLayout(self.plan_tab)
        self.plan_layout.setObjectName(u"plan_layout")
        self.measures = QTableWidget(self.plan_tab)
        self.measures.setObjectName(u"measures")

        self.plan_layout.addWidget(self.measures)

        self.measures_hint = QLabel(self.plan_tab)
        self.measures_hint.setObjectName(u"measures_hint")
        self.measures_hint.setWordWrap(True)

        self.plan_layout.addWidget(self.measures_hint)

        self.measures_buttons = QHBoxLayout()
        self.measures_buttons.setObjectName(u"measures_buttons")
        self.add_measure = QPushButton(self.plan_tab)
        self.add_measure.setObjectName(u"add_measure")

        self.measures_buttons.addWidget(self.add_measure)

        self.remove_measure = QPushButton(self.plan_tab)
        self.remove_measure.setObjectName(u"remove_measure")

        self.measures_buttons.addWidget(self.remove_measure)

        self.measures_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measures_buttons.addItem(self.measures_spacer)


        self.plan_layout.addLayout(self.measures_buttons)

        self.tabs.addTab(self.plan_tab, "")
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

        self.button_box = QDialogButtonBox(RegistrationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.ground_label.setBuddy(self.ground)
        self.start_date_label.setBuddy(self.start_date)
        self.protocol_no_label.setBuddy(self.protocol_no)
        self.protocol_date_label.setBuddy(self.protocol_date)
        self.initiator_label.setBuddy(self.initiator)
        self.parents_informed_on_label.setBuddy(self.parents_informed_on)
        self.curator_label.setBuddy(self.curator)
        self.responsible_label.setBuddy(self.responsible)
        self.notes_label.setBuddy(self.notes)
        self.removed_on_label.setBuddy(self.removed_on)
        self.removal_reason_label.setBuddy(self.removal_reason)
        self.removal_protocol_no_label.setBuddy(self.removal_protocol_no)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.kind)
        QWidget.setTabOrder(self.kind, self.ground)
        QWidget.setTabOrder(self.ground, self.start_date)
        QWidget.setTabOrder(self.start_date, self.protocol_no)
        QWidget.setTabOrder(self.protocol_no, self.protocol_date)
        QWidget.setTabOrder(self.protocol_date, self.initiator)
        QWidget.setTabOrder(self.initiator, self.parents_informed_on)
        QWidget.setTabOrder(self.parents_informed_on, self.curator)
        QWidget.setTabOrder(self.curator, self.responsible)
        QWidget.setTabOrder(self.responsible, self.notes)
        QWidget.setTabOrder(self.notes, self.removed_on)
        QWidget.setTabOrder(self.removed_on, self.removal_reason)
        QWidget.setTabOrder(self.removal_reason, self.removal_protocol_no)

        self.retranslateUi(RegistrationDialog)

        QMetaObject.connectSlotsByName(RegistrationDialog)
    # setupUi

    def retranslateUi(self, RegistrationDialog):
        RegistrationDialog.setWindowTitle(QCoreApplication.translate("RegistrationDialog", u"Register entry", None))
        self.subject_caption.setText(QCoreApplication.translate("RegistrationDialog", u"Child or family:", None))
        self.choose_student.setText(QCoreApplication.translate("RegistrationDialog", u"Choose &child\u2026", None))
        self.choose_family.setText(QCoreApplication.translate("RegistrationDialog", u"Choose fa&mily\u2026", None))
        self.restricted_note.setText(QCoreApplication.translate("RegistrationDialog", u"Restricted ground: share this entry only with the specialists who work on the case.", None))
        self.kind_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Register", None))
        self.ground_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Ground", None))
        self.start_date_label.setText(QCoreApplication.translate("RegistrationDialog", u"On the register &since", None))
        self.protocol_no_label.setText(QCoreApplication.translate("RegistrationDialog", u"Council protocol &No.", None))
        self.protocol_date_label.setText(QCoreApplication.translate("RegistrationDialog", u"&dated", None))
        self.initiator_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Initiator", None))
        self.initiator.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"who asked for the registration: class teacher, parents, \u041e\u042e\u041f\u2026", None))
        self.parents_informed_on_label.setText(QCoreApplication.translate("RegistrationDialog", u"Parents in&formed on", None))
        self.curator_label.setText(QCoreApplication.translate("RegistrationDialog", u"C&urator", None))
        self.responsible_label.setText(QCoreApplication.translate("RegistrationDialog", u"Responsi&ble specialists", None))
        self.notes_label.setText(QCoreApplication.translate("RegistrationDialog", u"No&tes", None))
        self.removal_group.setTitle(QCoreApplication.translate("RegistrationDialog", u"Removal from the register", None))
        self.removed_on_label.setText(QCoreApplication.translate("RegistrationDialog", u"Removed &on", None))
        self.removal_reason_label.setText(QCoreApplication.translate("RegistrationDialog", u"Re&ason", None))
        self.removal_protocol_no_label.setText(QCoreApplication.translate("RegistrationDialog", u"Protoco&l No.", None))
        self.removal_hint.setText(QCoreApplication.translate("RegistrationDialog", u"Fill in only when the child is taken off this register; the entry and its plan stay in the history.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("RegistrationDialog", u"&Entry", None))
        self.measures_hint.setText(QCoreApplication.translate("RegistrationDialog", u"Deadlines as DD.MM.YYYY. A measure marked done needs its result.", None))
        self.add_measure.setText(QCoreApplication.translate("RegistrationDialog", u"&Add measure", None))
        self.remove_measure.setText(QCoreApplication.translate("RegistrationDialog", u"&Delete measure", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plan_tab), QCoreApplication.translate("RegistrationDialog", u"Preventive-work &plan", None))
        self.reviews_hint.setText(QCoreApplication.translate("RegistrationDialog", u"Dates as DD.MM.YYYY. The next review date shows on the dashboard when it comes.", None))
        self.add_review.setText(QCoreApplication.translate("RegistrationDialog", u"&Add review", None))
        self.remove_review.setText(QCoreApplication.translate("RegistrationDialog", u"&Delete review", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviews_tab), QCoreApplication.translate("RegistrationDialog", u"Re&views", None))
    # retranslateUi

