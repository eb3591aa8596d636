"""Tests for sodesk.domain.amounts: one bundle, added field by field, to the last digit."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sodesk.domain.amounts import FIELDS, NO_AMOUNTS, SLOT, Amounts, sum_of
from sodesk.domain.money import ZERO

decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: d.is_finite()
)
rows = st.lists(decimals, min_size=len(FIELDS), max_size=len(FIELDS))


def _same(a: Decimal, b: Decimal) -> bool:
    return a == b and a.as_tuple() == b.as_tuple()


def test_the_fields_are_named_once_in_row_order() -> None:
    assert tuple(f.name for f in fields(Amounts)) == FIELDS
    values = [Decimal(n + 1) for n in range(len(FIELDS))]
    amounts = Amounts(*values)
    assert amounts.row() == values
    assert [getattr(amounts, name) for name in FIELDS] == values
    assert all(amounts.row()[SLOT[name]] == getattr(amounts, name) for name in FIELDS)


@settings(deadline=None)  # a busy machine must not fail it
@given(rows, rows)
def test_addition_is_field_by_field_as_plain_decimal_addition(
    a: list[Decimal], b: list[Decimal]
) -> None:
    total = Amounts(*a) + Amounts(*b)
    for name, x, y in zip(FIELDS, a, b, strict=True):
        assert _same(getattr(total, name), x + y)


@settings(deadline=None)
@given(st.lists(rows, max_size=5))
def test_sum_of_adds_in_order_from_zero(many: list[list[Decimal]]) -> None:
    total = sum_of(Amounts(*row) for row in many)
    for n, name in enumerate(FIELDS):
        assert _same(getattr(total, name), sum((row[n] for row in many), ZERO))


def test_the_sum_of_nothing_is_zero_and_amounts_are_frozen() -> None:
    assert sum_of([]) == NO_AMOUNTS == Amounts()
    assert all(value == 0 for value in NO_AMOUNTS.row())
    with pytest.raises(FrozenInstanceError):
        NO_AMOUNTS.lks = Decimal(1)  # type: ignore[misc]
