"""Every refusal of sodesk's own import is still a refusal through a profile.

The cases of test_import_bad_input.py are written again with another system's headers
(``Personnel Number`` for ``personnel_number``) and read through a profile that maps them:
each must exit with 1, name the source file, the row, the *source's* column header and the
value, and leave every table as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_factories import DUTCH_EXPORT, snapshot, sodesk
from tests.profile_factories import foreign, foreign_folder, foreign_profile
from tests.storage.test_import_bad_input import CASES, Case, message_line


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_refusal_of_the_own_format_is_a_refusal_through_a_profile(
    case: Case, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = foreign_folder(tmp_path / "a", DUTCH_EXPORT)
    profile = foreign_profile(tmp_path / "a.toml", DUTCH_EXPORT)
    assert sodesk(sqlite_url, "import", str(good), "--profile", str(profile)) == 0
    before = snapshot(sqlite_url)
    spoiled = DUTCH_EXPORT | {case.file: case.text}
    profile = foreign_profile(tmp_path / "b.toml", spoiled)
    capsys.readouterr()

    folder = foreign_folder(tmp_path / "b", spoiled)
    status = sodesk(sqlite_url, "import", str(folder), "--profile", str(profile))

    err = capsys.readouterr().err
    assert status == 1, err
    column = ", ".join(foreign(part) for part in case.column.split(", "))
    message_line(err, f"{case.file}.csv", case.row, column, case.value)
    assert err.splitlines()[-1].startswith("Niets ingelezen")
    assert snapshot(sqlite_url) == before
