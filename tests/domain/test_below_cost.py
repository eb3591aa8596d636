"""Activities below cost price: coverage below 100 %, the largest loss first."""

from __future__ import annotations

from decimal import Decimal

from sodesk.domain.below_cost import activities_below_cost, below_cost_price
from sodesk.domain.enums import RevenueSource, WorkType
from sodesk.domain.profitability import ActivityFigures, ActivityInputs, activity_figures
from sodesk.domain.revenue import RevenueResult


def line(code: str, name: str, revenue: str, cost: str) -> ActivityFigures:
    """A line whose income is its revenue and whose cost is its wage cost."""
    return activity_figures(
        ActivityInputs(
            code=code,
            name=name,
            work_type=WorkType.SHELTERED_INSIDE,
            productive_hours=Decimal(100),
            revenue=RevenueResult(Decimal(revenue), RevenueSource.RATES),
            wage_cost=Decimal(cost),
        )
    )


def test_below_cost_is_coverage_below_one() -> None:
    assert below_cost_price(line("A", "Inpakken", "999.99", "1000"))
    assert not below_cost_price(line("A", "Inpakken", "1000", "1000"))  # exactly covered
    assert not below_cost_price(line("A", "Inpakken", "1200", "1000"))
    assert not below_cost_price(line("A", "Inpakken", "50", "0"))  # no cost: coverage undefined


def test_only_the_codes_asked_for_largest_loss_first_then_by_name() -> None:
    lines = [
        line("A1", "Inpakken", "900", "1000"),  # -100
        line("A2", "Groen", "500", "1000"),  # -500
        line("A3", "Assemblage", "900", "1000"),  # -100, name before Inpakken
        line("A4", "Catering", "100", "1000"),  # worked on by nobody asked for
        line("A5", "Schoonmaak", "2000", "1000"),  # above cost
    ]
    found = activities_below_cost(lines, {"A1", "A2", "A3", "A5"})
    assert [f.code for f in found] == ["A2", "A3", "A1"]
    assert activities_below_cost(lines, set()) == []
