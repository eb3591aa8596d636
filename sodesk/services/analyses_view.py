"""What the Analyses page shows for a period, gathered in one go.

Why here and not in the page: the gathering is the page's heaviest work (the 2028 scenario
under both surcharge assumptions, the workforce outlook, guidance against wage value and
the re-assessment plan for every worker), and the desktop hands it to its report process
(:mod:`sodesk.services.report_tasks`), which cannot import Qt. The page only wraps the
rows for its tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sodesk.domain.enums import WorkType
from sodesk.domain.period import Period
from sodesk.domain.planning import PlannedReassessment, outlook_first_year
from sodesk.domain.validation import Finding
from sodesk.domain.workforce import OutlookYear
from sodesk.services import analyses as svc
from sodesk.services.overview import MunicipalityChoice, municipality_choices
from sodesk.services.permissions import Action, require
from sodesk.services.scenario import (
    RealisedShare,
    Scenario2028View,
    realised_places_shares,
    scenario_2028,
    worker_names,
)
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage.parameters_repo import load_parameter_set

Outlook = tuple[list[OutlookYear], list[Finding]]


@dataclass(frozen=True)
class AnalysesParts:
    """A period's analyses; the 2028 scenario under both assumptions; rows with names."""

    period: Period
    today: dt.date
    scenarios: dict[bool, Scenario2028View]
    stored_surcharge_on_top: bool
    outlook: Outlook
    guidance: list[tuple[str, svc.GuidanceAndWageValue]]
    plan: list[tuple[str, PlannedReassessment]]
    municipalities: list[MunicipalityChoice]
    realised: dict[str, RealisedShare]


def outlook_for(
    workspace: Workspace,
    first_year: int,
    critical_mass: int,
    years: int,
    *,
    who: SignedIn | None = None,
) -> Outlook:
    """The workforce outlook with one critical mass for every work type."""
    require(who, Action.READ_MONEY)
    with workspace.sessions() as session:
        return svc.outlook(
            session, first_year, years, critical_mass={w: critical_mass for w in WorkType}
        )


def analyses_parts(
    workspace: Workspace,
    period: Period,
    today: dt.date,
    critical_mass: int,
    plan_until: dt.date,
    outlook_years: int,
    *,
    who: SignedIn | None = None,
) -> AnalysesParts:
    """Everything the Analyses page's five tabs need for ``period``; ``today`` is the
    reference day the outlook and the plan count from (``domain.planning.reference_day``).

    Each of the two 2028 scenarios runs the company run, which uses a second process of its
    own for a large company (:mod:`sodesk.engine.parallel`).
    """
    require(who, Action.READ_MONEY)
    with workspace.sessions() as session:
        stored_on_top = load_parameter_set(session).statutory_sheltered.surcharge_on_top
        on_top = scenario_2028(session, period, True)
        without = scenario_2028(session, period, False)
        realised = realised_places_shares(session, min(period.end, today))
        names = worker_names(session)
        guidance = [
            (names.get(g.personnel_number, ""), g)
            for g in svc.guidance_against_wage_value(session, period)
        ]
        plan = [
            (names.get(p.personnel_number, ""), p)
            for p in svc.wage_value_plan(session, today, plan_until)
        ]
    outlook = outlook_for(workspace, outlook_first_year(today), critical_mass, outlook_years)
    return AnalysesParts(
        period=period,
        today=today,
        scenarios={True: on_top, False: without},
        stored_surcharge_on_top=stored_on_top,
        outlook=outlook,
        guidance=guidance,
        plan=plan,
        municipalities=municipality_choices(workspace),
        realised=realised,
    )
