"""Tests for sodesk.domain.lks_regime: which LKS regime applies on a day (R2b, R3)."""

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import LksRegime, LwBasis, TargetGroup
from sodesk.domain.lks_regime import (
    REGIME_MEASURED,
    REGIME_MUNICIPAL_FIXED,
    LksRegimeChoice,
    lks_regime_on,
)
from sodesk.domain.parameters import ParameterSet
from sodesk.domain.wage_value import Measurement
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
