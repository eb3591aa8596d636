"""Dutch formatting of figures (Nederlandse notatie) for screens and PDFs alike.

Rules: DOMAIN.md "Money is Decimal ... round half-up to cents only where a figure is shown or
exported"; "Words on screen and on paper". One module formats, so the window, the PDF and the
Excel file show the same text (STYLE.md, after beancount's display_context).

Choices:

* Thousands separator ``.``, decimal comma ``,``: ``1.234,56``.
* Euro: ``"€ 1.234,56"`` with a normal space (U+0020, not a non-breaking space, so text
  compares and searches plainly); negative amounts put the hyphen-minus after the sign, as
  CLDR/QLocale nl_NL do: ``"€ -1.234,56"``.
* Percent: the domain's fraction times 100, a normal space, then ``%``: ``"92,3 %"``.
* A value that is not defined (None: a ratio over zero) shows as ``"–"`` (en dash).
* Rounding is half-up at the shown number of decimals; a value that rounds to zero never
  shows a minus sign.
* For JSON and other machine output, :func:`plain` gives ``"239.40"`` (decimal point, no
  thousands separator) and :func:`plain_percent` gives ``"92.31"``.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sodesk.domain.money import percent_from_fraction

_CENT = Decimal("0.01")

UNDEFINED = "–"
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _rounded(x: Decimal, decimals: int) -> Decimal:
    value = x.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return abs(value) if value == 0 else value


def plain(x: Decimal | None, decimals: int = 2) -> str | None:
    """Machine text: ``"1234.56"`` (half-up), or None for None."""
    if x is None:
        return None
    return f"{_rounded(x, decimals):f}"


def plain_percent(fraction: Decimal | None, decimals: int = 2) -> str | None:
    """Machine text of a fraction as percent: 0.9231 -> ``"92.31"``, or None."""
    return None if fraction is None else plain(percent_from_fraction(fraction), decimals)


def number(x: Decimal | None, decimals: int = 2) -> str:
    """Dutch number: ``"1.234,56"`` (half-up to ``decimals``); ``"–"`` for None."""
    if x is None:
        return UNDEFINED
    text = f"{_rounded(x, decimals):,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def rate(x: Decimal | None, decimals: int | None = None) -> str:
    """A rate or price: ``"€ 6,20"``; four decimals where cents say too little (a piece
    rate of ``"€ 0,0125"``); with ``decimals``, exactly that many (an activity's rates side
    by side). One rule for card, table, history and PDF; ``"–"`` for None."""
    if x is None:
        return UNDEFINED
    if decimals is None:
        decimals = 4 if abs(x) < 1 and x != x.quantize(_CENT, rounding=ROUND_HALF_UP) else 2
    return f"€ {number(x, decimals)}"


def euro(x: Decimal | None) -> str:
    """Dutch amount: ``"€ 1.234,56"``, negative ``"€ -1.234,56"``; ``"–"`` for None."""
    if x is None:
        return UNDEFINED
    return f"€ {number(x, 2)}"


def percent(fraction: Decimal | None, decimals: int = 1) -> str:
    """Dutch percentage of a fraction: 0.9231 -> ``"92,3 %"``; ``"–"`` for None."""
    if fraction is None:
        return UNDEFINED
    return f"{number(percent_from_fraction(fraction), decimals)} %"


def percent_trimmed(fraction: Decimal | None, decimals: int = 2) -> str:
    """A percentage with at most ``decimals`` decimals and no trailing zeros: 0.446 ->
    ``"44,6 %"``, 0.4449 -> ``"44,49 %"``, 0.45 -> ``"45 %"``; ``"–"`` for None.

    For a wage value, whose rounded form is whole percents and whose measured sum is not."""
    if fraction is None:
        return UNDEFINED
    text = number(percent_from_fraction(fraction), decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return f"{text} %"


def hours(x: Decimal | None) -> str:
    """Hours with two decimals: ``"1.234,50"``; ``"–"`` for None."""
    return number(x, 2)


def date_nl(d: date | None) -> str:
    """Dutch date: ``"31-12-2025"``; ``"–"`` for None."""
    return UNDEFINED if d is None else f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def month_nl(d: date) -> str:
    """Dutch short month and year: ``"jan 2025"``, ``"mrt 2025"``."""
    return f"{MONTHS_NL[d.month - 1]} {d.year}"


def plot_point(value: Decimal | int, scale: Decimal = Decimal(1)) -> float:
    """``value / scale`` as a float for a chart's geometry (scale 1000 for thousands).

    The one place a figure leaves Decimal: charts (QtCharts, reportlab) draw with floats. A
    chart point is a picture, never a figure anyone adds up; the value written beside it is
    always the Decimal formatted by this module.
    """
    return float(Decimal(value) / scale)
