"""The JSON of the outlook report (``sodesk report outlook --format json``).

Why: kept apart from :mod:`sodesk.reports.json_format` (whose header, parameter and warning
shapes it reuses) so each module stays small. Jobs of 31 hours are strings with two decimals,
rounded half-up only here by :func:`sodesk.domain.display.plain`; counts are integers; dates
ISO. The workbook and the PDF print these same values.
"""

from __future__ import annotations

from typing import Any

from sodesk.domain.display import plain
from sodesk.reports.json_format import header
from sodesk.reports.outlook import CoachPlan, OutlookReport, WorkTypeOutlook


def _work_type(w: WorkTypeOutlook) -> dict[str, Any]:
    return {
        "work_type": None if w.work_type is None else w.work_type.value,
        "label": w.label,
        "first_year_below_critical_mass": w.first_below,
        "years": [
            {
                "year": y.year,
                "persons": y.headcount,
                "jobs_31h": plain(y.jobs_31h),
                "wsw_persons": y.wsw_headcount,
                "inflow": y.inflow,
                "below_critical_mass": y.below_critical_mass,
            }
            for y in w.years
        ],
    }


def _coach(c: CoachPlan) -> dict[str, Any]:
    return {"coach": c.coach, "overdue": c.overdue, "months": list(c.per_month), "total": c.total}


def outlook_json(report: OutlookReport) -> dict[str, Any]:
    """The outlook report as a JSON-ready dict (INTERFACES.md top level, then the report)."""
    data: dict[str, Any] = {"company": report.company}
    data |= header(report)
    data |= {
        "reference_date": report.reference_day.isoformat(),
        "critical_mass": report.critical_mass,
        "workforce_outlook": {
            "first_year": report.first_year,
            "last_year": report.last_year,
            "below_critical_mass": [
                {"work_type": w.work_type.value if w.work_type else None, "year": w.first_below}
                for w in report.below
            ],
            "work_types": [_work_type(w) for w in report.work_types],
        },
        "reassessments": {
            "from": report.months[0].isoformat() if report.months else None,
            "until": report.plan_until.isoformat(),
            "months": [m.strftime("%Y-%m") for m in report.months],
            "total": len(report.plan),
            "overdue": report.overdue,
            "sheltered_not_planned_from": (
                None
                if report.statutory.valid_from is None
                else report.statutory.valid_from.isoformat()
            ),
            "by_coach": [_coach(c) for c in report.by_coach],
            "items": [
                {
                    "personnel_number": p.personnel_number,
                    "coach": p.coach,
                    "measured_on": p.measured_on.isoformat(),
                    "due": p.due.isoformat(),
                    "overdue": p.overdue,
                }
                for p in report.plan
            ],
        },
    }
    return data
