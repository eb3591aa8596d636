"""Factories for the domain tests: the shipped reference parameters and small workers."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from sodesk.domain.dated import DatedSeries
from sodesk.domain.enums import LksRegime, TargetGroup, WorkType
from sodesk.domain.parameters import (
    CompanyYear,
    LksParameters,
    MunicipalityTerms,
    MunicipalityYear,
    ParameterSet,
    minimum_wage_series,
)
from sodesk.domain.wage_value import Measurement
from sodesk.domain.worker_month import Employment, WorkerFacts

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
LKS_2018 = LksParameters(Decimal("0.08"), Decimal("0.70"), Decimal("0.235"))


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def reference_parameters(
    company: dict[int, CompanyYear] | None = None,
) -> ParameterSet:
    """The shipped WML and LKS tables, with company years 2019-2030 unless given."""
    wml = minimum_wage_series(
        (date.fromisoformat(r["valid_from"]), Decimal(r["amount"]), r["unit"])
        for r in _rows("minimum_wage.csv")
    )
    lks = DatedSeries.of(
        (
            date.fromisoformat(r["valid_from"]),
            LksParameters(
                Decimal(r["holiday_allowance"]),
                Decimal(r["cap_fraction_of_wml"]),
                Decimal(r["employer_cost_surcharge"]),
            ),
        )
        for r in _rows("lks_parameters.csv")
    )
    if company is None:
        company = {y: CompanyYear(y, Decimal("0.25"), Decimal("55.00")) for y in range(2019, 2031)}
    overhead = {(y, wt): Decimal("3.50") for y in range(2019, 2031) for wt in WorkType}
    return ParameterSet(minimum_wage=wml, lks=lks, company=company, overhead=overhead)


def municipality(
    regime: LksRegime = LksRegime.MEASURED,
    fixed: Decimal | None = None,
    years: range = range(2019, 2031),
    **kwargs: object,
) -> MunicipalityTerms:
    """A municipality with yearly figures for ``years``."""
    figures = {y: MunicipalityYear(y, 40, Decimal("3650.00"), Decimal("28000.00")) for y in years}
    return MunicipalityTerms(
        "0363", "Amsterdam", "Groot Amsterdam", regime, fixed, years=figures, **kwargs
    )  # type: ignore[arg-type]


def worker(
    group: TargetGroup = TargetGroup.SHELTERED,
    employments: tuple[Employment, ...] = (),
    measurements: tuple[Measurement, ...] = (),
    terms: MunicipalityTerms | None = None,
) -> WorkerFacts:
    """A worker with one 31-hour employment from 2024-01-01 at 14.40 unless given."""
    if not employments:
        employments = (Employment(date(2024, 1, 1), None, Decimal(31), Decimal("14.40")),)
    return WorkerFacts("P001", group, terms or municipality(), employments, measurements)
