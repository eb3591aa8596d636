"""Revenue, purchase value and net added value of an activity (omzet, inkoopwaarde, NTW), R5.

Rule R5 (DOMAIN.md; NTW from seed 004 line 936): ``NTW = revenue - purchase_value``. Revenue
in a period is the invoiced revenue (gefactureerde omzet) when any invoice entry of the
activity overlaps the period; otherwise it follows from the rate agreements
(tariefafspraken):

* hourly rate: productive hours of each day x the rate in force that day;
* piece rate: pieces of each production entry x the rate in force on the entry's last day;
* monthly amount: for each day covered, ``amount / days in that month``.

An entry (invoice, production, purchase) running past the period's edge counts for the share
of its days inside the period (:func:`sodesk.domain.period.share_inside`). Nothing is rounded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sodesk.domain.enums import RateUnit, RevenueSource
from sodesk.domain.money import ZERO
from sodesk.domain.period import ONE_DAY, Period, days_in_month, share_inside
from sodesk.domain.validation import Finding


@dataclass(frozen=True, slots=True)
class RateAgreement:
    """A rate agreement (tariefafspraak): a price per hour, per piece or per month.

    Raises:
        ValueError: for a negative price or an end before the start.
    """

    valid_from: date
    valid_to: date | None
    unit: RateUnit
    price: Decimal

    def __post_init__(self) -> None:
        if self.price < ZERO:
            raise ValueError(f"price must not be negative, not {self.price}")
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}")

    def in_force_on(self, d: date) -> bool:
        """Whether the agreement applies on ``d``."""
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)


@dataclass(frozen=True, slots=True)
class PeriodAmount:
    """An amount over a range of days: an invoice or a purchase entry."""

    period: Period
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PeriodPieces:
    """A production entry (productieregistratie): pieces delivered over a range of days."""

    period: Period
    pieces: Decimal


@dataclass(frozen=True, slots=True)
class RevenueResult:
    """An activity's revenue in a period and how it was found.

    Attributes:
        amount: revenue (omzet), unrounded.
        source: invoiced or from rates.
        pieces_in_period: pieces counted inside the period (for the piece break-even, R8).
        months_covered: months covered by a monthly rate (for the monthly break-even, R8).
        findings: warnings (no rate in force, ...).
    """

    amount: Decimal
    source: RevenueSource
    pieces_in_period: Decimal = ZERO
    months_covered: Decimal = ZERO
    findings: tuple[Finding, ...] = ()


def rate_in_force(rates: Sequence[RateAgreement], d: date) -> RateAgreement | None:
    """The rate agreement in force on ``d``; of overlapping ones the latest ``valid_from``."""
    found: RateAgreement | None = None
    for rate in rates:
        if rate.in_force_on(d) and (found is None or rate.valid_from >= found.valid_from):
            found = rate
    return found


def changes_mid_month(rates: Sequence[RateAgreement]) -> bool:
    """Whether a rate starts or ends inside a month: then an hour's price depends on its day
    (R5), and a month's hours cannot be priced by their total."""
    for rate in rates:
        if rate.valid_from.day != 1:
            return True
        if rate.valid_to is not None and (rate.valid_to + ONE_DAY).day != 1:
            return True
    return False


def _rate_segments(period: Period, rates: Sequence[RateAgreement]) -> list[Period]:
    cuts = [r.valid_from for r in rates] + [r.valid_to + ONE_DAY for r in rates if r.valid_to]
    return [part for month in period.months() for part in month.split_at(cuts)]


def _overlaps(rate: RateAgreement, period: Period) -> bool:
    return rate.valid_from <= period.end and (
        rate.valid_to is None or rate.valid_to >= period.start
    )


def _piece_revenue(
    period: Period, rates: Sequence[RateAgreement], production: Sequence[PeriodPieces]
) -> tuple[Decimal, Decimal, list[PeriodPieces]]:
    """Pieces inside the period, their revenue, and the entries without a piece rate."""
    pieces = ZERO
    revenue = ZERO
    unpriced: list[PeriodPieces] = []
    for entry in production:
        if entry.period.overlap(period) is None:
            continue
        inside = share_inside(entry.period, entry.pieces, period)
        pieces += inside
        rate = rate_in_force(rates, entry.period.end)
        if rate is not None and rate.unit is RateUnit.PIECE:
            revenue += inside * rate.price
        else:
            unpriced.append(entry)
    return pieces, revenue, unpriced


def _monthly_revenue(period: Period, rates: Sequence[RateAgreement]) -> tuple[Decimal, Decimal]:
    """Months covered by a monthly rate inside the period, and their revenue."""
    months = ZERO
    revenue = ZERO
    for part in _rate_segments(period, rates):
        rate = rate_in_force(rates, part.start)
        if rate is not None and rate.unit is RateUnit.MONTH:
            length = days_in_month(part.start)
            months += Decimal(part.days) / length
            revenue += rate.price * part.days / length
    return months, revenue


def _hourly_revenue(
    period: Period, rates: Sequence[RateAgreement], hours_by_day: Mapping[date, Decimal]
) -> tuple[Decimal, Decimal]:
    """Revenue of the hours at an hourly rate, and the hours on days without any rate."""
    revenue = ZERO
    unpriced = ZERO
    for day, hours in hours_by_day.items():
        if not period.contains(day):
            continue
        rate = rate_in_force(rates, day)
        if rate is None:
            unpriced += hours
        elif rate.unit is RateUnit.HOUR:
            revenue += hours * rate.price
    return revenue, unpriced


def activity_revenue(
    period: Period,
    invoices: Sequence[PeriodAmount],
    rates: Sequence[RateAgreement],
    hours_by_day: Mapping[date, Decimal],
    production: Sequence[PeriodPieces],
    activity: str | None = None,
) -> RevenueResult:
    """Revenue of one activity in a period (R5).

    Args:
        period: the report period.
        invoices: the activity's invoice entries (any period; shares are taken).
        rates: the activity's rate agreements.
        hours_by_day: productive hours on the activity per day.
        production: the activity's production entries.
        activity: the activity code, named in findings.

    Returns:
        Amount, source and the volumes the break-even rate needs (pieces and months are
        counted whatever the source), with findings about missing rates.
    """
    pieces, piece_revenue, unpriced_entries = _piece_revenue(period, rates, production)
    months, month_revenue = _monthly_revenue(period, rates)
    overlapping = [inv for inv in invoices if inv.period.overlap(period) is not None]
    if overlapping:
        amount = sum((share_inside(inv.period, inv.amount, period) for inv in overlapping), ZERO)
        return RevenueResult(amount, RevenueSource.INVOICED, pieces, months)

    hour_revenue, unpriced_hours = _hourly_revenue(period, rates, hours_by_day)
    findings: list[Finding] = []
    if not any(_overlaps(rate, period) for rate in rates):
        findings.append(
            Finding("revenue.no_rate", "", "rates", None, activity, {"activity": activity})
        )
    else:
        if unpriced_hours:
            findings.append(
                Finding(
                    "revenue.hours_without_rate",
                    "",
                    "hours",
                    unpriced_hours,
                    activity,
                    {"activity": activity, "hours": unpriced_hours},
                )
            )
        for entry in unpriced_entries:
            findings.append(
                Finding(
                    "revenue.no_piece_rate",
                    "",
                    "pieces",
                    entry.pieces,
                    activity,
                    {"activity": activity, "day": entry.period.end, "pieces": entry.pieces},
                )
            )
    amount = hour_revenue + piece_revenue + month_revenue
    return RevenueResult(amount, RevenueSource.RATES, pieces, months, tuple(findings))


def purchase_value(period: Period, purchases: Sequence[PeriodAmount]) -> Decimal:
    """Purchase value (inkoopwaarde) inside the period: each entry's share of days (R5)."""
    return sum((share_inside(p.period, p.amount, period) for p in purchases), ZERO)


def ntw(revenue: Decimal, purchase: Decimal) -> Decimal:
    """Net added value (netto toegevoegde waarde, NTW) = revenue - purchase value (R5)."""
    return revenue - purchase
