"""The sector questionnaire (R11) as .xlsx: read back, every cell equals the JSON's figure.

TWO_MUNICIPALITIES in March 2025 (tests/reports/test_questionnaire_report.py checks these
by hand): sheltered_inside has 4 workers, 2,19 fte, NTW 1.438,00, average LKS per fte
1.721,19, average wage value 41,25 %, categories 1, 0, 1, 0, 1, 1; work_on_location 1 worker
(P2); totals 5 persons and NTW 2.238,00.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.cli import main
from sodesk.domain.period import Period
from sodesk.reports.excel import render_questionnaire_xlsx
from sodesk.reports.json_format import questionnaire_json
from sodesk.services.report_data import build_questionnaire_report
from sodesk.services.workspace import open_workspace
from tests.reports.test_municipal_report import TWO_MUNICIPALITIES, import_folder

MARCH = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
AMOUNT_COLUMNS = {
    "b. Omvang dienstverband (fte)": "fte",
    "c. Netto toegevoegde waarde (NTW)": "ntw",
    "LKS (totaal)": "lks",
    "d. Gemiddelde LKS per fte": "average_lks_per_fte",
}
COUNT_COLUMNS = {
    "a. Aantal werknemers": "headcount",
    "Werknemers met gemeten loonwaarde": "measured_persons",
}


@pytest.fixture
def workbook(database_url: str, tmp_path: Path) -> tuple[dict[str, Any], Any]:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    workspace = open_workspace(database_url)
    try:
        with workspace.sessions() as session:
            report = build_questionnaire_report(session, MARCH, "Testbedrijf")
    finally:
        workspace.close()
    data = render_questionnaire_xlsx(report)
    return questionnaire_json(report), load_workbook(io.BytesIO(data))


def table(sheet: Worksheet) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The header row (the row starting with "Werksoort") and each row by its first cell."""
    rows = list(sheet.iter_rows())
    start = next(i for i, row in enumerate(rows) if row[0].value == "Werksoort")
    header = [str(cell.value) for cell in rows[start]]
    lines = {}
    for row in rows[start + 1 :]:
        if row[0].value is None:
            break
        lines[str(row[0].value)] = {h: cell for h, cell in zip(header, row, strict=True)}
    return header, lines


def exact(value: object) -> Decimal:
    """A numeric cell's value as Decimal (openpyxl reads numbers back as float or int)."""
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value))


def check_line(cells: dict[str, Any], line: dict[str, Any]) -> None:
    for header, key in AMOUNT_COLUMNS.items():
        if line[key] is None:  # an average over no one: empty, as null in the JSON
            assert cells[header].value is None, header
            continue
        assert exact(cells[header].value) == Decimal(line[key]), header
        assert "#,##0.00" in cells[header].number_format, header
    for header, key in COUNT_COLUMNS.items():
        assert cells[header].value == line[key], header
        assert cells[header].number_format == "#,##0", header
    wage_value = cells["e. Gemiddelde gemeten loonwaarde"]
    if line["average_wage_value_percent"] is None:
        assert wage_value.value is None
    else:
        assert exact(wage_value.value) * 100 == Decimal(line["average_wage_value_percent"])
        assert wage_value.number_format == "0.0%"
    for category in line["wage_value_categories"]:
        cell = cells[f"f. Loonwaarde {category['label']} (werknemers)"]
        assert cell.value == category["count"]
        assert cell.number_format == "#,##0"


def test_every_work_type_and_the_totals_equal_the_json(
    workbook: tuple[dict[str, Any], Any],
) -> None:
    data, book = workbook
    assert book.sheetnames == ["Uitvraag", "Parameters", "Waarschuwingen"]
    header, lines = table(book["Uitvraag"])
    assert header[0] == "Werksoort"
    assert [h[:2] for h in header if h[1:2] == "."] == ["a.", "b.", "c.", "d.", "e."] + ["f."] * 6
    assert len(data["work_types"]) == 5
    for line in data["work_types"]:
        cells = lines[line["name"]]
        check_line(cells, line)
        share = cells["Aandeel werknemers"].value
        assert exact(share) * 100 == Decimal(line["share_percent"])
        sector = cells["Sector 2023"].value
        assert exact(sector) * 100 == Decimal(line["sector_2023_percent"])
    check_line(lines["Totaal beschut werk"], data["totals"])
    assert lines["Totaal beschut werk"]["Werksoort"].font.bold
    # hand-checked (test_questionnaire_report.py)
    inside = lines["Beschut binnen"]
    assert inside["a. Aantal werknemers"].value == 4
    assert exact(inside["c. Netto toegevoegde waarde (NTW)"].value) == Decimal("1438.00")
    assert exact(inside["d. Gemiddelde LKS per fte"].value) == Decimal("1721.19")
    assert exact(inside["e. Gemiddelde gemeten loonwaarde"].value) == Decimal("0.4125")
    totals = lines["Totaal beschut werk"]
    assert totals["a. Aantal werknemers"].value == 5
    assert exact(totals["c. Netto toegevoegde waarde (NTW)"].value) == Decimal("2238.00")


def test_the_sheet_says_whose_and_which_period(workbook: tuple[dict[str, Any], Any]) -> None:
    _data, book = workbook
    facts = {row[0].value: row[1].value for row in book["Uitvraag"].iter_rows(max_row=7)}
    assert facts["Bedrijf"] == "Testbedrijf"
    assert facts["Periode van"] == dt.datetime(2025, 3, 1)
    assert facts["Periode tot en met"] == dt.datetime(2025, 3, 31)
    assert facts["Doelgroep"] == "Beschut werk"


def test_parameters_and_warnings_sheets_hold_every_item(
    workbook: tuple[dict[str, Any], Any],
) -> None:
    data, book = workbook
    parameters = [row for row in book["Parameters"].iter_rows(min_row=2, values_only=True)]
    assert [row[0] for row in parameters] == [p["name"] for p in data["parameters"]]
    wml = next(row for row in parameters if row[0] == "minimum_wage_hourly")
    assert exact(wml[1]) == Decimal("14.06")
    assert wml[2] == dt.datetime(2025, 1, 1)
    warnings = [row for row in book["Waarschuwingen"].iter_rows(min_row=2, values_only=True)]
    assert [(w[0], w[1], w[2]) for w in warnings] == [
        (w["code"], w["message"], w["subject"]) for w in data["warnings"]
    ]
    assert any(w[0] == "assumption.headcount" for w in warnings)


def test_the_command_writes_the_workbook(database_url: str, tmp_path: Path) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    out = tmp_path / "vragenlijst.xlsx"
    args = ["--database", database_url, "report", "questionnaire", "--from", "2025-03-01"]
    assert main([*args, "--to", "2025-03-31", "--format", "xlsx", "--out", str(out)]) == 0
    _header, lines = table(load_workbook(out)["Uitvraag"])
    assert lines["Werken op locatie"]["a. Aantal werknemers"].value == 1
