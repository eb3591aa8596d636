"""An import lists at most 1,000 problems and counts the rest ("en nog N"), memory bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from sodesk.services.imports import run_import
from sodesk.services.workspace import Workspace
from sodesk.storage.imports.problems import LISTED, ImportProblem, ProblemList
from tests.import_factories import DUTCH_EXPORT, sodesk, write_dutch_folder

BAD_ROWS = 2500


def _bad_hours() -> dict[str, str]:
    rows = "".join(f"1001;INP;2024-12-02;tien{i}\n" for i in range(BAD_ROWS))
    return DUTCH_EXPORT | {"hours": "personnel_number;activity_code;date;hours\n" + rows}


def test_the_cli_lists_the_first_thousand_problems_and_counts_the_rest(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert sodesk(sqlite_url, "import", str(write_dutch_folder(tmp_path / "a", _bad_hours()))) == 1
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if line.startswith("hours.csv, rij ")]) == LISTED
    assert err[-2].startswith(f"… en nog {BAD_ROWS - LISTED} probleem/problemen")
    assert err[-1] == f"Niets ingelezen: {BAD_ROWS} probleem/problemen."


def test_the_window_gets_the_first_thousand_and_the_count(
    workspace: Workspace, tmp_path: Path
) -> None:
    outcome = run_import(workspace, write_dutch_folder(tmp_path / "a", _bad_hours()), dry_run=True)
    assert len(outcome.problems) == LISTED
    assert outcome.more_problems == BAD_ROWS - LISTED
    assert outcome.problem_count == BAD_ROWS


def test_problems_beyond_the_list_are_only_counted() -> None:
    problems = ProblemList()
    for row in range(LISTED + 10):
        problems.append(ImportProblem("hours.csv", row, "hours", "x" * 10_000, "is geen getal"))
    problems += [ImportProblem("hours.csv", 1, None, None, "nog een")]
    assert (len(problems), problems.more, problems.total) == (LISTED, 11, LISTED + 11)
    assert all(len(p.value or "") < 300 for p in problems)  # long values are cut when kept
