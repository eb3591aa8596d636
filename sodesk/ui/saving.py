"""One save at a time, off the UI thread: the buttons grey out, a busy bar runs, the page waits.

Why: a save writes a week of hours or a municipality's settings in one transaction, and on a
big database (or a disk other programs keep busy) that takes longer than a user tolerates a
frozen window. So the save runs as a job (sodesk.ui.jobs) while the UI thread keeps painting.
While it runs the widgets that would start another save or change what is being saved are
disabled and an indeterminate progress bar shows; the page refuses to be left and the window
waits for the save before it closes (``wait``), so nothing is half done when the user moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from sodesk.ui.jobs import Job, JobRunner


class SaveRunner(QObject):
    """Runs one save at a time as a job, locking widgets and showing ``bar`` meanwhile."""

    #: emitted in the UI thread when a save has ended: True when it wrote, False otherwise
    finished = Signal(bool)

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._job: Job | None = None
        self._locked: list[QWidget] = []
        self._was_enabled: list[bool] = []
        self._focus: QWidget | None = None
        self.bar = QProgressBar()
        self.bar.setObjectName("saveBusy")
        self.bar.setRange(0, 0)  # busy: no percentage, a moving bar
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setVisible(False)

    def lock(self, *widgets: QWidget) -> None:
        """Widgets to disable while a save runs (each gets its own state back afterwards)."""
        self._locked.extend(widgets)

    def is_running(self) -> bool:
        return self._job is not None

    def start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], bool],
        failed: Callable[[str], None],
        focus: QWidget | None = None,
    ) -> None:
        """Run ``work()`` in a pool thread; then ``done(result)`` (True: written) or
        ``failed(message)`` in the UI thread, after the locked widgets are enabled again.

        ``work`` must return expected refusals (input errors) as values; an exception is an
        unexpected failure and reaches ``failed``. ``focus`` gets the keyboard back afterwards.
        """
        if self._job is not None:
            raise RuntimeError("a save is already running")
        self._focus = focus
        self._was_enabled = [widget.isEnabled() for widget in self._locked]
        for widget in self._locked:
            widget.setEnabled(False)
        self.bar.setVisible(True)
        job = Job(lambda _progress, _cancelled: work())
        job.signals.succeeded.connect(lambda result, j=job: self._ended(j, lambda: done(result)))
        job.signals.failed.connect(lambda message, _details, j=job: self._ended(j, failed, message))
        self._job = self._jobs.start(job)

    def _ended(self, job: Job, then: Callable[..., Any], *args: Any) -> None:
        if job is not self._job:
            return
        self._job = None
        for widget, enabled in zip(self._locked, self._was_enabled, strict=True):
            widget.setEnabled(enabled)
        self.bar.setVisible(False)
        if self._focus is not None and self._focus.isEnabled():
            self._focus.setFocus()
        written = bool(then(*args))
        self.finished.emit(written)

    def wait(self) -> bool:
        """Keep the event loop running until the save ends; True when it wrote.

        The window stays painted and responsive meanwhile; pages refuse to be left while a
        save runs, so a click elsewhere cannot start anything that depends on it.
        """
        if self._job is None:
            return True
        outcome: list[bool] = []
        loop = QEventLoop()

        def ended(written: bool) -> None:
            outcome.append(written)
            loop.quit()

        self.finished.connect(ended)
        try:
            if self._job is not None:
                loop.exec()
        finally:
            self.finished.disconnect(ended)
        return bool(outcome and outcome[0])
