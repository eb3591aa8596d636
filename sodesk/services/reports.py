"""Builds a report in the format asked for: one data object, several renderers.

Both front ends call :func:`render`; the command line turns :class:`InputRejected` into
exit status 1 (the user can mend the input) and :class:`UnsupportedFormat` (and
:class:`MissingOption`, a kind of it) into exit status 2 (the command was asked wrongly).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from importlib import import_module
from typing import Any

from sqlalchemy.orm import Session

from sodesk.domain.enums import WorkType
from sodesk.domain.period import Period
from sodesk.domain.planning import outlook_first_year, plan_months, plan_until, reference_day
from sodesk.domain.workforce import DEFAULT_CRITICAL_MASS, OUTLOOK_YEARS
from sodesk.reports.explain_origin import municipal_origin
from sodesk.reports.explain_trace import TraceRecorder
from sodesk.reports.json_format import activities_json, dumps, municipal_json, questionnaire_json
from sodesk.reports.json_outlook import outlook_json
from sodesk.reports.municipal import UnknownMunicipality
from sodesk.reports.municipal_history import add_history
from sodesk.reports.outlook import OutlookReport, build_outlook_report
from sodesk.services.analyses import (
    guidance_against_wage_value,
    outlook,
    realisation_by_year,
    wage_value_plan,
)
from sodesk.services.errors import rejected
from sodesk.services.permissions import Action, require
from sodesk.services.report_data import (
    build_activity_report,
    build_municipal_report,
    build_questionnaire_report,
    municipality_key,
    run_company,
    traced_run,
)
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage.month_results import has_month_results
from sodesk.storage.outlook_source import read_outlook_records


class UnsupportedFormat(ValueError):
    """This report does not come in that format (a usage error: exit status 2)."""


class MissingOption(UnsupportedFormat):
    """An option the report needs is missing or does not belong to it (usage error)."""


FORMATS = {
    "activities": ("json", "pdf", "xlsx"),
    "municipal": ("json", "pdf"),
    "questionnaire": ("json", "xlsx"),
    "outlook": ("json", "pdf", "xlsx"),
}


def _when_asked(module: str, name: str) -> Callable[[Any], bytes]:
    """The renderer ``name`` of ``module``, imported at its first use: reportlab and openpyxl
    load only when a PDF or a workbook is asked for."""

    def render(report: Any) -> bytes:
        renderer: Callable[[Any], bytes] = getattr(import_module(module), name)
        return renderer(report)

    return render


#: the renderer of each report and format: one data object, several renderers
RENDERERS: dict[tuple[str, str], Callable[[Any], bytes]] = {
    ("activities", "json"): lambda report: dumps(activities_json(report)),
    ("activities", "pdf"): _when_asked("sodesk.reports.pdf", "render_activities_pdf"),
    ("activities", "xlsx"): _when_asked("sodesk.reports.excel", "render_activities_xlsx"),
    ("municipal", "json"): lambda report: dumps(municipal_json(report)),
    ("municipal", "pdf"): _when_asked("sodesk.reports.pdf", "render_municipal_pdf"),
    ("questionnaire", "json"): lambda report: dumps(questionnaire_json(report)),
    ("questionnaire", "xlsx"): _when_asked("sodesk.reports.excel", "render_questionnaire_xlsx"),
    ("outlook", "json"): lambda report: dumps(outlook_json(report)),
    ("outlook", "pdf"): _when_asked("sodesk.reports.pdf.outlook", "render_outlook_pdf"),
    ("outlook", "xlsx"): _when_asked("sodesk.reports.excel_outlook", "render_outlook_xlsx"),
}
DUTCH_NAMES = {
    "activities": "activiteiten",
    "municipal": "gemeente",
    "questionnaire": "vragenlijst",
    "outlook": "vooruitblik",
}


def default_file_name(
    kind: str, start: dt.date, end: dt.date, fmt: str, municipality: str | None = None
) -> str:
    """'sodesk-activiteiten-2025-01-01-2025-12-31.pdf': where a file goes without --out."""
    subject = f"-{municipality}" if municipality else ""
    return f"sodesk-{DUTCH_NAMES[kind]}{subject}-{start.isoformat()}-{end.isoformat()}.{fmt}"


def render(
    workspace: Workspace,
    kind: str,
    start: dt.date,
    end: dt.date,
    fmt: str,
    municipality: str | None = None,
    critical_mass: int | None = None,
    *,
    who: SignedIn | None = None,
) -> bytes:
    """The report's bytes in ``fmt``.

    ``critical_mass`` belongs to ``outlook`` only (default :data:`DEFAULT_CRITICAL_MASS`).

    Raises:
        UnsupportedFormat: the report does not come in ``fmt``.
        MissingOption: ``municipal`` without ``municipality``, or another report with it;
            ``critical_mass`` with another report than ``outlook``.
        InputRejected: the municipality code is not known; a negative critical mass.
    """
    require(who, Action.READ_MONEY)
    if fmt not in FORMATS.get(kind, ()):
        available = ", ".join(FORMATS.get(kind, ())) or "nog geen enkel formaat"
        raise UnsupportedFormat(f"rapport {kind} is er (nog) niet als {fmt}; wel: {available}")
    if kind == "municipal" and not municipality:
        raise MissingOption("rapport municipal vraagt --municipality CODE (de gemeentecode)")
    if kind != "municipal" and municipality:
        raise MissingOption(f"--municipality hoort alleen bij rapport municipal, niet bij {kind}")
    if kind != "outlook" and critical_mass is not None:
        raise MissingOption(f"--critical-mass hoort alleen bij rapport outlook, niet bij {kind}")
    if critical_mass is not None and critical_mass < 0:
        raise rejected(None, f"--critical-mass {critical_mass}: moet 0 of meer zijn")
    period = Period(start, end)
    company = workspace.company_name()
    report: Any
    with workspace.sessions() as session:
        if kind == "municipal":
            assert municipality is not None
            try:  # told before the company run, not after it
                municipality_key(session, municipality)
            except UnknownMunicipality as unknown:
                raise rejected(None, str(unknown)) from None
            # once, for the report and its history; the PDF's appendix hears its worker-months
            recorder = TraceRecorder() if fmt == "pdf" else None
            heard = run = run_company(session, period, recorder)
            if recorder is not None and has_month_results(session, period):
                # a heard run computes every month: the figures come from the stored ones
                run = run_company(session, period)
            report = build_municipal_report(session, period, company, municipality, run)
            report = add_history(
                report,
                realisation_by_year(session, municipality, period.end),
                guidance_against_wage_value(session, period, run.workers),
            )
            if recorder is not None:
                trace = traced_run(session, company, heard, recorder)
                origin = municipal_origin(trace, municipality, report.parameters)
                report = dataclasses.replace(report, origin=origin)
        elif kind == "outlook":
            report = build_outlook(session, period, company, critical_mass)
        elif kind == "questionnaire":
            report = build_questionnaire_report(session, period, company)
        else:
            report = build_activity_report(session, period, company)
    return RENDERERS[(kind, fmt)](report)


def build_outlook(
    session: Session, period: Period, company: str, critical_mass: int | None = None
) -> OutlookReport:
    """The outlook report: the workforce outlook and the re-assessment plan from the
    reference day (the day after the period, today while it runs), as the Analyses page."""
    mass = DEFAULT_CRITICAL_MASS if critical_mass is None else critical_mass
    day = reference_day(period.end, dt.date.today())
    until = plan_until(day)
    return build_outlook_report(
        read_outlook_records(session),
        period,
        company,
        outlook=outlook(
            session,
            outlook_first_year(day),
            OUTLOOK_YEARS,
            critical_mass={w: mass for w in WorkType},
        ),
        plan=wage_value_plan(session, day, until),
        months=plan_months(day),
        plan_until=until,
        reference_day=day,
        critical_mass=mass,
        default_critical_mass=DEFAULT_CRITICAL_MASS,
    )
