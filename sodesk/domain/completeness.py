"""Which parameters a period's figures lack (onvolledig): missing or past their horizon.

Why: a figure whose parameter is missing is computed as if that parameter were zero (no wage
cost without the company's year, no overhead without a rate, no LKS without WML), and a day
past a parameter's known horizon uses its latest row. Either is fine only when the user is
told where they look first. This module names every such gap once, with its days and the
values its sentence is made of; the words are the edge's (the reports' Dutch in
``reports/finding_texts.py``, the window's language in ``ui/finding_texts.py``), and the
reports put the list on top (JSON ``incomplete``, the PDF's first page, every sheet, the
Overview).

Rules (DOMAIN.md "Rules and formulas"): a half-yearly parameter (WML) is known up to six
months after its latest dated row; a day past that still uses the latest row and the report
says from which date it is not entered ("WML vanaf 01-07-2026 niet ingevoerd; 14,71
gebruikt"). A yearly parameter (company year, overhead rate, municipality year) is known for
its own year only. The LKS parameters (holiday allowance, cap, surcharge) are statutory and
stay in force until a regulation changes them: they have no horizon, only a gap before their
first row. R3: a municipality on a fixed LKS regime needs its percentage.

The kinds (:data:`KINDS`) are a contract of the report JSON: never rename them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sodesk.domain.enums import LksRegime, TargetGroup, WorkType
from sodesk.domain.lks_regime import LKS_GROUPS
from sodesk.domain.parameters import MunicipalityTerms, ParameterSet
from sodesk.domain.period import ONE_DAY, Period, add_months
from sodesk.domain.worker_month import WorkerFacts

COMPANY_YEAR = "company_year"
OVERHEAD_RATE = "overhead_rate"
MUNICIPALITY_YEAR = "municipality_year"
MINIMUM_WAGE = "minimum_wage"
LKS_PARAMETERS = "lks_parameters"
FIXED_REGIME_PERCENT = "fixed_regime_percent"
PENSION_AGE = "pension_age"

KINDS = (
    COMPANY_YEAR,
    OVERHEAD_RATE,
    MUNICIPALITY_YEAR,
    MINIMUM_WAGE,
    LKS_PARAMETERS,
    FIXED_REGIME_PERCENT,
    PENSION_AGE,
)
"""Every ``parameter`` a gap may name (stable: the report JSON's contract)."""

WML_HORIZON_MONTHS = 6
"""WML is known up to this many months after its latest row (published each half year)."""

GUIDANCE_ALLOWANCE = "guidance_allowance_per_place"
WSW_SUBSIDY = "wsw_subsidy_per_fte"
WAGE_COST = "wage_cost"
GUIDANCE_COST = "guidance_cost"
"""The costs a missing company year leaves out (a company gap's ``costs``)."""

BOX_TITLE = "Onvolledig"
"""The word on every report, sheet and screen whose figures lack a parameter."""
HEADLINE = f"{BOX_TITLE}: de cijfers missen parameters en zijn niet volledig."
"""The first line of the box on a PDF's first page and of the row on top of every sheet."""


@dataclass(frozen=True, slots=True)
class Gap:
    """A parameter missing or past its horizon on some days of a period (ontbrekende parameter).

    Attributes:
        parameter: the kind, one of :data:`KINDS`.
        start: the first day of the period it touches.
        end: the last day of the period it touches.
        message: Dutch, for the user: what is missing and what the figures did instead;
            empty until worded at the edge (``reports.finding_texts.worded``).
        subject: what it is about (a municipality code, a work type), if anything.
        arguments: the values the sentence names (a year, a work type, a municipality's
            name, the fields lacking, the date a parameter is known from).
    """

    parameter: str
    start: date
    end: date
    message: str = ""
    subject: str | None = None
    arguments: Mapping[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class PeriodUse:
    """What a period's figures rest on, as found in its hours and employments.

    Attributes:
        paid_years: years in which someone is paid within the period (wage cost: company year).
        guidance_years: years with guidance hours (guidance cost: company year).
        paid: from the first to the last day someone is paid (WML: LKS and wage-value norm).
        lks: from the first to the last day a worker with LKS (sheltered, jobs agreement) is
            paid (the LKS parameters).
        productive: (year, work type) with productive hours (overhead rate, R7).
        municipal: (municipality code, year, field) a municipality's workers need: the
            guidance allowance per place (sheltered, R9) or the Wsw subsidy per fte (R2b).
        fixed_regime: per municipality code, the days its LKS workers are paid under the
            municipality's own regime (not the statutory 68 % one).
    """

    paid_years: frozenset[int] = frozenset()
    guidance_years: frozenset[int] = frozenset()
    paid: Period | None = None
    lks: Period | None = None
    productive: frozenset[tuple[int, WorkType]] = frozenset()
    municipal: frozenset[tuple[str, int, str]] = frozenset()
    fixed_regime: Mapping[str, Period] = field(default_factory=dict)


def _hull(spans: list[Period]) -> Period | None:
    if not spans:
        return None
    return Period(min(s.start for s in spans), max(s.end for s in spans))


def period_use(
    period: Period,
    params: ParameterSet,
    workers: Iterable[WorkerFacts],
    productive: Iterable[tuple[int, WorkType]],
    guidance_years: Iterable[int],
) -> PeriodUse:
    """What the figures of ``period`` rest on, from the workers and the hours.

    Args:
        period: the report period.
        params: the parameters (the statutory regime's start ends a municipality's own one).
        workers: the workers counted (all, or one municipality's).
        productive: (year, work type) with productive hours in the period.
        guidance_years: years with guidance hours in the period.
    """
    statutory = params.statutory_sheltered.valid_from
    paid: list[Period] = []
    lks: list[Period] = []
    paid_years: set[int] = set()
    municipal: set[tuple[str, int, str]] = set()
    fixed: dict[str, list[Period]] = {}
    for facts in workers:
        terms = facts.municipality
        group = facts.target_group
        for employment in facts.employments:
            end = period.end if employment.end is None else employment.end
            if employment.start > period.end or end < period.start:
                continue  # not employed in the period
            days = period.overlap(Period(employment.start, end))
            if days is None:
                continue
            paid.append(days)
            years = range(days.start.year, days.end.year + 1)
            paid_years.update(years)
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
                own = None if days.start >= statutory else days.overlap(
                    Period(days.start, statutory - ONE_DAY)
                )
            if own is not None and terms.lks_regime is LksRegime.FIXED:
                fixed.setdefault(terms.code, []).append(own)
    return PeriodUse(
        paid_years=frozenset(paid_years),
        guidance_years=frozenset(guidance_years),
        paid=_hull(paid),
        lks=_hull(lks),
        productive=frozenset(productive),
        municipal=frozenset(municipal),
        fixed_regime={code: hull for code, spans in fixed.items() if (hull := _hull(spans))},
    )


def _year_part(period: Period, year: int) -> Period | None:
    return period.overlap(Period.year(year))


def period_gaps(
    period: Period,
    params: ParameterSet,
    municipalities: Iterable[MunicipalityTerms],
    use: PeriodUse,
) -> list[Gap]:
    """Every parameter the figures of ``period`` need and lack, in a fixed order.

    Args:
        period: the report period.
        params: the dated and yearly parameters.
        municipalities: the municipalities' terms (by code in ``use``).
        use: what the period's figures rest on.

    Returns:
        The gaps, by kind (:data:`KINDS` order), then by day; empty when complete.
    """
    terms = {m.code: m for m in municipalities}
    result = _company_years(period, params, use)
    result += _overhead(period, params, use)
    result += _municipal(period, terms, use)
    result += _minimum_wage(params, use.paid)
    result += _lks(params, use.lks)
    result += _fixed(terms, use)
    return result


def _company_years(period: Period, params: ParameterSet, use: PeriodUse) -> list[Gap]:
    result = []
    for year in sorted(use.paid_years | use.guidance_years):
        part = _year_part(period, year)
        if part is None or params.company_year(year) is not None:
            continue
        costs = tuple(
            cost
            for cost, years in ((WAGE_COST, use.paid_years), (GUIDANCE_COST, use.guidance_years))
            if year in years
        )
        arguments = {"year": year, "costs": costs}
        result.append(Gap(COMPANY_YEAR, part.start, part.end, "", str(year), arguments))
    return result


def _overhead(period: Period, params: ParameterSet, use: PeriodUse) -> list[Gap]:
    missing: dict[int, list[WorkType]] = defaultdict(list)
    for year, work_type in sorted(use.productive):
        if _year_part(period, year) is not None and params.overhead_rate(year, work_type) is None:
            missing[year].append(work_type)
    result = []
    for year, work_types in sorted(missing.items()):
        part = _year_part(period, year)
        assert part is not None
        for work_type in work_types:
            arguments = {"year": year, "work_type": work_type}
            result.append(
                Gap(OVERHEAD_RATE, part.start, part.end, "", work_type.value, arguments)
            )
    return result


def _municipal(period: Period, terms: Mapping[str, MunicipalityTerms], use: PeriodUse) -> list[Gap]:
    lacking: dict[tuple[str, int], list[str]] = defaultdict(list)
    for code, year, name in sorted(use.municipal):
        municipality = terms.get(code)
        figures = None if municipality is None else municipality.year(year)
        if figures is None or getattr(figures, name) is None:
            lacking[(code, year)].append(name)
    result = []
    for (code, year), names in sorted(lacking.items()):
        part = _year_part(period, year)
        if part is None:
            continue
        arguments = {**_municipality(terms, code), "fields": tuple(names), "year": year}
        result.append(Gap(MUNICIPALITY_YEAR, part.start, part.end, "", code, arguments))
    return result


def _municipality(terms: Mapping[str, MunicipalityTerms], code: str) -> dict[str, object]:
    """The municipality's code and stored name (None when unknown)."""
    municipality = terms.get(code)
    return {"code": code, "name": None if municipality is None else municipality.name}


def wml_horizon(params: ParameterSet) -> date | None:
    """The last day WML is known: six months after its latest row, less a day (None: no rows)."""
    starts = params.minimum_wage.change_dates()
    if not starts:
        return None
    return add_months(starts[-1], WML_HORIZON_MONTHS) - ONE_DAY


def _minimum_wage(params: ParameterSet, span: Period | None) -> list[Gap]:
    if span is None:
        return []
    starts = params.minimum_wage.change_dates()
    if not starts:
        return [Gap(MINIMUM_WAGE, span.start, span.end)]
    result = []
    if span.start < starts[0]:
        end = min(span.end, starts[0] - ONE_DAY)
        result.append(Gap(MINIMUM_WAGE, span.start, end, arguments={"known_from": starts[0]}))
    horizon = wml_horizon(params)
    assert horizon is not None
    if span.end > horizon:
        arguments = {"unknown_from": horizon + ONE_DAY, "used": params.minimum_wage.pairs[-1][1]}
        result.append(
            Gap(MINIMUM_WAGE, max(span.start, horizon + ONE_DAY), span.end, arguments=arguments)
        )
    return result


def _lks(params: ParameterSet, span: Period | None) -> list[Gap]:
    if span is None:
        return []
    starts = params.lks.change_dates()
    if starts and span.start >= starts[0]:
        return []
    end = span.end if not starts else min(span.end, starts[0] - ONE_DAY)
    arguments = {"known_from": starts[0] if starts else None}
    return [Gap(LKS_PARAMETERS, span.start, end, arguments=arguments)]


def _fixed(terms: Mapping[str, MunicipalityTerms], use: PeriodUse) -> list[Gap]:
    result = []
    for code, span in sorted(use.fixed_regime.items()):
        municipality = terms.get(code)
        if municipality is None or municipality.lks_regime is not LksRegime.FIXED:
            continue
        if municipality.fixed_fraction is not None:
            continue
        arguments = _municipality(terms, code)
        result.append(Gap(FIXED_REGIME_PERCENT, span.start, span.end, "", code, arguments))
    return result


def pension_age_gap(first_year: int, last_year: int, last_known: int | None) -> list[Gap]:
    """The outlook's years past the last year with a known pension age (AOW-leeftijd)."""
    if last_known is None or last_year <= last_known:
        return []
    start = max(first_year, last_known + 1)
    arguments = {"from_year": start, "last_known": last_known}
    return [Gap(PENSION_AGE, date(start, 1, 1), date(last_year, 12, 31), arguments=arguments)]


def box_lines(gaps: Iterable[Gap]) -> list[str]:
    """The messages of a box (PDF, sheet, screen), each once, in order."""
    return list(dict.fromkeys(g.message for g in gaps))


def summary(gaps: Iterable[Gap]) -> str:
    """One line for a box or a status line: "Onvolledig: ..." with every message."""
    return f"{BOX_TITLE}: " + " ".join(box_lines(gaps))
