"""The manager's overview (overzicht): the period's key figures at a glance.

Why a module of its own: the overview page shows the activity report's totals (R5-R8), the
result per work type, the activities that lose most, and the realisation of sheltered work
against target (realisatie tegen taakstelling, R10) for one municipality or all of them.
The figures come from the report builder and the domain; this module only gathers them, so
the window shows exactly what the reports print.

Choices (keuzes):

* Realisation is counted on the period's last day against the target of that day's year,
  with the waiting list on that day, as in the municipal report (R10).
* For all municipalities together, the workers of every municipality are counted together
  (one :func:`sodesk.domain.realisation.realisation` over all of them), against the sum of
  the targets that are known for that year; the municipalities without a target are named
  (``without_target``) so the page can say the target is incomplete. No known target at
  all gives no percentage.
* The activities that lose most are the activity lines (not the non-productive lines of
  leave, illness and idle time) with a negative result, the largest loss first, at most ten.
* What was estimated: every warning of the report except stated assumptions (codes
  starting with ``assumption.``), grouped by code with a count and the first message.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.lines import is_non_productive
from sodesk.domain.profitability import ActivityFigures, totals_by_work_type
from sodesk.domain.realisation import Realisation, realisation, waiting_total
from sodesk.domain.validation import Finding
from sodesk.reports.activities import ActivityReport
from sodesk.reports.finding_texts import finding_text
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import report_queries
from sodesk.storage import tables as t

ASSUMPTION_PREFIX = "assumption."
LOSERS = 10
"""How many of the activities that lose most the overview lists."""


@dataclass(frozen=True, slots=True)
class MunicipalityChoice:
    """A municipality the overview can be narrowed to (code and name)."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class RealisationOn:
    """Realisation on ``day`` for one municipality (``code``) or all of them (``code`` None).

    ``without_target`` names the municipalities counted whose target for that year is
    unknown (their workers count, their target does not).
    """

    day: dt.date
    code: str | None
    realisation: Realisation
    without_target: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WarningGroup:
    """Warnings of one kind: the code, how many, and the first message as an example."""

    code: str
    count: int
    example: str


@dataclass(frozen=True)
class Overview:
    """What the overview page shows of the activity report."""

    report: ActivityReport
    by_work_type: dict[WorkType | None, ActivityFigures]
    losers: list[ActivityFigures]
    estimated: list[WarningGroup]

    @property
    def warning_count(self) -> int:
        return sum(group.count for group in self.estimated)


def municipality_choices(workspace: Workspace) -> list[MunicipalityChoice]:
    """Every stored municipality, by code."""
    with workspace.sessions() as session:
        known = report_queries.municipalities(session)
    return [MunicipalityChoice(key.code, key.name) for key in known.values()]


def biggest_losers(lines: list[ActivityFigures], count: int = LOSERS) -> list[ActivityFigures]:
    """The activity lines with a negative result, the largest loss first (then by code)."""
    losing = [
        line
        for line in lines
        if line.result < 0 and not is_non_productive(line.code)
    ]
    return sorted(losing, key=lambda line: (line.result, line.code))[:count]


def estimated(warnings: list[Finding]) -> list[WarningGroup]:
    """The report's warnings other than stated assumptions, grouped by code (most first)."""
    kept = [w for w in warnings if not w.code.startswith(ASSUMPTION_PREFIX)]
    counts = Counter(w.code for w in kept)
    first: dict[str, str] = {}
    for warning in kept:
        first.setdefault(warning.code, finding_text(warning))
    return [
        WarningGroup(code, count, first[code])
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def overview_of(report: ActivityReport) -> Overview:
    """The overview's parts of an activity report (result per work type, losers, warnings)."""
    return Overview(
        report,
        totals_by_work_type(report.lines),
        biggest_losers(report.lines),
        estimated(report.warnings),
    )


def realisation_on(session: Session, day: dt.date, code: str | None = None) -> RealisationOn:
    """Realisation of sheltered work on ``day`` (R10), for ``code`` or every municipality.

    Raises:
        KeyError: when ``code`` is not a stored municipality.
    """
    known = report_queries.municipalities(session)
    keys = list(known.values()) if code is None else [known[code]]
    targets = {
        municipality_id: target
        for municipality_id, target in session.execute(
            select(
                t.MunicipalityYearRow.municipality_id, t.MunicipalityYearRow.target_places
            ).where(t.MunicipalityYearRow.year == day.year)
        )
        if target is not None
    }
    employed: list[tuple[TargetGroup, Decimal]] = []
    waiting = 0
    for key in keys:
        employed.extend(report_queries.contract_hours_on(session, day, key.id))
        waiting += waiting_total(report_queries.waiting_entries(session, key.id, key.code), day)
    known_targets = [targets[key.id] for key in keys if key.id in targets]
    target = sum(known_targets) if known_targets else None
    missing = tuple(key.name for key in keys if key.id not in targets)
    done = realisation(employed, target, waiting)
    return RealisationOn(day, code, done, missing)


def realisation_for(
    workspace: Workspace, day: dt.date, code: str | None, *, who: SignedIn | None = None
) -> RealisationOn:
    """:func:`realisation_on` in a session of its own (for the window's jobs)."""
    require(who, Action.READ_MONEY)
    with workspace.sessions() as session:
        return realisation_on(session, day, code)
