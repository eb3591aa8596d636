"""Where a figure comes from (sodesk explain): the rows add up to the report's figure.

The report figures are made by an ordinary company run (no recorder); the explanations by
the traced run. They must agree to the cent for every figure of every line of the demo
company, and the rows must add up to the explanation's total exactly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sodesk.cli import main
from sodesk.domain.enums import Role
from sodesk.domain.money import ZERO, cents
from sodesk.domain.period import Period
from sodesk.reports import explain as ex
from sodesk.reports.explain_format import ROW_KEYS, render_csv, render_xlsx
from sodesk.services import explain as service
from sodesk.services.errors import InputRejected
from sodesk.services.report_data import build_activity_report, build_municipal_report, trace_period
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import report_queries
from tests.factories import MARCH_2025, write_folder

YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
CONTROLLER = SignedIn("carla", "Carla Controller", Role.CONTROLLER)
COACH = SignedIn("jan", "Jan Jobcoach", Role.JOB_COACH)


def _rows_add_up(explanation: ex.Explanation) -> None:
    assert sum((row.amount for row in explanation.rows), ZERO) == explanation.total


def test_every_figure_of_every_demo_line_and_the_total_equals_the_report(
    demo_workspace: Workspace,
) -> None:
    company = demo_workspace.company_name()
    with demo_workspace.sessions() as session:
        report = build_activity_report(session, YEAR, company)  # an ordinary run
        trace = trace_period(session, YEAR, company)
        codes = [line.code for line in report.lines]
        assert any(code.startswith("non-productive:") for code in codes)
        assert len(codes) > 10
        for line in report.lines:
            for figure in ex.ACTIVITY_FIGURES:
                explanation = ex.explain_activity(trace, line.code, figure)
                _rows_add_up(explanation)
                assert cents(explanation.total) == cents(getattr(line, figure)), (
                    line.code,
                    figure,
                )
                if getattr(line, figure):
                    assert explanation.rows, (line.code, figure)
        for figure in ex.ACTIVITY_FIGURES:  # the company total: every line's rows
            explanation = ex.explain_company(trace, figure)
            _rows_add_up(explanation)
            assert cents(explanation.total) == cents(getattr(report.totals, figure)), figure


def test_every_municipal_finance_figure_equals_the_report(demo_workspace: Workspace) -> None:
    company = demo_workspace.company_name()
    with demo_workspace.sessions() as session:
        trace = trace_period(session, YEAR, company)
        municipalities = list(report_queries.municipalities(session))
        assert len(municipalities) >= 2
        for code in municipalities:
            finance = build_municipal_report(session, YEAR, company, code).finance.figures
            traced = build_municipal_report(session, YEAR, company, code, trace.run)
            for figure in ex.MUNICIPAL_FIGURES:
                explanation = ex.explain_municipality(trace, traced, figure)
                _rows_add_up(explanation)
                assert cents(explanation.total) == cents(getattr(finance, figure)), (
                    code,
                    figure,
                )
            lks = ex.explain_municipality(trace, traced, "lks")
            workers = {w.facts.personnel_number for w in trace.run.workers.values()
                       if w.facts.municipality.code == code}  # fmt: skip
            assert {row.personnel_number for row in lks.rows} <= workers


def test_the_march_rows_are_the_hand_calculation(sqlite_url: str, tmp_path: Path) -> None:
    """P1: 124 paid hours, 100 productive on A1 (tests/reports/test_activity_report.py)."""
    folder = write_folder(tmp_path / "export", MARCH_2025)
    assert main(["--database", sqlite_url, "import", str(folder)]) == 0
    explanation = _service(sqlite_url, "lks", activity="A1", period=("2025-03-01", "2025-03-31"))
    (row,) = explanation.rows
    assert row.month == dt.date(2025, 3, 1)
    assert row.paid_hours == Decimal(124)
    assert row.productive_hours == Decimal(100)
    assert row.share == Decimal(100) / Decimal(124)
    assert row.regime == "measured"
    assert row.parameters["surcharge"] == Decimal("0.235")
    assert cents(row.amount) == Decimal("937.66")
    idle = _service(
        sqlite_url,
        "wage_cost",
        activity="non-productive:sheltered_inside",
        period=("2025-03-01", "2025-03-31"),
    )
    assert idle.rows[0].share == Decimal(24) / Decimal(124)
    assert cents(idle.total) == Decimal("437.32")
    revenue = _service(sqlite_url, "revenue", activity="A1", period=("2025-03-01", "2025-03-31"))
    assert [cents(r.amount) for r in revenue.rows] == [Decimal("1000.00")]
    assert revenue.rows[0].personnel_number is None
    purchase = _service(
        sqlite_url, "purchase_value", activity="A1", period=("2025-03-01", "2025-03-31")
    )
    (entry,) = purchase.rows
    assert (entry.parameters["days_inside"], entry.parameters["days"]) == (31, 61)
    result = _service(sqlite_url, "result", activity="A1", period=("2025-03-01", "2025-03-31"))
    assert cents(result.total) == Decimal("-296.51")


def _service(
    url: str, figure: str, *, period: tuple[str, str], **subject: str
) -> ex.Explanation:
    from sodesk.services.workspace import open_workspace

    workspace = open_workspace(url)
    try:
        start, end = (dt.date.fromisoformat(d) for d in period)
        return service.explain(workspace, CONTROLLER, start, end, figure, **subject)
    finally:
        workspace.close()


def test_a_job_coach_is_refused(demo_workspace: Workspace) -> None:
    with pytest.raises(service.ExplainRefused, match="bedragen"):
        service.explain(demo_workspace, COACH, YEAR.start, YEAR.end, "lks", activity="A01")
    explained = service.explain(
        demo_workspace, CONTROLLER, YEAR.start, YEAR.end, "wage_cost", activity="A01"
    )
    assert explained.rows


def test_ratios_unknown_figures_and_lines_are_told(demo_workspace: Workspace) -> None:
    ask = service.explain
    with pytest.raises(InputRejected, match="verhouding"):
        ask(demo_workspace, None, YEAR.start, YEAR.end, "coverage_percent", activity="A01")
    with pytest.raises(InputRejected, match="onbekend"):
        ask(demo_workspace, None, YEAR.start, YEAR.end, "loonkosten", activity="A01")
    with pytest.raises(InputRejected, match="ZZ9"):
        ask(demo_workspace, None, YEAR.start, YEAR.end, "lks", activity="ZZ9")
    with pytest.raises(InputRejected, match="onbekende gemeente"):
        ask(demo_workspace, None, YEAR.start, YEAR.end, "lks", municipality="GM9999")


def _cli(url: str, *args: str) -> list[str]:
    return ["--database", url, "explain", "activities", "--from", "2025-01-01",
            "--to", "2025-12-31", *args]  # fmt: skip


def test_cli_json_csv_and_xlsx(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = demo_workspace.engine.url.render_as_string(hide_password=False)
    assert main(_cli(url, "--activity", "A01", "--figure", "wage_cost")) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"activity", "municipality", "figure", "from", "to", "total", "rule",
                         "rows"}  # fmt: skip
    assert (data["activity"], data["figure"], data["from"]) == ("A01", "wage_cost", "2025-01-01")
    assert data["rule"].startswith("R4 Loonkosten")
    assert data["rows"] and set(data["rows"][0]) == set(ROW_KEYS)
    assert sum(Decimal(r["amount"]) for r in data["rows"]) == Decimal(data["total"])
    assert all(len(r["month"]) == 7 for r in data["rows"])
    assert main(["--database", url, "report", "activities", "--from", "2025-01-01",
                 "--to", "2025-12-31"]) == 0  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    a01 = next(line for line in report["activities"] if line["code"] == "A01")
    assert cents(Decimal(data["total"])) == Decimal(a01["wage_cost"])

    out = tmp_path / "herkomst.csv"
    args = ("--municipality", "GM0001", "--figure", "result", "--format", "csv", "--out", str(out))
    assert main(_cli(url, *args)) == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == list(ROW_KEYS)
    assert any(r["personnel_number"] == "" for r in rows)  # revenue shares: no worker
    assert main(_cli(url, "--municipality", "GM0001", "--figure", "result")) == 0
    total = Decimal(json.loads(capsys.readouterr().out)["total"])
    assert sum(Decimal(r["amount"]) for r in rows) == total

    xlsx = tmp_path / "herkomst.xlsx"
    idle = "non-productive:sheltered_inside"
    args = ("--activity", idle, "--figure", "lks", "--format", "xlsx", "--out", str(xlsx))
    assert main(_cli(url, *args)) == 0
    sheet = load_workbook(xlsx).active
    assert sheet.title == "Herkomst"
    amounts = [sheet.cell(row=r, column=3).value for r in range(7, sheet.max_row + 1)]
    assert len(amounts) > 10
    assert abs(sum(Decimal(str(a)) for a in amounts) - Decimal(str(sheet["C4"].value))) < Decimal(
        "0.000001"
    )
    assert sheet["A1"].value.startswith("Herkomst: Loonkostensubsidie (LKS) van")


def test_cli_bad_input_and_usage(
    demo_workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    url = demo_workspace.engine.url.render_as_string(hide_password=False)
    assert main(_cli(url, "--activity", "NOPE", "--figure", "lks")) == 1
    assert "--activity NOPE" in capsys.readouterr().err
    assert main(_cli(url, "--activity", "A01", "--figure", "break_even_rate")) == 1
    assert "verhouding" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(_cli(url, "--figure", "lks"))
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as both:
        main(_cli(url, "--activity", "A01", "--municipality", "GM0001", "--figure", "lks"))
    assert both.value.code == 2


def test_text_that_looks_like_a_formula_stays_text() -> None:
    row = ex.ExplainRow("=1+1", dt.date(2025, 1, 1), Decimal("-5.5"), source="@SUM(A1)",
                        parameters={"activity": "+A"})  # fmt: skip
    explanation = ex.Explanation(
        "activity", "=X", "-naam", "lks", YEAR, Decimal("-5.5"), Decimal("-5.5"), "rule", [row]
    )
    sheet = load_workbook(io.BytesIO(render_xlsx(explanation))).active
    assert sheet["A7"].value == "=1+1" and sheet["A7"].data_type == "s"
    assert sheet["J7"].value == "@SUM(A1)" and sheet["J7"].data_type == "s"
    assert sheet["C7"].value == -5.5
    text = render_csv(explanation).decode("utf-8-sig")
    (line,) = list(csv.DictReader(io.StringIO(text)))
    assert line["personnel_number"] == "'=1+1" and line["source"] == "'@SUM(A1)"
    assert line["amount"] == "-5.5"
