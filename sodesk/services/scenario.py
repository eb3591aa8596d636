"""What-if for the desktop's Analyses page: the 2028 fixed subsidy per worker under either
surcharge assumption, and a municipality's budget under the new distribution key (R12, R3).

Why a module of its own: the municipal report (sodesk.reports.municipal) states the 2028
scenario under the stored assumption only; a controller wants to see both, so this module
lets the caller override the statutory regime's ``surcharge_on_top`` and then asks the same
domain function the company run uses (:func:`worker_month_figures`, month by month with the
period's cut dates), so under the stored assumption every figure equals the report's to the
cent. The totals, the per-municipality sums and the list of workers who would receive less
come from :mod:`sodesk.domain.scenarios`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.enums import TargetGroup
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period
from sodesk.domain.scenarios import (
    KeyWeights,
    Scenario2028,
    WorkerScenario,
    distribution_key_share,
    municipal_budget,
    new_key_share,
    scenario_by_municipality,
    scenario_total,
    workers_losing,
)
from sodesk.domain.wage_value import measurement_in_force
from sodesk.domain.worker_month import Employment, cut_dates, worker_month_figures
from sodesk.services.overview import realisation_on
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import load_workers

#: the years of the distribution-key table: before, during and after the phase-in
KEY_YEARS = (2026, 2027, 2028, 2029, 2030)


@dataclass(frozen=True, slots=True)
class ScenarioWorker:
    """One sheltered worker in the 2028 scenario, with what a screen shows beside the figures."""

    personnel_number: str
    name: str
    municipality_code: str
    wage_value: Decimal | None
    scenario: Scenario2028

    @property
    def difference(self) -> Decimal:
        return self.scenario.difference


@dataclass(frozen=True, slots=True)
class MunicipalityScenario:
    """A municipality's sheltered workers' subsidy now against the fixed regime."""

    code: str
    name: str
    workers: int
    losing: int
    scenario: Scenario2028


@dataclass(frozen=True)
class Scenario2028View:
    """The 2028 scenario of a period, company-wide, under one surcharge assumption.

    ``stored_surcharge_on_top`` is the assumption in the parameters (what reports use);
    ``surcharge_on_top`` the one these figures were computed with.
    """

    period: Period
    fraction: Decimal
    valid_from: dt.date | None
    surcharge_on_top: bool
    stored_surcharge_on_top: bool
    total: Scenario2028
    municipalities: list[MunicipalityScenario]
    workers: list[ScenarioWorker]
    losing: list[ScenarioWorker]

    def municipality(self, code: str) -> MunicipalityScenario | None:
        return next((m for m in self.municipalities if m.code == code), None)


def _overlaps(employments: tuple[Employment, ...], span: Period) -> bool:
    return any(e.start <= span.end and (e.end is None or e.end >= span.start) for e in employments)


def _last_day_employed(employments: tuple[Employment, ...], period: Period) -> dt.date | None:
    ends = [
        period.end if e.end is None else min(e.end, period.end)
        for e in employments
        if e.start <= period.end and (e.end is None or e.end >= period.start)
    ]
    return max(ends, default=None)


def scenario_2028(
    session: Session,
    period: Period,
    surcharge_on_top: bool | None = None,
    *,
    who: SignedIn | None = None,
) -> Scenario2028View:
    """Every sheltered worker employed in ``period``: LKS now against the fixed regime.

    Args:
        session: an open session.
        period: the period whose hours and minimum wage both figures use.
        surcharge_on_top: the assumption to compute with; None: the stored parameter's.
    """
    require(who, Action.READ_MONEY)
    params = load_parameter_set(session)
    stored = params.statutory_sheltered
    if surcharge_on_top is not None and surcharge_on_top != stored.surcharge_on_top:
        params = replace(
            params, statutory_sheltered=replace(stored, surcharge_on_top=surcharge_on_top)
        )
    regime = params.statutory_sheltered
    terms = load_municipality_terms(session)
    workers = load_workers(session, terms)
    names = worker_names(session)
    months = period.months()
    lines: list[ScenarioWorker] = []
    for worker in sorted(workers.values(), key=lambda w: w.facts.personnel_number):
        facts = worker.facts
        if facts.target_group is not TargetGroup.SHELTERED or not _overlaps(
            facts.employments, period
        ):
            continue
        cuts = cut_dates(facts, period, params)
        now = fixed = ZERO
        for month in months:
            if _overlaps(facts.employments, month):
                figures = worker_month_figures(facts, month, params, cuts)
                now += figures.lks
                fixed += figures.lks_fixed_68
        day = _last_day_employed(facts.employments, period)
        measurement = None if day is None else measurement_in_force(facts.measurements, day)
        lines.append(
            ScenarioWorker(
                facts.personnel_number,
                names.get(facts.personnel_number, ""),
                facts.municipality.code,
                None if measurement is None else measurement.wage_value,
                Scenario2028(now, fixed),
            )
        )
    items = [WorkerScenario(w.personnel_number, w.municipality_code, w.scenario) for w in lines]
    by_code = {w.personnel_number: w for w in lines}
    losing = [by_code[item.personnel_number] for item in workers_losing(items)]
    sums = scenario_by_municipality(items)
    municipalities = [
        MunicipalityScenario(
            m.code,
            m.name,
            sum(1 for w in lines if w.municipality_code == m.code),
            sum(1 for w in losing if w.municipality_code == m.code),
            sums[m.code],
        )
        for m in sorted(terms.values(), key=lambda m: m.code)
        if m.code in sums
    ]
    return Scenario2028View(
        period=period,
        fraction=regime.fraction,
        valid_from=regime.valid_from,
        surcharge_on_top=regime.surcharge_on_top,
        stored_surcharge_on_top=stored.surcharge_on_top,
        total=scenario_total(items),
        municipalities=municipalities,
        workers=lines,
        losing=losing,
    )


@dataclass(frozen=True, slots=True)
class KeyInputs:
    """What the user enters for the new distribution key (all shares as fractions)."""

    national_amount: Decimal
    old_share: Decimal
    realised_places_share: Decimal
    advice_share: Decimal
    weights: KeyWeights


@dataclass(frozen=True, slots=True)
class KeyYear:
    """A municipality's share and budget in one year under the old key, the new key and the
    phase-in (ingroeipad)."""

    year: int
    share_old: Decimal
    share_new: Decimal
    share_phase_in: Decimal
    budget_old: Decimal
    budget_new: Decimal
    budget_phase_in: Decimal

    @property
    def difference(self) -> Decimal:
        """What the phase-in gives against the old key (negative: the municipality loses)."""
        return self.budget_phase_in - self.budget_old


def key_budgets(inputs: KeyInputs, years: tuple[int, ...] = KEY_YEARS) -> list[KeyYear]:
    """The municipality's budget per year under the old key, the new key and the phase-in.

    Raises:
        ValueError: for weights that are negative or both zero (from the domain).
    """
    new = new_key_share(inputs.realised_places_share, inputs.advice_share, inputs.weights)
    result = []
    for year in years:
        phase_in = distribution_key_share(year, inputs.old_share, new)
        result.append(
            KeyYear(
                year,
                inputs.old_share,
                new,
                phase_in,
                municipal_budget(inputs.national_amount, inputs.old_share),
                municipal_budget(inputs.national_amount, new),
                municipal_budget(inputs.national_amount, phase_in),
            )
        )
    return result


def worker_names(session: Session) -> dict[str, str]:
    """Every worker's name by personnel number (for lists that carry only the number)."""
    return {
        row.personnel_number: f"{row.first_name} {row.last_name}".strip()
        for row in session.execute(
            select(t.WorkerRow.personnel_number, t.WorkerRow.first_name, t.WorkerRow.last_name)
        )
    }


@dataclass(frozen=True, slots=True)
class RealisedShare:
    """A municipality's realised places against the country's (a starting value for the key):
    its sheltered workers employed on ``day`` (R10) over the people working with a positive
    advice nationally on the last date known by then (national_realisation.csv)."""

    code: str
    day: dt.date
    persons: int
    national_day: dt.date
    national_persons: int

    @property
    def share(self) -> Decimal:
        return Decimal(self.persons) / Decimal(self.national_persons)


def realised_places_shares(session: Session, day: dt.date) -> dict[str, RealisedShare]:
    """:class:`RealisedShare` of every municipality on ``day``; empty without national figures."""
    national = session.execute(
        select(t.NationalRealisationRow.date, t.NationalRealisationRow.people_working_with_advice)
        .where(
            t.NationalRealisationRow.date <= day,
            t.NationalRealisationRow.people_working_with_advice.is_not(None),
            t.NationalRealisationRow.people_working_with_advice > 0,
        )
        .order_by(t.NationalRealisationRow.date.desc())
        .limit(1)
    ).first()
    if national is None or national[1] is None:  # the query leaves out rows without persons
        return {}
    result = {}
    for code in sorted(m.code for m in load_municipality_terms(session).values()):
        persons = realisation_on(session, day, code).realisation.persons
        result[code] = RealisedShare(code, day, persons, national[0], national[1])
    return result
