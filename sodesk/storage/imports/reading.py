"""Reads an import source into plain tables: a folder of CSV files or one .xlsx workbook.

CSV files must be UTF-8 (a BOM is fine), separated by ``,`` or ``;`` (detected from the header
line). A CSV cell is text; whether its numbers use a decimal comma is decided per file by
:mod:`sodesk.storage.imports.parsing`, which sees every numeric cell.

A workbook's cells keep their type: a number cell arrives as a Decimal of the (at most 15)
significant digits Excel keeps, so 4200.5 is 4200.5 and a sum stored as 0.30000000000000004
is 0.3; a date cell arrives as a date. Such cells need no decimal mark or date format guessed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sodesk.storage.imports.problems import ImportProblem, ProblemList

Cell = str | Decimal | dt.date
"""A cell: text (CSV, or a text cell of a workbook), or a typed number or date (workbook)."""


@dataclass
class RawTable:
    """A file's header and rows; ``first_row`` is the spreadsheet number of row one.

    ``label`` is how the user knows the table: ``hours.csv``, or ``export.xlsx, blad hours``.
    """

    name: str
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    first_row: int = 2
    label: str = ""
    #: formula cells read from the result Excel stored beside them (workbooks only)
    formulas: int = 0
    #: the source row of each row, where rows are not numbered one by one from
    #: ``first_row`` (a profile's week layout gives a row per day of one source row)
    numbers: list[int] | None = None

    def __post_init__(self) -> None:
        self.label = self.label or f"{self.name}.csv"

    def records(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) for every row with any content; empty rows keep their number."""
        for _position, number, cells in self.numbered():
            yield number, cells

    def numbered(self) -> Iterator[tuple[int, int, list[Cell]]]:
        """(position in rows, row number, cells) for every row with any content."""
        numbers = self.numbers or range(self.first_row, self.first_row + len(self.rows))
        for position, (number, cells) in enumerate(zip(numbers, self.rows, strict=False)):
            if any(cells) or any(c != "" for c in cells):  # Decimal(0) is falsy, not empty
                yield position, number, cells


def _detect_separator(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _decode(path: Path, data: bytes) -> tuple[str | None, ImportProblem | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        bad = data[error.start : error.start + 1].hex()
        return None, ImportProblem(
            path.name,
            line,
            None,
            None,
            f"is geen UTF-8 (byte 0x{bad}); sla het bestand op als 'CSV UTF-8'",
        )


def read_csv(path: Path) -> tuple[RawTable | None, ImportProblem | None]:
    """One CSV file, named after the file without .csv; a problem when it is not UTF-8."""
    text, problem = _decode(path, path.read_bytes())
    if text is None:
        return None, problem
    first_line = text.split("\n", 1)[0]
    # a cell may be as long as the file: the length is checked per column, with its row
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_separator(first_line))
    header = [h.strip().lower() for h in next(reader, [])]
    table = RawTable(name=path.stem, header=header, label=path.name)
    table.rows = [[c.strip() for c in row] for row in reader]
    return table, None


def _significant(value: float) -> Decimal:
    """The number Excel shows: at most 15 significant digits, without binary noise."""
    number = Decimal(format(value, ".15g"))
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number


def cell_value(value: object) -> Cell:
    """A workbook cell as text, a Decimal (numbers) or a date (dates without a time)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return _significant(value)
    if isinstance(value, Decimal):
        return value
    return str(value).strip()


def cell_text(cell: Cell) -> str:
    """A cell as the user would read it: dates ISO, numbers without an exponent."""
    if isinstance(cell, Decimal):
        return format(cell, "f")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell


_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _has_formulas(sheet: Any) -> bool:
    """Whether the sheet's XML holds a formula; a quick scan, not a second parse."""
    source = getattr(sheet, "_get_source", None)
    if source is None:  # pragma: no cover - another openpyxl: take the slow, safe way
        return True
    with source() as stream:
        tail = b""
        while chunk := stream.read(1 << 20):
            if _FORMULA_ELEMENT.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _is_formula(value: object) -> bool:
    return (isinstance(value, str) and value.startswith("=")) or type(value).__name__ in (
        "ArrayFormula",
        "DataTableFormula",
    )


def _formula_text(value: object) -> str:
    return str(getattr(value, "text", value))


def read_xlsx(path: Path) -> tuple[list[RawTable], list[ImportProblem]]:
    """Every sheet of a workbook; the sheet name is the file name without .csv.

    A formula cell is read from the result Excel stored beside it (the table counts such
    cells, so the check can say so); a formula without a stored result (a workbook written
    by a program, never opened in Excel) is a problem, not an empty cell. Sheets with
    formulas are read a second time for their formulas; others once.
    """
    from openpyxl import load_workbook

    problems: list[ImportProblem] = ProblemList()
    workbook = load_workbook(path, read_only=True, data_only=True)
    formulas_book = None
    tables = []
    try:
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            formula_rows: Iterator[tuple[Any, ...]] | None = None
            if _has_formulas(sheet):
                if formulas_book is None:
                    formulas_book = load_workbook(path, read_only=True, data_only=False)
                formula_rows = formulas_book[sheet.title].iter_rows(values_only=True)
                next(formula_rows, None)
            header = [cell_text(cell_value(h)).lower() for h in next(rows, ())]
            while header and not header[-1]:
                header.pop()
            name = sheet.title.strip().removesuffix(".csv")
            table = RawTable(name=name, header=header, label=f"{path.name}, blad {sheet.title}")
            width = len(header)
            for number, row in enumerate(rows, table.first_row):
                if formula_rows is not None:
                    _check_formulas(table, number, row, next(formula_rows, ()), problems)
                cells = [cell_value(v) for v in row]
                while len(cells) > width and cells[-1] == "":
                    cells.pop()  # a sheet's rows run as wide as its widest row
                table.rows.append(cells)
            tables.append(table)
    finally:
        workbook.close()
        if formulas_book is not None:
            formulas_book.close()
    return tables, problems


def _check_formulas(
    table: RawTable,
    number: int,
    row: tuple[Any, ...],
    formulas: tuple[Any, ...],
    problems: list[ImportProblem],
) -> None:
    """Counts the row's formula cells read from their stored result; one without is a problem."""
    for index, (value, formula) in enumerate(zip(row, formulas, strict=False)):
        if _is_formula(formula) and formula != value:
            if value is None:
                problems.append(_no_result(table, number, index, formula))
            else:
                table.formulas += 1


def _no_result(table: RawTable, number: int, index: int, formula: object) -> ImportProblem:
    column = table.header[index] if index < len(table.header) else f"nr. {index + 1}"
    return ImportProblem(
        table.label,
        number,
        column,
        _formula_text(formula),
        "is een formule zonder opgeslagen uitkomst; open de werkmap in Excel en sla haar op, "
        "of plak de waarden in plaats van de formules",
    )


#: what openpyxl raises on a damaged or foreign file (a zip without a workbook, bad XML)
_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    ValueError,
    TypeError,
    EOFError,
    SyntaxError,  # the XML parsers' ParseError
    OSError,
)


def _not_regular(path: Path) -> ImportProblem | None:
    """A problem when ``path`` is not a regular file (or a link to one).

    A dangling link, a pipe or a device named like an import file is refused: skipping it
    would leave a table out unnoticed, and reading a pipe could wait for ever.
    """
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError:
        regular = False  # a dangling link, or no access
    if regular:
        return None
    message = "is geen gewoon bestand (een verbroken snelkoppeling, een pipe of een map?)"
    return ImportProblem(str(path.name), None, None, None, message)


def _one_per_table(tables: list[RawTable]) -> tuple[list[RawTable], list[ImportProblem]]:
    """The first table of each name; two files or sheets for one table are refused."""
    first: dict[str, RawTable] = {}
    problems = []
    for table in tables:
        if table.name in first:
            message = (
                f"is dezelfde tabel als {first[table.name].label}; "
                "lever één bestand of blad per tabel"
            )
            problems.append(ImportProblem(table.label, None, None, None, message))
        else:
            first[table.name] = table
    return list(first.values()), problems


def read_source(path: Path, known: set[str]) -> tuple[list[RawTable], list[ImportProblem]]:
    """All tables in a folder or workbook; unknown names are reported, not guessed.

    Other files in an export folder (a readme, a log) are ignored; unknown .csv files and
    sheets are refused, since a misspelt name would otherwise be left out unnoticed. So are
    two files or sheets for one table (``hours.csv`` beside ``hours.CSV``, sheets ``revenue``
    and ``revenue.csv``) and a .csv entry that is not a regular file.
    """
    problems: list[ImportProblem] = []
    tables: list[RawTable] = []
    if path.is_dir():
        for file in sorted(path.iterdir()):
            if file.suffix.lower() != ".csv":
                continue
            problem = _not_regular(file)
            if problem is None:
                table, problem = read_csv(file)
                tables += [table] if table is not None else []
            problems += [problem] if problem is not None else []
    elif path.suffix.lower() in (".xlsx", ".csv") and (problem := _not_regular(path)):
        return [], [problem]
    elif path.suffix.lower() == ".xlsx":
        try:
            tables, problems = read_xlsx(path)
        except _UNREADABLE as error:
            message = (
                "is geen leesbare .xlsx-werkmap (beschadigd, of een ander formaat met die "
                f"naam): {type(error).__name__}: {str(error)[:200]}"
            )
            return [], [ImportProblem(path.name, None, None, None, message)]
    elif path.suffix.lower() == ".csv":
        table, problem = read_csv(path)
        tables += [table] if table is not None else []
        problems += [problem] if problem is not None else []
    else:
        message = "is geen map met CSV-bestanden en geen .xlsx-werkmap"
        return [], [ImportProblem(str(path), None, None, None, message)]
    tables, doubles = _one_per_table(tables)
    problems += doubles
    expected = ", ".join(sorted(f"{k}.csv" for k in known))
    for table in tables:
        if table.name not in known:
            message = "onbekend bestand; verwacht: " + expected
            problems.append(ImportProblem(table.label, None, None, None, message))
    if not tables and not problems:
        problems.append(ImportProblem(str(path), None, None, None, "bevat geen CSV-bestanden"))
    return [t for t in tables if t.name in known], problems
