"""How long the desktop application keeps its UI thread busy, action by action.

Opens the window offscreen on a database, runs a heartbeat timer every 5 ms and reports the
longest gap between two beats (the longest the UI thread could not paint or answer a key)
while it: starts until the Overview (the first page) is painted, and again with its figures;
opens the Workers page and filters it by typing a name letter by letter; opens Activities
and Analyses while their reports compute; opens the Hours page and the weeks of a month of
the largest team; saves a week of hours and the settings of a municipality (each changed and
then saved back, so the database ends as it began); and visits the other pages. A gap above
100 ms is a freeze a user would notice. Run on purpose (bench/run_bench.py runs it):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_latency.py sqlite:////path/demo.sqlite3

Start-up is counted from the moment the process was launched when the launcher puts
``time.time()`` in the environment variable SODESK_BENCH_LAUNCHED (run_bench.py does), else
from the first line of this script; CPU seconds (user + sys, every thread) are printed beside
it because they suffer less from a machine other people keep busy. Those are the window's
process's; the report process (sodesk.services.report_client, started first as the
application starts it) computes the heavy reports, and its CPU seconds are printed at the end.
"""

from __future__ import annotations

import os
import sys
import time

LAUNCHED = float(os.environ.get("SODESK_BENCH_LAUNCHED") or time.time())

import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# a user of its own: no remembered week, team or window size from an earlier run or a person
SETTINGS = tempfile.mkdtemp(prefix="sodesk-ui-latency-")
os.environ["XDG_CONFIG_HOME"] = SETTINGS
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sodesk.services.report_client import start_reports  # noqa: E402

# as the application (sodesk.cli) does: the report process first, before Qt is imported;
# not when a spawned process imports this script as its main module
REPORTS = None
if __name__ == "__main__":
    REPORTS = start_reports(sys.argv[1] if len(sys.argv) > 1 else None)

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

PAUSE_GOAL_MS = 100


class Heartbeat:
    """Measures the longest pause of the event loop between two 5 ms timer beats.

    A precise timer, so Qt does not round or coalesce the 5 ms; a pause is the time between
    two beats, so work that blocks the loop shows up whole, whoever does it."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt

        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.worst = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
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

    def settle(self) -> int:
        """The worst pause so far, counting a pause still going on now."""
        self.beat()
        return self.worst


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], timeout_ms: int = 180_000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not done():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("the page did not finish in time")
        wait(10)


def wait_loaded(page) -> None:  # type: ignore[no-untyped-def]
    wait_until(lambda: not page.is_busy())


def since_launch() -> float:
    return time.time() - LAUNCHED


def cpu() -> float:
    return time.process_time()  # user + sys of every thread of this process


class Actions:
    """Runs actions one by one and keeps per action its seconds and longest pause."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat
        self.rows: list[tuple[str, float, int]] = []

    def measure(self, name: str, action: Callable[[], None]) -> None:
        wait(30)  # what the previous action left in the queue is not this one's pause
        self.heartbeat.reset()
        began = time.perf_counter()
        action()
        seconds = time.perf_counter() - began
        wait(50)  # paints after the action belong to it
        self.rows.append((name, seconds, self.heartbeat.settle()))

    def print(self) -> None:
        for name, seconds, worst in self.rows:
            flag = f"  <- over {PAUSE_GOAL_MS} ms" if worst > PAUSE_GOAL_MS else ""
            print(
                f"action {name:<56} | {seconds:6.2f} s | longest UI-thread pause {worst:5d} ms"
                f"{flag}"
            )


def type_slowly(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a quick typist does: a letter every 80 ms, each one filtering the table."""
    for letter in text:
        QTest.keyClick(widget, letter)
        wait(80)


def open_page(window, key: str) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    window.repaint()
    wait_loaded(page)
    window.repaint()


def month_of_hours(window) -> str:  # type: ignore[no-untyped-def]
    """Choose the team (work type) with most rows and step through the weeks of a month."""
    from PySide6.QtCore import QDate

    hours = window.show_page("hours")
    wait_loaded(hours)
    best, rows = -1, -1
    for index in range(hours.subject.count()):
        if str(hours.subject.itemData(index) or "").startswith("w:"):
            hours.subject.setCurrentIndex(index)
            hours.subject.activated.emit(index)
            wait_loaded(hours)
            if hours.model.rowCount() > rows:
                best, rows = index, hours.model.rowCount()
    hours.subject.setCurrentIndex(best)
    hours.subject.activated.emit(best)
    wait_loaded(hours)
    start = hours.context.period.start.replace(month=3, day=1)
    hours.date.setDate(QDate(start))
    wait_loaded(hours)
    return hours.subject.currentText()


def next_weeks(window, weeks: int) -> None:  # type: ignore[no-untyped-def]
    hours = window.current_page()
    for _ in range(weeks):
        hours.next.click()
        wait_loaded(hours)
        window.repaint()


def save_week_and_back(window) -> None:  # type: ignore[no-untyped-def]
    from sodesk.ui.models.hours_week import FIRST_DAY

    hours = window.current_page()
    row = 0
    day = next(d for d in range(7) if hours.model.lines()[row].employed[d])
    index = hours.model.index(row, FIRST_DAY + day)
    before = hours.model.hours_of(row)[day]
    changed = "1" if before is None else str(before + 1 if before < 24 else before - 1)
    for value in (changed, "" if before is None else str(before)):
        hours.model.setData(index, value)
        hours.save_week()
        wait_until(lambda: not hours.is_busy() and not hours.model.is_dirty())


def save_municipality_and_back(window) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    years = page.card.regime.years_model
    index = years.index(0, 1)  # the first year's target
    before = years.years()[0].target_places
    for value in (str((before or 0) + 1), "" if before is None else str(before)):
        years.setData(index, value)
        page.card.regime.edited.emit()
        page.save_settings()
        wait_until(lambda: not page.is_busy() and not page.card.regime.is_dirty())


def main() -> int:
    try:
        return _run(sys.argv[1], REPORTS)
    finally:
        if REPORTS is not None:
            REPORTS.close()
            import resource

            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            spent = used.ru_utime + used.ru_stime
            print(f"report process cpu {spent:.2f} s (with its own processes)")


def _run(url: str, reports) -> int:  # type: ignore[no-untyped-def]
    from sodesk.ui.app import make_application
    from sodesk.ui.main_window import MainWindow
    from sodesk.ui.report_start import open_with_reports

    make_application(language="nl")
    heartbeat = Heartbeat()
    workspace = open_with_reports(url, reports)
    window = MainWindow(workspace, reports=reports)
    window.resize(1366, 768)
    window.show()
    first = window.current_page()
    window.repaint()
    shown, shown_cpu = since_launch(), cpu()
    heartbeat.reset()  # from here the user sees the window and may click
    wait_loaded(first)
    window.repaint()  # painted with its figures, not only computed
    figures, figures_cpu = since_launch(), cpu()
    startup_pause = heartbeat.settle()
    print(f"window shown, first page '{first.key}': {shown:.2f} s  cpu {shown_cpu:.2f} s")
    print(
        f"start-up until '{first.key}' is painted with its figures: {figures:.2f} s  "
        f"cpu {figures_cpu:.2f} s"
    )
    print(f"longest UI-thread pause between showing the window and its figures: {startup_pause} ms")
    wait(1000)  # the window builds its other pages when the first has its figures

    actions = Actions(heartbeat)
    actions.measure("open workers (the list arrives)", lambda: open_page(window, "workers"))
    workers = window.current_page()
    actions.measure(
        "filter workers: type 'jan' (letter by letter)",
        lambda: type_slowly(workers.search, "jan"),
    )
    actions.measure("clear the workers filter", workers.search.clear)
    actions.measure(
        "open activities while its year report computes", lambda: open_page(window, "activities")
    )
    activities = window.current_page()
    actions.measure("search activities: type 'de'", lambda: type_slowly(activities.search, "de"))
    activities.search.clear()
    actions.measure("open hours (a week of an activity)", lambda: open_page(window, "hours"))
    team = month_of_hours(window)
    actions.measure(
        f"open a month of hours: 4 more weeks of '{team}'", lambda: next_weeks(window, 4)
    )
    actions.measure("save a week of hours, then save it back", lambda: save_week_and_back(window))
    actions.measure("open guidance", lambda: open_page(window, "guidance"))
    actions.measure("open municipalities", lambda: open_page(window, "municipalities"))
    actions.measure(
        "save municipality settings, then save them back",
        lambda: save_municipality_and_back(window),
    )
    actions.measure(
        "open analyses while its figures compute", lambda: open_page(window, "analyses")
    )
    actions.measure("open reports", lambda: open_page(window, "reports"))
    actions.measure("open settings", lambda: open_page(window, "settings"))
    actions.measure("back to the overview", lambda: open_page(window, "overview"))
    actions.print()
    worst = max(worst for _, _, worst in actions.rows)
    print(f"longest UI-thread pause over all actions: {worst} ms (goal < {PAUSE_GOAL_MS} ms)")
    window.close()
    workspace.close()
    shutil.rmtree(SETTINGS, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
