"""A sodesk process that kills itself with SIGKILL at a chosen point of one action.

Run by tests/e2e/test_crash_safety_saves.py as
``python -m tests.e2e.crash_child ACTION URL MARKER [ARGS...]``. A kill from outside lands at
a random moment and a save takes milliseconds; this child instead dies at the worst moment,
deterministically:

- a save (``hours``, ``guidance``, ``municipality``, ``waiting``) dies when the service
  commits: every write of the transaction has reached the database, the COMMIT has not. First
  it reads, on the dying transaction's own connection, what the database would hold, and
  writes that to MARKER, so the test can show the writes were really there;
- ``report-replace`` dies once the report file is written and flushed beside its target,
  before the rename; ``report-write`` dies halfway through writing the report's bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from sodesk.domain.enums import GuidanceKind, Placeable
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t

#: what the dying transaction is asked about its own, uncommitted state
PROBES = {
    "hours": "SELECT count(*), sum(hours) FROM hours",
    "guidance": "SELECT count(*) FROM guidance",
    "municipality": "SELECT count(*) FROM audit_log",
    "waiting": "SELECT count(*) FROM audit_log",
}


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _kill_at_commit(workspace: Workspace, probe: str, marker: Path) -> None:
    @event.listens_for(workspace.engine, "commit")
    def _at_commit(connection: Any) -> None:
        cursor = connection.connection.dbapi_connection.cursor()
        cursor.execute(probe)
        state = [str(value) for value in cursor.fetchone()]
        marker.write_text(json.dumps(state))
        _die()


def _save_hours(workspace: Workspace) -> None:
    from sodesk.services.hours import HourCell, save_week

    with workspace.sessions() as session:
        worker = session.scalars(select(t.WorkerRow.id)).one()
        activity = session.scalars(select(t.ActivityRow.id)).one()
    days = [dt.date(2025, 3, 3) + dt.timedelta(days=n) for n in range(12)]
    cells = [HourCell(worker, activity, day, Decimal("6.5")) for day in days if day.weekday() < 5]
    cells.append(HourCell(worker, activity, dt.date(2025, 3, 14), None))  # a delete too
    save_week(workspace.sessions, cells)


def _save_guidance(workspace: Workspace) -> None:
    from sodesk.services.guidance import record_guidance

    with workspace.sessions() as session:
        worker = session.scalars(select(t.WorkerRow.id)).one()
    record_guidance(
        workspace.sessions,
        worker_id=worker,
        coach="J. Jansen",
        date=dt.date(2025, 3, 12),
        hours=Decimal("1.5"),
        kind=next(iter(GuidanceKind)),
        note="gesprek over de nieuwe werkplek",
    )


def _save_municipality(workspace: Workspace) -> None:
    from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis
    from sodesk.services import municipalities as svc

    with workspace.sessions() as session:
        row = session.scalars(select(t.MunicipalityRow)).one()
        identity, version = row.id, row.version
    svc.save_municipality(
        workspace.sessions,
        identity,
        version,
        svc.RegimeSettings(
            LksRegime.FIXED, Decimal("0.8"), LwBasis.MINIMUM_WAGE, GuidanceAllowanceBasis.JOB_31H
        ),
        [svc.YearFigures(2026, 12, Decimal("3700"), Decimal("37000"))],
    )


def _save_waiting(workspace: Workspace) -> None:
    from sodesk.services import municipalities as svc

    with workspace.sessions() as session:
        entry = session.scalars(select(t.WaitingListRow)).one()
    svc.save_waiting_entry(
        workspace.sessions,
        entry.municipality_id,
        entry.id,
        reference=entry.reference,
        advice_date=entry.advice_date,
        placeable=Placeable.LATER,
        reason="eerst een stage",
        placed_on=None,
        version=entry.version,
    )


SAVES = {
    "hours": _save_hours,
    "guidance": _save_guidance,
    "municipality": _save_municipality,
    "waiting": _save_waiting,
}


def _report(url: str, marker: Path, target: str, where: str) -> None:
    from sodesk.cli import main

    if where == "report-replace":

        def replace(_source: object, _target: object) -> None:
            marker.write_text("written, not renamed")
            _die()

        os.replace = replace  # type: ignore[assignment]
    else:
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, stream: Any) -> None:
                self.stream = stream

            def __enter__(self) -> HalfWriter:
                return self

            def __exit__(self, *_exc: object) -> None:
                self.stream.close()

            def write(self, data: bytes) -> int:
                self.stream.write(data[: len(data) // 2])
                self.stream.flush()
                os.fsync(self.stream.fileno())
                marker.write_text(f"half of {len(data)} bytes written")
                _die()
                return 0

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return HalfWriter(real_fdopen(fd, *args, **kwargs))

        os.fdopen = fdopen  # type: ignore[assignment]
    main(
        [
            "--database",
            url,
            "report",
            "activities",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--format",
            "pdf",
            "--out",
            target,
        ]
    )


def run(action: str, url: str, marker: Path, *rest: str) -> None:
    if action.startswith("report-"):
        _report(url, marker, rest[0], action)
        return
    workspace = open_workspace(url, user="desk.crash")
    _kill_at_commit(workspace, PROBES[action], marker)
    SAVES[action](workspace)


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], Path(sys.argv[3]), *sys.argv[4:])
    sys.exit("the action ended without being killed")
