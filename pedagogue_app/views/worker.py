"""One background worker for long jobs; results come back to the UI thread through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the UI thread, which decides what to tell
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_pool: QThreadPool | None = None
_running: set[_Job] = set()


def pool() -> QThreadPool:
    """The single worker thread (jobs run one after another)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> _Signals:
    """Run ``fn`` on the worker; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread."""
    job = _Job(fn)
    _running.add(job)
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_error)
    job.signals.done.connect(lambda _r: _running.discard(job))
    job.signals.failed.connect(lambda _e: _running.discard(job))
    job.setAutoDelete(False)
    pool().start(job)
    return job.signals
