"""The command line signs in when the database has users, with the window's rights.

Before, anyone who could open the database file got every money figure from ``sodesk
report``; a job coach's command line gave what her window hides. Now a database with users
needs ``--user NAME`` (the password from a hidden prompt or ``--password-stdin``), and the
permission table decides as in the window; refusals are exit status 1.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.domain.enums import Role
from sodesk.services.users import create_user
from sodesk.services.workspace import open_workspace
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder

PASSWORDS = {"coach.anouk": "zomer-2025-x", "cor": "herfst-2025-x", "bea": "winter-2025-x"}
REPORT = ["report", "activities", "--from", "2025-03-01", "--to", "2025-03-31"]


@pytest.fixture
def with_users(sqlite_url: str, tmp_path: Path) -> str:
    """MARCH_2025 imported (before the first user), then a job coach, a controller and an
    administrator."""
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", sqlite_url, "import", str(folder)]) == 0
    workspace = open_workspace(sqlite_url)
    with transaction(workspace.sessions) as session:
        coach = PASSWORDS["coach.anouk"]
        create_user(session, "coach.anouk", "Anouk de Vries", Role.JOB_COACH, coach)
        create_user(session, "cor", "Cor Controller", Role.CONTROLLER, PASSWORDS["cor"])
        create_user(session, "bea", "Bea Beheer", Role.ADMINISTRATOR, PASSWORDS["bea"])
    workspace.close()
    return sqlite_url


def _run(
    monkeypatch: pytest.MonkeyPatch, url: str, user: str | None, *command: str
) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS.get(user or "", "") + "\n"))
    login = ["--user", user, "--password-stdin"] if user else []
    return main(["--database", url, *login, *command])


def test_a_database_with_users_refuses_a_command_without_sign_in(
    with_users: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, with_users, None, *REPORT) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "--user" in captured.err


def test_a_job_coach_gets_no_money_from_the_command_line(
    with_users: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert _run(monkeypatch, with_users, "coach.anouk", *REPORT) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "als jobcoach niet: bedragen en rapporten inzien" in captured.err
    copy = tmp_path / "kopie.sqlite3"
    for command in (["backup", str(copy)], ["import", "--dry-run", str(tmp_path)]):
        assert _run(monkeypatch, with_users, "coach.anouk", *command) == 1
    assert not copy.exists()


def test_a_controller_signs_in_and_gets_the_report_but_makes_no_backup(
    with_users: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert _run(monkeypatch, with_users, "cor", *REPORT) == 0
    report = json.loads(capsys.readouterr().out)
    assert "A1" in [line["code"] for line in report["activities"]]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS["cor"] + "\n"))
    after = ["--database", with_users, *REPORT, "--user", "cor", "--password-stdin"]
    assert main(after) == 0  # the options after the subcommand work as well
    assert json.loads(capsys.readouterr().out)["activities"] == report["activities"]
    assert _run(monkeypatch, with_users, "cor", "backup", str(tmp_path / "k.sqlite3")) == 1
    assert "als controller niet: kopieën van de database maken" in capsys.readouterr().err
    assert not (tmp_path / "k.sqlite3").exists()  # a backup is the administrator's
    assert _run(monkeypatch, with_users, "bea", "backup", str(tmp_path / "k.sqlite3")) == 0
    assert (tmp_path / "k.sqlite3").exists()


def test_a_wrong_password_is_one_message_and_exit_1(
    with_users: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("fout-wachtwoord\n"))
    assert main(["--database", with_users, "--user", "cor", "--password-stdin", *REPORT]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "onjuist wachtwoord" in captured.err.lower()


def test_screenshots_sign_in_too(
    with_users: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert _run(monkeypatch, with_users, None, "screenshots", str(tmp_path / "shots")) == 1
    assert not (tmp_path / "shots").exists()


def test_the_command_line_as_a_user_types_it(with_users: str) -> None:
    """Separate processes, the password on standard input."""
    env = dict(os.environ, SODESK_DATABASE_URL=with_users)
    command = [sys.executable, "-m", "sodesk", "--user", "cor", "--password-stdin"]
    done = subprocess.run(
        [*command, *REPORT], input=PASSWORDS["cor"] + "\n", env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["activities"]
    coach = [sys.executable, "-m", "sodesk", "--user", "coach.anouk", "--password-stdin"]
    password = PASSWORDS["coach.anouk"] + "\n"
    refused = subprocess.run(
        [*coach, *REPORT], input=password, env=env, capture_output=True, text=True
    )
    assert refused.returncode == 1 and refused.stdout == ""
    assert "niet: bedragen en rapporten inzien" in refused.stderr
