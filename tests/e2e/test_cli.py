"""The command line as a user types it: exit codes, demo data, JSON of the INTERFACES shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sodesk.cli import main

ACTIVITY_FIELDS = {
    "code",
    "name",
    "work_type",
    "productive_hours",
    "revenue",
    "revenue_source",
    "purchase_value",
    "ntw",
    "ntw_per_hour",
    "wage_cost",
    "lks",
    "guidance_cost",
    "guidance_subsidy",
    "wsw_subsidy",
    "overhead",
    "cost",
    "income",
    "coverage_percent",
    "result",
    "cost_price_per_hour",
    "wage_value_norm",
    "hours_without_wage_value",
    "earning_gap",
    "current_rate",
    "break_even_rate",
}


def test_usage_errors_exit_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "activities", "--from", "31-01-2025", "--to", "2025-12-31"])
    assert exit_info.value.code == 2
    assert "31-01-2025" in capsys.readouterr().err


def test_a_period_ending_before_it_starts_is_bad_input(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "--database",
                sqlite_url,
                "report",
                "activities",
                "--from",
                "2025-12-31",
                "--to",
                "2025-01-01",
            ]
        )
        == 1
    )
    assert "--to 2025-01-01" in capsys.readouterr().err


@pytest.mark.slow
def test_demo_then_report_as_separate_processes(tmp_path: Path) -> None:
    """The Done-when of the foundation: demo, then the year's activity report as JSON."""
    url = f"sqlite:///{tmp_path}/demo.sqlite3"
    env = dict(os.environ, SODESK_DATABASE_URL=url)
    command = [sys.executable, "-m", "sodesk"]
    subprocess.run(
        [*command, "demo", "--workers", "60", "--seed", "7", "--end-year", "2025"],
        env=env,
        check=True,
        capture_output=True,
    )
    again = subprocess.run([*command, "demo", "--if-empty"], env=env, capture_output=True)
    assert again.returncode == 0
    refused = subprocess.run([*command, "demo"], env=env, capture_output=True, text=True)
    assert refused.returncode == 1 and "al gegevens" in refused.stderr
    out = subprocess.run(
        [
            *command,
            "report",
            "activities",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--format",
            "json",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report = json.loads(out)
    assert {"period", "generated_at", "parameters", "warnings", "activities", "totals"} <= set(
        report
    )
    assert len(report["activities"]) >= 25
    for line in report["activities"]:
        assert set(line) >= ACTIVITY_FIELDS
    work_types = {line["work_type"] for line in report["activities"]}
    assert len(work_types) == 5
    sources = {line["revenue_source"] for line in report["activities"]}
    assert sources >= {"rates", "invoiced"}
    assert float(report["totals"]["productive_hours"]) > 0


def test_the_same_seed_gives_the_same_company(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path}/{name}.sqlite3"
        demo = ["demo", "--workers", "25", "--seed", "3", "--end-year", "2025"]
        assert main(["--database", url, *demo]) == 0
        assert (
            main(
                [
                    "--database",
                    url,
                    "report",
                    "activities",
                    "--from",
                    "2025-01-01",
                    "--to",
                    "2025-12-31",
                ]
            )
            == 0
        )
        report = json.loads(capsys.readouterr().out)
        report.pop("generated_at")
        reports.append(report)
    assert reports[0] == reports[1]


def test_an_unreachable_database_is_told_not_thrown(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://nobody@127.0.0.1:1/none"
    assert (
        main(
            [
                "--database",
                url,
                "report",
                "activities",
                "--from",
                "2025-01-01",
                "--to",
                "2025-01-31",
            ]
        )
        == 1
    )
    assert "niet bereikbaar" in capsys.readouterr().err


def test_a_bug_goes_to_the_log_with_its_traceback(
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sodesk.services import commands

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr("sodesk.services.logs._configured", None)

    def broken(_args: object) -> int:
        raise ZeroDivisionError("deling door nul")

    monkeypatch.setattr(commands, "cmd_db", broken)
    assert main(["--database", sqlite_url, "db", "upgrade"]) == 3
    err = capsys.readouterr().err
    assert "onverwachte fout (ZeroDivisionError: deling door nul)" in err
    log = Path(err.rsplit("details in ", 1)[1].strip())
    assert log.is_relative_to(tmp_path)
    assert "Traceback" in log.read_text() and "deling door nul" in log.read_text()


def test_database_after_the_subcommand_and_a_dutch_demo_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path}/after.sqlite3"
    assert main(["demo", "--workers", "5", "--seed", "2", "--database", url]) == 0
    summary = capsys.readouterr().err
    assert summary.startswith("Demogegevens geschreven: 5 medewerkers, ")
    for english in ("workers", "activities", "hours", "guidance", "wage_values"):
        assert english not in summary
    assert (tmp_path / "after.sqlite3").exists()
    assert main(["db", "upgrade", "--database", url]) == 0
    capsys.readouterr()
    period = ["--from", "2025-01-01", "--to", "2025-12-31"]
    assert main(["report", "activities", *period, "--database", url]) == 0
    after = json.loads(capsys.readouterr().out)
    assert main(["--database", url, "report", "activities", *period]) == 0
    before = json.loads(capsys.readouterr().out)
    after.pop("generated_at"), before.pop("generated_at")
    assert after == before and len(after["activities"]) > 0
