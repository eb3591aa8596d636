"""The JSON of the answers beside the figures: rates to ask, the scenario 2028, the municipal
history.

Why: kept apart from :mod:`sodesk.reports.json_format` (which calls these) so each module
stays small; the same edge rounding: amounts and percentages by
:func:`sodesk.domain.display.plain` and :func:`~sodesk.domain.display.plain_percent`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sodesk.domain.display import plain, plain_percent
from sodesk.domain.guidance_bands import GuidanceBand
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.rate_advice import rate_gap, rate_places
from sodesk.domain.scenarios import Scenario2028
from sodesk.reports.municipal_history import RealisationYearLike
from sodesk.reports.scenario_2028 import CompanyScenario2028


def amount(value: Decimal | None) -> str | None:
    return plain(value)


def percent(fraction: Decimal | None) -> str | None:
    return plain_percent(fraction)


def rate_line(f: ActivityFigures) -> dict[str, Any]:
    """One activity of "what rate must we ask" (R8): the current and break-even rate and
    their gap (``difference``: how much more to ask), all with :func:`rate_places`."""
    places = rate_places(f)
    return {
        "code": f.code,
        "name": f.name,
        "current_rate": plain(f.current_rate, places),
        "current_rate_unit": None if f.current_rate_unit is None else f.current_rate_unit.value,
        "break_even_rate": plain(f.break_even_rate, places),
        "difference": plain(rate_gap(f), places),
        "result": amount(f.result),
        "coverage_percent": percent(f.coverage),
    }


def _scenario(s: Scenario2028) -> dict[str, Any]:
    return {
        "lks_now": amount(s.lks_now),
        "lks_fixed_68": amount(s.lks_fixed_68),
        "difference": amount(s.difference),
    }


def company_scenario_json(c: CompanyScenario2028) -> dict[str, Any]:
    """The company's scenario 2028 (R12); workers who would receive less by number only."""
    return {
        **_scenario(c.total),
        "fixed_percent": percent(c.fixed_fraction),
        "surcharge_on_top": c.surcharge_on_top,
        "assumption": c.assumption,
        "sheltered_workers": c.workers,
        "by_municipality": [
            {
                "code": m.code,
                "name": m.name,
                "sheltered_workers": m.workers,
                "workers_losing": m.workers_losing,
                **_scenario(m.scenario),
            }
            for m in c.by_municipality
        ],
        "workers_losing": [
            {
                "personnel_number": item.personnel_number,
                "municipality_code": item.municipality_code,
                **_scenario(item.scenario),
            }
            for item in c.workers_losing
        ],
    }


def realisation_year(y: RealisationYearLike) -> dict[str, Any]:
    """A year up to 2030: the target, the realisation (null for a year to come), national."""
    r = y.realisation
    return {
        "year": y.year,
        "target": y.target,
        "persons": None if r is None else r.persons,
        "jobs_31h": None if r is None else amount(r.jobs_31h),
        "percent": None if r is None else percent(r.percent),
        "national_target": y.national_target,
    }


def guidance_band(b: GuidanceBand) -> dict[str, Any]:
    """A band of guidance hours per month: counts and averages only, nobody named."""
    return {
        "label": b.label,
        "persons": b.persons,
        "average_wage_value_percent": percent(b.average_wage_value),
        "measured_at_start": b.measured_at_start,
        "average_change_points": percent(b.average_change),
    }
