"""Turns report data objects into the JSON of INTERFACES.md ("Report JSON").

Amounts, percentages and hours are strings with two decimals, rounded half-up only here,
at the edge ("239.40", "92.31"), by :func:`sodesk.domain.display.plain` and
:func:`~sodesk.domain.display.plain_percent`, the one rounding the screens use too; a figure
that is not defined is null. Counts of people are integers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Protocol

from sodesk.domain.completeness import Gap
from sodesk.domain.display import plain, plain_percent
from sodesk.domain.money import cents
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.questionnaire import (
    WAGE_VALUE_CATEGORIES,
    QuestionnaireFigures,
    WorkTypeFigures,
)
from sodesk.domain.rate_advice import rates_to_ask
from sodesk.domain.validation import Finding
from sodesk.reports.activities import ActivityReport
from sodesk.reports.finding_texts import finding_text
from sodesk.reports.fingerprint import ReportFingerprint, fingerprint_json
from sodesk.reports.json_answers import (
    company_scenario_json,
    guidance_band,
    rate_line,
    realisation_year,
)
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.questionnaire import QuestionnaireReport


def amount(value: Decimal | None) -> str | None:
    """An amount or hours: two decimals, half-up (``"239.40"``); None stays None."""
    return plain(value)


def percent(fraction: Decimal | None) -> str | None:
    """A fraction as percent with two decimals (0.92305 -> ``"92.31"``); None stays None."""
    return plain_percent(fraction)


def _value(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral_value() else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def parameter(p: UsedParameter) -> dict[str, Any]:
    return {
        "name": p.name,
        "value": _value(p.value),
        "valid_from": None if p.valid_from is None else p.valid_from.isoformat(),
        "source": p.source,
    }


def warning(f: Finding) -> dict[str, Any]:
    return {"code": f.code, "message": finding_text(f), "subject": f.subject}


def gap(g: Gap) -> dict[str, Any]:
    """A parameter missing or past its horizon: ``{parameter, from, to, message}``."""
    return {
        "parameter": g.parameter,
        "from": g.start.isoformat(),
        "to": g.end.isoformat(),
        "message": g.message,
    }


class Reported(Protocol):
    """What every report carries at its top (INTERFACES.md: the JSON's common keys)."""

    @property
    def period(self) -> Period: ...
    @property
    def generated_at(self) -> dt.datetime: ...
    @property
    def parameters(self) -> list[UsedParameter]: ...
    @property
    def warnings(self) -> list[Finding]: ...
    @property
    def incomplete(self) -> Sequence[Gap]: ...


def header(report: Reported, fingerprint: dict[str, Any] | None = None) -> dict[str, Any]:
    """The period, the moment made, parameters, warnings and gaps of ``report``; its
    ``fingerprint`` where it has one."""
    period = report.period
    stamp = {} if fingerprint is None else {"fingerprint": fingerprint}
    return {
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "generated_at": report.generated_at.isoformat(),
        **stamp,
        "parameters": [parameter(p) for p in report.parameters],
        "warnings": [warning(w) for w in report.warnings],
        "incomplete": [gap(g) for g in report.incomplete],
    }


def _fingerprint(
    fingerprint: ReportFingerprint | None,
    report: str,
    period: Period,
    municipality: str | None = None,
) -> dict[str, Any] | None:
    if fingerprint is None:
        return None
    return fingerprint_json(fingerprint, report, period, municipality)


def activity_line(f: ActivityFigures, client: str | None = None) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "client": client,
        "work_type": None if f.work_type is None else f.work_type.value,
        "productive_hours": amount(f.productive_hours),
        "revenue": amount(f.revenue),
        "revenue_source": None if f.revenue_source is None else f.revenue_source.value,
        "purchase_value": amount(f.purchase_value),
        "ntw": amount(f.ntw),
        "ntw_per_hour": amount(f.ntw_per_hour),
        "wage_cost": amount(f.wage_cost),
        "lks": amount(f.lks),
        "guidance_cost": amount(f.guidance_cost),
        "guidance_subsidy": amount(f.guidance_subsidy),
        "wsw_subsidy": amount(f.wsw_subsidy),
        "overhead": amount(f.overhead),
        "cost": amount(f.cost),
        "income": amount(f.income),
        "coverage_percent": percent(f.coverage),
        "result": amount(f.result),
        "cost_price_per_hour": amount(f.cost_price_per_hour),
        "wage_value_norm": amount(f.wage_value_norm),
        "hours_without_wage_value": amount(f.hours_without_wage_value),
        "earning_gap": amount(f.earning_gap),
        "current_rate": rate(f.current_rate),
        "current_rate_unit": None if f.current_rate_unit is None else f.current_rate_unit.value,
        "break_even_rate": rate(f.break_even_rate),
        "lks_fixed_68": amount(f.lks_fixed_68),
        "pieces": amount(f.pieces),
    }


def rate(value: Decimal | None) -> str | None:
    """A rate in cents, or with four decimals where cents say too little (€ 0,0375 a piece)."""
    if value is None:
        return None
    if abs(value) >= 1 or value == cents(value):
        return amount(value)
    return plain(value, 4)


def activities_json(report: ActivityReport) -> dict[str, Any]:
    data = header(report, _fingerprint(report.fingerprint, "activities", report.period))
    data["company"] = report.company
    data["activities"] = [activity_line(f, report.client_names.get(f.code)) for f in report.lines]
    totals = activity_line(report.totals)
    data["totals"] = {
        k: v
        for k, v in totals.items()
        if k
        not in (
            "code",
            "name",
            "client",
            "work_type",
            "revenue_source",
            "current_rate",
            "current_rate_unit",
            "break_even_rate",
        )
    }
    data["rates"] = [rate_line(f) for f in rates_to_ask(report.lines)]
    if report.scenario_2028 is not None:
        data["scenario_2028"] = company_scenario_json(report.scenario_2028)
    return data


def categories(counts: tuple[int, ...]) -> list[dict[str, Any]]:
    """The six wage-value categories (R11), each with its label and count."""
    return [
        {"label": label, "count": count}
        for label, count in zip(WAGE_VALUE_CATEGORIES, counts, strict=True)
    ]


def work_type(f: WorkTypeFigures, sector_share: Decimal | None = None) -> dict[str, Any]:
    """One work type of the questionnaire (R11); ``persons`` repeats ``headcount``."""
    return {
        "work_type": f.work_type.value,
        "name": f.work_type.label,
        "headcount": f.headcount,
        "persons": f.headcount,
        "fte": amount(f.fte),
        "ntw": amount(f.ntw),
        "lks": amount(f.lks),
        "average_lks_per_fte": amount(f.average_lks_per_fte),
        "measured_persons": f.measured_persons,
        "average_wage_value_percent": percent(f.average_wage_value),
        "wage_value_categories": categories(f.wage_value_categories),
        "share_percent": percent(f.share),
        "sector_2023_percent": percent(sector_share),
    }


def _totals(t: QuestionnaireFigures) -> dict[str, Any]:
    return {
        "headcount": t.headcount,
        "fte": amount(t.fte),
        "ntw": amount(t.ntw),
        "lks": amount(t.lks),
        "average_lks_per_fte": amount(t.average_lks_per_fte),
        "measured_persons": t.measured_persons,
        "average_wage_value_percent": percent(t.average_wage_value),
        "wage_value_categories": categories(t.wage_value_categories),
    }


def questionnaire_json(report: QuestionnaireReport) -> dict[str, Any]:
    """``report questionnaire``: per work type the sector's questions (R11), and totals."""
    data = header(report, _fingerprint(report.fingerprint, "questionnaire", report.period))
    data["company"] = report.company
    data["target_group"] = "sheltered"
    data["work_types"] = [
        work_type(f, report.sector_mix.get(f.work_type)) for f in report.work_types.values()
    ]
    data["totals"] = _totals(report.totals)
    data["unplaced_persons"] = report.unplaced_persons
    return data


def municipal_json(report: MunicipalReport) -> dict[str, Any]:
    """``report municipal``: realisation, work types, wage value, money and 2028 (R7-R12)."""
    code = report.municipality.code
    data = header(report, _fingerprint(report.fingerprint, "municipal", report.period, code))
    m = report.municipality
    data["company"] = report.company
    data["municipality"] = {"code": m.code, "name": m.name, "region": m.region}
    region, national = report.region_context.figures, report.region_context.national
    data["region_context"] = {
        "region": report.region_context.region,
        "target": None if region is None else region.target,
        "working": None if region is None else region.working,
        "percent": None if region is None else percent(region.share),
        "national_target": None if national is None else national.target,
        "national_working": None if national is None else national.working,
        "national_percent": None if national is None else percent(national.share),
        "source": "regions_2025.csv: taakstelling eind 2025, werkend september 2025",
    }
    r = report.realisation
    data["realisation"] = {
        "date": report.period.end.isoformat(),
        "target": r.target,
        "persons": r.persons,
        "jobs_31h": amount(r.jobs_31h),
        "percent": percent(r.percent),
        "gap": amount(r.gap),
        "percent_persons": percent(r.percent_persons),
        "gap_persons": r.gap_persons,
        "waiting": r.waiting,
        "waiting_by_placeable": {p.value: n for p, n in report.waiting_by_placeable.items()},
    }
    data["work_types"] = [
        work_type(f, report.sector_mix.get(f.work_type)) for f in report.work_types.values()
    ]
    data["unplaced_persons"] = report.unplaced_persons
    w = report.wage_value
    d = report.wage_value_development
    data["wage_value"] = {
        "measured_persons": w.measured_persons,
        "average_percent": percent(w.average_wage_value),
        "categories": categories(w.wage_value_categories),
        "development": {
            "persons": d.persons,
            "up": d.up,
            "same": d.same,
            "down": d.down,
            "average_change_points": percent(d.average_change),
        },
    }
    g, i = report.guidance, report.guidance.intensity
    data["guidance"] = {
        "hours": amount(g.hours),
        "cost": amount(g.cost),
        "subsidy": amount(g.subsidy),
        "guided_persons": i.guided_persons,
        "months_in_service": amount(i.months_in_service),
        "hours_per_person_month": amount(i.hours_per_person_month),
    }
    f = report.finance.figures
    data["finance"] = {
        "ntw": amount(f.ntw),
        "lks": amount(f.lks),
        "guidance_subsidy": amount(f.guidance_subsidy),
        "cost": amount(f.cost),
        "result": amount(f.result),
        "result_per_place": amount(report.finance.result_per_place),
        "coverage_percent": percent(f.coverage),
        "places": amount(report.finance.places),
        "productive_hours": amount(f.productive_hours),
        "revenue": amount(f.revenue),
        "purchase_value": amount(f.purchase_value),
        "wage_cost": amount(f.wage_cost),
        "guidance_cost": amount(f.guidance_cost),
        "overhead": amount(f.overhead),
        "wsw_subsidy": amount(f.wsw_subsidy),
        "income": amount(f.income),
    }
    data["activities_below_cost"] = [_below_cost(line) for line in report.activities_below_cost]
    s = report.scenario_2028
    data["scenario_2028"] = {
        "lks_now": amount(s.lks_now),
        "lks_fixed_68": amount(s.lks_fixed_68),
        "difference": amount(s.difference),
        "fixed_percent": percent(report.fixed_fraction_2028),
        "surcharge_on_top": report.surcharge_on_top_2028,
        "workers_losing": [
            {
                "personnel_number": item.personnel_number,
                "lks_now": amount(item.scenario.lks_now),
                "lks_fixed_68": amount(item.scenario.lks_fixed_68),
                "difference": amount(item.scenario.difference),
            }
            for item in report.workers_losing
        ],
    }
    if report.history is not None:
        data["realisation_by_year"] = [realisation_year(y) for y in report.history.years]
        data["guidance_and_wage_value"] = {
            "months": report.history.months,
            "bands": [guidance_band(b) for b in report.history.guidance_bands],
        }
    return data


def _below_cost(f: ActivityFigures) -> dict[str, Any]:
    """An activity below cost price in the municipal report: the company's whole line."""
    return {
        "code": f.code,
        "name": f.name,
        "work_type": None if f.work_type is None else f.work_type.value,
        "productive_hours": amount(f.productive_hours),
        "coverage_percent": percent(f.coverage),
        "result": amount(f.result),
        "cost_price_per_hour": amount(f.cost_price_per_hour),
        "current_rate": rate(f.current_rate),
        "current_rate_unit": None if f.current_rate_unit is None else f.current_rate_unit.value,
        "break_even_rate": rate(f.break_even_rate),
    }


def dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
