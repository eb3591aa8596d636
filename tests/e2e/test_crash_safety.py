"""A kill -9 in the middle of an import leaves the database exactly as it was before."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from sodesk.cli import main
from sodesk.storage.base import Base
from tests.factories import MARCH_2025, write_folder


def _large_export(folder: Path, workers: int = 150) -> Path:
    """MARCH_2025 plus many workers with daily hours through 2025 (about 40,000 rows)."""
    files = dict(MARCH_2025)
    people = ["personnel_number,first_name,last_name,target_group,municipality_code"]
    jobs = ["personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage"]
    hours = ["personnel_number,activity_code,date,hours"]
    day = dt.date(2025, 1, 1)
    days = [day + dt.timedelta(days=n) for n in range(365)]
    workdays = [d for d in days if d.weekday() < 5]
    for n in range(workers):
        number = f"X{n:04d}"
        people.append(f"{number},Test,Persoon {n},wsw,M1")
        jobs.append(f"{number},2025-01-01,,32,16.50")
        hours.extend(f"{number},A1,{d.isoformat()},6.5" for d in workdays)
    files["workers"] = "\n".join(people)
    files["employments"] = "\n".join(jobs)
    files["hours"] = "\n".join(hours)
    for name in ("wage_values", "placements", "guidance"):
        files.pop(name)
    return write_folder(folder, files)


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
    engine.dispose()
    return counts


def _writing(url: str, path: str) -> bool:
    """True while the import holds uncommitted writes (not still reading, not yet done).

    SQLite: another connection cannot take the write lock. PostgreSQL: another backend has a
    transaction id, which it gets at its first write.
    """
    if url.startswith("sqlite"):
        connection = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError as error:
            return "locked" in str(error)
        finally:
            connection.close()
    engine = create_engine(url)
    with engine.connect() as connection:
        busy = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL "
                "AND pid <> pg_backend_pid() AND datname = current_database()"
            )
        ).scalar_one()
    engine.dispose()
    return bool(busy)


@pytest.mark.slow
def test_kill_during_import_leaves_the_database_unchanged(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "--database",
                database_url,
                "import",
                str(write_folder(tmp_path / "first", MARCH_2025)),
            ]
        )
        == 0
    )
    before = _counts(database_url)
    folder = _large_export(tmp_path / "large")
    process = subprocess.Popen(
        [sys.executable, "-m", "sodesk", "--database", database_url, "import", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    sqlite_path = database_url.removeprefix("sqlite:///")
    deadline = time.monotonic() + 120
    while not _writing(database_url, sqlite_path):
        assert process.poll() is None, "the import ended before it was caught writing"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert _counts(database_url) == before
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url)
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        engine.dispose()
    # and the same import, run to the end, goes in whole
    assert main(["--database", database_url, "import", str(folder)]) == 0
    assert _counts(database_url)["hours"] == before["hours"] + 150 * 261
