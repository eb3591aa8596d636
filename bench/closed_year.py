"""A closed year's report against the open year's and the bare scan of its hour rows.

Builds the demo company (``sodesk demo --workers N --end-year 2025``, SQLite), copies it, and
stores the results of all twelve months of 2025 in the copy (what closing the year does).
Then, in one run, times the activity report of 2025 (JSON) on both files, in this process
and as whole ``sodesk report`` processes, beside the floor: the bare SQL that reads the same
hour rows once grouped per worker, activity and month (in this process, and as a process).
Medians of several runs, ratios to the floor, no timed assertions. Also states the stored
results' bytes per worker-month. Run on purpose, not in the test suite:

    .venv/bin/python bench/closed_year.py [--workers 3000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run_bench import FLOOR_SQLITE, floor_query, line, load_average, median_of  # noqa: E402

YEAR = ("2025-01-01", "2025-12-31")


def in_process(runs: int, work: Callable[[], object]) -> tuple[float, float, float]:
    """Median, lowest and highest wall seconds of ``work`` in this process (one warm-up)."""
    work()
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), min(seconds), max(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder for the databases (kept)")
    args = parser.parse_args()

    import datetime as dt

    from sqlalchemy import text

    from sodesk.domain.period import Period
    from sodesk.services.reports import render
    from sodesk.services.workspace import open_workspace
    from sodesk.storage.database import transaction
    from sodesk.storage.month_results import store_month_results, stored_months

    folder = args.keep or Path(tempfile.mkdtemp(prefix="sodesk-closed-"))
    folder.mkdir(parents=True, exist_ok=True)
    open_file, closed_file = folder / "open.sqlite3", folder / "closed.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    sodesk = [sys.executable, "-m", "sodesk"]
    if not open_file.exists():
        demo = ["demo", "--workers", str(args.workers), "--end-year", "2025"]
        subprocess.run(
            [*sodesk, "--database", f"sqlite:///{open_file}", *demo],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    shutil.copy(open_file, closed_file)
    year = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    closed = open_workspace(f"sqlite:///{closed_file}")
    started = time.perf_counter()
    with transaction(closed.sessions) as session:
        store_month_results(session, [year])
    storing = time.perf_counter() - started
    with closed.sessions() as session:
        size = sum(m.size for m in stored_months(session))
        worker_months = session.execute(
            text("SELECT count(DISTINCT worker_id) FROM hours WHERE date BETWEEN :a AND :b"),
            {"a": YEAR[0], "b": YEAR[1]},
        ).scalar_one()
    opened = open_workspace(f"sqlite:///{open_file}")
    floor_sql = FLOOR_SQLITE.format(start=YEAR[0], end=YEAR[1])

    def scan() -> None:
        with opened.engine.connect() as connection:
            connection.execute(text(floor_sql)).fetchall()

    def report(workspace):  # type: ignore[no-untyped-def]
        return lambda: render(workspace, "activities", year.start, year.end, "json")

    print(f"load average at the start: {load_average()}  (cores: {os.cpu_count()})")
    print(f"{args.workers} workers, {worker_months} with hours in 2025; runs: {args.runs}")
    print(
        f"storing 12 months: {storing:.2f} s; {size} bytes stored, "
        f"{size / (args.workers * 12):.1f} bytes per worker-month"
    )
    print("\nin this process (median, min, max):")
    floor = in_process(args.runs, scan)
    name = "bare scan of the year's hour rows"
    print(f"  {name:<44} {floor[0]:6.3f} s  ({floor[1]:.3f}-{floor[2]:.3f})")
    for name, workspace in (("open year: activity report", opened), ("closed year", closed)):
        figures = in_process(args.runs, report(workspace))
        goal = "  goal <= 0.3 s" if workspace is closed else ""
        print(
            f"  {name:<44} {figures[0]:6.3f} s  ({figures[1]:.3f}-{figures[2]:.3f})"
            f"  {figures[0] / floor[0]:5.1f}x scan{goal}"
        )
    opened.close()
    closed.close()

    print("\nas whole processes:")
    floor_process = floor_query(f"sqlite:///{open_file}", floor_sql, args.runs)
    print(f"  {'bare scan process':<58} {floor_process:7.2f} s")
    for name, path in (("open year", open_file), ("closed year", closed_file)):
        command = [*sodesk, "--database", f"sqlite:///{path}", "report", "activities"]
        command += ["--from", YEAR[0], "--to", YEAR[1]]
        goal = "goal: no slower than the scan" if path == closed_file else ""
        figures = median_of(args.runs, command, env)
        print("  " + line(f"sodesk report activities, {name}", figures, floor_process, goal))
    print(f"\nload average at the end: {load_average()}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
