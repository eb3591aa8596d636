"""How long the desktop application keeps its UI thread busy, action by action.

Opens the window offscreen on a database, runs a heartbeat timer every 5 ms and reports the
longest gap between two beats while it: starts and paints the first page, visits every page
until its figures are in, and types a search into every page that has a search box. A gap
above 100 ms is a freeze a user would notice. Run on purpose:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_latency.py sqlite:////path/demo.sqlite3
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtTest import QTest


class Heartbeat:
    """Measures the longest pause of the event loop between two 5 ms timer beats."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.worst = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = self.clock.elapsed()
        self.worst = 0


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_loaded(page, timeout_ms: int = 120_000) -> None:  # type: ignore[no-untyped-def]
    if not page.is_busy():
        return
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> int:
    url = sys.argv[1]
    started = time.perf_counter()
    from sodesk.services.workspace import open_workspace
    from sodesk.ui.app import make_application
    from sodesk.ui.main_window import MainWindow

    make_application(language="nl")
    heartbeat = Heartbeat()
    workspace = open_workspace(url)
    window = MainWindow(workspace)
    window.resize(1366, 768)
    window.show()
    first = window.current_page()
    wait_loaded(first)
    print(f"start-up until '{first.key}' shows its figures: {time.perf_counter() - started:.2f} s")
    rows = []
    for page in window.pages:
        heartbeat.reset()
        began = time.perf_counter()
        window.show_page(page.key)
        wait_loaded(page)
        wait(50)
        rows.append((f"open {page.key}", time.perf_counter() - began, heartbeat.worst))
        search = getattr(page, "search", None)
        if search is not None:
            heartbeat.reset()
            began = time.perf_counter()
            QTest.keyClicks(search, "de")
            wait(50)
            rows.append((f"search '{page.key}'", time.perf_counter() - began, heartbeat.worst))
            search.clear()
    for name, seconds, worst in rows:
        flag = "  <- over 100 ms" if worst > 100 else ""
        print(f"{name:<28} {seconds:6.2f} s   longest UI-thread pause {worst:4d} ms{flag}")
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
