"""What rate must we ask (welk tarief moeten we vragen), R8 beside the current rate.

Why: issue 9 wants a controller to answer "what rate must we ask for this activity" in a
minute. The break-even rate (kostendekkend tarief) is computed by
:func:`sodesk.domain.profitability.break_even_rate`; this module only sets it beside the
rate in force on the period's last day and orders the activities by their loss, so the
screen and every report list the same activities in the same order with the same gap.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

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
