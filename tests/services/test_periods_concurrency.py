"""A save from another desk while a month is being closed: one of them wins cleanly, on
SQLite (one writer at a time) and on PostgreSQL (the closing waits for open changes of the
guarded tables and holds new ones off until it commits), with real concurrent connections."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sodesk.cli import main
from sodesk.services import periods
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder

FEB = dt.date(2025, 2, 1)
SAVED = dt.date(2025, 2, 12)
WAIT = 1.0  # seconds a blocked party is watched before the other one lets go


@pytest.fixture
def desks(database_url: str, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    """Two desks on one database: the controller's and a team leader's."""
    folder = write_folder(tmp_path, MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    closing, saving = open_workspace(database_url, user="carla"), open_workspace(database_url)
    yield closing, saving
    closing.close()
    saving.close()


def _hour(session: Session) -> t.HourRow:
    worker, activity = session.execute(
        select(t.HourRow.worker_id, t.HourRow.activity_id).limit(1)
    ).one()
    return t.HourRow(worker_id=worker, activity_id=activity, date=SAVED, hours=Decimal(4))


def _count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).where(t.HourRow.date == SAVED)) or 0


class _Party(threading.Thread):
    """Runs one call in its own thread and keeps its answer or its error."""

    def __init__(self, call: object) -> None:
        super().__init__(daemon=True)
        self.call = call
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.call()  # type: ignore[operator]
        except BaseException as error:  # the test reads it
            self.error = error


def test_a_save_in_progress_lands_before_the_closing_that_waits_for_it(
    desks: tuple[Workspace, Workspace],
) -> None:
    closing, saving = desks
    with saving.sessions() as session, session.begin():
        hour = _hour(session)  # the desk reads first, then writes and holds its change open
        session.add(hour)
        session.flush()
        closer = _Party(lambda: periods.close_through(closing, None, FEB, confirmed=True))
        closer.start()
        closer.join(WAIT)
        assert closer.is_alive()  # the closing waits for the open save
    closer.join(60)
    assert closer.error is None and closer.result == [FEB]
    assert _count(saving) == 1  # the save won, and it is inside the closed month


def test_a_save_during_the_closing_waits_and_is_refused(
    desks: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    closing, saving = desks
    locked, release = threading.Event(), threading.Event()

    def slow_results(_session: Session, _months: list[dt.date]) -> None:
        locked.set()  # the closing holds its locks, as while it stores a month's results
        release.wait(60)

    monkeypatch.setattr(periods, "_store_results", slow_results)
    with saving.sessions() as session:
        hour = _hour(session)

    def save() -> None:
        with transaction(saving.sessions) as session:
            session.add(hour)

    closer = _Party(lambda: periods.close_through(closing, None, FEB, confirmed=True))
    closer.start()
    assert locked.wait(30)
    saver = _Party(save)
    saver.start()
    saver.join(WAIT)
    assert saver.is_alive()  # the save waits for the closing
    release.set()
    closer.join(60)
    saver.join(60)
    assert closer.error is None and closer.result == [FEB]
    assert isinstance(saver.error, periods.ClosedMonthError)
    assert saver.error.month == FEB
    assert _count(saving) == 0
