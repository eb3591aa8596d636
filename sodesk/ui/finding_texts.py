"""Sentences the domain gives as codes and values, worded in the window's language.

Why: the domain returns what a sentence says (:class:`~sodesk.domain.rate_advice.BreakEven`,
a missing parameter's :class:`~sodesk.domain.completeness.Gap`, a finding's code and
``arguments``), not the words; the window
says it through Qt's translation files, so a user who chose English reads English, and the
Dutch translation in ``sodesk_nl.ts`` is word for word the reports' Dutch
(``reports/finding_texts.py``). Numbers, amounts and dates stay Dutch, as everywhere on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from sodesk.domain import completeness, display
from sodesk.domain.completeness import Gap
from sodesk.domain.enums import WorkType
from sodesk.domain.rate_advice import BreakEven
from sodesk.domain.validation import Finding
from sodesk.reports.finding_texts import named_activities
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.labels import label

CONTEXT = "FindingTexts"


def break_even_text(advice: BreakEven | None) -> str:
    """In English "At € 7,85 per hour this activity covers its costs; now € 6,20.", in Dutch
    SCREENS.md's sentence; empty without a break-even rate."""
    if advice is None:
        return ""
    return filled(
        QCoreApplication.translate(
            "FindingTexts", "At %1 %2 this activity covers its costs; now %3."
        ),
        display.rate(advice.rate),
        label(advice.unit),
        display.rate(advice.current),
    )


COSTS = {
    completeness.WAGE_COST: QT_TRANSLATE_NOOP("FindingTexts", "wage costs"),
    completeness.GUIDANCE_COST: QT_TRANSLATE_NOOP("FindingTexts", "guidance costs"),
}
MUNICIPAL_FIELDS = {
    completeness.GUIDANCE_ALLOWANCE: QT_TRANSLATE_NOOP(
        "FindingTexts", "guidance allowance per place"
    ),
    completeness.WSW_SUBSIDY: QT_TRANSLATE_NOOP("FindingTexts", "Wsw subsidy per fte"),
}
GAP_TEXTS = {
    completeness.COMPANY_YEAR: QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Company parameters %1 are missing (employer's charges, hourly cost of guidance): "
        "%2 of %3 are not counted.",
    ),
    completeness.OVERHEAD_RATE: QT_TRANSLATE_NOOP(
        "FindingTexts", "Overhead rate %1 for %2 is missing: overhead of %3 is not counted."
    ),
    completeness.MUNICIPALITY_YEAR: QT_TRANSLATE_NOOP(
        "FindingTexts", "%1: %2 %3 not entered; not counted over %4."
    ),
    completeness.FIXED_REGIME_PERCENT: QT_TRANSLATE_NOOP(
        "FindingTexts",
        "%1 has a fixed LKS regime without a percentage: the LKS of its workers is not counted.",
    ),
    completeness.PENSION_AGE: QT_TRANSLATE_NOOP(
        "FindingTexts", "State pension age from %1 not known; that of %2 used."
    ),
}
LKS_TEXTS = (
    QT_TRANSLATE_NOOP(
        "FindingTexts",
        "LKS parameters (holiday allowance, maximum, surcharge) not entered: LKS of %1 is not "
        "counted.",
    ),
    QT_TRANSLATE_NOOP(
        "FindingTexts",
        "LKS parameters (holiday allowance, maximum, surcharge) before %2 not entered: LKS of "
        "%1 is not counted.",
    ),
)
WML_TEXTS = (
    QT_TRANSLATE_NOOP(
        "FindingTexts", "Minimum wage not entered: LKS and wage-value norm are not counted."
    ),
    QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Minimum wage before %1 not entered: LKS and wage-value norm of %2 are not counted.",
    ),
    QT_TRANSLATE_NOOP("FindingTexts", "Minimum wage from %1 not entered; %2 used."),
)
DAYS = QT_TRANSLATE_NOOP("FindingTexts", "%1 to %2")
AND = QT_TRANSLATE_NOOP("FindingTexts", " and ")
MUNICIPALITY = QT_TRANSLATE_NOOP("FindingTexts", "Municipality %1")


def gap_text(gap: Gap) -> str:
    """A missing parameter in the window's language: what is missing and what the figures did
    instead; in Dutch word for word the reports' sentence."""
    a = gap.arguments
    days = filled(_tr(DAYS), _day(gap.start), _day(gap.end))
    kind = gap.parameter
    if kind == completeness.COMPANY_YEAR:
        costs = _tr(AND).join(_tr(COSTS[str(c)]) for c in _items(a["costs"]))
        return filled(_tr(GAP_TEXTS[kind]), str(a["year"]), costs, days)
    if kind == completeness.OVERHEAD_RATE:
        work_type = a["work_type"]
        assert isinstance(work_type, WorkType)
        return filled(_tr(GAP_TEXTS[kind]), str(a["year"]), label(work_type), days)
    if kind == completeness.MUNICIPALITY_YEAR:
        fields = _tr(AND).join(_tr(MUNICIPAL_FIELDS[str(f)]) for f in _items(a["fields"]))
        return filled(_tr(GAP_TEXTS[kind]), _municipality(a), fields, str(a["year"]), days)
    if kind == completeness.FIXED_REGIME_PERCENT:
        return filled(_tr(GAP_TEXTS[kind]), _municipality(a))
    if kind == completeness.PENSION_AGE:
        return filled(_tr(GAP_TEXTS[kind]), str(a["from_year"]), str(a["last_known"]))
    if kind == completeness.LKS_PARAMETERS:
        known = a.get("known_from")
        if known is None:
            return filled(_tr(LKS_TEXTS[0]), days)
        return filled(_tr(LKS_TEXTS[1]), days, _day(known))
    if kind == completeness.MINIMUM_WAGE:
        if "known_from" in a:
            return filled(_tr(WML_TEXTS[1]), _day(a["known_from"]), days)
        if "unknown_from" in a:
            used = a["used"]
            assert isinstance(used, Decimal)
            return filled(_tr(WML_TEXTS[2]), _day(a["unknown_from"]), display.number(used))
        return _tr(WML_TEXTS[0])
    return gap.message


def _tr(text: object) -> str:
    """A source text marked with QT_TRANSLATE_NOOP under :data:`CONTEXT`, translated."""
    return QCoreApplication.translate(CONTEXT, str(text))


def filled(text: str, *values: str) -> str:
    """``%1``, ``%2``, ... replaced in one pass (a value holding "%2" stays as it is)."""
    parts = text.split("%")
    out = [parts[0]]
    for part in parts[1:]:
        digits = len(part) - len(part.lstrip("0123456789"))
        index = int(part[:digits]) - 1 if digits else -1
        if 0 <= index < len(values):
            out.append(values[index] + part[digits:])
        else:
            out.append("%" + part)
    return "".join(out)


def _municipality(a: Mapping[str, object]) -> str:
    """"Municipality Lindenhout (GM0001)"; a stored name that says "Gemeente" is kept."""
    code, name = str(a["code"]), a.get("name")
    if name is None:
        return filled(_tr(MUNICIPALITY), code)
    shown = str(name)
    if not shown.lower().startswith("gemeente"):
        shown = filled(_tr(MUNICIPALITY), shown)
    return f"{shown} ({code})"


def _day(value: object) -> str:
    assert isinstance(value, dt.date)
    return display.date_nl(value)


def _items(value: object) -> tuple[object, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (value,)


FINDING_TEXTS = {
    "attribution.hours_beyond_contract": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Worker %1 has %3 productive hours in %2, more than the %4 paid hours: divided by "
        "productive hours.",
    ),
    "attribution.unplaced": QT_TRANSLATE_NOOP(
        "FindingTexts", "Worker %1 has no placement: hours and costs under 'without placement'."
    ),
    "lks.lw_basis_unconfirmed": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "%1: the LKS was computed with the wage value over the function wage, a choice taken "
        "over from an older version of sodesk and not yet confirmed. Since 2017 the statutory "
        "minimum wage is the basis: confirm or change the choice on the Municipalities page.",
    ),
    "lks.no_fixed_fraction": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Municipality %1 has a fixed LKS regime without a percentage: LKS set to 0.",
    ),
    "lks.no_measurement": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Worker %1 has no wage-value measurement on %2 and has been employed for more than %3 "
        "months: no LKS.",
    ),
    "revenue.no_rate": QT_TRANSLATE_NOOP(
        "FindingTexts", "Activity %1 has no rate and no invoiced revenue in the period."
    ),
    "revenue.hours_without_rate": QT_TRANSLATE_NOOP(
        "FindingTexts", "Activity %1: %2 hours on days without a rate."
    ),
    "revenue.no_piece_rate": QT_TRANSLATE_NOOP(
        "FindingTexts", "Activity %1: no piece rate on %2 for %3 pieces."
    ),
    "parameters.no_company_year": QT_TRANSLATE_NOOP(
        "FindingTexts", "No company parameters for %1: wage costs set to 0."
    ),
    "parameters.no_minimum_wage": QT_TRANSLATE_NOOP(
        "FindingTexts", "No minimum wage or LKS parameters known on %1: LKS set to 0."
    ),
    "parameters.no_guidance_allowance": QT_TRANSLATE_NOOP(
        "FindingTexts", "Municipality %1 has no %3 for %2: set to 0."
    ),
    "company_year.missing": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "No company parameters (employer's charges, hourly cost of guidance) for %1: guidance "
        "costs set to 0.",
    ),
    "outlook.pension_age_assumed": QT_TRANSLATE_NOOP(
        "FindingTexts", "State pension age after %1 not known: %2 years and %3 months assumed."
    ),
    "overhead.missing": QT_TRANSLATE_NOOP(
        "FindingTexts", "No overhead rate for %1 in %2: overhead set to 0."
    ),
    "realisation.no_target": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Municipality %1 has no target for %2: percentage and shortfall cannot be determined.",
    ),
    "region.unknown": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Labour market region '%1' of municipality %2 is not in the region table: no regional "
        "comparison.",
    ),
    "ntw.without_hours": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "NTW of activities without productive hours in the period belongs to no worker and is "
        "not counted here: %1.",
    ),
    "questionnaire.unplaced": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "%1 sheltered worker(s) without a placement on their last day employed: not counted in "
        "a work type.",
    ),
}
"""A finding's sentence by its code; the values each fills in are :data:`FINDING_VALUES`."""
FINDING_TEXTS["parameters.no_wsw_subsidy"] = FINDING_TEXTS["parameters.no_guidance_allowance"]
FINDING_VALUES = {
    "attribution.hours_beyond_contract": ("worker", "month", "worked", "paid"),
    "attribution.unplaced": ("worker",),
    "lks.lw_basis_unconfirmed": ("name",),
    "lks.no_fixed_fraction": ("code",),
    "lks.no_measurement": ("worker", "day", "months"),
    "revenue.no_rate": ("activity",),
    "revenue.hours_without_rate": ("activity", "hours"),
    "revenue.no_piece_rate": ("activity", "day", "pieces"),
    "parameters.no_company_year": ("year",),
    "parameters.no_minimum_wage": ("day",),
    "parameters.no_guidance_allowance": ("code", "year", "field"),
    "parameters.no_wsw_subsidy": ("code", "year", "field"),
    "company_year.missing": ("year",),
    "outlook.pension_age_assumed": ("last_known", "years", "months"),
    "overhead.missing": ("work_type", "year"),
    "realisation.no_target": ("code", "year"),
    "region.unknown": ("region", "code"),
    "ntw.without_hours": ("activities",),
    "questionnaire.unplaced": ("count",),
}
COUNTED_TEXTS = {
    "outlook.below_critical_mass": (
        QT_TRANSLATE_NOOP(
            "FindingTexts", "%1: %2 worker on 01-01-%3, below the critical mass of %4."
        ),
        QT_TRANSLATE_NOOP(
            "FindingTexts", "%1: %2 workers on 01-01-%3, below the critical mass of %4."
        ),
    ),
    "outlook.no_birth_date": (
        QT_TRANSLATE_NOOP(
            "FindingTexts",
            "%1 worker without a birth date: stays in the outlook until the contract ends.",
        ),
        QT_TRANSLATE_NOOP(
            "FindingTexts",
            "%1 workers without a birth date: they stay in the outlook until their contracts end.",
        ),
    ),
}
"""The findings that count people: the sentence for one, the sentence for more (or none)."""
COUNTED_VALUES = {
    "outlook.below_critical_mass": ("work_type", "count", "year", "minimum"),
    "outlook.no_birth_date": ("count",),
}
KEY_2028_ASSUMPTION = QT_TRANSLATE_NOOP(
    "FindingTexts",
    "Distribution key 2028: assumed two thirds new, one third old (linear path; the source "
    "names only 2027 and 2029).",
)


def key_2028_assumption() -> str:
    """The assumption behind the 2028 distribution key, in the window's language."""
    return _tr(KEY_2028_ASSUMPTION)


def finding_text(finding: Finding) -> str:
    """A finding in the window's language, from its code and arguments; in Dutch the reports'
    sentence as print says it (no field names, "zonder plaatsing"). Its Dutch ``message``
    when it lacks the values to say it again from."""
    a, code = finding.arguments, finding.code
    counted = code in COUNTED_TEXTS
    names = COUNTED_VALUES[code] if counted else FINDING_VALUES.get(code, ())
    if not names or any(name not in a for name in names):
        return finding.message
    if counted:
        one, more = COUNTED_TEXTS[code]
        text = _tr(one if a["count"] == 1 else more)
    else:
        text = _tr(FINDING_TEXTS[code])
    return filled(text, *(_value(name, a[name]) for name in names))


def _value(name: str, value: object) -> str:
    """A finding's value as the window shows it: Dutch dates and numbers, a month as
    "03-2025", a work type and a municipal field by their names in the window's language."""
    if name == "month":
        return _day(value)[3:]
    if name == "field":
        return _tr(MUNICIPAL_FIELDS.get(str(value), str(value)))
    if name == "activities":
        return ", ".join(f"{code} ({display.euro(ntw)})" for code, ntw in named_activities(value))
    if isinstance(value, WorkType):
        return label(value)
    if isinstance(value, dt.date):
        return display.date_nl(value)
    if isinstance(value, Decimal) and name != "pieces":
        return display.number(value)
    return str(value)
