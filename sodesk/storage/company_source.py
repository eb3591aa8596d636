"""The database as the company run's source (:class:`sodesk.engine.run.Source`).

Every read goes through the caller's session, in its one transaction, so a run sees one
state of the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.engine.records import CompanyFacts, DailyHours, MonthRead
from sodesk.storage import queries
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import load_workers


class CompanySource:
    """Reads a company run's records from one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def company(self) -> CompanyFacts:
        session = self.session
        params = load_parameter_set(session)
        municipalities = load_municipality_terms(session)
        workers = load_workers(session, municipalities)
        codes = {i: c for i, c in session.execute(select(t.ActivityRow.id, t.ActivityRow.code))}
        return CompanyFacts(params, municipalities, workers, codes)

    def month(self, month: Period, candidates: list[int]) -> MonthRead:
        session = self.session
        return MonthRead(
            month,
            queries.productive_hours(session, [month]),
            queries.guidance_hours(session, [month]),
            queries.hours_per_day(session, month, candidates) if candidates else {},
        )

    def hours_per_day(self, month: Period, worker_ids: Iterable[int]) -> DailyHours:
        return queries.hours_per_day(self.session, month, worker_ids)
