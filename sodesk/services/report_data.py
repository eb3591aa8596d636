"""Each report's data from the database: storage reads, the engine runs, reports build.

Why here: the report builders (:mod:`sodesk.reports`) take the company run and plain
records and never a session, and storage reads without knowing the reports. This is the one
place a session meets a builder: read the records (``storage.*_source``), run the company
(:func:`sodesk.engine.run.run` over :class:`~sodesk.storage.company_source.CompanySource`),
then build. A caller that has the period's run already passes it in, so one run serves
several reports.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.engine.month import Recorder
from sodesk.engine.run import CompanyRun, run
from sodesk.reports.activities import ActivityReport, activity_report
from sodesk.reports.explain_trace import Trace, TraceRecorder, traced
from sodesk.reports.municipal import MunicipalReport, UnknownMunicipality, municipal_report
from sodesk.reports.questionnaire import QuestionnaireReport, questionnaire_report
from sodesk.storage import report_queries
from sodesk.storage.activity_source import read_activity_records
from sodesk.storage.company_source import CompanySource
from sodesk.storage.month_results import load_month_results
from sodesk.storage.municipal_source import read_municipal_records
from sodesk.storage.records import MunicipalityKey


def run_company(session: Session, period: Period, recorder: Recorder | None = None) -> CompanyRun:
    """Attribute every worker-month of ``period`` (R6), with the wage-value norm (R7).

    Months with stored results (closed months) are taken from them; a run with a
    ``recorder`` computes every month (the explanation hears each worker-month).
    """
    stored = None if recorder is not None else load_month_results(session, period)
    return run(CompanySource(session), period, recorder, stored)


def build_activity_report(
    session: Session, period: Period, company: str, run: CompanyRun | None = None
) -> ActivityReport:
    """The activity report of ``period``; ``run`` when another report already made it."""
    run = run or run_company(session, period)
    return activity_report(run, read_activity_records(session, period), company)


def municipality_key(session: Session, code: str) -> MunicipalityKey:
    """The stored municipality with ``code``.

    Raises:
        UnknownMunicipality: when no municipality has that code (the message lists them).
    """
    known = report_queries.municipalities(session)
    if code not in known:
        raise UnknownMunicipality(code, list(known.values()))
    return known[code]


def build_municipal_report(
    session: Session, period: Period, company: str, code: str, run: CompanyRun | None = None
) -> MunicipalReport:
    """The municipal report of ``code`` over ``period`` (from ``run``, when the caller has
    the period's company run already).

    Raises:
        UnknownMunicipality: when no municipality has that code (before the run is made).
    """
    key = municipality_key(session, code)
    run = run or run_company(session, period)
    activities = build_activity_report(session, period, company, run)
    region = run.municipalities[key.id].region
    records = read_municipal_records(session, period, key, region)
    return municipal_report(run, activities, records, company)


def build_questionnaire_report(
    session: Session, period: Period, company: str, run: CompanyRun | None = None
) -> QuestionnaireReport:
    """The questionnaire (R11) over ``period`` (from ``run``, when the caller has it)."""
    run = run or run_company(session, period)
    activities = build_activity_report(session, period, company, run)
    return questionnaire_report(run, activities, report_queries.work_type_mix(session), company)


def trace_period(session: Session, period: Period, company: str) -> Trace:
    """Run the company over ``period`` with a recorder, and build its activity report."""
    recorder = TraceRecorder()
    return traced_run(session, company, run_company(session, period, recorder), recorder)


def traced_run(session: Session, company: str, run: CompanyRun, recorder: TraceRecorder) -> Trace:
    """The trace of a run made with ``recorder`` (a caller that needs the run itself too)."""
    return traced(company, run, recorder, read_activity_records(session, run.period))
