"""Rows that would be counted twice are refused with both rows named, and nothing is written.

A BSN on two workers (one person twice), two employments of one worker at the same time (two
wages), two invoiced revenue periods of one activity that overlap (the revenue twice): within
one file, or a file's row against a row stored by an earlier import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_factories import DUTCH_EXPORT, snapshot, sodesk, write_dutch_folder

WORKERS = "personnel_number;first_name;last_name;bsn;target_group;municipality_code\n"
EMPLOYMENTS = "personnel_number;start_date;end_date;contract_hours_per_week;hourly_wage\n"
REVENUE = "activity_code;period_start;period_end;amount\n"


def _refused(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> list[str]:
    first = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT)
    assert sodesk(database_url, "import", str(first)) == 0
    before = snapshot(database_url)
    capsys.readouterr()
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", files))) == 1
    assert snapshot(database_url) == before
    return capsys.readouterr().err.splitlines()


def test_a_bsn_on_a_second_worker_is_refused_naming_both(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1002 holds 123456782; 1007 in the file gets it too, and 1008 and 1009 share one."""
    workers = WORKERS + (
        "1007;Gijs;Nieuw;123456782;sheltered;M1\n"
        "1008;Hans;Een;111222333;sheltered;M1\n"
        "1009;Ina;Twee;111222333;sheltered;M1\n"
    )
    err = _refused(database_url, tmp_path, capsys, {"workers": workers})
    assert (
        "workers.csv, rij 2, kolom bsn: '123456782' staat ook bij medewerker 1002 "
        "(eerder ingelezen): één BSN hoort bij één medewerker" in err
    )
    # 111222333 is 1001's (DUTCH_EXPORT): 1008 and 1009 each name the other two
    assert any(
        line.startswith("workers.csv, rij 3, kolom bsn: '111222333'")
        and "1001 (eerder ingelezen)" in line
        and "1009 (rij 4)" in line
        for line in err
    )


def test_two_employments_of_one_worker_at_once_are_refused_naming_both(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1001's stored employment from 2023-01-01 has no end; a second from 2024-01-01 overlaps.
    1002 gets two overlapping ones within the file."""
    employments = EMPLOYMENTS + (
        "1001;2024-01-01;;20;15,00\n"
        "1002;2023-06-01;2024-06-30;28;16,00\n"
        "1002;2024-06-01;;28;16,50\n"
    )
    err = _refused(database_url, tmp_path, capsys, {"employments": employments})
    assert any(
        line.startswith("employments.csv, rij 2, kolom start_date: '2024-01-01' overlapt met het "
        "eerder ingelezen dienstverband van 2023-01-01 tot open einde (medewerker 1001)")
        for line in err
    ), err
    assert any(
        line.startswith("employments.csv, rij 4, kolom start_date: '2024-06-01' overlapt met "
        "rij 3 (medewerker 1002)")
        for line in err
    ), err


def test_a_closed_employment_followed_by_a_new_one_is_accepted(
    database_url: str, tmp_path: Path
) -> None:
    first = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT)
    assert sodesk(database_url, "import", str(first)) == 0
    employments = EMPLOYMENTS + "1002;2023-06-01;2024-06-30;28;16,00\n1002;2024-07-01;;28;16,50\n"
    folder = write_dutch_folder(tmp_path / "b", {"employments": employments})
    assert sodesk(database_url, "import", str(folder)) == 0


def test_overlapping_invoiced_periods_of_one_activity_are_refused_naming_both(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SCH's January 2025 is stored; a quarter from 2025-01-01 overlaps it."""
    revenue = REVENUE + "SCH;2025-01-01;2025-03-31;12000,00\n"
    err = _refused(database_url, tmp_path, capsys, {"revenue": revenue})
    assert any(
        line.startswith("revenue.csv, rij 2, kolom period_start: '2025-01-01' overlapt met "
        "de eerder ingelezen gefactureerde periode van 2025-01-01 tot 2025-01-31 (activiteit SCH)")
        for line in err
    ), err
