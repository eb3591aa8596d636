"""What rate must we ask (welk tarief moeten we vragen), R8 beside the current rate.

Why: a controller must answer "what rate must we ask for this activity" in a minute. The
break-even rate (kostendekkend tarief) is computed by
:func:`sodesk.domain.profitability.break_even_rate`; this module only sets it beside the
rate in force on the period's last day and orders the activities by their loss, so the
screen and every report list the same activities in the same order with the same gap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.enums import RateUnit
from sodesk.domain.money import cents
from sodesk.domain.profitability import ActivityFigures


def rate_gap(figures: ActivityFigures) -> Decimal | None:
    """``break_even_rate - current_rate``: how much more to ask per unit (negative: room).

    None when the activity has no current rate or no break-even rate (no volume).
    """
    if figures.break_even_rate is None or figures.current_rate is None:
        return None
    return figures.break_even_rate - figures.current_rate


def rates_to_ask(lines: Iterable[ActivityFigures]) -> list[ActivityFigures]:
    """The lines with a break-even rate, the largest loss first (then by code).

    Lines without a rate unit (no rate agreement, non-productive lines) have no break-even
    rate and are left out.
    """
    found = [line for line in lines if line.break_even_rate is not None]
    return sorted(found, key=lambda line: (line.result, line.code))


def rate_places(figures: ActivityFigures) -> int:
    """Decimals for one activity's rates side by side: four when any of current rate,
    break-even rate and their gap needs them (a rate below a euro not in whole cents), so
    the three always add up as printed; otherwise two."""
    for value in (figures.current_rate, figures.break_even_rate, rate_gap(figures)):
        if value is not None and abs(value) < 1 and value != cents(value):
            return 4
    return 2


@dataclass(frozen=True, slots=True)
class BreakEven:
    """The break-even sentence as values (code :data:`BREAK_EVEN`), SCREENS.md's "Bij € 7,85
    per uur is deze activiteit kostendekkend; nu € 6,20.".

    The words are the edge's: the reports say it in Dutch (``reports/finding_texts.py``), the
    window in the user's language (``ui/finding_texts.py``).

    Attributes:
        rate: the break-even rate per ``unit``.
        unit: the unit of the rate in force.
        current: the rate in force on the period's last day, if any.
    """

    rate: Decimal
    unit: RateUnit
    current: Decimal | None


BREAK_EVEN = "rate.break_even"


def break_even(figures: ActivityFigures) -> BreakEven | None:
    """What the break-even sentence says of one activity; None without a break-even rate or
    without a rate unit (nothing to say)."""
    unit = figures.current_rate_unit
    if figures.break_even_rate is None or unit is None:
        return None
    return BreakEven(figures.break_even_rate, unit, figures.current_rate)
