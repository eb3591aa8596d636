"""A problem found in an import file, named by file, row, column and value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from sodesk.domain.validation import Finding


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One bad cell or row. ``row`` counts like a spreadsheet: the header is row 1."""

    file: str
    row: int | None
    column: str | None
    value: str | None
    message: str

    def __post_init__(self) -> None:
        # a 1 MB cell is shown by its start and length, and not kept whole in memory
        if self.value is not None and len(self.value) > SHOWN:
            shown = f"{self.value[: SHOWN // 2]}… ({len(self.value)} tekens)"
            object.__setattr__(self, "value", shown)

    @classmethod
    def of(cls, file: str, row: int | None, finding: Finding) -> ImportProblem:
        """A domain check's finding in a file's row: its field is the column."""
        value = None if finding.value is None else str(finding.value)
        return cls(file, row, finding.field, value, finding.message)

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.column is not None:
            where.append(f"kolom {self.column}")
        shown = "" if self.value is None else f" '{_printable(self.value)}'"
        return f"{', '.join(where)}:{shown} {self.message}"


SHOWN = 200  # longest value shown in a problem (characters)


class FieldError(ValueError):
    """Raised by a cell parser; the caller adds file, row, column and value."""


LISTED = 1000  # problems kept in full; beyond them only counted


class ProblemList(list[ImportProblem]):
    """The problems found so far: the first :data:`LISTED` kept, the rest only counted.

    A file of a million bad rows then costs a thousand problems of memory, not a million,
    and the controller reads the first thousand and "en nog N".
    """

    def __init__(self, problems: Iterable[ImportProblem] = ()) -> None:
        super().__init__()
        self.more = 0
        self.extend(problems)

    def append(self, problem: ImportProblem) -> None:
        if len(self) < LISTED:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems: Iterable[ImportProblem]) -> None:
        for problem in problems:
            self.append(problem)

    # list's ``+=`` takes any iterable, as this one does; typeshed checks it against ``+``,
    # which takes only a list
    def __iadd__(self, problems: Iterable[ImportProblem]) -> Self:  # type: ignore[override,misc]
        self.extend(problems)
        return self

    @property
    def total(self) -> int:
        return len(self) + self.more


class ImportFailed(Exception):
    """The import was refused; nothing was written.

    ``problems`` lists the bad rows (at most :data:`LISTED`); ``more`` counts those left out.
    """

    def __init__(self, problems: list[ImportProblem], more: int = 0) -> None:
        super().__init__(f"{len(problems) + more} problem(s)")
        self.problems = problems
        self.more = more

    @property
    def total(self) -> int:
        return len(self.problems) + self.more

    def lines(self) -> list[str]:
        """One Dutch line per problem, "en nog N" for those left out, and the verdict."""
        shown = [str(p) for p in self.problems]
        if self.more:
            shown.append(
                f"… en nog {self.more} probleem/problemen (de eerste {LISTED} staan hierboven)"
            )
        return [*shown, f"Niets ingelezen: {self.total} probleem/problemen."]


def _printable(value: str) -> str:
    """The value on one line: line breaks and other control characters shown as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
