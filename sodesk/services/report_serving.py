"""The report process's loop: read a request, answer it from the cache or compute it.

Kept apart from :mod:`sodesk.services.report_server` (which only guards stdout) so that
importing this module is the "begin importing the report modules at once" step, and so
tests can run :func:`serve` on plain byte streams.

Requests are answered one at a time, the newest waiting one first: a user who steps
through periods (or types a date) waits for the period on screen, not for every period
passed on the way; the older ones are still answered (a job waits for each), later.
"""

from __future__ import annotations

import os
import pickle
import select
import traceback
from typing import IO, Any

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

    def close(self) -> None:
        self.cache.close()
        self.workspace.close()


def answer(databases: dict[str, _Database], url: str, kind: str, args: tuple[Any, ...]) -> bytes:
    """The pickled result of one request (from the cache when the file is unchanged)."""
    # one workspace and cache per database, however its URL was spelled
    url = resolve_url(url).render_as_string(hide_password=False)
    database = databases.get(url)
    if database is None:
        database = databases[url] = _Database(url)
    if kind == channel.FIRST_FIGURES:
        period = complete_opening_period(database.workspace)
        answer(databases, url, channel.ACTIVITY_REPORT, (period,))
        return pickle.dumps(period)
    key = (kind, args)
    cached = database.cache.get(key)
    if cached is not None:
        return cached
    version = database.cache.version()  # before computing: a save meanwhile invalidates
    payload = pickle.dumps(
        run_task(database.workspace, kind, args), protocol=pickle.HIGHEST_PROTOCOL
    )
    database.cache.put(key, version, payload)
    return payload


def _more_waiting(incoming: IO[bytes]) -> bool:
    """True when another request is in the pipe already (POSIX; elsewhere never looked at).

    ``incoming`` must be unbuffered (a raw file), or bytes Python read ahead would not show.
    """
    if os.name != "posix":
        return False
    try:
        return bool(select.select([incoming.fileno()], [], [], 0)[0])
    except (OSError, ValueError, AttributeError):  # no file descriptor (tests' byte streams)
        return False


def serve(incoming: IO[bytes], outgoing: IO[bytes]) -> None:
    """Answer requests until the input ends, the newest first; every error is an answer."""
    databases: dict[str, _Database] = {}
    waiting: list[tuple[int, str, str, tuple[Any, ...]]] = []
    try:
        while True:
            try:
                if not waiting:
                    waiting.append(channel.receive(incoming))
                while _more_waiting(incoming):
                    waiting.append(channel.receive(incoming))
            except channel.ChannelClosed:
                return  # the desktop is gone: what still waits has nobody to go to
            request_id, url, kind, args = waiting.pop()
            try:
                reply: tuple[Any, ...] = (request_id, True, answer(databases, url, kind, args))
            except Exception as error:  # an answer, never the end of the process
                message = str(error) or type(error).__name__
                reply = (request_id, False, (message, traceback.format_exc()))
            try:
                channel.send(outgoing, reply)
            except (BrokenPipeError, OSError):
                return  # the desktop is gone
    finally:
        for database in databases.values():
            database.close()
