"""The six dated parameters of the Settings page, each described once: columns, form, checks.

Each :class:`~sodesk.ui.widgets.settings_form.ParameterKind` says how one parameter is shown
(its table's columns), which fields its editor has, how the typed values become a checked
record (through the services' builders, which refuse bad values with the field named) and
what a new row starts from (usually the next half year, or the next year, with the last
row's values).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from sodesk.domain import display
from sodesk.domain.enums import RateUnit, WorkType
from sodesk.services import parameters as svc
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, figure_column
from sodesk.ui.widgets.settings_form import (
    FormField,
    ParameterKind,
    next_half_year,
    next_year,
    number_input,
    percent_input,
    percent_text,
    translated,
)

# -- columns and inputs several parameters share -----------------------------------------------
_VALID_FROM_COLUMN = figure_column(
    QT_TRANSLATE_NOOP("SettingsPage", "Valid from"), lambda r: r.valid_from, display.date_nl
)
_YEAR_COLUMN = Field(
    QT_TRANSLATE_NOOP("SettingsPage", "Year"), lambda r: str(r.year), lambda r: r.year
)
_STATUS_COLUMN = Field(QT_TRANSLATE_NOOP("SettingsPage", "Status"), lambda r: r.status or "")
_VALID_FROM_FIELD = FormField("valid_from", QT_TRANSLATE_NOOP("SettingsPage", "Valid from"), "date")
_YEAR_FIELD = FormField(
    "year", QT_TRANSLATE_NOOP("SettingsPage", "Year"), "year", low=2000, high=2100
)
_STATUS_FIELD = FormField("status", QT_TRANSLATE_NOOP("SettingsPage", "Status"), "text")


# -- minimum wage ------------------------------------------------------------------------------
def _wml_suggest(rows: Sequence[svc.MinimumWage]) -> dict[str, Any]:
    last = rows[-1] if rows else None
    return {
        "valid_from": next_half_year([r.valid_from for r in rows]),
        "amount": "",
        "unit": last.unit if last else "hour",
        "note": "",
    }


MINIMUM_WAGE = ParameterKind(
    "minimum_wage",
    QT_TRANSLATE_NOOP("SettingsPage", "Minimum wage"),
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Statutory minimum wage (WML): per hour from 2024, per month before. Add the new "
        "amount for every half year (1 January, 1 July) once it is published.",
    ),
    (
        _VALID_FROM_COLUMN,
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Amount"), lambda r: r.amount, display.euro
        ),
        Field(QT_TRANSLATE_NOOP("SettingsPage", "Unit"), lambda r: label(RateUnit(r.unit))),
        Field(QT_TRANSLATE_NOOP("SettingsPage", "Note"), lambda r: r.note or ""),
        Field(QT_TRANSLATE_NOOP("SettingsPage", "Source"), lambda r: r.source or ""),
    ),
    (
        _VALID_FROM_FIELD,
        FormField("amount", QT_TRANSLATE_NOOP("SettingsPage", "Amount (€)"), "number"),
        FormField(
            "unit",
            QT_TRANSLATE_NOOP("SettingsPage", "Unit"),
            "choice",
            (
                ("hour", QT_TRANSLATE_NOOP("SettingsPage", "per hour")),
                ("month", QT_TRANSLATE_NOOP("SettingsPage", "per month")),
            ),
        ),
        FormField("note", QT_TRANSLATE_NOOP("SettingsPage", "Note"), "text"),
    ),
    lambda tables: tables.minimum_wage,
    lambda v: svc.minimum_wage(v["valid_from"], v["amount"], v["unit"], v["note"]),
    lambda r: {
        "valid_from": r.valid_from,
        "amount": number_input(r.amount),
        "unit": r.unit,
        "note": r.note or "",
    },
    _wml_suggest,
    ("valid_from",),
)

# -- LKS parameters ----------------------------------------------------------------------------
_PCT = ("holiday_allowance", "cap_fraction_of_wml", "employer_cost_surcharge")


def _lks_initial(r: svc.LksEntry) -> dict[str, Any]:
    values: dict[str, Any] = {k: percent_input(getattr(r, k)) for k in _PCT}
    return values | {"valid_from": r.valid_from, "status": r.status or ""}


LKS = ParameterKind(
    "lks",
    QT_TRANSLATE_NOOP("SettingsPage", "LKS parameters"),
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Wage cost subsidy (LKS): holiday allowance on the wage, the cap as a share of the "
        "minimum wage, and the surcharge for the employer's costs.",
    ),
    (
        _VALID_FROM_COLUMN,
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Holiday allowance"),
            lambda r: r.holiday_allowance,
            percent_text,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Cap (of WML)"),
            lambda r: r.cap_fraction_of_wml,
            percent_text,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Employer-cost surcharge"),
            lambda r: r.employer_cost_surcharge,
            percent_text,
        ),
        _STATUS_COLUMN,
    ),
    (
        _VALID_FROM_FIELD,
        FormField(
            "holiday_allowance",
            QT_TRANSLATE_NOOP("SettingsPage", "Holiday allowance (%)"),
            "number",
        ),
        FormField(
            "cap_fraction_of_wml", QT_TRANSLATE_NOOP("SettingsPage", "Cap (% of WML)"), "number"
        ),
        FormField(
            "employer_cost_surcharge",
            QT_TRANSLATE_NOOP("SettingsPage", "Employer-cost surcharge (%)"),
            "number",
        ),
        _STATUS_FIELD,
    ),
    lambda tables: tables.lks,
    lambda v: svc.lks_parameters(
        v["valid_from"],
        v["holiday_allowance"],
        v["cap_fraction_of_wml"],
        v["employer_cost_surcharge"],
        v["status"],
    ),
    _lks_initial,
    lambda rows: (
        (_lks_initial(rows[-1]) if rows else {})
        | {"valid_from": next_half_year([r.valid_from for r in rows]), "status": ""}
    ),
    ("valid_from",),
)

# -- fixed regimes -----------------------------------------------------------------------------
REGIME_NAMES = {
    "start_without_measurement": QT_TRANSLATE_NOOP("SettingsPage", "Start without measurement"),
    "municipal_flat_70": QT_TRANSLATE_NOOP("SettingsPage", "Municipal flat rate 70 %"),
    "municipal_flat_80": QT_TRANSLATE_NOOP("SettingsPage", "Municipal flat rate 80 %"),
    "statutory_sheltered_2028": QT_TRANSLATE_NOOP("SettingsPage", "Sheltered work from 2028"),
}


def regime_name(name: str) -> str:
    return translated(REGIME_NAMES[name]) if name in REGIME_NAMES else name


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("SettingsPage", "yes")
        if value
        else QCoreApplication.translate("SettingsPage", "no")
    )


REGIMES = ParameterKind(
    "regimes",
    QT_TRANSLATE_NOOP("SettingsPage", "Fixed regimes"),
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Subsidy as a fixed share of the minimum wage. The 68 % for sheltered work from 2028 "
        "is a bill: whether the employer-cost surcharge comes on top is not yet known; switch "
        "'Surcharge on top' when it is.",
    ),
    (
        Field(QT_TRANSLATE_NOOP("SettingsPage", "Regime"), lambda r: regime_name(r.name)),
        Field(
            QT_TRANSLATE_NOOP("SettingsPage", "Valid from"),
            lambda r: display.date_nl(r.valid_from),
            lambda r: r.valid_from or dt.date.min,
            right=True,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Share of WML"),
            lambda r: r.fraction_of_wml,
            percent_text,
        ),
        Field(
            QT_TRANSLATE_NOOP("SettingsPage", "Surcharge on top"),
            lambda r: _yes_no(r.surcharge_on_top),
        ),
        Field(QT_TRANSLATE_NOOP("SettingsPage", "Applies to"), lambda r: r.applies_to or ""),
        _STATUS_COLUMN,
    ),
    (
        FormField(
            "name",
            QT_TRANSLATE_NOOP("SettingsPage", "Regime"),
            "choice",
            tuple(REGIME_NAMES.items()),
        ),
        FormField(
            "valid_from", QT_TRANSLATE_NOOP("SettingsPage", "Valid from (may be empty)"), "text"
        ),
        FormField(
            "fraction_of_wml", QT_TRANSLATE_NOOP("SettingsPage", "Share of WML (%)"), "number"
        ),
        FormField(
            "surcharge_on_top", QT_TRANSLATE_NOOP("SettingsPage", "Surcharge on top"), "check"
        ),
        FormField("applies_to", QT_TRANSLATE_NOOP("SettingsPage", "Applies to"), "text"),
        _STATUS_FIELD,
    ),
    lambda tables: tables.regimes,
    lambda v: svc.fixed_regime(
        v["name"],
        svc.parse_date(v["valid_from"]),
        v["fraction_of_wml"],
        v["surcharge_on_top"],
        v["applies_to"],
        v["status"],
    ),
    lambda r: {
        "name": r.name,
        "valid_from": "" if r.valid_from is None else display.date_nl(r.valid_from),
        "fraction_of_wml": percent_input(r.fraction_of_wml),
        "surcharge_on_top": r.surcharge_on_top,
        "applies_to": r.applies_to or "",
        "status": r.status or "",
    },
    None,
    ("name",),
)


# -- company years -----------------------------------------------------------------------------
def _company_initial(r: svc.CompanyYearEntry) -> dict[str, Any]:
    return {
        "year": r.year,
        "employer_charges": percent_input(r.employer_charges),
        "coach_hourly_cost": number_input(r.coach_hourly_cost),
        "wsw_fulltime_hours": number_input(r.wsw_fulltime_hours),
    }


COMPANY_YEARS = ParameterKind(
    "company_years",
    QT_TRANSLATE_NOOP("SettingsPage", "Company years"),
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "The company's own figures per year: employer charges on the wage, the cost of an "
        "hour of a job coach, and the hours of a full-time Wsw job.",
    ),
    (
        _YEAR_COLUMN,
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Employer charges"),
            lambda r: r.employer_charges,
            percent_text,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Coach cost per hour"),
            lambda r: r.coach_hourly_cost,
            display.euro,
        ),
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Wsw full-time hours"),
            lambda r: r.wsw_fulltime_hours,
            display.hours,
        ),
    ),
    (
        _YEAR_FIELD,
        FormField(
            "employer_charges", QT_TRANSLATE_NOOP("SettingsPage", "Employer charges (%)"), "number"
        ),
        FormField(
            "coach_hourly_cost",
            QT_TRANSLATE_NOOP("SettingsPage", "Coach cost per hour (€)"),
            "number",
        ),
        FormField(
            "wsw_fulltime_hours",
            QT_TRANSLATE_NOOP("SettingsPage", "Wsw full-time hours a week"),
            "number",
        ),
    ),
    lambda tables: tables.company_years,
    lambda v: svc.company_year(
        v["year"], v["employer_charges"], v["coach_hourly_cost"], v["wsw_fulltime_hours"]
    ),
    _company_initial,
    lambda rows: (
        (_company_initial(rows[-1]) if rows else {"wsw_fulltime_hours": "36"})
        | {"year": next_year(rows)}
    ),
    ("year",),
)

# -- overhead ----------------------------------------------------------------------------------
WORK_TYPES = tuple((w, "") for w in WorkType)


def _overhead_suggest(rows: Sequence[svc.OverheadEntry]) -> dict[str, Any]:
    year = max((r.year for r in rows), default=dt.date.today().year)
    taken = {r.work_type for r in rows if r.year == year}
    free = [w for w in WorkType if w not in taken]
    if not free:
        year, free = year + 1, list(WorkType)
    last = {r.work_type: r for r in rows}.get(free[0])
    rate = number_input(last.rate_per_productive_hour) if last else ""
    return {"year": year, "work_type": free[0], "rate_per_productive_hour": rate}


OVERHEAD = ParameterKind(
    "overhead",
    QT_TRANSLATE_NOOP("SettingsPage", "Overhead rates"),
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Overhead (housing, management) per productive hour, per year and work type; part of "
        "every activity's cost price.",
    ),
    (
        _YEAR_COLUMN,
        Field(QT_TRANSLATE_NOOP("SettingsPage", "Work type"), lambda r: label(r.work_type)),
        figure_column(
            QT_TRANSLATE_NOOP("SettingsPage", "Per productive hour"),
            lambda r: r.rate_per_productive_hour,
            display.euro,
        ),
    ),
    (
        _YEAR_FIELD,
        FormField(
            "work_type", QT_TRANSLATE_NOOP("SettingsPage", "Work type"), "choice", WORK_TYPES
        ),
        FormField(
            "rate_per_productive_hour",
            QT_TRANSLATE_NOOP("SettingsPage", "Per productive hour (€)"),
            "number",
        ),
    ),
    lambda tables: tables.overhead,
    lambda v: svc.overhead_rate(v["year"], v["work_type"], v["rate_per_productive_hour"]),
    lambda r: {
        "year": r.year,
        "work_type": r.work_type,
        "rate_per_productive_hour": number_input(r.rate_per_productive_hour),
    },
    _overhead_suggest,
    ("year", "work_type"),
)

# -- pension age -------------------------------------------------------------------------------
PENSION_AGE = ParameterKind(
    "pension_age",
    QT_TRANSLATE_NOOP("SettingsPage", "Pension age"),
    QT_TRANSLATE_NOOP(
        "SettingsPage",
        "Statutory pension age (AOW) per calendar year, for the workforce outlook. Years "
        "after the law's table are announcements: check them when they are set.",
    ),
    (
        _YEAR_COLUMN,
        Field(
            QT_TRANSLATE_NOOP("SettingsPage", "Pension age"),
            lambda r: (
                QCoreApplication.translate("SettingsPage", "%1 years and %2 months")
                .replace("%1", str(r.years))
                .replace("%2", str(r.months))
            ),
            lambda r: (r.years, r.months),
            right=True,
        ),
        _STATUS_COLUMN,
    ),
    (
        _YEAR_FIELD,
        FormField("years", QT_TRANSLATE_NOOP("SettingsPage", "Years"), "int", low=60, high=75),
        FormField("months", QT_TRANSLATE_NOOP("SettingsPage", "Months"), "int", low=0, high=11),
        _STATUS_FIELD,
    ),
    lambda tables: tables.pension_age,
    lambda v: svc.pension_age(v["year"], v["years"], v["months"], v["status"]),
    lambda r: {"year": r.year, "years": r.years, "months": r.months, "status": r.status or ""},
    lambda rows: {
        "year": next_year(rows),
        "years": rows[-1].years if rows else 67,
        "months": rows[-1].months if rows else 0,
        "status": "",
    },
    ("year",),
)

KINDS: tuple[ParameterKind, ...] = (
    MINIMUM_WAGE,
    LKS,
    REGIMES,
    COMPANY_YEARS,
    OVERHEAD,
    PENSION_AGE,
)
