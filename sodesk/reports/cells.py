"""Text from users goes into workbooks and CSV files as text, never as a formula.

Why: names of activities, clients, municipalities and coaches are typed or imported by
people. Text beginning with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before
one) is taken as a formula by spreadsheet programs: an activity named
``=HYPERLINK("http://...","klik")`` would become a live link in a controller's report
(formula injection). sodesk writes no formulas of its own (totals are values, see
:mod:`sodesk.reports.excel`), so every such text is stored as a string.

How, in a workbook: the cell keeps the exact text with the string type (``data_type 's'``)
and Excel's "quote prefix" style. The text reads back unchanged (openpyxl, pandas, another
program: no apostrophe added to the name) and Excel shows it as text and keeps it text when
someone edits the cell. Numbers stay numbers: a negative amount is a Decimal, not text.

In a CSV file there are no cell types: text that a spreadsheet would read as a formula gets
a leading apostrophe (the usual defence), unless it is a plain number (``-12.50`` stays a
number a spreadsheet can add up).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is loaded where a workbook is made, not by every importer
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell

#: the first characters that make a spreadsheet program read a text as a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def looks_like_formula(text: str) -> bool:
    """True for text a spreadsheet program would take as a formula."""
    return text.startswith(FORMULA_STARTS)


def keep_as_text(cell: Cell) -> None:
    """Make a text cell that looks like a formula a string cell with Excel's quote prefix."""
    value = cell.value
    if isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def text_only(workbook: Workbook) -> None:
    """Every cell of ``workbook`` whose text looks like a formula becomes plain text."""
    from openpyxl.cell.cell import Cell

    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell, Cell):  # merged cells hold no value of their own
                    keep_as_text(cell)


def workbook_bytes(workbook: Workbook) -> bytes:
    """The workbook as .xlsx bytes, with no formula from text (every workbook writer's save)."""
    text_only(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_field(value: Any) -> Any:
    """A value for a CSV cell: text that looks like a formula gets a leading apostrophe.

    Values that are not text, and text that is a plain number (``-12.50``), are returned
    unchanged.
    """
    if isinstance(value, str) and looks_like_formula(value) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
