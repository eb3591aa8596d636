"""Turns a raw text table into typed rows, collecting a problem for every bad cell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sodesk.storage.imports.cells import uses_decimal_comma
from sodesk.storage.imports.problems import FieldError, ImportProblem
from sodesk.storage.imports.reading import RawTable
from sodesk.storage.imports.specs import FILES


@dataclass(frozen=True, slots=True)
class Row:
    """A typed row of an import file, with its spreadsheet row number."""

    number: int
    values: dict[str, Any]

    def __getitem__(self, column: str) -> Any:
        return self.values.get(column)


def parse_table(table: RawTable, problems: list[ImportProblem]) -> list[Row]:
    """Typed rows of a table; bad cells become problems and their rows are left out."""
    file = f"{table.name}.csv"
    columns = FILES[table.name]
    missing = [c.name for c in columns if c.required and c.name not in table.header]
    if missing:
        problems.append(
            ImportProblem(
                file,
                1,
                ", ".join(missing),
                None,
                "verplichte kolom ontbreekt in de kopregel (" + ", ".join(table.header) + ")",
            )
        )
        return []
    records = list(table.records())
    numeric = [c.name for c in columns if c.numeric and c.name in table.header]
    comma = uses_decimal_comma([r[n] for _, r in records for n in numeric])
    rows: list[Row] = []
    for number, record in records:
        values: dict[str, Any] = {}
        ok = True
        for column in columns:
            text = record.get(column.name, "").strip()
            if not text:
                if column.required:
                    problems.append(ImportProblem(file, number, column.name, "", "is leeg"))
                    ok = False
                values[column.name] = None
                continue
            try:
                values[column.name] = column.parse(text, comma)
            except FieldError as error:
                problems.append(ImportProblem(file, number, column.name, text, str(error)))
                ok = False
        if ok:
            rows.append(Row(number, values))
    return rows
