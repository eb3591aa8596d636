"""What a company run rests on, and so which parameters its reports lack (onvolledig).

Why: the domain (:mod:`sodesk.domain.completeness`) names the gaps from what a period uses;
this module reads that use from the run every report starts from, so the activity,
questionnaire and municipal reports name the same gaps as the figures they show. The
municipal report asks for its own workers only: another municipality's missing year does
not make its figures incomplete.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.completeness import (
    GUIDANCE_ALLOWANCE,
    WSW_SUBSIDY,
    Gap,
    PeriodUse,
    period_gaps,
)
from sodesk.domain.enums import LksRegime, TargetGroup, WorkType
from sodesk.domain.lks_regime import LKS_GROUPS
from sodesk.domain.period import ONE_DAY, Period
from sodesk.reports.company_run import CompanyRun
from sodesk.storage import tables as t


def _hull(spans: list[Period]) -> Period | None:
    if not spans:
        return None
    return Period(min(s.start for s in spans), max(s.end for s in spans))


def period_use(
    run: CompanyRun, work_types: dict[int, WorkType], municipality: str | None = None
) -> PeriodUse:
    """What the run's figures rest on (of one municipality's workers, when given).

    Args:
        run: the company run of the period.
        work_types: the work type of each activity id (overhead follows it, R7).
        municipality: a municipality code, to count its workers only.
    """
    period = run.period
    statutory = run.params.statutory_sheltered.valid_from
    mine = {
        worker_id
        for worker_id, w in run.workers.items()
        if municipality is None or w.facts.municipality.code == municipality
    }
    paid: list[Period] = []
    lks: list[Period] = []
    paid_years: set[int] = set()
    municipal: set[tuple[str, int, str]] = set()
    fixed: dict[str, list[Period]] = {}
    for worker_id in sorted(mine):
        facts = run.workers[worker_id].facts
        terms = facts.municipality
        for employment in facts.employments:
            end = employment.end or period.end
            days = period.overlap(Period(employment.start, max(end, employment.start)))
            if days is None:
                continue
            paid.append(days)
            years = range(days.start.year, days.end.year + 1)
            paid_years.update(years)
            group = facts.target_group
            if group is TargetGroup.SHELTERED:
                municipal.update((terms.code, y, GUIDANCE_ALLOWANCE) for y in years)
            if group is TargetGroup.WSW:
                municipal.update((terms.code, y, WSW_SUBSIDY) for y in years)
            if group not in LKS_GROUPS:
                continue
            lks.append(days)
            own: Period | None = days
            if group is TargetGroup.SHELTERED and statutory is not None:
                # from the statutory regime on, the municipality's own percentage is not used
                own = days.overlap(Period(days.start, max(days.start, statutory - ONE_DAY)))
                if days.start >= statutory:
                    own = None
            if own is not None and terms.lks_regime is LksRegime.FIXED:
                fixed.setdefault(terms.code, []).append(own)
    productive = {
        (month.year, work_types[activity_id])
        for worker_id, activity_id, month, hours in run.productive_rows
        if worker_id in mine and hours and activity_id in work_types
    }
    return PeriodUse(
        paid_years=frozenset(paid_years),
        guidance_years=frozenset(y for w in mine for y in run.guidance_years.get(w, ())),
        paid=_hull(paid),
        lks=_hull(lks),
        productive=frozenset(productive),
        municipal=frozenset(municipal),
        fixed_regime={code: hull for code, spans in fixed.items() if (hull := _hull(spans))},
    )


def run_gaps(session: Session, run: CompanyRun, municipality: str | None = None) -> list[Gap]:
    """The parameters the run's figures lack (of one municipality's workers, when given)."""
    work_types = dict(session.execute(select(t.ActivityRow.id, t.ActivityRow.work_type)).all())
    use = period_use(run, work_types, municipality)
    return period_gaps(run.period, run.params, run.municipalities.values(), use)
