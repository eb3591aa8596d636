"""Builds a report in the format asked for: one data object, several renderers.

Both front ends call :func:`render`; the command line turns :class:`ReportInputError` into
exit status 1 (the user can mend the input) and :class:`UnsupportedFormat` (and
:class:`MissingOption`, a kind of it) into exit status 2 (the command was asked wrongly).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sodesk.domain.period import Period
from sodesk.reports.activities import build_activity_report
from sodesk.reports.json_format import activities_json, dumps, municipal_json, questionnaire_json
from sodesk.reports.municipal import UnknownMunicipality, build_municipal_report
from sodesk.reports.municipal_history import add_history
from sodesk.reports.questionnaire import build_questionnaire_report
from sodesk.services.analyses import guidance_against_wage_value, realisation_by_year
from sodesk.services.workspace import Workspace


class ReportInputError(ValueError):
    """The report cannot be made from what was asked (an unknown municipality, ...)."""


class UnsupportedFormat(ValueError):
    """This report does not come in that format (a usage error: exit status 2)."""


class MissingOption(UnsupportedFormat):
    """An option the report needs is missing or does not belong to it (usage error)."""


FORMATS = {
    "activities": ("json", "pdf", "xlsx"),
    "municipal": ("json", "pdf"),
    "questionnaire": ("json", "xlsx"),
}


#: the renderer of each report and format: one data object, several renderers
def render_activities_pdf(report: Any) -> bytes:
    from sodesk.reports.pdf import render_activities_pdf as render  # reportlab: only when asked

    return render(report)


def render_activities_xlsx(report: Any) -> bytes:
    from sodesk.reports.excel import render_activities_xlsx as render  # openpyxl, numpy

    return render(report)


def render_municipal_pdf(report: Any) -> bytes:
    from sodesk.reports.pdf import render_municipal_pdf as render  # reportlab: only when asked

    return render(report)


def render_questionnaire_xlsx(report: Any) -> bytes:
    from sodesk.reports.excel import render_questionnaire_xlsx as render  # openpyxl

    return render(report)


RENDERERS: dict[tuple[str, str], Callable[[Any], bytes]] = {
    ("activities", "json"): lambda report: dumps(activities_json(report)),
    ("activities", "pdf"): render_activities_pdf,
    ("activities", "xlsx"): render_activities_xlsx,
    ("municipal", "json"): lambda report: dumps(municipal_json(report)),
    ("municipal", "pdf"): render_municipal_pdf,
    ("questionnaire", "json"): lambda report: dumps(questionnaire_json(report)),
    ("questionnaire", "xlsx"): render_questionnaire_xlsx,
}
DUTCH_NAMES = {
    "activities": "activiteiten",
    "municipal": "gemeente",
    "questionnaire": "vragenlijst",
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
) -> bytes:
    """The report's bytes in ``fmt``.

    Raises:
        UnsupportedFormat: the report does not come in ``fmt``.
        MissingOption: ``municipal`` without ``municipality``, or another report with it.
        ReportInputError: the municipality code is not known.
    """
    if fmt not in FORMATS.get(kind, ()):
        available = ", ".join(FORMATS.get(kind, ())) or "nog geen enkel formaat"
        raise UnsupportedFormat(f"rapport {kind} is er (nog) niet als {fmt}; wel: {available}")
    if kind == "municipal" and not municipality:
        raise MissingOption("rapport municipal vraagt --municipality CODE (de gemeentecode)")
    if kind != "municipal" and municipality:
        raise MissingOption(f"--municipality hoort alleen bij rapport municipal, niet bij {kind}")
    period = Period(start, end)
    company = workspace.company_name()
    report: Any
    with workspace.sessions() as session:
        if kind == "municipal":
            assert municipality is not None
            try:
                report = build_municipal_report(session, period, company, municipality)
            except UnknownMunicipality as error:
                raise ReportInputError(str(error)) from None
            report = add_history(
                report,
                realisation_by_year(session, municipality, period.end),
                guidance_against_wage_value(session, period),
            )
        elif kind == "questionnaire":
            report = build_questionnaire_report(session, period, company)
        else:
            report = build_activity_report(session, period, company)
    return RENDERERS[(kind, fmt)](report)
