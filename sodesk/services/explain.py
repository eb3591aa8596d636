"""Explaining a figure (herkomst) for a user: who may ask, and the answer in a format.

Why here: the command line and the desktop ask the same question the same way; the role
check lives in one call (:func:`check_may_explain`), so a central permission table can take
it over. Every figure is money or built on money rows (wages, subsidies), so a role that
does not see money (the job coach) explains nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sodesk.domain.period import Period
from sodesk.reports.explain import (
    ExplainProblem,
    Explanation,
    check_figure,
    explain_activity,
    explain_company,
    explain_municipality,
)
from sodesk.reports.explain_format import RENDERERS
from sodesk.reports.explain_rules import MUNICIPAL_FIGURES
from sodesk.reports.municipal import UnknownMunicipality
from sodesk.services.errors import rejected
from sodesk.services.output import write_output
from sodesk.services.permissions import Action, PermissionDenied, require
from sodesk.services.report_data import build_municipal_report, trace_period
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace

FORMATS = tuple(RENDERERS)


ExplainRefused = PermissionDenied
"""The signed-in user's role may not see where money figures come from (the permission
table's refusal, under the name the window catches)."""


def check_may_explain(viewer: SignedIn | None) -> None:
    """Refuse a viewer whose role may not explain figures (the permission table decides;
    None: a database without users, where everything is allowed)."""
    require(viewer, Action.EXPLAIN)


def explain(
    workspace: Workspace,
    viewer: SignedIn | None,
    start: dt.date,
    end: dt.date,
    figure: str,
    *,
    activity: str | None = None,
    municipality: str | None = None,
    company: bool = False,
) -> Explanation:
    """The rows behind ``figure`` of an activity line, of a municipality's finance or (with
    ``company``) of the company's totals.

    Raises:
        ExplainRefused: the viewer may not see money.
        InputRejected: an unknown line, municipality or figure, or a bad period.
    """
    check_may_explain(viewer)
    if (activity is not None) + (municipality is not None) + company != 1:
        raise rejected(None, "noem precies één van --activity CODE en --municipality CODE")
    if end < start:
        raise rejected(None, f"--to {end} ligt voor --from {start}")
    period = Period(start, end)
    name = workspace.company_name()
    with workspace.sessions() as session:
        try:
            trace = trace_period(session, period, name)
            if activity is not None:
                return explain_activity(trace, activity, figure)
            if municipality is not None:
                check_figure(figure, MUNICIPAL_FIGURES)  # an unknown figure before the report
                report = build_municipal_report(session, period, name, municipality, trace.run)
                return explain_municipality(trace, report, figure)
            return explain_company(trace, figure)
        except (ExplainProblem, UnknownMunicipality) as problem:
            raise rejected(None, str(problem)) from None


def render(explanation: Explanation, fmt: str) -> bytes:
    """The explanation in ``fmt`` (json, csv or xlsx)."""
    return RENDERERS[fmt](explanation)


def default_file_name(explanation: Explanation, fmt: str) -> str:
    """'sodesk-herkomst-A1-lks-2025-01-01-2025-12-31.xlsx': where a file goes without --out."""
    code = "".join(c if c.isalnum() or c in "-_" else "_" for c in explanation.code)
    period = explanation.period
    return (
        f"sodesk-herkomst-{code}-{explanation.figure}-{period.start.isoformat()}-"
        f"{period.end.isoformat()}.{fmt}"
    )


def save(workspace: Workspace, explanation: Explanation, fmt: str, path: Path) -> None:
    """Write the explanation to ``path`` in ``fmt``, atomically (never half a file), where
    a report may go (never the live database, a device or a missing folder).

    Raises:
        OutputRefused: the path is refused or cannot be written.
    """
    write_output(workspace, path, render(explanation, fmt))
