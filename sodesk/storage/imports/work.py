"""Handlers for the monthly work files: hours, production, revenue, purchases, guidance."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select

from sodesk.storage import tables as t
from sodesk.storage.imports.context import ZERO, ImportContext
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.writing import upsert

DAY = Decimal(24)  # hours in a day


def import_hours(ctx: ImportContext, rows: list[Row]) -> int:
    """hours.csv: 0-24 hours a row, inside an employment, at most 24 a day per worker.

    The day's total counts the hours already stored for the worker's other activities that
    day (a later import adds to an earlier one); a stored row with the same key is replaced,
    so it does not count. Written to be quick on a year of hours (800,000 rows).
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
        if not ZERO <= hours <= DAY:
            ctx.problem(f, row, "hours", hours, "moet tussen 0 en 24 uur liggen")
            continue
        if worker is None or activity is None:
            continue
        if not ctx.within_employment(worker, day):
            message = f"valt buiten elk dienstverband van {number}"
            ctx.problem(f, row, "date", day, message)
            continue
        good.append((row, worker, activity))
    earlier_day = _stored_hours_of_other_keys(ctx, good, seen)
    del seen
    per_day: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    out: list[tuple[int, int, dt.date, Decimal]] = []
    for row, worker, activity in good:
        day_key = (worker, row["date"])
        total = per_day[day_key] = per_day[day_key] + row["hours"]
        earlier = earlier_day.get(day_key)
        if total > DAY or (earlier and total + earlier > DAY):
            also = f", met {earlier} uur eerder ingelezen op andere activiteiten" if earlier else ""
            ctx.problem(
                f,
                row,
                "hours",
                row["hours"],
                f"{row['personnel_number']} komt op {row['date']} boven 24 uur op één dag{also}",
            )
            continue
        out.append((worker, activity, row["date"], row["hours"]))
    del good, per_day, earlier_day
    rows.clear()  # the caller hands the rows over; the dicts below replace them chunk by chunk
    columns = ("worker_id", "activity_id", "date", "hours")
    upsert(
        ctx.session,
        t.HourRow.__table__,
        (dict(zip(columns, values, strict=True)) for values in out),
        ["worker_id", "activity_id", "date"],
        columns=columns,
    )
    return len(out)


def _stored_hours_of_other_keys(
    ctx: ImportContext,
    good: list[tuple[Row, int, int]],
    in_file: dict[tuple[str, str, dt.date], int],
) -> dict[tuple[int, dt.date], Decimal]:
    """Stored hours per worker and day, leaving out the rows this file replaces.

    ``in_file`` holds the file's keys (personnel number, activity code, date); only stored
    rows outside it are kept, so re-importing a year of hours costs no second copy of it.
    """
    per_day: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    if not good:
        return per_day
    days = [row["date"] for row, _, _ in good]
    query = select(t.HourRow.worker_id, t.HourRow.activity_id, t.HourRow.date, t.HourRow.hours)
    query = query.where(t.HourRow.date >= min(days), t.HourRow.date <= max(days))
    workers = {worker for _, worker, _ in good}
    if len(workers) <= 500:
        query = query.where(t.HourRow.worker_id.in_(workers))
    numbers = {i: n for n, i in ctx.ids(t.WorkerRow, "personnel_number").items()}
    codes = {i: c for c, i in ctx.ids(t.ActivityRow, "code").items()}
    for worker, activity, day, hours in ctx.session.execute(query):
        if (numbers.get(worker), codes.get(activity), day) not in in_file:
            per_day[(worker, day)] += hours
    return per_day


def import_period_entries(
    ctx: ImportContext, rows: list[Row], f: str, row_class: type, value: str
) -> int:
    """production, revenue and purchases: an end not before the start, nothing below zero."""
    out = []
    for row in ctx.check_unique(f, rows, ("activity_code", "period_start", "period_end")):
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_dates(f, row, "period_start", "period_end")
        ok &= ctx.check_range(f, row, value, Decimal(0), None, "mag niet negatief zijn")
        if ok and activity is not None:
            out.append(
                {
                    "activity_id": activity,
                    "period_start": row["period_start"],
                    "period_end": row["period_end"],
                    value: row[value],
                }
            )
    upsert(ctx.session, row_class.__table__, out, ["activity_id", "period_start", "period_end"])  # type: ignore[attr-defined]
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
            Decimal(24),
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
