"""The speed of sodesk on a company of 3,000 people, measured as a user meets it.

Builds the company (``sodesk demo --workers 3000``), exports it as the CSV files of
INTERFACES.md and times, as whole processes (median of several runs): the import of that
export into an empty database; ``sodesk report activities`` for a year on SQLite and on
PostgreSQL; the window's start-up until the first page has its figures. Beside each it
times the floor, the bare SQL query that reads the same hour rows once grouped per
worker, activity and month, and prints the ratio. Run on purpose, not in the test suite:

    .venv/bin/python bench/run_bench.py [--workers 3000] [--years 1] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.export_csv import export  # noqa: E402
from sodesk.storage.database import make_engine  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402

SODESK = [sys.executable, "-m", "sodesk"]
FLOOR_SQLITE = (
    "SELECT worker_id, activity_id, substr(date, 1, 7) AS m, sum(hours) FROM hours "
    "WHERE date BETWEEN '{start}' AND '{end}' GROUP BY worker_id, activity_id, m"
)
FLOOR_POSTGRES = (
    "SELECT worker_id, activity_id, to_char(date, 'YYYY-MM') AS m, sum(hours) FROM hours "
    "WHERE date BETWEEN '{start}' AND '{end}' GROUP BY worker_id, activity_id, m"
)


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak memory (kB) of one run of a command, via GNU time."""
    with tempfile.NamedTemporaryFile("r") as report:
        started = time.perf_counter()
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", report.name, *command],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
        return seconds, int(report.read().strip().splitlines()[-1])


def median_of(
    runs: int, command: list[str], env: dict[str, str] | None = None, before=None
) -> tuple[float, float, float, int]:  # type: ignore[no-untyped-def]
    results = []
    for _ in range(runs):
        if before is not None:
            before()
        results.append(timed(command, env))
    seconds = [s for s, _ in results]
    return statistics.median(seconds), min(seconds), max(seconds), max(m for _, m in results)


def floor_query(url: str, sql: str, runs: int) -> float:
    """The bare SQL: the same hour rows read once, grouped per worker, activity and month."""
    script = (
        "import sys; from sqlalchemy import text; from sodesk.storage.database import "
        "make_engine; e = make_engine(sys.argv[1]); c = e.connect(); "
        "c.execute(text(sys.argv[2])).fetchall()"
    )
    return median_of(runs, [sys.executable, "-c", script, url, sql])[0]


def line(
    name: str, figures: tuple[float, float, float, int], floor: float | None = None, goal: str = ""
) -> str:
    median, low, high, memory = figures
    ratio = f"{median / floor:5.1f}x floor" if floor else " " * 13
    return (
        f"{name:<46} {median:7.2f} s  (min {low:.2f}, max {high:.2f})  {ratio}  "
        f"{memory / 1024:6.0f} MB  {goal}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3000)
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep the databases in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sodesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    end_year = 2025
    start = f"{end_year - args.years + 1}-01-01"
    end = f"{end_year}-12-31"
    print(
        f"sodesk benchmark: {args.workers} workers, {args.years} year(s), {args.runs} runs, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )

    source = folder / "demo.sqlite3"
    source.unlink(missing_ok=True)
    url = f"sqlite:///{source}"
    demo = timed(
        [
            *SODESK,
            "--database",
            url,
            "demo",
            "--workers",
            str(args.workers),
            "--years",
            str(args.years),
        ]
    )
    engine = make_engine(url)
    with engine.connect() as connection:
        from sqlalchemy import text

        rows = connection.execute(text("SELECT count(*) FROM hours")).scalar()
    print(f"demo data: {rows} hour rows in {demo[0]:.1f} s")
    csv_folder = folder / "export"
    shutil.rmtree(csv_folder, ignore_errors=True)
    counts = export(engine, csv_folder)
    engine.dispose()
    print(f"export: {sum(counts.values())} rows in {len(counts)} files")

    results: list[str] = []

    def record(text: str) -> None:
        print(text, flush=True)
        results.append(text)

    target = folder / "import.sqlite3"

    def fresh_target() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        subprocess.run(
            [*SODESK, "--database", f"sqlite:///{target}", "db", "upgrade"],
            check=True,
            capture_output=True,
        )

    imported = median_of(
        max(1, args.runs - 1),
        [*SODESK, "--database", f"sqlite:///{target}", "import", str(csv_folder)],
        before=fresh_target,
    )
    record(
        line(
            f"import of the export ({rows} hour rows), SQLite", imported, goal="goal < 30 s, < 1 GB"
        )
    )

    sqlite_floor = floor_query(url, FLOOR_SQLITE.format(start=start, end=end), args.runs)
    report = [
        *SODESK,
        "--database",
        url,
        "report",
        "activities",
        "--from",
        start,
        "--to",
        end,
        "--out",
        str(folder / "activities.json"),
    ]
    sqlite_report = median_of(args.runs, report)
    record(
        line(
            "floor: hour rows grouped per worker/activity/month, SQLite",
            (sqlite_floor, sqlite_floor, sqlite_floor, 0),
        )
    )
    record(
        line(
            "report activities, a year, SQLite",
            sqlite_report,
            sqlite_floor,
            "goal < 2 s, < 3x floor",
        )
    )

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    starts, pauses = [], []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "ui_latency.py"), url],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for text_line in out.splitlines():
            if text_line.startswith("start-up"):
                starts.append(float(text_line.rsplit(":", 1)[1].split()[0]))
            elif "longest UI-thread pause" in text_line:
                pauses.append(int(text_line.split("pause")[1].split("ms")[0]))
    startup = (statistics.median(starts), min(starts), max(starts), 0)
    record(line("window start-up until the first page has its figures", startup, goal="goal < 2 s"))
    record(
        f"{'longest UI-thread pause over all actions':<46} {max(pauses):7d} ms"
        f"{'':48}goal < 100 ms (bench/ui_latency.py lists each action)"
    )

    server = PostgresServer().start()
    try:
        from sqlalchemy import create_engine, text

        admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE bench"))
        admin.dispose()
        pg_url = server.url.rsplit("/", 1)[0] + "/bench"
        subprocess.run(
            [*SODESK, "--database", pg_url, "db", "upgrade"], check=True, capture_output=True
        )
        pg_import = timed([*SODESK, "--database", pg_url, "import", str(csv_folder)])
        record(
            line(
                "import of the export, PostgreSQL",
                (pg_import[0], pg_import[0], pg_import[0], pg_import[1]),
            )
        )
        pg_engine = make_engine(pg_url)
        with pg_engine.begin() as connection:
            connection.execute(text("ANALYZE"))
        pg_engine.dispose()
        pg_floor = floor_query(pg_url, FLOOR_POSTGRES.format(start=start, end=end), args.runs)
        pg_report = median_of(
            args.runs,
            [
                *SODESK,
                "--database",
                pg_url,
                "report",
                "activities",
                "--from",
                start,
                "--to",
                end,
                "--out",
                str(folder / "activities-pg.json"),
            ],
        )
        record(line("floor, PostgreSQL", (pg_floor, pg_floor, pg_floor, 0)))
        record(
            line(
                "report activities, a year, PostgreSQL",
                pg_report,
                pg_floor,
                f"{pg_report[0] / sqlite_report[0]:.2f}x SQLite (goal < 1.5x)",
            )
        )
    finally:
        server.stop()
    print("\nsummary:\n" + "\n".join(results))
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
