"""The "Onvolledig" row on top of every sheet of a workbook whose figures lack parameters.

Why: a sheet is often copied on its own; each one must say that its figures miss a
parameter (the company's year, an overhead rate, WML past its horizon), in the same words as
the PDF's box and the JSON's ``incomplete``. The row is added after the sheets are written,
so the writers stay as they are: everything moves one row down (cells, row heights, the
frozen panes and the filter), and the row above the table carries the messages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.domain.completeness import HEADLINE, Gap, box_lines

FILL = PatternFill("solid", fgColor="FDECEA")
FONT = Font(bold=True, color="B3261E")
LINE_HEIGHT = 15
"""Points per line of the row; a message is one line."""
_CELL = re.compile(r"([A-Z]+)(\d+)")


def _down(ref: str) -> str:
    """A cell or range reference one row lower ("A1:D9" -> "A2:D10")."""
    return _CELL.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", ref)


def _insert_top_row(sheet: Worksheet) -> None:
    heights = {
        row: dim.height for row, dim in sheet.row_dimensions.items() if dim.height is not None
    }
    sheet.insert_rows(1)
    for row in sorted(heights, reverse=True):
        sheet.row_dimensions[row + 1].height = heights[row]
        sheet.row_dimensions[row].height = None
    if sheet.freeze_panes:
        sheet.freeze_panes = _down(sheet.freeze_panes)
    if sheet.auto_filter.ref:
        sheet.auto_filter.ref = _down(sheet.auto_filter.ref)
    for merged in list(sheet.merged_cells.ranges):
        merged.shift(0, 1)


def mark_incomplete(workbook: Workbook, gaps: Sequence[Gap]) -> None:
    """Put the messages of ``gaps`` in a merged, highlighted first row of every sheet."""
    lines = box_lines(gaps)
    if not lines:
        return
    message = "\n".join([HEADLINE, *lines])
    for sheet in workbook.worksheets:
        _insert_top_row(sheet)
        last = max(sheet.max_column, 6)
        cell = sheet.cell(row=1, column=1, value=message)
        cell.font = FONT
        cell.fill = FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(f"A1:{get_column_letter(last)}1")
        sheet.row_dimensions[1].height = LINE_HEIGHT * (len(lines) + 1) + 4
