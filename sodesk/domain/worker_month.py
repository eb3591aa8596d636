"""Figures of one worker over a span of days (cijfers per medewerker per maand).

Rules: R2 (paid hours, betaalde uren; measured LKS), R2b (who receives what: LKS for
sheltered and jobs-agreement workers, Wsw subsidy for Wsw staff, nothing for ``other``), R3
(fixed regimes: the 50 % start regime within the first six months without a measurement; a
municipality's fixed percentage; the statutory 68 % for sheltered workers from 2028-01-01),
R4 (wage cost, loonkosten), R9 (guidance allowance, begeleidingsvergoeding, sheltered only),
R12 (what the 68 % regime would give over the same hours). Source: DOMAIN.md R2-R4, R9, R12;
seed 004 lines 1849-1855, 3150-3166; seed 001 line 158.

The span is normally the part of one calendar month inside a report period (R6 attributes
per month); any span works, and a long span gives the same totals as the sum of its months.
The span is split wherever something changes: an employment, the measurement in force, WML,
LKS parameters, 1 January and 1 July, the end of the six-month start regime, the 2028
statutory regime, a new year's company or municipality figures. Nothing is rounded.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import add

from sodesk.domain.amounts import NO_AMOUNTS, SLOT, Amounts, row_of
from sodesk.domain.enums import TargetGroup
from sodesk.domain.lks_regime import (
    LKS_GROUPS,
    REGIME_MEASURED,
    REGIME_MUNICIPAL_FIXED,
    lks_regime_on,
)
from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.parameters import (
    WSW_FULLTIME_WEEK,
    MunicipalityTerms,
    ParameterSet,
)
from sodesk.domain.period import ONE_DAY, Period, add_months, days_in_year
from sodesk.domain.subsidy import (
    guidance_allowance,
    lks_per_paid_hour_fixed,
    paid_hours,
    wsw_subsidy,
)
from sodesk.domain.validation import Finding
from sodesk.domain.wage_cost import wage_cost
from sodesk.domain.wage_value import Measurement, measurement_in_force

__all__ = [
    "REGIME_MEASURED",
    "REGIME_MUNICIPAL_FIXED",
    "Employment",
    "PartMemo",
    "WageValueSegment",
    "WorkerFacts",
    "WorkerMonthFigures",
    "worker_month_figures",
]


@dataclass(frozen=True, slots=True)
class Employment:
    """An employment (dienstverband).

    Raises:
        ValueError: for an end before the start, or negative hours or wage.
    """

    start: date
    end: date | None
    contract_hours_per_week: Decimal
    hourly_wage: Decimal

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        for name in ("contract_hours_per_week", "hourly_wage"):
            if getattr(self, name) < ZERO:
                raise ValueError(f"{name} must not be negative, not {getattr(self, name)}")

    def active_on(self, d: date) -> bool:
        """Whether ``d`` lies inside the employment."""
        return self.start <= d and (self.end is None or d <= self.end)


@dataclass(frozen=True, slots=True)
class WorkerFacts:
    """What the rules need to know about one worker (medewerker)."""

    personnel_number: str
    target_group: TargetGroup
    municipality: MunicipalityTerms
    employments: tuple[Employment, ...] = ()
    measurements: tuple[Measurement, ...] = ()

    @property
    def first_start(self) -> date | None:
        """Start of the first employment: the six-month start regime counts from here."""
        return min((e.start for e in self.employments), default=None)


@dataclass(frozen=True, slots=True)
class WageValueSegment:
    """Days over which wage value and WML are constant (for the wage-value norm, R7).

    Attributes:
        period: the days (only days in employment).
        wage_value: the measured wage value in force, or None.
        minimum_wage: hourly WML in force, or None when none is known.
        paid_hours: paid hours over these days.
    """

    period: Period
    wage_value: Decimal | None
    minimum_wage: Decimal | None
    paid_hours: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkerMonthFigures(Amounts):
    """A worker's figures over a span (normally one month inside the report period).

    Its :class:`Amounts` are the paid hours, wage cost and subsidies over the span; guidance
    cost and productive hours stay ZERO (they come from the hours, which the run reads).
    ``lks_fixed_68`` is what the statutory 68 % regime would pay over the same hours and
    WML (sheltered workers only, else ZERO). ``contract_hours`` is the average weekly
    contract over the days employed (``paid_hours x 7 / days_employed``). ``regimes_used``
    names the LKS regimes that applied (``measured``, ``municipal_fixed`` or a
    :class:`FixedRegime` name).
    """

    personnel_number: str
    span: Period
    days_employed: int
    contract_hours: Decimal
    segments: tuple[WageValueSegment, ...]
    regimes_used: tuple[str, ...]
    findings: tuple[Finding, ...]

    def segment_on(self, d: date) -> WageValueSegment | None:
        """The segment containing day ``d``, or None (not employed or outside the span)."""
        return next((s for s in self.segments if s.period.contains(d)), None)


@dataclass
class _Totals:
    #: running sums in :meth:`Amounts.row` order (no object made per part)
    amounts: list[Decimal] = field(default_factory=NO_AMOUNTS.row)
    days_employed: int = 0
    segments: list[WageValueSegment] = field(default_factory=list)
    regimes: list[str] = field(default_factory=list)
    findings: dict[str, Finding] = field(default_factory=dict)

    def warn(self, finding: Finding) -> None:
        self.findings.setdefault(finding.code, finding)

    def regime(self, name: str) -> None:
        if name not in self.regimes:
            self.regimes.append(name)


def cut_dates(worker: WorkerFacts, span: Period, params: ParameterSet) -> set[date]:
    """Every day on which something the figures depend on may change, for ``span``.

    A report computes these once per worker for its whole period and hands them to
    :func:`worker_month_figures` for each month, instead of finding them twelve times.
    """
    cuts: set[date] = set()
    for e in worker.employments:
        cuts.add(e.start)
        if e.end is not None:
            cuts.add(e.end + ONE_DAY)
    cuts.update(m.measured_on for m in worker.measurements)
    cuts.update(params.minimum_wage.change_dates())
    cuts.update(params.lks.change_dates())
    for year in range(span.start.year, span.end.year + 1):
        cuts.update({date(year, 1, 1), date(year, 7, 1)})
    for regime in (params.start_regime, params.statutory_sheltered):
        if regime.valid_from is not None:
            cuts.add(regime.valid_from)
    if worker.first_start is not None:
        cuts.add(add_months(worker.first_start, params.start_regime_months))
    return cuts


def worker_month_figures(
    worker: WorkerFacts,
    span: Period,
    params: ParameterSet,
    cuts: set[date] | None = None,
    memo: PartMemo | None = None,
) -> WorkerMonthFigures:
    """Paid hours, wage cost and subsidies of one worker over ``span`` (R2-R4, R9, R12).

    Args:
        worker: the worker's facts.
        span: the days to compute, normally within one calendar month.
        params: the dated and yearly parameters.
        cuts: :func:`cut_dates` for a period containing ``span``, when already known.
        memo: the worker's :class:`PartMemo` over those cuts, when months follow each other.

    Returns:
        The summed figures, the wage-value segments and the findings (warnings as data).
    """
    totals = _Totals()
    if cuts is None:
        cuts = cut_dates(worker, span, params)
    parts = span.split_at(cuts) if memo is None else memo.parts(span)
    for part in parts:
        jobs = [e for e in worker.employments if e.active_on(part.start)]
        if not jobs:
            continue
        if memo is None:
            figures = _part_figures(worker, part, jobs, params)
        else:
            key = (bisect_right(memo.cuts, part.start), part.days)
            figures = memo.seen.get(key) or _part_figures(worker, part, jobs, params)
            if not figures.findings:
                memo.seen[key] = figures
        _add_part(part, figures, totals)
    paid = totals.amounts[_PAID_HOURS]
    average_contract = safe_div(paid * 7, Decimal(totals.days_employed))
    return WorkerMonthFigures(
        *totals.amounts,
        personnel_number=worker.personnel_number,
        span=span,
        days_employed=totals.days_employed,
        contract_hours=ZERO if average_contract is None else average_contract,
        segments=tuple(totals.segments),
        regimes_used=tuple(totals.regimes),
        findings=tuple(totals.findings.values()),
    )


_PAID_HOURS = SLOT["paid_hours"]


@dataclass(frozen=True, slots=True)
class _PartFigures:
    """What one part (days without a cut date inside) adds.

    ``terms`` are rows (:meth:`Amounts.row` order) added one after the other: the part's
    amounts with its first employment's wage cost and LKS, then each further employment's,
    so several jobs at once add up term by term in employment order.
    """

    wage_value: Decimal | None
    minimum_wage: Decimal | None
    terms: tuple[list[Decimal], ...]
    regime: str | None
    findings: tuple[Finding, ...]

    @property
    def paid_hours(self) -> Decimal:
        return self.terms[0][_PAID_HOURS]


@dataclass(slots=True)
class PartMemo:
    """A worker's part figures already computed, for the months of a report still to come.

    Between two cut dates nothing the figures depend on changes (:func:`cut_dates` names
    every such day), and every rule is the same arithmetic on the number of days. Two parts
    of equal length between the same two cut dates therefore have the same figures, to the
    last digit: a year of whole months needs about five computations instead of twelve.
    Parts with findings are not kept, because their messages name the day. One memo serves
    one worker and one parameter set.
    """

    cuts: list[date]
    seen: dict[tuple[int, int], _PartFigures] = field(default_factory=dict)

    @classmethod
    def over(cls, cuts: set[date]) -> PartMemo:
        """A memo for the worker whose :func:`cut_dates` these are."""
        return cls(sorted(cuts))

    def parts(self, span: Period) -> list[Period]:
        """``span.split_at(cuts)``, found by bisection in the sorted cuts."""
        first = bisect_right(self.cuts, span.start)
        last = bisect_right(self.cuts, span.end)
        if first == last:
            return [span]
        return span.split_at(self.cuts[first:last])


def _add_part(part: Period, f: _PartFigures, t: _Totals) -> None:
    t.segments.append(WageValueSegment(part, f.wage_value, f.minimum_wage, f.paid_hours))
    t.days_employed += part.days
    for term in f.terms:
        t.amounts = list(map(add, t.amounts, term))
    for finding in f.findings:
        t.warn(finding)
    if f.regime is not None:
        t.regime(f.regime)


_MUNICIPAL_AMOUNTS = {
    "guidance_allowance_per_place": "parameters.no_guidance_allowance",
    "wsw_subsidy_per_fte": "parameters.no_wsw_subsidy",
}
"""A municipality's yearly amount by field: the code of the finding that it is missing."""


def _municipal_amount(
    worker: WorkerFacts, year: int, name: str, findings: list[Finding]
) -> Decimal | None:
    """The municipality's amount ``name`` for ``year``; when it has none, a finding that says
    it is missing and counts as 0."""
    terms = worker.municipality.year(year)
    amount: Decimal | None = None if terms is None else getattr(terms, name)
    if amount is None:
        code = _MUNICIPAL_AMOUNTS[name]
        arguments = {"code": worker.municipality.code, "year": year, "field": name}
        findings.append(Finding(code, "", "year", year, worker.personnel_number, arguments))
    return amount


def _part_figures(
    worker: WorkerFacts, part: Period, jobs: list[Employment], params: ParameterSet
) -> _PartFigures:
    d = part.start
    who = worker.personnel_number
    findings: list[Finding] = []
    wml = params.minimum_wage_on(d)
    lks_params = params.lks_on(d)
    measurement = measurement_in_force(worker.measurements, d)
    hours = [paid_hours(e.contract_hours_per_week, part.days) for e in jobs]
    part_hours = sum(hours, ZERO)
    contract = sum((e.contract_hours_per_week for e in jobs), ZERO)
    wage_value = None if measurement is None else measurement.wage_value

    wage_costs: tuple[Decimal, ...] = ()
    company = params.company_year(d.year)
    if company is None:
        findings.append(
            Finding("parameters.no_company_year", "", "year", d.year, who, {"year": d.year})
        )
    else:
        wage_costs = tuple(
            wage_cost(h, e.hourly_wage, company.holiday_allowance, company.employer_charges)
            for e, h in zip(jobs, hours, strict=True)
        )

    regime: str | None = None
    lks: tuple[Decimal, ...] = ()
    lks_68: Decimal | None = None
    group = worker.target_group
    if group in LKS_GROUPS:
        if wml is None or lks_params is None:
            findings.append(
                Finding("parameters.no_minimum_wage", "", "date", d, who, {"day": d})
            )
        else:
            choice = lks_regime_on(
                d, group, worker.municipality, measurement, worker.first_start, params, who
            )
            if choice.finding is not None:
                findings.append(choice.finding)
            regime = choice.name
            lks = tuple(
                choice.rate(wml, e.hourly_wage, lks_params) * h
                for e, h in zip(jobs, hours, strict=True)
            )
            if group is TargetGroup.SHELTERED:
                statutory = params.statutory_sheltered
                lks_68 = part_hours * lks_per_paid_hour_fixed(
                    statutory.fraction, wml, lks_params, statutory.surcharge_on_top
                )

    allowance_part: Decimal | None = None
    if group is TargetGroup.SHELTERED:
        allowance = _municipal_amount(worker, d.year, "guidance_allowance_per_place", findings)
        if allowance is not None:
            allowance_part = guidance_allowance(
                allowance,
                part.days,
                days_in_year(d.year),
                worker.municipality.guidance_basis,
                contract,
            )
    wsw_part: Decimal | None = None
    if group is TargetGroup.WSW:
        amount = _municipal_amount(worker, d.year, "wsw_subsidy_per_fte", findings)
        if amount is not None:
            fulltime = WSW_FULLTIME_WEEK if company is None else company.wsw_fulltime_hours
            wsw_part = wsw_subsidy(amount, contract, fulltime, part.days, days_in_year(d.year))
    first = row_of(
        wage_cost=wage_costs[0] if wage_costs else ZERO,
        lks=lks[0] if lks else ZERO,
        lks_fixed_68=ZERO if lks_68 is None else lks_68,
        guidance_subsidy=ZERO if allowance_part is None else allowance_part,
        wsw_subsidy=ZERO if wsw_part is None else wsw_part,
        paid_hours=part_hours,
    )
    more = (
        row_of(wage_cost=wage_costs[n] if wage_costs else ZERO, lks=lks[n] if lks else ZERO)
        for n in range(1, len(jobs))
    )
    return _PartFigures(wage_value, wml, (first, *more), regime, tuple(findings))
