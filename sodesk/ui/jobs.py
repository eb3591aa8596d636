"""Long work off the UI thread: a job runs in Qt's thread pool with its own database session
and reports progress, result or error by signal; it can be asked to stop.

After vorta's job manager: the window stays responsive, and a job never touches widgets.
Signals are emitted from the pool thread and arrive in the UI thread as queued connections.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

#: how a job tells its progress (percent, what it does)
Progress = Callable[[int, str], None]
#: asked by a job between steps: stop when it answers True
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class JobSignals(QObject):
    """Signals of one job; they arrive in the thread that owns this object (the UI thread)."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # message for the user, details (traceback) to copy
    finished = Signal()


class Job(QRunnable):
    """Runs ``work(report_progress, is_cancelled)`` and reports by signal."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # runs in a pool thread
        try:
            result = self._work(self.signals.progressed.emit, self._cancel.is_set)
        except Exception as error:  # reported to the user with details, never swallowed
            self.signals.failed.emit(str(error) or type(error).__name__, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class JobRunner(QObject):
    """Keeps running jobs alive until they finish, and starts them in the global pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._running.add(job)
        job.signals.finished.connect(lambda: self._running.discard(job))
        QThreadPool.globalInstance().start(job)
        return job

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every job (at shutdown); True when all finished."""
        return QThreadPool.globalInstance().waitForDone(msecs)
