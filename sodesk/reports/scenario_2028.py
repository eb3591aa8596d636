"""What happens to us in 2028 (scenario 2028, R3 and R12), from the company run.

Why: a controller must answer "what happens to us in 2028" in a minute. The answer
is the LKS of the period's sheltered workers under the regime in force against the statutory
fixed 68 %, over the same hours and minimum wage, per municipality and for the company, with
the workers whose subsidy would fall. The municipal report shows one municipality's part;
both take their workers from :func:`worker_scenarios`, so the company's figures are exactly
the sum of the municipalities'.

Speed: everything comes from the sums the company run already holds per worker
(``lks`` and ``lks_fixed_68`` of :class:`~sodesk.reports.company_run.WorkerTotals`); there is
no second pass over the hours. The arithmetic is the domain's
(:mod:`sodesk.domain.scenarios`).

Who counts: workers with a sheltered-work indication employed on at least one day of the
period (as the municipal report counts them). Workers who would receive less are named by
personnel number only, never by name or BSN, and only in documents that stay in the company.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain import display
from sodesk.domain.enums import TargetGroup
from sodesk.domain.parameters import SOURCE_FIXED, FixedRegime, ParameterSet, UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.scenarios import (
    Scenario2028,
    WorkerScenario,
    scenario_by_municipality,
    scenario_total,
    workers_losing,
)
from sodesk.reports.company_run import CompanyRun


@dataclass(frozen=True, slots=True)
class MunicipalityScenario:
    """One municipality's part of the company's scenario (gemeente in het scenario 2028)."""

    code: str
    name: str
    scenario: Scenario2028
    workers: int
    workers_losing: int


@dataclass(frozen=True)
class CompanyScenario2028:
    """The company's scenario 2028: totals, per municipality, and who would receive less.

    ``by_municipality`` is ordered by the difference (the largest fall first), then code.
    """

    total: Scenario2028
    workers: int
    by_municipality: list[MunicipalityScenario]
    workers_losing: list[WorkerScenario]
    fixed_fraction: Decimal
    surcharge_on_top: bool
    assumption: str


def surcharge_assumption(regime: FixedRegime) -> str:
    """The sentence every report using the 2028 regime states (R3: not yet published)."""
    on_top = "bovenop" if regime.surcharge_on_top else "niet bovenop"
    fixed = display.percent(regime.fraction, 0)
    return (
        f"Scenario 2028: vaste LKS van {fixed} van het WML; de opslag "
        f"werkgeverslasten is aangenomen {on_top} (nog niet gepubliceerd, R3)."
    )


def worker_scenarios(run: CompanyRun, code: str | None = None) -> list[WorkerScenario]:
    """Each sheltered worker employed in the period (of municipality ``code``, or all)."""
    result = []
    for worker_id, totals in sorted(run.worker_totals.items()):
        record = run.workers[worker_id]
        if record.target_group is not TargetGroup.SHELTERED or totals.days_employed <= 0:
            continue
        municipality = record.facts.municipality.code
        if code is not None and municipality != code:
            continue
        result.append(
            WorkerScenario(
                record.facts.personnel_number,
                municipality,
                Scenario2028(totals.lks, totals.lks_fixed_68),
            )
        )
    return result


def company_scenario(run: CompanyRun) -> CompanyScenario2028:
    """The company's scenario 2028 over the run's period (R12)."""
    items = worker_scenarios(run)
    losing = workers_losing(items)
    names = {terms.code: terms.name for terms in run.municipalities.values()}
    counts: dict[str, int] = {}
    for item in items:
        counts[item.municipality_code] = counts.get(item.municipality_code, 0) + 1
    losing_counts: dict[str, int] = {}
    for item in losing:
        losing_counts[item.municipality_code] = losing_counts.get(item.municipality_code, 0) + 1
    by_municipality = [
        MunicipalityScenario(
            code, names.get(code, code), scenario, counts[code], losing_counts.get(code, 0)
        )
        for code, scenario in scenario_by_municipality(items).items()
    ]
    by_municipality.sort(key=lambda m: (m.scenario.difference, m.code))
    regime = run.params.statutory_sheltered
    return CompanyScenario2028(
        total=scenario_total(items),
        workers=len(items),
        by_municipality=by_municipality,
        workers_losing=losing,
        fixed_fraction=regime.fraction,
        surcharge_on_top=regime.surcharge_on_top,
        assumption=surcharge_assumption(regime),
    )


def with_statutory_regime(params: ParameterSet, period: Period) -> list[UsedParameter]:
    """The parameters in force in ``period``, and always the statutory 2028 regime.

    :meth:`ParameterSet.used` lists a dated regime only from its date on; the scenario 2028
    uses the statutory regime whatever the period, so it is added when missing.
    """
    used = params.used(period)
    regime = params.statutory_sheltered
    names = {p.name for p in used}
    for name, value in (
        (regime.name, regime.fraction),
        (f"{regime.name}.surcharge_on_top", regime.surcharge_on_top),
    ):
        if name not in names:
            used.append(UsedParameter(name, value, regime.valid_from, SOURCE_FIXED))
    return used
