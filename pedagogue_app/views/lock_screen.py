"""The idle lock and the quick-hide key: nothing of the register shows while the user is away.

:class:`LockController` watches every mouse and key event of the application (one event filter
on the QApplication). After the administrator's idle minutes without input
(:func:`~pedagogue_app.services.preferences.idle_lock_minutes`), or at once on Ctrl+L or F12
(in any window, a modal dialog included), it covers every visible top-level window -- the main
window and every open dialog -- with an opaque :class:`LockOverlay` and replaces their titles,
which may name a child, by the program's name.

Windows are covered, never closed or hidden: hiding a QDialog ends its exec() and would lose the
edits in it, so an open form keeps what was typed and is there again after unlocking. While
locked, input to anything under an overlay is swallowed (keys, clicks, shortcuts, a window
manager's close) and a window that appears is covered too.

The password entry (:class:`UnlockPanel`) sits on the overlay of the window that can take input:
the topmost modal dialog when there is one (it blocks the others), else the active window. The
current user's password unlocks through :meth:`Session.relogin
<pedagogue_app.services.session.Session.relogin>`, the same gate as a login (failures counted,
waits, the lock after 20) and audited as a login; the lock itself is audited as ``lock``. A locked
or disabled account can only switch user (:attr:`LockController.switch_user_requested`) or exit.
"""

from __future__ import annotations

import functools
import logging
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..db import RegisterError
from ..services.accounts import (
    FREE_FAILURES,
    LOCK_AFTER,
    AccountDisabled,
    AccountError,
    AccountLocked,
    LoginDelayed,
    LoginFailed,
)
from ..services.audit import AuditService
from ..services.preferences import IDLE_LOCK_DEFAULT
from ..services.session import Session
from .account_setup import ERROR_STYLE, HINT_STYLE, password_edit, wrapped_label
from .login_dialog import account_text, busy_cursor
from .widgets import role_name

log = logging.getLogger(__name__)

COVER_COLOR = QColor(31, 42, 56)  # opaque: nothing under the overlay shows through
PANEL_STYLE = ("#unlock_panel { background: #ffffff; border-radius: 8px; }"
               "#unlock_panel QLabel { color: #1f2a38; }")
CAPTION_STYLE = "color: #ffffff; font-size: 16pt; font-weight: bold;"
CHECK_MS = 10_000  # how often idleness is checked
VK_L = 0x4C  # Windows virtual key of L: Ctrl+L whatever the keyboard layout (Д on Russian)

_T = QEvent.Type
INPUT = frozenset({_T.KeyPress, _T.MouseButtonPress, _T.MouseButtonDblClick, _T.MouseMove,
                   _T.Wheel, _T.TouchBegin, _T.TouchUpdate, _T.TabletPress, _T.TabletMove})
SWALLOWED = INPUT | {_T.KeyRelease, _T.MouseButtonRelease, _T.ContextMenu, _T.ToolTip,
                     _T.WhatsThis, _T.DragEnter, _T.DragMove, _T.Drop, _T.InputMethod,
                     _T.TouchEnd, _T.TabletRelease, _T.Shortcut}
UNCOVERED_TYPES = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def is_hide_key(event: QKeyEvent) -> bool:
    """Ctrl+L or F12 (Ctrl+L by the key's position too, for Cyrillic layouts on Windows)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_F12 and mods == Qt.KeyboardModifier.NoModifier:
        return True
    if mods != Qt.KeyboardModifier.ControlModifier:
        return False
    return event.key() == Qt.Key.Key_L or (
        sys.platform == "win32" and event.nativeVirtualKey() == VK_L)


class LockOverlay(QWidget):
    """An opaque child covering one window: paints nothing but its colour and a caption, takes
    every click and key (Esc or Enter would otherwise close or save the dialog under it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.caption = QLabel(self)
        self.caption.setObjectName("lock_caption")
        self.caption.setStyleSheet(CAPTION_STYLE)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.column = QVBoxLayout(self)
        self.column.addStretch(1)
        self.column.addWidget(self.caption)
        self.column.addStretch(1)
        self.setGeometry(window.rect())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), COVER_COLOR)
        painter.end()

    def host(self, panel: QWidget) -> None:
        """Put the password panel under the caption."""
        panel.setParent(self)
        self.column.insertWidget(2, panel, 0, Qt.AlignmentFlag.AlignHCenter)
        panel.show()

    def event(self, event: QEvent) -> bool:
        if event.type() in SWALLOWED:
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab cycles through the panel only, never to the fields under the overlay."""
        chain = [w for w in self.findChildren(QWidget) if w.isVisible() and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if not chain:
            self.setFocus()
            return True
        current = QApplication.focusWidget()
        at = chain.index(current) if current in chain else -1
        chain[(at + (1 if next else -1)) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True


class UnlockPanel(QFrame):
    """The password entry of the lock screen; the controller says what it shows."""

    def __init__(self, controller: LockController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("unlock_panel")
        self.setStyleSheet(PANEL_STYLE)
        self.setFixedWidth(400)
        self.heading = wrapped_label(self, "lock_heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.who = wrapped_label(self, "lock_user")
        self.password = password_edit(self)
        self.password.setObjectName("unlock_password")
        self.message = wrapped_label(self, "lock_message")
        self.message.hide()
        self.note = wrapped_label(self, "lock_note")
        self.note.setStyleSheet(HINT_STYLE)
        self.unlock_button = self._button("unlock_button")
        self.unlock_button.setDefault(True)
        self.switch_button = self._button("switch_user_button")
        self.exit_button = self._button("exit_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.exit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        for widget in (self.heading, self.who, self.password, self.message, self.note):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.password.returnPressed.connect(controller.try_unlock)
        self.unlock_button.clicked.connect(controller.try_unlock)
        self.switch_button.clicked.connect(controller.request_switch_user)
        self.exit_button.clicked.connect(controller.request_exit)
        self.retranslate()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The register is locked"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.note.setText(self.tr("Open windows and unsaved edits are kept until you unlock."))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Switch user…"))
        self.exit_button.setText(self.tr("Exit"))
        self.show_state()

    def show_state(self) -> None:
        """Message, waits and the blocked state, from the controller."""
        c = self.controller
        actor = c.session.actor
        who = self.tr("Logged in: %1 (%2).") if c.blocked else self.tr(
            "Logged in: %1 (%2). Type your password to go on.")
        self.who.setText(who.replace("%1", actor.username).replace("%2", role_name(actor.role)))
        message = c.message() if c.message else ""
        self.message.setText(message)
        self.message.setStyleSheet(ERROR_STYLE if c.message_is_error else HINT_STYLE)
        self.message.setVisible(bool(message))
        waiting = c.seconds_left() > 0
        for widget in (self.password, self.unlock_button):
            widget.setVisible(not c.blocked)
            widget.setEnabled(not waiting)
        self.exit_button.setVisible(c.blocked)
        self.note.setVisible(not c.blocked)
        self.setFixedHeight(self.heightForWidth(self.width()))  # wrapped lines, never clipped

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "exit_button"):
            self.retranslate()
        super().changeEvent(event)


@dataclass
class _Cover:
    """One covered window and what to give back when it is uncovered."""

    overlay: LockOverlay
    title: str
    focus: QWidget | None
    sizes: tuple[QSize, QSize, QSize] | None = None  # min, max, size before it was enlarged


class LockController(QObject):
    """Idle lock and quick-hide key for ``main_window`` and every window of the application.

    ``minutes_provider`` gives the idle minutes (read at each check, so the administrator's
    change applies without a restart). ``clock`` (monotonic seconds) and ``seconds_per_minute``
    let tests run the idle time and the waits without sleeping; :meth:`check_idle` and
    :meth:`tick` are the slots of the two timers.
    """

    locked_changed = Signal(bool)
    switch_user_requested = Signal()
    exit_requested = Signal()

    def __init__(self, session: Session, main_window: QWidget, minutes_provider: Callable[[], int],
                 *, clock: Callable[[], float] = time.monotonic, seconds_per_minute: float = 60.0,
                 check_ms: int = CHECK_MS) -> None:
        super().__init__(main_window)
        self.session, self.main_window = session, main_window
        self.minutes_provider, self.clock = minutes_provider, clock
        self.seconds_per_minute = seconds_per_minute
        self.minutes = IDLE_LOCK_DEFAULT
        self.last_input = clock()
        self.locked = False
        self.blocked = False  # the account is locked or disabled: switch user or exit only
        self.message: Callable[[], str] | None = None
        self.message_is_error = True
        self._wait_until: float | None = None
        self._passing = 0  # > 0 while the switch-user question is asked: its windows stay open
        self.covers: dict[QWidget, _Cover] = {}
        self.panel: UnlockPanel | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(check_ms)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    # --- watching -----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in INPUT:
            self.last_input = self.clock()
        if kind == _T.KeyPress and isinstance(event, QKeyEvent) and is_hide_key(event):
            self.lock("key")
            return True
        if kind == _T.ShortcutOverride and isinstance(event, QKeyEvent) and (
                is_hide_key(event) or self._in_covered_window(obj)):
            event.accept()  # no shortcut (menus, Save) fires: the key goes on as a key press
            return True
        if obj is self.main_window and kind == _T.Hide and not event.spontaneous():
            self.stop()  # the main window was closed: this session's lock ends with it
            return False
        if not self.locked or not obj.isWidgetType():
            return False
        return self._while_locked(obj, event)

    def _while_locked(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        assert isinstance(obj, QWidget)
        cover = self.covers.get(obj)
        if kind == _T.Show and obj.isWindow() and cover is None and not self._passing:
            self._cover_new(obj)
        elif cover is not None and kind == _T.LayoutRequest and cover.sizes is not None:
            return True  # an enlarged message box would shrink back over the panel
        elif cover is not None and kind == _T.Resize:
            cover.overlay.setGeometry(obj.rect())
        elif cover is not None and kind == _T.ChildAdded:
            cover.overlay.raise_()  # a child added later would otherwise paint over it
        elif cover is not None and kind == _T.WindowTitleChange:
            self._keep_title(obj, cover)
        elif cover is not None and kind == _T.WindowActivate:
            self._place_panel()
        elif cover is not None and kind == _T.Hide and self.panel is not None \
                and cover.overlay.isAncestorOf(self.panel):
            QTimer.singleShot(0, self._place_panel)
            self.panel.setParent(None)  # not destroyed with a dialog that goes away
        elif cover is not None and kind == _T.Close and event.spontaneous():
            event.ignore()  # the window manager's close would end a dialog under the cover
            return True
        elif kind in SWALLOWED and self._covered_target(obj):
            return True
        elif kind in (_T.KeyPress, _T.KeyRelease) and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Alt and cover is None and obj.window() in self.covers:
            return True  # Alt alone would take the keyboard to the menu bar under the cover
        return False

    def _in_covered_window(self, obj: QObject) -> bool:
        return self.locked and isinstance(obj, QWidget) and obj.window() in self.covers

    def _covered_target(self, obj: QObject) -> bool:
        """A widget of a covered window that is not part of the lock screen."""
        if not obj.isWidgetType():
            return False
        assert isinstance(obj, QWidget)
        cover = self.covers.get(obj.window())
        return cover is not None and obj is not cover.overlay \
            and not cover.overlay.isAncestorOf(obj)

    def check_idle(self) -> None:
        """The idle timer's slot: lock when there was no input for the configured minutes."""
        if self.locked or not self.main_window.isVisible():
            return
        try:
            self.minutes = int(self.minutes_provider())
        except Exception as error:  # noqa: BLE001 - the lock must work without the setting
            log.warning("idle minutes unreadable (%s): keeping %s", type(error).__name__,
                        self.minutes)
        if self.clock() - self.last_input >= self.minutes * self.seconds_per_minute:
            self.lock("idle")

    # --- locking ------------------------------------------------------------------------------
    def lock(self, reason: str = "key") -> None:
        """Cover every window now (nothing happens when locked already)."""
        if self.locked:
            return
        self.locked = True
        self.blocked, self.message, self._wait_until = False, None, None
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and self._coverable(window):
                self._cover(window)
        self._place_panel()
        self.locked_changed.emit(True)
        try:
            AuditService(self.session.register).record(self.session.actor, "lock", detail=reason)
        except Exception as error:  # noqa: BLE001 - an unwritable log must not keep it open
            log.warning("lock not audited: %s", type(error).__name__)

    def _coverable(self, window: QWidget) -> bool:
        return window not in self.covers and window.windowType() not in UNCOVERED_TYPES

    def _cover(self, window: QWidget) -> None:
        overlay = LockOverlay(window)
        overlay.caption.setText(self.program_name())
        cover = _Cover(overlay, window.windowTitle(), window.focusWidget())
        self.covers[window] = cover
        window.setWindowTitle(self.program_name())
        overlay.show()
        overlay.raise_()
        overlay.setFocus()

    def _cover_new(self, window: QWidget) -> None:
        """A window that appears while locked: popups close, anything else is covered."""
        if window.windowType() in UNCOVERED_TYPES:
            QTimer.singleShot(0, window.close)
        elif self._coverable(window):
            self._cover(window)
            QTimer.singleShot(0, self._place_panel)  # a new modal dialog blocks the others

    def _keep_title(self, window: QWidget, cover: _Cover) -> None:
        if window.windowTitle() != self.program_name():
            cover.title = window.windowTitle()  # given back on unlock
            window.setWindowTitle(self.program_name())

    def host_window(self) -> QWidget | None:
        """The covered window that can take input: the topmost modal one, else the active one,
        else the main window."""
        alive = [w for w in self.covers if shiboken6.isValid(w) and w.isVisible()]
        for candidate in (QApplication.activeModalWidget(), QApplication.activeWindow(),
                          self.main_window):
            if candidate is not None and candidate in alive:
                return candidate
        return alive[0] if alive else None

    def _place_panel(self) -> None:
        if not self.locked:
            return
        host = self.host_window()
        if host is None:
            return
        if self.panel is None or not shiboken6.isValid(self.panel):
            self.panel = UnlockPanel(self)
        cover = self.covers[host]
        if self.panel.parent() is not cover.overlay:
            typed = self.panel.password.text()
            cover.overlay.host(self.panel)
            self.panel.password.setText(typed)
            self._make_room(host, cover)
            host.activateWindow()
        self.panel.show_state()
        self.panel.password.setFocus()

    def _make_room(self, window: QWidget, cover: _Cover) -> None:
        """Enlarge a window too small for the panel (a message box); undone on unlock."""
        panel = self.panel
        assert panel is not None
        width = max(panel.sizeHint().width(), panel.minimumWidth())
        height = panel.heightForWidth(width) if panel.hasHeightForWidth() \
            else panel.sizeHint().height()
        need = QSize(width + 40, height + cover.overlay.caption.sizeHint().height() + 80)
        if window.width() >= need.width() and window.height() >= need.height():
            return
        if cover.sizes is None:
            cover.sizes = (window.minimumSize(), window.maximumSize(), window.size())
        window.setMaximumSize(16_777_215, 16_777_215)
        window.setMinimumSize(need.expandedTo(window.minimumSize()))
        window.resize(need.expandedTo(window.size()))
        cover.overlay.setGeometry(window.rect())

    # --- unlocking ----------------------------------------------------------------------------
    def try_unlock(self) -> None:
        """Check the typed password of the current user; unlock when it opens."""
        panel = self.panel
        if panel is None or self.blocked or self.seconds_left():
            return
        password = panel.password.text()
        panel.password.clear()
        if not password:
            self._say(lambda: self.tr("Type your password."))
            return
        username = self.session.actor.username
        try:
            with busy_cursor():
                self.session.relogin(username, password)
        except LoginDelayed as error:
            self._start_wait(error.seconds_left, None)
        except LoginFailed as error:
            self._failed(error)
        except (AccountLocked, AccountDisabled) as error:
            self.blocked = True
            self._say(functools.partial(self._blocked_text, error))
        except (AccountError, RegisterError) as error:
            self._say(functools.partial(self._error_text, str(error)))
        else:
            self.unlock()

    def _blocked_text(self, error: AccountError) -> str:
        return account_text(error) + "\n" + self.tr(
            "Switch user, or exit: edits not saved in open windows are then lost.")

    def _error_text(self, detail: str) -> str:
        return self.tr("The password could not be checked: %1").replace("%1", detail)

    def _failed(self, error: LoginFailed) -> None:
        if error.wait_s:
            self._start_wait(error.wait_s, error)
            return
        self._say(lambda: self.tr("Wrong password.") + " " + self._failures_text(error))

    def _failures_text(self, error: LoginFailed) -> str:
        if error.failures < FREE_FAILURES:
            return self.tr("After %1 failed attempts in a row each further one makes you wait; "
                           "after %2 the account is locked.").replace(
                "%1", str(FREE_FAILURES)).replace("%2", str(LOCK_AFTER))
        return self.tr("%n more failed attempt(s) lock the account.", "",
                       LOCK_AFTER - error.failures)

    def _start_wait(self, seconds: int, failed: LoginFailed | None) -> None:
        self._wait_until = self.clock() + seconds
        first = self.tr("Wrong password.") if failed else self.tr("Too many failed attempts.")
        rest = self._failures_text(failed) if failed else ""
        self._say(lambda: " ".join(filter(None, (first, self.tr(
            "Try again in %n s.", "", self.seconds_left()), rest))))
        self.countdown.start()

    def seconds_left(self) -> int:
        """Seconds until the next attempt is allowed (0 when there is no wait)."""
        if self._wait_until is None:
            return 0
        return max(0, math.ceil(self._wait_until - self.clock()))

    def tick(self) -> None:
        """The countdown's slot (once a second during a wait)."""
        if self.seconds_left() == 0:
            self._wait_until = None
            self.countdown.stop()
            self._say(lambda: self.tr("You can try again now."), error=False)
        elif self.panel is not None and shiboken6.isValid(self.panel):
            self.panel.show_state()

    def _say(self, message: Callable[[], str], error: bool = True) -> None:
        self.message, self.message_is_error = message, error
        panel = self.panel
        if panel is not None and shiboken6.isValid(panel):
            panel.show_state()
            host = panel.window()
            if host in self.covers:
                self._make_room(host, self.covers[host])
            if not self.blocked and not self.seconds_left():
                panel.password.setFocus()

    def unlock(self) -> None:
        """Take every cover away and give titles, sizes and focus back (after the password)."""
        if not self.locked:
            return
        self.locked = False
        self.countdown.stop()
        self.blocked, self.message, self._wait_until = False, None, None
        self._uncover()
        self.last_input = self.clock()
        self.locked_changed.emit(False)

    def _uncover(self) -> None:
        covers, self.covers = self.covers, {}
        self.panel = None
        for window, cover in covers.items():
            if not shiboken6.isValid(window):
                continue
            window.setWindowTitle(cover.title)
            if cover.sizes is not None:
                low, high, size = cover.sizes
                window.setMinimumSize(low)
                window.setMaximumSize(high)
                window.resize(size)
                QCoreApplication.postEvent(window, QEvent(QEvent.Type.LayoutRequest))
            if shiboken6.isValid(cover.overlay):
                cover.overlay.hide()
                cover.overlay.deleteLater()
            if cover.focus is not None and shiboken6.isValid(cover.focus):
                cover.focus.setFocus()

    # --- leaving ------------------------------------------------------------------------------
    def request_switch_user(self) -> None:
        """Ask the lead window to switch user; windows it opens meanwhile stay uncovered."""
        self._passing += 1
        try:
            self.switch_user_requested.emit()
        finally:
            self._passing -= 1

    def request_exit(self) -> None:
        """Close the program from the lock screen: dialogs end without saving (their edits
        cannot be kept for a user who cannot unlock), then the main window closes."""
        self._passing += 1
        try:
            self.exit_requested.emit()
            for window in list(self.covers):
                if shiboken6.isValid(window) and isinstance(window, QDialog) and window.isVisible():
                    window.done(QDialog.DialogCode.Rejected)
            self.main_window.close()
        finally:
            self._passing -= 1

    def stop(self) -> None:
        """Stop watching (the main window closed): uncover everything, stop the timers."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.countdown.stop()
        if self.locked:
            self.locked = False
            self._uncover()

    def program_name(self) -> str:
        return self.tr("School register")
