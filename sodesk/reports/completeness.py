"""What a company run rests on, and so which parameters its reports lack (onvolledig).

Why: the domain (:mod:`sodesk.domain.completeness`) names the gaps from what a period uses;
this module reads that use from the run every report starts from, so the activity,
questionnaire and municipal reports name the same gaps as the figures they show. The
municipal report asks for its own workers only: another municipality's missing year does
not make its figures incomplete.
"""

from __future__ import annotations

from sodesk.domain.completeness import Gap, period_gaps, period_use
from sodesk.domain.enums import WorkType
from sodesk.reports.company_run import CompanyRun
from sodesk.reports.finding_texts import worded


def gaps_of(
    run: CompanyRun, work_types: dict[int, WorkType], municipality: str | None = None
) -> list[Gap]:
    """The parameters the run's figures lack (of one municipality's workers, when given),
    from the activities' work types by id (read beforehand)."""
    mine = {
        worker_id
        for worker_id, w in run.workers.items()
        if municipality is None or w.facts.municipality.code == municipality
    }
    productive = {
        (month.year, work_types[activity_id])
        for worker_id, activity_id, month, hours in run.productive_rows
        if worker_id in mine and hours and activity_id in work_types
    }
    use = period_use(
        run.period,
        run.params,
        (run.workers[w].facts for w in sorted(mine)),
        productive,
        {year for w in mine for year in run.guidance_years.get(w, ())},
    )
    return worded(period_gaps(run.period, run.params, run.municipalities.values(), use))
