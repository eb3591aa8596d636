"""The company run of a period, read from the database (:mod:`sodesk.engine.run`).

The reports' one door to the engine: the run reads through
:class:`sodesk.storage.company_source.CompanySource` in the caller's session.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.engine.month import LineTotals, Recorder, WorkerTotals
from sodesk.engine.run import PARALLEL_FROM, CompanyRun, run
from sodesk.storage.company_source import CompanySource
from sodesk.storage.month_results import load_month_results

__all__ = ["PARALLEL_FROM", "CompanyRun", "LineTotals", "WorkerTotals", "run_company"]


def run_company(session: Session, period: Period, recorder: Recorder | None = None) -> CompanyRun:
    """Attribute every worker-month of ``period`` (R6), with the wage-value norm (R7).

    Months with stored results (closed months) are taken from them; a run with a
    ``recorder`` computes every month (the explanation hears each worker-month).
    """
    stored = None if recorder is not None else load_month_results(session, period)
    return run(CompanySource(session), period, recorder, stored)
