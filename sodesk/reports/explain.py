"""Where a figure comes from (herkomst): the worker-months behind one report figure.

Why: a controller or a municipality asks "how did you get this LKS?". The answer lists the
worker-months (or, for revenue and purchases, the entries) the figure adds up, with the rule
in Dutch words and the parameters used in each row. The rows come from a trace of the same
company run that made the report (:mod:`sodesk.reports.explain_trace`), so they add up to
the report's figure by construction; ``total`` is their sum, unrounded.

Rows by kind of figure:

* attributed amounts (wage cost, LKS, LKS 68 %, guidance allowance, Wsw subsidy, guidance
  cost) and productive hours of a line: per worker-month the part R6 gave the line;
* wage-value norm and hours without a wage value: per worker-month, as the run counted them;
* overhead: per worker-month, its productive hours on the activity x the year's rate (R7);
* revenue and purchase value: per invoice or purchase entry, the part of its days inside the
  period; revenue from rates per month (R5); for a municipality per activity, its share;
* NTW, cost, income, result, earning gap: the signed sum of their parts per worker-month,
  with revenue and purchase rows beside them;
* a municipality's own amounts (finance): its workers' whole worker-months (not split).

Ratios (NTW per hour, coverage, cost price, rates) are no sum of anything: their parts are
explained one by one instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sodesk.domain.enums import WorkType
from sodesk.domain.lines import is_non_productive
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period, share_inside
from sodesk.domain.profitability import ActivityFigures, overhead
from sodesk.domain.revenue import PeriodAmount, activity_revenue
from sodesk.reports.activities import priced_hours
from sodesk.reports.explain_rules import (
    ACTIVITY_FIGURES,
    ATTRIBUTED,
    COMPOSITE,
    COMPOSITE_ROWS,
    FIGURE_NAMES,
    HOURS_FIGURES,
    MUNICIPAL_FIGURES,
    MUNICIPAL_OWN,
    MUNICIPAL_SHARE,
    PRODUCTIVE_SLOT,
    RATIOS,
    RULES,
)
from sodesk.reports.explain_trace import Trace, WorkerMonth
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.questionnaire import municipal_shares


class ExplainProblem(ValueError):
    """The figure cannot be explained as asked (unknown line, municipality or figure)."""


@dataclass(frozen=True)
class ExplainRow:
    """One worker-month (or entry) behind a figure; amounts unrounded.

    ``personnel_number`` is None for a row that is no worker's (an invoice, a purchase, a
    month's revenue from rates, a municipality's share in an activity). ``share`` is the
    part of the worker-month the line received (``p_a / P`` or ``p_a / p``). ``source``
    says in Dutch what the row is (the line, the entry).
    """

    personnel_number: str | None
    month: dt.date
    amount: Decimal
    paid_hours: Decimal | None = None
    productive_hours: Decimal | None = None
    share: Decimal | None = None
    wage_value: Decimal | None = None
    minimum_wage: Decimal | None = None
    regime: str | None = None
    parameters: dict[str, object] = field(default_factory=dict)
    source: str = ""
    work_type: WorkType | None = None
    """The work type the row counts under: the activity's, or for a worker's own amounts
    and non-productive time the worker's placement that month (not in the JSON)."""


@dataclass(frozen=True)
class Explanation:
    """A figure, its rule and its rows; ``total`` is the rows' sum, ``report_figure`` the
    report's own (unrounded) figure, equal to the cent."""

    subject: str  # "activity", "municipality" or "company"
    code: str
    name: str
    figure: str
    period: Period
    total: Decimal
    report_figure: Decimal
    rule: str
    rows: list[ExplainRow]

    @property
    def figure_name(self) -> str:
        return FIGURE_NAMES.get(self.figure, self.figure)

    @property
    def is_hours(self) -> bool:
        return self.figure in HOURS_FIGURES


def check_figure(figure: str, allowed: Iterable[str]) -> None:
    """Raise :class:`ExplainProblem` for a figure that is a ratio or not known."""
    allowed = tuple(allowed)
    if figure in allowed:
        return
    if figure in RATIOS:
        raise ExplainProblem(
            f"--figure {figure}: een verhouding of tarief, geen optelsom; verklaar de "
            f"onderdelen (bijvoorbeeld cost, productive_hours, ntw, income)"
        )
    raise ExplainProblem(f"--figure {figure}: onbekend; kies uit {', '.join(allowed)}")


def explain_activity(trace: Trace, code: str, figure: str) -> Explanation:
    """Explain ``figure`` of the activity line ``code`` (or ``non-productive:<work_type>``).

    Raises:
        ExplainProblem: an unknown line or figure.
    """
    check_figure(figure, ACTIVITY_FIGURES)
    lines = {line.code: line for line in trace.report.lines}
    line = lines.get(code)
    if line is None:
        raise ExplainProblem(_unknown_line(code, lines))
    rows = _rows(trace, line, figure)
    rule = RULES[figure] + (COMPOSITE_ROWS if figure in COMPOSITE else "")
    return _explanation("activity", code, line.name, figure, trace.period, rule, rows, line)


def explain_company(trace: Trace, figure: str) -> Explanation:
    """Explain ``figure`` of the company total: every line's rows, one line after another.

    Raises:
        ExplainProblem: an unknown figure.
    """
    check_figure(figure, ACTIVITY_FIGURES)
    rows = []
    for line in trace.report.lines:
        for row in _rows(trace, line, figure):
            if row.personnel_number is None:
                row = _with(row, source=f"{line.code}: {row.source}")
            rows.append(row)
    rule = RULES[figure] + (COMPOSITE_ROWS if figure in COMPOSITE else "")
    rule += " Totaal van het bedrijf: de rijen van elke regel (activiteiten en niet-productief)."
    totals = trace.report.totals
    return _explanation(
        "company", "totals", "het bedrijf", figure, trace.period, rule, rows, totals
    )


def explain_municipality(trace: Trace, report: MunicipalReport, figure: str) -> Explanation:
    """Explain ``figure`` of ``report``'s finance (a municipal report of the trace's run).

    Raises:
        ExplainProblem: an unknown figure.
    """
    check_figure(figure, MUNICIPAL_FIGURES)
    code = report.municipality.code
    shares, _unsplit = municipal_shares(trace.report.lines, trace.run)
    own = [m for m in trace.months if m.worker.facts.municipality.code == code]
    rows = municipal_rows(trace, own, shares.get(code, []), figure)
    rule = RULES[figure]
    if figure in COMPOSITE:
        rule += COMPOSITE_ROWS
    if figure in ("revenue", "purchase_value", "ntw", "productive_hours", "overhead"):
        rule += MUNICIPAL_SHARE
    if figure in ATTRIBUTED or figure in ("cost", "income", "result"):
        rule += MUNICIPAL_OWN
    name = f"Gemeente {report.municipality.name}"
    return _explanation(
        "municipality", code, name, figure, trace.period, rule, rows, report.finance.figures
    )


def _explanation(
    subject: str,
    code: str,
    name: str,
    figure: str,
    period: Period,
    rule: str,
    rows: list[ExplainRow],
    figures: ActivityFigures,
) -> Explanation:
    rows = [row for row in rows if row.amount]  # a zero adds nothing to read
    total = sum((row.amount for row in rows), ZERO)
    return Explanation(
        subject, code, name, figure, period, total, getattr(figures, figure), rule, rows
    )


def _unknown_line(code: str, lines: dict[str, ActivityFigures]) -> str:
    known = ", ".join(list(lines)[:40]) or "geen"
    more = " ..." if len(lines) > 40 else ""
    return (
        f"--activity {code}: geen regel met die code in het activiteitenrapport over deze "
        f"periode; regels: {known}{more}"
    )


# --- activity lines ---------------------------------------------------------------------


def _rows(trace: Trace, line: ActivityFigures, figure: str) -> list[ExplainRow]:
    if figure in COMPOSITE:
        return combine([(_rows(trace, line, part), sign) for part, sign in COMPOSITE[figure]])
    if figure in ATTRIBUTED or figure == "productive_hours":
        slot = ATTRIBUTED.get(figure, PRODUCTIVE_SLOT)
        return [
            worker_row(m, line.code, m.lines[line.code][slot], figure, trace)
            for m in trace.months
            if line.code in m.lines
        ]
    if figure in ("wage_value_norm", "hours_without_wage_value"):
        which = 0 if figure == "wage_value_norm" else 1
        return [
            worker_row(m, line.code, m.norms[line.code][which], figure, trace)
            for m in trace.months
            if line.code in m.norms
        ]
    if figure == "overhead":
        return _overhead_rows(trace, trace.months, {line.code})
    if figure == "purchase_value":
        return _entry_rows(trace.records.purchases, trace, line.code, "Inkoop")
    if figure == "revenue":
        return _revenue_rows(trace, line)
    raise ExplainProblem(f"--figure {figure}: onbekend")  # pragma: no cover (checked above)


def combine(parts: list[tuple[list[ExplainRow], int]]) -> list[ExplainRow]:
    """The signed sum of several figures' rows: one row per worker-month (the parts' amounts
    added, their parameters together), entry rows as they are, with their sign."""
    position: dict[tuple[str, dt.date], int] = {}
    result: list[ExplainRow] = []
    for rows, sign in parts:
        for row in rows:
            amount = row.amount if sign > 0 else -row.amount
            key = None if row.personnel_number is None else (row.personnel_number, row.month)
            if key is None or key not in position:
                if key is not None:
                    position[key] = len(result)
                result.append(_with(row, amount=amount))
                continue
            known = result[position[key]]
            result[position[key]] = _with(
                known,
                amount=known.amount + amount,
                parameters={**known.parameters, **row.parameters},
            )
    return result


def _with(row: ExplainRow, **changes: Any) -> ExplainRow:
    return dataclasses.replace(row, **changes)


def _share(m: WorkerMonth, key: str) -> Decimal | None:
    """The part of the worker-month's paid hours line ``key`` carries (R6)."""
    paid = m.figures.paid_hours
    productive = m.productive
    worked = sum(productive.values(), ZERO)
    if worked > paid:
        return productive.get(key, ZERO) / worked
    if is_non_productive(key):
        return Decimal(1) if worked == 0 else (paid - worked) / paid
    return None if paid == 0 else productive.get(key, ZERO) / paid


def worker_row(
    m: WorkerMonth,
    key: str | None,
    amount: Decimal,
    figure: str,
    trace: Trace,
    extra: dict[str, object] | None = None,
) -> ExplainRow:
    figures = m.figures
    segment = figures.segments[-1] if figures.segments else None
    productive = m.productive
    line = "" if key is None else f" op {key}"
    if key is None or is_non_productive(key):
        worker = m.worker
        work_type = worker.work_type_on(m.month.end) or worker.work_type_on(m.month.start)
    else:
        work_type = _work_types(trace).get(key)
    return ExplainRow(
        personnel_number=figures.personnel_number,
        month=m.month.start.replace(day=1),
        amount=amount,
        paid_hours=figures.paid_hours,
        productive_hours=(
            sum(productive.values(), ZERO) if key is None else productive.get(key, ZERO)
        ),
        share=Decimal(1) if key is None else _share(m, key),
        wage_value=None if segment is None else segment.wage_value,
        minimum_wage=None if segment is None else segment.minimum_wage,
        regime=", ".join(figures.regimes_used) or None,
        parameters={**worker_parameters(m, figure, trace), **(extra or {})},
        source=f"Medewerker-maand{line}",
        work_type=work_type,
    )


def worker_parameters(m: WorkerMonth, figure: str, trace: Trace) -> dict[str, object]:
    """The parameters a worker-month's figure used (those on its first day in service)."""
    params = trace.run.params
    figures = m.figures
    day = figures.segments[0].period.start if figures.segments else m.month.start
    facts = m.worker.facts
    terms = facts.municipality
    year_terms = terms.year(day.year)
    company = params.company_year(day.year)
    lks = params.lks_on(day)
    result: dict[str, object] = {
        "minimum_wage_hourly": params.minimum_wage_on(day),
        "contract_hours_per_week": figures.contract_hours,
        "days_employed": figures.days_employed,
    }
    if figure in ("wage_cost", "lks"):
        wages = [e.hourly_wage for e in facts.employments if e.active_on(day)]
        result["hourly_wage"] = wages[0] if len(wages) == 1 else ", ".join(map(str, wages))
    if figure == "wage_cost" and company is not None:
        result["holiday_allowance"] = company.holiday_allowance
        result["employer_charges"] = company.employer_charges
    if figure in ("lks", "lks_fixed_68") and lks is not None:
        result["holiday_allowance"] = lks.holiday_allowance
        result["cap_fraction"] = lks.cap_fraction
        result["surcharge"] = lks.surcharge
    if figure == "lks":
        result["lw_basis"] = terms.lw_basis.value
        if terms.fixed_fraction is not None:
            result["municipal_fixed_fraction"] = terms.fixed_fraction
        for regime in (params.start_regime, params.statutory_sheltered):
            if regime.name in figures.regimes_used:
                result[f"{regime.name}_fraction"] = regime.fraction
                result[f"{regime.name}_surcharge_on_top"] = regime.surcharge_on_top
    if figure == "lks_fixed_68":
        result["fixed_fraction"] = params.statutory_sheltered.fraction
        result["surcharge_on_top"] = params.statutory_sheltered.surcharge_on_top
    if figure == "guidance_subsidy":
        result["guidance_allowance_per_place"] = (
            None if year_terms is None else year_terms.guidance_allowance_per_place
        )
        result["guidance_basis"] = terms.guidance_basis.value
    if figure == "wsw_subsidy":
        per_fte = None if year_terms is None else year_terms.wsw_subsidy_per_fte
        result["wsw_subsidy_per_fte"] = per_fte
        result["wsw_fulltime_hours"] = None if company is None else company.wsw_fulltime_hours
    if figure == "guidance_cost":
        result["coach_hourly_cost"] = None if company is None else company.coach_hourly_cost
        result["guidance_cost_month"] = sum(m.guidance.values(), ZERO)
    return result


def _overhead_rows(
    trace: Trace, months: Iterable[WorkerMonth], codes: set[str]
) -> list[ExplainRow]:
    """Per worker-month and activity of ``codes``: its productive hours x the year's rate."""
    params = trace.run.params
    work_types = _work_types(trace)
    rows = []
    for m in months:
        for code, hours in m.productive.items():
            if code not in codes or not hours:
                continue
            work_type = work_types.get(code)
            year = m.month.start.year
            rate = None if work_type is None else params.overhead_rate(year, work_type)
            if rate is None or work_type is None:
                continue  # the report sets overhead to 0 and warns
            extra = {"overhead_rate": rate, "work_type": work_type.value}
            rows.append(worker_row(m, code, overhead(hours, rate), "overhead", trace, extra))
    return rows


def _work_types(trace: Trace) -> dict[str, WorkType | None]:
    return trace.work_types


def _entry_rows(
    by_activity: dict[int, list[PeriodAmount]], trace: Trace, code: str, kind: str
) -> list[ExplainRow]:
    """Invoice or purchase entries of an activity: each the part of its days inside."""
    period = trace.period
    entries = by_activity.get(_activity_ids(trace).get(code, -1), [])
    return [_entry_row(entry, period, kind) for entry in entries if entry.period.overlap(period)]


def _activity_ids(trace: Trace) -> dict[str, int]:
    return {activity.code: activity.id for activity in trace.records.activities}


def _entry_row(entry: PeriodAmount, period: Period, kind: str) -> ExplainRow:
    inside = entry.period.overlap(period)
    assert inside is not None
    span = entry.period
    return ExplainRow(
        personnel_number=None,
        month=inside.start.replace(day=1),
        amount=share_inside(span, entry.amount, period),
        share=Decimal(inside.days) / span.days,
        parameters={
            "entry_amount": entry.amount,
            "entry_from": span.start,
            "entry_to": span.end,
            "days_inside": inside.days,
            "days": span.days,
        },
        source=f"{kind} {span.start:%d-%m-%Y} t/m {span.end:%d-%m-%Y}",
    )


def _revenue_rows(trace: Trace, line: ActivityFigures) -> list[ExplainRow]:
    """Invoices where the report used them; else the revenue from rates per month (R5)."""
    period = trace.period
    records = trace.records
    activity_id = _activity_ids(trace).get(line.code)
    if activity_id is None:
        return []
    invoices = records.invoices.get(activity_id, [])
    if any(inv.period.overlap(period) for inv in invoices):
        return _entry_rows(records.invoices, trace, line.code, "Factuur")
    rates = records.rates.get(activity_id, [])
    production = records.production.get(activity_id, [])
    hours = priced_hours(trace.run, records).get(activity_id, {})
    rows = []
    for month in period.months():
        month_hours = {d: h for d, h in hours.items() if month.contains(d)}
        found = activity_revenue(month, [], rates, month_hours, production, line.code)
        if not found.amount:
            continue
        in_force = {
            f"rate_{r.unit.value}_{r.valid_from.isoformat()}": r.price
            for r in rates
            if r.valid_from <= month.end and (r.valid_to is None or r.valid_to >= month.start)
        }
        rows.append(
            ExplainRow(
                personnel_number=None,
                month=month.start.replace(day=1),
                amount=found.amount,
                productive_hours=sum(month_hours.values(), ZERO),
                parameters={
                    **in_force,
                    "pieces": found.pieces_in_period,
                    "months_covered": found.months_covered,
                },
                source=f"Omzet uit tariefafspraken, {month.start:%m-%Y}",
            )
        )
    return rows


# --- municipalities ---------------------------------------------------------------------


def municipal_rows(
    trace: Trace, own: list[WorkerMonth], shares: list[ActivityFigures], figure: str
) -> list[ExplainRow]:
    if figure in COMPOSITE:
        return combine(
            [(municipal_rows(trace, own, shares, part), sign) for part, sign in COMPOSITE[figure]]
        )
    if figure in ATTRIBUTED and figure != "guidance_cost":
        return [worker_row(m, None, getattr(m.figures, figure), figure, trace) for m in own]
    if figure == "guidance_cost":
        return [
            worker_row(m, None, sum(m.guidance.values(), ZERO), figure, trace)
            for m in own
            if m.guidance
        ]
    codes = [s.code for s in shares]
    if figure == "productive_hours":
        return [
            worker_row(m, code, hours, figure, trace)
            for m in own
            for code, hours in m.productive.items()
            if hours and code in codes
        ]
    if figure == "overhead":
        return _overhead_rows(trace, own, set(codes))
    if figure in ("revenue", "purchase_value"):
        return [_share_row(trace, share, figure) for share in shares]
    raise ExplainProblem(f"--figure {figure}: onbekend")  # pragma: no cover (checked above)


def _share_row(trace: Trace, share: ActivityFigures, figure: str) -> ExplainRow:
    whole = next(line for line in trace.report.lines if line.code == share.code)
    hours = whole.productive_hours
    return ExplainRow(
        personnel_number=None,
        month=trace.period.start.replace(day=1),
        amount=getattr(share, figure),
        productive_hours=share.productive_hours,
        share=None if not hours else share.productive_hours / hours,
        parameters={
            "activity": share.code,
            f"activity_{figure}": getattr(whole, figure),
            "activity_productive_hours": whole.productive_hours,
        },
        source=f"Aandeel in {FIGURE_NAMES[figure].lower()} van {share.code}",
        work_type=share.work_type,
    )
