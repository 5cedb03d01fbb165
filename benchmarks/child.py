"""Run in a fresh process by the benchmarks: start a window and report when it first paints.

``python -m benchmarks.child bare`` shows a bare QMainWindow with an empty table (the floor);
``python -m benchmarks.child app DIR`` starts the real program on the register in DIR;
``python -m benchmarks.child rss DIR`` starts it, waits for the first paint and prints VmRSS.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class FirstPaint(QObject):
    def __init__(self, report_rss: bool) -> None:
        super().__init__()
        self.report_rss = report_rss

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("rss" if self.report_rss else "painted", _rss_mib(), flush=True)
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
    spy = FirstPaint(mode == "rss")
    app.installEventFilter(spy)
    if mode == "bare":
        win = QMainWindow()
        win.setCentralWidget(QTableView())
        win.resize(1100, 700)
        win.show()
        return app.exec()
    from pedagogue_app.views.app import run_gui

    return run_gui(Path(sys.argv[2]))


if __name__ == "__main__":
    sys.exit(main())
