"""Tests for sodesk.domain.lks_regime: which LKS regime applies on a day (R2b, R3)."""

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import LksRegime, LwBasis, TargetGroup
from sodesk.domain.lks_regime import (
    LW_BASIS_UNCONFIRMED,
    REGIME_MEASURED,
    REGIME_MUNICIPAL_FIXED,
    LksRegimeChoice,
    lks_regime_on,
    lw_basis_finding,
)
from sodesk.domain.parameters import ParameterSet
from sodesk.domain.wage_value import Measurement
from sodesk.reports.finding_texts import finding_text
from tests.domain.factories import LKS_2018, municipality

M = Measurement(date(2025, 1, 1), Decimal("0.5"))
START = date(2025, 1, 1)
WML = Decimal("14.40")


@pytest.mark.parametrize("group", [TargetGroup.WSW, TargetGroup.OTHER])
def test_no_lks_for_wsw_and_other(group: TargetGroup, params: ParameterSet) -> None:
    choice = lks_regime_on(date(2025, 3, 1), group, municipality(), M, START, params)
    assert choice == LksRegimeChoice(None)
    assert choice.rate(WML, WML, LKS_2018) == 0


def test_order_of_the_rules(params: ParameterSet) -> None:
    sheltered, jobs = TargetGroup.SHELTERED, TargetGroup.JOBS_AGREEMENT
    fixed = municipality(LksRegime.FIXED, Decimal("0.80"))
    measured = municipality(lw_basis=LwBasis.MINIMUM_WAGE)
    d2028 = date(2028, 3, 1)
    assert (
        lks_regime_on(d2028, sheltered, fixed, M, START, params).name == "statutory_sheltered_2028"
    )
    assert lks_regime_on(d2028, jobs, fixed, M, START, params).name == REGIME_MUNICIPAL_FIXED
    choice = lks_regime_on(date(2025, 3, 1), jobs, measured, M, START, params)
    assert (choice.name, choice.wage_value, choice.basis) == (
        REGIME_MEASURED,
        Decimal("0.5"),
        LwBasis.MINIMUM_WAGE,
    )
    assert choice.rate(WML, Decimal(20), LKS_2018) == Decimal("9.60336")
    start = lks_regime_on(date(2025, 6, 30), jobs, measured, None, START, params)
    assert start.name == "start_without_measurement"
    assert start.rate(WML, WML, LKS_2018) == Decimal("0.5") * WML * Decimal("1.08") * Decimal(
        "1.235"
    )
    late = lks_regime_on(date(2025, 7, 1), jobs, measured, None, START, params, "P7")
    assert late.name is None
    assert late.finding is not None and late.finding.subject == "P7"
    assert lks_regime_on(date(2025, 7, 1), jobs, measured, None, None, params).name is None


def test_start_regime_not_before_its_date(params: ParameterSet) -> None:
    early = lks_regime_on(
        date(2016, 3, 1), TargetGroup.SHELTERED, municipality(), None, date(2016, 1, 1), params
    )
    assert early.name is None


def test_the_default_basis_is_the_minimum_wage(params: ParameterSet) -> None:
    """R2: a municipality that chose nothing computes the wage value over WML."""
    sheltered = TargetGroup.SHELTERED
    choice = lks_regime_on(date(2025, 3, 1), sheltered, municipality(), M, START, params)
    assert choice.basis is LwBasis.MINIMUM_WAGE
    assert LksRegimeChoice(REGIME_MEASURED, wage_value=Decimal("0.5")).basis is LwBasis.MINIMUM_WAGE
    assert choice.rate(WML, Decimal("16.00"), LKS_2018) == Decimal("9.60336")


def test_an_explicit_function_wage_basis_is_kept(params: ParameterSet) -> None:
    chosen = municipality(lw_basis=LwBasis.FUNCTION_WAGE)
    choice = lks_regime_on(date(2025, 3, 1), TargetGroup.SHELTERED, chosen, M, START, params)
    assert choice.basis is LwBasis.FUNCTION_WAGE
    # (14.40 - 0.5 x 15.00) x 1.08 x 1.235
    assert choice.rate(WML, Decimal("15.00"), LKS_2018) == Decimal("9.20322")
    assert lw_basis_finding(chosen) is None  # chosen on purpose: nothing to say


def test_an_inherited_function_wage_basis_is_pointed_out() -> None:
    inherited = municipality(lw_basis=LwBasis.FUNCTION_WAGE, lw_basis_unconfirmed=True)
    finding = lw_basis_finding(inherited)
    assert finding is not None
    assert (finding.code, finding.subject, finding.field) == (
        LW_BASIS_UNCONFIRMED,
        inherited.code,
        "lw_basis",
    )
    assert finding.arguments == {"name": inherited.name}
    said = finding_text(finding)
    assert "functieloon" in said and "minimumloon" in said and inherited.name in said
    # changed to the minimum wage, or a fixed regime: the basis is not used, nothing to say
    on_wml = municipality(lw_basis=LwBasis.MINIMUM_WAGE, lw_basis_unconfirmed=True)
    assert lw_basis_finding(on_wml) is None
    fixed = municipality(
        LksRegime.FIXED, Decimal("0.7"), lw_basis=LwBasis.FUNCTION_WAGE, lw_basis_unconfirmed=True
    )
    assert lw_basis_finding(fixed) is None
