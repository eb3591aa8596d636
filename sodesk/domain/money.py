"""Money, hours and fractions as Decimal (geld, uren en percentages).

Rules: every rule R1-R12 of DOMAIN.md ("Money is decimal.Decimal, never float, from input
to report. Compute unrounded; round half-up to cents only where a figure is shown or
exported").

Conventions, used by every module in :mod:`sodesk.domain`:

* Amounts (bedragen) and hours (uren) are :class:`decimal.Decimal`. A float never becomes
  money.
* Percentages (percentages) are Decimal **fractions** inside the domain: ``Decimal("0.35")``
  means 35 %. Import files and screens speak percent (35); convert at the edge with
  :func:`fraction_from_percent` and :func:`percent_from_fraction`.
* Figures are computed unrounded. :func:`cents` is the one function that rounds (half-up to
  0.01) and it is meant for presentation and export only (see :mod:`sodesk.domain.display`).
* The Decimal context is the default one (28 significant digits).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def cents(x: Decimal) -> Decimal:
    """Round half-up to cents (afronden op centen): for presentation and export only.

    Args:
        x: an unrounded amount.

    Returns:
        ``x`` quantized to 0.01 with ROUND_HALF_UP (2.345 -> 2.35, -2.345 -> -2.35).
    """
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fraction_from_percent(p: Decimal) -> Decimal:
    """Percent (35) to the domain's fraction (0.35)."""
    return p / HUNDRED


def percent_from_fraction(f: Decimal) -> Decimal:
    """The domain's fraction (0.35) to percent (35.00)."""
    return f * HUNDRED


def safe_div(a: Decimal, b: Decimal) -> Decimal | None:
    """Divide, or None when the divisor is zero (a ratio that is not defined).

    Args:
        a: numerator.
        b: denominator.

    Returns:
        ``a / b``, or ``None`` when ``b == 0``.
    """
    if b == 0:
        return None
    return a / b


def decimal_places(x: Decimal) -> int:
    """Digits after the decimal point as written: 2 for ``Decimal("6.20")``, 0 for 6.

    A value typed with more places than a column keeps is refused, never rounded unseen;
    this counts them. NaN and infinity have no places (0).
    """
    exponent = x.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
