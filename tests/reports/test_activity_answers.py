"""The two answers of issue 9 in the activity report: the rates to ask and what 2028 does.

The database is TWO_MUNICIPALITIES (tests/reports/test_municipal_report.py: the figures of
March 2025 are worked out by hand in its docstring). Each figure of the new JSON is checked
against an independent computation: the scenario through the domain's
``worker_month_figures`` per worker and month (not through the company run) and by hand;
the rates through the activity lines' own figures. The PDF is read back with pypdf and the
workbook with openpyxl, and both must show the JSON's figures to the cent.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.cli import main
from sodesk.domain import display
from sodesk.domain.enums import RateUnit, RevenueSource, TargetGroup, WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityInputs, activity_figures
from sodesk.domain.revenue import RateAgreement, RevenueResult
from sodesk.domain.scenarios import (
    Scenario2028,
    WorkerScenario,
    scenario_by_municipality,
    scenario_total,
    workers_losing,
)
from sodesk.domain.worker_month import cut_dates, worker_month_figures
from sodesk.reports.excel import render_activities_xlsx
from sodesk.reports.json_answers import rate_line
from sodesk.reports.json_format import activities_json
from sodesk.reports.pdf import render_activities_pdf
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import open_workspace
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import load_workers
from tests.reports.test_activity_pdf import pdf_text
from tests.reports.test_municipal_report import MARCH, TWO_MUNICIPALITIES, import_folder

PERIOD = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
F = Decimal("14.06") * Decimal("1.08") * Decimal("1.235")
"""LKS per paid hour per unit of (1 - lw) where wage = WML (see the municipal test)."""


def _activities(database_url: str, capsys: pytest.CaptureFixture[str]) -> dict:
    args = ["--database", database_url, "report", "activities"]
    assert main([*args, "--from", MARCH[0], "--to", MARCH[1], "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _independent_scenarios(database_url: str) -> list[WorkerScenario]:
    """Each sheltered worker employed in March: LKS now and at 68 %, month by month."""
    workspace = open_workspace(database_url)
    try:
        with workspace.sessions() as session:
            params = load_parameter_set(session)
            workers = load_workers(session, load_municipality_terms(session))
    finally:
        workspace.close()
    result = []
    for worker in workers.values():
        facts = worker.facts
        if worker.target_group is not TargetGroup.SHELTERED:
            continue
        now = fixed = ZERO
        days = 0
        for month in PERIOD.months():
            figures = worker_month_figures(facts, month, params, cut_dates(facts, PERIOD, params))
            now, fixed, days = (
                now + figures.lks,
                fixed + figures.lks_fixed_68,
                days + figures.days_employed,
            )
        if days:
            result.append(
                WorkerScenario(
                    facts.personnel_number, facts.municipality.code, Scenario2028(now, fixed)
                )
            )
    return result


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'), rounding='ROUND_HALF_UP')}"


def test_the_company_scenario_2028_equals_the_domain_per_worker(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    data = _activities(database_url, capsys)["scenario_2028"]
    items = _independent_scenarios(database_url)

    total = scenario_total(items)
    assert (data["lks_now"], data["lks_fixed_68"], data["difference"]) == (
        _money(total.lks_now),
        _money(total.lks_fixed_68),
        _money(total.difference),
    )
    # by hand: M1 as in the municipal report (4.270,11 against 4.964,25); M2 is P3 alone,
    # 24 x 31 / 7 paid hours at lw 35 %: now 0,65 x F, in 2028 0,68 x F per paid hour
    p3_hours = Decimal(24) * 31 / 7
    m2 = Scenario2028(p3_hours * Decimal("0.65") * F, p3_hours * Decimal("0.68") * F)
    by_code = {m["code"]: m for m in data["by_municipality"]}
    assert (by_code["M1"]["lks_now"], by_code["M1"]["lks_fixed_68"]) == ("4270.11", "4964.25")
    assert (by_code["M2"]["lks_now"], by_code["M2"]["lks_fixed_68"]) == (
        _money(m2.lks_now),
        _money(m2.lks_fixed_68),
    )
    domain = scenario_by_municipality(items)
    for code, figures in domain.items():
        assert by_code[code]["difference"] == _money(figures.difference)
    assert [m["code"] for m in data["by_municipality"]] == ["M2", "M1"]  # smallest gain first
    assert (by_code["M1"]["sheltered_workers"], by_code["M1"]["workers_losing"]) == (4, 2)
    assert (by_code["M2"]["sheltered_workers"], by_code["M2"]["workers_losing"]) == (1, 0)
    assert (by_code["M1"]["name"], data["sheltered_workers"]) == ("Gemeente Een", 5)

    expected = [
        (w.personnel_number, w.municipality_code, _money(w.scenario.difference))
        for w in workers_losing(items)
    ]
    assert expected == [("P2", "M1", "-51.49"), ("P7", "M1", "-26.58")]
    assert [
        (w["personnel_number"], w["municipality_code"], w["difference"])
        for w in data["workers_losing"]
    ] == expected
    assert data["fixed_percent"] == "68.00" and data["surcharge_on_top"] is True
    assert "aangenomen bovenop" in data["assumption"]

    text = json.dumps(data, ensure_ascii=False)
    for private in ("Anna", "Vries", "111222333"):
        assert private not in text


def test_the_company_scenario_is_the_sum_of_the_municipal_reports(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    company = _activities(database_url, capsys)["scenario_2028"]
    by_code = {m["code"]: m for m in company["by_municipality"]}
    for code in ("M1", "M2"):
        args = ["--database", database_url, "report", "municipal", "--municipality", code]
        assert main([*args, "--from", MARCH[0], "--to", MARCH[1], "--format", "json"]) == 0
        own = json.loads(capsys.readouterr().out)["scenario_2028"]
        assert {k: own[k] for k in ("lks_now", "lks_fixed_68", "difference")} == {
            k: by_code[code][k] for k in ("lks_now", "lks_fixed_68", "difference")
        }
        assert len(own["workers_losing"]) == by_code[code]["workers_losing"]


def test_the_rates_to_ask_are_the_break_even_rates_largest_loss_first(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    data = _activities(database_url, capsys)
    lines = {line["code"]: line for line in data["activities"]}
    rates = data["rates"]
    assert [r["code"] for r in rates] == ["A1", "A2"]  # A1 loses, A2 is above cost
    # by hand (municipal test docstring): A1 (3.633,264 - 1.547,14131 - 395,833333 + 62) / 150
    a1_break_even = (Decimal("3633.264") - Decimal("1547.14131") - Decimal("395.833333") + 62) / 150
    assert rates[0] == {
        "code": "A1",
        "name": "Inpakken",
        "current_rate": "10.00",
        "current_rate_unit": "hour",
        "break_even_rate": _money(a1_break_even),
        "difference": _money(a1_break_even - 10),
        "result": lines["A1"]["result"],
        "coverage_percent": lines["A1"]["coverage_percent"],
    }
    a2 = lines["A2"]
    assert rates[1]["break_even_rate"] == a2["break_even_rate"]
    expected = Decimal(a2["break_even_rate"]) - Decimal(a2["current_rate"])
    assert abs(Decimal(rates[1]["difference"]) - expected) <= Decimal("0.01")
    assert Decimal(rates[1]["difference"]) < 0  # room below the current rate


def test_piece_rates_below_a_euro_keep_four_decimals_side_by_side() -> None:

    line = activity_figures(
        ActivityInputs(
            code="X",
            name="Stukwerk",
            work_type=WorkType.SHELTERED_INSIDE,
            productive_hours=Decimal(10),
            revenue=RevenueResult(Decimal(43), RevenueSource.RATES, Decimal(100), ZERO),
            wage_cost=Decimal("139.72"),
            current_rate=RateAgreement(dt.date(2025, 1, 1), None, RateUnit.PIECE, Decimal("0.43")),
        )
    )
    data = rate_line(line)
    assert (data["current_rate"], data["break_even_rate"], data["difference"]) == (
        "0.4300",
        "1.3972",
        "0.9672",
    )


@pytest.fixture
def answers(sqlite_url: str, tmp_path: Path) -> tuple[dict, bytes, bytes]:
    """The March report of TWO_MUNICIPALITIES as JSON data, PDF bytes and workbook bytes."""
    import_folder(sqlite_url, tmp_path, TWO_MUNICIPALITIES)
    workspace = open_workspace(sqlite_url)
    try:
        with workspace.sessions() as session:
            report = build_activity_report(session, PERIOD, "Testbedrijf")
    finally:
        workspace.close()
    return activities_json(report), render_activities_pdf(report), render_activities_xlsx(report)


def _page(pages: list[str], title: str) -> str:
    (found,) = [page for page in pages if title in page]
    return found


def test_the_pdf_pages_show_the_json_to_the_cent(answers: tuple[dict, bytes, bytes]) -> None:
    data, pdf, _ = answers
    pages = pdf_text(pdf)
    rates = _page(pages, "Tarieven: wat moeten we vragen?")
    for r in data["rates"]:
        for key in ("current_rate", "break_even_rate", "difference", "result"):
            assert display.euro(Decimal(r[key])) in rates, (r["code"], key)
    a1 = data["rates"][0]
    assert (
        f"Bij {display.euro(Decimal(a1['break_even_rate']))} per uur is deze activiteit "
        f"kostendekkend; nu {display.euro(Decimal(a1['current_rate']))}." in rates
    )
    assert rates.count("kostendekkend; nu") == 1  # a sentence for the losing activity only
    loss = display.euro(-Decimal(a1["result"]))  # the loss as an amount: "€ 12,34 verlies"
    assert f"1 van de 2 activiteiten met een tarief dekt de kosten niet: {loss} verlies." in rates

    scenario = _page(pages, "2028: vaste loonkostensubsidie")
    s = data["scenario_2028"]
    lead = (
        f"Vanaf 2028 krijgen we voor onze 5 beschut werkers over een periode als deze "
        f"{display.euro(Decimal(s['difference']))} meer loonkostensubsidie: "
        f"{display.euro(Decimal(s['lks_fixed_68']))} met de vaste 68 % in plaats van "
        f"{display.euro(Decimal(s['lks_now']))} nu."
    )
    assert lead in scenario
    for m in s["by_municipality"]:
        for key in ("lks_now", "lks_fixed_68", "difference"):
            assert display.euro(Decimal(m[key])) in scenario, (m["code"], key)
    for w in s["workers_losing"]:
        row = (
            f"{w['personnel_number']} {w['municipality_code']} "
            f"{display.euro(Decimal(w['lks_now']))} {display.euro(Decimal(w['lks_fixed_68']))} "
            f"{display.euro(Decimal(w['difference']))}"
        )
        assert row in scenario
    assert "opslag werkgeverslasten is aangenomen bovenop" in scenario
    for private in ("Anna", "Vries", "111222333"):
        assert private not in " ".join(pages)


def _rows(sheet: Worksheet) -> list[tuple[object, ...]]:
    """The sheet's rows below the header, numbers read back as exact Decimals."""

    def value(cell: object) -> object:
        if isinstance(cell, float | int) and not isinstance(cell, bool):
            return Decimal(str(cell))
        return cell

    return [tuple(map(value, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_workbook_holds_the_json_figures(answers: tuple[dict, bytes, bytes]) -> None:
    data, _, xlsx = answers
    workbook = load_workbook(io.BytesIO(xlsx))
    assert {"Tarieven", "2028", "2028 per medewerker"} <= set(workbook.sheetnames)

    rates = _rows(workbook["Tarieven"])
    assert [row[0] for row in rates] == [r["code"] for r in data["rates"]]
    for row, r in zip(rates, data["rates"], strict=True):
        assert row[3:6] == (
            Decimal(r["current_rate"]),
            Decimal(r["break_even_rate"]),
            Decimal(r["difference"]),
        )
        assert (row[6], row[7]) == (Decimal(r["coverage_percent"]) / 100, Decimal(r["result"]))

    s = data["scenario_2028"]
    sheet = _rows(workbook["2028"])
    for row, m in zip(sheet, s["by_municipality"], strict=False):
        assert row[:4] == (m["code"], m["name"], m["sheltered_workers"], m["workers_losing"])
        assert row[4:7] == tuple(Decimal(m[k]) for k in ("lks_now", "lks_fixed_68", "difference"))
    total = sheet[len(s["by_municipality"])]
    assert total[1:7] == (
        "Bedrijf",
        s["sheltered_workers"],
        len(s["workers_losing"]),
        Decimal(s["lks_now"]),
        Decimal(s["lks_fixed_68"]),
        Decimal(s["difference"]),
    )
    people = _rows(workbook["2028 per medewerker"])
    assert [(p[0], p[1], p[4]) for p in people] == [
        (w["personnel_number"], w["municipality_code"], Decimal(w["difference"]))
        for w in s["workers_losing"]
    ]
