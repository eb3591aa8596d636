"""Builds a report in the format asked for: one data object, several renderers."""

from __future__ import annotations

import datetime as dt

from sodesk.domain.period import Period
from sodesk.reports.activities import build_activity_report
from sodesk.reports.json_format import activities_json, dumps
from sodesk.services.workspace import Workspace


class ReportInputError(ValueError):
    """The report cannot be made from what was asked (an unknown municipality, ...)."""


class UnsupportedFormat(ValueError):
    """This report does not come in that format."""


FORMATS = {
    "activities": ("json",),
    "municipal": (),
    "questionnaire": (),
}


def render(
    workspace: Workspace,
    kind: str,
    start: dt.date,
    end: dt.date,
    fmt: str,
    municipality: str | None = None,
) -> bytes:
    """The report's bytes in ``fmt``."""
    if fmt not in FORMATS.get(kind, ()):
        available = ", ".join(FORMATS.get(kind, ())) or "nog geen enkel formaat"
        raise UnsupportedFormat(f"rapport {kind} is er (nog) niet als {fmt}; wel: {available}")
    period = Period(start, end)
    with workspace.sessions() as session:
        report = build_activity_report(session, period, workspace.company_name())
    return dumps(activities_json(report))
