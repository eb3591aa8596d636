"""Tests for sodesk.domain.display: Dutch formatting, rounded half-up at the edge only."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.display import (
    UNDEFINED,
    date_nl,
    euro,
    hours,
    month_nl,
    number,
    percent,
    percent_trimmed,
    plain,
    plain_percent,
)


def test_euro_dutch_style() -> None:
    assert euro(Decimal("1234.56")) == "€ 1.234,56"
    assert euro(Decimal("0.5")) == "€ 0,50"
    assert euro(Decimal("1234567.891")) == "€ 1.234.567,89"
    assert euro(Decimal("-1234.565")) == "€ -1.234,57"
    assert euro(Decimal("-0.004")) == "€ 0,00"
    assert euro(None) == UNDEFINED


def test_percent_of_a_fraction() -> None:
    assert percent(Decimal("0.9231")) == "92,3 %"
    assert percent(Decimal("0.35"), 0) == "35 %"
    assert percent(Decimal("1.5")) == "150,0 %"
    assert percent(None) == UNDEFINED


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [("1234.5", 2, "1.234,50"), ("2.345", 2, "2,35"), ("999.995", 2, "1.000,00"), ("12", 0, "12")],
)
def test_number(value: str, decimals: int, text: str) -> None:
    assert number(Decimal(value), decimals) == text


def test_hours_dates_and_months() -> None:
    assert hours(Decimal("1234.5")) == "1.234,50"
    assert hours(None) == number(None) == UNDEFINED
    assert date_nl(date(2025, 12, 31)) == "31-12-2025"
    assert date_nl(date(2025, 1, 5)) == "05-01-2025"
    assert date_nl(None) == UNDEFINED
    assert month_nl(date(2025, 1, 31)) == "jan 2025"
    assert month_nl(date(2025, 3, 1)) == "mrt 2025"
    assert month_nl(date(2025, 10, 1)) == "okt 2025"


@pytest.mark.parametrize(
    ("fraction", "text"),
    [
        ("0.446", "44,6 %"),  # a measured sum beside its rounded wage value
        ("0.4449", "44,49 %"),
        ("0.44495", "44,5 %"),  # half-up at two decimals, then the zero dropped
        ("0.45", "45 %"),
        ("0.450", "45 %"),
        ("1", "100 %"),
        ("0", "0 %"),
    ],
)
def test_percent_trimmed_drops_trailing_zeros(fraction: str, text: str) -> None:
    assert percent_trimmed(Decimal(fraction)) == text
    assert percent_trimmed(None) == UNDEFINED


def test_plain_for_json() -> None:
    assert plain(Decimal("239.4")) == "239.40"
    assert plain(Decimal("1234567.005")) == "1234567.01"
    assert plain(None) is None
    assert plain_percent(Decimal("0.92305")) == "92.31"
    assert plain_percent(None) is None


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=4))
def test_dutch_text_reads_back_to_the_rounded_value(x: Decimal) -> None:
    text = euro(x)
    assert text.startswith("€ ")
    back = Decimal(text[2:].replace(".", "").replace(",", "."))
    assert back == Decimal(plain(x))  # type: ignore[arg-type]
