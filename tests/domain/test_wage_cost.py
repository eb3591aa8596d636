"""Tests for sodesk.domain.wage_cost (R4)."""

from decimal import Decimal

import pytest

from sodesk.domain.wage_cost import wage_cost


def test_wage_cost_formula() -> None:
    cost = wage_cost(Decimal(100), Decimal("14.40"), Decimal("0.08"), Decimal("0.25"))
    assert cost == Decimal(100) * Decimal("14.40") * Decimal("1.08") * Decimal("1.25")
    assert cost == Decimal("1944")


def test_wage_cost_keeps_sub_cent_precision() -> None:
    cost = wage_cost(Decimal(31) * 5 / 7, Decimal("14.40"), Decimal("0.08"), Decimal("0.2512"))
    assert cost.as_tuple().exponent < -2


@pytest.mark.parametrize("field", ["paid_hours", "wage", "holiday_allowance", "employer_charges"])
def test_negative_input_is_refused_by_name(field: str) -> None:
    values = {
        "paid_hours": Decimal(1),
        "wage": Decimal(1),
        "holiday_allowance": Decimal(0),
        "employer_charges": Decimal(0),
    }
    values[field] = Decimal(-1)
    with pytest.raises(ValueError, match=field):
        wage_cost(**values)
