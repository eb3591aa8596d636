"""Reads an import source into plain text tables: a folder of CSV files or one .xlsx workbook.

CSV files may be UTF-8 with or without BOM, separated by ``,`` or ``;`` (detected from the
header line). Whether numbers use a decimal comma is decided per file by the parsers in
:mod:`sodesk.storage.imports.cells`, which see every numeric cell.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sodesk.storage.imports.problems import ImportProblem


@dataclass
class RawTable:
    """A file's header and rows as text; ``first_row`` is the spreadsheet number of row one."""

    name: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    first_row: int = 2

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(row number, {column: text}) for every non-empty row."""
        width = len(self.header)
        for index, cells in enumerate(self.rows):
            if not any(c.strip() for c in cells):
                continue
            padded = (cells + [""] * width)[:width]
            yield self.first_row + index, dict(zip(self.header, padded, strict=True))


def _detect_separator(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_csv(path: Path) -> RawTable:
    """One CSV file; the table is named after the file without .csv."""
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    separator = _detect_separator(lines[0] if lines else "")
    reader = csv.reader(lines, delimiter=separator)
    header = [h.strip().lower() for h in next(reader, [])]
    table = RawTable(name=path.stem, header=header)
    table.rows = [[c.strip() for c in row] for row in reader]
    return table


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        # Excel keeps numbers as binary floats: the shortest repr is what the user typed.
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, Decimal | int):
        return str(value)
    return str(value).strip()


def read_xlsx(path: Path) -> list[RawTable]:
    """Every sheet of a workbook; the sheet name is the file name without .csv."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    tables = []
    try:
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header = [_cell_text(h).lower() for h in next(rows, ())]
            while header and not header[-1]:
                header.pop()
            table = RawTable(name=sheet.title.strip().removesuffix(".csv"), header=header)
            table.rows = [[_cell_text(v) for v in row[: len(header)]] for row in rows]
            tables.append(table)
    finally:
        workbook.close()
    return tables


def read_source(path: Path, known: set[str]) -> tuple[list[RawTable], list[ImportProblem]]:
    """All tables in a folder or workbook; unknown names are reported, not guessed."""
    problems: list[ImportProblem] = []
    if path.is_dir():
        tables = [read_csv(p) for p in sorted(path.iterdir()) if p.suffix.lower() == ".csv"]
        others = [p.name for p in sorted(path.iterdir()) if p.suffix.lower() != ".csv"]
        del others  # other files in an export folder (a readme, a log) are ignored
    elif path.suffix.lower() == ".xlsx":
        tables = read_xlsx(path)
    elif path.suffix.lower() == ".csv":
        tables = [read_csv(path)]
    else:
        return [], [
            ImportProblem(
                str(path), None, None, None, "is geen map met CSV-bestanden en geen .xlsx-werkmap"
            )
        ]
    for table in tables:
        if table.name not in known:
            problems.append(
                ImportProblem(
                    f"{table.name}.csv",
                    None,
                    None,
                    None,
                    "onbekend bestand; verwacht: " + ", ".join(sorted(f"{k}.csv" for k in known)),
                )
            )
    if not tables:
        problems.append(ImportProblem(str(path), None, None, None, "bevat geen CSV-bestanden"))
    return [t for t in tables if t.name in known], problems
