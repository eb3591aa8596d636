"""The company run of a period (:mod:`sodesk.engine.run`), as the reports name it.

The reports build on a :class:`CompanyRun` they are handed; the service layer makes it
(:func:`sodesk.services.report_data.run_company`, through the storage's source).
"""

from __future__ import annotations

from sodesk.engine.month import LineTotals, WorkerTotals
from sodesk.engine.run import PARALLEL_FROM, CompanyRun

__all__ = ["PARALLEL_FROM", "CompanyRun", "LineTotals", "WorkerTotals"]
