"""Turns a raw table into typed rows, collecting a problem for every bad cell.

The header must name every required column and nothing else: an unknown column is refused,
since a misspelt optional column (``lw-basis``) would otherwise be dropped unnoticed. A row
with more cells than the header is refused too: in a comma-separated file an unquoted decimal
comma (``7,5``) splits one number over two cells.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sodesk.storage.imports.cells import (
    check_magnitude,
    decimal_mark,
    parse_date,
    parse_integer,
    parse_text,
)
from sodesk.storage.imports.problems import FieldError, ImportProblem
from sodesk.storage.imports.reading import Cell, RawTable, cell_text
from sodesk.storage.imports.specs import FILES, Column


class Row(dict[str, Any]):
    """A typed row of an import file: column -> value (None when empty), and its row number.

    A plain dict underneath, so reading a value costs no more than a dict lookup (an import
    may hold a million rows).
    """

    __slots__ = ("number",)

    def __init__(self, number: int, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.number = number


def _header_problems(table: RawTable, columns: tuple[Column, ...]) -> list[ImportProblem]:
    known = {c.name for c in columns}
    found: list[ImportProblem] = []
    missing = [c.name for c in columns if c.required and c.name not in table.header]
    if missing:
        message = "verplichte kolom ontbreekt in de kopregel (" + ", ".join(table.header) + ")"
        found.append(ImportProblem(table.label, 1, ", ".join(missing), None, message))
    for index, name in enumerate(table.header):
        if name not in known:
            message = "onbekende kolom; verwacht: " + ", ".join(c.name for c in columns)
            found.append(ImportProblem(table.label, 1, name or f"nr. {index + 1}", None, message))
        elif name in table.header[:index]:
            found.append(
                ImportProblem(table.label, 1, name, None, "staat twee keer in de kopregel")
            )
    return found


def absent_columns(table: RawTable) -> frozenset[str]:
    """The optional columns the table's header leaves out (their stored values are kept)."""
    return frozenset(c.name for c in FILES.get(table.name, ()) if c.name not in table.header)


def _typed_value(column: Column, cell: Decimal | dt.date) -> Any:
    """A workbook's number or date cell for ``column``; text columns get the cell's text."""
    if isinstance(cell, Decimal) and column.numeric:
        check_magnitude(cell)
        return parse_integer(cell_text(cell), ".") if column.parse is parse_integer else cell
    if isinstance(cell, dt.date) and column.parse is parse_date:
        return cell
    if column.parse is parse_date:
        raise FieldError("is een getal, geen datum; maak er een datumcel van (2025-01-31)")
    return column.parse(cell_text(cell), "")


def _decimal_mark(table: RawTable, indexes: list[int]) -> str:
    """The decimal mark of the file's numeric text cells (decided per file)."""
    return decimal_mark(
        cell
        for cells in table.rows
        for i in indexes
        if i < len(cells)
        for cell in (cells[i],)
        if isinstance(cell, str) and ("," in cell or "." in cell)
    )


def _too_wide(table: RawTable, number: int, cells: list[Cell]) -> ImportProblem | None:
    width = len(table.header)
    extra = [cell_text(c) for c in cells[width:] if c != ""]
    if not extra:
        return None
    return ImportProblem(
        table.label,
        number,
        table.header[-1],
        cell_text(cells[width - 1]),
        f"wordt gevolgd door {len(extra)} cel(len) meer dan de kopregel "
        f"({'; '.join(extra)[:200]}); staat er een decimale komma zonder aanhalingstekens "
        "in een bestand met komma's als scheidingsteken?",
    )


def _too_long(column: Column, cell: str) -> str | None:
    """Why a text cell cannot be stored the same on both databases, or None."""
    if "\x00" in cell:
        return "bevat een NUL-teken (\\x00); PostgreSQL kan dat niet bewaren"
    if len(cell) > column.limit and not column.numeric:
        return f"is {len(cell)} tekens lang; hoogstens {column.limit}"
    return None


def parse_table(table: RawTable, problems: list[ImportProblem]) -> list[Row]:
    """Typed rows of a table; bad cells become problems and their rows are left out.

    The table's raw rows are released once parsed. Parsed values are remembered per column
    (a file repeats its dates and hours), so a long file parses each distinct text once.
    """
    columns = FILES[table.name]
    header_problems = _header_problems(table, columns)
    if header_problems:
        problems.extend(header_problems)
        return []
    positions: list[tuple[Column, int, dict[Cell, Any]]] = [
        (column, table.header.index(column.name), {})
        for column in columns
        if column.name in table.header
    ]
    absent = {column.name: None for column in columns if column.name not in table.header}
    width = len(table.header)
    mark = _decimal_mark(table, [i for column, i, _ in positions if column.numeric])
    rows: list[Row] = []
    done: list[Cell] = []
    for position, number, cells in table.numbered():
        table.rows[position] = done  # release the raw row as we go
        ok = True
        if len(cells) > width:
            problem = _too_wide(table, number, cells)
            if problem is not None:
                problems.append(problem)
                ok = False
        values: dict[str, Any] = dict(absent)
        for column, index, seen in positions:
            cell: Cell = cells[index] if index < len(cells) else ""
            if isinstance(cell, str) and (too_long := _too_long(column, cell)):
                problems.append(ImportProblem(table.label, number, column.name, cell, too_long))
                ok = False
                continue
            if cell == "":
                if column.required:
                    problems.append(ImportProblem(table.label, number, column.name, "", "is leeg"))
                    ok = False
                values[column.name] = None
                continue
            if column.parse is parse_text and isinstance(cell, str):
                # one string per distinct code, not one per row
                values[column.name] = (
                    seen.setdefault(cell, cell) if len(seen) < _MEMO_SIZE else cell
                )
                continue
            try:
                value = seen.get(cell, _MISSING)
                if value is _MISSING:
                    if isinstance(cell, str):
                        value = column.parse(cell, mark)
                    else:
                        value = _typed_value(column, cell)
                    if len(seen) < _MEMO_SIZE:
                        seen[cell] = value
                values[column.name] = value
            except FieldError as error:
                shown = cell_text(cell)
                problems.append(ImportProblem(table.label, number, column.name, shown, str(error)))
                ok = False
        if ok:
            rows.append(Row(number, values))
    table.rows = []
    return rows


_MISSING = object()
_MEMO_SIZE = 10_000
