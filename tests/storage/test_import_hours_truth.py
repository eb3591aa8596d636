"""hours.csv is the whole truth for each (worker, date) it contains (INTERFACES.md).

Stored hours of that worker on that date that the file lacks are removed, and the check says
how many before anything is written. A worker's other days, and other workers, are untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from sodesk.services.imports import run_import
from sodesk.services.workspace import Workspace
from tests.import_factories import DUTCH_EXPORT, snapshot, write_dutch_folder

HOURS = "personnel_number;activity_code;date;hours\n"


def _hours(database_url: str, number: str) -> list[tuple[Any, ...]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            query = text(
                "SELECT h.date, a.code, h.hours FROM hours h "
                "JOIN workers w ON w.id = h.worker_id JOIN activities a ON a.id = h.activity_id "
                "WHERE w.personnel_number = :number ORDER BY h.date, a.code"
            )
            return [
                (str(day), code, float(hours))
                for day, code, hours in connection.execute(query, {"number": number})
            ]
    finally:
        engine.dispose()


def test_a_corrected_activity_replaces_the_old_row_and_the_check_counts_it(
    workspace: Workspace, database_url: str, tmp_path: Path
) -> None:
    """1001 booked 10,5 hours on INP on 2024-12-02; the corrected export has them on ASS."""
    assert run_import(workspace, write_dutch_folder(tmp_path / "a", DUTCH_EXPORT), dry_run=False).ok
    others = _hours(database_url, "1002")
    corrected = write_dutch_folder(tmp_path / "b", {"hours": HOURS + "1001;ASS;2024-12-02;10,5"})

    before = snapshot(database_url)
    check = run_import(workspace, corrected, dry_run=True)
    assert check.ok and check.summary is not None
    assert check.summary.removed == {"hours": 1}
    assert "1 opgeslagen uurregel(s) worden verwijderd" in check.summary.describe()
    assert snapshot(database_url) == before  # the check writes nothing

    done = run_import(workspace, corrected, dry_run=False)
    assert done.ok and done.summary is not None and done.summary.removed == {"hours": 1}
    days = _hours(database_url, "1001")
    assert [d for d in days if d[0] == "2024-12-02"] == [("2024-12-02", "ASS", 10.5)]
    assert len(days) == 6  # the other five days untouched
    assert _hours(database_url, "1002") == others


def test_a_file_without_other_activities_removes_nothing_else(
    workspace: Workspace, database_url: str, tmp_path: Path
) -> None:
    assert run_import(workspace, write_dutch_folder(tmp_path / "a", DUTCH_EXPORT), dry_run=False).ok
    same = write_dutch_folder(tmp_path / "b", {"hours": HOURS + "1001;INP;2024-12-02;9"})
    done = run_import(workspace, same, dry_run=False)
    assert done.ok and done.summary is not None and done.summary.removed == {"hours": 0}
    assert ("2024-12-02", "INP", 9.0) in _hours(database_url, "1001")
    assert len(_hours(database_url, "1001")) == 6
