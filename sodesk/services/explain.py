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
    explain_activity,
    explain_company,
    explain_municipality,
)
from sodesk.reports.explain_format import RENDERERS
from sodesk.reports.explain_trace import trace_period
from sodesk.reports.files import write_atomically
from sodesk.reports.municipal import UnknownMunicipality
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace

FORMATS = tuple(RENDERERS)


class ExplainRefused(PermissionError):
    """The signed-in user's role may not see where money figures come from."""


class ExplainInputError(ValueError):
    """The figure cannot be explained as asked (the message says why, in Dutch)."""


def check_may_explain(viewer: SignedIn | None) -> None:
    """Refuse a viewer who may not see money (None: a database without users, or the
    command line, which has no sign-in and reads what its database login may read)."""
    if viewer is not None and not viewer.sees_money:
        raise ExplainRefused(
            f"{viewer.display_name} ({viewer.role.label}) mag geen bedragen zien en dus ook "
            "hun herkomst niet."
        )


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
        ExplainInputError: an unknown line, municipality or figure, or a bad period.
    """
    check_may_explain(viewer)
    if (activity is not None) + (municipality is not None) + company != 1:
        raise ExplainInputError("noem precies één van --activity CODE en --municipality CODE")
    if end < start:
        raise ExplainInputError(f"--to {end} ligt voor --from {start}")
    period = Period(start, end)
    name = workspace.company_name()
    with workspace.sessions() as session:
        try:
            trace = trace_period(session, period, name)
            if activity is not None:
                return explain_activity(session, trace, activity, figure)
            if municipality is not None:
                return explain_municipality(session, trace, name, municipality, figure)
            return explain_company(session, trace, figure)
        except (ExplainProblem, UnknownMunicipality) as problem:
            raise ExplainInputError(str(problem)) from None


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


def save(explanation: Explanation, fmt: str, path: Path) -> None:
    """Write the explanation to ``path`` in ``fmt``, atomically (never half a file)."""
    write_atomically(path, render(explanation, fmt))
