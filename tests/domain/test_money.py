"""Tests for sodesk.domain.money: one way to make, one way to round."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.money import (
    ZERO,
    cents,
    decimal_places,
    fraction_from_percent,
    percent_from_fraction,
    safe_div,
)


@pytest.mark.parametrize(
    ("raw", "rounded"),
    [("2.345", "2.35"), ("2.344", "2.34"), ("-2.345", "-2.35"), ("0.005", "0.01"), ("7", "7.00")],
)
def test_cents_rounds_half_up(raw: str, rounded: str) -> None:
    assert str(cents(Decimal(raw))) == rounded


def test_percent_and_fraction_convert_both_ways() -> None:
    assert fraction_from_percent(Decimal(35)) == Decimal("0.35")
    assert percent_from_fraction(Decimal("0.9231")) == Decimal("92.31")


def test_safe_div_gives_none_for_zero_divisor() -> None:
    assert safe_div(Decimal(1), ZERO) is None
    assert safe_div(Decimal(1), Decimal(4)) == Decimal("0.25")


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=6))
def test_cents_is_within_half_a_cent(x: Decimal) -> None:
    assert abs(cents(x) - x) <= Decimal("0.005")
    assert cents(x).as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("typed", "places"),
    [("6.20", 2), ("6.2", 1), ("0.0375", 4), ("6", 0), ("-1.5", 1), ("1E+2", 0), ("1E-3", 3)],
)
def test_decimal_places_counts_the_digits_written_after_the_point(typed: str, places: int) -> None:
    assert decimal_places(Decimal(typed)) == places


@pytest.mark.parametrize("odd", ["NaN", "Infinity", "-Infinity"])
def test_a_value_without_digits_has_no_decimal_places(odd: str) -> None:
    assert decimal_places(Decimal(odd)) == 0
