"""The demo without an end is a company as it stands today; with an end it is the same every day.

A newcomer's first look (hours of the last days, guidance this month, a few re-assessments
overdue) depends on the demo reaching up to yesterday; the tests' fixtures depend on an
explicit end giving the same data on any day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sodesk.cli import main
from sodesk.domain.completeness import COMPANY_YEAR, LKS_PARAMETERS, MINIMUM_WAGE, wml_horizon
from sodesk.domain.display import date_nl
from sodesk.domain.planning import plan_until
from sodesk.services.analyses import wage_value_plan
from sodesk.services.demo import demo_gaps, demo_last_day, fill_demo
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.parameters_repo import load_parameter_set


def _filled(path: Path, **options: object) -> Workspace:
    workspace = open_workspace(f"sqlite:///{path}")
    with transaction(workspace.sessions) as session:
        fill_demo(session, workers=120, seed=4, **options)  # type: ignore[arg-type]
    return workspace


@pytest.fixture(scope="module")
def today_demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = _filled(tmp_path_factory.mktemp("today") / "demo.sqlite3")
    yield workspace
    workspace.close()


def test_the_default_demo_has_hours_of_the_last_week_and_none_from_today(
    today_demo: Workspace,
) -> None:
    today = dt.date.today()
    with today_demo.sessions() as session:
        last_hour = session.scalar(select(func.max(t.HourRow.date)))
        last_guidance = session.scalar(select(func.max(t.GuidanceRow.date)))
        years = session.scalars(select(t.CompanyYearRow.year)).all()
    assert last_hour is not None and today - dt.timedelta(days=7) <= last_hour < today
    assert last_guidance is not None and last_guidance < today
    assert today - last_guidance <= dt.timedelta(days=7)
    # the current year is the demo's last and is set up whole
    assert max(years) == today.year


def test_the_default_demo_has_guidance_in_the_last_month(today_demo: Workspace) -> None:
    today = dt.date.today()
    with today_demo.sessions() as session:
        employed = session.scalar(
            select(func.count()).select_from(t.EmploymentRow).where(t.EmploymentRow.end_date.is_(None))
        )
        guided = session.scalar(
            select(func.count(func.distinct(t.GuidanceRow.worker_id))).where(
                t.GuidanceRow.date >= today - dt.timedelta(days=31)
            )
        )
    assert employed and guided
    assert guided >= employed // 2, (guided, employed)


def test_the_default_demo_has_re_assessments_due_and_few_overdue(today_demo: Workspace) -> None:
    today = dt.date.today()
    with today_demo.sessions() as session:
        plan = wage_value_plan(session, today, plan_until(today))
        measured = session.scalar(select(func.count(func.distinct(t.WageValueRow.worker_id))))
    overdue = [p for p in plan if p.overdue]
    assert measured and len(plan) > len(overdue) > 0, (len(plan), len(overdue))
    assert len(overdue) <= measured * 0.10, (len(overdue), measured)


def test_the_demo_lacks_only_what_the_reference_data_does_not_reach(
    today_demo: Workspace,
) -> None:
    """The company's and municipalities' own figures are there; WML past its horizon may not be."""
    last_day = demo_last_day()
    with today_demo.sessions() as session:
        gaps = demo_gaps(session, last_day)
        horizon = wml_horizon(load_parameter_set(session))
        before = demo_gaps(session, dt.date(last_day.year - 1, 12, 31))
    # a year the demo did not write lacks the company's own figures: the check can see them
    assert COMPANY_YEAR in {g.parameter for g in before}
    assert {g.parameter for g in gaps} <= {MINIMUM_WAGE, LKS_PARAMETERS}
    assert horizon is not None
    assert (horizon < dt.date(last_day.year, 12, 31)) == any(
        g.parameter == MINIMUM_WAGE for g in gaps
    )


def test_an_explicit_end_gives_the_same_data_on_any_day(tmp_path: Path) -> None:
    by_year = _filled(tmp_path / "year.sqlite3", end_year=2025)
    by_day = _filled(tmp_path / "day.sqlite3", until=dt.date(2025, 12, 31))
    try:
        rows = []
        for workspace in (by_year, by_day):
            with workspace.sessions() as session:
                rows.append(
                    session.execute(
                        select(t.HourRow.worker_id, t.HourRow.date, t.HourRow.hours).order_by(
                            t.HourRow.id
                        )
                    ).all()
                )
        assert rows[0] and rows[0] == rows[1]
        assert max(r.date for r in rows[0]) == dt.date(2025, 12, 31)
    finally:
        by_year.close()
        by_day.close()


def test_a_demo_ending_in_the_first_days_of_a_year(tmp_path: Path) -> None:
    """Early January: one year of a few days still makes a company (nobody starts after it)."""
    workspace = _filled(tmp_path / "early.sqlite3", until=dt.date(2027, 1, 4))
    try:
        with workspace.sessions() as session:
            first, last = session.execute(
                select(func.min(t.HourRow.date), func.max(t.HourRow.date))
            ).one()
            latest_start = session.scalar(select(func.max(t.PlacementRow.start_date)))
        assert first == dt.date(2027, 1, 1) and last == dt.date(2027, 1, 4)
        assert latest_start <= dt.date(2027, 1, 4)
    finally:
        workspace.close()


def test_the_command_says_up_to_which_day_and_what_is_incomplete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--database", url, "demo", "--workers", "30", "--until", "2026-11-30"]) == 0
    err = capsys.readouterr().err
    assert "Laatste dag met gegevens: 30-11-2026" in err
    assert "Demogegevens geschreven: 30 medewerkers, 28 activiteiten, " in err
    assert "workers" not in err and "hours" not in err
    workspace = open_workspace(url)
    with workspace.sessions() as session:
        horizon = wml_horizon(load_parameter_set(session))
    workspace.close()
    assert horizon is not None
    if horizon < dt.date(2026, 12, 31):  # the reference data of this version: up to 30-06-2026
        missing = f"WML vanaf {date_nl(horizon + dt.timedelta(days=1))} niet ingevoerd"
        assert missing in err and "Instellingen" in err, err
    else:
        assert "onvolledig" not in err
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    assert main(["--database", url, "demo", "--workers", "30", "--end-year", "2025"]) == 0
    err = capsys.readouterr().err
    assert "Laatste dag met gegevens: 31-12-2025" in err and "onvolledig" not in err
    with pytest.raises(SystemExit):
        main(["--database", url, "demo", "--end-year", "2025", "--until", "2025-06-30"])
