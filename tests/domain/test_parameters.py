"""Tests for sodesk.domain.parameters: dated parameters and the list of those used."""

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.dated import DatedSeries
from sodesk.domain.enums import LksRegime, WorkType
from sodesk.domain.parameters import (
    CompanyYear,
    MunicipalityTerms,
    MunicipalityYear,
    ParameterSet,
    hourly_minimum_wage,
    minimum_wage_series,
)
from sodesk.domain.period import Period
from tests.domain.factories import LKS_2018, reference_parameters


def test_hourly_minimum_wage_from_month_uses_37_hour_week() -> None:
    assert hourly_minimum_wage(Decimal("13.68"), "hour") == Decimal("13.68")
    monthly = hourly_minimum_wage(Decimal("1995.00"), "month")
    assert monthly == Decimal("1995.00") * 3 / 13 / 37
    assert hourly_minimum_wage(Decimal("1995.00"), "month", Decimal(36)) > monthly


@pytest.mark.parametrize(("unit", "week"), [("day", Decimal(37)), ("month", Decimal(0))])
def test_hourly_minimum_wage_refuses_bad_input(unit: str, week: Decimal) -> None:
    with pytest.raises(ValueError):
        hourly_minimum_wage(Decimal(1), unit, week)


def test_reference_tables_give_the_seed_wml(params: ParameterSet) -> None:
    assert params.minimum_wage_on(date(2024, 7, 1)) == Decimal("13.68")
    assert params.minimum_wage_on(date(2025, 12, 31)) == Decimal("14.40")
    assert params.minimum_wage_on(date(2018, 12, 31)) is None
    assert params.lks_on(date(2025, 1, 1)) == LKS_2018
    assert params.lks_on(date(2017, 6, 1)).surcharge == Decimal("0.23")  # type: ignore[union-attr]
    assert params.company_year(2025) is not None
    assert params.company_year(2050) is None
    assert params.overhead_rate(2025, WorkType.SHELTERED_INSIDE) == Decimal("3.50")
    assert params.overhead_rate(2050, WorkType.SHELTERED_INSIDE) is None


def test_minimum_wage_series_converts_monthly_rows() -> None:
    series = minimum_wage_series([(date(2023, 1, 1), Decimal("1934.40"), "month")])
    assert series.value_on(date(2023, 3, 1)) == Decimal("1934.40") * 3 / 13 / 37


def test_company_year_coach_cost_per_coach() -> None:
    year = CompanyYear(2025, Decimal("0.25"), Decimal("55"), coach_costs={"Ans": Decimal("60")})
    assert year.coach_cost("Ans") == Decimal("60")
    assert year.coach_cost("Bert") == Decimal("55")
    assert year.coach_cost(None) == Decimal("55")
    assert year.wsw_fulltime_hours == Decimal(36)


def test_used_lists_every_parameter_in_force_with_source(params: ParameterSet) -> None:
    used = params.used(Period(date(2024, 12, 1), date(2025, 7, 31)))
    wml = [(u.value, u.valid_from) for u in used if u.name == "minimum_wage_hourly"]
    assert wml == [
        (Decimal("13.68"), date(2024, 7, 1)),
        (Decimal("14.06"), date(2025, 1, 1)),
        (Decimal("14.40"), date(2025, 7, 1)),
    ]
    names = {u.name for u in used}
    assert {"lks.surcharge", "lks.cap_fraction", "start_without_measurement"} <= names
    assert "statutory_sheltered_2028" not in names
    assert {"company.employer_charges", "overhead.sheltered_inside"} <= names
    assert all(u.source for u in used)
    later = {u.name for u in params.used(Period(date(2028, 1, 1), date(2028, 1, 31)))}
    assert {"statutory_sheltered_2028", "statutory_sheltered_2028.surcharge_on_top"} <= later


def test_used_lists_coach_costs_and_skips_missing_years() -> None:
    params = ParameterSet(
        minimum_wage=DatedSeries(),
        lks=DatedSeries(),
        company={
            2025: CompanyYear(2025, Decimal("0.2"), Decimal(50), coach_costs={"A": Decimal(1)})
        },
    )
    used = params.used(Period(date(2025, 6, 1), date(2026, 1, 31)))
    names = [u.name for u in used]
    assert "coach_cost.A" in names
    assert "minimum_wage_hourly" not in names
    assert sum(1 for n in names if n == "company.employer_charges") == 1


def test_municipality_terms_used_and_year() -> None:
    terms = MunicipalityTerms(
        "0599",
        "Rotterdam",
        lks_regime=LksRegime.FIXED,
        fixed_fraction=Decimal("0.80"),
        years={2025: MunicipalityYear(2025, 12, None, Decimal(1000))},
    )
    assert terms.year(2025) is not None
    assert terms.year(2024) is None
    used = {u.name: u.value for u in terms.used(Period.year(2025))}
    assert used["0599.fixed_fraction"] == Decimal("0.80")
    assert used["0599.target_places"] == 12
    assert "0599.guidance_allowance_per_place" not in used
    assert used["0599.lks_regime"] == "fixed"
    measured = MunicipalityTerms("1", "X")
    assert "1.fixed_fraction" not in {u.name for u in measured.used(Period.year(2024))}


def test_reference_parameters_factory_defaults() -> None:
    params = reference_parameters(company={})
    assert params.company_year(2025) is None
