"""The heavy computations the desktop may hand to its report process, by name.

Why a registry: the report process (:mod:`sodesk.services.report_serving`) and the fallback
in the desktop's own job thread (:func:`sodesk.services.report_client.compute`) must run the
very same function for a request, so a figure never depends on where it was computed.
Each task takes a :class:`Workspace` and plain, picklable, hashable arguments and returns a
picklable result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sodesk.domain.period import Period
from sodesk.reports.activities import ActivityReport
from sodesk.services.report_channel import ACTIVITY_REPORT, ANALYSES
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace
from sodesk.storage.database import make_engine, resolve_url, session_factory

__all__ = ["ACTIVITY_REPORT", "ANALYSES", "TASKS", "reading_workspace", "run_task"]


def activity_report(workspace: Workspace, period: Period) -> ActivityReport:
    """The period's activity report (R5-R8), as the Overview and Activities pages show it."""
    company = workspace.company_name()
    with workspace.sessions() as session:
        return build_activity_report(session, period, company)


def analyses(workspace: Workspace, *args: Any) -> Any:
    """The Analyses page's figures (imported when first asked: the opening figures come
    sooner without it)."""
    from sodesk.services.analyses_view import analyses_parts

    return analyses_parts(workspace, *args)


TASKS: dict[str, Callable[..., Any]] = {
    ACTIVITY_REPORT: activity_report,
    ANALYSES: analyses,
}


def run_task(workspace: Workspace, kind: str, args: tuple[Any, ...]) -> Any:
    """Run the task ``kind`` with ``args`` on ``workspace``.

    Raises:
        KeyError: for a task nobody registered.
    """
    return TASKS[kind](workspace, *args)


def reading_workspace(url: str) -> Workspace:
    """A workspace for reading only: no migration and no reference data written.

    The report process uses it; the desktop that started it already migrated the database
    and loaded the reference data, and a process that only reads must not write.
    """
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    return Workspace(resolved, engine, session_factory(engine, "rapportage"))
