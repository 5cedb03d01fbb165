# Generated from ui/response_templates_dialog.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'response_templates_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ResponseTemplatesDialog(object):
    def setupUi(self, ResponseTemplatesDialog):
        if not ResponseTemplatesDialog.objectName():
            ResponseTemplatesDialog.setObjectName(u"ResponseTemplatesDialog")
        ResponseTemplatesDialog.resize(820, 500)
        self.main_layout = QVBoxLayout(ResponseTemplatesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.type_layout = QHBoxLayout()
        self.type_layout.setObjectName(u"type_layout")
        self.incident_type_label = QLabel(ResponseTemplatesDialog)
        self.incident_type_label.setObjectName(u"incident_type_label")

        self.type_layout.addWidget(self.incident_type_label)

        self.incident_type = QComboBox(ResponseTemplatesDialog)
        self.incident_type.setObjectName(u"incident_type")
        self.incident_type.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.type_layout.addWidget(self.incident_type)

        self.type_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.type_layout.addItem(self.type_spacer)


        self.main_layout.addLayout(self.type_layout)

        self.table_layout = QHBoxLayout()
        self.table_layout.setObjectName(u"table_layout")
        self.steps = QTableWidget(ResponseTemplatesDialog)
        self.steps.setObjectName(u"steps")

        self.table_layout.addWidget(self.steps)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_step = QPushButton(ResponseTemplatesDialog)
        self.add_step.setObjectName(u"add_step")

        self.buttons_layout.addWidget(self.add_step)

        self.remove_step = QPushButton(ResponseTemplatesDialog)
        self.remove_step.setObjectName(u"remove_step")

        self.buttons_layout.addWidget(self.remove_step)

        self.move_up = QPushButton(ResponseTemplatesDialog)
        self.move_up.setObjectName(u"move_up")

        self.buttons_layout.addWidget(self.move_up)

        self.move_down = QPushButton(ResponseTemplatesDialog)
        self.move_down.setObjectName(u"move_down")

        self.buttons_layout.addWidget(self.move_down)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.restore_defaults = QPushButton(ResponseTemplatesDialog)
        self.restore_defaults.setObjectName(u"restore_defaults")

        self.buttons_layout.addWidget(self.restore_defaults)


        self.table_layout.addLayout(self.buttons_layout)


        self.main_layout.addLayout(self.table_layout)

        self.hint = QLabel(ResponseTemplatesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.main_layout.addWidget(self.hint)

        self.button_box = QDialogButtonBox(ResponseTemplatesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.incident_type_label.setBuddy(self.incident_type)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResponseTemplatesDialog)

        QMetaObject.connectSlotsByName(ResponseTemplatesDialog)
    # setupUi

    def retranslateUi(self, ResponseTemplatesDialog):
        ResponseTemplatesDialog.setWindowTitle(QCoreApplication.translate("ResponseTemplatesDialog", u"Response checklists", None))
        self.incident_type_label.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"Incident &type", None))
        self.add_step.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"&Add step", None))
        self.remove_step.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"&Remove", None))
        self.move_up.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"Move &up", None))
        self.move_down.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"Move do&wn", None))
        self.restore_defaults.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"Restore &defaults", None))
        self.hint.setText(QCoreApplication.translate("ResponseTemplatesDialog", u"Each new incident of this type gets the active steps of this list. Deadlines are hours after the incident is reported; leave empty for no deadline.", None))
    # retranslateUi

