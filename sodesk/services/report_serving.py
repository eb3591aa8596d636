"""What the report process does with a request: answer it from the cache or compute it.

Runs in the desktop's report process (:mod:`sodesk.services.report_client`); importing this
module imports the report modules, which the process does at once, while the window starts.
Each database gets one reading workspace and one result cache, opened at its first request
and kept for the life of the process.
"""

from __future__ import annotations

from typing import Any

from sodesk.services import report_channel as channel
from sodesk.services.opening import complete_opening_period
from sodesk.services.report_cache import ResultCache, data_version_for
from sodesk.services.report_tasks import reading_workspace, run_task
from sodesk.services.workspace import Workspace
from sodesk.storage.database import resolve_url


class _Database:
    """A URL's workspace and result cache, opened at its first request and kept."""

    def __init__(self, url: str) -> None:
        self.workspace: Workspace = reading_workspace(url)
        self.cache = ResultCache(data_version_for(self.workspace.url))


_databases: dict[str, _Database] = {}


def answer(url: str, kind: str, args: tuple[Any, ...]) -> Any:
    """The result of one request (from the cache when the file is unchanged)."""
    # one workspace and cache per database, however its URL was spelled
    url = resolve_url(url).render_as_string(hide_password=False)
    database = _databases.get(url)
    if database is None:
        database = _databases[url] = _Database(url)
    if kind == channel.FIRST_FIGURES:
        period = complete_opening_period(database.workspace)
        answer(url, channel.ACTIVITY_REPORT, (period,))
        return period
    key = (kind, args)
    cached = database.cache.get(key)
    if cached is not None:
        return cached
    version = database.cache.version()  # before computing: a save meanwhile invalidates
    result = run_task(database.workspace, kind, args)
    database.cache.put(key, version, result)
    return result
