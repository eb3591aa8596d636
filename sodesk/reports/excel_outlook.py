"""The outlook report as an Excel workbook (Vooruitblik als .xlsx).

Why: a controller works on in Excel: the outlook as rows to filter (a work type, a year),
the plan per coach and month, and the re-assessments by personnel number. Every value is the
JSON's value (:func:`sodesk.reports.json_outlook.outlook_json`), read back as an exact
Decimal or an int, so the workbook, the JSON and the PDF agree. Header style, the Parameters
and Waarschuwingen sheets are those of the activity workbook (:mod:`sodesk.reports.excel`).

Sheets: Personeelsprognose (one row per work type and year), Herbeoordelingen per jobcoach,
Herbeoordelingen (personnel numbers, never names), Parameters, Waarschuwingen, Rapport.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.domain import display
from sodesk.reports.excel import DATE, DATETIME, NUMBER, finished
from sodesk.reports.excel_style import Fact, header_row, total_style, write_row
from sodesk.reports.json_outlook import outlook_json
from sodesk.reports.outlook import TITLE, OutlookReport

COUNT = "#,##0"


def _date_text(iso: str | None) -> str:
    return display.date_nl(None if iso is None else dt.date.fromisoformat(iso))


def _outlook_sheet(sheet: Worksheet, data: dict[str, Any]) -> None:
    titles = [
        "Werksoort",
        "Jaar (1 januari)",
        "Personen",
        "Banen van 31 uur",
        "Waarvan Wsw",
        "Instroom",
        f"Onder kritische massa ({data['critical_mass']})",
    ]
    header_row(sheet, titles, [26, 10, 10, 12, 10, 10, 14])
    row = 1
    for work_type in data["workforce_outlook"]["work_types"]:
        for year in work_type["years"]:
            row += 1
            values = [
                work_type["label"],
                year["year"],
                year["persons"],
                Decimal(year["jobs_31h"]),
                year["wsw_persons"],
                year["inflow"],
                "ja" if year["below_critical_mass"] else "nee",
            ]
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=column, value=value)
                if column in (3, 5, 6):
                    cell.number_format = COUNT
                elif column == 4:
                    cell.number_format = NUMBER
    sheet.auto_filter.ref = f"A1:G{row}"


def _coach_sheet(sheet: Worksheet, data: dict[str, Any], months: list[dt.date]) -> None:
    plan = data["reassessments"]
    titles = ["Jobcoach", "Achterstallig", *(display.month_nl(m) for m in months), "Totaal"]
    header_row(sheet, titles, [24, 12, *([9] * len(months)), 9])
    row = 1
    for coach in plan["by_coach"]:
        row += 1
        values = [coach["coach"] or "Geen jobcoach", coach["overdue"], *coach["months"]]
        for column, value in enumerate([*values, coach["total"]], start=1):
            sheet.cell(row=row, column=column, value=value)
    row += 1
    totals = [
        "Totaal",
        plan["overdue"],
        *(sum(c["months"][i] for c in plan["by_coach"]) for i in range(len(months))),
        plan["total"],
    ]
    write_row(sheet, row, totals, [None] * len(totals))
    total_style(sheet, row, len(totals))
    note = (
        f"Herbeoordelingen tot en met {display.date_nl(dt.date.fromisoformat(plan['until']))}; "
        "achterstallig: de uiterste datum lag voor de peildatum "
        f"{display.date_nl(dt.date.fromisoformat(data['reference_date']))}. Beschut werkers "
        "krijgen geen herbeoordeling meer vanaf "
        f"{_date_text(plan['sheltered_not_planned_from'])} (vast regime, R3)."
    )
    sheet.cell(row=row + 2, column=1, value=note).font = Font(italic=True)


def _items_sheet(sheet: Worksheet, data: dict[str, Any]) -> None:
    titles = ["Uiterste datum", "Jobcoach", "Personeelsnummer", "Laatst gemeten", "Status"]
    header_row(sheet, titles, [14, 24, 16, 14, 14])
    items = data["reassessments"]["items"]
    for row, item in enumerate(items, start=2):
        values = [
            dt.date.fromisoformat(item["due"]),
            item["coach"] or "Geen jobcoach",
            item["personnel_number"],
            dt.date.fromisoformat(item["measured_on"]),
            "achterstallig" if item["overdue"] else "gepland",
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            if isinstance(value, dt.date):
                cell.number_format = DATE
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{len(items) + 1}"


def _about(report: OutlookReport) -> list[Fact]:
    return [
        ("Rapport", TITLE, None),
        ("Bedrijf", report.company, None),
        ("Periode van", report.period.start, DATE),
        ("Periode tot en met", report.period.end, DATE),
        ("Peildatum", report.reference_day, DATE),
        ("Kritische massa (personen)", report.critical_mass, COUNT),
        ("Gemaakt op", report.generated_at, DATETIME),
    ]


def render_outlook_xlsx(report: OutlookReport) -> bytes:
    """The outlook report as an .xlsx workbook (the JSON's values)."""
    data = outlook_json(report)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Personeelsprognose"
    _outlook_sheet(sheet, data)
    _coach_sheet(workbook.create_sheet("Herbeoordelingen per jobcoach"), data, list(report.months))
    _items_sheet(workbook.create_sheet("Herbeoordelingen"), data)
    return finished(workbook, report, TITLE, (_about(report), (26, 40)))
