"""The columns of every import file (INTERFACES.md "Import files"): a contract, keep the names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sodesk.domain.enums import (
    GuidanceKind,
    LksRegime,
    LwBasis,
    Placeable,
    RateUnit,
    ReassessTerm,
    TargetGroup,
    WorkType,
)
from sodesk.storage.imports.cells import (
    enum_parser,
    parse_date,
    parse_decimal,
    parse_integer,
    parse_text,
)

Parser = Callable[[str, str], Any]
"""A cell's text and the file's decimal mark (``,``, ``.`` or ``""``) to a value."""


CODE, NAME, NOTE = 20, 200, 2000
"""Longest text in characters: a code (and key), a name, a note. The same on both databases,
so a backup of SQLite always restores into PostgreSQL."""
_CODES = {"code", "personnel_number", "reference", "bsn"}
_NOTES = {"note", "reason"}
#: columns whose table column is narrower than their kind's limit (characters)
_NARROW = {"region": 100, "coach": 100, "method": 100, "assessor": 100}


@dataclass(frozen=True)
class Column:
    """One column: its parser, whether it must be filled, its longest text in characters."""

    name: str
    parse: Parser = parse_text
    required: bool = True
    limit: int = NAME

    @property
    def numeric(self) -> bool:
        return self.parse in (parse_decimal, parse_integer)


def _limit(name: str) -> int:
    if name in _CODES or name.endswith("_code"):
        return CODE
    return _NARROW.get(name, NOTE if name in _NOTES else NAME)


def _c(name: str, parse: Parser = parse_text, required: bool = True) -> Column:
    return Column(name, parse, required, _limit(name))


def _o(name: str, parse: Parser = parse_text, limit: int | None = None) -> Column:
    return Column(name, parse, required=False, limit=limit or _limit(name))


NUM, INT, DATE = parse_decimal, parse_integer, parse_date

FILES: dict[str, tuple[Column, ...]] = {
    "municipalities": (
        _c("code"),
        _c("name"),
        _o("region"),
        _c("lks_regime", enum_parser(LksRegime)),
        _o("lks_fixed_percent", NUM),
        _o("lw_basis", enum_parser(LwBasis)),
    ),
    "municipality_years": (
        _c("municipality_code"),
        _c("year", INT),
        _o("target_places", INT),
        _o("guidance_allowance_per_place", NUM),
        _o("wsw_subsidy_per_fte", NUM),
    ),
    "clients": (_c("code"), _c("name")),
    "activities": (
        _c("code"),
        _c("name"),
        _c("client_code"),
        _c("work_type", enum_parser(WorkType)),
    ),
    "rates": (
        _c("activity_code"),
        _c("valid_from", DATE),
        _o("valid_to", DATE),
        _c("unit", enum_parser(RateUnit)),
        _c("price", NUM),
    ),
    "workers": (
        _c("personnel_number"),
        _c("first_name"),
        _c("last_name"),
        _o("birth_date", DATE),
        _o("bsn"),
        _c("target_group", enum_parser(TargetGroup)),
        _c("municipality_code"),
        _o("indication_date", DATE),
        _o("coach"),
    ),
    "employments": (
        _c("personnel_number"),
        _c("start_date", DATE),
        _o("end_date", DATE),
        _c("contract_hours_per_week", NUM),
        _c("hourly_wage", NUM),
    ),
    "wage_values": (
        _c("personnel_number"),
        _c("measured_on", DATE),
        _o("wage_value_percent", NUM),
        _o("method"),
        _o("assessor"),
        _o("reassess_term", enum_parser(ReassessTerm)),
    ),
    "wage_value_tasks": (
        _c("personnel_number"),
        _c("measured_on", DATE),
        _c("task"),
        _c("time_share_percent", NUM),
        _c("tempo_percent", NUM),
        _c("quality_percent", NUM),
        _c("net_work_time_percent", NUM),
    ),
    "placements": (
        _c("personnel_number"),
        _c("work_type", enum_parser(WorkType)),
        _o("activity_code"),
        _o("employer"),
        _c("start_date", DATE),
        _o("end_date", DATE),
    ),
    "hours": (_c("personnel_number"), _c("activity_code"), _c("date", DATE), _c("hours", NUM)),
    "production": (
        _c("activity_code"),
        _c("period_start", DATE),
        _c("period_end", DATE),
        _c("pieces", NUM),
    ),
    "revenue": (
        _c("activity_code"),
        _c("period_start", DATE),
        _c("period_end", DATE),
        _c("amount", NUM),
    ),
    "purchases": (
        _c("activity_code"),
        _c("period_start", DATE),
        _c("period_end", DATE),
        _c("amount", NUM),
    ),
    "guidance": (
        _c("personnel_number"),
        _c("coach"),
        _c("date", DATE),
        _c("hours", NUM),
        _c("kind", enum_parser(GuidanceKind)),
        _o("activity_code"),
        _o("note", limit=1000),
    ),
    "waiting_list": (
        _c("municipality_code"),
        _c("reference"),
        _c("advice_date", DATE),
        _c("placeable", enum_parser(Placeable)),
        _o("reason", limit=500),
        _o("placed_on", DATE),
    ),
    "company_years": (
        _c("year", INT),
        _c("employer_charges_percent", NUM),
        _c("coach_hourly_cost", NUM),
        _o("wsw_fulltime_hours", NUM),
    ),
    "overhead_rates": (
        _c("year", INT),
        _c("work_type", enum_parser(WorkType)),
        _c("rate_per_productive_hour", NUM),
    ),
}

#: Files in the order they are written: a file refers only to codes of files before it.
ORDER: tuple[str, ...] = (
    "company_years",
    "overhead_rates",
    "municipalities",
    "municipality_years",
    "clients",
    "activities",
    "rates",
    "workers",
    "employments",
    "wage_values",
    "wage_value_tasks",
    "placements",
    "hours",
    "production",
    "revenue",
    "purchases",
    "guidance",
    "waiting_list",
)
assert set(ORDER) == set(FILES)
