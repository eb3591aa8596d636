"""A second process for a company run: it attributes the later months it is sent.

Why: the Decimal rules of 30,000 worker-months are plain Python, so one process uses one
core. The standard library's process pool with the ``spawn`` start method runs alike on
Windows, Linux and in a frozen build, and is safe in a process with threads and Qt.

The pool has one process, so its tasks run one after the other in the order sent, and that
process keeps one :class:`MonthAttribution` between them: it starts on a month as soon as
the first process has read it and sends back only the sums (a :class:`Part`). The first
process reads every month itself (one state of the data) and computes the earlier ones.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType

from sodesk.domain.period import Period
from sodesk.engine.month import MonthAttribution, Part
from sodesk.engine.records import CompanyFacts, MonthRead

log = logging.getLogger("sodesk.engine")

ENV_VAR = "SODESK_PROCESSES"
"""``1``: every run stays in one process."""

_attribution: MonthAttribution | None = None
"""The second process's run state (one pool process: one run at a time)."""


def _begin(period: Period, facts: CompanyFacts) -> None:
    global _attribution
    _attribution = MonthAttribution(period, facts)


def _add(read: MonthRead) -> None:
    assert _attribution is not None, "a month before the run's facts"
    _attribution.add(read)


def _result() -> Part:
    assert _attribution is not None, "a result before the run's facts"
    return _attribution.result()


def may_use_processes() -> bool:
    """A second process only where there is a second core, and unless turned off."""
    return os.environ.get(ENV_VAR, "2") != "1" and (os.cpu_count() or 1) > 1


def child_months(months: int) -> int:
    """How many of the last months the second process takes.

    The first process reads all months (about a third of the cost of computing one) and
    computes the earlier ones; the second only computes: 8 of 12 months lets both finish
    together.
    """
    return min(months - 1, max(1, round(months * 2 / 3)))


class SecondProcess:
    """Use as a context manager: :meth:`send` months, then :meth:`result`.

    ``result`` is ``None`` when the process could not start or failed on any month; the
    caller then computes those months itself, so a failure costs time, never figures.
    Leaving the context waits for the process to end (a failure in the caller cancels the
    months not yet started), so no process outlives the run.
    """

    def __init__(self, period: Period, facts: CompanyFacts) -> None:
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        self._sent: list[Future[None]] = []
        self._failed = False
        self._submit(_begin, period, facts)

    def _submit(self, task: Callable[..., None], *args: object) -> None:
        if self._failed:
            return
        try:
            self._sent.append(self._pool.submit(task, *args))
        except Exception as error:  # no process to be had (limits, memory) or it broke
            log.warning("no second process for the company run (%s): computed here", error)
            self._failed = True

    def send(self, read: MonthRead) -> None:
        """Hand the process a month (dropped once it failed: the caller redoes them all)."""
        self._submit(_add, read)

    def result(self) -> Part | None:
        """The process's sums of every month sent; ``None`` when it failed."""
        if self._failed:
            return None
        try:
            part = self._pool.submit(_result)
            for sent in self._sent:
                sent.result()  # a month that failed there fails the part
            return part.result()
        except Exception as error:
            log.warning("the company run's second process failed (%s): computed here", error)
            return None

    def __enter__(self) -> SecondProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
