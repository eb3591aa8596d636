"""The state of one import (de lopende import): session, problems, and code-to-id lookups.

Every file handler gets this context: it resolves codes to ids (from this import or stored by
an earlier one, INTERFACES.md), checks ranges and dates, and records a problem for each bad
cell, named by file, row, column and value.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.validation import Finding, check_non_negative, check_period
from sodesk.storage import tables as t
from sodesk.storage.base import Base
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.problems import ImportProblem

HUNDRED = Decimal(100)
ZERO = Decimal(0)


class ImportContext:
    """One import: the session, the problems so far and the code-to-id lookups.

    ``labels`` names each table as the user knows it: ``hours.csv`` for a file in a folder,
    ``export.xlsx, blad hours`` for a sheet of a workbook.
    """

    def __init__(self, session: Session, labels: dict[str, str] | None = None) -> None:
        self.session = session
        self.labels = labels or {}
        self.problems: list[ImportProblem] = []
        self._ids: dict[str, dict[Any, int]] = {}
        self.employment_spans: dict[int, list[tuple[dt.date, dt.date | None]]] | None = None
        #: per file, the optional columns its header leaves out
        self.absent: dict[str, frozenset[str]] = {}
        #: per file, stored rows the import removes (hours the file lacks on its days)
        self.removed: dict[str, int] = {}
        #: the file being written (a refusal of the database names it)
        self.current: str | None = None

    def label(self, file: str) -> str:
        """How the user knows the table ``file``: its file or sheet."""
        return self.labels.get(file, f"{file}.csv")

    def left_out(self, file: str, column: str) -> bool:
        """Whether the file's header leaves out ``column`` (an optional column)."""
        return column in self.absent.get(file, ())

    def kept(self, file: str, renames: dict[str, str] | None = None) -> list[str]:
        """The table columns a stored row keeps: those of the columns the file left out.

        ``renames`` maps a file column to its table column where the names differ.
        """
        renames = renames or {}
        return [renames.get(c, c) for c in sorted(self.absent.get(file, ()))]

    # -- lookups -----------------------------------------------------------------------
    def ids(self, row_class: type[Base], key: str) -> dict[Any, int]:
        name = row_class.__tablename__
        if name not in self._ids:
            column = getattr(row_class, key)
            result = self.session.execute(select(column, row_class.__table__.c.id))
            self._ids[name] = {k: i for k, i in result}
        return self._ids[name]

    def forget(self, row_class: type[Base]) -> None:
        self._ids.pop(row_class.__tablename__, None)

    def problem(
        self, file: str, row: Row | None, column: str | None, value: Any, message: str
    ) -> None:
        shown = None if value is None else str(value)
        self.problems.append(
            ImportProblem(self.label(file), row.number if row else None, column, shown, message)
        )

    def resolve(
        self, file: str, row: Row, column: str, row_class: type[Base], key: str
    ) -> int | None:
        code = row[column]
        if code is None:
            return None
        found = self.ids(row_class, key).get(code)
        if found is None:
            self.problem(
                file, row, column, code, "is onbekend: niet in dit bestand en niet eerder ingelezen"
            )
        return found

    def check(self, file: str, row: Row, findings: list[Finding]) -> bool:
        """Record the findings of a domain check on ``row``; True when there are none."""
        for finding in findings:
            self.problems.append(ImportProblem.of(self.label(file), row.number, finding))
        return not findings

    def check_not_negative(self, file: str, row: Row, column: str) -> bool:
        value = row[column]
        return value is None or self.check(file, row, check_non_negative(column, value))

    def check_range(
        self,
        file: str,
        row: Row,
        column: str,
        low: Decimal | None,
        high: Decimal | None,
        message: str,
    ) -> bool:
        value = row[column]
        if value is None:
            return True
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(file, row, column, value, message)
            return False
        return True

    def check_dates(self, file: str, row: Row, start: str, end: str) -> bool:
        if row[start] is None:
            return True
        return self.check(file, row, check_period(row[start], row[end], end))

    def check_unique(self, file: str, rows: list[Row], key: tuple[str, ...]) -> list[Row]:
        seen: dict[tuple[Any, ...], int] = {}
        kept = []
        for row in rows:
            k = tuple(row[c] for c in key)
            if k in seen:
                self.problem(
                    file,
                    row,
                    ", ".join(key),
                    " / ".join(str(v) for v in k),
                    f"komt twee keer voor in het bestand (ook in rij {seen[k]})",
                )
                continue
            seen[k] = row.number
            kept.append(row)
        return kept

    def within_employment(self, worker_id: int, day: dt.date) -> bool:
        """Whether ``day`` lies inside an employment of the worker (stored or just written)."""
        if self.employment_spans is None:
            spans: dict[int, list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
            query = select(
                t.EmploymentRow.worker_id, t.EmploymentRow.start_date, t.EmploymentRow.end_date
            )
            for worker, start, end in self.session.execute(query):
                spans[worker].append((start, end))
            self.employment_spans = spans
        for start, end in self.employment_spans.get(worker_id, ()):
            if start <= day and (end is None or day <= end):
                return True
        return False
