# Generated from ui/main_window.ui by `make forms`. Do not edit: change the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 700)
        self.action_new_student = QAction(MainWindow)
        self.action_new_student.setObjectName(u"action_new_student")
#if QT_CONFIG(shortcut)
        self.action_new_student.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.action_new_family = QAction(MainWindow)
        self.action_new_family.setObjectName(u"action_new_family")
#if QT_CONFIG(shortcut)
        self.action_new_family.setShortcut(u"Ctrl+Shift+N")
#endif // QT_CONFIG(shortcut)
        self.action_find = QAction(MainWindow)
        self.action_find.setObjectName(u"action_find")
#if QT_CONFIG(shortcut)
        self.action_find.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.action_school = QAction(MainWindow)
        self.action_school.setObjectName(u"action_school")
        self.action_settings = QAction(MainWindow)
        self.action_settings.setObjectName(u"action_settings")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.action_backup = QAction(MainWindow)
        self.action_backup.setObjectName(u"action_backup")
        self.action_lock = QAction(MainWindow)
        self.action_lock.setObjectName(u"action_lock")
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.action_switch_user = QAction(MainWindow)
        self.action_switch_user.setObjectName(u"action_switch_user")
        self.action_change_password = QAction(MainWindow)
        self.action_change_password.setObjectName(u"action_change_password")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.navigation = QListWidget(self.splitter)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMaximumSize(QSize(260, 16777215))
        self.splitter.addWidget(self.navigation)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.central_layout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menu_register = QMenu(self.menubar)
        self.menu_register.setObjectName(u"menu_register")
        self.menu_account = QMenu(self.menubar)
        self.menu_account.setObjectName(u"menu_account")
        self.menu_help = QMenu(self.menubar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menu_register.menuAction())
        self.menubar.addAction(self.menu_account.menuAction())
        self.menubar.addAction(self.menu_help.menuAction())
        self.menu_register.addAction(self.action_new_student)
        self.menu_register.addAction(self.action_new_family)
        self.menu_register.addAction(self.action_find)
        self.menu_register.addSeparator()
        self.menu_register.addAction(self.action_school)
        self.menu_register.addAction(self.action_settings)
        self.menu_register.addAction(self.action_backup)
        self.menu_register.addSeparator()
        self.menu_register.addAction(self.action_quit)
        self.menu_account.addAction(self.action_lock)
        self.menu_account.addAction(self.action_switch_user)
        self.menu_account.addAction(self.action_change_password)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"School register", None))
        self.action_new_student.setText(QCoreApplication.translate("MainWindow", u"&New student\u2026", None))
        self.action_new_family.setText(QCoreApplication.translate("MainWindow", u"New &family\u2026", None))
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"F&ind", None))
        self.action_school.setText(QCoreApplication.translate("MainWindow", u"&School profile\u2026", None))
        self.action_settings.setText(QCoreApplication.translate("MainWindow", u"Se&ttings\u2026", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_backup.setText(QCoreApplication.translate("MainWindow", u"&Back up to a folder\u2026", None))
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Lock the screen", None))
        self.action_switch_user.setText(QCoreApplication.translate("MainWindow", u"S&witch user\u2026", None))
        self.action_change_password.setText(QCoreApplication.translate("MainWindow", u"&Change password\u2026", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About", None))
        self.menu_register.setTitle(QCoreApplication.translate("MainWindow", u"&Register", None))
        self.menu_account.setTitle(QCoreApplication.translate("MainWindow", u"&Account", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

