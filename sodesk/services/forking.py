"""Two independent computations at once: one here, one in a forked child.

Why: the report process (:mod:`sodesk.services.report_server`) is headless and
single-threaded, so it may fork, and the machine has a second core; the Analyses page's
two 2028 scenarios take half a second each. In the desktop's own process (Qt loaded,
threads running) forking is not safe, so there both run one after the other, as before.
The conditions are those of the company run's second process
(:func:`sodesk.reports.second_process.may_fork`).

The child opens its own database connection (never one it inherited: two processes on one
connection corrupt it), sends its result back pickled, and leaves without any clean-up.
A child that fails leaves its part to be computed here, so a result is never incomplete.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import TypeVar

from sodesk.reports.second_process import may_fork
from sodesk.services.workspace import Workspace
from sodesk.storage.database import make_engine, session_factory

A = TypeVar("A")
B = TypeVar("B")


def _own_workspace(workspace: Workspace) -> Workspace:
    engine = make_engine(workspace.url)
    return Workspace(workspace.url, engine, session_factory(engine, "rapportage"))


def side_by_side(
    workspace: Workspace,
    here: Callable[[Workspace], A],
    there: Callable[[Workspace], B],
) -> tuple[A, B]:
    """``(here(workspace), there(workspace))``, ``there`` in a forked child when allowed."""
    if not may_fork():
        return here(workspace), there(workspace)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: compute, send, leave without running any clean-up
        status = 1
        try:
            os.close(read)
            # the parent's pooled connections are the parent's: forgotten here, never closed
            # (closing one would end the parent's session on a shared socket)
            workspace.engine.dispose(close=False)
            own = _own_workspace(workspace)
            with os.fdopen(write, "wb") as stream:
                pickle.dump(there(own), stream, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    try:
        mine = here(workspace)
    finally:  # also when ``here`` failed: the child is always waited for
        with os.fdopen(read, "rb") as stream:
            received = stream.read()
        _, status = os.waitpid(child, 0)
    if status != 0 or not received:
        return mine, there(workspace)
    return mine, pickle.loads(received)
