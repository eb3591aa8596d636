"""A second process for a headless company run: it attributes the months it is sent.

Why a forked process: the Decimal rules of 30,000 worker-months are plain Python, so one
process uses one core. The parent reads every month itself, in its one transaction (so
both processes work on one state of the database), and sends the child each of its months
the moment it is read; the child starts on the first while the parent reads on, and sends
back only sums. The child never touches the parent's database connection and leaves with
``os._exit``, running no cleanup of the parent's objects. Only a plain headless process
forks (one thread, no Qt loaded); the desktop computes elsewhere.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import BinaryIO

from sodesk.reports.month_attribution import MonthAttribution, MonthRead, Part

_END = None


def may_fork() -> bool:
    """Only a plain headless process forks: one thread and no Qt loaded."""
    return (
        hasattr(os, "fork")
        and threading.active_count() == 1
        and "PySide6" not in sys.modules
        and os.environ.get("SODESK_PROCESSES", "2") != "1"
    )


def child_months(months: int) -> int:
    """How many of the last months the second process takes.

    The parent reads all months (about a third of the cost of computing one) and computes
    the earlier ones; the child only computes: 8 of 12 months lets both finish together.
    """
    return min(months - 1, max(1, round(months * 2 / 3)))


class SecondProcess:
    """The forked child; :meth:`send` a month, then :meth:`result` (``None`` if it failed)."""

    def __init__(self, make: Callable[[], MonthAttribution]) -> None:
        to_child, from_parent = os.pipe()[::-1]
        from_child, to_parent = os.pipe()
        # what exists now never changes again: out of the collector's sight, so a collection
        # in either process does not write to (and copy) every memory page the two share
        gc.freeze()
        try:
            self.pid = os.fork()
        except OSError:  # no process to be had (limits, memory): the caller runs alone
            gc.unfreeze()
            for descriptor in (to_child, from_parent, from_child, to_parent):
                os.close(descriptor)
            raise
        if self.pid == 0:
            status = 1
            try:
                os.close(to_child)
                os.close(from_child)
                _serve(make(), from_parent, to_parent)
                status = 0
            finally:
                os._exit(status)
        os.close(from_parent)
        os.close(to_parent)
        self._out: BinaryIO | None = os.fdopen(to_child, "wb")
        self._in = from_child

    def send(self, read: MonthRead) -> bool:
        """Hand the child a month; False when it can no longer take it."""
        if self._out is None:
            return False
        try:
            pickle.dump(read, self._out, protocol=pickle.HIGHEST_PROTOCOL)
            self._out.flush()
        except OSError:  # the child is gone (broken pipe)
            self._close_out()
            return False
        return True

    def result(self) -> Part | None:
        """The child's sums, once it has finished; ``None`` when it failed."""
        self._close_out()
        with os.fdopen(self._in, "rb") as stream:
            received = stream.read()
        part: Part | None = None
        try:
            try:  # before unfreezing: the collector need not look at old objects meanwhile
                part = pickle.loads(received) if received else None
            except Exception:  # cut off: the child died while sending
                part = None
            _, status = os.waitpid(self.pid, 0)  # by now it has left (it sent all it had)
        finally:
            gc.unfreeze()
        return part if status == 0 else None

    def abandon(self) -> None:
        """Stop the child and collect it: for when this process fails before :meth:`result`
        (a child left with its answer half-sent would wait on the pipe for ever)."""
        self._close_out()
        with contextlib.suppress(OSError):
            os.close(self._in)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        gc.unfreeze()

    def _close_out(self) -> None:
        if self._out is not None:
            with contextlib.suppress(OSError):  # a child that is gone: result() tells
                self._out.close()  # the end of the months: the child finishes
            self._out = None


def _serve(attribution: MonthAttribution, incoming: int, outgoing: int) -> None:
    """The child: attribute each month received, then send the part back."""
    with os.fdopen(incoming, "rb") as stream:
        for read in _received(stream):
            attribution.add(read)
    with os.fdopen(outgoing, "wb") as stream:
        pickle.dump(attribution.result(), stream, protocol=pickle.HIGHEST_PROTOCOL)


def _received(stream: BinaryIO) -> Iterator[MonthRead]:
    """The months as they arrive; a thread empties the pipe, so the parent never waits."""
    arrived: queue.SimpleQueue[MonthRead | BaseException | None] = queue.SimpleQueue()

    def drain() -> None:
        try:
            while True:
                arrived.put(pickle.load(stream))
        except EOFError:
            arrived.put(_END)
        except BaseException as error:  # a broken message: the child fails, never skips
            arrived.put(error)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    while (read := arrived.get()) is not _END:
        if isinstance(read, BaseException):
            raise read
        yield read
    reader.join()
