"""The desktop's side of the report process: send a request, get a Future for its result.

Why: see :mod:`sodesk.services.report_server`. The window's jobs call :func:`compute`, which
waits on the Future (waiting releases the GIL, so the UI thread runs freely) and, when the
process could not start or died, computes in the calling thread as before: the application
never gets worse than without the process.

A reader thread takes each reply off the pipe and completes the Future of its request id.
A request identical to one still in flight gets that same Future, so the Overview's and the
Activities page's identical year report is computed once; but not after this process
committed a change since that one was sent (a user who saved must see the save; a commit
that wrote nothing, as a log-in, does not count). Thread-safe; no Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sodesk.services import report_channel as channel
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn

if TYPE_CHECKING:  # not imported at run time: starting the process must not wait for it
    from sqlalchemy.orm import ORMExecuteState, Session

    from sodesk.services.workspace import Workspace

log = logging.getLogger("sodesk.report_client")

SERVER_MODULE = "sodesk.services.report_server"
ENV_VAR = "SODESK_REPORT_PROCESS"
"""``0`` starts no report process: the window's jobs compute, as before there was one."""
DATABASE_ENV = "SODESK_DATABASE_URL"
"""sodesk.storage.database.ENV_VAR, spelled here: importing it would load SQLAlchemy first."""
CLOSE_WAIT_S = 2.0
"""How long ``close`` lets the process end by itself before it is killed."""
_WROTE = "sodesk_report_client_wrote"
"""The key in ``Session.info`` that says the session's transaction changed something."""
CANCEL_CHECK_S = 0.05
"""How often a waiting job looks whether it was cancelled."""
ANSWER_WAIT_S = 120.0
"""How long :func:`compute` waits for an answer before it takes the process as stuck and
computes here (a year of 3,000 workers takes about 2 s there)."""


class ServerGone(RuntimeError):
    """The report process is not there (never started, died, or closed)."""


class RemoteError(RuntimeError):
    """The task failed in the report process; ``details`` holds its traceback there."""

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.details = details


def url_of(workspace: Workspace) -> str:
    """The workspace's URL as the report process needs it (with its password: a pipe)."""
    return workspace.url.render_as_string(hide_password=False)


def _session_events() -> tuple[Any, type]:
    """SQLAlchemy's event API and Session, imported only once the process is on its way."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    return event, Session


def _environment() -> dict[str, str]:
    """The parent's environment, with the folder that holds this ``sodesk`` on the path."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([root, *(p for p in paths if p != root)])
    return env


class ReportClient:
    """One report process and the requests sent to it."""

    def __init__(self, command: list[str] | None = None) -> None:
        self._lock = threading.Lock()
        self._writing = threading.Lock()  # one request on the pipe at a time
        self._pending: dict[int, tuple[Hashable, Future[Any]]] = {}
        # identical requests in flight, with the number of commits seen when each was sent
        self._in_flight: dict[Hashable, tuple[int, Future[Any]]] = {}
        self._commits = 0
        self._next_id = 0
        self._closing = False
        self._warmed: set[str] = set()
        #: requests written to the process (identical ones in flight count once)
        self.requests_sent = 0
        #: results the process sent back (not errors)
        self.results_received = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None
        try:
            self._process = subprocess.Popen(
                command or [sys.executable, "-m", SERVER_MODULE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=_environment(),
            )
        except OSError as error:
            log.warning("the report process could not start (%s): reports compute here", error)
            return
        self._reader = threading.Thread(target=self._read, name="sodesk-report-reader", daemon=True)
        self._reader.start()
        event, session_class = _session_events()
        for name, listener in self._listeners():
            event.listen(session_class, name, listener)

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
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    @property
    def returncode(self) -> int | None:
        """The process's exit status once it ended (negative: killed by that signal)."""
        return None if self._process is None else self._process.returncode

    def wait_ended(self) -> None:
        """Wait until the reader saw the process end (tests that kill it use this)."""
        if self._reader is not None:
            self._reader.join()

    @property
    def alive(self) -> bool:
        with self._lock:
            return self._usable()

    def _usable(self) -> bool:
        return self._process is not None and self._process.returncode is None and not self._closing

    def submit(self, url: str, kind: str, *args: Any, fresh: bool = False) -> Future[Any]:
        """The Future of task ``kind(args)`` on ``url``.

        An identical request still in flight gives its Future, unless ``fresh`` (the caller
        knows the data changed since that one was sent). Without a process the Future fails
        with :class:`ServerGone` at once.
        """
        key = (url, kind, args)
        with self._lock:
            sent = self._in_flight.get(key)
            if not fresh and sent is not None and sent[0] == self._commits:
                return sent[1]
            future: Future[Any] = Future()
            if not self._usable():
                future.set_exception(ServerGone("the report process is not running"))
                return future
            request_id = self._next_id = self._next_id + 1
            self._pending[request_id] = (key, future)
            self._in_flight[key] = (self._commits, future)
            process = self._process
        # written outside the lock: a full pipe must not keep the reader thread (and a save's
        # commit hook on the UI thread) from taking it; requests are framed whole one at a time
        with self._writing:
            try:
                channel.send(process.stdin, (request_id, url, kind, args))  # type: ignore[union-attr, arg-type]
                self.requests_sent += 1
            except (OSError, ValueError) as error:
                with self._lock:
                    self._fail_all(ServerGone(f"the report process is gone ({error})"))
        return future

    def stuck(self, seconds: float) -> None:
        """The process did not answer for ``seconds``: stop it, so every job waiting on it
        (and every later one) computes in its own thread instead of waiting as long again."""
        log.warning("the report process did not answer for %s s: it is stopped", seconds)
        with self._lock:
            self._fail_all(ServerGone(f"the report process did not answer for {seconds} s"))
            process = self._process
        if process is not None:
            with contextlib.suppress(OSError):
                process.kill()

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

    def _read(self) -> None:
        stream = self._process.stdout  # type: ignore[union-attr]
        try:
            while True:
                request_id, ok, value = channel.receive(stream)  # type: ignore[arg-type]
                with self._lock:
                    key, future = self._pending.pop(request_id)
                    sent = self._in_flight.get(key)
                    if sent is not None and sent[1] is future:
                        del self._in_flight[key]
                try:
                    if ok:
                        future.set_result(pickle.loads(value))
                        self.results_received += 1
                    else:
                        future.set_exception(RemoteError(*value))
                except Exception as error:  # a result that does not unpickle here
                    future.set_exception(RemoteError(str(error), ""))
        except (channel.ChannelClosed, OSError, ValueError):
            pass
        except Exception:  # a garbled channel: nothing more it says can be trusted
            log.exception("the report process's answer could not be read: it is stopped")
            with contextlib.suppress(OSError):
                self._process.kill()  # type: ignore[union-attr]
        with contextlib.suppress(subprocess.TimeoutExpired):  # reap it: it is ending or gone
            self._process.wait(CLOSE_WAIT_S)  # type: ignore[union-attr]
        with self._lock:
            if not self._closing:
                log.warning("the report process ended: reports compute here from now on")
            self._closing = True
            self._fail_all(ServerGone("the report process ended"))

    def _fail_all(self, error: Exception) -> None:
        """Fail every waiting request (called with the lock held)."""
        self._closing = True
        pending, self._pending = self._pending, {}
        self._in_flight.clear()
        for _key, future in pending.values():
            if not future.done():
                future.set_exception(error)

    def close(self) -> None:
        """End the process: close its input, let it go briefly, else kill it; idempotent."""
        with self._lock:
            self._closing = True
            process = self._process
        if process is None:
            return
        event, session_class = _session_events()
        for name, listener in self._listeners():
            if event.contains(session_class, name, listener):
                event.remove(session_class, name, listener)
        try:
            if process.stdin is not None:
                process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(CLOSE_WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join(CLOSE_WAIT_S)
        if process.stdout is not None:
            process.stdout.close()
        with self._lock:
            self._fail_all(ServerGone("the report process was closed"))


def start_reports(url: str | None = None) -> ReportClient | None:
    """Start the report process now, before Qt is even imported, so its imports overlap the
    window's start (the application and bench/ui_latency.py both start it here).

    With the database known already (``url``: ``--database``, else SODESK_DATABASE_URL),
    the first figures are asked for at once (:meth:`ReportClient.first_figures`).
    """
    if os.environ.get(ENV_VAR, "1") == "0" or getattr(sys, "frozen", False):
        return None  # a frozen bundle's executable is the application, not Python
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
        except ServerGone:
            pass  # logged once by the client
        except FutureTimeout:
            log.warning("the report process did not answer %s in %s s: computed here", kind, wait_s)
            client.stuck(wait_s)
        except RemoteError as error:
            log.warning("report task %s failed in the report process: %s", kind, error.details)
    return run_task(workspace, kind, args)
