"""The activity report as .xlsx: every numeric cell equals the JSON's value, as a real number.

MARCH_2025 (tests/factories.py, hand-checked in test_activity_report.py): A1's result is
-296.51, its coverage 87.76 % (the cell holds the fraction 0.8776), its break-even rate 12.97.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.domain.enums import RateUnit, RevenueSource, WorkType
from sodesk.reports.excel import FIELDS, render_activities_xlsx
from sodesk.reports.json_format import activities_json
from tests.reports.test_activity_pdf import CLIENT, march_report

LABELLED = {"work_type": WorkType, "revenue_source": RevenueSource, "current_rate_unit": RateUnit}


@pytest.fixture
def workbook(database_url: str, tmp_path: Path) -> tuple[dict[str, Any], Any]:
    report = march_report(database_url, tmp_path)
    return activities_json(report), load_workbook(io.BytesIO(render_activities_xlsx(report)))


def _rows(sheet: Worksheet) -> dict[str, dict[str, Any]]:
    """Every row of the Activiteiten sheet by its code (the totals row under "Totaal")."""
    headers = [cell.value for cell in sheet[1]]
    by_header = {f.header: f.key for f in FIELDS}
    keys = [by_header[h] for h in headers]
    result = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        values = dict(zip(keys, row, strict=True))
        if values["code"] is not None:
            result[values["code"]] = values
        elif values["name"] == "Totaal":
            result["Totaal"] = values
    return result


def _same(key: str, cell: Any, expected: str | None) -> None:
    """A cell against the JSON's value for the same field."""
    if expected is None:
        assert cell is None, key
    elif key in LABELLED:
        assert cell == LABELLED[key](expected).label, key
    elif key == "coverage_percent":
        assert isinstance(cell, float | int), key
        assert Decimal(str(cell)) * 100 == Decimal(expected), key
    elif key in ("code", "name", "client"):
        assert cell == expected, key
    else:
        assert isinstance(cell, float | int), (key, cell)  # a number, never text
        assert Decimal(str(cell)) == Decimal(expected), key


def test_every_field_of_a1_equals_the_json(workbook: tuple[dict[str, Any], Any]) -> None:
    data, book = workbook
    rows = _rows(book["Activiteiten"])
    json_a1 = next(line for line in data["activities"] if line["code"] == "A1")
    assert set(json_a1) == {f.key for f in FIELDS}  # every JSON field has a column
    for key, expected in json_a1.items():
        _same(key, rows["A1"][key], expected)
    assert rows["A1"]["result"] == -296.51
    assert rows["A1"]["coverage_percent"] == 0.8776
    assert rows["A1"]["break_even_rate"] == 12.97
    assert rows["A1"]["client"] == CLIENT
    assert len(rows) == len(data["activities"]) + 1


def test_totals_row_equals_the_json_totals(workbook: tuple[dict[str, Any], Any]) -> None:
    data, book = workbook
    totals = _rows(book["Activiteiten"])["Totaal"]
    for key, expected in data["totals"].items():
        _same(key, totals[key], expected)


def test_sheet_layout(workbook: tuple[dict[str, Any], Any]) -> None:
    data, book = workbook
    assert book.sheetnames == [
        "Activiteiten",
        "Tarieven",
        "2028",
        "2028 per medewerker",
        "Parameters",
        "Waarschuwingen",
        "Rapport",
    ]
    sheet = book["Activiteiten"]
    assert sheet.freeze_panes == "C2"
    last = len(data["activities"]) + 1
    assert (
        sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(FIELDS)).column_letter}{last}"
    )
    columns = {f.key: index for index, f in enumerate(FIELDS, start=1)}
    assert "#,##0.00" in sheet.cell(row=2, column=columns["result"]).number_format
    assert sheet.cell(row=2, column=columns["coverage_percent"]).number_format == "0.0%"
    assert sheet.column_dimensions["B"].width >= 30
    parameters = book["Parameters"]
    assert parameters.max_row == len(data["parameters"]) + 1
    names = {row[0] for row in parameters.iter_rows(min_row=2, values_only=True)}
    assert names == {p["name"] for p in data["parameters"]}
    assert book["Waarschuwingen"].max_row == len(data["warnings"]) + 1


def test_parameter_values_are_numbers(workbook: tuple[dict[str, Any], Any]) -> None:
    data, book = workbook
    sheet = book["Parameters"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    for row, parameter in zip(rows, data["parameters"], strict=True):
        value = parameter["value"]
        if isinstance(value, bool):
            assert row[1] == ("ja" if value else "nee"), parameter["name"]
            continue
        try:
            expected = Decimal(value)
        except ArithmeticError:
            assert row[1] == value, parameter["name"]  # a code such as "measured"
            continue
        assert isinstance(row[1], float | int), parameter["name"]
        assert Decimal(str(row[1])) == expected, parameter["name"]
