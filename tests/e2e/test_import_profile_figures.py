"""The example exports, read through their profiles, give the figures of sodesk's own format.

The planning export (Windows-1252, ``;``, decimal commas, dates 02-12-2024, a row per worker
and project per week, project codes of its own) and the HR export (Dutch headers, one file
for workers and employments) hold the same hours, workers and employments as DUTCH_EXPORT,
whose figures test_import_dutch_export.py checks by hand. Imported through the profiles
beside DUTCH_EXPORT's other files, every report figure must be the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sodesk.storage.imports.profiles import EXAMPLES
from tests.import_factories import DUTCH_EXPORT, activities_json, sodesk, write_dutch_folder
from tests.profile_factories import (
    HR_FOLDER,
    HR_PROFILE,
    PLANNING_FOLDER,
    PLANNING_PROFILE,
    organisation_folder,
    rest_folder,
)

PERIOD = ("2024-12-01", "2025-01-31")


def test_the_examples_are_a_dutch_excel_export() -> None:
    data = next(PLANNING_FOLDER.glob("*.csv")).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    first = data.decode("cp1252").splitlines()[1]
    assert ";" in first and "10,5" in first and "02-12-2024" in first
    assert EXAMPLES.is_dir() and HR_PROFILE.is_file() and PLANNING_PROFILE.is_file()


def test_exports_through_profiles_give_the_figures_of_the_own_format(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = tmp_path / "own.sqlite3"
    own_url = f"sqlite:///{own}"
    assert sodesk(own_url, "import", str(write_dutch_folder(tmp_path / "own", DUTCH_EXPORT))) == 0
    expected = activities_json(own_url, capsys, *PERIOD)

    assert sodesk(database_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    capsys.readouterr()
    assert sodesk(database_url, "import", str(HR_FOLDER), "--profile", str(HR_PROFILE)) == 0
    hr_check = capsys.readouterr().err
    assert sodesk(database_url, "import", str(rest_folder(tmp_path / "rest"))) == 0
    planning = ["import", str(PLANNING_FOLDER), "--profile", str(PLANNING_PROFILE)]
    status = sodesk(database_url, *planning)
    planning_check = capsys.readouterr().err
    assert status == 0, planning_check

    assert "workers: 6, employments: 6" in hr_check
    assert "gelezen als UTF-8" in hr_check
    assert "kolommen niet gebruikt: Afdeling" in hr_check
    assert "hours: 36" in planning_check
    assert "uren-dec-jan.csv: gelezen als Windows-1252, met ';'" in planning_check
    assert "kolommen niet gebruikt: Naam, Omschrijving, Totaal" in planning_check
    found = activities_json(database_url, capsys, *PERIOD)
    assert found["activities"] == expected["activities"]
    assert found == expected
    assert {line["code"]: line["lks"] for line in found["activities"]}["INP"] == "1174.69"
