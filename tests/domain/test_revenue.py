"""Tests for sodesk.domain.revenue (R5): invoiced or rate x volume, shares at the edges."""

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import RateUnit, RevenueSource
from sodesk.domain.period import Period
from sodesk.domain.revenue import (
    PeriodAmount,
    PeriodPieces,
    RateAgreement,
    activity_revenue,
    ntw,
    purchase_value,
    rate_in_force,
)
from sodesk.reports.finding_texts import finding_text

JAN = Period(date(2025, 1, 1), date(2025, 1, 31))
Q1 = Period(date(2025, 1, 1), date(2025, 3, 31))


def hourly(price: str, start: date = date(2024, 1, 1), end: date | None = None) -> RateAgreement:
    return RateAgreement(start, end, RateUnit.HOUR, Decimal(price))


def test_rate_agreement_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="price"):
        RateAgreement(date(2025, 1, 1), None, RateUnit.HOUR, Decimal(-1))
    with pytest.raises(ValueError, match="valid_to"):
        RateAgreement(date(2025, 1, 2), date(2025, 1, 1), RateUnit.HOUR, Decimal(1))


def test_rate_in_force_takes_latest_start_within_validity() -> None:
    old = hourly("20", date(2024, 1, 1))
    new = hourly("22", date(2025, 1, 15), date(2025, 6, 30))
    assert rate_in_force([new, old], date(2025, 1, 14)) is old
    assert rate_in_force([new, old], date(2025, 1, 15)) is new
    assert rate_in_force([new, old], date(2025, 7, 1)) is old
    assert rate_in_force([new], date(2025, 7, 1)) is None


def test_hourly_revenue_uses_the_rate_of_each_day() -> None:
    rates = [hourly("20", date(2024, 1, 1), date(2025, 1, 14)), hourly("22", date(2025, 1, 15))]
    hours = {
        date(2025, 1, 14): Decimal(10),
        date(2025, 1, 15): Decimal(5),
        date(2025, 2, 1): Decimal(99),
    }
    result = activity_revenue(JAN, [], rates, hours, [])
    assert result.amount == Decimal(200 + 110)
    assert result.source is RevenueSource.RATES
    assert result.findings == ()


def test_invoices_win_and_count_their_share_inside() -> None:
    invoice = PeriodAmount(Period(date(2025, 1, 20), date(2025, 2, 8)), Decimal(1000))
    result = activity_revenue(JAN, [invoice], [hourly("20")], {date(2025, 1, 2): Decimal(8)}, [])
    assert result.source is RevenueSource.INVOICED
    assert result.amount == Decimal(600)
    outside = PeriodAmount(Period(date(2025, 3, 1), date(2025, 3, 31)), Decimal(1))
    assert (
        activity_revenue(JAN, [outside], [hourly("20")], {date(2025, 1, 2): Decimal(8)}, []).amount
        == 160
    )


def test_piece_rate_at_the_entry_last_day_and_share_inside() -> None:
    rates = [
        RateAgreement(date(2024, 1, 1), date(2025, 1, 31), RateUnit.PIECE, Decimal("0.10")),
        RateAgreement(date(2025, 2, 1), None, RateUnit.PIECE, Decimal("0.20")),
    ]
    entry = PeriodPieces(Period(date(2025, 1, 22), date(2025, 2, 10)), Decimal(2000))  # 20 days
    result = activity_revenue(JAN, [], rates, {}, [entry])
    assert result.pieces_in_period == Decimal(1000)
    assert result.amount == Decimal(200)  # 1000 pieces in January at February's 0.20
    other = PeriodPieces(Period(date(2025, 5, 1), date(2025, 5, 2)), Decimal(7))
    assert activity_revenue(JAN, [], rates, {}, [entry, other]).pieces_in_period == 1000


def test_monthly_amount_per_day_covered() -> None:
    rates = [RateAgreement(date(2025, 1, 17), date(2025, 2, 14), RateUnit.MONTH, Decimal(3100))]
    result = activity_revenue(Q1, [], rates, {}, [])
    # 15 days of January (31) and 14 days of February (28)
    assert result.amount == Decimal(3100) * 15 / 31 + Decimal(3100) * 14 / 28
    assert result.months_covered == Decimal(15) / 31 + Decimal(14) / 28
    assert result.findings == ()


def test_monthly_rate_full_months() -> None:
    rates = [RateAgreement(date(2024, 1, 1), None, RateUnit.MONTH, Decimal(2500))]
    result = activity_revenue(Q1, [], rates, {date(2025, 1, 5): Decimal(8)}, [])
    assert result.amount == Decimal(7500)
    assert result.months_covered == 3


def test_no_rate_and_no_invoice_is_told() -> None:
    result = activity_revenue(JAN, [], [], {date(2025, 1, 2): Decimal(8)}, [], activity="A1")
    assert result.amount == 0
    [finding] = result.findings
    assert (finding.code, finding.subject) == ("revenue.no_rate", "A1")
    expired = activity_revenue(
        JAN, [], [hourly("20", date(2020, 1, 1), date(2020, 12, 31))], {}, []
    )
    assert [f.code for f in expired.findings] == ["revenue.no_rate"]


def test_hours_without_rate_and_pieces_without_piece_rate_are_told() -> None:
    rates = [hourly("20", date(2025, 1, 10))]
    hours = {date(2025, 1, 5): Decimal(3), date(2025, 1, 12): Decimal(2)}
    pieces = [PeriodPieces(Period(date(2025, 1, 1), date(2025, 1, 3)), Decimal(30))]
    result = activity_revenue(JAN, [], rates, hours, pieces, activity="A1")
    assert result.amount == Decimal(40)
    assert [f.code for f in result.findings] == [
        "revenue.hours_without_rate",
        "revenue.no_piece_rate",
    ]
    assert result.findings[0].value == Decimal(3)
    assert result.findings[0].arguments == {"activity": "A1", "hours": Decimal(3)}
    assert result.findings[1].arguments == {
        "activity": "A1",
        "day": date(2025, 1, 3),
        "pieces": Decimal(30),
    }
    # worded at the edge, Dutch on paper: hours as "3,00 uur", a date as 03-01-2025
    assert finding_text(result.findings[0]) == "Activiteit A1: 3,00 uur op dagen zonder tarief."
    assert "op 03-01-2025 voor 30 stuks" in finding_text(result.findings[1])
    assert result.pieces_in_period == Decimal(30)


def test_hours_on_a_piece_rate_day_earn_nothing_by_the_hour() -> None:
    rates = [RateAgreement(date(2025, 1, 1), None, RateUnit.PIECE, Decimal(1))]
    result = activity_revenue(JAN, [], rates, {date(2025, 1, 5): Decimal(3)}, [])
    assert (result.amount, result.findings) == (0, ())


def test_purchase_value_and_ntw() -> None:
    purchases = [
        PeriodAmount(Period(date(2024, 12, 22), date(2025, 1, 10)), Decimal(200)),  # 10 of 20 days
        PeriodAmount(JAN, Decimal("15.50")),
    ]
    assert purchase_value(JAN, purchases) == Decimal("115.50")
    assert ntw(Decimal(500), Decimal("115.50")) == Decimal("384.50")
