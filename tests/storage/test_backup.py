"""A backup is a consistent copy; restoring it brings back exactly what was there."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.storage.backup import BackupError, read_manifest
from tests.factories import MARCH_2025, write_folder


def _activities(database_url: str, capsys: pytest.CaptureFixture[str]) -> dict:
    assert (
        main(
            [
                "--database",
                database_url,
                "report",
                "activities",
                "--from",
                "2025-03-01",
                "--to",
                "2025-03-31",
            ]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    report.pop("generated_at")
    return report


def test_backup_and_restore_give_back_the_same_figures(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--database", database_url, "import", str(write_folder(tmp_path / "in", MARCH_2025))])
        == 0
    )
    before = _activities(database_url, capsys)
    copy = tmp_path / "kopie" / "sodesk.backup"
    copy.parent.mkdir()  # a backup goes into a folder that exists (a missing one is refused)
    assert main(["--database", database_url, "backup", str(copy)]) == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert read_manifest(copy)["tables"]["hours"] == 10

    changed = dict(
        MARCH_2025, hours="personnel_number,activity_code,date,hours\nP1,A1,2025-03-17,8\n"
    )
    assert (
        main(["--database", database_url, "import", str(write_folder(tmp_path / "more", changed))])
        == 0
    )
    assert _activities(database_url, capsys) != before

    assert main(["--database", database_url, "restore", str(copy)]) == 0
    assert _activities(database_url, capsys) == before
    # ids continue after a restore: a new import still works
    assert (
        main(["--database", database_url, "import", str(write_folder(tmp_path / "more", changed))])
        == 0
    )


def test_a_file_that_is_no_backup_is_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "niet.backup"
    bogus.write_text("geen zip")
    with pytest.raises(BackupError):
        read_manifest(bogus)
    assert main(["--database", sqlite_url, "restore", str(bogus)]) == 1
    assert "geen sodesk-kopie" in capsys.readouterr().err
