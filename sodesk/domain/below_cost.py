"""Activities below cost price (activiteiten onder de kostprijs), R7 and R8.

Why: the municipal report shows, beside the municipality's own figures, which of the
activities its residents worked on do not earn their cost: coverage (dekkingsgraad, R7)
below 100 %, with the result and the break-even rate (kostendekkend tarief, R8) beside the
current rate. The lines are the company's, whole (not the municipality's share): it is the
activity that is below cost, whoever works on it.

A line whose coverage is not defined (no cost) is not below cost.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sodesk.domain.money import ONE
from sodesk.domain.profitability import ActivityFigures


def below_cost_price(figures: ActivityFigures) -> bool:
    """Whether a line's income does not cover its cost: coverage below 1 (R7)."""
    return figures.coverage is not None and figures.coverage < ONE


def activities_below_cost(
    lines: Iterable[ActivityFigures], codes: Collection[str]
) -> list[ActivityFigures]:
    """The lines of ``codes`` below cost price, the largest loss first (then by name).

    Args:
        lines: activity lines (e.g. the activity report's).
        codes: the activity codes to look at (e.g. those a group of workers worked on).

    Returns:
        The lines among ``codes`` with coverage below 1, by result ascending, then name.
    """
    found = [f for f in lines if f.code in codes and below_cost_price(f)]
    return sorted(found, key=lambda f: (f.result, f.name, f.code))
