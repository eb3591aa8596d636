"""Turns report data objects into the JSON of INTERFACES.md ("Report JSON").

Amounts, percentages and hours are strings with two decimals, rounded half-up only here,
at the edge ("239.40", "92.31"); a figure that is not defined is null.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sodesk.domain.money import cents
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.validation import Finding
from sodesk.reports.activities import ActivityReport

HUNDRED = Decimal(100)


def amount(value: Decimal | None) -> str | None:
    """Two decimals, half-up: the only rounding a figure sees."""
    return None if value is None else f"{cents(value):.2f}"


def percent(fraction: Decimal | None) -> str | None:
    return None if fraction is None else f"{cents(fraction * HUNDRED):.2f}"


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
    return {"code": f.code, "message": f.message, "subject": f.subject}


def header(
    period_start: dt.date,
    period_end: dt.date,
    generated_at: dt.datetime,
    parameters: list[UsedParameter],
    warnings: list[Finding],
) -> dict[str, Any]:
    return {
        "period": {"from": period_start.isoformat(), "to": period_end.isoformat()},
        "generated_at": generated_at.isoformat(),
        "parameters": [parameter(p) for p in parameters],
        "warnings": [warning(w) for w in warnings],
    }


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
    return f"{value.quantize(Decimal('0.0001'), ROUND_HALF_UP):.4f}"


def activities_json(report: ActivityReport) -> dict[str, Any]:
    data = header(
        report.period.start,
        report.period.end,
        report.generated_at,
        report.parameters,
        report.warnings,
    )
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
    return data


def dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
