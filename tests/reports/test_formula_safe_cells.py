"""Names that look like formulas stay text in every workbook report.

An activity named ``=HYPERLINK(...)`` must not become a live link in a controller's workbook:
the test imports such names (activity, client, municipality, coach, company), writes every
workbook report through the command line and reads each back with openpyxl.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sodesk.cli import main
from sodesk.reports.cells import csv_field
from sodesk.services.workspace import open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder

#: what a user may type as a name, each taken by a spreadsheet program as a formula
NAMES = {
    "activity": '=HYPERLINK("http://x","y")',
    "client": "+1",
    "municipality": "-2+3",
    "coach": "@SUM(A1)",
    "company": "=1+1",
}


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _formula_company(folder: Path) -> Path:
    files = dict(MARCH_2025)
    files["activities"] = (
        "code,name,client_code,work_type\n"
        f"A1,{_quoted(NAMES['activity'])},C1,sheltered_inside\n"
    )
    files["clients"] = f"code,name\nC1,{_quoted(NAMES['client'])}\n"
    files["municipalities"] = (
        "code,name,region,lks_regime,lks_fixed_percent,lw_basis\n"
        f"M1,{_quoted(NAMES['municipality'])},Midden-Utrecht,measured,,function_wage\n"
    )
    files["workers"] = (
        "personnel_number,first_name,last_name,birth_date,bsn,target_group,municipality_code,"
        "indication_date,coach\n"
        f"P1,Anna,de Vries,1990-05-01,111222333,sheltered,M1,2024-11-01,{_quoted(NAMES['coach'])}\n"
        f"P2,Bert,Bos,1985-02-01,,jobs_agreement,M1,,{_quoted(NAMES['coach'])}\n"
    )
    # P2's wage value is due again in the outlook's plan, under the coach's name
    files["employments"] = (
        "personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage\n"
        "P1,2025-01-01,,28,14.06\n"
        "P2,2025-01-01,,28,14.06\n"
    )
    files["wage_values"] = (
        "personnel_number,measured_on,wage_value_percent,method,assessor,reassess_term\n"
        "P1,2024-12-01,50,Dariuz,J. Jansen,1-2y\n"
        "P2,2025-01-15,60,Dariuz,J. Jansen,6m\n"
    )
    return write_folder(folder, files)


@pytest.fixture
def formula_url(sqlite_url: str, tmp_path: Path) -> str:
    assert main(["--database", sqlite_url, "import", str(_formula_company(tmp_path / "in"))]) == 0
    workspace = open_workspace(sqlite_url)
    with transaction(workspace.sessions) as session:
        session.merge(t.SettingRow(key="company_name", value=NAMES["company"]))
    workspace.close()
    return sqlite_url


@pytest.mark.parametrize("kind", ["activities", "questionnaire", "outlook"])
def test_no_cell_of_any_workbook_is_a_formula_and_every_name_is_intact(
    formula_url: str, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.xlsx"
    period = ["--from", "2025-03-01", "--to", "2025-03-31"]
    args = ["--database", formula_url, "report", kind, *period, "--format", "xlsx"]
    assert main([*args, "--out", str(out)]) == 0
    workbook = load_workbook(out)
    texts: set[str] = set()
    numbers: list[object] = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.add(cell.value)
                    if cell.value.startswith(("=", "+", "-", "@")):
                        assert cell.data_type == "s" and cell.quotePrefix
                elif isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                    numbers.append(cell.value)
    expected = {
        "activities": {"activity", "client", "municipality"},
        "questionnaire": set(),
        "outlook": {"coach"},
    }[kind] | {"company"}
    for key in expected:
        assert NAMES[key] in texts, f"{key} {NAMES[key]!r} missing from the {kind} workbook"
    assert numbers  # the figures are still numbers, not text
    if kind == "activities":
        # a loss is a negative number, not a text beginning with '-'
        result_column = [
            c.value for c in workbook["Activiteiten"][2] if isinstance(c.value, int | float)
        ]
        assert any(value < 0 for value in result_column)


def test_csv_text_that_looks_like_a_formula_is_quoted_and_numbers_stay_numbers() -> None:
    assert csv_field('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert csv_field("@SUM(A1)") == "'@SUM(A1)"
    assert csv_field("-2+3") == "'-2+3"
    assert csv_field("\t=1") == "'\t=1"
    assert csv_field("-12.50") == "-12.50"
    assert csv_field("+3") == "+3"
    assert csv_field(Decimal("-1.5")) == Decimal("-1.5")
    assert csv_field("Inpakken") == "Inpakken"
