"""Which parameters a period lacks: each kind named with its days, nothing when complete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sodesk.domain.completeness import (
    COMPANY_YEAR,
    FIXED_REGIME_PERCENT,
    GUIDANCE_ALLOWANCE,
    KINDS,
    LKS_PARAMETERS,
    MINIMUM_WAGE,
    MUNICIPALITY_YEAR,
    OVERHEAD_RATE,
    PENSION_AGE,
    WSW_SUBSIDY,
    PeriodUse,
    pension_age_gap,
    period_gaps,
    period_use,
    summary,
    wml_horizon,
)
from sodesk.domain.dated import DatedSeries
from sodesk.domain.enums import LksRegime, WorkType
from sodesk.domain.parameters import MunicipalityYear
from sodesk.domain.period import Period
from sodesk.domain.worker_month import Employment
from sodesk.reports.finding_texts import gap_text, worded
from tests.domain.factories import municipality, reference_parameters, worker

Q1_2026 = Period(date(2026, 1, 1), date(2026, 3, 31))


def _use(period: Period, code: str = "0363") -> PeriodUse:
    """A period whose figures use everything: pay, guidance, LKS, overhead, both subsidies."""
    years = frozenset(range(period.start.year, period.end.year + 1))
    return PeriodUse(
        paid_years=years,
        guidance_years=years,
        paid=period,
        lks=period,
        productive=frozenset((y, WorkType.SHELTERED_INSIDE) for y in years),
        municipal=frozenset(
            (code, y, name) for y in years for name in (GUIDANCE_ALLOWANCE, WSW_SUBSIDY)
        ),
        fixed_regime={code: period},
    )


def test_a_complete_period_has_no_gaps() -> None:
    assert period_gaps(Q1_2026, reference_parameters(), [municipality()], _use(Q1_2026)) == []


def test_nothing_used_needs_nothing() -> None:
    empty = reference_parameters(company={})
    assert period_gaps(Q1_2026, replace(empty, overhead={}), [], PeriodUse()) == []


def test_a_missing_company_year_is_named_for_its_days_only() -> None:
    params = reference_parameters()
    params = replace(params, company={y: c for y, c in params.company.items() if y != 2026})
    period = Period(date(2025, 12, 1), date(2026, 1, 31))
    gaps = period_gaps(period, params, [municipality()], _use(period))
    assert [(g.parameter, g.start, g.end) for g in gaps] == [
        (COMPANY_YEAR, date(2026, 1, 1), date(2026, 1, 31))
    ]
    assert gaps[0].arguments == {"year": 2026, "costs": ("wage_cost", "guidance_cost")}
    assert "Bedrijfsparameters 2026 ontbreken" in gap_text(gaps[0])
    assert "loonkosten en begeleidingskosten" in gap_text(gaps[0])
    assert "01-01-2026 t/m 31-01-2026" in gap_text(gaps[0])


def test_a_missing_overhead_rate_names_the_work_type() -> None:
    params = reference_parameters()
    overhead = {k: v for k, v in params.overhead.items() if k != (2026, WorkType.SHELTERED_INSIDE)}
    gaps = period_gaps(Q1_2026, replace(params, overhead=overhead), [municipality()], _use(Q1_2026))
    assert [(g.parameter, g.subject) for g in gaps] == [(OVERHEAD_RATE, "sheltered_inside")]
    assert WorkType.SHELTERED_INSIDE.label in gap_text(gaps[0])


def test_a_missing_municipality_year_names_the_municipality_and_the_figures() -> None:
    terms = municipality(years=range(2019, 2026))
    gaps = period_gaps(Q1_2026, reference_parameters(), [terms], _use(Q1_2026))
    assert [(g.parameter, g.subject, g.start, g.end) for g in gaps] == [
        (MUNICIPALITY_YEAR, "0363", Q1_2026.start, Q1_2026.end)
    ]
    assert gap_text(gaps[0]).startswith("Gemeente Amsterdam (0363): begeleidingsvergoeding")
    assert "Wsw-subsidie per fte 2026" in gap_text(gaps[0])


def test_a_year_without_the_one_figure_needed_is_a_gap() -> None:
    terms = municipality()
    years = dict(terms.years)
    years[2026] = MunicipalityYear(2026, 40, Decimal("3650.00"), None)  # no Wsw subsidy
    terms = replace(terms, years=years)
    gaps = period_gaps(Q1_2026, reference_parameters(), [terms], _use(Q1_2026))
    assert [g.parameter for g in gaps] == [MUNICIPALITY_YEAR]
    assert "Wsw-subsidie" in gap_text(gaps[0]) and "begeleidingsvergoeding" not in gap_text(gaps[0])


def test_wml_past_six_months_after_its_latest_row_says_from_when() -> None:
    params = reference_parameters()  # latest WML row 2026-01-01: known up to 30-06-2026
    assert wml_horizon(params) == date(2026, 6, 30)
    january_2028 = Period(date(2028, 1, 1), date(2028, 1, 31))
    gaps = period_gaps(january_2028, params, [municipality()], _use(january_2028))
    assert [(g.parameter, g.start, g.end) for g in gaps] == [
        (MINIMUM_WAGE, date(2028, 1, 1), date(2028, 1, 31))
    ]
    assert gaps[0].arguments == {"unknown_from": date(2026, 7, 1), "used": Decimal("14.71")}
    assert gap_text(gaps[0]) == "WML vanaf 01-07-2026 niet ingevoerd; 14,71 gebruikt."


def test_wml_known_on_the_horizons_last_day_and_not_the_day_after() -> None:
    params = reference_parameters()
    june = Period(date(2026, 6, 1), date(2026, 6, 30))
    assert period_gaps(june, params, [municipality()], _use(june)) == []
    to_july = Period(date(2026, 6, 1), date(2026, 7, 1))
    gaps = period_gaps(to_july, params, [municipality()], _use(to_july))
    assert [(g.parameter, g.start, g.end) for g in gaps] == [
        (MINIMUM_WAGE, date(2026, 7, 1), date(2026, 7, 1))
    ]


def test_wml_missing_before_its_first_row_and_altogether() -> None:
    params = reference_parameters()
    early = Period(date(2018, 12, 1), date(2019, 1, 31))  # the first row is 2019-01-01
    gaps = [g for g in period_gaps(early, params, [], _use(early)) if g.parameter == MINIMUM_WAGE]
    assert [(g.start, g.end) for g in gaps] == [(date(2018, 12, 1), date(2018, 12, 31))]
    none = replace(params, minimum_wage=DatedSeries())
    gaps = period_gaps(Q1_2026, none, [municipality()], _use(Q1_2026))
    assert [(g.parameter, g.start, g.end) for g in gaps] == [
        (MINIMUM_WAGE, Q1_2026.start, Q1_2026.end)
    ]


def test_lks_parameters_have_no_horizon_only_a_start() -> None:
    params = reference_parameters()  # latest LKS row 2018: still in force in 2026
    assert period_gaps(Q1_2026, params, [municipality()], _use(Q1_2026)) == []
    gaps = period_gaps(Q1_2026, replace(params, lks=DatedSeries()), [municipality()], _use(Q1_2026))
    assert [g.parameter for g in gaps] == [LKS_PARAMETERS]
    without_use = replace(_use(Q1_2026), lks=None)
    no_lks = replace(params, lks=DatedSeries())
    assert period_gaps(Q1_2026, no_lks, [municipality()], without_use) == []


def test_a_fixed_regime_without_a_percentage_is_named() -> None:
    fixed = municipality(LksRegime.FIXED, None)
    gaps = period_gaps(Q1_2026, reference_parameters(), [fixed], _use(Q1_2026))
    assert [(g.parameter, g.subject) for g in gaps] == [(FIXED_REGIME_PERCENT, "0363")]
    with_percent = municipality(LksRegime.FIXED, Decimal("0.70"))
    assert period_gaps(Q1_2026, reference_parameters(), [with_percent], _use(Q1_2026)) == []


def test_every_kind_at_once_in_the_order_of_kinds() -> None:
    params = replace(
        reference_parameters(company={}), overhead={}, minimum_wage=DatedSeries(), lks=DatedSeries()
    )
    terms = municipality(LksRegime.FIXED, None, years=range(0))
    gaps = period_gaps(Q1_2026, params, [terms], _use(Q1_2026, terms.code))
    kinds = [g.parameter for g in gaps]
    assert kinds == [k for k in KINDS if k != PENSION_AGE]
    assert summary(worded(gaps)).startswith("Onvolledig: Bedrijfsparameters 2026 ontbreken")


def test_pension_age_past_its_last_known_year() -> None:
    assert pension_age_gap(2026, 2030, 2030) == []
    (gap,) = pension_age_gap(2026, 2035, 2030)
    assert (gap.parameter, gap.start, gap.end) == (
        PENSION_AGE,
        date(2031, 1, 1),
        date(2035, 12, 31),
    )
    assert gap_text(gap) == "AOW-leeftijd vanaf 2031 niet bekend; die van 2030 gebruikt."


def test_what_a_period_uses_counts_only_the_days_employed_in_it() -> None:
    params = reference_parameters()
    later = Employment(date(2026, 5, 8), None, Decimal(31), Decimal("14.40"))
    ended = Employment(date(2020, 1, 1), date(2025, 12, 31), Decimal(31), Decimal("14.40"))
    fixed = municipality(LksRegime.FIXED, None)
    workers = [worker(employments=(later,), terms=fixed), worker(employments=(ended,))]
    assert period_use(Q1_2026, params, workers, [], []) == PeriodUse()
    use = period_use(Period.year(2026), params, workers, [], [2026])
    assert use.paid == use.lks == Period(date(2026, 5, 8), date(2026, 12, 31))
    assert use.paid_years == use.guidance_years == frozenset({2026})
    assert use.municipal == frozenset({("0363", 2026, GUIDANCE_ALLOWANCE)})
    assert use.fixed_regime == {"0363": Period(date(2026, 5, 8), date(2026, 12, 31))}


def test_from_2028_a_sheltered_worker_needs_no_municipal_percentage() -> None:
    fixed = municipality(LksRegime.FIXED, None)
    since_2027 = Employment(date(2027, 7, 1), None, Decimal(31), Decimal("14.40"))
    workers = [worker(employments=(since_2027,), terms=fixed)]
    params = reference_parameters()
    use = period_use(Period.year(2028), params, workers, [], [])
    assert use.fixed_regime == {}
    use = period_use(Period(date(2027, 12, 1), date(2028, 1, 31)), params, workers, [], [])
    assert use.fixed_regime == {"0363": Period(date(2027, 12, 1), date(2027, 12, 31))}
