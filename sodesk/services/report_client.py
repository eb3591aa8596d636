"""The desktop's report process: heavy reports computed away from the window's process.

Why a process: in the desktop a report job shares Python's GIL with the UI thread (pauses of
over 100 ms), so the window's jobs hand the activity report and the Analyses to one process
of a standard-library pool started with ``spawn`` (the same on Windows, Linux and in a
frozen build). The window's jobs call :func:`compute`, which waits on the Future (waiting
releases the GIL) and, when the process could not start or died, computes in the calling
thread: the application never gets worse than without the process.

A request identical to one still in flight gets that same Future, so the Overview's and the
Activities page's identical year report is computed once; but not after this process
committed a change since that one was sent (a user who saved must see the save; a commit
that wrote nothing, as a log-in, does not count). Thread-safe; no Qt.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from sodesk.services import report_channel as channel
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn

if TYPE_CHECKING:  # not imported at run time: starting the process must not wait for it
    from sqlalchemy.orm import ORMExecuteState, Session

    from sodesk.services.workspace import Workspace

log = logging.getLogger("sodesk.report_client")

ENV_VAR = "SODESK_REPORT_PROCESS"
"""``0`` starts no report process: the window's jobs compute, as before there was one."""
DATABASE_ENV = "SODESK_DATABASE_URL"
"""sodesk.storage.database.ENV_VAR, spelled here: importing it would load SQLAlchemy first."""
_WROTE = "sodesk_report_client_wrote"
"""The key in ``Session.info`` that says the session's transaction changed something."""
CANCEL_CHECK_S = 0.05
"""How often a waiting job looks whether it was cancelled."""
ANSWER_WAIT_S = 120.0
"""How long :func:`compute` waits for an answer before it takes the process as stuck and
computes here (a year of 3,000 workers takes about 2 s there)."""


class ServerGone(RuntimeError):
    """The report process is not there (never started, died, or closed)."""


def url_of(workspace: Workspace) -> str:
    """The workspace's URL as the report process needs it (with its password)."""
    return workspace.url.render_as_string(hide_password=False)


def _session_events() -> tuple[Any, type]:
    """SQLAlchemy's event API and Session, imported only once the process is on its way."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    return event, Session


def _answer(url: str, kind: str, args: tuple[Any, ...]) -> Any:
    """Runs in the report process (imported there by name, with the report modules)."""
    from sodesk.services.report_serving import answer

    return answer(url, kind, args)


def _warm() -> None:
    """The report modules imported at once, so that overlaps the window's own start."""
    import sodesk.services.report_serving  # noqa: F401


def report_pool() -> Executor:
    """The report process: a pool of one, started with ``spawn``."""
    return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))


class ReportClient:
    """One report process and the requests sent to it (``pool``: tests give their own)."""

    def __init__(self, pool: Executor | None = None) -> None:
        self._lock = threading.Lock()
        # identical requests in flight, with the number of commits seen when each was sent
        self._in_flight: dict[Hashable, tuple[int, Future[Any]]] = {}
        self._commits = 0
        self._closing = False
        self._warmed: set[str] = set()
        #: requests handed to the process (identical ones in flight count once)
        self.requests_sent = 0
        #: results the process sent back (not errors)
        self.results_received = 0
        self._listening = False
        self._pool: Executor | None = pool or report_pool()
        try:
            self._pool.submit(_warm).add_done_callback(self._finished)
        except Exception as error:  # no process to be had
            log.warning("the report process could not start (%s): reports compute here", error)
            self._pool = None
            self._closing = True
            return
        event, session_class = _session_events()
        for name, listener in self._listeners():
            event.listen(session_class, name, listener)
        self._listening = True

    def _listeners(self) -> list[tuple[str, Callable[..., None]]]:
        return [
            ("after_flush", self._flushed),
            ("do_orm_execute", self._executed),
            ("after_commit", self._committed),
        ]

    @staticmethod
    def _flushed(session: Session, _context: object) -> None:
        session.info[_WROTE] = True

    @staticmethod
    def _executed(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            state.session.info[_WROTE] = True

    def _committed(self, session: Session) -> None:
        """A session of this process committed a change: what is in flight may not show it."""
        if session.info.pop(_WROTE, False):
            with self._lock:
                self._commits += 1

    @property
    def alive(self) -> bool:
        with self._lock:
            return self._pool is not None and not self._closing

    def _finished(self, future: Future[Any]) -> None:
        """A pool that broke (its process died) takes no more requests."""
        if not future.cancelled() and isinstance(future.exception(), BrokenProcessPool):
            self._ended()

    def _answered(self, future: Future[Any]) -> None:
        if not future.cancelled() and future.exception() is None:
            with self._lock:
                self.results_received += 1
        self._finished(future)

    def _ended(self) -> None:
        with self._lock:
            if not self._closing:
                log.warning("the report process ended: reports compute here from now on")
            self._closing = True

    def submit(self, url: str, kind: str, *args: Any, fresh: bool = False) -> Future[Any]:
        """The Future of task ``kind(args)`` on ``url``.

        An identical request still in flight gives its Future, unless ``fresh`` (the caller
        knows the data changed since that one was sent). Without a process the Future fails
        with :class:`ServerGone` at once.
        """
        key = (url, kind, args)
        with self._lock:
            sent = self._in_flight.get(key)
            if not fresh and sent is not None and sent[0] == self._commits and not sent[1].done():
                return sent[1]
            pool = self._pool if not self._closing else None
            commits = self._commits
        if pool is None:
            return _failed(ServerGone("the report process is not running"))
        try:
            future = pool.submit(_answer, url, kind, args)
        except Exception as error:  # it died (a broken pool) or was shut down meanwhile
            self._ended()
            return _failed(ServerGone(f"the report process is gone ({error})"))
        future.add_done_callback(self._answered)
        with self._lock:
            self._in_flight[key] = (commits, future)
            self.requests_sent += 1
        return future

    def stuck(self, seconds: float) -> None:
        """The process did not answer for ``seconds``: stop using it, so every later job
        computes in its own thread instead of waiting as long again."""
        log.warning("the report process did not answer for %s s: it is stopped", seconds)
        self._stop(wait=False)

    def first_figures(self, url: str) -> None:
        """Have the process compute the opening period's report into its cache, now.

        Only for an existing SQLite file: its cache tells whether anything was saved since
        (the desktop's own start may migrate), so the Overview's request for that period is
        then answered from it. PostgreSQL keeps no results: computing ahead would only
        delay the request that counts. Asked once per URL.
        """
        if not url.startswith("sqlite") or url in self._warmed:
            return
        path = url.split("///", 1)[-1]
        if not path or path == ":memory:" or not os.path.exists(path):
            return
        self._warmed.add(url)
        self.submit(url, channel.FIRST_FIGURES)

    def _stop(self, wait: bool) -> None:
        with self._lock:
            self._closing = True
            pool, self._pool = self._pool, None
            self._in_flight.clear()
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)

    def close(self) -> None:
        """End the process once its current task is done (requests not started are
        cancelled); idempotent."""
        with self._lock:
            listening, self._listening = self._listening, False
        if listening:
            event, session_class = _session_events()
            for name, listener in self._listeners():
                if event.contains(session_class, name, listener):
                    event.remove(session_class, name, listener)
        self._stop(wait=True)


def _failed(error: Exception) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_exception(error)
    return future


def start_reports(url: str | None = None) -> ReportClient | None:
    """Start the report process now, before Qt is even imported, so its imports overlap the
    window's start (the application and bench/ui_latency.py both start it here).

    With the database known already (``url``: ``--database``, else SODESK_DATABASE_URL),
    the first figures are asked for at once (:meth:`ReportClient.first_figures`).
    """
    if os.environ.get(ENV_VAR, "1") == "0":
        return None
    url = url or os.environ.get(DATABASE_ENV)
    client = ReportClient()
    if url:
        client.first_figures(url)
    return client


class Cancelled(Exception):
    """The caller gave up waiting (a job whose result nobody wants any more)."""


def _wait(future: Future[Any], wait_s: float, cancelled: Callable[[], bool] | None) -> Any:
    """The future's result; raises :class:`Cancelled` soon after ``cancelled()`` turns true,
    so a job nobody waits for frees its pool thread instead of waiting for its answer."""
    if cancelled is None:
        return future.result(wait_s)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return future.result(min(CANCEL_CHECK_S, max(deadline - time.monotonic(), 0)))
        except FutureTimeout:
            if cancelled():
                raise Cancelled from None
            if time.monotonic() >= deadline:
                raise


def compute(
    client: ReportClient | None,
    workspace: Workspace,
    kind: str,
    *args: Any,
    fresh: bool = False,
    wait_s: float = ANSWER_WAIT_S,
    cancelled: Callable[[], bool] | None = None,
    who: SignedIn | None = None,
) -> Any:
    """Task ``kind(args)``'s result: from the report process, else computed right here.

    Every task of the report process is money (the activity report, the analyses): ``who``
    must be allowed to read money (services.permissions), or PermissionDenied is raised
    before anything is asked or computed.

    Call it off the UI thread: it waits for the result (raising :class:`Cancelled` when
    ``cancelled()`` says the caller's job was cancelled meanwhile). Any failure of the
    process (gone, stuck for ``wait_s``, or an error there) is logged and the task runs
    here, so an error the user sees is the same one they saw before there was a process.
    """
    from sodesk.services.report_tasks import run_task

    require(who, Action.READ_MONEY)
    if client is not None:
        try:
            future = client.submit(url_of(workspace), kind, *args, fresh=fresh)
            return _wait(future, wait_s, cancelled)
        except (ServerGone, BrokenProcessPool):
            pass  # logged once by the client
        except FutureTimeout:
            log.warning("the report process did not answer %s in %s s: computed here", kind, wait_s)
            client.stuck(wait_s)
        except Cancelled:
            raise
        except Exception as error:  # the task failed there: it runs here, for the same error
            log.warning("report task %s failed in the report process: %s (%s)", kind, error,
                        error.__cause__)  # fmt: skip
    return run_task(workspace, kind, args)

