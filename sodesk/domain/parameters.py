"""Dated and yearly parameters (parameters) the rules use, and the record of which were used.

Rules: R2 (minimum wage WML, holiday allowance vb, cap, surcharge), R3 (fixed regimes: the
50 % start regime, the statutory 68 % from 2028), R2b (Wsw subsidy, full-time hours), R4
(employer charges, werkgeverslasten), R7 (coach hourly cost, overhead rates), R9 (guidance
allowance per place), R10 (target, taakstelling). Sources: resources/reference/SOURCES.md
and the CSV files beside it; seed 004 lines 1849-1855 and 3150-3166; seed 001 line 158.

All percentages are Decimal fractions (see :mod:`sodesk.domain.money`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sodesk.domain.dated import DatedSeries
from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis, WorkType
from sodesk.domain.period import Period

CAO_FULLTIME_WEEK = Decimal(37)
"""Full-time week of cao Aan de Slag in hours (R4; SOURCES.md, minimum_wage.csv)."""

WSW_FULLTIME_WEEK = Decimal(36)
"""Default Wsw full-time week in hours (R2b)."""

SOURCE_WML = "minimum_wage.csv: Staatscourant (SOURCES.md)"
SOURCE_LKS = "lks_parameters.csv: Participatiewet art. 10d, Regeling LKS (SOURCES.md)"
SOURCE_FIXED = "fixed_lks_regimes.csv: seed 004 r. 1849-1855; seed 001 r. 158"
SOURCE_COMPANY = "bedrijfsparameters per jaar (company_years.csv)"
SOURCE_OVERHEAD = "overheadtarieven per jaar (overhead_rates.csv)"
SOURCE_MUNICIPALITY = "gemeenteparameters (municipalities.csv, municipality_years.csv)"


@dataclass(frozen=True, slots=True)
class UsedParameter:
    """One parameter a computation used (gebruikte parameter), for a report's last page."""

    name: str
    value: Decimal | str | bool | int
    valid_from: date | None
    source: str


@dataclass(frozen=True, slots=True)
class LksParameters:
    """Parameters of the wage subsidy (LKS-parameters), R2.

    Attributes:
        holiday_allowance: vb, holiday allowance in the subsidy base (vakantietoeslag), 0.08.
        cap_fraction: cap on the subsidy as a fraction of WML (maximum), 0.70.
        surcharge: employer-cost surcharge (opslag werkgeverslasten), 0.235 since 2018.
    """

    holiday_allowance: Decimal
    cap_fraction: Decimal
    surcharge: Decimal


@dataclass(frozen=True, slots=True)
class FixedRegime:
    """A fixed-percentage LKS regime (forfaitaire loonkostensubsidie), R3.

    Attributes:
        name: code name, as in fixed_lks_regimes.csv.
        valid_from: first day in force, or None for "always".
        fraction: p, the subsidy as a fraction of WML.
        surcharge_on_top: whether ``(1 + surcharge)`` is applied on top (R3: for the 2028
            regime not yet published; default True, and reports state the assumption).
    """

    name: str
    valid_from: date | None
    fraction: Decimal
    surcharge_on_top: bool = True


START_REGIME = FixedRegime("start_without_measurement", date(2017, 1, 1), Decimal("0.50"))
STATUTORY_SHELTERED_2028 = FixedRegime(
    "statutory_sheltered_2028", date(2028, 1, 1), Decimal("0.68")
)


@dataclass(frozen=True, slots=True)
class CompanyYear:
    """The company's own yearly parameters (bedrijfsparameters), R2b/R4/R7.

    Attributes:
        year: calendar year.
        employer_charges: social premiums and pension as a fraction of gross wage
            including holiday allowance (werkgeverslasten), R4.
        coach_hourly_cost: cost of one guidance hour (uurkosten begeleiding), R7.
        wsw_fulltime_hours: Wsw full-time week (R2b), 36 unless the company sets otherwise.
        coach_costs: optional hourly cost per coach, overriding ``coach_hourly_cost``.
        holiday_allowance: vb in the wage cost (R4); 0.08 by default (statutory minimum).
    """

    year: int
    employer_charges: Decimal
    coach_hourly_cost: Decimal
    wsw_fulltime_hours: Decimal = WSW_FULLTIME_WEEK
    coach_costs: Mapping[str, Decimal] = field(default_factory=dict)
    holiday_allowance: Decimal = Decimal("0.08")

    def coach_cost(self, coach: str | None) -> Decimal:
        """Hourly cost of a coach: the coach's own figure if set, else the company's."""
        if coach is not None and coach in self.coach_costs:
            return self.coach_costs[coach]
        return self.coach_hourly_cost


@dataclass(frozen=True, slots=True)
class MunicipalityYear:
    """A municipality's yearly figures (gemeente per jaar), R2b/R9/R10."""

    year: int
    target_places: int | None = None
    guidance_allowance_per_place: Decimal | None = None
    wsw_subsidy_per_fte: Decimal | None = None


@dataclass(frozen=True, slots=True)
class MunicipalityTerms:
    """A municipality and its settings (gemeente en haar afspraken), R2/R3/R9/R10.

    Attributes:
        code: municipality code.
        name: municipality name.
        region: labour-market region (arbeidsmarktregio), if known.
        lks_regime: measured or fixed (R2/R3).
        fixed_fraction: p for the fixed regime (e.g. 0.70 or 0.80).
        lw_basis: what the wage value is a percentage of (R2): the statutory minimum wage
            (default; the law since 2017) or, as the municipality's explicit choice for old
            decisions or a local variant, the worker's function wage.
        guidance_basis: guidance allowance per place or per job of 31 hours (R9).
        years: the yearly figures by year.
        lw_basis_unconfirmed: the function-wage basis came from an older version of sodesk,
            whose default it was, and the controller has not yet confirmed or changed it;
            reports that use the municipality say so
            (:func:`sodesk.domain.lks_regime.lw_basis_finding`).
    """

    code: str
    name: str
    region: str | None = None
    lks_regime: LksRegime = LksRegime.MEASURED
    fixed_fraction: Decimal | None = None
    lw_basis: LwBasis = LwBasis.MINIMUM_WAGE
    guidance_basis: GuidanceAllowanceBasis = GuidanceAllowanceBasis.PLACE
    years: Mapping[int, MunicipalityYear] = field(default_factory=dict)
    lw_basis_unconfirmed: bool = False

    def year(self, y: int) -> MunicipalityYear | None:
        """The figures for year ``y``, or None when not entered."""
        return self.years.get(y)

    def used(self, period: Period) -> list[UsedParameter]:
        """The municipality's settings and yearly figures for the years ``period`` touches."""
        source = f"{SOURCE_MUNICIPALITY}: {self.code}"
        result = [
            UsedParameter(f"{self.code}.lks_regime", self.lks_regime.value, None, source),
            UsedParameter(f"{self.code}.lw_basis", self.lw_basis.value, None, source),
            UsedParameter(f"{self.code}.guidance_basis", self.guidance_basis.value, None, source),
        ]
        if self.lks_regime is LksRegime.FIXED and self.fixed_fraction is not None:
            result.append(
                UsedParameter(f"{self.code}.fixed_fraction", self.fixed_fraction, None, source)
            )
        for y in range(period.start.year, period.end.year + 1):
            terms = self.year(y)
            if terms is None:
                continue
            for name in ("target_places", "guidance_allowance_per_place", "wsw_subsidy_per_fte"):
                value = getattr(terms, name)
                if value is not None:
                    result.append(
                        UsedParameter(f"{self.code}.{name}", value, date(y, 1, 1), source)
                    )
        return result


def hourly_minimum_wage(
    amount: Decimal, unit: str, fulltime_week: Decimal = CAO_FULLTIME_WEEK
) -> Decimal:
    """The hourly minimum wage from a published amount (uurloon WML).

    Before 2024 the minimum wage was monthly; the hourly rate then depended on the sector's
    full-time week: ``monthly x 3 / 13 / fulltime_week`` (SOURCES.md, minimum_wage.csv).

    Args:
        amount: the published amount.
        unit: ``"hour"`` or ``"month"``.
        fulltime_week: hours in a full-time week (37 for cao Aan de Slag).

    Raises:
        ValueError: for another unit or a non-positive full-time week.
    """
    if unit == "hour":
        return amount
    if unit != "month":
        raise ValueError(f"unit must be 'hour' or 'month', not {unit!r}")
    if fulltime_week <= 0:
        raise ValueError(f"fulltime_week must be above 0, not {fulltime_week}")
    return amount * 3 / 13 / fulltime_week


def minimum_wage_series(
    rows: Iterable[tuple[date, Decimal, str]], fulltime_week: Decimal = CAO_FULLTIME_WEEK
) -> DatedSeries[Decimal]:
    """The hourly WML series from ``(valid_from, amount, unit)`` rows (minimum_wage.csv)."""
    return DatedSeries.of(
        (valid_from, hourly_minimum_wage(amount, unit, fulltime_week))
        for valid_from, amount, unit in rows
    )


@dataclass(frozen=True, slots=True)
class ParameterSet:
    """Everything dated or yearly that the company-wide rules need (parameterset).

    Attributes:
        minimum_wage: hourly WML by ``valid_from``.
        lks: LKS parameters by ``valid_from``.
        start_regime: the 50 % regime for the first months without a measurement (R3).
        statutory_sheltered: the 68 % regime for sheltered workers from 2028 (R3).
        company: the company's yearly parameters by year.
        overhead: overhead rate per productive hour by (year, work type) (R7).
        start_regime_months: how long the start regime may run (6 months).
    """

    minimum_wage: DatedSeries[Decimal]
    lks: DatedSeries[LksParameters]
    start_regime: FixedRegime = START_REGIME
    statutory_sheltered: FixedRegime = STATUTORY_SHELTERED_2028
    company: Mapping[int, CompanyYear] = field(default_factory=dict)
    overhead: Mapping[tuple[int, WorkType], Decimal] = field(default_factory=dict)
    start_regime_months: int = 6

    def minimum_wage_on(self, d: date) -> Decimal | None:
        """Hourly WML in force on ``d``, or None before the first entry."""
        return self.minimum_wage.value_on(d)

    def lks_on(self, d: date) -> LksParameters | None:
        """LKS parameters in force on ``d``, or None before the first entry."""
        return self.lks.value_on(d)

    def company_year(self, y: int) -> CompanyYear | None:
        """The company's parameters for year ``y``, or None when not entered."""
        return self.company.get(y)

    def overhead_rate(self, y: int, work_type: WorkType) -> Decimal | None:
        """Overhead per productive hour for a work type in year ``y``, or None."""
        return self.overhead.get((y, work_type))

    def used(self, period: Period) -> list[UsedParameter]:
        """Every parameter in force at some day of ``period``, with its source."""
        result: list[UsedParameter] = []
        for part, wml in self.minimum_wage.segments(period):
            if wml is not None:
                since = self.minimum_wage.valid_from_on(part.start)
                result.append(UsedParameter("minimum_wage_hourly", wml, since, SOURCE_WML))
        for part, lks in self.lks.segments(period):
            if lks is not None:
                since = self.lks.valid_from_on(part.start)
                for name in ("holiday_allowance", "cap_fraction", "surcharge"):
                    result.append(
                        UsedParameter(f"lks.{name}", getattr(lks, name), since, SOURCE_LKS)
                    )
        for regime in (self.start_regime, self.statutory_sheltered):
            if regime.valid_from is None or regime.valid_from <= period.end:
                result.append(
                    UsedParameter(regime.name, regime.fraction, regime.valid_from, SOURCE_FIXED)
                )
                result.append(
                    UsedParameter(
                        f"{regime.name}.surcharge_on_top",
                        regime.surcharge_on_top,
                        regime.valid_from,
                        SOURCE_FIXED,
                    )
                )
        for y in range(period.start.year, period.end.year + 1):
            result.extend(self._used_in_year(y))
        return result

    def _used_in_year(self, y: int) -> list[UsedParameter]:
        since = date(y, 1, 1)
        result: list[UsedParameter] = []
        company = self.company_year(y)
        if company is not None:
            for name in (
                "employer_charges",
                "holiday_allowance",
                "coach_hourly_cost",
                "wsw_fulltime_hours",
            ):
                result.append(
                    UsedParameter(f"company.{name}", getattr(company, name), since, SOURCE_COMPANY)
                )
            for coach, cost in sorted(company.coach_costs.items()):
                result.append(UsedParameter(f"coach_cost.{coach}", cost, since, SOURCE_COMPANY))
        for work_type in WorkType:
            rate = self.overhead_rate(y, work_type)
            if rate is not None:
                result.append(
                    UsedParameter(f"overhead.{work_type.value}", rate, since, SOURCE_OVERHEAD)
                )
        return result
