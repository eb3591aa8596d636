"""Importing a file from the window: the CLI's import (storage.imports) with a way to stop it.

The desktop application runs the import in a pool thread and lets the user cancel it. The
storage import has no cancel hook, so the session it writes through is made here, from the
workspace's own session factory (same engine and user), with two listeners: every statement
the import sends, and the commit itself, first ask whether the user cancelled and raise
:class:`ImportCancelled` if so. The import rolls its one transaction back on any exception,
so a cancelled import, like a refused one, leaves the database exactly as it was.

Who may import: the import writes money files (rates, revenue, purchases, wages), so job
coaches, who see no money, may not; administrators, managers and controllers may.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from sodesk.services.permissions import Action, allowed, require, roles_for
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage.imports.loader import ImportSummary, import_source
from sodesk.storage.imports.problems import ImportFailed, ImportProblem
from sodesk.storage.imports.profiles import Profile

__all__ = [
    "FileCount",
    "ImportCancelled",
    "ImportOutcome",
    "ImportProblem",
    "ImportSummary",
    "may_import",
    "run_import",
]

#: roles that may import files (they hold money: rates, revenue, wages)
IMPORTING_ROLES = roles_for(Action.IMPORT)


class ImportCancelled(Exception):
    """The user stopped the import; its transaction was rolled back, nothing was written."""


@dataclass(frozen=True)
class FileCount:
    """The rows of one file (or sheet) that an import wrote or, on a check, would write."""

    file: str
    rows: int


@dataclass
class ImportOutcome:
    """What a check or an import found: a summary (rows per file) or every problem."""

    source: Path
    dry_run: bool
    summary: ImportSummary | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    #: problems found beyond those listed (an import lists the first thousand)
    more_problems: int = 0

    @property
    def ok(self) -> bool:
        return self.summary is not None and not self.problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    @property
    def total_rows(self) -> int:
        return sum(self.summary.rows.values()) if self.summary else 0

    def file_counts(self) -> list[FileCount]:
        """Rows per file in the order they are written, named as the problems name them."""
        if self.summary is None:
            return []
        labels = self.summary.labels
        if labels:  # read through a profile: the source's file, and the table it fills
            return [
                FileCount(f"{labels.get(name, name)} ({name})", rows)
                for name, rows in self.summary.rows.items()
            ]
        workbook = self.source.suffix.lower() == ".xlsx"
        return [
            FileCount(f"{self.source.name}, blad {name}" if workbook else f"{name}.csv", rows)
            for name, rows in self.summary.rows.items()
        ]


def may_import(who: SignedIn | None) -> bool:
    """May ``who`` import files? Without users yes (services.permissions decides)."""
    return allowed(who, Action.IMPORT)


def _stoppable_sessions(
    workspace: Workspace, cancelled: Callable[[], bool]
) -> sessionmaker[Session]:
    """Sessions like the workspace's that raise ImportCancelled once ``cancelled()``."""
    factory: sessionmaker[Session] = sessionmaker(**workspace.sessions.kw)

    def check(*_args: Any) -> None:
        if cancelled():
            raise ImportCancelled

    event.listen(factory, "do_orm_execute", check)
    event.listen(factory, "before_commit", check)
    return factory


def run_import(
    workspace: Workspace,
    path: Path,
    *,
    dry_run: bool,
    cancelled: Callable[[], bool] = lambda: False,
    who: SignedIn | None = None,
    profile: Profile | None = None,
) -> ImportOutcome:
    """Check (``dry_run``) or import a folder of CSV files or an .xlsx workbook, all or nothing.

    Args:
        workspace: the open database; its session user is recorded as the importer.
        path: a folder of CSV files, one .csv file or one .xlsx workbook.
        dry_run: check everything and write nothing.
        cancelled: asked before every statement and before the commit.
        profile: how to read a source system's export; None for sodesk's own format.

    Returns:
        The rows per file, or every problem found (then nothing was written).

    Raises:
        ImportCancelled: the user stopped; nothing was written.
    """
    require(who, Action.IMPORT)
    if cancelled():
        raise ImportCancelled
    if not path.exists():
        problem = ImportProblem(str(path), None, None, None, "bestaat niet")
        return ImportOutcome(path, dry_run, problems=[problem])
    user = str(workspace.sessions.kw.get("info", {}).get("user") or "import")
    try:
        summary = import_source(
            _stoppable_sessions(workspace, cancelled),
            path,
            dry_run=dry_run,
            user=user,
            profile=profile,
        )
    except ImportFailed as failed:
        return ImportOutcome(
            path, dry_run, problems=list(failed.problems), more_problems=failed.more
        )
    return ImportOutcome(path, dry_run, summary=summary)
