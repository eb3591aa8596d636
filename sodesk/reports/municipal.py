"""The report for the discussion with one municipality (gemeenterapportage).

Why: a manager explains to a municipality what its residents' sheltered places realise and
cost. Everything here comes from the company run (R6) and the activity report (R5-R8), so
the municipality's figures are exactly its workers' part of the company's; the domain computes
every figure (R10 realisation, R11 questionnaire, R12 scenario, R7 profitability).

What is counted (keuzes), also stated in the report's warnings with code ``assumption.*``:

* Realisation (realisatie, R10) on the period's last day, sheltered workers only, against the
  target (taakstelling) of that day's year; the waiting list on that day.
* The municipality's workers are the workers whose ``municipality_code`` is this
  municipality, of every target group (LKS, guidance allowance, Wsw subsidy).
* Finance (financien): wage cost, LKS, guidance cost and subsidies are the sums of the
  workers' own months of the run, which R6 attributes exactly to activity and non-productive
  lines; the NTW is the municipality's share of each activity's NTW in proportion to its
  workers' productive hours on that activity in the period, under the activity's work type
  (:func:`sodesk.reports.questionnaire.activity_shares`); overhead follows those hours per
  month. Over all municipalities these figures add up to the activity report's totals
  (except the NTW of an activity nobody worked on in the period, which is named in a warning).
* ``result_per_place`` (resultaat per plaats) is the result divided by the average number of
  jobs of 31 hours the municipality's workers held over the period (``places``:
  ``sum(paid hours) x 7 / days / 31``), the same people as the result.
* Work types (werksoorten): the workers employed on at least one day of the period, by the
  placement on their last day in employment; FTE over the whole period (see
  :mod:`sodesk.reports.questionnaire`).
* Wage value (loonwaarde, R11): every worker employed in the period with a measurement in
  force on their last day in employment.
* Wage value over time (ontwikkeling loonwaarde): the workers employed in the period with
  two measurements or more dated up to the period's end; their first against the one in force
  on the last day (:func:`sodesk.domain.wage_value.wage_value_development`), counts only.
* Guidance per person per month (begeleidingsintensiteit): the workers with guidance hours
  in the period; their hours over their months in service in the period
  (:mod:`sodesk.domain.guidance_intensity`).
* Activities below cost price: the company's whole activity lines (not the municipality's
  share) of the activities its workers had productive hours on in the period, coverage below
  100 % (:mod:`sodesk.domain.below_cost`), the largest loss first.
* Scenario 2028 (R12): the municipality's sheltered workers; those whose subsidy would fall
  are listed by personnel number only (never name or BSN), in the JSON; the PDF counts them.
  The statutory regime's fraction and surcharge assumption are on the report and in its
  parameters even when the period ends before 2028 (the scenario uses them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sodesk.domain.below_cost import activities_below_cost
from sodesk.domain.completeness import Gap
from sodesk.domain.enums import Placeable, WorkType
from sodesk.domain.guidance_intensity import (
    GuidanceIntensity,
    guidance_intensity,
    months_in_service,
)
from sodesk.domain.lks_regime import LW_BASIS_UNCONFIRMED
from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.parameters import (
    MunicipalityTerms,
    UsedParameter,
)
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures, ActivityInputs, activity_figures, totals
from sodesk.domain.questionnaire import QuestionnaireFigures, WorkTypeFigures, questionnaire
from sodesk.domain.realisation import Realisation, realisation, waiting_counts
from sodesk.domain.scenarios import (
    Scenario2028,
    WorkerScenario,
    scenario_total,
    workers_losing,
)
from sodesk.domain.subsidy import JOB_HOURS
from sodesk.domain.validation import Finding
from sodesk.domain.wage_value import WageValueDevelopment, wage_value_development
from sodesk.reports.activities import ActivityReport
from sodesk.reports.company_run import CompanyRun
from sodesk.reports.completeness import gaps_of
from sodesk.reports.fingerprint import ReportFingerprint
from sodesk.reports.municipal_history import MunicipalHistory
from sodesk.reports.questionnaire import (
    ASSUMPTION_HEADCOUNT,
    WorkerPeriod,
    municipal_shares,
    ntw_by_work_type,
    questionnaire_totals,
    unsplit_warning,
    workers_in_period,
)
from sodesk.reports.scenario_2028 import (
    surcharge_assumption,
    with_statutory_regime,
    worker_scenarios,
)
from sodesk.storage.records import MunicipalityKey, MunicipalRecords, RegionFigures

if TYPE_CHECKING:  # built from a trace of the run (explain_origin imports this module)
    from sodesk.reports.explain_origin import MunicipalOrigin

ASSUMPTION_NTW = (
    "NTW van de gemeente: omzet en inkoop van elke activiteit naar rato van de productieve "
    "uren van de medewerkers uit deze gemeente op die activiteit in de periode, onder de "
    "werksoort van de activiteit. Loonkosten, subsidies en begeleiding: die van de "
    "medewerkers zelf (zoals toegerekend in het activiteitenrapport)."
)
ASSUMPTION_PLACES = (
    "Resultaat per plaats: resultaat gedeeld door het gemiddelde aantal banen van 31 uur "
    "van de medewerkers uit deze gemeente over de periode."
)
ASSUMPTION_REALISATION = (
    "Realisatie: beschut werkers in dienst op de laatste dag van de periode, in personen en "
    "in banen van 31 uur; taakstelling van dat jaar; wachtlijst op die dag."
)


class UnknownMunicipality(LookupError):
    """The municipality code asked for is not stored; the message lists the known codes."""

    def __init__(self, code: str, known: list[MunicipalityKey]) -> None:
        listed = ", ".join(f"{m.code} ({m.name})" for m in known) or "geen: lees eerst gemeenten in"
        super().__init__(f"--municipality {code}: onbekende gemeente; bekende codes: {listed}")
        self.code = code


@dataclass(frozen=True, slots=True)
class RegionContext:
    """The municipality's labour-market region beside the national figures (regions_2025.csv)."""

    region: str | None
    figures: RegionFigures | None
    national: RegionFigures | None


@dataclass(frozen=True, slots=True)
class Finance:
    """The municipality's workers' profitability (R7) and their result per place."""

    figures: ActivityFigures
    places: Decimal
    result_per_place: Decimal | None


@dataclass(frozen=True, slots=True)
class Guidance:
    """Guidance of the municipality's workers (begeleiding): hours, cost, allowance (R7, R9).

    ``intensity`` holds the people guided and their hours per person per month in service.
    """

    hours: Decimal
    cost: Decimal
    subsidy: Decimal
    intensity: GuidanceIntensity


@dataclass(frozen=True)
class MunicipalReport:
    """Everything the municipal report shows, unrounded."""

    period: Period
    generated_at: dt.datetime
    company: str
    parameters: list[UsedParameter]
    warnings: list[Finding]
    municipality: MunicipalityTerms
    region_context: RegionContext
    realisation: Realisation
    waiting_by_placeable: dict[Placeable, int]
    work_types: dict[WorkType, WorkTypeFigures]
    unplaced_persons: int
    wage_value: QuestionnaireFigures
    wage_value_development: WageValueDevelopment
    guidance: Guidance
    finance: Finance
    activities_below_cost: list[ActivityFigures]
    scenario_2028: Scenario2028
    fixed_fraction_2028: Decimal
    surcharge_on_top_2028: bool
    workers_losing: list[WorkerScenario]
    sector_mix: dict[WorkType, Decimal]
    worker_numbers: frozenset[str] = frozenset()
    """The personnel numbers of the municipality's workers in the period: only to join
    per-worker analyses (:func:`~sodesk.reports.municipal_history.add_history`); never shown."""
    history: MunicipalHistory | None = None
    """Realisation per year and guidance against wage value, added by the rendering service."""
    incomplete: list[Gap] = field(default_factory=list)
    """The parameters its workers' figures lack (missing or past their horizon)."""
    origin: MunicipalOrigin | None = None
    """How the figures come about (the PDF's appendix), added by the rendering service."""
    fingerprint: ReportFingerprint | None = None
    """What the figures were computed from (the activity report's); None when hand-made."""


def _finance(
    code: str, shares: list[ActivityFigures], workers: list[WorkerPeriod], days: int
) -> Finance:
    """The municipality's figures: its activity shares plus its workers' own amounts."""
    own = activity_figures(
        ActivityInputs(
            code=f"workers:{code}",
            name="Medewerkers",
            work_type=None,
            wage_cost=sum((w.wage_cost for w in workers), ZERO),
            lks=sum((w.lks for w in workers), ZERO),
            lks_fixed_68=sum((w.lks_fixed_68 for w in workers), ZERO),
            guidance_cost=sum((w.guidance_cost for w in workers), ZERO),
            guidance_subsidy=sum((w.guidance_subsidy for w in workers), ZERO),
            wsw_subsidy=sum((w.wsw_subsidy for w in workers), ZERO),
        )
    )
    figures = totals([*shares, own], code=f"municipality:{code}", name=code)
    places = sum((w.paid_hours for w in workers), ZERO) * 7 / days / JOB_HOURS
    return Finance(figures, places, safe_div(figures.result, places))


def _own_findings(
    findings: list[Finding], run: CompanyRun, code: str, activities: set[str]
) -> list[Finding]:
    """Drop warnings about other municipalities (their settings, their workers) and about
    activities it did not work on."""
    others = {
        w.facts.personnel_number for w in run.workers.values() if w.facts.municipality.code != code
    }
    foreign_activities = set(run.activity_codes.values()) - activities
    return [
        f
        for f in findings
        if f.subject not in others
        and f.subject not in foreign_activities
        and (f.code != LW_BASIS_UNCONFIRMED or f.subject == code)
    ]


def municipal_report(
    run: CompanyRun, activity_report: ActivityReport, records: MunicipalRecords, company: str
) -> MunicipalReport:
    """The municipal report of ``records.key`` over the run's period, from the run, the
    activity report of that run and what else was read (no session)."""
    period = run.period
    key = records.key
    code = key.code
    terms = run.municipalities[key.id]
    shares, unsplit = municipal_shares(activity_report.lines, run)
    own_shares = shares.get(code, [])
    workers = [w for w in workers_in_period(run).values() if w.municipality_code == code]
    employed = [w for w in workers if w.employed]
    rows = [row for w in employed if (row := w.questionnaire_row()) is not None]
    work_types = questionnaire(rows, ntw_by_work_type(own_shares))

    entries = records.waiting
    year = terms.year(period.end.year)
    target = None if year is None else year.target_places
    realised = realisation(
        records.employed_at_end,
        target,
        sum(waiting_counts(entries, period.end).values()),
    )

    scenarios = worker_scenarios(run, code)
    context = RegionContext(terms.region, records.region, records.national)
    worked_on = {f.code for f in own_shares}
    warnings = _warnings(run, terms, target, context, unsplit)
    warnings += _own_findings(activity_report.warnings, run, code, worked_on)
    facts = [run.workers[w.worker_id].facts for w in workers]
    regime = run.params.statutory_sheltered
    return MunicipalReport(
        period=period,
        generated_at=activity_report.generated_at,
        fingerprint=activity_report.fingerprint,
        company=company,
        parameters=with_statutory_regime(run.params, period) + terms.used(period),
        warnings=warnings,
        municipality=terms,
        region_context=context,
        realisation=realised,
        waiting_by_placeable=waiting_counts(entries, period.end),
        work_types=work_types,
        unplaced_persons=len(employed) - len(rows),
        wage_value=questionnaire_totals(
            work_types, [w.wage_value for w in employed if w.wage_value is not None]
        ),
        wage_value_development=wage_value_development(
            (run.workers[w.worker_id].facts.measurements for w in employed), period.end
        ),
        guidance=Guidance(
            sum((w.guidance_hours for w in workers), ZERO),
            sum((w.guidance_cost for w in workers), ZERO),
            sum((w.guidance_subsidy for w in workers), ZERO),
            guidance_intensity(
                (w.guidance_hours, months_in_service(f.employments, period))
                for w, f in zip(workers, facts, strict=True)
            ),
        ),
        finance=_finance(code, own_shares, workers, period.days),
        activities_below_cost=activities_below_cost(activity_report.lines, worked_on),
        scenario_2028=scenario_total(scenarios),
        fixed_fraction_2028=regime.fraction,
        surcharge_on_top_2028=regime.surcharge_on_top,
        workers_losing=workers_losing(scenarios),
        sector_mix=records.sector_mix,
        worker_numbers=frozenset(w.personnel_number for w in workers),
        incomplete=gaps_of(run, records.work_types, code),
    )


def _warnings(
    run: CompanyRun,
    terms: MunicipalityTerms,
    target: int | None,
    context: RegionContext,
    unsplit: list[ActivityFigures],
) -> list[Finding]:
    regime = run.params.statutory_sheltered
    result = [
        Finding("assumption.realisation", ASSUMPTION_REALISATION),
        Finding("assumption.ntw_by_hours", ASSUMPTION_NTW),
        Finding("assumption.result_per_place", ASSUMPTION_PLACES),
        Finding("assumption.headcount", ASSUMPTION_HEADCOUNT),
        Finding(
            "assumption.surcharge_2028",
            surcharge_assumption(regime),
            "surcharge_on_top",
            regime.surcharge_on_top,
        ),
    ]
    if target is None:
        result.append(
            Finding(
                "realisation.no_target",
                "",
                "target_places",
                None,
                terms.code,
                {"code": terms.code, "year": run.period.end.year},
            )
        )
    if context.figures is None:
        result.append(
            Finding(
                "region.unknown",
                "",
                "region",
                terms.region,
                terms.code,
                {"region": terms.region or "", "code": terms.code},
            )
        )
    if (finding := unsplit_warning(unsplit)) is not None:
        result.append(finding)
    return result
