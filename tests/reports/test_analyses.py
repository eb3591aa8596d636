"""The analyses on stored data: the wage-value plan and the workforce outlook."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.domain.enums import WorkType
from sodesk.services.analyses import outlook, wage_value_plan
from sodesk.services.workspace import open_workspace
from tests.factories import MARCH_2025, write_folder


@pytest.fixture
def imported(database_url: str, tmp_path: Path) -> str:
    files = dict(MARCH_2025)
    files["workers"] = """
        personnel_number,first_name,last_name,birth_date,bsn,target_group,municipality_code,coach
        P1,Anna,de Vries,1990-05-01,111222333,sheltered,M1,Coach Een
        P2,Kees,Bakker,1959-06-15,,wsw,M1,Coach Twee
    """
    files["employments"] = """
        personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage
        P1,2025-01-01,,28,14.06
        P2,2010-01-01,,36,18.00
    """
    files["placements"] = """
        personnel_number,work_type,activity_code,employer,start_date,end_date
        P1,sheltered_inside,A1,,2025-01-01,
        P2,sheltered_inside,A1,,2010-01-01,
    """
    assert (
        main(["--database", database_url, "import", str(write_folder(tmp_path / "in", files))]) == 0
    )
    return database_url


def test_the_plan_names_the_coach_and_the_due_date(imported: str) -> None:
    workspace = open_workspace(imported)
    with workspace.sessions() as session:
        # P1 measured 2024-12-01 with term 1-2y: due 2026-12-01
        plan = wage_value_plan(session, dt.date(2026, 11, 22), dt.date(2027, 1, 31))
        nothing = wage_value_plan(
            session, dt.date(2026, 11, 22), dt.date(2027, 1, 31), coach="Coach Twee"
        )
    workspace.close()
    assert [(p.personnel_number, p.coach, p.due) for p in plan] == [
        ("P1", "Coach Een", dt.date(2026, 12, 1))
    ]
    assert nothing == []


def test_the_outlook_counts_pensions_from_stored_birth_dates(imported: str) -> None:
    workspace = open_workspace(imported)
    with workspace.sessions() as session:
        years, findings = outlook(session, 2026, 3, critical_mass={WorkType.SHELTERED_INSIDE: 2})
    workspace.close()
    inside = [y for y in years if y.work_type is WorkType.SHELTERED_INSIDE]
    # P2 (born 1959-06-15) reaches 67 on 2026-06-15: counted on 1-1-2026, gone on 1-1-2027
    assert [(y.year, y.headcount, y.wsw_headcount) for y in inside] == [
        (2026, 2, 1),
        (2027, 1, 0),
        (2028, 1, 0),
    ]
    assert any(f.code == "outlook.below_critical_mass" for f in findings)


def test_realisation_by_year_up_to_2030_beside_the_national_line(imported: str) -> None:
    from sodesk.services.analyses import realisation_by_year

    workspace = open_workspace(imported)
    with workspace.sessions() as session:
        years = realisation_by_year(session, "M1", dt.date(2026, 11, 22))
    workspace.close()
    by_year = {y.year: y for y in years}
    assert list(by_year)[-1] == 2030 and by_year[2030].national_target == 16200
    # 2025: target 10 (MARCH_2025); P1 (sheltered, 28 h) employed on 31-12-2025; P2 is Wsw
    done = by_year[2025].realisation
    assert done is not None and done.persons == 1
    assert done.jobs_31h == Decimal(28) / 31 and by_year[2025].target == 10
    assert by_year[2027].realisation is None


def test_guidance_beside_the_wage_value(imported: str) -> None:
    from sodesk.domain.period import Period
    from sodesk.services.analyses import guidance_against_wage_value

    workspace = open_workspace(imported)
    with workspace.sessions() as session:
        rows = guidance_against_wage_value(
            session, Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        )
    workspace.close()
    assert [(r.personnel_number, r.guidance_hours, r.wage_value_end, r.change) for r in rows] == [
        ("P1", Decimal("2.00"), Decimal("0.5"), Decimal(0))
    ]
