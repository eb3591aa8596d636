"""What-if for one activity (wat als): change the rate, the productive hours or the wage-value
mix and see result and coverage move, before anything is saved (R5-R8).

The figures are recomputed by :func:`sodesk.domain.profitability.activity_figures`, so the
what-if and the report can never disagree on a formula. The model, stated so a controller
can argue with it:

* a new rate is applied to the whole period's volume of the rate's unit (productive hours,
  pieces or months covered): revenue = rate x volume, revenue source "rates";
* more or fewer productive hours (a factor) within the same contracts: hours, hourly or
  piece revenue, purchases, overhead and the wage-value norm scale with them; wage cost,
  subsidies and guidance do not (they follow the contract, R6);
* a different wage-value mix (a factor on the LKS received) changes the LKS only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sodesk.domain.enums import RateUnit, RevenueSource
from sodesk.domain.money import ONE
from sodesk.domain.profitability import ActivityFigures, ActivityInputs, activity_figures
from sodesk.domain.revenue import RateAgreement, RevenueResult


@dataclass(frozen=True, slots=True)
class WhatIf:
    """The changes to try; None or 1 means unchanged."""

    rate: Decimal | None = None
    hours_factor: Decimal = ONE
    lks_factor: Decimal = ONE


def what_if(figures: ActivityFigures, change: WhatIf, on: date) -> ActivityFigures:
    """The activity's figures under ``change``; ``on`` dates the tried rate (the period end).

    Raises:
        ValueError: for a negative rate or factor, or a new rate for a line without a unit.
    """
    if change.hours_factor < 0 or change.lks_factor < 0:
        raise ValueError("factors must not be negative")
    f = change.hours_factor
    unit = figures.current_rate_unit
    volume_scales = unit is not RateUnit.MONTH
    revenue = figures.revenue * f if volume_scales else figures.revenue
    pieces = figures.pieces * f
    source = figures.revenue_source or RevenueSource.RATES
    rate = None
    if figures.current_rate is not None and unit is not None:
        rate = RateAgreement(on, None, unit, figures.current_rate)
    if change.rate is not None:
        if unit is None:
            raise ValueError(f"{figures.code} has no rate unit to apply a rate to")
        if change.rate < 0:
            raise ValueError(f"rate must not be negative, not {change.rate}")
        volume = {
            RateUnit.HOUR: figures.productive_hours * f,
            RateUnit.PIECE: pieces,
            RateUnit.MONTH: figures.months_covered,
        }[unit]
        revenue = change.rate * volume
        source = RevenueSource.RATES
        rate = RateAgreement(on, None, unit, change.rate)
    return activity_figures(
        ActivityInputs(
            code=figures.code,
            name=figures.name,
            work_type=figures.work_type,
            productive_hours=figures.productive_hours * f,
            revenue=RevenueResult(revenue, source, pieces, figures.months_covered),
            purchase_value=figures.purchase_value * f,
            wage_cost=figures.wage_cost,
            lks=figures.lks * change.lks_factor,
            lks_fixed_68=figures.lks_fixed_68,
            guidance_cost=figures.guidance_cost,
            guidance_subsidy=figures.guidance_subsidy,
            wsw_subsidy=figures.wsw_subsidy,
            overhead=figures.overhead * f,
            wage_value_norm=figures.wage_value_norm * f,
            hours_without_wage_value=figures.hours_without_wage_value * f,
            current_rate=rate,
        )
    )
