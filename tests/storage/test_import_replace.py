"""Importing again replaces by natural key; a later import refers to what an earlier one stored.

INTERFACES.md "Import files": importing the same export twice changes nothing, a corrected
export corrects, and a later import may refer to codes stored by an earlier one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_factories import (
    DUTCH_EXPORT,
    activities_json,
    lines_by_code,
    row_counts,
    sodesk,
    write_dutch_folder,
)

PERIOD = ("2024-12-01", "2025-01-31")


def test_importing_the_same_export_twice_changes_nothing(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    assert sodesk(database_url, "import", str(folder)) == 0
    counts, first = row_counts(database_url), activities_json(database_url, capsys, *PERIOD)

    assert sodesk(database_url, "import", str(folder)) == 0

    assert row_counts(database_url) == counts
    assert counts["hours"] == 36 and counts["wage_value_tasks"] == 2
    assert activities_json(database_url, capsys, *PERIOD) == first


def test_a_corrected_export_replaces_rate_and_hours_and_the_figures_follow(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """INP's 2025 rate goes from 21,00 to 22,00 and 1001 worked 12,5 hours, not 10,5, on
    2025-01-06: INP then has 126 productive hours, revenue 62 x 20 + 64 x 22 = 2.648,00."""
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    counts = row_counts(database_url)
    corrected = {
        "rates": """
            activity_code;valid_from;valid_to;unit;price
            INP;2025-01-01;;hour;22,00
        """,
        "hours": """
            personnel_number;activity_code;date;hours
            1001;INP;2025-01-06;12,5
        """,
    }
    folder = write_dutch_folder(tmp_path / "correction", corrected)
    assert sodesk(database_url, "import", str(folder)) == 0

    inp = lines_by_code(activities_json(database_url, capsys, *PERIOD))["INP"]
    assert (inp["productive_hours"], inp["revenue"], inp["current_rate"]) == (
        "126.00",
        "2648.00",
        "22.00",
    )
    assert row_counts(database_url) == counts


def test_corrected_tasks_replace_the_stored_tasks_and_the_wage_value_follows(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The assessor corrects 1001's measurement a month later: one task, 100 % of the time,
    tempo 50, quality 100, net work time 100 -> 50 %. Only the tasks file is sent; the
    measurement is stored. The old two tasks go, the norm follows: 31 x 0,5 x (13,68 +
    14,06) = 429,97 on INP."""
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    tasks = {
        "wage_value_tasks": """
            personnel_number;measured_on;task;time_share_percent;tempo_percent;quality_percent;net_work_time_percent
            1001;2024-06-01;Inpakken;100;50;100;100
        """
    }
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", tasks))) == 0

    inp = lines_by_code(activities_json(database_url, capsys, *PERIOD))["INP"]
    assert inp["wage_value_norm"] == "429.97"
    assert row_counts(database_url)["wage_value_tasks"] == 1


def test_tasks_for_a_stored_bare_percentage_must_agree_with_it(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1002's measurement was stored as a bare 60 %; tasks that give 50 % disagree and are
    refused, tasks that give 60 % are stored beside it."""
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    header = (
        "personnel_number;measured_on;task;time_share_percent;tempo_percent;"
        "quality_percent;net_work_time_percent\n"
    )
    wrong = {"wage_value_tasks": header + "1002;2024-01-15;Monteren;100;50;100;100"}
    capsys.readouterr()
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", wrong))) == 1
    err = capsys.readouterr().err
    assert "wage_value_tasks.csv, rij 2" in err and "60" in err and "50.00" in err

    right = {"wage_value_tasks": header + "1002;2024-01-15;Monteren;100;60;100;100"}
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "c", right))) == 0
    assert row_counts(database_url)["wage_value_tasks"] == 3


def test_a_later_import_refers_to_workers_and_activities_stored_earlier(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Everything but hours in November; the hours a month later, alone: the same report."""
    without_hours = {k: v for k, v in DUTCH_EXPORT.items() if k != "hours"}
    first = write_dutch_folder(tmp_path / "november", without_hours)
    later = write_dutch_folder(tmp_path / "december", {"hours": DUTCH_EXPORT["hours"]})
    assert sodesk(database_url, "import", str(first)) == 0
    assert row_counts(database_url)["hours"] == 0
    assert sodesk(database_url, "import", str(later)) == 0

    inp = lines_by_code(activities_json(database_url, capsys, *PERIOD))["INP"]
    assert (inp["productive_hours"], inp["lks"], inp["revenue"]) == ("124.00", "1174.69", "2542.00")


def test_dry_run_on_a_good_folder_writes_nothing(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    before = row_counts(database_url)
    assert sodesk(database_url, "import", "--dry-run", str(folder)) == 0
    assert "hours: 36" in capsys.readouterr().err
    assert row_counts(database_url) == before
