"""Every report names the parameter its figures lack: JSON, the PDF's first page, every sheet.

The company is the Dutch export of tests/import_factories.py (six workers, every subsidy
regime) with an overhead rate for each work type, so January 2025 is complete. Each case
removes one kind of parameter, the way a user would meet it (a file without the row, a
reference table not yet updated), and finds exactly that kind named everywhere.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, text

from sodesk.services.reports import render
from sodesk.services.workspace import open_workspace
from tests.import_factories import DUTCH_EXPORT, sodesk, write_dutch_folder
from tests.reports.test_activity_pdf import pdf_text

JANUARY = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
COMPLETE = dict(DUTCH_EXPORT)
COMPLETE["overhead_rates"] = DUTCH_EXPORT["overhead_rates"] + (
    "2025;work_on_location;4,00\n2025;group_secondment;3,00\n"
)

Edit = Callable[[dict[str, str]], None]


def _without(name: str, line_start: str) -> Edit:
    def edit(files: dict[str, str]) -> None:
        lines = files[name].splitlines()
        kept = [line for line in lines if not line.strip().startswith(line_start)]
        assert len(kept) == len(lines) - 1, f"{name}: no single line {line_start!r}"
        files[name] = "\n".join(kept)

    return edit


#: kind -> (an edit of the files, SQL run after the import, a text the message holds)
CASES: dict[str, tuple[Edit | None, str | None, str]] = {
    "company_year": (_without("company_years", "2025;"), None, "Bedrijfsparameters 2025"),
    "overhead_rate": (
        _without("overhead_rates", "2025;sheltered_inside"),
        None,
        "Overheadtarief 2025 voor Beschut binnen",
    ),
    "municipality_year": (
        _without("municipality_years", "M1;2025"),
        None,
        "Gemeente Meetstad (M1): begeleidingsvergoeding per plaats 2025",
    ),
    "fixed_regime_percent": (  # the import refuses it; a hand edit of the table does not
        None,
        "UPDATE municipalities SET lks_fixed_fraction = NULL WHERE code = 'M3'",
        "Gemeente Vastzeventig (M3) heeft een vast LKS-regime zonder percentage",
    ),
    "minimum_wage": (
        None,
        "DELETE FROM minimum_wage WHERE valid_from >= '2024-07-01'",
        "WML vanaf 01-07-2024 niet ingevoerd; 13,27 gebruikt.",
    ),
    "lks_parameters": (  # an empty table is filled again from the shipped file on opening
        None,
        "DELETE FROM lks_parameters WHERE valid_from < '2018-01-01';"
        "UPDATE lks_parameters SET valid_from = '2025-01-15'",
        "LKS-parameters (vakantietoeslag, maximum, opslag) voor 15-01-2025 niet ingevoerd",
    ),
}
#: the days a gap covers when not the whole of January
SPANS = {"lks_parameters": ("2025-01-01", "2025-01-14")}


def _company(tmp_path: Path, url: str, edit: Edit | None, sql: str | None) -> str:
    files = dict(COMPLETE)
    if edit is not None:
        edit(files)
    assert sodesk(url, "import", str(write_dutch_folder(tmp_path / "export", files))) == 0
    if sql is not None:
        engine = create_engine(url)
        with engine.begin() as connection:
            for statement in sql.split(";"):
                assert connection.execute(text(statement)).rowcount > 0
        engine.dispose()
    return url


def _report(url: str, kind: str, fmt: str, municipality: str | None = None) -> bytes:
    workspace = open_workspace(url)
    try:
        return render(workspace, kind, *JANUARY, fmt, municipality)
    finally:
        workspace.close()


def _json(url: str, kind: str, municipality: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_report(url, kind, "json", municipality))
    return data


def test_a_complete_period_has_an_empty_list_and_no_box(sqlite_url: str, tmp_path: Path) -> None:
    url = _company(tmp_path, sqlite_url, None, None)
    for kind, municipality in (("activities", None), ("questionnaire", None), ("municipal", "M1")):
        assert _json(url, kind, municipality)["incomplete"] == []
    first = pdf_text(_report(url, "activities", "pdf"))[0]
    assert "Onvolledig" not in first
    sheet = load_workbook(io.BytesIO(_report(url, "activities", "xlsx"))).worksheets[0]
    assert sheet["A1"].value == "Code"


@pytest.mark.parametrize("kind", list(CASES))
def test_each_missing_parameter_is_named_everywhere(
    kind: str, sqlite_url: str, tmp_path: Path
) -> None:
    edit, sql, words = CASES[kind]
    url = _company(tmp_path, sqlite_url, edit, sql)
    data = _json(url, "activities")
    assert [g["parameter"] for g in data["incomplete"]] == [kind]
    (gap,) = data["incomplete"]
    assert words in gap["message"]
    assert (gap["from"], gap["to"]) == SPANS.get(kind, ("2025-01-01", "2025-01-31"))
    assert _json(url, "questionnaire")["incomplete"] == data["incomplete"]

    first_page = pdf_text(_report(url, "activities", "pdf"))[0]
    assert "Onvolledig" in first_page and gap["message"] in first_page

    book = load_workbook(io.BytesIO(_report(url, "activities", "xlsx")))
    for sheet in book.worksheets:
        assert sheet["A1"].value.startswith("Onvolledig"), sheet.title
        assert gap["message"] in sheet["A1"].value, sheet.title
    table = book["Activiteiten"]
    assert table["A2"].value == "Code" and table.freeze_panes == "C3"
    assert table.auto_filter.ref is not None and table.auto_filter.ref.startswith("A2:")


def test_the_municipal_report_names_its_own_gaps_only(sqlite_url: str, tmp_path: Path) -> None:
    edit, sql, words = CASES["municipality_year"]
    url = _company(tmp_path, sqlite_url, edit, sql)
    own = _json(url, "municipal", "M1")["incomplete"]
    assert [g["parameter"] for g in own] == ["municipality_year"]
    assert words in own[0]["message"]
    assert _json(url, "municipal", "M4")["incomplete"] == []
    first_page = pdf_text(_report(url, "municipal", "pdf", "M1"))[0]
    assert own[0]["message"] in first_page


def test_january_2028_says_which_wml_it_used(sqlite_url: str, tmp_path: Path) -> None:
    url = _company(tmp_path, sqlite_url, None, None)
    workspace = open_workspace(url)
    try:
        data = json.loads(
            render(workspace, "activities", dt.date(2028, 1, 1), dt.date(2028, 1, 31), "json")
        )
    finally:
        workspace.close()
    wml = [g for g in data["incomplete"] if g["parameter"] == "minimum_wage"]
    assert wml == [
        {
            "parameter": "minimum_wage",
            "from": "2028-01-01",
            "to": "2028-01-31",
            "message": "WML vanaf 01-07-2026 niet ingevoerd; 14,71 gebruikt.",
        }
    ]
    assert {g["parameter"] for g in data["incomplete"]} >= {"company_year", "municipality_year"}


def test_the_outlook_has_the_list_too(sqlite_url: str, tmp_path: Path) -> None:
    url = _company(tmp_path, sqlite_url, None, None)
    data = _json(url, "outlook")
    assert isinstance(data["incomplete"], list)
    assert all(g["parameter"] == "pension_age" for g in data["incomplete"])


def test_many_gaps_keep_the_cover_on_one_page(sqlite_url: str, tmp_path: Path) -> None:
    def edit(files: dict[str, str]) -> None:
        for name, start in (("company_years", "2025;"), ("overhead_rates", "2025;")):
            files[name] = "\n".join(
                line for line in files[name].splitlines() if not line.strip().startswith(start)
            )
        files["municipality_years"] = "\n".join(
            line for line in files["municipality_years"].splitlines() if ";2025;" not in line
        )

    url = _company(tmp_path, sqlite_url, edit, CASES["fixed_regime_percent"][1])
    gaps = _json(url, "activities")["incomplete"]
    assert [g["parameter"] for g in gaps] == [
        "company_year",
        *["overhead_rate"] * 3,
        *["municipality_year"] * 4,
        "fixed_regime_percent",
    ]
    pages = pdf_text(_report(url, "activities", "pdf"))
    first = pages[0]
    assert all(g["message"] in first for g in gaps[:8])
    assert gaps[8]["message"] not in first and "En nog 1:" in first
    assert "VERTROUWELIJK" in first  # the cover did not spill onto a second page
