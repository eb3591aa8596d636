"""Tests for sodesk.domain.profitability (R7, R8), with the seed 004 worked example."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.enums import RateUnit, RevenueSource, WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period
from sodesk.domain.profitability import (
    ActivityInputs,
    activity_figures,
    break_even_rate,
    guidance_cost,
    norm_over_days,
    overhead,
    totals,
    totals_by_work_type,
    wage_value_norm,
)
from sodesk.domain.revenue import RateAgreement, RevenueResult
from sodesk.domain.worker_month import WageValueSegment

DAY = date(2024, 9, 2)
HOURLY_30 = RateAgreement(date(2024, 1, 1), None, RateUnit.HOUR, Decimal(30))


def example() -> ActivityInputs:
    return ActivityInputs(
        code="A1",
        name="Inpakken X",
        work_type=WorkType.SHELTERED_INSIDE,
        productive_hours=Decimal(100),
        revenue=RevenueResult(Decimal(3000), RevenueSource.RATES),
        purchase_value=Decimal(500),
        wage_cost=Decimal(2500),
        lks=Decimal(1200),
        guidance_cost=Decimal(300),
        guidance_subsidy=Decimal(100),
        overhead=Decimal(350),
        wage_value_norm=Decimal(2000),
        hours_without_wage_value=Decimal(4),
        current_rate=HOURLY_30,
    )


def test_seed_004_norm_is_239_40_and_the_gap_39_40() -> None:
    segment = WageValueSegment(Period(DAY, DAY), Decimal("0.35"), Decimal("13.68"), Decimal(8))
    norm = sum((norm_over_days([segment], {DAY: Decimal(1)})[0] for _worker in range(50)), ZERO)
    assert norm == Decimal("239.40")
    assert wage_value_norm(Decimal(50), Decimal("0.35"), Decimal("13.68")) == Decimal("239.40")
    figures = activity_figures(
        ActivityInputs(
            code="A",
            name="seed 004",
            work_type=WorkType.SHELTERED_INSIDE,
            productive_hours=Decimal(50),
            revenue=RevenueResult(Decimal("200.00"), RevenueSource.INVOICED),
            wage_value_norm=norm,
        )
    )
    assert figures.earning_gap == Decimal("-39.40")
    assert -figures.earning_gap == Decimal("39.40")  # the shortfall DOMAIN.md names
    assert norm != Decimal("230.94")


def test_norm_over_days_counts_hours_without_wage_value() -> None:
    segments = [
        WageValueSegment(Period(date(2025, 7, 1), date(2025, 7, 10)), None, Decimal("14.4"), ZERO),
        WageValueSegment(
            Period(date(2025, 7, 11), date(2025, 7, 31)), Decimal("0.5"), Decimal("14.4"), ZERO
        ),
        WageValueSegment(Period(date(2018, 7, 1), date(2018, 7, 31)), Decimal("0.5"), None, ZERO),
    ]
    hours = {
        date(2025, 7, 2): Decimal(3),
        date(2025, 7, 12): Decimal(4),
        date(2025, 8, 1): Decimal(1),
        date(2018, 7, 2): Decimal(2),
    }
    assert norm_over_days(segments, hours) == (Decimal("28.8"), Decimal(6))


def test_activity_figures_follow_r7_and_r8() -> None:
    f = activity_figures(example())
    assert f.revenue == Decimal(3000)
    assert f.revenue_source is RevenueSource.RATES
    assert f.ntw == Decimal(2500)
    assert f.ntw_per_hour == Decimal(25)
    assert f.cost == Decimal(3150)
    assert f.income == Decimal(3800)
    assert f.result == Decimal(650)
    assert f.coverage == Decimal(3800) / Decimal(3150)
    assert f.cost_price_per_hour == Decimal("31.5")
    assert f.earning_gap == Decimal(500)
    assert f.current_rate == Decimal(30)
    assert f.current_rate_unit is RateUnit.HOUR
    assert f.break_even_rate == Decimal("23.5")
    assert f.hours_without_wage_value == Decimal(4)
    assert f.coverage is not None and f.coverage.as_tuple().exponent < -2


def test_non_productive_line_has_no_revenue_and_no_break_even() -> None:
    f = activity_figures(
        ActivityInputs(
            code="non-productive:sheltered_inside",
            name="Niet-productief",
            work_type=WorkType.SHELTERED_INSIDE,
            wage_cost=Decimal(800),
            lks=Decimal(400),
        )
    )
    assert (f.revenue, f.revenue_source, f.current_rate, f.break_even_rate) == (0, None, None, None)
    assert f.result == Decimal(-400)
    assert f.cost_price_per_hour is None and f.ntw_per_hour is None
    assert f.coverage == Decimal("0.5")
    assert activity_figures(ActivityInputs(code="x", name="x", work_type=None)).coverage is None


def test_break_even_by_unit() -> None:
    args = (Decimal(1000), Decimal(200), Decimal(50), Decimal(50), Decimal(100))
    volumes = (Decimal(70), Decimal(4000), Decimal(3))
    assert break_even_rate(*args, RateUnit.HOUR, *volumes) == Decimal(800) / 70
    assert break_even_rate(*args, RateUnit.PIECE, *volumes) == Decimal("0.2")
    assert break_even_rate(*args, RateUnit.MONTH, *volumes) == Decimal(800) / 3
    assert break_even_rate(*args, None, *volumes) is None
    assert break_even_rate(*args, RateUnit.PIECE, Decimal(1), ZERO, Decimal(1)) is None


def test_piece_and_month_volumes_come_from_the_revenue_result() -> None:
    piece = RateAgreement(date(2024, 1, 1), None, RateUnit.PIECE, Decimal("0.1"))
    inputs = ActivityInputs(
        code="P",
        name="P",
        work_type=WorkType.WORK_ON_LOCATION,
        revenue=RevenueResult(Decimal(100), RevenueSource.RATES, Decimal(1000), Decimal(2)),
        wage_cost=Decimal(300),
        current_rate=piece,
    )
    f = activity_figures(inputs)
    assert (f.pieces, f.months_covered) == (Decimal(1000), Decimal(2))
    assert f.break_even_rate == Decimal("0.3")
    overridden = activity_figures(
        ActivityInputs(
            code="P",
            name="P",
            work_type=None,
            revenue=inputs.revenue,
            pieces=Decimal(10),
            months_covered=Decimal(1),
        )
    )
    assert (overridden.pieces, overridden.months_covered) == (Decimal(10), Decimal(1))


def test_overhead_and_guidance_cost() -> None:
    assert overhead(Decimal(100), Decimal("3.5")) == Decimal(350)
    assert guidance_cost(Decimal(2), Decimal("55.25")) == Decimal("110.50")


def test_totals_sum_amounts_and_recompute_ratios() -> None:
    a = activity_figures(example())
    b = activity_figures(
        ActivityInputs(
            code="np", name="np", work_type=WorkType.GROUP_SECONDMENT, wage_cost=Decimal(850)
        )
    )
    t = totals([a, b])
    assert t.code == "totals"
    assert t.wage_cost == Decimal(3350)
    assert t.cost == Decimal(4000)
    assert t.result == a.result + b.result
    assert t.coverage == Decimal(3800) / Decimal(4000)
    assert t.cost_price_per_hour == Decimal(40)
    assert (t.current_rate, t.break_even_rate, t.revenue_source) == (None, None, None)
    by_type = totals_by_work_type(
        [a, b, activity_figures(ActivityInputs(code="u", name="u", work_type=None))]
    )
    assert by_type[WorkType.SHELTERED_INSIDE].result == a.result
    assert by_type[WorkType.GROUP_SECONDMENT].name == "Totaal Groepsdetachering"
    assert by_type[None].code == "totals:unplaced"


@given(
    hours=st.decimals(min_value=1, max_value=5000, places=2),
    amounts=st.lists(st.decimals(min_value=0, max_value=10**5, places=2), min_size=6, max_size=6),
)
def test_revenue_at_break_even_rate_gives_zero_result(
    hours: Decimal, amounts: list[Decimal]
) -> None:
    purchase, wage, lks, guidance, subsidy, over = amounts
    base = dict(
        code="A",
        name="A",
        work_type=WorkType.SHELTERED_INSIDE,
        productive_hours=hours,
        purchase_value=purchase,
        wage_cost=wage,
        lks=lks,
        guidance_cost=guidance,
        guidance_subsidy=subsidy,
        overhead=over,
        current_rate=HOURLY_30,
    )
    rate = activity_figures(ActivityInputs(**base)).break_even_rate  # type: ignore[arg-type]
    assert rate is not None
    at_rate = activity_figures(
        ActivityInputs(**base, revenue=RevenueResult(rate * hours, RevenueSource.RATES))  # type: ignore[arg-type]
    )
    assert abs(at_rate.result) < Decimal("1e-18")
