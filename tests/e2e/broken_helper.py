"""A company run's second process that breaks down after its first month.

Imported by name in the spawned process (tests/e2e/test_two_processes.py sets
``sodesk.engine.parallel._add`` to :func:`failing_add` before the run), so the failure
happens where a real one would: in the other process, after it took work.
"""

from __future__ import annotations

import sys

from sodesk.engine import parallel
from sodesk.engine.records import MonthRead

_seen = 0


def failing_add(read: MonthRead) -> None:
    global _seen
    _seen += 1
    if _seen > 1:
        print("the second process breaks down", file=sys.stderr, flush=True)
        raise RuntimeError("the second process breaks down")
    assert parallel._attribution is not None
    parallel._attribution.add(read)
