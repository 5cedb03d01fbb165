# Generated from ui/welcome_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QCommandLinkButton,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(620, 380)
        self.main_layout = QVBoxLayout(WelcomeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.language_layout = QHBoxLayout()
        self.language_layout.setObjectName(u"language_layout")
        self.language_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.language_layout.addItem(self.language_spacer)

        self.language_label = QLabel(WelcomeDialog)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.addWidget(self.language_label)

        self.language = QComboBox(WelcomeDialog)
        self.language.setObjectName(u"language")

        self.language_layout.addWidget(self.language)


        self.main_layout.addLayout(self.language_layout)

        self.title = QLabel(WelcomeDialog)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.main_layout.addWidget(self.title)

        self.explanation = QLabel(WelcomeDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.main_layout.addWidget(self.explanation)

        self.middle_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.middle_spacer)

        self.open_demo = QCommandLinkButton(WelcomeDialog)
        self.open_demo.setObjectName(u"open_demo")

        self.main_layout.addWidget(self.open_demo)

        self.create_register = QCommandLinkButton(WelcomeDialog)
        self.create_register.setObjectName(u"create_register")

        self.main_layout.addWidget(self.create_register)

        self.button_box = QDialogButtonBox(WelcomeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome", None))
        self.language_label.setText(QCoreApplication.translate("WelcomeDialog", u"&Language:", None))
        self.title.setText(QCoreApplication.translate("WelcomeDialog", u"School register of the social pedagogue and psychologist", None))
        self.explanation.setText(QCoreApplication.translate("WelcomeDialog", u"There is no register on this computer yet. Try the program on a fictional demo school, or create the register of your school. Everything stays on this computer.", None))
        self.open_demo.setText(QCoreApplication.translate("WelcomeDialog", u"Open the demo school", None))
        self.open_demo.setDescription(QCoreApplication.translate("WelcomeDialog", u"600 fictional students and families to try every screen. Nothing real is stored.", None))
        self.create_register.setText(QCoreApplication.translate("WelcomeDialog", u"Create the register of my school", None))
        self.create_register.setDescription(QCoreApplication.translate("WelcomeDialog", u"Enter the school name in Kazakh and Russian, BIN, address and director.", None))
    # retranslateUi

