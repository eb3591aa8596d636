"""The window's import entry point (services.imports) on SQLite and PostgreSQL.

It must check and write exactly as ``sodesk import`` does, and a cancel, whenever it comes
(before the first statement, in the middle, at the commit), must leave the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.enums import Role
from sodesk.services import imports
from sodesk.services.imports import ImportCancelled, may_import, run_import
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from tests.import_factories import DUTCH_EXPORT, snapshot, write_dutch_folder


def _hour_rows(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.HourRow)) or 0


def test_check_then_import_writes_what_the_check_counted(
    workspace: Workspace, database_url: str, tmp_path: Path
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    before = snapshot(database_url)
    check = run_import(workspace, folder, dry_run=True)
    assert check.ok and check.dry_run
    assert check.summary is not None
    assert check.summary.rows["hours"] == 36
    assert check.summary.rows["workers"] == 6
    assert snapshot(database_url) == before  # a check writes nothing

    done = run_import(workspace, folder, dry_run=False)
    assert done.ok and done.summary is not None
    assert done.summary.rows == check.summary.rows
    assert _hour_rows(workspace) == 36
    assert workspace.last_import() is not None


def test_a_bad_file_gives_every_problem_and_writes_nothing(
    workspace: Workspace, database_url: str, tmp_path: Path
) -> None:
    files = dict(DUTCH_EXPORT)
    files["hours"] = DUTCH_EXPORT["hours"].replace(
        "1001;INP;2024-12-02;10,5", "1001;INP;2024-12-02;x"
    )
    files["rates"] = DUTCH_EXPORT["rates"].replace(
        "INP;2025-01-01;;hour;21,00", "XXX;2025-01-01;;hour;21"
    )
    folder = write_dutch_folder(tmp_path / "bad", files)
    before = snapshot(database_url)
    outcome = run_import(workspace, folder, dry_run=False)
    assert not outcome.ok and outcome.summary is None
    where = {(p.file, p.row, p.column, p.value) for p in outcome.problems}
    assert ("hours.csv", 2, "hours", "x") in where
    assert ("rates.csv", 3, "activity_code", "XXX") in where
    assert snapshot(database_url) == before


@pytest.mark.parametrize("after_statements", [0, 1, 5])
def test_a_cancel_leaves_the_database_as_it_was(
    workspace: Workspace, database_url: str, tmp_path: Path, after_statements: int
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    before = snapshot(database_url)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > after_statements

    with pytest.raises(ImportCancelled):
        run_import(workspace, folder, dry_run=False, cancelled=cancelled)
    assert snapshot(database_url) == before
    assert workspace.last_import() is None


def test_a_cancel_at_the_commit_still_writes_nothing(
    workspace: Workspace, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every statement has run when the user cancels: the commit itself must refuse."""
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    before = snapshot(database_url)
    committing = False
    made = imports._stoppable_sessions

    def marking_commits(ws: Workspace, ask: Callable[[], bool]) -> sessionmaker[Session]:
        factory = made(ws, ask)

        def mark(*_args: object) -> None:
            nonlocal committing
            committing = True

        event.listen(factory, "before_commit", mark, insert=True)
        return factory

    monkeypatch.setattr(imports, "_stoppable_sessions", marking_commits)
    with pytest.raises(ImportCancelled):
        run_import(workspace, folder, dry_run=False, cancelled=lambda: committing)
    assert committing
    assert snapshot(database_url) == before


def test_job_coaches_may_not_import() -> None:
    assert may_import(None)
    for role in Role:
        who = SignedIn("u", "U", role)
        assert may_import(who) is (role is not Role.JOB_COACH)
