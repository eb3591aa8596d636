"""Tests for sodesk.domain.worker_month: one worker's figures over a span (R2-R4, R9, R12)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, TargetGroup
from sodesk.domain.money import ZERO, cents
from sodesk.domain.parameters import FixedRegime, ParameterSet
from sodesk.domain.period import Period
from sodesk.domain.subsidy import lks_per_paid_hour_fixed, lks_per_paid_hour_measured
from sodesk.domain.wage_value import Measurement, measurement_in_force
from sodesk.domain.worker_month import (
    REGIME_MEASURED,
    REGIME_MUNICIPAL_FIXED,
    Employment,
    WorkerFacts,
    cut_dates,
    worker_month_figures,
)
from sodesk.reports.finding_texts import finding_text
from tests.domain.factories import LKS_2018, municipality, reference_parameters, worker

WML = Decimal("14.40")
JULY = Period(date(2025, 7, 1), date(2025, 7, 31))
HALF = Measurement(date(2024, 1, 1), Decimal("0.50"))


def codes(figures: object) -> set[str]:
    return {f.code for f in figures.findings}  # type: ignore[attr-defined]


def test_sheltered_measured_month(params: ParameterSet) -> None:
    f = worker_month_figures(worker(measurements=(HALF,)), JULY, params)
    hours = Decimal(31) * 31 / 7
    assert f.paid_hours == hours
    assert f.days_employed == 31
    assert f.contract_hours == Decimal(31)
    assert f.lks == Decimal("9.60336") * hours
    assert f.wage_cost == hours * WML * Decimal("1.08") * Decimal("1.25")
    assert f.lks_fixed_68 == hours * (Decimal("0.68") * WML * Decimal("1.08") * Decimal("1.235"))
    assert f.guidance_subsidy == Decimal("3650.00") * 31 / 365
    assert f.wsw_subsidy == 0
    assert f.regimes_used == (REGIME_MEASURED,)
    assert f.findings == ()
    [segment] = f.segments
    assert (segment.period, segment.wage_value, segment.minimum_wage) == (JULY, Decimal("0.5"), WML)
    assert f.segment_on(date(2025, 7, 9)) is segment
    assert f.segment_on(date(2025, 8, 1)) is None


def test_nothing_is_rounded_before_presentation(params: ParameterSet) -> None:
    f = worker_month_figures(worker(measurements=(HALF,)), JULY, params)
    assert f.guidance_subsidy == Decimal(310)  # 3650 x 31 / 365 is exact
    for value in (f.paid_hours, f.lks, f.wage_cost, f.lks_fixed_68):
        assert value != cents(value)
        assert value.as_tuple().exponent < -2


def test_span_crossing_1_january_and_1_july_uses_each_halfs_wml(params: ParameterSet) -> None:
    span = Period(date(2024, 12, 30), date(2025, 7, 2))
    f = worker_month_figures(worker(measurements=(HALF,)), span, params)
    assert [(s.period, s.minimum_wage) for s in f.segments] == [
        (Period(date(2024, 12, 30), date(2024, 12, 31)), Decimal("13.68")),
        (Period(date(2025, 1, 1), date(2025, 6, 30)), Decimal("14.06")),
        (Period(date(2025, 7, 1), date(2025, 7, 2)), Decimal("14.40")),
    ]
    expected = sum(
        lks_per_paid_hour_measured(s.minimum_wage, WML, Decimal("0.5"), LKS_2018)  # type: ignore[arg-type]
        * Decimal(31)
        * s.period.days
        / 7
        for s in f.segments
    )
    assert f.lks == expected
    per_month = [
        worker_month_figures(worker(measurements=(HALF,)), m, params) for m in span.months()
    ]
    assert abs(f.lks - sum(m.lks for m in per_month)) < Decimal("1e-20")
    assert f.guidance_subsidy == Decimal(3650) * 2 / 366 + Decimal(3650) * 183 / 365


def test_start_regime_in_first_six_months_then_no_lks_and_a_warning(params: ParameterSet) -> None:
    w = worker(employments=(Employment(date(2025, 2, 15), None, Decimal(31), WML),))
    march = worker_month_figures(w, Period(date(2025, 3, 1), date(2025, 3, 31)), params)
    hours = Decimal(31) * 31 / 7
    assert march.lks == lks_per_paid_hour_fixed(Decimal("0.5"), Decimal("14.06"), LKS_2018) * hours
    assert march.regimes_used == ("start_without_measurement",)
    assert march.findings == ()
    august = worker_month_figures(w, Period(date(2025, 8, 1), date(2025, 8, 31)), params)
    start_days = 14  # 1-14 August; the regime ends 15 August
    assert (
        august.lks
        == lks_per_paid_hour_fixed(Decimal("0.5"), WML, LKS_2018) * Decimal(31) * (start_days) / 7
    )
    [finding] = august.findings
    assert finding.code == "lks.no_measurement"
    assert finding.subject == "P001"
    assert finding.value == date(2025, 8, 15)
    assert finding.arguments == {"worker": "P001", "day": date(2025, 8, 15), "months": 6}
    assert "op 15-08-2025 geen loonwaardemeting" in finding_text(finding)  # a Dutch date


def test_measurement_mid_month_splits_the_month(params: ParameterSet) -> None:
    w = worker(
        employments=(Employment(date(2025, 6, 1), None, Decimal(28), WML),),
        measurements=(Measurement(date(2025, 7, 11), Decimal("0.40")),),
    )
    f = worker_month_figures(w, JULY, params)
    start = lks_per_paid_hour_fixed(Decimal("0.5"), WML, LKS_2018) * 4 * 10
    measured = lks_per_paid_hour_measured(WML, WML, Decimal("0.4"), LKS_2018) * 4 * 21
    assert f.lks == start + measured
    assert f.regimes_used == ("start_without_measurement", REGIME_MEASURED)
    assert [s.wage_value for s in f.segments] == [None, Decimal("0.40")]


def test_fixed_municipality_needs_no_measurement(params: ParameterSet) -> None:
    terms = municipality(LksRegime.FIXED, Decimal("0.70"))
    w = worker(terms=terms)
    f = worker_month_figures(w, Period(date(2026, 3, 1), date(2026, 3, 31)), params)
    hours = Decimal(31) * 31 / 7
    assert f.lks == lks_per_paid_hour_fixed(Decimal("0.70"), Decimal("14.71"), LKS_2018) * hours
    assert f.regimes_used == (REGIME_MUNICIPAL_FIXED,)
    assert f.findings == ()


def test_fixed_municipality_without_fraction_warns(params: ParameterSet) -> None:
    w = worker(terms=municipality(LksRegime.FIXED, None))
    f = worker_month_figures(w, JULY, params)
    assert f.lks == 0
    assert codes(f) == {"lks.no_fixed_fraction"}


def test_statutory_68_percent_from_2028_for_sheltered_only(params: ParameterSet) -> None:
    jan = Period(date(2028, 1, 1), date(2028, 1, 31))
    sheltered = worker_month_figures(worker(measurements=(HALF,)), jan, params)
    assert sheltered.lks == sheltered.lks_fixed_68
    assert sheltered.regimes_used == ("statutory_sheltered_2028",)
    jobs = worker_month_figures(
        worker(TargetGroup.JOBS_AGREEMENT, measurements=(HALF,)), jan, params
    )
    assert jobs.regimes_used == (REGIME_MEASURED,)
    assert jobs.lks_fixed_68 == 0
    assert jobs.guidance_subsidy == 0


def test_statutory_regime_without_surcharge_assumption() -> None:
    base = reference_parameters()
    params = ParameterSet(
        base.minimum_wage,
        base.lks,
        statutory_sheltered=FixedRegime("s", date(2028, 1, 1), Decimal("0.68"), False),
        company=base.company,
    )
    f = worker_month_figures(worker(), Period(date(2028, 1, 1), date(2028, 1, 7)), params)
    assert f.lks == Decimal(31) * Decimal("0.68") * Decimal("14.71") * Decimal("1.08")


def test_dec_2027_vs_jan_2028_for_a_low_wage_value(params: ParameterSet) -> None:
    low = (Measurement(date(2024, 1, 1), Decimal("0.10")),)
    dec = worker_month_figures(
        worker(measurements=low), Period(date(2027, 12, 1), date(2027, 12, 31)), params
    )
    assert dec.lks > dec.lks_fixed_68  # the cap (70 %) pays more than 68 %


def test_wsw_worker_gets_wsw_subsidy_only(params: ParameterSet) -> None:
    f = worker_month_figures(worker(TargetGroup.WSW, measurements=(HALF,)), JULY, params)
    assert f.wsw_subsidy == Decimal("28000.00") * 31 / 36 * 31 / 365
    assert (f.lks, f.lks_fixed_68, f.guidance_subsidy) == (0, 0, 0)
    assert f.regimes_used == ()


def test_other_worker_brings_no_subsidy(params: ParameterSet) -> None:
    f = worker_month_figures(worker(TargetGroup.OTHER), JULY, params)
    assert f.wage_cost > 0
    assert (f.lks, f.wsw_subsidy, f.guidance_subsidy) == (0, 0, 0)
    assert f.findings == ()


def test_missing_parameters_warn_and_count_zero() -> None:
    params = reference_parameters(company={})
    terms = municipality(years=range(0))
    sheltered = worker_month_figures(worker(terms=terms, measurements=(HALF,)), JULY, params)
    assert sheltered.wage_cost == 0 and sheltered.guidance_subsidy == 0
    assert codes(sheltered) == {"parameters.no_company_year", "parameters.no_guidance_allowance"}
    wsw = worker_month_figures(worker(TargetGroup.WSW, terms=terms), JULY, params)
    assert codes(wsw) == {"parameters.no_company_year", "parameters.no_wsw_subsidy"}
    early = worker(employments=(Employment(date(2018, 1, 1), None, Decimal(31), WML),))
    f = worker_month_figures(early, Period(date(2018, 12, 1), date(2018, 12, 31)), params)
    assert "parameters.no_minimum_wage" in codes(f)
    assert f.segments[0].minimum_wage is None


def test_wsw_uses_default_36_hours_without_company_year() -> None:
    params = reference_parameters(company={})
    f = worker_month_figures(worker(TargetGroup.WSW), JULY, params)
    assert f.wsw_subsidy == Decimal("28000.00") * 31 / 36 * 31 / 365


def test_not_employed_gives_zeros(params: ParameterSet) -> None:
    w = worker(employments=(Employment(date(2026, 1, 1), None, Decimal(31), WML),))
    f = worker_month_figures(w, JULY, params)
    assert (f.paid_hours, f.days_employed, f.contract_hours, f.segments) == (ZERO, 0, ZERO, ())


def test_two_employments_in_a_month(params: ParameterSet) -> None:
    w = worker(
        employments=(
            Employment(date(2024, 1, 1), date(2025, 7, 14), Decimal(28), WML),
            Employment(date(2025, 7, 15), None, Decimal(35), Decimal("15.00")),
        ),
        measurements=(HALF,),
    )
    f = worker_month_figures(w, JULY, params)
    assert f.paid_hours == Decimal(28) * 14 / 7 + Decimal(35) * 17 / 7
    assert f.days_employed == 31
    assert f.contract_hours == f.paid_hours * 7 / 31
    # the wage value is a percentage of WML (R2): the wage of 15.00 above WML changes nothing
    assert f.lks == Decimal("9.60336") * (56 + 85)
    wage = (Decimal(56) * WML + Decimal(85) * 15) * Decimal("1.08") * Decimal("1.25")
    assert f.wage_cost == wage


def test_guidance_allowance_per_job_of_31_hours(params: ParameterSet) -> None:
    terms = municipality(guidance_basis=GuidanceAllowanceBasis.JOB_31H)
    w = worker(
        employments=(Employment(date(2024, 1, 1), None, Decimal("15.5"), WML),),
        measurements=(HALF,),
        terms=terms,
    )
    f = worker_month_figures(w, JULY, params)
    assert f.guidance_subsidy == Decimal(3650) * 31 / 365 * Decimal("15.5") / 31


def test_end_of_employment_mid_month(params: ParameterSet) -> None:
    w = worker(employments=(Employment(date(2024, 1, 1), date(2025, 7, 10), Decimal(35), WML),))
    f = worker_month_figures(w, JULY, params)
    assert f.days_employed == 10
    assert f.paid_hours == Decimal(50)


def test_employment_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="before start"):
        Employment(date(2025, 2, 1), date(2025, 1, 1), Decimal(1), Decimal(1))
    with pytest.raises(ValueError, match="hourly_wage"):
        Employment(date(2025, 2, 1), None, Decimal(1), Decimal(-1))


def _day_by_day_lks(w: WorkerFacts, span: Period, params: ParameterSet) -> Decimal:
    """An independent oracle: the measured/start-regime LKS summed day by day."""
    total = ZERO
    first = min(e.start for e in w.employments)
    for day in span.each_day():
        wml = params.minimum_wage_on(day)
        lks = params.lks_on(day)
        assert wml is not None and lks is not None
        for e in w.employments:
            if not e.active_on(day):
                continue
            m = measurement_in_force(w.measurements, day)
            if m is not None:
                rate = lks_per_paid_hour_measured(wml, e.hourly_wage, m.wage_value, lks)
            elif (day.year, day.month, day.day) < (first.year, first.month + 6, first.day):
                rate = lks_per_paid_hour_fixed(Decimal("0.5"), wml, lks)
            else:
                rate = ZERO
            total += rate * e.contract_hours_per_week / 7
    return total


@settings(max_examples=25, deadline=None)
@given(
    change=st.integers(min_value=20, max_value=340),
    measured=st.lists(st.integers(min_value=0, max_value=364), min_size=0, max_size=3),
    hours=st.sampled_from([Decimal(20), Decimal("31.5"), Decimal(36)]),
    wage=st.sampled_from([Decimal("14.06"), Decimal("15.10")]),
    values=st.lists(st.decimals(min_value=0, max_value=1, places=3), min_size=3, max_size=3),
)
def test_a_year_equals_the_sum_of_its_months(
    change: int, measured: list[int], hours: Decimal, wage: Decimal, values: list[Decimal]
) -> None:
    params = reference_parameters()
    year = Period.year(2025)
    switch = date(2025, 1, 1) + timedelta(days=change)
    w = worker(
        employments=(
            Employment(date(2025, 1, 1), switch - timedelta(days=1), hours, wage),
            Employment(switch, None, hours + 2, wage + 1),
        ),
        measurements=tuple(
            Measurement(date(2025, 1, 1) + timedelta(days=d), v)
            for d, v in zip(sorted(set(measured)), values, strict=False)
        ),
    )
    whole = worker_month_figures(w, year, params)
    months = [worker_month_figures(w, m, params) for m in year.months()]
    for name in ("paid_hours", "wage_cost", "lks", "lks_fixed_68", "guidance_subsidy"):
        total = sum(getattr(m, name) for m in months)
        assert abs(getattr(whole, name) - total) < Decimal("1e-18"), name
        assert cents(getattr(whole, name)) == cents(total)
    assert whole.days_employed == sum(m.days_employed for m in months) == 365
    assert abs(whole.lks - _day_by_day_lks(w, year, params)) < Decimal("1e-18")


def test_worker_without_employments_and_a_start_regime_without_date() -> None:
    base = reference_parameters()
    params = ParameterSet(
        base.minimum_wage,
        base.lks,
        start_regime=FixedRegime("start", None, Decimal("0.50")),
        company=base.company,
    )
    nobody = WorkerFacts("P9", TargetGroup.SHELTERED, municipality())
    assert worker_month_figures(nobody, JULY, params).paid_hours == 0
    new = worker(employments=(Employment(date(2025, 7, 1), None, Decimal(7), WML),))
    f = worker_month_figures(new, JULY, params)
    assert f.regimes_used == ("start",)
    assert f.lks == lks_per_paid_hour_fixed(Decimal("0.5"), WML, LKS_2018) * 31


def test_cut_dates_computed_once_for_a_year_give_the_same_months(params: ParameterSet) -> None:
    """A report hands each month the year's cut dates: the figures must not change."""
    facts = worker(
        employments=(
            Employment(date(2024, 3, 1), date(2025, 5, 14), Decimal(31), Decimal("14.40")),
            Employment(date(2025, 5, 15), None, Decimal(24), Decimal("15.10")),
        ),
        measurements=(
            Measurement(date(2025, 2, 10), Decimal("0.35")),
            Measurement(date(2025, 9, 17), Decimal("0.42")),
        ),
    )
    year = Period(date(2025, 1, 1), date(2025, 12, 31))
    cuts = cut_dates(facts, year, params)
    for month in year.months():
        assert worker_month_figures(facts, month, params, cuts) == worker_month_figures(
            facts, month, params
        )
