"""``sodesk report outlook`` as a user types it: the critical mass, files, exit statuses.

The data is OUTLOOK_2025 (tests/reports/test_outlook_report.py), where the figures are
worked out by hand; here the command line must give the same report as the service.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from sodesk.cli import main
from sodesk.services.reports import default_file_name
from tests.reports.test_municipal_report import import_folder
from tests.reports.test_outlook_report import END, OUTLOOK_2025, START

PERIOD = ["--from", START.isoformat(), "--to", END.isoformat()]


@pytest.fixture
def url(sqlite_url: str, tmp_path: Path) -> str:
    import_folder(sqlite_url, tmp_path, OUTLOOK_2025)
    return sqlite_url


def _json(url: str, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    capsys.readouterr()
    assert main(["--database", url, "report", "outlook", *PERIOD, *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_critical_mass_option_sets_the_warnings(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    default = _json(url, capsys)
    one = _json(url, capsys, "--critical-mass", "1")
    three = _json(url, capsys, "--critical-mass", "3", "--format", "json")
    assert (default["critical_mass"], one["critical_mass"], three["critical_mass"]) == (10, 1, 3)
    assert one["workforce_outlook"]["below_critical_mass"] == [
        {"work_type": "group_secondment", "year": 2028}
    ]
    assert [b["year"] for b in three["workforce_outlook"]["below_critical_mass"]] == [
        2026,
        2026,
        2027,
    ]
    assert one["reassessments"] == three["reassessments"]  # the plan does not depend on it


def test_a_pdf_without_out_goes_to_the_default_file_name(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--database", url, "report", "outlook", *PERIOD, "--format", "pdf"]) == 0
    name = default_file_name("outlook", START, END, "pdf")
    assert name == "sodesk-vooruitblik-2025-01-01-2025-12-31.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)
    assert "Personeelsprognose per werksoort" in text
    assert name in capsys.readouterr().err


def test_an_xlsx_goes_where_out_says(url: str, tmp_path: Path) -> None:
    out = tmp_path / "vooruitblik.xlsx"
    argv = ["--database", url, "report", "outlook", *PERIOD, "--format", "xlsx", "--out", str(out)]
    assert main(argv) == 0
    assert out.read_bytes()[:2] == b"PK"


def test_wrong_uses_of_the_critical_mass(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--database", url, "report"]
    assert main([*base, "activities", *PERIOD, "--critical-mass", "5"]) == 2
    assert "--critical-mass hoort alleen bij rapport outlook" in capsys.readouterr().err
    assert main([*base, "outlook", *PERIOD, "--critical-mass", "-1"]) == 1
    assert "--critical-mass -1" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main([*base, "outlook", *PERIOD, "--critical-mass", "tien"])
    assert exit_info.value.code == 2
    assert main([*base, "outlook", *PERIOD, "--municipality", "M1"]) == 2
