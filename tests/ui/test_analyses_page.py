"""The Analyses page as a controller uses it, on the demo company (40 workers, seed 5) in Dutch.

Each tab is opened and read; the 2028 lead sentence is checked against the company run of the
reports (another code path than the page's service), and the surcharge switch against the
rule that the fixed amount without the surcharge is the one with it divided by (1 +
surcharge); the distribution key against the domain functions; a bad weight gets its
message; every model passes qtmodeltester; a job coach has no Analyses page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sodesk.domain import display
from sodesk.domain.enums import Role, TargetGroup
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period
from sodesk.domain.planning import outlook_first_year, reference_day
from sodesk.domain.scenarios import (
    KeyWeights,
    distribution_key_share,
    municipal_budget,
    new_key_share,
)
from sodesk.reports.questionnaire import workers_in_period
from sodesk.services import analyses as svc
from sodesk.services.overview import realisation_on
from sodesk.services.report_data import run_company
from sodesk.services.reports import build_outlook
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage.parameters_repo import load_parameter_set
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.analyses import AnalysesPage
from sodesk.ui.widgets.analysis_2028 import fill
from sodesk.ui.widgets.analysis_plan import plan_until


@pytest.fixture
def page(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[AnalysesPage]:
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    found = window.pages[[p.key for p in window.pages].index("analyses")]
    assert isinstance(found, AnalysesPage)
    with qtbot.waitSignal(found.loaded, timeout=60_000):
        window.show_page("analyses")
    yield found
    qtbot.waitUntil(lambda: not found.is_busy(), timeout=30_000)


def _company_2028(workspace: Workspace, page: AnalysesPage) -> tuple[Decimal, Decimal, Decimal]:
    """LKS now, LKS at 68 % (stored assumption, surcharge on top) and the surcharge, from the
    company run every report starts from."""
    with workspace.sessions() as session:
        run = run_company(session, page.context.period)
        surcharge = load_parameter_set(session).lks_on(page.context.period.end).surcharge  # type: ignore[union-attr]
    sheltered = [
        w
        for w in workers_in_period(run).values()
        if w.target_group is TargetGroup.SHELTERED and w.employed
    ]
    now = sum((w.lks for w in sheltered), ZERO)
    fixed = sum((w.lks_fixed_68 for w in sheltered), ZERO)
    return now, fixed, surcharge


def _tr(context: str, text: str) -> str:
    """The window's words in its language (these tests hold before and after translation)."""
    return QCoreApplication.translate(context, text)


def _lead(page: AnalysesPage, now: Decimal, fixed: Decimal) -> str:
    """The lead sentence of the 2028 tab for these totals, in the window's language."""
    word = "more" if fixed > now else "less"
    template = _tr(
        "Scenario2028Tab",
        f"In 2028 the company receives %1 {word} wage subsidy (LKS) than now: %2 at a fixed "
        "%3 against %4 now, over the hours and minimum wage of %5 to %6.",
    )
    period = page.context.period
    return fill(
        template,
        display.euro(abs(fixed - now)),
        display.euro(fixed),
        "68 %",
        display.euro(now),
        display.date_nl(period.start),
        display.date_nl(period.end),
    )


def _texts(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_2028_tab_leads_with_the_companys_figure_and_the_switch_changes_it(
    page: AnalysesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    now, fixed, surcharge = _company_2028(demo_workspace, page)
    tab = page.scenario_tab
    assert page.title() == "Analyses" and page.tabs.count() == 5
    assert tab.surcharge.isChecked()  # the stored parameter: on top
    assert tab.lead.text() == _lead(page, now, fixed)
    on_top = _tr(
        "Scenario2028Tab",
        "Assumption in use: the employer-cost surcharge is added on top of the fixed %1 "
        "of the minimum wage (with holiday allowance).",
    ).replace("%1", "68 %")
    assert tab.assumption.text() == on_top

    qtbot.keyClick(tab.surcharge, Qt.Key.Key_Space)
    assert not tab.surcharge.isChecked()
    without = fixed / (1 + surcharge)  # R3: p x WML x (1 + vb), no (1 + surcharge)
    assert tab.lead.text() == _lead(page, now, without)
    not_on_top = _tr(
        "Scenario2028Tab",
        "Assumption in use: the fixed %1 of the minimum wage (with holiday allowance) "
        "without the employer-cost surcharge on top.",
    ).replace("%1", "68 %")
    assert tab.assumption.text().startswith(not_on_top + " ")  # and: the parameters differ
    shown_total = sum((m.scenario.lks_fixed_68 for m in tab.municipalities.rows()), ZERO)
    assert display.euro(fixed - shown_total) == display.euro(fixed - without)  # the change

    qtbot.keyClick(tab.surcharge, Qt.Key.Key_Space)
    assert tab.lead.text() == _lead(page, now, fixed)


def test_the_workers_who_would_receive_less_are_listed_per_municipality(
    page: AnalysesPage, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = page.scenario_tab
    everyone = tab.losing.rows()
    assert everyone, "the demo company has workers who would receive less"
    assert all(w.difference < 0 for w in everyone)
    rows = _texts(tab.losing)
    assert rows[0][0] == everyone[0].personnel_number and rows[0][1] == everyone[0].name
    assert rows[0][6].startswith("€ -")  # negative money with its minus sign
    assert tab.losing_heading.text().startswith(f"{len(everyone)} ")
    code = everyone[0].municipality_code
    page.municipality.setCurrentIndex(page.municipality.findData(code))
    assert page.context.municipality == code
    assert {w.municipality_code for w in tab.losing.rows()} == {code}
    assert tab.local.isVisible() and tab.local.text().startswith(
        tab.view.municipality(code).name  # type: ignore[union-attr]
    )
    for model in (tab.municipalities, tab.municipality_proxy, tab.losing, tab.losing_proxy):
        qtmodeltester.check(model)


def test_the_distribution_key_recomputes_as_the_user_types(
    page: AnalysesPage, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = page.key_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 0  # nothing typed yet: no figures
    for key, text in (
        ("national_amount", "200.000.000"),
        ("old_share", "1,2"),
        ("realised_places_share", "1,5"),
        ("advice_share", "0,9"),
    ):
        tab.edits[key].clear()
        qtbot.keyClicks(tab.edits[key], text)
    tab.edits["weight_places"].selectAll()
    qtbot.keyClicks(tab.edits["weight_places"], "2")
    new = new_key_share(Decimal("0.015"), Decimal("0.009"), KeyWeights(Decimal(2), Decimal(1)))
    rows = _texts(tab.model)
    assert [r[0] for r in rows] == ["2026", "2027", "2028", "2029", "2030"]
    for row, year in zip(rows, range(2026, 2031), strict=True):
        share = distribution_key_share(year, Decimal("0.012"), new)
        assert row[1] == display.percent(share, 3)
        assert row[4] == display.euro(municipal_budget(Decimal(200_000_000), share))
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)

    tab.edits["weight_advice"].selectAll()
    qtbot.keyClicks(tab.edits["weight_advice"], "-1")
    message = tab.messages["weight_advice"]
    assert message.isVisible() and "-1" in message.text()
    assert _tr("AnalysisKey", "Weight of residents with a positive advice") in message.text()
    assert tab.model.rowCount() == 0  # no figures from a bad input

    tab.edits["weight_advice"].selectAll()
    qtbot.keyClicks(tab.edits["weight_advice"], "0")
    tab.edits["weight_places"].selectAll()
    qtbot.keyClicks(tab.edits["weight_places"], "0")
    both_zero = (
        _tr("DistributionKeyTab", "The two weights must not both be zero (%1 and %2).")
        .replace("%1", "0")
        .replace("%2", "0")
    )
    assert tab.messages["weight_advice"].text() == both_zero
    assert tab.model.rowCount() == 0

    qtbot.keyClicks(tab.edits["weight_places"], "x")  # no number has an x: refused
    assert tab.edits["weight_places"].text() == "0"


def test_the_realised_share_comes_from_the_data_when_asked(
    page: AnalysesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    tab = page.key_tab
    page.tabs.setCurrentWidget(tab)
    assert not tab.use_realised.isVisible()  # all municipalities: no share of one
    page.municipality.setCurrentIndex(page.municipality.findData("GM0001"))
    assert tab.use_realised.isVisible()
    day = min(page.context.period.end, dt.date.today())
    with demo_workspace.sessions() as session:
        persons = realisation_on(session, day, "GM0001").realisation.persons
    national = 11586  # people working with a positive advice, 30-09-2025 (reference data)
    assert day >= dt.date(2025, 9, 30)
    qtbot.mouseClick(tab.use_realised, Qt.MouseButton.LeftButton)
    expected = display.number(Decimal(persons) / national * 100, 3)
    assert tab.edits["realised_places_share"].text() == expected
    assert str(persons) in tab.realised_hint.text()


def test_the_outlook_warns_below_the_critical_mass(
    page: AnalysesPage, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = page.outlook_tab
    page.tabs.setCurrentWidget(tab)
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(11)]
    first = outlook_first_year(reference_day(page.context.period.end, dt.date.today()))
    assert headers[1:] == [str(y) for y in range(first, first + 10)]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.critical_mass.setValue(1000)
    assert not page.is_busy()
    warned = [
        tab.model.index(r, c)
        for r in range(tab.model.rowCount())
        for c in range(1, tab.model.columnCount())
        if tab.model.index(r, c).data(Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert warned, "every work type has fewer than 1000 people"
    assert "1000" in warned[0].data(Qt.ItemDataRole.ToolTipRole)
    items = [tab.warnings.item(i).text() for i in range(tab.warnings.count())]
    assert any(text.startswith(_tr("OutlookTab", "Below critical mass") + ": ") for text in items)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.critical_mass.setValue(0)
    assert all(
        tab.model.index(r, c).data(Qt.ItemDataRole.DecorationRole) is None
        for r in range(tab.model.rowCount())
        for c in range(1, tab.model.columnCount())
    )


def test_guidance_against_wage_value_as_table_and_chart(
    page: AnalysesPage, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = page.guidance_tab
    page.tabs.setCurrentWidget(tab)
    with demo_workspace.sessions() as session:
        expected = svc.guidance_against_wage_value(session, page.context.period)
    assert [r.figures for r in tab.model.rows()] == expected
    with_change = [e for e in expected if e.change is not None]
    assert tab.chart.series.count() == len(with_change) > 0
    row = _texts(tab.model)[0]
    assert row[2] == display.hours(expected[0].guidance_hours)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_reassessments_per_coach_and_month(
    page: AnalysesPage, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = page.plan_tab
    page.tabs.setCurrentWidget(tab)
    day = reference_day(page.context.period.end, dt.date.today())
    with demo_workspace.sessions() as session:
        plan = svc.wage_value_plan(session, day, plan_until(day))
    assert [line.item for line in tab.model.rows()] == plan
    totals = {row.key: row.cells[-1].value for row in tab.grid.rows()}
    for coach in totals:
        assert totals[coach] == sum(1 for p in plan if p.coach == coach)
    overdue = [line for line in tab.model.rows() if line.item.overdue]
    if overdue:
        index = next(
            tab.model.index(r, 5)
            for r in range(tab.model.rowCount())
            if tab.model.row_at(r).item.overdue
        )
        assert index.data() == _tr("AnalysisPlan", "Overdue")
    for model in (tab.grid, tab.grid_proxy, tab.model, tab.proxy):
        qtmodeltester.check(model)


def test_the_page_and_the_outlook_report_count_from_the_same_day(
    page: AnalysesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    """The outlook PDF says it is the page's forecast: same first year, same re-assessments
    (overdue and due), for a past period and for the running year."""
    window = page.window()
    this_year = dt.date.today().year
    for year in (this_year - 1, this_year):
        period = Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if page.context.period != period:
            with qtbot.waitSignal(page.loaded, timeout=60_000):
                window.period_bar.set_period(period)
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
        with demo_workspace.sessions() as session:
            report = build_outlook(session, period, "demo")
        tab = page.outlook_tab
        assert tab.model.headerData(1, Qt.Orientation.Horizontal) == str(report.first_year)
        shown = [line.item for line in page.plan_tab.model.rows()]
        assert shown == list(report.plan)
        assert sum(1 for p in shown if p.overdue) == report.overdue


@pytest.mark.parametrize("role", list(Role))
def test_only_roles_that_see_money_have_the_page(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, role: Role
) -> None:
    window = MainWindow(demo_workspace, user=SignedIn("gert", "Gert Gebruiker", role))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    keys = [page.key for page in window.pages]
    assert ("analyses" in keys) is (role is not Role.JOB_COACH)
    if role is not Role.JOB_COACH:
        # in the navigation's Geld group, after the activities
        assert keys.index("analyses") == keys.index("activities") + 1


def test_every_tab_is_captured_at_1366_by_768(
    page: AnalysesPage, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = page.key_tab
    for key, text in (
        ("national_amount", "200.000.000"),
        ("old_share", "1,2"),
        ("realised_places_share", "1,5"),
        ("advice_share", "0,9"),
    ):
        tab.set_value(key, text)
    window = page.window()
    assert (window.width(), window.height()) == (1366, 768)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(50)  # let the tab lay out before the grab (no assertion waits on this)
        path = tmp_path / f"analyses-{index + 1}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000


def test_a_new_period_is_calculated_off_the_ui_thread(
    page: AnalysesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    before = page.context.period
    quarter = Period(before.start.replace(month=4, day=1), before.start.replace(month=6, day=30))
    window = page.window()
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        window.period_bar.set_period(quarter)
        assert page.is_busy()  # the figures are being computed in a job
    assert page.data is not None and page.data.period == quarter
    now, fixed, _ = _company_2028(demo_workspace, page)
    assert page.scenario_tab.lead.text() == _lead(page, now, fixed)
    assert display.date_nl(quarter.end) in page.scenario_tab.lead.text()


def test_a_period_without_sheltered_workers_says_so(page: AnalysesPage, qtbot: QtBot) -> None:
    empty = Period(dt.date(1990, 1, 1), dt.date(1990, 12, 31))
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.window().period_bar.set_period(empty)
    expected = (
        _tr(
            "Scenario2028Tab",
            "No sheltered workers were employed from %1 to %2: nothing to compare. Choose "
            "another period at the top.",
        )
        .replace("%1", "01-01-1990")
        .replace("%2", "31-12-1990")
    )
    assert page.scenario_tab.lead.text() == expected
    assert page.scenario_tab.losing.rowCount() == 0
