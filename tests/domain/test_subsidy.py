"""Tests for sodesk.domain.subsidy (R2, R2b, R3, R9)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.enums import GuidanceAllowanceBasis, LwBasis
from sodesk.domain.parameters import LksParameters
from sodesk.domain.subsidy import (
    guidance_allowance,
    lks_cap_per_paid_hour,
    lks_per_paid_hour_fixed,
    lks_per_paid_hour_measured,
    paid_hours,
    wsw_subsidy,
)
from tests.domain.factories import LKS_2018

WML = Decimal("14.40")


def test_measured_lks_examples_exactly() -> None:
    assert lks_per_paid_hour_measured(WML, WML, Decimal("0.50"), LKS_2018) == Decimal("9.60336")
    assert lks_per_paid_hour_measured(WML, WML, Decimal("0.20"), LKS_2018) == Decimal("13.444704")
    function_wage = lks_per_paid_hour_measured(
        WML, Decimal("15.00"), Decimal("0.50"), LKS_2018, LwBasis.FUNCTION_WAGE
    )
    assert function_wage == Decimal("9.20322")


def test_wage_equal_to_wml_reduces_to_one_minus_lw() -> None:
    lw = Decimal("0.35")
    expected = (1 - lw) * WML * Decimal("1.08") * Decimal("1.235")
    assert lks_per_paid_hour_measured(WML, WML, lw, LKS_2018) == expected


def test_minimum_wage_basis_ignores_function_wage() -> None:
    over_wml = lks_per_paid_hour_measured(
        WML, Decimal("15.00"), Decimal("0.50"), LKS_2018, LwBasis.MINIMUM_WAGE
    )
    assert over_wml == Decimal("9.60336")


WML_2025 = Decimal("14.06")
CAO_WAGE = Decimal("16.00")


@pytest.mark.parametrize("lw", [Decimal("0.45"), Decimal("0.20"), Decimal("0.95"), Decimal(1)])
def test_a_worker_paid_above_wml_on_the_default_basis(lw: Decimal) -> None:
    """Since 2017 the wage value is a percentage of WML: the subsidy does not follow a cao
    wage above it, ``min(1 - lw, cap) x WML x 1.08 x 1.235`` whatever the wage (R2)."""
    expected = min(1 - lw, Decimal("0.70")) * WML_2025 * Decimal("1.08") * Decimal("1.235")
    default = lks_per_paid_hour_measured(WML_2025, CAO_WAGE, lw, LKS_2018)
    assert default == expected
    assert default == lks_per_paid_hour_measured(WML_2025, WML_2025, lw, LKS_2018)
    assert default == lks_per_paid_hour_measured(
        WML_2025, CAO_WAGE, lw, LKS_2018, LwBasis.MINIMUM_WAGE
    )


def test_a_worker_paid_above_wml_at_45_percent_exactly() -> None:
    # 0.55 x 14.06 x 1.08 x 1.235 = 10.3142754; over the function wage of 16.00 it was
    # (14.06 - 0.45 x 16.00) x 1.08 x 1.235 = 9.149868
    lw = Decimal("0.45")
    assert lks_per_paid_hour_measured(WML_2025, CAO_WAGE, lw, LKS_2018) == Decimal("10.3142754")
    old = lks_per_paid_hour_measured(WML_2025, CAO_WAGE, lw, LKS_2018, LwBasis.FUNCTION_WAGE)
    assert old == Decimal("9.149868")


@pytest.mark.parametrize("lw", [Decimal("0.45"), Decimal("0.20"), Decimal("0.95")])
def test_the_function_wage_basis_keeps_the_old_formula_when_chosen(lw: Decimal) -> None:
    """A municipality's explicit choice: ``min(max(WML - lw x wage, 0), cap x WML)``."""
    gap = max(WML_2025 - lw * CAO_WAGE, Decimal(0))
    expected = min(gap, Decimal("0.70") * WML_2025) * Decimal("1.08") * Decimal("1.235")
    chosen = lks_per_paid_hour_measured(WML_2025, CAO_WAGE, lw, LKS_2018, LwBasis.FUNCTION_WAGE)
    assert chosen == expected
    assert chosen <= lks_per_paid_hour_measured(WML_2025, CAO_WAGE, lw, LKS_2018)


def test_high_wage_value_and_wage_give_no_negative_subsidy() -> None:
    assert lks_per_paid_hour_measured(WML, Decimal(20), Decimal(1), LKS_2018) == 0


@pytest.mark.parametrize(
    ("wml", "wage", "lw", "field"),
    [
        (Decimal(-1), WML, Decimal("0.5"), "wml"),
        (WML, Decimal(-1), Decimal("0.5"), "wage"),
        (WML, WML, Decimal("1.01"), "wage_value"),
    ],
)
def test_measured_refuses_bad_input(wml: Decimal, wage: Decimal, lw: Decimal, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        lks_per_paid_hour_measured(wml, wage, lw, LKS_2018)


def test_fixed_regimes() -> None:
    assert lks_per_paid_hour_fixed(Decimal("0.70"), WML, LKS_2018) == Decimal("13.444704")
    assert lks_per_paid_hour_fixed(Decimal("0.68"), WML, LKS_2018, surcharge_on_top=False) == (
        Decimal("0.68") * WML * Decimal("1.08")
    )
    with pytest.raises(ValueError, match="fraction"):
        lks_per_paid_hour_fixed(Decimal("1.5"), WML, LKS_2018)


def test_paid_hours_follow_the_contract() -> None:
    assert paid_hours(Decimal(28), 7) == Decimal(28)
    assert paid_hours(Decimal(31), 31) == Decimal(31) * 31 / 7
    with pytest.raises(ValueError, match="days"):
        paid_hours(Decimal(31), -1)
    with pytest.raises(ValueError, match="contract_hours_per_week"):
        paid_hours(Decimal(-31), 1)


def test_wsw_subsidy_per_fulltime_unit() -> None:
    amount = wsw_subsidy(Decimal(28000), Decimal(18), Decimal(36), 365, 365)
    assert amount == Decimal(14000)
    leap = wsw_subsidy(Decimal(36600), Decimal(36), Decimal(36), 31, 366)
    assert leap == Decimal(3100)
    with pytest.raises(ValueError, match="fulltime_hours"):
        wsw_subsidy(Decimal(1), Decimal(1), Decimal(0), 1, 365)


def test_guidance_allowance_per_place_and_per_job() -> None:
    assert guidance_allowance(Decimal(3650), 73, 365) == Decimal(730)
    per_job = guidance_allowance(
        Decimal(3650), 73, 365, GuidanceAllowanceBasis.JOB_31H, Decimal("15.5")
    )
    assert per_job == Decimal(365)
    with pytest.raises(ValueError, match="days_in_year"):
        guidance_allowance(Decimal(1), 1, 0)


money = st.decimals(min_value=Decimal("5"), max_value=Decimal("40"), places=2)
fraction = st.decimals(min_value=0, max_value=1, places=4)
params = st.builds(
    LksParameters,
    st.decimals(min_value=0, max_value=Decimal("0.1"), places=3),
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal("0.9"), places=2),
    st.decimals(min_value=0, max_value=Decimal("0.3"), places=3),
)


@given(money, money, fraction, params, st.sampled_from(LwBasis))
def test_measured_lks_never_exceeds_cap(
    wml: Decimal, wage: Decimal, lw: Decimal, p: LksParameters, basis: LwBasis
) -> None:
    lks = lks_per_paid_hour_measured(wml, wage, lw, p, basis)
    assert 0 <= lks <= lks_cap_per_paid_hour(wml, p)
    assert lks_cap_per_paid_hour(wml, p) == p.cap_fraction * wml * (1 + p.holiday_allowance) * (
        1 + p.surcharge
    )


@given(money, money, fraction, fraction, params, st.sampled_from(LwBasis))
def test_measured_lks_never_rises_with_wage_value(
    wml: Decimal, wage: Decimal, lw1: Decimal, lw2: Decimal, p: LksParameters, basis: LwBasis
) -> None:
    low, high = sorted((lw1, lw2))
    assert lks_per_paid_hour_measured(wml, wage, high, p, basis) <= lks_per_paid_hour_measured(
        wml, wage, low, p, basis
    )
