"""``sodesk period close|reopen|list`` as a controller's batch uses it: the check's list and
exit 1 without ``--force``, the months as a table or JSON, a reason required to reopen, the
signed-in role's rights (a job coach is refused, exit 1), and a change of a closed month from
another command refused with the month named."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete

from sodesk.cli import main
from sodesk.domain.enums import Role
from sodesk.services.users import create_user
from sodesk.services.workspace import open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder

PASSWORDS = {"cor": "herfst-2025-x", "anouk": "zomer-2025-x"}


@pytest.fixture
def url(sqlite_url: str, tmp_path: Path) -> str:
    assert main(["--database", sqlite_url, "import", str(write_folder(tmp_path, MARCH_2025))]) == 0
    return sqlite_url


def _users(url: str) -> None:
    workspace = open_workspace(url)
    with transaction(workspace.sessions) as session:
        create_user(session, "cor", "Cor Controller", Role.CONTROLLER, PASSWORDS["cor"])
        create_user(session, "anouk", "Anouk de Vries", Role.JOB_COACH, PASSWORDS["anouk"])
    workspace.close()


def _as(monkeypatch: pytest.MonkeyPatch, url: str, user: str, *command: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS[user] + "\n"))
    return main(["--database", url, "--user", user, "--password-stdin", *command])


def test_close_lists_what_is_incomplete_and_needs_force(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = open_workspace(url)
    with transaction(workspace.sessions) as session:
        session.execute(delete(t.CompanyYearRow))
    workspace.close()
    capsys.readouterr()
    assert main(["--database", url, "period", "close", "2025-03"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mrt 2025 niet afgesloten; onvolledig:\n- ")
    assert "--force" in err
    assert main(["--database", url, "period", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(m["month"], m["closed"]) for m in listed] == [("2025-03", False)]
    assert main(["--database", url, "period", "close", "2025-03", "--force"]) == 0
    assert "Afgesloten: mrt 2025" in capsys.readouterr().err
    assert main(["--database", url, "period", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["Maand", "Status", "Afgesloten", "op", "Door"]
    assert table[1].startswith("mrt 2025   afgesloten  ")


def test_reopen_needs_a_reason_and_the_role(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _users(url)
    assert _as(monkeypatch, url, "anouk", "period", "close", "2025-03") == 1
    assert "maanden afsluiten" in capsys.readouterr().err
    assert _as(monkeypatch, url, "cor", "period", "close", "2025-03") == 0
    assert _as(monkeypatch, url, "anouk", "period", "list") == 0  # everyone sees the months
    capsys.readouterr()
    assert _as(monkeypatch, url, "cor", "period", "reopen", "2025-03", "--reason", " ") == 1
    assert "reden" in capsys.readouterr().err
    assert _as(monkeypatch, url, "cor", "period", "reopen", "2025-03", "--reason", "fout") == 0
    assert "Heropend: mrt 2025" in capsys.readouterr().err
    assert main(["--database", url, "period", "close"]) == 2  # no month: a usage error


def test_an_import_into_a_closed_month_exits_1_naming_the_month(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", url, "period", "close", "2025-03", "--force"]) == 0
    again = write_folder(tmp_path / "again", {"hours": MARCH_2025["hours"]})
    capsys.readouterr()
    assert main(["--database", url, "import", str(again)]) == 1
    err = capsys.readouterr().err
    assert err.count("De maand mrt 2025 is afgesloten") == 10  # every row of the file
    assert "sodesk period reopen 2025-03 --reason" in err
