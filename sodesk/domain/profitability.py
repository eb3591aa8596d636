"""Cost price, coverage, result and break-even rate of an activity (kostprijs, dekking), R7-R8.

Rules (DOMAIN.md R7, R8; seed 004 lines 3150-3166 for the wage-value norm):

    cost            = wage_cost + guidance_cost + overhead          (kosten)
    cost_price/hour = cost / productive_hours                       (kostprijs per uur)
    income          = NTW + LKS + guidance_subsidy + wsw_subsidy    (opbrengsten en subsidies)
    coverage        = income / cost                                 (dekkingsgraad, a fraction)
    result          = income - cost                                 (resultaat)
    wage_value_norm = sum over worker-days of hours x lw x WML      (loonwaardenorm)
    earning_gap     = NTW - wage_value_norm                         (verschil NTW en norm)
    break_even      = (cost - LKS - guidance_subsidy - wsw_subsidy + purchase_value) / volume

where volume is productive hours, pieces or months covered, by the unit of the current rate
(the rate in force on the period's last day). Ratios whose denominator is zero are None.
Non-productive lines (``non-productive:<work_type>``) have no revenue and no rate; their
figures are computed all the same, with break-even None. Nothing is rounded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sodesk.domain.amounts import Amounts, sum_of
from sodesk.domain.enums import RateUnit, RevenueSource, WorkType
from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.revenue import RateAgreement, RevenueResult, ntw
from sodesk.domain.worker_month import WageValueSegment

TOTALS_CODE = "totals"


def wage_value_norm(hours: Decimal, wage_value: Decimal, wml: Decimal) -> Decimal:
    """What hours must earn for the wage value to be worth its subsidy: ``hours x lw x WML``."""
    return hours * wage_value * wml


def norm_over_days(
    segments: Iterable[WageValueSegment], hours_by_day: Mapping[date, Decimal]
) -> tuple[Decimal, Decimal]:
    """A worker's wage-value norm over productive hours per day, and the hours without one.

    Args:
        segments: the worker's wage-value segments (from ``worker_month_figures``).
        hours_by_day: the worker's productive hours on one activity per day.

    Returns:
        ``(norm, hours_without_wage_value)``; a day outside every segment, or in one without
        a wage value or WML, counts as hours without wage value.
    """
    ordered = list(segments)
    norm = ZERO
    without = ZERO
    for day, hours in hours_by_day.items():
        segment = next((s for s in ordered if s.period.contains(day)), None)
        if segment is None or segment.wage_value is None or segment.minimum_wage is None:
            without += hours
        else:
            norm += wage_value_norm(hours, segment.wage_value, segment.minimum_wage)
    return norm, without


def overhead(productive_hours: Decimal, rate: Decimal) -> Decimal:
    """Overhead = productive hours x the yearly rate for the work type (R7)."""
    return productive_hours * rate


def guidance_cost(hours: Decimal, coach_hourly_cost: Decimal) -> Decimal:
    """Guidance cost = guidance hours x coach hourly cost (R7)."""
    return hours * coach_hourly_cost


def break_even_rate(
    cost: Decimal,
    lks: Decimal,
    guidance_subsidy: Decimal,
    wsw_subsidy: Decimal,
    purchase_value: Decimal,
    unit: RateUnit | None,
    productive_hours: Decimal,
    pieces: Decimal,
    months_covered: Decimal,
) -> Decimal | None:
    """The rate at which the result is zero (kostendekkend tarief), R8.

    Returns:
        The numerator divided by productive hours (hour), pieces (piece) or months covered
        (month); None without a unit or when that volume is zero.
    """
    if unit is None:
        return None
    numerator = cost - lks - guidance_subsidy - wsw_subsidy + purchase_value
    volume = {
        RateUnit.HOUR: productive_hours,
        RateUnit.PIECE: pieces,
        RateUnit.MONTH: months_covered,
    }[unit]
    return safe_div(numerator, volume)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivityInputs(Amounts):
    """Everything the profitability of one activity line needs, for one period: the line's
    :class:`Amounts` (wage cost, subsidies, guidance cost, productive hours) and the rest.

    ``revenue`` None means a line without revenue (non-productive). ``pieces`` and
    ``months_covered`` default to those of the revenue result.
    """

    code: str
    name: str
    work_type: WorkType | None
    revenue: RevenueResult | None = None
    purchase_value: Decimal = ZERO
    overhead: Decimal = ZERO
    wage_value_norm: Decimal = ZERO
    hours_without_wage_value: Decimal = ZERO
    current_rate: RateAgreement | None = None
    pieces: Decimal | None = None
    months_covered: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivityFigures(Amounts):
    """The profitability of one activity line (or the totals), as in the report JSON: its
    :class:`Amounts` as attributed, and the figures derived from them.

    ``coverage`` is a fraction (the JSON's ``coverage_percent`` is ``coverage x 100``).
    """

    code: str
    name: str
    work_type: WorkType | None
    revenue: Decimal
    revenue_source: RevenueSource | None
    purchase_value: Decimal
    ntw: Decimal
    ntw_per_hour: Decimal | None
    overhead: Decimal
    cost: Decimal
    income: Decimal
    coverage: Decimal | None
    result: Decimal
    cost_price_per_hour: Decimal | None
    wage_value_norm: Decimal
    hours_without_wage_value: Decimal
    earning_gap: Decimal
    current_rate: Decimal | None
    current_rate_unit: RateUnit | None
    break_even_rate: Decimal | None
    pieces: Decimal
    months_covered: Decimal


def activity_figures(inputs: ActivityInputs) -> ActivityFigures:
    """The figures of one activity line (R5, R7, R8)."""
    revenue = ZERO if inputs.revenue is None else inputs.revenue.amount
    pieces = inputs.pieces
    if pieces is None:
        pieces = ZERO if inputs.revenue is None else inputs.revenue.pieces_in_period
    months = inputs.months_covered
    if months is None:
        months = ZERO if inputs.revenue is None else inputs.revenue.months_covered
    rate = inputs.current_rate
    return _derive(
        inputs.amounts(),
        code=inputs.code,
        name=inputs.name,
        work_type=inputs.work_type,
        revenue_source=None if inputs.revenue is None else inputs.revenue.source,
        current_rate=rate,
        revenue=revenue,
        purchase_value=inputs.purchase_value,
        overhead=inputs.overhead,
        wage_value_norm=inputs.wage_value_norm,
        hours_without_wage_value=inputs.hours_without_wage_value,
        pieces=pieces,
        months_covered=months,
    )


def _derive(
    a: Amounts,
    *,
    code: str,
    name: str,
    work_type: WorkType | None,
    revenue_source: RevenueSource | None,
    current_rate: RateAgreement | None,
    **line: Decimal,
) -> ActivityFigures:
    """Compute every derived figure from the summable ones: the amounts ``a`` and the
    line's own (``line``: those of :data:`SUMMED`); one place for each formula."""
    net = ntw(line["revenue"], line["purchase_value"])
    cost = a.wage_cost + a.guidance_cost + line["overhead"]
    income = net + a.lks + a.guidance_subsidy + a.wsw_subsidy
    unit = None if current_rate is None else current_rate.unit
    return ActivityFigures(
        *a.row(),
        code=code,
        name=name,
        work_type=work_type,
        revenue_source=revenue_source,
        ntw=net,
        ntw_per_hour=safe_div(net, a.productive_hours),
        cost=cost,
        income=income,
        coverage=safe_div(income, cost),
        result=income - cost,
        cost_price_per_hour=safe_div(cost, a.productive_hours),
        earning_gap=net - line["wage_value_norm"],
        current_rate=None if current_rate is None else current_rate.price,
        current_rate_unit=unit,
        break_even_rate=break_even_rate(
            cost,
            a.lks,
            a.guidance_subsidy,
            a.wsw_subsidy,
            line["purchase_value"],
            unit,
            a.productive_hours,
            line["pieces"],
            line["months_covered"],
        ),
        **line,
    )


SUMMED = (
    "revenue",
    "purchase_value",
    "overhead",
    "wage_value_norm",
    "hours_without_wage_value",
    "pieces",
    "months_covered",
)
"""The figures of a line besides its :class:`Amounts` that add up over lines; every other
figure is derived from these and the amounts."""


def totals(
    figures: Iterable[ActivityFigures],
    code: str = TOTALS_CODE,
    name: str = "Totaal",
    work_type: WorkType | None = None,
) -> ActivityFigures:
    """The sum of lines, with every ratio recomputed from the sums (no rate, no break-even)."""
    rows = list(figures)
    summed = {key: sum((getattr(row, key) for row in rows), ZERO) for key in SUMMED}
    return _derive(
        sum_of(rows),
        code=code,
        name=name,
        work_type=work_type,
        revenue_source=None,
        current_rate=None,
        **summed,
    )


def totals_by_work_type(
    figures: Iterable[ActivityFigures],
) -> dict[WorkType | None, ActivityFigures]:
    """Subtotals per work type (code ``totals:<work_type>``), lines without one under None."""
    groups: dict[WorkType | None, list[ActivityFigures]] = {}
    for row in figures:
        groups.setdefault(row.work_type, []).append(row)
    return {
        work_type: totals(
            rows,
            code=f"{TOTALS_CODE}:{'unplaced' if work_type is None else work_type.value}",
            name="Totaal" if work_type is None else f"Totaal {work_type.label}",
            work_type=work_type,
        )
        for work_type, rows in groups.items()
    }
