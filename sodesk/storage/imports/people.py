"""Handlers for the personnel files: workers (medewerkers), employments, placements."""

from __future__ import annotations

from decimal import Decimal

from sodesk.domain.validation import check_bsn
from sodesk.storage import tables as t
from sodesk.storage.imports.context import ImportContext
from sodesk.storage.imports.overlaps import check_bsn_on_two_workers, check_employment_overlaps
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.writing import upsert


def import_workers(ctx: ImportContext, rows: list[Row]) -> int:
    """workers.csv: the BSN must pass the 11-test; the municipality must be known."""
    f = "workers"
    out = []
    for row in ctx.check_unique(f, rows, ("personnel_number",)):
        municipality = ctx.resolve(f, row, "municipality_code", t.MunicipalityRow, "code")
        bsn = row["bsn"]
        if bsn is not None and len(bsn) == 8 and bsn.isdigit():
            bsn = "0" + bsn  # a spreadsheet drops a BSN's leading zero
        ok = municipality is not None
        if bsn is not None:
            ok &= ctx.check(f, row, check_bsn(bsn))
        if ok:
            out.append(
                {
                    "personnel_number": row["personnel_number"],
                    "first_name": row["first_name"],
                    "last_name": row["last_name"],
                    "birth_date": row["birth_date"],
                    "bsn": bsn,
                    "target_group": row["target_group"],
                    "municipality_id": municipality,
                    "indication_date": row["indication_date"],
                    "coach": row["coach"],
                }
            )
    upsert(ctx.session, t.WorkerRow.__table__, out, ["personnel_number"], keep=ctx.kept(f))
    ctx.forget(t.WorkerRow)
    written = {o["personnel_number"] for o in out}
    check_bsn_on_two_workers(
        ctx,
        [r for r in rows if r["personnel_number"] in written],
        {o["bsn"] for o in out if o["bsn"] is not None},
    )
    return len(out)


def import_employments(ctx: ImportContext, rows: list[Row]) -> int:
    """employments.csv: an end not before the start, 0-60 contract hours, no negative wage."""
    f = "employments"
    out = []
    written = []
    for row in ctx.check_unique(f, rows, ("personnel_number", "start_date")):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        ok = ctx.check_dates(f, row, "start_date", "end_date")
        ok &= ctx.check_range(
            f,
            row,
            "contract_hours_per_week",
            Decimal("0.01"),
            Decimal(60),
            "moet meer dan 0 en hoogstens 60 uur per week zijn",
        )
        ok &= ctx.check_not_negative(f, row, "hourly_wage")
        if ok and worker is not None:
            written.append(row)
            out.append(
                {
                    "worker_id": worker,
                    "start_date": row["start_date"],
                    "end_date": row["end_date"],
                    "contract_hours_per_week": row["contract_hours_per_week"],
                    "hourly_wage": row["hourly_wage"],
                }
            )
    upsert(
        ctx.session, t.EmploymentRow.__table__, out, ["worker_id", "start_date"], keep=ctx.kept(f)
    )
    ctx.employment_spans = None
    check_employment_overlaps(ctx, written, ctx.ids(t.WorkerRow, "personnel_number"))
    return len(out)


def import_placements(ctx: ImportContext, rows: list[Row]) -> int:
    """placements.csv: a known worker and (optional) activity, an end not before the start."""
    f = "placements"
    out = []
    for row in ctx.check_unique(f, rows, ("personnel_number", "start_date")):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_dates(f, row, "start_date", "end_date")
        if ok and worker is not None and (activity is not None or row["activity_code"] is None):
            out.append(
                {
                    "worker_id": worker,
                    "work_type": row["work_type"],
                    "activity_id": activity,
                    "employer": row["employer"],
                    "start_date": row["start_date"],
                    "end_date": row["end_date"],
                }
            )
    upsert(
        ctx.session,
        t.PlacementRow.__table__,
        out,
        ["worker_id", "start_date"],
        keep=ctx.kept(f, {"activity_code": "activity_id"}),
    )
    return len(out)
