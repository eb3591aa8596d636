"""services.guidance on a real demo database: parsing, the checks before writing, the lists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sodesk.domain.enums import GuidanceKind, ReassessTerm
from sodesk.domain.period import add_months
from sodesk.domain.wage_value import reassessment_due
from sodesk.services import guidance as svc
from sodesk.services.errors import InputRejected
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction

TODAY = dt.date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("0:30", "0.50"),
        ("1:15", "1.25"),
        ("0,5", "0.50"),
        ("0.5", "0.50"),
        (" 2 ", "2.00"),
        ("0:20", "0.33"),
        ("1,75", "1.75"),
    ],
)
def test_a_duration_is_read_as_a_coach_types_it(text: str, hours: str) -> None:
    assert svc.parse_duration(text) == Decimal(hours)


@pytest.mark.parametrize("text", ["", "abc", "1:75", "0,5,5", ":", "1:5", "123"])
def test_what_is_no_duration_is_refused_with_the_value_named(text: str) -> None:
    with pytest.raises(ValueError, match="Duur"):
        svc.parse_duration(text)


def _open_worker(workspace: Workspace) -> tuple[int, str]:
    """A worker with an employment without end, and their coach."""
    with workspace.sessions() as session:
        row = session.execute(
            select(t.WorkerRow.id, t.WorkerRow.coach)
            .join(t.EmploymentRow)
            .where(t.EmploymentRow.end_date.is_(None))
            .order_by(t.WorkerRow.id)
            .limit(1)
        ).one()
    return row[0], row[1]


def _count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.GuidanceRow)) or 0


def test_recorded_guidance_is_in_the_history_and_the_caseload(demo_workspace: Workspace) -> None:
    worker_id, coach = _open_worker(demo_workspace)
    entry = svc.record_guidance(
        demo_workspace.sessions,
        worker_id=worker_id,
        coach=coach,
        date=TODAY,
        hours=Decimal("0.50"),
        kind=GuidanceKind.JOB_COACHING,
        note="  Gesprek  ",
    )
    with demo_workspace.sessions() as session:
        history = svc.guidance_history(session, worker_id)
        load = {e.worker_id: e for e in svc.caseload(session, coach, TODAY)}
    assert history[0] == entry
    assert entry.note == "Gesprek"
    assert load[worker_id].last_guidance == TODAY
    assert load[worker_id].hours_last_90_days >= Decimal("0.50")


def test_the_caseload_is_the_coachs_workers_longest_without_guidance_first(
    demo_workspace: Workspace,
) -> None:
    with demo_workspace.sessions() as session:
        coach = svc.coaches(session)[0]
        load = svc.caseload(session, coach, TODAY)
        e = t.EmploymentRow
        expected = session.scalar(
            select(func.count(func.distinct(t.WorkerRow.id)))
            .join(e)
            .where(
                t.WorkerRow.coach == coach,
                e.start_date <= TODAY,
                (e.end_date.is_(None)) | (e.end_date >= TODAY),
            )
        )
    assert len(load) == expected > 0
    dates = [e.last_guidance for e in load if e.last_guidance is not None]
    assert dates == sorted(dates)
    never = [e for e in load if e.last_guidance is None]
    assert load[: len(never)] == never


def test_who_left_is_in_no_list_of_the_coach(demo_workspace: Workspace) -> None:
    """A person whose employment ended is not guided any more: not in the caseload (nor on
    top of it as "longest without guidance"), not due for re-assessment or evaluation."""
    worker_id, coach = _open_worker(demo_workspace)
    with transaction(demo_workspace.sessions) as session:
        session.add(
            t.WageValueRow(
                worker_id=worker_id,
                measured_on=add_months(TODAY, -13),
                wage_value=Decimal("0.40"),
                reassess_term=ReassessTerm.MONTHS_6_12,
            )
        )
    with demo_workspace.sessions() as session:
        assert worker_id in {e.worker_id for e in svc.caseload(session, coach, TODAY)}
        assert worker_id in {d.worker_id for d in svc.reassessments_due(session, coach, TODAY)}
    with transaction(demo_workspace.sessions) as session:
        for employment in session.scalars(
            select(t.EmploymentRow).where(t.EmploymentRow.worker_id == worker_id)
        ):
            if employment.end_date is None or employment.end_date >= TODAY:
                employment.end_date = TODAY - dt.timedelta(days=10)
        for placement in session.scalars(
            select(t.PlacementRow).where(t.PlacementRow.worker_id == worker_id)
        ):
            if placement.start_date <= TODAY - dt.timedelta(days=10):
                placement.end_date = None  # an open placement left behind by the import
    with demo_workspace.sessions() as session:
        load = svc.caseload(session, coach, TODAY)
        due = svc.reassessments_due(session, coach, TODAY)
        evaluate = svc.placements_to_evaluate(session, coach, TODAY)
    assert load and worker_id not in {e.worker_id for e in load}
    assert worker_id not in {d.worker_id for d in due}
    assert worker_id not in {p.worker_id for p in evaluate}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"date": dt.date(1990, 1, 1)}, "date", "01-01-1990 valt buiten elk dienstverband"),
        ({"hours": Decimal(25)}, "duration", "tussen 0 en 24"),
        ({"hours": Decimal(0)}, "duration", "groter dan 0"),
        ({"kind": None}, "kind", "Soort begeleiding is verplicht"),
        ({"worker_id": None}, "worker", "Medewerker is verplicht"),
        ({"worker_id": 999_999}, "worker", "999999 bestaat niet"),
        ({"coach": " "}, "coach", "Jobcoach is verplicht"),
    ],
)
def test_bad_guidance_is_told_and_nothing_is_written(
    demo_workspace: Workspace, changes: dict, field: str, words: str
) -> None:
    worker_id, coach = _open_worker(demo_workspace)
    before = _count(demo_workspace)
    arguments = {
        "worker_id": worker_id,
        "coach": coach,
        "date": TODAY,
        "hours": Decimal(1),
        "kind": GuidanceKind.WORK_FLOOR,
    } | changes
    with pytest.raises(InputRejected, match=words) as caught:
        svc.record_guidance(demo_workspace.sessions, **arguments)
    assert caught.value.field == field
    assert _count(demo_workspace) == before


def test_the_same_entry_twice_is_refused(demo_workspace: Workspace) -> None:
    worker_id, coach = _open_worker(demo_workspace)
    arguments = {
        "worker_id": worker_id,
        "coach": coach,
        "date": TODAY,
        "hours": Decimal(1),
        "kind": GuidanceKind.INDUCTION,
    }
    svc.record_guidance(demo_workspace.sessions, **arguments)
    with pytest.raises(InputRejected, match="al 'Inwerken'"):
        svc.record_guidance(demo_workspace.sessions, **arguments)


def test_reassessments_due_follow_the_measurement_in_force(demo_workspace: Workspace) -> None:
    worker_id, coach = _open_worker(demo_workspace)
    measured = add_months(TODAY, -11)
    with transaction(demo_workspace.sessions) as session:
        session.add(
            t.WageValueRow(
                worker_id=worker_id,
                measured_on=measured,
                wage_value=Decimal("0.55"),
                reassess_term=ReassessTerm.MONTHS_6_12,
            )
        )
    with demo_workspace.sessions() as session:
        due = {d.worker_id: d for d in svc.reassessments_due(session, coach, TODAY)}
        later = {d.worker_id for d in svc.reassessments_due(session, coach, TODAY, months=0)}
    assert due[worker_id].measured_on == measured
    assert due[worker_id].due == reassessment_due(measured, ReassessTerm.MONTHS_6_12)
    assert worker_id not in later  # due in a month: not yet within a horizon of none
    assert all(d.due <= add_months(TODAY, 2) for d in due.values())


def test_placements_to_evaluate_are_open_and_older_than_a_year(demo_workspace: Workspace) -> None:
    with demo_workspace.sessions() as session:
        coach = svc.coaches(session)[0]
        found = svc.placements_to_evaluate(session, coach, TODAY)
        open_rows = session.execute(
            select(t.PlacementRow.worker_id)
            .join(t.WorkerRow)
            .where(
                t.WorkerRow.coach == coach,
                t.PlacementRow.end_date.is_(None),
                t.PlacementRow.start_date <= add_months(TODAY, -12),
            )
        ).all()
    assert len(found) == len(open_rows) > 0
    assert all(p.start <= add_months(TODAY, -12) for p in found)
