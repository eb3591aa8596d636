"""Two answers as sheets of the activity workbook: the rates to ask (Tarieven) and 2028.

Why: a controller who works on in Excel gets "what rate must we ask" and "what happens to
us in 2028" as numbers to sort and filter. Every value is the JSON's value
(:func:`json_answers.rate_line`, :func:`json_answers.company_scenario_json`), read back as an
exact Decimal, so the workbook, the JSON and the PDF agree to the cent. Percentages are
fractions with the format ``0.0%``, as on the Activiteiten sheet.

Sheets: "Tarieven" (per activity with a rate unit, the largest loss first), "2028" (per
municipality and the company total, the assumption written under the table) and "2028 per
medewerker" (who would receive less, by personnel number only).
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.domain.rate_advice import rates_to_ask
from sodesk.reports import json_answers
from sodesk.reports.activities import ActivityReport
from sodesk.reports.excel_style import (
    EURO,
    PERCENT,
    TOTAL_FONT,
    header_row,
    total_style,
    write_row,
)

RATE_2 = '"€" #,##0.00;[Red]"€" -#,##0.00'
RATE_4 = '"€" #,##0.0000;[Red]"€" -#,##0.0000'
COUNT = "0"
HUNDRED = Decimal(100)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _fraction(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value) / HUNDRED


def rates_sheet(sheet: Worksheet, report: ActivityReport) -> None:
    """Per activity: unit, current rate, break-even rate, difference, coverage, result."""
    titles = [
        "Code",
        "Activiteit",
        "Eenheid",
        "Huidig tarief",
        "Kostendekkend tarief",
        "Verschil (kostendekkend - huidig)",
        "Dekkingsgraad",
        "Resultaat",
    ]
    header_row(sheet, titles, [8, 40, 12, 14, 14, 16, 13, 16])
    lines = rates_to_ask(report.lines)
    for row, line in enumerate(lines, start=2):
        data = json_answers.rate_line(line)
        rate = RATE_4 if json_answers.rate_places(line) == 4 else RATE_2
        unit = line.current_rate_unit
        write_row(
            sheet,
            row,
            [
                data["code"],
                data["name"],
                None if unit is None else unit.label,
                _decimal(data["current_rate"]),
                _decimal(data["break_even_rate"]),
                _decimal(data["difference"]),
                _fraction(data["coverage_percent"]),
                _decimal(data["result"]),
            ],
            [None, None, None, rate, rate, rate, PERCENT, EURO],
        )
    sheet.auto_filter.ref = f"A1:H{len(lines) + 1}"


def scenario_sheets(workbook: Workbook, report: ActivityReport) -> None:
    """The sheets "2028" and "2028 per medewerker" (nothing without a scenario)."""
    if report.scenario_2028 is None:
        return
    data = json_answers.company_scenario_json(report.scenario_2028)
    sheet = workbook.create_sheet("2028")
    titles = [
        "Gemeente (code)",
        "Gemeente",
        "Beschut werkers",
        "Van wie minder",
        "LKS nu",
        "LKS vast 2028",
        "Verschil (2028 - nu)",
    ]
    header_row(sheet, titles, [14, 30, 12, 12, 16, 16, 16])
    formats: list[str | None] = [None, None, COUNT, COUNT, EURO, EURO, EURO]
    rows = data["by_municipality"]
    for row, m in enumerate(rows, start=2):
        write_row(
            sheet,
            row,
            [m["code"], m["name"], m["sheltered_workers"], m["workers_losing"],
             _decimal(m["lks_now"]), _decimal(m["lks_fixed_68"]), _decimal(m["difference"])],
            formats,
        )  # fmt: skip
    total = len(rows) + 2
    write_row(
        sheet,
        total,
        [None, "Bedrijf", data["sheltered_workers"], len(data["workers_losing"]),
         _decimal(data["lks_now"]), _decimal(data["lks_fixed_68"]), _decimal(data["difference"])],
        formats,
    )  # fmt: skip
    total_style(sheet, total, len(titles))
    notes = [
        ("Vast percentage 2028", _fraction(data["fixed_percent"]), PERCENT),
        ("Opslag bovenop", "ja" if data["surcharge_on_top"] else "nee", None),
        ("Aanname", data["assumption"], None),
    ]
    for offset, (label, value, number_format) in enumerate(notes, start=2):
        sheet.cell(row=total + offset, column=1, value=label).font = TOTAL_FONT
        cell = sheet.cell(row=total + offset, column=2, value=value)
        if number_format:
            cell.number_format = number_format

    people = workbook.create_sheet("2028 per medewerker")
    header_row(
        people,
        ["Personeelsnummer", "Gemeente (code)", "LKS nu", "LKS vast 2028", "Verschil"],
        [16, 14, 16, 16, 16],
    )
    for row, item in enumerate(data["workers_losing"], start=2):
        write_row(
            people,
            row,
            [item["personnel_number"], item["municipality_code"], _decimal(item["lks_now"]),
             _decimal(item["lks_fixed_68"]), _decimal(item["difference"])],
            [None, None, EURO, EURO, EURO],
        )  # fmt: skip
    people.auto_filter.ref = f"A1:E{len(data['workers_losing']) + 1}"
