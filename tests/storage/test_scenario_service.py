"""The 2028 scenario for the Analyses page (services.scenario) on both databases, and the
distribution key's budgets.

MARCH_2025 (tests/factories.py) plus two workers of M1, all from 2025-01-01 at WML
(€ 14,06 an hour in March 2025), holiday allowance 8 %, surcharge 23,5 %, cap 70 %:

* P1, sheltered, 28 hours, wage value 50 %: 124 paid hours in March (28 x 31 / 7);
  LKS now 7,03 x 1,08 x 1,235 = 9,376614 an hour -> 1.162,700136;
  fixed 68 %: 0,68 x 14,06 x 1,08 = 10,325664 an hour, with the surcharge on top
  12,75219504 -> 1.581,27218496, without it -> 1.280,382336.
* P2, sheltered, 32 hours, wage value 10 %: the 70 % cap applies, 9,842 x 1,08 x 1,235 =
  13,1272596 an hour now, more than the fixed 68 % pays under either assumption: listed.
* P3, Wsw: no LKS, not in the scenario.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.domain import display
from sodesk.domain.period import Period
from sodesk.domain.scenarios import KeyWeights, distribution_key_share
from sodesk.services.report_data import build_municipal_report
from sodesk.services.scenario import KeyInputs, key_budgets, realised_places_shares, scenario_2028
from sodesk.services.workspace import Workspace, open_workspace
from tests.factories import MARCH_2025, write_folder

MARCH = Period.month_of(dt.date(2025, 3, 1))
P2_HOURS = Decimal(32 * 31) / 7


@pytest.fixture
def company(database_url: str, tmp_path: Path) -> Workspace:
    files = dict(MARCH_2025)
    files["workers"] = """
        personnel_number,first_name,last_name,birth_date,bsn,target_group,municipality_code,indication_date
        P1,Anna,de Vries,1990-05-01,111222333,sheltered,M1,2024-11-01
        P2,Bram,Visser,1985-02-01,,sheltered,M1,2024-11-01
        P3,Cor,Smit,1970-03-01,,wsw,M1,
    """
    files["employments"] = """
        personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage
        P1,2025-01-01,,28,14.06
        P2,2025-01-01,,32,14.06
        P3,2025-01-01,,36,16.00
    """
    files["wage_values"] = """
        personnel_number,measured_on,wage_value_percent,method,assessor,reassess_term
        P1,2024-12-01,50,Dariuz,J. Jansen,1-2y
        P2,2024-12-01,10,Dariuz,J. Jansen,1-2y
    """
    folder = write_folder(tmp_path / "in", files)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url)
    yield workspace  # type: ignore[misc]
    workspace.close()


def test_the_stored_assumption_gives_the_municipal_reports_figures(company: Workspace) -> None:
    with company.sessions() as session:
        view = scenario_2028(session, MARCH)
        report = build_municipal_report(session, MARCH, "Test", "M1")
    assert view.surcharge_on_top is True and view.stored_surcharge_on_top is True
    assert [w.personnel_number for w in view.workers] == ["P1", "P2"]  # P3 is Wsw
    assert view.total == report.scenario_2028
    assert view.municipality("M1").scenario == report.scenario_2028  # type: ignore[union-attr]
    assert [w.personnel_number for w in view.losing] == [
        w.personnel_number for w in report.workers_losing
    ]
    p1 = view.workers[0]
    assert (p1.name, p1.wage_value) == ("Anna de Vries", Decimal("0.5"))
    assert p1.scenario.lks_now == Decimal("1162.700136")
    assert p1.scenario.lks_fixed_68 == Decimal("1581.27218496")


def test_the_surcharge_switch_recomputes_only_the_fixed_regime(company: Workspace) -> None:
    with company.sessions() as session:
        on_top = scenario_2028(session, MARCH, True)
        without = scenario_2028(session, MARCH, False)
    assert without.surcharge_on_top is False and without.stored_surcharge_on_top is True
    p1 = without.workers[0]
    assert p1.scenario.lks_now == Decimal("1162.700136")  # the regime in force is unchanged
    assert p1.scenario.lks_fixed_68 == Decimal("1280.382336")
    # without the surcharge every fixed amount is the one with it divided by 1,235
    for a, b in zip(on_top.workers, without.workers, strict=True):
        assert b.scenario.lks_fixed_68 * Decimal("1.235") == pytest.approx(
            a.scenario.lks_fixed_68, abs=Decimal("1e-18")
        )


def test_workers_who_would_receive_less_are_listed_with_name_and_wage_value(
    company: Workspace,
) -> None:
    with company.sessions() as session:
        view = scenario_2028(session, MARCH)
    (p2,) = view.losing
    assert (p2.personnel_number, p2.name, p2.municipality_code, p2.wage_value) == (
        "P2",
        "Bram Visser",
        "M1",
        Decimal("0.1"),
    )
    expected = (Decimal("12.75219504") - Decimal("13.1272596")) * P2_HOURS
    assert p2.difference == pytest.approx(expected, abs=Decimal("1e-18"))
    (m1,) = view.municipalities
    assert (m1.code, m1.name, m1.workers, m1.losing) == ("M1", "Gemeente Een", 2, 1)


def test_a_period_without_sheltered_workers_is_empty(company: Workspace) -> None:
    with company.sessions() as session:
        view = scenario_2028(session, Period.month_of(dt.date(2024, 6, 1)))
    assert (view.workers, view.losing, view.municipalities) == ([], [], [])
    assert view.total.difference == 0


def test_the_key_phases_in_from_old_to_new() -> None:
    inputs = KeyInputs(
        national_amount=Decimal("300000000"),
        old_share=Decimal("0.012"),
        realised_places_share=Decimal("0.015"),
        advice_share=Decimal("0.009"),
        weights=KeyWeights(Decimal(2), Decimal(1)),
    )
    years = key_budgets(inputs)
    new = (Decimal("0.015") * 2 + Decimal("0.009")) / 3  # 1,3 %
    assert [y.year for y in years] == [2026, 2027, 2028, 2029, 2030]
    assert all(y.share_new == new for y in years)
    assert [y.share_phase_in for y in years] == [
        distribution_key_share(year, Decimal("0.012"), new) for year in range(2026, 2031)
    ]
    assert years[0].budget_phase_in == years[0].budget_old == Decimal("3600000.000")
    assert years[3].budget_phase_in == years[3].budget_new == Decimal("3900000.000")
    # 2027: one third of the 0,1 point gained, of € 300 mln (unrounded: 99.999,999...)
    assert display.euro(years[1].difference) == "€ 100.000,00"


def test_the_key_refuses_weights_that_are_both_zero() -> None:
    inputs = KeyInputs(
        Decimal(1),
        Decimal("0.1"),
        Decimal("0.1"),
        Decimal("0.1"),
        KeyWeights(Decimal(0), Decimal(0)),
    )
    with pytest.raises(ValueError, match="weights"):
        key_budgets(inputs)


def test_the_realised_share_is_against_the_last_national_count_known(company: Workspace) -> None:
    with company.sessions() as session:
        shares = realised_places_shares(session, dt.date(2025, 3, 31))
        none_known = realised_places_shares(session, dt.date(2015, 1, 1))
    m1 = shares["M1"]
    # P1 and P2 are sheltered and employed (P3 is Wsw); the country on 30-09-2024: 10.619
    assert (m1.persons, m1.national_day, m1.national_persons) == (2, dt.date(2024, 9, 30), 10619)
    assert m1.share == Decimal(2) / Decimal(10619)
    assert none_known == {}
