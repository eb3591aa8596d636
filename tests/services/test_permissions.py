"""Who may do what, asked of the services themselves (not of the pages): every role against
every service that reads or writes personal data or money.

The expectations are written out here, role by role, as the issue put them; they are not
read back from services.permissions, so a change of the table shows up as a failure. A call
counts as refused when the service raises PermissionDenied; as allowed when it answers or
refuses the (deliberately stale or empty) input with its own ValueError, which it only gets
to after the permission check. The demo company (tests/conftest.py) has 40 workers, each
with one of eight coaches.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sodesk.domain.enums import (
    GuidanceAllowanceBasis,
    GuidanceKind,
    LksRegime,
    LwBasis,
    Placeable,
    ReassessTerm,
    Role,
    WorkType,
)
from sodesk.domain.period import Period
from sodesk.domain.wage_value import TaskScore
from sodesk.services import (
    activity_entries,
    guidance,
    hours,
    imports,
    measurements,
    municipalities,
    parameters,
    people,
    periods,
    rates,
    reports,
    restore,
    workers,
)
from sodesk.services.analyses_view import outlook_for
from sodesk.services.overview import realisation_for
from sodesk.services.people_input import EmploymentInput, PlacementInput, WorkerInput
from sodesk.services.permissions import (
    ACTIONS,
    Action,
    PermissionDenied,
    allowed,
    role_may,
    roles_for,
)
from sodesk.services.report_channel import ACTIVITY_REPORT
from sodesk.services.report_client import compute
from sodesk.services.scenario import scenario_2028
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t

A, M, C, J = Role.ADMINISTRATOR, Role.MANAGER, Role.CONTROLLER, Role.JOB_COACH
D = dt.date
TODAY = D(2025, 6, 30)


@pytest.fixture(scope="module")
def company(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("roles") / "demo.sqlite3"
    shutil.copy(demo_template, path)
    workspace = open_workspace(f"sqlite:///{path}", user="test")
    yield workspace
    workspace.close()


def _coaches(workspace: Workspace) -> tuple[str, int, int]:
    """The coach with the most workers, one of her workers and a worker of another coach."""
    with workspace.sessions() as session:
        coach = session.execute(
            select(t.WorkerRow.coach)
            .group_by(t.WorkerRow.coach)
            .order_by(func.count().desc(), t.WorkerRow.coach)
            .limit(1)
        ).scalar_one()
        rows = session.execute(select(t.WorkerRow.id, t.WorkerRow.coach)).all()
    mine = next(i for i, c in rows if c == coach)
    other = next(i for i, c in rows if c and c != coach)
    return coach, mine, other


def _who(role: Role, coach: str) -> SignedIn:
    """A user of ``role``; the job coach is the coach (display name as on her workers)."""
    return SignedIn(role.value.replace("_", "."), coach if role is J else role.label, role)


Call = Callable[[Workspace, SignedIn, int], object]
BAD = D(1900, 1, 1)  # a date outside every employment: the service refuses it after the check


def _placement(w: Workspace, who: SignedIn, worker: int) -> object:
    entry = PlacementInput(WorkType.SHELTERED_INSIDE, None, None, D(2025, 1, 1))
    return people.add_placement(w.sessions, worker, -1, entry, who)  # a stale version


def _measurement(w: Workspace, who: SignedIn, worker: int) -> object:
    task = TaskScore("Inpakken", Decimal(1), Decimal("0.8"), Decimal("0.9"), Decimal(1))
    return measurements.save_measurement(
        w.sessions, worker, BAD, [task], ReassessTerm.NONE, who=who
    )


def _guidance(w: Workspace, who: SignedIn, worker: int) -> object:
    return guidance.record_guidance(
        w.sessions,
        worker_id=worker,
        coach="",
        date=BAD,
        hours=Decimal("0.5"),
        kind=GuidanceKind.JOB_COACHING,
        who=who,
    )


def _history(w: Workspace, who: SignedIn, worker: int) -> object:
    with w.sessions() as session:
        return guidance.guidance_history(session, worker, who=who)


def _card(w: Workspace, who: SignedIn, worker: int) -> object:
    with w.sessions() as session:
        return workers.worker_card(session, worker, who)


def _list(w: Workspace, who: SignedIn, _worker: int) -> object:
    with w.sessions() as session:
        return workers.worker_list(session, TODAY, who)


def _read(read: Callable[..., object]) -> Call:
    def call(w: Workspace, who: SignedIn, _worker: int) -> object:
        with w.sessions() as session:
            return read(session, who=who)

    return call


def _hours(w: Workspace, who: SignedIn, worker: int) -> object:
    with w.sessions() as session:
        activity = session.scalars(select(t.ActivityRow.id)).first()
    assert activity is not None
    cell = hours.HourCell(worker, activity, BAD, Decimal(8))
    return hours.save_week(w.sessions, [cell], who)


def _worker_input() -> WorkerInput:
    return WorkerInput("", "", "", None, None, None, "", None, None)  # refused: empty


def _employment() -> EmploymentInput:
    return EmploymentInput(D(2025, 1, 1), None, Decimal(0), Decimal(0))  # refused: 0 hours


_NOBODY = 10**9  # no such id: refused by the service after the permission check

#: (name, call, the roles that may) -- "the other coach's worker" is the worker passed
CASES: list[tuple[str, Call, set[Role]]] = [
    ("worker list", _list, {A, M, C, J}),
    ("card of another coach's worker", _card, {A, M, C}),
    (
        "reveal a BSN",
        lambda w, who, worker: workers.reveal_bsn(w.sessions, worker, who),
        {A, M, C},
    ),
    (
        "create a worker",
        lambda w, who, _: people.create_worker(w.sessions, _worker_input(), _employment(), who),
        {A, M, C},
    ),
    (
        "edit personal data",
        lambda w, who, worker: people.update_worker(
            w.sessions, worker, -1, _worker_input(), who=who
        ),
        {A, M, C},
    ),
    (
        "delete a worker",
        lambda w, who, _: people.delete_worker(w.sessions, _NOBODY, 1, who),
        {A, M, C},
    ),
    (
        "add an employment",
        lambda w, who, worker: people.add_employment(
            w.sessions, worker, -1, _employment(), who=who
        ),
        {A, M, C},
    ),
    (
        "end an employment",
        lambda w, who, worker: people.end_employment(w.sessions, worker, -1, 0, None, who),
        {A, M, C},
    ),
    ("placement of another coach's worker", _placement, {A, M, C}),
    ("measurement of another coach's worker", _measurement, {A, M, C}),
    ("guidance history of another coach's worker", _history, {A, M, C}),
    ("log guidance for another coach's worker", _guidance, {A}),
    (
        "correct guidance",
        lambda w, who, _: guidance.correct_guidance(w.sessions, _NOBODY, reason="", who=who),
        {A, C},
    ),
    ("hours of another coach's worker", _hours, {A, M, C}),
    (
        "end a placement of another coach's worker",
        lambda w, who, worker: people.end_placement(w.sessions, worker, -1, 0, None, who),
        {A, M, C},
    ),
    (
        "renew a placement of another coach's worker",
        lambda w, who, worker: people.renew_placement(w.sessions, worker, -1, 0, BAD, who),
        {A, M, C},
    ),
    (
        "caseload, due re-assessments and placements to evaluate",
        lambda w, who, _: _read(
            lambda s, who: (
                guidance.coaches(s, who),
                guidance.worker_choices(s, who),
                guidance.caseload(s, "", TODAY, who),
                guidance.reassessments_due(s, "", TODAY, who=who),
                guidance.placements_to_evaluate(s, "", TODAY, who=who),
            )
        )(w, who, 0),
        {A, M, C, J},
    ),
    (
        "hours of a week",
        lambda w, who, _: _read(
            lambda s, who: hours.load_week(s, TODAY, work_type=WorkType.SHELTERED_INSIDE, who=who)
        )(w, who, 0),
        {A, M, C, J},
    ),
    ("read rates", _read(rates.all_activity_rates), {A, M, C}),
    ("read activity entries", _read(activity_entries.all_activity_entries), {A, M, C}),
    (
        "read municipalities",
        lambda w, who, _: _read(lambda s, who: municipalities.municipality_list(s, TODAY, who=who))(
            w, who, 0
        ),
        {A, M, C},
    ),
    (
        "realisation",
        lambda w, who, _: realisation_for(w, TODAY, None, who=who),
        {A, M, C},
    ),
    (
        "report (money)",
        lambda w, who, _: reports.render(
            w, "activities", D(2025, 1, 1), D(2025, 1, 31), "json", municipality="X", who=who
        ),
        {A, M, C},
    ),
    (
        "money through the report process",
        lambda w, who, _: compute(
            None, w, ACTIVITY_REPORT, Period(D(2025, 1, 1), D(2025, 1, 31)), who=who
        ),
        {A, M, C},
    ),
    (
        "edit a rate",
        lambda w, who, _: rates.delete_rate(
            w.sessions, _NOBODY, rates.Snapshot(0, frozenset()), _NOBODY, who=who
        ),
        {A, M, C},
    ),
    (
        "edit an activity entry",
        lambda w, who, _: activity_entries.delete_entry(
            w.sessions,
            _NOBODY,
            activity_entries.Snapshot(0, frozenset()),
            activity_entries.EntryKind.REVENUE,
            _NOBODY,
            who=who,
        ),
        {A, M, C},
    ),
    (
        "edit a parameter",
        lambda w, who, _: parameters.save_entry(
            w.sessions,
            parameters.CompanyYearEntry(2025, Decimal(20), Decimal(50), Decimal(1500)),
            "",
            adding=False,
            who=who,
        ),
        {A, C},
    ),
    (
        "edit a municipality",
        lambda w, who, _: municipalities.save_waiting_entry(
            w.sessions,
            _NOBODY,
            None,
            reference="",
            advice_date=TODAY,
            placeable=Placeable.NOW,
            reason=None,
            placed_on=None,
            who=who,
        ),
        {A, M, C},
    ),
    (
        "import",
        lambda w, who, _: imports.run_import(w, Path("/nowhere"), dry_run=True, who=who),
        {A, M, C},
    ),
    (
        "municipality card",
        lambda w, who, _: _read(
            lambda s, who: municipalities.municipality_card(s, _NOBODY, TODAY, TODAY, who=who)
        )(w, who, 0),
        {A, M, C},
    ),
    (
        "2028 scenario",
        lambda w, who, _: _read(
            lambda s, who: scenario_2028(s, Period(D(2025, 1, 1), D(2025, 1, 31)), who=who)
        )(w, who, 0),
        {A, M, C},
    ),
    (
        "workforce outlook",
        lambda w, who, _: outlook_for(w, 2026, 3, 1, who=who),
        {A, M, C},
    ),
    (
        "add a rate",
        lambda w, who, _: rates.add_rate(
            w.sessions,
            _NOBODY,
            rates.Snapshot(0, frozenset()),
            rates.RateInput(D(2025, 1, 1), None, None, Decimal(-1)),
            who=who,
        ),
        {A, M, C},
    ),
    (
        "save a municipality",
        lambda w, who, _: municipalities.save_municipality(
            w.sessions,
            _NOBODY,
            -1,
            municipalities.RegimeSettings(
                LksRegime.MEASURED, None, LwBasis.FUNCTION_WAGE, GuidanceAllowanceBasis.PLACE
            ),
            who=who,
        ),
        {A, M, C},
    ),
    (
        "block a user",
        lambda w, who, _: parameters.deactivate_user(w.sessions, "x", "x", who=who),
        {A},
    ),
    (
        "restore a deletion",
        lambda w, who, _: restore.restore_deletion(w.sessions, _NOBODY, "terugzetten", who),
        {A},
    ),
    (
        "close months",
        lambda w, who, _: periods.close_through(w, who, D(2025, 1, 1)),
        {A, C},
    ),
    (
        "reopen months",
        lambda w, who, _: periods.reopen(w, who, D(2025, 1, 1), "correctie"),
        {A, C},
    ),
    ("read the audit log", _read(parameters.recent_changes), {A, M}),
    ("list users", _read(parameters.list_users), {A}),
    (
        "add a user",
        lambda w, who, _: parameters.add_user(w.sessions, "", "", Role.MANAGER, "", who=who),
        {A},
    ),
]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize(("name", "call", "roles"), CASES, ids=[c[0] for c in CASES])
def test_every_role_against_every_service(
    company: Workspace, role: Role, name: str, call: Call, roles: set[Role]
) -> None:
    coach, _mine, other = _coaches(company)
    who = _who(role, coach)
    try:
        call(company, who, other)
        outcome = "allowed"
    except PermissionDenied as refused:
        # Dutch, naming the role or the caseload, and what may not be done
        assert refused.message.startswith("Dit mag u als ") or "caseload:" in refused.message
        outcome = "refused"
    except ValueError:  # the service's own answer to the stale or empty input
        outcome = "allowed"
    assert outcome == ("allowed" if role in roles else "refused"), (name, role)


@pytest.mark.parametrize(
    ("action", "roles"),
    [
        (Action.READ_MONEY, {A, M, C}),
        (Action.EXPLAIN, {A, M, C}),
        (Action.REVEAL_BSN, {A, M, C}),
        (Action.CORRECT_GUIDANCE, {A, C}),
        (Action.BACKUP, {A}),
        (Action.RESTORE, {A}),
        (Action.MANAGE_USERS, {A}),
        (Action.READ_AUDIT_LOG, {A, M}),
        (Action.CLOSE_MONTHS, {A, C}),
        (Action.REOPEN_MONTHS, {A, C}),
    ],
)
def test_the_table_read_the_other_way(action: Action, roles: set[Role]) -> None:
    assert roles_for(action) == roles


def test_fields_a_job_coach_never_sees_and_notes_a_manager_never_reads() -> None:
    for field in ("bsn", "birth_date", "hourly_wage", "employments"):
        assert roles_for(Action.READ_WORKERS, field) == {A, M, C}
    assert roles_for(Action.READ_GUIDANCE, "note") == {A, J}
    assert all(allowed(None, action) for action in Action)  # a database without users
    assert set(ACTIONS) == set(Action)
    coach = SignedIn("anouk", "Anouk de Vries", J)
    assert not coach.sees_money and coach.sees_guidance_notes
    manager = SignedIn("mo", "Mo", M)
    assert manager.sees_money and not manager.sees_guidance_notes
    assert role_may(C, Action.READ_GUIDANCE) and not role_may(C, Action.READ_GUIDANCE, "note")
