"""Reads the dated and yearly parameters from the database into the domain's ParameterSet."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sodesk.domain.dated import DatedSeries
from sodesk.domain.parameters import (
    START_REGIME,
    STATUTORY_SHELTERED_2028,
    CompanyYear,
    FixedRegime,
    LksParameters,
    MunicipalityTerms,
    MunicipalityYear,
    ParameterSet,
    minimum_wage_series,
)
from sodesk.storage import tables as t


def _regime(session: Session, default: FixedRegime) -> FixedRegime:
    row = session.get(t.FixedRegimeRow, default.name)
    if row is None:
        return default
    return FixedRegime(row.name, row.valid_from, row.fraction_of_wml, row.surcharge_on_top)


def load_parameter_set(session: Session) -> ParameterSet:
    """Every company-wide parameter as the domain needs it."""
    wml_rows = session.execute(
        select(t.MinimumWageRow.valid_from, t.MinimumWageRow.amount, t.MinimumWageRow.unit)
    ).all()
    lks_rows = session.scalars(select(t.LksParameterRow)).all()
    company = {
        row.year: CompanyYear(
            year=row.year,
            employer_charges=row.employer_charges,
            coach_hourly_cost=row.coach_hourly_cost,
            wsw_fulltime_hours=row.wsw_fulltime_hours,
        )
        for row in session.scalars(select(t.CompanyYearRow))
    }
    overhead = {
        (row.year, row.work_type): row.rate_per_productive_hour
        for row in session.scalars(select(t.OverheadRateRow))
    }
    return ParameterSet(
        minimum_wage=minimum_wage_series((d, a, u) for d, a, u in wml_rows),
        lks=DatedSeries.of(
            (
                row.valid_from,
                LksParameters(
                    row.holiday_allowance, row.cap_fraction_of_wml, row.employer_cost_surcharge
                ),
            )
            for row in lks_rows
        ),
        start_regime=_regime(session, START_REGIME),
        statutory_sheltered=_regime(session, STATUTORY_SHELTERED_2028),
        company=company,
        overhead=overhead,
    )


def load_municipality_terms(session: Session) -> dict[int, MunicipalityTerms]:
    """Every municipality with its settings and yearly figures, by database id."""
    rows = session.scalars(
        select(t.MunicipalityRow).options(selectinload(t.MunicipalityRow.years))
    ).all()
    return {
        row.id: MunicipalityTerms(
            code=row.code,
            name=row.name,
            region=row.region,
            lks_regime=row.lks_regime,
            fixed_fraction=row.lks_fixed_fraction,
            lw_basis=row.lw_basis,
            guidance_basis=row.guidance_basis,
            lw_basis_unconfirmed=row.lw_basis_unconfirmed,
            years={
                y.year: MunicipalityYear(
                    y.year, y.target_places, y.guidance_allowance_per_place, y.wsw_subsidy_per_fte
                )
                for y in row.years
            },
        )
        for row in rows
    }
