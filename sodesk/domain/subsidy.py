"""Subsidies per paid hour and per period (LKS, Wsw-subsidie, begeleidingsvergoeding).

Rules:
    R2 measured LKS (loonkostensubsidie, gemeten loonwaarde): Participatiewet art. 10d
        (SOURCES.md); seed 004 lines 3150-3166 for the reduction to ``(1 - lw) x WML``.
    R3 fixed LKS (forfaitaire LKS): seed 004 lines 1849-1855; seed 001 lines 154-160.
    R2 paid hours (betaalde uren): ``contract_hours_per_week x days / 7``.
    R2b Wsw subsidy (rijksbijdrage Wsw) per full-time unit.
    R9 guidance allowance (begeleidingsvergoeding) per place or per job of 31 hours
        (seed 004 line 5711; seed 000 lines 95-97 for the 31-hour job).

These are pure calculators: invalid input raises ValueError naming the field and the value.
Nothing is rounded. Percentages are Decimal fractions.
"""

from __future__ import annotations

from decimal import Decimal

from sodesk.domain.enums import GuidanceAllowanceBasis, LwBasis
from sodesk.domain.money import ONE, ZERO
from sodesk.domain.parameters import LksParameters

DAYS_PER_WEEK = Decimal(7)
JOB_HOURS = Decimal(31)
"""Hours of one job in the sheltered-work targets (baan van 31 uur), seed 000 lines 95-97."""


def _require(
    field: str, value: Decimal, *, low: Decimal = ZERO, high: Decimal | None = None
) -> None:
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValueError(f"{field} must be {bound}, not {value}")


def lks_cap_per_paid_hour(wml: Decimal, params: LksParameters) -> Decimal:
    """The most measured LKS can be per paid hour: ``cap x WML x (1 + vb) x (1 + surcharge)``."""
    return params.cap_fraction * wml * (ONE + params.holiday_allowance) * (ONE + params.surcharge)


def lks_per_paid_hour_measured(
    wml: Decimal,
    wage: Decimal,
    wage_value: Decimal,
    params: LksParameters,
    basis: LwBasis = LwBasis.MINIMUM_WAGE,
) -> Decimal:
    """LKS per paid hour in the measured regime (R2).

    With ``basis`` minimum_wage (the default; the law since 1 January 2017, the wage value
    being a percentage of WML): ``base = min(max(1 - lw, 0), cap) x WML x (1 + vb)``, whatever
    the worker earns: a cao wage above WML is the employer's cost. With ``basis``
    function_wage (a municipality's explicit choice, the pre-2017 reading):
    ``base = min(max(WML - lw x wage, 0), cap x WML) x (1 + vb)``. Then
    ``lks = base x (1 + surcharge)``.

    Args:
        wml: hourly minimum wage on the day.
        wage: the worker's hourly function wage (functieloon); used only on that basis.
        wage_value: lw, the wage value in force, as a fraction.
        params: vb, cap and surcharge in force.
        basis: what the wage value is a percentage of (municipality setting).

    Raises:
        ValueError: for a negative WML or wage, or a wage value outside 0-1.
    """
    _require("wml", wml)
    _require("wage", wage)
    _require("wage_value", wage_value, high=ONE)
    earned_over = wage if basis is LwBasis.FUNCTION_WAGE else wml
    gap = max(wml - wage_value * earned_over, ZERO)
    base = min(gap, params.cap_fraction * wml) * (ONE + params.holiday_allowance)
    return base * (ONE + params.surcharge)


def lks_per_paid_hour_fixed(
    fraction: Decimal, wml: Decimal, params: LksParameters, surcharge_on_top: bool = True
) -> Decimal:
    """LKS per paid hour in a fixed regime (R3): ``p x WML x (1 + vb) [x (1 + surcharge)]``.

    Raises:
        ValueError: for a negative WML or a fraction outside 0-1.
    """
    _require("fraction", fraction, high=ONE)
    _require("wml", wml)
    amount = fraction * wml * (ONE + params.holiday_allowance)
    return amount * (ONE + params.surcharge) if surcharge_on_top else amount


def paid_hours(contract_hours_per_week: Decimal, days: int) -> Decimal:
    """Paid hours over ``days`` calendar days: ``contract x days / 7`` (R2).

    Raises:
        ValueError: for negative contract hours or days.
    """
    _require("contract_hours_per_week", contract_hours_per_week)
    _require("days", Decimal(days))
    return contract_hours_per_week * days / DAYS_PER_WEEK


def wsw_subsidy(
    amount_year: Decimal,
    contract_hours: Decimal,
    fulltime_hours: Decimal,
    days: int,
    days_in_year: int,
) -> Decimal:
    """Wsw subsidy for a period (R2b).

    ``amount(year) x contract_hours / full_time_hours x days / days_in_year``.

    Raises:
        ValueError: for negative inputs, or non-positive full-time hours or year length.
    """
    _require("amount_year", amount_year)
    _require("contract_hours", contract_hours)
    _require("fulltime_hours", fulltime_hours, low=Decimal("0.0001"))
    _require("days", Decimal(days))
    _require("days_in_year", Decimal(days_in_year), low=ONE)
    return amount_year * contract_hours / fulltime_hours * days / days_in_year


def guidance_allowance(
    allowance_year: Decimal,
    days: int,
    days_in_year: int,
    basis: GuidanceAllowanceBasis = GuidanceAllowanceBasis.PLACE,
    contract_hours: Decimal = JOB_HOURS,
) -> Decimal:
    """Guidance allowance (begeleidingsvergoeding) for a period, one sheltered worker (R9).

    Per place: ``allowance(year) x days / days_in_year``; per job of 31 hours: times
    ``contract_hours / 31``.

    Raises:
        ValueError: for negative inputs or a non-positive year length.
    """
    _require("allowance_year", allowance_year)
    _require("days", Decimal(days))
    _require("days_in_year", Decimal(days_in_year), low=ONE)
    _require("contract_hours", contract_hours)
    amount = allowance_year * days / days_in_year
    if basis is GuidanceAllowanceBasis.JOB_31H:
        return amount * contract_hours / JOB_HOURS
    return amount
