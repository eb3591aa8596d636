"""The import use case: every file of a source checked, resolved and written in one transaction.

Problems are collected over all files, so the controller sees every bad row at once, sorted
by file (in the order files are written, :data:`specs.ORDER`) and then by row. Rows are
written into the open transaction as files are processed (a later file needs the ids of an
earlier one, or of rows stored by an earlier import); when any problem was found, or on a dry
run, the transaction is rolled back and the database is exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sodesk.storage import tables as t
from sodesk.storage.imports import organisation, people, work
from sodesk.storage.imports.closed import closed_problems, refused_file
from sodesk.storage.imports.context import ImportContext
from sodesk.storage.imports.parsing import Row, absent_columns, parse_table
from sodesk.storage.imports.problems import ImportFailed, ImportProblem, ProblemList
from sodesk.storage.imports.profile_reading import ProfileRead, read_with_profile
from sodesk.storage.imports.profiles import Profile
from sodesk.storage.imports.reading import RawTable, read_source
from sodesk.storage.imports.specs import FILES, ORDER
from sodesk.storage.imports.wage_values import import_wage_values
from sodesk.storage.imports.writing import restore_cache
from sodesk.storage.periods import MonthClosed


@dataclass
class ImportSummary:
    """What an import wrote (or, on a dry run, would have written): rows per file."""

    source: str
    rows: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    #: stored rows removed (or, on a dry run, to be removed) per file: hours the file lacks
    removed: dict[str, int] = field(default_factory=dict)
    #: what the check wants the user to know beside the counts (formula cells read)
    notes: list[str] = field(default_factory=list)
    #: per table, the source file or sheet it was read from (imports through a profile)
    labels: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        """One Dutch line: rows per file, and the stored hours the import removes."""
        total = sum(self.rows.values())
        files = ", ".join(f"{name}: {count}" for name, count in self.rows.items())
        verb = "zou schrijven" if self.dry_run else "geschreven"
        line = f"{total} rijen {verb} ({files})"
        return line + "".join(f"; {sentence}" for sentence in [*self.removals(), *self.notes])

    def removals(self) -> list[str]:
        """A Dutch sentence per file whose import removes stored rows."""
        verb = "worden verwijderd" if self.dry_run else "verwijderd"
        return [
            f"{count} opgeslagen uurregel(s) {verb}: niet meer in {name}.csv op hun "
            "medewerker en datum"
            for name, count in self.removed.items()
            if count
        ]


Handler = Callable[[ImportContext, list[Row]], int]

HANDLERS: dict[str, Handler] = {
    "company_years": organisation.import_company_years,
    "overhead_rates": organisation.import_overhead_rates,
    "municipalities": organisation.import_municipalities,
    "municipality_years": organisation.import_municipality_years,
    "clients": organisation.import_clients,
    "activities": organisation.import_activities,
    "rates": organisation.import_rates,
    "workers": people.import_workers,
    "employments": people.import_employments,
    "placements": people.import_placements,
    "hours": work.import_hours,
    "production": lambda ctx, rows: work.import_period_entries(
        ctx, rows, "production", t.ProductionRow, "pieces"
    ),
    "revenue": lambda ctx, rows: work.import_period_entries(
        ctx, rows, "revenue", t.RevenueRow, "amount"
    ),
    "purchases": lambda ctx, rows: work.import_period_entries(
        ctx, rows, "purchases", t.PurchaseRow, "amount"
    ),
    "guidance": work.import_guidance,
    "waiting_list": organisation.import_waiting_list,
}


def _write_all(ctx: ImportContext, parsed: dict[str, list[Row]]) -> dict[str, int]:
    """Every file in :data:`ORDER`; a file's rows are dropped once written (memory).

    A file the database refuses for a closed month ends the import with that problem.
    """
    try:
        return _write_files(ctx, parsed)
    except (MonthClosed, DBAPIError) as error:
        problem = refused_file(error, ctx.label(ctx.current or ORDER[0]))
        if problem is None:
            raise
        raise ImportFailed([problem]) from None


def _write_files(ctx: ImportContext, parsed: dict[str, list[Row]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in ORDER:
        ctx.current = name
        if name == "wage_value_tasks":
            continue
        if name == "wage_values":
            if "wage_values" in parsed or "wage_value_tasks" in parsed:
                done = import_wage_values(
                    ctx, parsed.get("wage_values", []), parsed.get("wage_value_tasks", [])
                )
                if "wage_values" in parsed:
                    counts["wage_values"] = done[0]
                if "wage_value_tasks" in parsed:
                    counts["wage_value_tasks"] = done[1]
            continue
        if name in parsed:
            counts[name] = HANDLERS[name](ctx, parsed.pop(name))
    return {name: counts[name] for name in ORDER if name in counts}


def _read(path: Path, profile: Profile | None) -> tuple[list[RawTable], ProfileRead]:
    """The source's tables: sodesk's own format, or the source system's through a profile."""
    if profile is not None:
        read = read_with_profile(path, profile)
        return read.tables, read
    tables, found = read_source(path, set(FILES))
    return tables, ProfileRead(problems=found)


def _as_in_source(problems: ProblemList, headers: dict[str, dict[str, str]]) -> ProblemList:
    """Problems naming a column by the source's header (a profile's), not sodesk's field."""
    if not headers:
        return problems
    renamed = ProblemList()
    for problem in problems:
        names = headers.get(problem.file, {})
        column = problem.column
        if column is not None and names:
            column = ", ".join(names.get(part, part) for part in column.split(", "))
        renamed.append(replace(problem, column=column))
    renamed.more = problems.more
    return renamed


def import_source(
    factory: sessionmaker[Session],
    path: Path,
    *,
    dry_run: bool = False,
    user: str = "import",
    profile: Profile | None = None,
) -> ImportSummary:
    """Check and write a folder of CSV files or an .xlsx workbook; all rows or none.

    Args:
        factory: sessions on the database to write to.
        path: a folder of CSV files, one .csv file, or one .xlsx workbook (with a profile
            also a folder or file of the source system's export, or an .ods workbook).
        dry_run: check everything, write nothing.
        user: who imports, for the record of imports (import_runs).
        profile: how to read a source system's export; None for sodesk's own format.

    Raises:
        ImportFailed: with every problem found; nothing was written.
    """
    tables, read = _read(path, profile)
    problems = ProblemList(read.problems)
    read.problems = []
    labels = {table.name: table.label for table in tables}
    absent = {table.name: absent_columns(table) for table in tables}
    notes = [
        f"{table.label}: {table.formulas} formulecel(len) gelezen als de uitkomst die Excel "
        "erbij bewaarde"
        for table in tables
        if table.formulas
    ]
    notes += read.notes
    parsed = {table.name: parse_table(table, problems) for table in tables}
    del tables
    summary = ImportSummary(source=str(path), dry_run=dry_run, notes=notes)
    if profile is not None:
        summary.labels = dict(labels)
    with factory() as session:
        transaction = session.begin()
        try:
            ctx = ImportContext(session, labels)
            ctx.problems = problems
            ctx.absent = absent
            closed = closed_problems(session, parsed, labels)
            if closed:  # refused whole, before anything is written
                shown = _as_in_source(ProblemList([*problems, *closed]), read.headers)
                raise ImportFailed(sorted_problems(shown, labels), shown.more)
            summary.rows = _write_all(ctx, parsed)
            summary.removed = dict(ctx.removed)
            restore_cache(session)
            if ctx.problems:
                more = ctx.problems.more if isinstance(ctx.problems, ProblemList) else 0
                shown = _as_in_source(ProblemList(ctx.problems), read.headers)
                shown.more = more
                raise ImportFailed(sorted_problems(shown, labels), shown.more)
            if dry_run:
                transaction.rollback()
                return summary
            session.add(
                t.ImportRunRow(
                    at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    user=user,
                    source=str(path) if profile is None else f"{path} (profiel {profile.label})",
                    summary=json.dumps(summary.rows),
                )
            )
            transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    return summary


def sorted_problems(problems: list[ImportProblem], labels: dict[str, str]) -> list[ImportProblem]:
    """By file in the order files are written, then by row; problems of the source first.

    Within a row the order found is kept (the sort is stable).
    """
    position = {label: ORDER.index(name) for name, label in labels.items()}

    def order(problem: ImportProblem) -> tuple[int, int]:
        return position.get(problem.file, -1), problem.row or 0

    return sorted(problems, key=order)
