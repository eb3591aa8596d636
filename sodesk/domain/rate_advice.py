"""What rate must we ask (welk tarief moeten we vragen), R8 beside the current rate.

Why: a controller must answer "what rate must we ask for this activity" in a minute. The
break-even rate (kostendekkend tarief) is computed by
:func:`sodesk.domain.profitability.break_even_rate`; this module only sets it beside the
rate in force on the period's last day and orders the activities by their loss, so the
screen and every report list the same activities in the same order with the same gap.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sodesk.domain import display
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


def break_even_sentence(figures: ActivityFigures) -> str:
    """``"Bij € 7,85 per uur is deze activiteit kostendekkend; nu € 6,20."`` (SCREENS.md), as
    the activity card and the activity report both say it; empty without a break-even rate.

    Each rate as :func:`sodesk.domain.display.rate` prints it alone; the report's table,
    where rates and their gap stand side by side, uses :func:`rate_places` instead."""
    unit = figures.current_rate_unit
    if figures.break_even_rate is None or unit is None:
        return ""
    return (
        f"Bij {display.rate(figures.break_even_rate)} {unit.label} is deze activiteit "
        f"kostendekkend; nu {display.rate(figures.current_rate)}."
    )
