"""Which wage-subsidy regime applies on a day (welk LKS-regime geldt), R2, R2b, R3.

Rules (DOMAIN.md R2b, R3; seed 004 lines 1849-1855; seed 001 line 158), in this order:

1. Only sheltered (beschut werk) and jobs-agreement (banenafspraak) workers receive LKS.
2. From the statutory regime's date (2028-01-01), sheltered workers get its fixed 68 %,
   replacing measured and municipal regimes; jobs-agreement workers keep their
   municipality's regime.
3. A municipality with a fixed regime pays its fixed fraction (no measurement needed);
   without a fraction entered, no LKS and a finding.
4. Measured regime: the measurement in force gives the wage value; without one, the 50 %
   start regime within the first six months from the first employment's start; after that,
   no LKS and a finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sodesk.domain.enums import LksRegime, LwBasis, TargetGroup
from sodesk.domain.money import ZERO
from sodesk.domain.parameters import FixedRegime, LksParameters, MunicipalityTerms, ParameterSet
from sodesk.domain.period import add_months
from sodesk.domain.subsidy import lks_per_paid_hour_fixed, lks_per_paid_hour_measured
from sodesk.domain.validation import Finding
from sodesk.domain.wage_value import Measurement

REGIME_MEASURED = "measured"
REGIME_MUNICIPAL_FIXED = "municipal_fixed"
LKS_GROUPS = frozenset({TargetGroup.SHELTERED, TargetGroup.JOBS_AGREEMENT})
LW_BASIS_UNCONFIRMED = "lks.lw_basis_unconfirmed"
"""Finding code: a municipality's function-wage basis is inherited and not yet confirmed."""


@dataclass(frozen=True, slots=True)
class LksRegimeChoice:
    """The regime on a day: a fixed fraction, a measured wage value, or none.

    Attributes:
        name: ``measured``, ``municipal_fixed``, a :class:`FixedRegime` name, or None.
        fraction: p of a fixed regime.
        surcharge_on_top: whether a fixed regime adds the surcharge.
        wage_value: lw of the measured regime.
        basis: what lw is applied to in the measured regime.
        finding: why there is no LKS, when that is worth a warning.
    """

    name: str | None
    fraction: Decimal | None = None
    surcharge_on_top: bool = True
    wage_value: Decimal | None = None
    basis: LwBasis = LwBasis.MINIMUM_WAGE
    finding: Finding | None = None

    def rate(self, wml: Decimal, wage: Decimal, params: LksParameters) -> Decimal:
        """LKS per paid hour under this regime (R2 or R3); ZERO for none."""
        if self.fraction is not None:
            return lks_per_paid_hour_fixed(self.fraction, wml, params, self.surcharge_on_top)
        if self.wage_value is not None:
            return lks_per_paid_hour_measured(wml, wage, self.wage_value, params, self.basis)
        return ZERO


def lw_basis_finding(terms: MunicipalityTerms) -> Finding | None:
    """The warning for a report that uses a municipality whose function-wage basis is unconfirmed.

    Such a basis was filled in by an older version of sodesk, whose default it was; since 2017
    the wage value is a percentage of the minimum wage (R2). Until the controller confirms or
    changes the choice, every report that computes this municipality's measured LKS says so.
    None when there is nothing to say (confirmed, minimum wage, or a fixed regime).
    """
    if (
        not terms.lw_basis_unconfirmed
        or terms.lw_basis is not LwBasis.FUNCTION_WAGE
        or terms.lks_regime is not LksRegime.MEASURED
    ):
        return None
    return Finding(
        LW_BASIS_UNCONFIRMED,
        field="lw_basis",
        value=terms.lw_basis.value,
        subject=terms.code,
        arguments={"name": terms.name},
    )


def in_force(regime: FixedRegime, d: date) -> bool:
    """Whether a fixed regime applies on ``d`` (no date: always)."""
    return regime.valid_from is None or regime.valid_from <= d


def _fixed(regime: FixedRegime) -> LksRegimeChoice:
    return LksRegimeChoice(regime.name, regime.fraction, regime.surcharge_on_top)


def lks_regime_on(
    d: date,
    target_group: TargetGroup,
    terms: MunicipalityTerms,
    measurement: Measurement | None,
    first_start: date | None,
    params: ParameterSet,
    subject: str | None = None,
) -> LksRegimeChoice:
    """The LKS regime for a worker on day ``d`` (see the module docstring for the order).

    Args:
        d: the day.
        target_group: the worker's target group.
        terms: the worker's municipality.
        measurement: the wage-value measurement in force on ``d``, if any.
        first_start: start of the worker's first employment.
        params: the parameter set (start and statutory regimes).
        subject: the personnel number, for findings.
    """
    if target_group not in LKS_GROUPS:
        return LksRegimeChoice(None)
    statutory = params.statutory_sheltered
    if target_group is TargetGroup.SHELTERED and in_force(statutory, d):
        return _fixed(statutory)
    if terms.lks_regime is LksRegime.FIXED:
        if terms.fixed_fraction is None:
            finding = Finding(
                "lks.no_fixed_fraction",
                field="lks_fixed_percent",
                subject=subject,
                arguments={"code": terms.code},
            )
            return LksRegimeChoice(None, finding=finding)
        return LksRegimeChoice(REGIME_MUNICIPAL_FIXED, terms.fixed_fraction)
    if measurement is not None:
        return LksRegimeChoice(
            REGIME_MEASURED, wage_value=measurement.wage_value, basis=terms.lw_basis
        )
    start = params.start_regime
    if (
        first_start is not None
        and d < add_months(first_start, params.start_regime_months)
        and in_force(start, d)
    ):
        return _fixed(start)
    arguments = {"worker": subject, "day": d, "months": params.start_regime_months}
    return LksRegimeChoice(
        None, finding=Finding("lks.no_measurement", "", "wage_value", d, subject, arguments)
    )
