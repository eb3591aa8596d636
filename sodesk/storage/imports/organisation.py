"""Handlers for the company's own files: years, municipalities, clients, activities, rates.

Each handler checks its rows (DOMAIN.md "Bad input is told, never stored"), resolves codes,
and upserts the good rows by natural key (INTERFACES.md "Import files").
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from sodesk.domain.enums import LksRegime, LwBasis
from sodesk.domain.money import fraction_from_percent
from sodesk.storage import tables as t
from sodesk.storage.imports.context import HUNDRED, ImportContext
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.writing import upsert


def import_company_years(ctx: ImportContext, rows: list[Row]) -> int:
    """company_years.csv: employer charges 0-100 %, coach cost not negative."""
    f = "company_years"
    out = []
    for row in ctx.check_unique(f, rows, ("year",)):
        ok = ctx.check_range(
            f, row, "employer_charges_percent", Decimal(0), HUNDRED, "moet tussen 0 en 100 liggen"
        )
        ok &= ctx.check_not_negative(f, row, "coach_hourly_cost")
        ok &= ctx.check_range(
            f, row, "wsw_fulltime_hours", Decimal("0.01"), Decimal(60), "moet tussen 0 en 60 liggen"
        )
        if ok:
            out.append(
                {
                    "year": row["year"],
                    "employer_charges": fraction_from_percent(row["employer_charges_percent"]),
                    "coach_hourly_cost": row["coach_hourly_cost"],
                    "wsw_fulltime_hours": row["wsw_fulltime_hours"] or Decimal(36),
                }
            )
    upsert(ctx.session, t.CompanyYearRow.__table__, out, ["year"], keep=ctx.kept(f))
    return len(out)


def import_overhead_rates(ctx: ImportContext, rows: list[Row]) -> int:
    """overhead_rates.csv: a rate per productive hour per year and work type."""
    f = "overhead_rates"
    out = [
        {
            "year": r["year"],
            "work_type": r["work_type"],
            "rate_per_productive_hour": r["rate_per_productive_hour"],
        }
        for r in ctx.check_unique(f, rows, ("year", "work_type"))
        if ctx.check_not_negative(f, r, "rate_per_productive_hour")
    ]
    upsert(ctx.session, t.OverheadRateRow.__table__, out, ["year", "work_type"])
    return len(out)


def import_municipalities(ctx: ImportContext, rows: list[Row]) -> int:
    """municipalities.csv: a fixed regime needs its percentage (0-100)."""
    f = "municipalities"
    out = []
    stored_fixed = _stored_fixed_fractions(ctx) if ctx.left_out(f, "lks_fixed_percent") else {}
    for row in ctx.check_unique(f, rows, ("code",)):
        fixed = row["lks_fixed_percent"]
        if (
            row["lks_regime"] == LksRegime.FIXED
            and fixed is None
            and stored_fixed.get(row["code"]) is None
        ):
            ctx.problem(f, row, "lks_fixed_percent", "", "is verplicht bij lks_regime 'fixed'")
            continue
        if not ctx.check_range(
            f, row, "lks_fixed_percent", Decimal(0), HUNDRED, "moet tussen 0 en 100 liggen"
        ):
            continue
        out.append(
            {
                "code": row["code"],
                "name": row["name"],
                "region": row["region"],
                "lks_regime": row["lks_regime"],
                "lks_fixed_fraction": None if fixed is None else fraction_from_percent(fixed),
                "lw_basis": row["lw_basis"] or LwBasis.MINIMUM_WAGE,
            }
        )
    upsert(
        ctx.session,
        t.MunicipalityRow.__table__,
        out,
        ["code"],
        keep=ctx.kept(f, {"lks_fixed_percent": "lks_fixed_fraction"}),
    )
    ctx.forget(t.MunicipalityRow)
    return len(out)


def _stored_fixed_fractions(ctx: ImportContext) -> dict[str, Decimal | None]:
    """Stored fixed LKS fractions by code: a file without the column keeps them."""
    m = t.MunicipalityRow
    found = ctx.session.execute(select(m.code, m.lks_fixed_fraction))
    return {code: fixed for code, fixed in found}


def import_municipality_years(ctx: ImportContext, rows: list[Row]) -> int:
    """municipality_years.csv: a municipality's yearly target and amounts."""
    f = "municipality_years"
    out = []
    for row in ctx.check_unique(f, rows, ("municipality_code", "year")):
        municipality = ctx.resolve(f, row, "municipality_code", t.MunicipalityRow, "code")
        ok = municipality is not None
        for column in ("target_places", "guidance_allowance_per_place", "wsw_subsidy_per_fte"):
            ok &= ctx.check_not_negative(f, row, column)
        if ok:
            out.append(
                {
                    "municipality_id": municipality,
                    "year": row["year"],
                    "target_places": row["target_places"],
                    "guidance_allowance_per_place": row["guidance_allowance_per_place"],
                    "wsw_subsidy_per_fte": row["wsw_subsidy_per_fte"],
                }
            )
    upsert(
        ctx.session,
        t.MunicipalityYearRow.__table__,
        out,
        ["municipality_id", "year"],
        keep=ctx.kept(f),
    )
    return len(out)


def import_clients(ctx: ImportContext, rows: list[Row]) -> int:
    """clients.csv: code and name."""
    out = [
        {"code": r["code"], "name": r["name"]} for r in ctx.check_unique("clients", rows, ("code",))
    ]
    upsert(ctx.session, t.ClientRow.__table__, out, ["code"])
    ctx.forget(t.ClientRow)
    return len(out)


def import_activities(ctx: ImportContext, rows: list[Row]) -> int:
    """activities.csv: each activity names a known client."""
    f = "activities"
    out = []
    for row in ctx.check_unique(f, rows, ("code",)):
        client = ctx.resolve(f, row, "client_code", t.ClientRow, "code")
        if client is not None:
            out.append(
                {
                    "code": row["code"],
                    "name": row["name"],
                    "client_id": client,
                    "work_type": row["work_type"],
                }
            )
    upsert(ctx.session, t.ActivityRow.__table__, out, ["code"])
    ctx.forget(t.ActivityRow)
    return len(out)


def import_rates(ctx: ImportContext, rows: list[Row]) -> int:
    """rates.csv: a unit, a price not below zero, valid_to not before valid_from."""
    f = "rates"
    out = []
    for row in ctx.check_unique(f, rows, ("activity_code", "valid_from")):
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_not_negative(f, row, "price")
        ok &= ctx.check_dates(f, row, "valid_from", "valid_to")
        if ok and activity is not None:
            out.append(
                {
                    "activity_id": activity,
                    "valid_from": row["valid_from"],
                    "valid_to": row["valid_to"],
                    "unit": row["unit"],
                    "price": row["price"],
                }
            )
    upsert(ctx.session, t.RateRow.__table__, out, ["activity_id", "valid_from"], keep=ctx.kept(f))
    return len(out)


def import_waiting_list(ctx: ImportContext, rows: list[Row]) -> int:
    """waiting_list.csv: placed_on not before the advice date."""
    f = "waiting_list"
    out = []
    for row in ctx.check_unique(f, rows, ("municipality_code", "reference")):
        municipality = ctx.resolve(f, row, "municipality_code", t.MunicipalityRow, "code")
        ok = ctx.check_dates(f, row, "advice_date", "placed_on")
        if ok and municipality is not None:
            out.append(
                {
                    "municipality_id": municipality,
                    "reference": row["reference"],
                    "advice_date": row["advice_date"],
                    "placeable": row["placeable"],
                    "reason": row["reason"],
                    "placed_on": row["placed_on"],
                }
            )
    upsert(
        ctx.session,
        t.WaitingListRow.__table__,
        out,
        ["municipality_id", "reference"],
        keep=ctx.kept(f),
    )
    return len(out)
