"""Handlers for the monthly work files: hours, production, revenue, purchases, guidance."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import delete, select

from sodesk.domain.validation import MAX_HOURS_PER_DAY, check_day_total, check_hours
from sodesk.storage import tables as t
from sodesk.storage.base import Base
from sodesk.storage.imports.context import ImportContext
from sodesk.storage.imports.overlaps import check_revenue_overlaps
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.writing import CHUNK, upsert

MAX_PIECES = Decimal(9_999_999)  # the pieces column holds seven whole digits


def import_hours(ctx: ImportContext, rows: list[Row]) -> int:
    """hours.csv: 0-24 hours a row, inside an employment, at most 24 a day per worker.

    The file is the whole truth for each (worker, date) it contains (INTERFACES.md): stored
    hours of that worker on that date that the file lacks are removed (a row re-imported
    with a corrected activity would otherwise stay beside the new one), and their number is
    told in the summary, on a check too. So a day's total is the file's own. Written to be
    quick on a year of hours (800,000 rows).
    """
    f = "hours"
    workers = ctx.ids(t.WorkerRow, "personnel_number")
    activities = ctx.ids(t.ActivityRow, "code")
    seen: dict[tuple[str, str, dt.date], int] = {}
    good: list[tuple[Row, int, int]] = []
    for row in rows:
        number, code, day, hours = (
            row["personnel_number"],
            row["activity_code"],
            row["date"],
            row["hours"],
        )
        key = (number, code, day)
        first = seen.setdefault(key, row.number)
        if first != row.number:
            ctx.problem(
                f,
                row,
                "personnel_number, activity_code, date",
                " / ".join(map(str, key)),
                f"komt twee keer voor in het bestand (ook in rij {first})",
            )
            continue
        worker = workers.get(number)
        activity = activities.get(code)
        if worker is None:
            ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        if activity is None:
            ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        if not ctx.check(f, row, check_hours(hours)):
            continue
        if worker is None or activity is None:
            continue
        if not ctx.within_employment(worker, day):
            message = f"valt buiten elk dienstverband van {number}"
            ctx.problem(f, row, "date", day, message)
            continue
        good.append((row, worker, activity))
    del seen
    per_day: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    out: list[tuple[int, int, dt.date, Decimal]] = []
    for row, worker, activity in good:
        day_key = (worker, row["date"])
        total = per_day[day_key] = per_day[day_key] + row["hours"]
        over = check_day_total(total)
        for finding in over:
            who = f"{row['personnel_number']} op {row['date']}"
            ctx.problem(f, row, "hours", row["hours"], f"{who}: {finding.message}")
        if over:
            continue
        out.append((worker, activity, row["date"], row["hours"]))
    del good
    lacking = _stored_rows_the_file_lacks(ctx, per_day, {(w, a, d) for w, a, d, _ in out})
    del per_day
    ctx.removed[f] = len(lacking)
    rows.clear()  # the caller hands the rows over; the dicts below replace them chunk by chunk
    for start in range(0, len(lacking), CHUNK):
        chunk = lacking[start : start + CHUNK]
        ctx.session.execute(delete(t.HourRow).where(t.HourRow.id.in_(chunk)))
    columns = ("worker_id", "activity_id", "date", "hours")
    upsert(
        ctx.session,
        t.HourRow.__table__,
        (dict(zip(columns, values, strict=True)) for values in out),
        ["worker_id", "activity_id", "date"],
        columns=columns,
    )
    return len(out)


def _stored_rows_the_file_lacks(
    ctx: ImportContext,
    days: dict[tuple[int, dt.date], Decimal],
    in_file: set[tuple[int, int, dt.date]],
) -> list[int]:
    """Ids of stored hours on a (worker, date) of the file whose activity the file lacks.

    ``days`` holds the file's (worker id, date) pairs, ``in_file`` its (worker id, activity
    id, date) keys. Rows of a day with a refused row are left alone: the import is refused.
    """
    if not days:
        return []
    dates = [day for _, day in days]
    query = select(t.HourRow.id, t.HourRow.worker_id, t.HourRow.activity_id, t.HourRow.date)
    query = query.where(t.HourRow.date >= min(dates), t.HourRow.date <= max(dates))
    workers = {worker for worker, _ in days}
    if len(workers) <= 500:
        query = query.where(t.HourRow.worker_id.in_(workers))
    return [
        row_id
        for row_id, worker, activity, day in ctx.session.execute(query)
        if (worker, day) in days and (worker, activity, day) not in in_file
    ]


def import_period_entries(
    ctx: ImportContext, rows: list[Row], f: str, row_class: type[Base], value: str
) -> int:
    """production, revenue and purchases: an end not before the start, nothing below zero."""
    out = []
    written = []
    for row in ctx.check_unique(f, rows, ("activity_code", "period_start", "period_end")):
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_dates(f, row, "period_start", "period_end")
        ok &= ctx.check_not_negative(f, row, value)
        if value == "pieces":  # stored like hours: Numeric(9, 2) on both databases
            too_many = "is te groot (hoogstens 9.999.999)"
            ok &= ctx.check_range(f, row, value, None, MAX_PIECES, too_many)
        if ok and activity is not None:
            written.append(row)
            out.append(
                {
                    "activity_id": activity,
                    "period_start": row["period_start"],
                    "period_end": row["period_end"],
                    value: row[value],
                }
            )
    upsert(ctx.session, row_class.__table__, out, ["activity_id", "period_start", "period_end"])
    if f == "revenue":
        check_revenue_overlaps(ctx, written, ctx.ids(t.ActivityRow, "code"))
    return len(out)


def import_guidance(ctx: ImportContext, rows: list[Row]) -> int:
    """guidance.csv: more than 0 and at most 24 hours, on a day inside an employment."""
    f = "guidance"
    out = []
    for row in ctx.check_unique(
        f, rows, ("personnel_number", "coach", "date", "kind", "activity_code")
    ):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_range(
            f,
            row,
            "hours",
            Decimal("0.01"),
            MAX_HOURS_PER_DAY,
            "moet meer dan 0 en hoogstens 24 uur zijn",
        )
        if worker is not None and ok and not ctx.within_employment(worker, row["date"]):
            ctx.problem(
                f,
                row,
                "date",
                row["date"],
                f"valt buiten elk dienstverband van {row['personnel_number']}",
            )
            ok = False
        if ok and worker is not None and (activity is not None or row["activity_code"] is None):
            out.append(
                {
                    "worker_id": worker,
                    "coach": row["coach"],
                    "date": row["date"],
                    "hours": row["hours"],
                    "kind": row["kind"],
                    "activity_id": activity,
                    "activity_key": activity or 0,
                    "note": row["note"],
                }
            )
    upsert(
        ctx.session,
        t.GuidanceRow.__table__,
        out,
        ["worker_id", "coach", "date", "kind", "activity_key"],
        keep=ctx.kept(f, {"activity_code": "activity_id"}),
    )
    return len(out)
