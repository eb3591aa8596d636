"""The week of hours (services.hours) on both databases: read, saved at once, refused whole.

MARCH_2025 (tests/factories.py): P1 Anna de Vries, 28 hours a week from 2025-01-01, placed
on A1 (Inpakken); 10 hours on 3-7 March and 10-12 March, 7,5 on the 13th, 12,5 on the 14th.
Here a second activity A2 of the same client is added where a test needs one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from sodesk.cli import main
from sodesk.domain.enums import WorkType
from sodesk.domain.period import Period
from sodesk.services import hours as svc
from sodesk.services.errors import InputRejected
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder

MONDAY = dt.date(2025, 3, 10)


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Workspace:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url)
    yield workspace  # type: ignore[misc]
    workspace.close()


def _ids(workspace: Workspace) -> tuple[int, int]:
    with workspace.sessions() as session:
        worker = session.scalars(select(t.WorkerRow.id)).one()
        activity = session.scalars(select(t.ActivityRow.id).where(t.ActivityRow.code == "A1")).one()
    return worker, activity


def _second_activity(workspace: Workspace) -> int:
    with transaction(workspace.sessions) as session:
        client = session.scalars(select(t.ClientRow.id)).one()
        row = t.ActivityRow(
            code="A2", name="Groen", client_id=client, work_type=WorkType.WORK_ON_LOCATION
        )
        session.add(row)
        session.flush()
        return row.id


def _stored(workspace: Workspace, activity: int) -> dict[dt.date, Decimal]:
    with workspace.sessions() as session:
        rows = session.execute(
            select(t.HourRow.date, t.HourRow.hours).where(t.HourRow.activity_id == activity)
        )
        return {day: Decimal(str(hours)).quantize(Decimal("0.01")) for day, hours in rows}


def test_parse_hours_takes_comma_point_and_clock() -> None:
    assert svc.parse_hours("7,5") == svc.parse_hours("7.5") == svc.parse_hours("7:30")
    assert svc.parse_hours("7:30") == Decimal("7.50")
    assert svc.parse_hours(" ") is None
    for bad in ("zeven", "-1", "7,5,5", "100"):
        with pytest.raises(ValueError, match=bad):
            svc.parse_hours(bad)


def test_the_week_of_an_activity_has_its_placed_worker_and_paid_hours(march: Workspace) -> None:
    worker, activity = _ids(march)
    with march.sessions() as session:
        view = svc.load_week(session, dt.date(2025, 3, 13), activity_id=activity)
        team = svc.load_week(session, MONDAY, work_type=WorkType.SHELTERED_INSIDE)
    assert view.monday == MONDAY
    (line,) = view.lines
    assert (line.worker_id, line.personnel_number, line.name) == (worker, "P1", "Anna de Vries")
    assert line.hours[:5] == (
        Decimal(10),
        Decimal(10),
        Decimal(10),
        Decimal("7.50"),
        Decimal("12.50"),
    )
    assert line.hours[5:] == (None, None)
    assert line.previous[:5] == (Decimal(10),) * 5
    assert line.contract_hours == Decimal(28)  # 28 x 7 / 7
    assert all(line.employed)
    assert team.lines == view.lines


def test_contract_hours_follow_the_days_employed(march: Workspace) -> None:
    """An employment ending on Wednesday: 28 x 3 / 7 = 12 paid hours, Thursday on greyed."""
    _, activity = _ids(march)
    with transaction(march.sessions) as session:
        session.scalars(select(t.EmploymentRow)).one().end_date = dt.date(2025, 3, 12)
    with march.sessions() as session:
        (line,) = svc.load_week(session, MONDAY, activity_id=activity).lines
    assert line.contract_hours == Decimal(12)
    assert line.employed == (True, True, True, False, False, False, False)


def test_save_week_upserts_and_an_empty_cell_deletes(march: Workspace) -> None:
    worker, activity = _ids(march)
    cells = [
        svc.HourCell(worker, activity, MONDAY, Decimal("6.25")),  # update
        svc.HourCell(worker, activity, MONDAY + dt.timedelta(days=1), None),  # delete
        svc.HourCell(worker, activity, MONDAY + dt.timedelta(days=2), Decimal(0)),  # delete
        svc.HourCell(worker, activity, MONDAY + dt.timedelta(days=5), Decimal(4)),  # insert
    ]
    assert svc.save_week(march.sessions, cells) == svc.SaveSummary(written=2, deleted=2)
    stored = _stored(march, activity)
    assert stored[MONDAY] == Decimal("6.25")
    assert MONDAY + dt.timedelta(days=1) not in stored
    assert MONDAY + dt.timedelta(days=2) not in stored
    assert stored[MONDAY + dt.timedelta(days=5)] == Decimal(4)
    with march.sessions() as session:
        report = build_activity_report(session, Period(MONDAY, MONDAY + dt.timedelta(days=6)), "x")
    a1 = next(line for line in report.lines if line.code == "A1")
    assert a1.productive_hours == Decimal("6.25") + Decimal("7.5") + Decimal("12.5") + 4


def test_a_bad_cell_refuses_the_whole_week_and_names_worker_day_and_value(
    march: Workspace,
) -> None:
    worker, activity = _ids(march)
    before = _stored(march, activity)
    cells = [
        svc.HourCell(worker, activity, MONDAY, Decimal(8)),  # fine on its own
        svc.HourCell(worker, activity, MONDAY + dt.timedelta(days=1), Decimal(25)),
        svc.HourCell(worker, activity, dt.date(2024, 12, 30), Decimal(8)),  # before employment
    ]
    with pytest.raises(InputRejected) as refused:
        svc.save_week(march.sessions, cells)
    messages = [finding.message for finding in refused.value.findings]
    assert len(messages) == 2
    assert "Anna de Vries (P1), di 11-03-2025: 25,00 uur" in messages[1]
    assert "tussen 0 en 24" in messages[1]
    assert "ma 30-12-2024" in messages[0] and "buiten elk dienstverband" in messages[0]
    assert _stored(march, activity) == before


def test_a_day_over_24_hours_across_activities_counts_the_stored_hours(march: Workspace) -> None:
    worker, activity = _ids(march)
    other = _second_activity(march)
    # 10 hours stored on A1 on Monday; 14 on A2 still fits, 14,5 does not
    svc.save_week(march.sessions, [svc.HourCell(worker, other, MONDAY, Decimal(14))])
    with pytest.raises(InputRejected, match="24,50 uur over alle activiteiten"):
        svc.save_week(march.sessions, [svc.HourCell(worker, other, MONDAY, Decimal("14.5"))])
    assert _stored(march, other) == {MONDAY: Decimal(14)}
    # lowering A1 in the same save makes room: the cell replaces its stored row
    svc.save_week(
        march.sessions,
        [
            svc.HourCell(worker, activity, MONDAY, Decimal(9)),
            svc.HourCell(worker, other, MONDAY, Decimal(15)),
        ],
    )
    assert _stored(march, other)[MONDAY] == Decimal(15)
    with march.sessions() as session:
        (line,) = svc.load_week(session, MONDAY, activity_id=activity).lines
        team = svc.load_week(session, MONDAY, work_type=WorkType.WORK_ON_LOCATION)
    assert line.other_hours[0] == Decimal(15)
    assert [(x.activity_code, x.hours[0]) for x in team.lines] == [("A2", Decimal(15))]
