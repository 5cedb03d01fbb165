# Generated from ui/reports_page.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.main_layout = QHBoxLayout(ReportsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.report_list = QListWidget(ReportsPage)
        self.report_list.setObjectName(u"report_list")
        self.report_list.setMaximumWidth(340)
        self.report_list.setMinimumWidth(240)

        self.main_layout.addWidget(self.report_list)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.heading = QLabel(ReportsPage)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.right_layout.addWidget(self.heading)

        self.description = QLabel(ReportsPage)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.right_layout.addWidget(self.description)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.start_label = QLabel(ReportsPage)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = QDateEdit(ReportsPage)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(ReportsPage)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = QDateEdit(ReportsPage)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end)

        self.class_label = QLabel(ReportsPage)
        self.class_label.setObjectName(u"class_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.class_label)

        self.class_choice = QComboBox(ReportsPage)
        self.class_choice.setObjectName(u"class_choice")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.class_choice)

        self.copies_label = QLabel(ReportsPage)
        self.copies_label.setObjectName(u"copies_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.copies_label)

        self.copies = QSpinBox(ReportsPage)
        self.copies.setObjectName(u"copies")
        self.copies.setMinimum(1)
        self.copies.setMaximum(50)
        self.copies.setValue(5)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copies)

        self.lang_label = QLabel(ReportsPage)
        self.lang_label.setObjectName(u"lang_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lang_label)

        self.lang = QComboBox(ReportsPage)
        self.lang.setObjectName(u"lang")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lang)


        self.right_layout.addLayout(self.form)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.make_pdf = QPushButton(ReportsPage)
        self.make_pdf.setObjectName(u"make_pdf")

        self.button_layout.addWidget(self.make_pdf)

        self.make_xlsx = QPushButton(ReportsPage)
        self.make_xlsx.setObjectName(u"make_xlsx")

        self.button_layout.addWidget(self.make_xlsx)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.right_layout.addLayout(self.button_layout)

        self.status = QLabel(ReportsPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.right_layout.addWidget(self.status)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.bottom_spacer)


        self.main_layout.addLayout(self.right_layout)

#if QT_CONFIG(shortcut)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.class_label.setBuddy(self.class_choice)
        self.copies_label.setBuddy(self.copies)
        self.lang_label.setBuddy(self.lang)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        self.make_pdf.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.start_label.setText(QCoreApplication.translate("ReportsPage", u"Period &from:", None))
        self.end_label.setText(QCoreApplication.translate("ReportsPage", u"&to:", None))
        self.class_label.setText(QCoreApplication.translate("ReportsPage", u"&Class:", None))
        self.copies_label.setText(QCoreApplication.translate("ReportsPage", u"C&opies:", None))
        self.lang_label.setText(QCoreApplication.translate("ReportsPage", u"Document &language:", None))
        self.make_pdf.setText(QCoreApplication.translate("ReportsPage", u"&Preview and print\u2026", None))
        self.make_xlsx.setText(QCoreApplication.translate("ReportsPage", u"Save as &Excel\u2026", None))
        pass
    # retranslateUi

