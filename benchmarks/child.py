"""Run in a fresh process by the benchmarks: start a window and report when it first paints.

``python -m benchmarks.child bare`` shows a bare QMainWindow with an empty table (the floor);
``python -m benchmarks.child app DIR`` starts the real program on the register in DIR and
reports its first window (the login dialog of an encrypted register);
``python -m benchmarks.child login DIR USER PASSWORD`` logs in (key derivation, opening the
encrypted register) and shows the main window, reporting the seconds from the login to its
first paint; ``python -m benchmarks.child rss DIR USER PASSWORD`` does the same and prints VmRSS.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QTableView


class FirstPaint(QObject):
    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.started = time.perf_counter()
        self.kinds: tuple[type, ...] = (QMainWindow, QDialog) if mode == "app" else (QMainWindow,)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(obj, self.kinds) and obj.isWindow():
            value = time.perf_counter() - self.started if self.mode == "login" else _rss_mib()
            print(self.mode, value, flush=True)
            QApplication.instance().removeEventFilter(self)
            for w in QApplication.topLevelWidgets():
                w.close()
            QApplication.instance().exit(0)
        return False


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    spy = FirstPaint(mode)
    app.installEventFilter(spy)
    if mode == "bare":
        win = QMainWindow()
        win.setCentralWidget(QTableView())
        win.resize(1100, 700)
        win.show()
        return app.exec()
    if mode in ("login", "rss"):
        return _login(app, spy, Path(sys.argv[2]), sys.argv[3], sys.argv[4])
    from pedagogue_app.views.app import run_gui

    return run_gui(Path(sys.argv[2]))


def _login(app: QApplication, spy: FirstPaint, folder: Path, user: str, password: str) -> int:
    """What happens after the login dialog's button: the login, the window, its first paint."""
    from PySide6.QtCore import QSettings

    from pedagogue_app import i18n, paths
    from pedagogue_app.services.session import log_in
    from pedagogue_app.views.app import run_session
    from pedagogue_app.views.widgets import set_app_settings

    settings = QSettings(str(paths.settings_path(folder)), QSettings.Format.IniFormat)
    set_app_settings(settings)
    i18n.install("kk")
    spy.started = time.perf_counter()
    session = log_in(paths.register_path(folder), user, password)
    run_session(app, session, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
