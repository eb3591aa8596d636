"""How a municipality's figures come about (hoe de cijfers tot stand komen), without names.

Why: the municipal report's appendix tells the municipality, per figure (LKS, guidance
allowance, NTW, cost, result), the rule in words, the parameters used and the figure split
per work type and per wage-value band (the six R11 bands). The split comes from the same
rows as ``sodesk explain --municipality`` (:mod:`sodesk.reports.explain`), added up per
group, so the groups add up to the report's figure; no row, name or personnel number leaves
this module.

Grouping: a worker's own amounts (wages, subsidies, guidance) count under the worker's
placement and the wage value in force that month; a share in an activity (revenue, purchase
value, overhead, productive hours) under the activity's work type. Revenue and purchase value
are no worker's: per wage-value band they are split over the municipality's worker-months on
the activity in proportion to their productive hours (domain ``allocate``, exact), the rule
the report uses for the municipality's share itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.attribution import allocate
from sodesk.domain.enums import WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.questionnaire import WAGE_VALUE_CATEGORIES, wage_value_category
from sodesk.reports.explain import ExplainRow, municipal_rows, worker_row
from sodesk.reports.explain_rules import COMPOSITE, FIGURE_NAMES, RULES
from sodesk.reports.explain_trace import Trace, WorkerMonth
from sodesk.reports.questionnaire import municipal_shares

#: the figures the appendix explains, in the report's order
APPENDIX_FIGURES = ("lks", "guidance_subsidy", "ntw", "cost", "result")
WITHOUT_PLACEMENT = "Zonder plaatsing"
WITHOUT_WAGE_VALUE = "Zonder loonwaarde"
NOT_PER_WORKER = "Niet per medewerker"
BANDS = (*WAGE_VALUE_CATEGORIES, WITHOUT_WAGE_VALUE)
WORK_TYPES = (*(w.label for w in WorkType), WITHOUT_PLACEMENT)

#: which of the report's parameters each figure uses (by name; ``*`` for the municipality's)
_USES = {
    "lks": ("minimum_wage_hourly", "lks.", "start_without_measurement",
            "statutory_sheltered_2028", "*.lks_regime", "*.lw_basis", "*.fixed_fraction"),
    "guidance_subsidy": ("*.guidance_allowance_per_place", "*.guidance_basis"),
    "ntw": (),
    "cost": ("company.holiday_allowance", "company.employer_charges",
             "company.coach_hourly_cost", "coach_cost.", "overhead."),
}  # fmt: skip
_USES["result"] = (*_USES["lks"], *_USES["guidance_subsidy"], *_USES["cost"],
                   "*.wsw_subsidy_per_fte", "company.wsw_fulltime_hours")  # fmt: skip

#: Dutch names of the parameters (after the municipality code or prefix)
PARAMETER_NAMES = {
    "minimum_wage_hourly": "Wettelijk minimumloon per uur",
    "lks.holiday_allowance": "Vakantiegeld (LKS)",
    "lks.cap_fraction": "Plafond loonkostensubsidie",
    "lks.surcharge": "Opslag werkgeverslasten (LKS)",
    "start_without_measurement": "Startregime zonder meting",
    "start_without_measurement.surcharge_on_top": "Startregime: opslag erbovenop",
    "statutory_sheltered_2028": "Wettelijk vast percentage beschut werk",
    "statutory_sheltered_2028.surcharge_on_top": "Wettelijk vast percentage: opslag erbovenop",
    "lks_regime": "LKS-regime van de gemeente",
    "lw_basis": "Grondslag loonwaarde",
    "fixed_fraction": "Vast LKS-percentage van de gemeente",
    "guidance_allowance_per_place": "Begeleidingsvergoeding per plaats per jaar",
    "guidance_basis": "Grondslag begeleidingsvergoeding",
    "wsw_subsidy_per_fte": "Rijksbijdrage Wsw per fte per jaar",
    "company.holiday_allowance": "Vakantiegeld (loonkosten)",
    "company.employer_charges": "Werkgeverslasten",
    "company.coach_hourly_cost": "Uurkosten jobcoach",
    "company.wsw_fulltime_hours": "Voltijduren Wsw per week",
}
_FRACTIONS = ("holiday_allowance", "cap_fraction", "surcharge", "employer_charges",
              "fixed_fraction", "start_without_measurement",
              "statutory_sheltered_2028")  # fmt: skip
_CODES = {"measured": "gemeten", "fixed": "vast percentage", "function_wage": "functieloon",
          "minimum_wage": "wettelijk minimumloon", "place": "per plaats",
          "job_31h": "per baan van 31 uur"}  # fmt: skip


@dataclass(frozen=True)
class ShownParameter:
    """A parameter as the appendix prints it: Dutch name, value (a fraction is a percentage),
    and the day it applies from."""

    name: str
    value: Decimal | str | bool | int
    is_fraction: bool
    valid_from: object


@dataclass(frozen=True)
class FigureOrigin:
    """One figure of the municipal report: its rule, parameters and totals per group."""

    figure: str
    name: str
    rule: str
    parameters: list[ShownParameter]
    total: Decimal
    by_work_type: dict[str, Decimal]
    by_band: dict[str, Decimal]


@dataclass(frozen=True)
class MunicipalOrigin:
    """The appendix "Hoe de cijfers tot stand komen" of one municipality's report."""

    code: str
    figures: list[FigureOrigin]


def municipal_origin(trace: Trace, code: str, parameters: list[UsedParameter]) -> MunicipalOrigin:
    """The appendix of municipality ``code`` from a trace of the report's own run."""
    shares, _unsplit = municipal_shares(trace.report.lines, trace.run)
    own = [m for m in trace.months if m.worker.facts.municipality.code == code]
    mine = shares.get(code, [])
    figures = []
    for figure in APPENDIX_FIGURES:
        by_work_type = _grouped(trace, own, mine, figure, _work_type_of, None)
        by_band = _grouped(trace, own, mine, figure, _band_of, own)
        figures.append(
            FigureOrigin(
                figure=figure,
                name=FIGURE_NAMES[figure],
                rule=RULES[figure],
                parameters=_parameters(figure, code, parameters, trace.period.end),
                total=sum(by_work_type.values(), ZERO),
                by_work_type=_ordered(by_work_type, WORK_TYPES),
                by_band=_ordered(by_band, BANDS),
            )
        )
    return MunicipalOrigin(code, figures)


def _work_type_of(row: ExplainRow) -> str:
    return WITHOUT_PLACEMENT if row.work_type is None else row.work_type.label


def _band_of(row: ExplainRow) -> str:
    if row.wage_value is None:
        return WITHOUT_WAGE_VALUE
    return WAGE_VALUE_CATEGORIES[wage_value_category(row.wage_value)]


def _grouped(
    trace: Trace,
    own: list[WorkerMonth],
    shares: list[ActivityFigures],
    figure: str,
    key: Callable[[ExplainRow], str],
    spread_over: list[WorkerMonth] | None,
) -> dict[str, Decimal]:
    """``figure`` per group; a composite as the signed sum of its parts' groups."""
    result: dict[str, Decimal] = defaultdict(Decimal)
    if figure in COMPOSITE:
        for part, sign in COMPOSITE[figure]:
            for group, amount in _grouped(trace, own, shares, part, key, spread_over).items():
                result[group] += amount if sign > 0 else -amount
        return result
    for row in municipal_rows(trace, own, shares, figure):
        if row.personnel_number is None and spread_over is not None:
            for group, amount in _spread(row, spread_over, key, trace).items():
                result[group] += amount
        else:
            result[key(row)] += row.amount
    return result


def _spread(
    row: ExplainRow, months: list[WorkerMonth], key: Callable[[ExplainRow], str], trace: Trace
) -> dict[str, Decimal]:
    """An activity share over the worker-months on that activity, by productive hours."""
    code = str(row.parameters["activity"])
    weights: dict[str, Decimal] = defaultdict(Decimal)
    for m in months:
        hours = m.productive.get(code, ZERO)
        if hours:
            weights[key(worker_row(m, code, hours, "productive_hours", trace))] += hours
    if not any(weights.values()):
        return {NOT_PER_WORKER: row.amount}
    return allocate(row.amount, dict(sorted(weights.items())))


def _ordered(groups: dict[str, Decimal], order: tuple[str, ...]) -> dict[str, Decimal]:
    known = {name: groups.get(name, ZERO) for name in order}
    rest = {name: amount for name, amount in groups.items() if name not in order}
    return {**known, **rest}


def _parameters(
    figure: str, code: str, used: list[UsedParameter], end: dt.date
) -> list[ShownParameter]:
    """The report's parameters ``figure`` uses, in Dutch (none that starts after ``end``)."""
    wanted = _USES[figure]
    result = []
    for p in used:
        if p.valid_from is not None and p.valid_from > end:
            continue
        own = p.name.startswith(f"{code}.")
        name = p.name.removeprefix(f"{code}.") if own else p.name
        if not any(_uses(p.name, name if own else None, w) for w in wanted):
            continue
        result.append(
            ShownParameter(
                _dutch_name(name),
                _CODES.get(p.value, p.value) if isinstance(p.value, str) else p.value,
                name.split(".")[-1] in _FRACTIONS and isinstance(p.value, Decimal),
                p.valid_from,
            )
        )
    return result


def _uses(name: str, own: str | None, wanted: str) -> bool:
    """Whether parameter ``name`` (``own``: its name after the municipality code, when it is
    the municipality's) is ``wanted``: ``*.x`` the municipality's x, ``p.`` a prefix."""
    if wanted.startswith("*."):
        return own == wanted[2:]
    return name == wanted or (wanted.endswith(".") and name.startswith(wanted))


def _dutch_name(name: str) -> str:
    if name in PARAMETER_NAMES:
        return PARAMETER_NAMES[name]
    if name.startswith("overhead."):
        return f"Overheadtarief per productief uur, {WorkType(name.split('.', 1)[1]).label}"
    if name.startswith("coach_cost."):
        return "Uurkosten van een jobcoach"  # the coach is not named on paper
    return name
