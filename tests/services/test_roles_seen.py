"""What was seen before roles were decided in the services, one test each.

A job coach saw all workers with birth dates and wages, and "Show" revealed another coach's
worker's full BSN without a trace; she could save guidance under another coach's name, and
guidance was not audited; a manager read guidance notes. Here every one of those is asked of
the services with the signed-in user, on the demo company (40 workers, eight coaches).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sodesk.domain.enums import GuidanceKind, Role, WorkType
from sodesk.services import guidance, hours, workers
from sodesk.services.errors import InputRejected
from sodesk.services.permissions import PermissionDenied
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.audit import mask_for_log
from sodesk.storage.database import transaction

MANAGER = SignedIn("mo", "Mo Manager", Role.MANAGER)
ADMIN = SignedIn("bea", "Bea Beheer", Role.ADMINISTRATOR)
CONTROLLER = SignedIn("cor", "Cor Controller", Role.CONTROLLER)


@pytest.fixture
def company(demo_workspace: Workspace) -> Iterator[tuple[Workspace, SignedIn, int, int]]:
    """The demo company, a job coach (user name in lower case, display name as on her
    workers), one worker of hers and one of another coach."""
    with demo_workspace.sessions() as session:
        rows = session.execute(
            select(t.WorkerRow.id, t.WorkerRow.coach).order_by(t.WorkerRow.id)
        ).all()
    name = rows[0][1]
    mine = rows[0][0]
    other = next(i for i, c in rows if c and c != name)
    coach = SignedIn(name.split()[0].lower(), name, Role.JOB_COACH)
    yield demo_workspace, coach, mine, other


def _employed_day(workspace: Workspace, worker_id: int) -> dt.date:
    with workspace.sessions() as session:
        start = session.scalars(
            select(t.EmploymentRow.start_date).where(t.EmploymentRow.worker_id == worker_id)
        ).first()
    assert start is not None
    return start + dt.timedelta(days=3)


def _audit(workspace: Workspace, table: str, action: str) -> list[t.AuditRow]:
    with workspace.sessions() as session:
        return list(
            session.scalars(
                select(t.AuditRow).where(
                    t.AuditRow.table_name == table, t.AuditRow.action == action
                )
            )
        )


def test_a_job_coach_sees_her_caseload_only_without_bsn_birth_date_or_wage(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, mine, other = company
    today = dt.date(2025, 6, 30)
    with workspace.sessions() as session:
        everyone = workers.worker_list(session, today)
        hers = workers.worker_list(session, today, coach)
        card = workers.worker_card(session, mine, coach)
        with pytest.raises(PermissionDenied, match="caseload"):
            workers.worker_card(session, other, coach)
        full = workers.worker_card(session, mine, MANAGER)
    assert len(everyone) == 40
    assert hers and len(hers) < len(everyone)
    assert {row.coach for row in hers} == {coach.display_name}
    assert {row.id for row in hers} == {r.id for r in everyone if r.coach == coach.display_name}
    assert card is not None and full is not None
    assert (card.bsn, card.birth_date, card.indication_date, card.employments) == (
        None,
        None,
        None,
        [],
    )
    assert card.placements == full.placements and card.measurements == full.measurements
    assert full.bsn and full.bsn.startswith("•") and full.birth_date and full.employments


def test_a_user_name_on_the_worker_matches_too_case_ignored(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, mine, _other = company
    with transaction(workspace.sessions) as session:
        session.get(t.WorkerRow, mine).coach = f"  {coach.username.upper()} "  # type: ignore[union-attr]
    with workspace.sessions() as session:
        hers = workers.worker_list(session, dt.date(2025, 6, 30), coach)
    assert mine in {row.id for row in hers}


def test_a_bsn_is_revealed_through_the_service_and_audited_never_to_a_job_coach(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, mine, other = company
    with pytest.raises(PermissionDenied, match="BSN"):
        workers.reveal_bsn(workspace.sessions, mine, coach)  # not even of her own worker
    with pytest.raises(PermissionDenied):
        workers.reveal_bsn(workspace.sessions, other, coach)
    assert _audit(workspace, "workers", "reveal") == []
    before = dt.datetime.now().replace(microsecond=0)
    full = workers.reveal_bsn(workspace.sessions, other, MANAGER)
    with workspace.sessions() as session:
        stored = session.get(t.WorkerRow, other)
    assert stored is not None and full == stored.bsn and len(full) == 9
    (event,) = _audit(workspace, "workers", "reveal")
    assert (event.record_key, event.field) == (str(other), "bsn")  # whose
    assert event.user == str(workspace.sessions.kw["info"]["user"])  # who
    assert before <= event.at <= dt.datetime.now()  # when
    assert event.new_value == mask_for_log(full)  # the log never holds a full BSN


def test_a_job_coach_logs_guidance_under_her_own_name_only_and_it_is_audited(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, mine, other = company
    day = _employed_day(workspace, mine)
    with workspace.sessions() as session:
        count = session.scalar(select(func.count()).select_from(t.GuidanceRow))
    with pytest.raises(PermissionDenied, match="eigen naam"):
        guidance.record_guidance(
            workspace.sessions,
            worker_id=mine,
            coach="Iemand Anders",
            date=day,
            hours=Decimal("0.5"),
            kind=GuidanceKind.JOB_COACHING,
            who=coach,
        )
    with pytest.raises(PermissionDenied, match="caseload"):
        guidance.record_guidance(
            workspace.sessions,
            worker_id=other,
            coach="",
            date=_employed_day(workspace, other),
            hours=Decimal("0.5"),
            kind=GuidanceKind.JOB_COACHING,
            who=coach,
        )
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(t.GuidanceRow)) == count
    entry = guidance.record_guidance(
        workspace.sessions,
        worker_id=mine,
        coach="",
        date=day,
        hours=Decimal("0.75"),
        kind=GuidanceKind.JOB_COACHING,
        note="Gesprek over de nieuwe taak",
        who=coach,
    )
    assert entry.coach == coach.display_name
    lines = _audit(workspace, "guidance", "insert")  # the demo's guidance came in bulk
    logged = {a.field: a.new_value for a in lines}
    assert logged["coach"] == coach.display_name and logged["hours"] == "0.75"
    assert logged["note"] == "•••"  # the log is read by managers: no note in it
    assert {a.reason for a in lines} == {"begeleiding vastgelegd"}


def test_a_manager_reads_guidance_without_notes_a_coach_only_her_own_notes(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, mine, _other = company
    day = _employed_day(workspace, mine)
    own = guidance.record_guidance(
        workspace.sessions,
        worker_id=mine,
        coach="",
        date=day,
        hours=Decimal("1"),
        kind=GuidanceKind.WORK_FLOOR,
        note="Eigen notitie",
        who=coach,
    )
    theirs = guidance.record_guidance(
        workspace.sessions,
        worker_id=mine,
        coach="",
        date=day,
        hours=Decimal("1"),
        kind=GuidanceKind.OTHER,
        note="Notitie van de beheerder",
        who=ADMIN,
    )
    with workspace.sessions() as session:
        by = {
            who.role: {e.id: e.note for e in guidance.guidance_history(session, mine, who=who)}
            for who in (ADMIN, MANAGER, CONTROLLER, coach)
        }
    assert by[Role.ADMINISTRATOR][own.id] == "Eigen notitie"
    assert by[Role.ADMINISTRATOR][theirs.id] == "Notitie van de beheerder"
    assert set(by[Role.MANAGER]) == set(by[Role.ADMINISTRATOR])  # the entries, not the notes
    assert set(by[Role.MANAGER].values()) == {None} == set(by[Role.CONTROLLER].values())
    assert by[Role.JOB_COACH][own.id] == "Eigen notitie"
    assert by[Role.JOB_COACH][theirs.id] is None


def test_a_controller_corrects_guidance_with_a_reason_in_the_audit_log(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, mine, _other = company
    entry = guidance.record_guidance(
        workspace.sessions,
        worker_id=mine,
        coach="",
        date=_employed_day(workspace, mine),
        hours=Decimal("2"),
        kind=GuidanceKind.WORK_FLOOR,
        who=coach,
    )
    with pytest.raises(PermissionDenied):
        guidance.correct_guidance(
            workspace.sessions, entry.id, reason="fout", hours=Decimal("1"), who=coach
        )
    with pytest.raises(InputRejected, match="Reden"):
        guidance.correct_guidance(
            workspace.sessions, entry.id, reason="", hours=Decimal("1"), who=CONTROLLER
        )
    fixed = guidance.correct_guidance(
        workspace.sessions,
        entry.id,
        reason="dubbel geteld",
        hours=Decimal("1.5"),
        who=CONTROLLER,
    )
    assert fixed.hours == Decimal("1.5") and fixed.coach == coach.display_name
    (line,) = [
        a
        for a in _audit(workspace, "guidance", "update")
        if a.record_key == str(entry.id) and a.field == "hours"
    ]
    assert (line.old_value, line.new_value) == ("2.00", "1.50")
    assert line.reason == "correctie: dubbel geteld"


def test_a_job_coach_sees_the_hours_of_her_caseload_only(
    company: tuple[Workspace, SignedIn, int, int],
) -> None:
    workspace, coach, _mine, _other = company
    with workspace.sessions() as session:
        monday = session.scalar(select(func.max(t.HourRow.date)))
        assert monday is not None
        hers = set(
            session.scalars(select(t.WorkerRow.id).where(t.WorkerRow.coach == coach.display_name))
        )
        seen: dict[str, set[int]] = {"all": set(), "coach": set()}
        for work_type in WorkType:
            for key, who in (("all", None), ("coach", coach)):
                view = hours.load_week(session, monday, work_type=work_type, who=who)
                seen[key] |= {line.worker_id for line in view.lines}
    assert seen["coach"] and seen["coach"] <= hers
    assert seen["coach"] == seen["all"] & hers and seen["all"] - hers
