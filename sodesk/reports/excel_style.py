"""The look every sodesk workbook shares: header row, value rows, totals row, facts sheet.

Why one module: the activity, questionnaire, outlook and answer sheets all write the same
dark header with white bold text, numbers with their number format, a bold shaded totals
row and a two-column sheet of facts; written once, they stay alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

EURO = '"€" #,##0.00;[Red]"€" -#,##0.00'
PERCENT = "0.0%"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1D4E89")
TOTAL_FONT = Font(bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="DFE6EF")

Fact = tuple[str, object, str | None]
"""A label, its value and the value's number format (None: as it is)."""


def header_row(sheet: Worksheet, titles: list[str], widths: list[float], row: int = 1) -> None:
    """Column titles in ``row`` with the columns' widths; the rows above and it stay put."""
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[row].height = 30
    sheet.freeze_panes = f"A{row + 1}"


def write_row(sheet: Worksheet, row: int, values: list[object], formats: list[str | None]) -> None:
    """A row of values from column A; numbers get their column's number format."""
    for column, (value, number_format) in enumerate(zip(values, formats, strict=True), start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        if number_format and isinstance(value, Decimal | int) and not isinstance(value, bool):
            cell.number_format = number_format


def total_style(sheet: Worksheet, row: int, columns: int) -> None:
    """Bold and shaded, the first ``columns`` cells of a totals row."""
    for column in range(1, columns + 1):
        cell = sheet.cell(row=row, column=column)
        cell.font = TOTAL_FONT
        cell.fill = TOTAL_FILL


def facts_sheet(sheet: Worksheet, facts: Sequence[Fact], widths: tuple[float, float]) -> None:
    """A label (bold) and its value per row, appended under what the sheet holds."""
    for label, value, number_format in facts:
        sheet.append([label, value])
        if number_format:
            sheet.cell(row=sheet.max_row, column=2).number_format = number_format
        sheet.cell(row=sheet.max_row, column=1).font = TOTAL_FONT
    sheet.column_dimensions["A"].width = widths[0]
    sheet.column_dimensions["B"].width = widths[1]
