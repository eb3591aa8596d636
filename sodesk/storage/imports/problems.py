"""A problem found in an import file, named by file, row, column and value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One bad cell or row. ``row`` counts like a spreadsheet: the header is row 1."""

    file: str
    row: int | None
    column: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.column is not None:
            where.append(f"kolom {self.column}")
        shown = "" if self.value is None else f" '{_printable(self.value)}'"
        return f"{', '.join(where)}:{shown} {self.message}"


class FieldError(ValueError):
    """Raised by a cell parser; the caller adds file, row, column and value."""


class ImportFailed(Exception):
    """The import was refused; nothing was written. ``problems`` lists every bad row."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def _printable(value: str) -> str:
    """The value on one line: line breaks and other control characters shown as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
