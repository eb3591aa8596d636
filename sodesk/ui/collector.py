"""Python's cyclic garbage collection, done on the UI thread only.

The collector runs in whichever thread happens to allocate past its threshold. When that is
a job's worker thread and the garbage holds Qt objects (a closed dialog, the pages of a
window that is gone, widgets in reference cycles through signal lambdas), Qt objects are
destroyed off the UI thread and the process crashes: seen as a segmentation fault while a
job read the municipality list. So while the application lives, automatic collection is
off and a timer on the UI thread collects, generation by generation, by the collector's own
thresholds (the pattern calibre and other Qt applications use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class UiThreadCollector(QObject):
    """Collects cyclic garbage on the thread that owns it (the UI thread), on a timer."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        """What the automatic collector would have done by now, here."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)

    def stop(self) -> None:
        """Back to automatic collection (when the application ends)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
