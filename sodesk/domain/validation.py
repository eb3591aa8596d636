"""Checks on input (invoercontrole): bad input is told, never stored.

Rules: DOMAIN.md "Bad input is told, never stored": hours per day outside 0-24, a wage value
outside 0-100 %, task time shares not adding to 100 % (R1), a rate without a unit (R5), a
date outside an employment, a BSN failing the 11-test (elfproef), an end date before a start
date, a piece count or an amount below zero. Each check returns a list of
:class:`Finding` (empty means fine) with a code, the field, the value and a Dutch message.
Each rule is written here once: the import, the services and the window all call these
checks. A check on one value (hours, BSN, an amount, an end date) says only what is wrong
with it, "moet tussen 0 en 24 uur liggen": the import names file, row, column and value before
it, a form says it beside the field (:func:`stated`).

Findings are also how rules report warnings as data (beancount's "errors as data").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sodesk.domain.display import date_nl
from sodesk.domain.display import hours as hours_nl
from sodesk.domain.enums import RateUnit
from sodesk.domain.money import ONE, ZERO

MAX_HOURS_PER_DAY = Decimal(24)
MAX_CONTRACT_HOURS_PER_WEEK = Decimal(60)
"""Arbeidstijdenwet: at most 60 hours in one week."""

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem or warning found in input or during a computation (bevinding).

    Attributes:
        code: stable machine code, e.g. ``"hours.range"``.
        message: Dutch text for the user, naming the field and the value; empty for a
            computation's finding, which an edge words from ``code`` and ``arguments``.
        field: the input field concerned, if any.
        value: the offending value, if any.
        subject: what it is about (personnel number, activity code, file row), if known.
        arguments: the values the message is made of, by name, so an edge that speaks
            another language (the window in English) can say it again from the code.
    """

    code: str
    message: str = ""
    field: str | None = None
    value: object = None
    subject: str | None = None
    arguments: Mapping[str, object] = dataclasses.field(
        default_factory=dict, compare=False
    )

    def said(self) -> tuple[object, ...]:
        """What the finding says, to tell one said twice: its code, message and values.

        The subject is left out: a finding about the company (a year without parameters)
        is met by each worker, who is its subject, and is said once. A finding without
        values (a stored month whose findings hold a message only) is told by its message.
        """
        values = tuple(sorted((name, repr(value)) for name, value in self.arguments.items()))
        return (self.code, self.message, values)


def bsn_is_valid(bsn: str) -> bool:
    """Whether a BSN (burgerservicenummer) passes the 11-test (elfproef).

    Nine digits; ``sum(digit_i x weight_i)`` with weights 9, 8, ..., 2 and -1 for the last
    digit must be divisible by 11; all zeros is refused.
    """
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit() or bsn == "000000000":
        return False
    total = sum(int(digit) * weight for digit, weight in zip(bsn, BSN_WEIGHTS, strict=True))
    return total % 11 == 0


def check_bsn(bsn: str, field: str = "bsn") -> list[Finding]:
    """A BSN that fails the 11-test."""
    if bsn_is_valid(bsn):
        return []
    return [Finding("bsn.invalid", "voldoet niet aan de elfproef", field, bsn)]


def check_non_negative(field: str, x: Decimal) -> list[Finding]:
    """An amount, piece count or number of hours below zero."""
    if x >= ZERO:
        return []
    return [Finding("value.negative", "mag niet negatief zijn", field, x)]


def check_hours(h: Decimal, field: str = "hours") -> list[Finding]:
    """Hours of one worker on one day must lie between 0 and 24."""
    if ZERO <= h <= MAX_HOURS_PER_DAY:
        return []
    return [Finding("hours.range", "moet tussen 0 en 24 uur liggen", field, h)]


def check_day_total(total: Decimal, field: str = "hours") -> list[Finding]:
    """A worker's hours of one day over every activity must stay at most 24; the message
    names the day's total."""
    if total <= MAX_HOURS_PER_DAY:
        return []
    message = f"brengt de dag op {hours_nl(total)} uur over alle activiteiten, meer dan 24"
    return [Finding("hours.day_total", message, field, total, arguments={"total": total})]


def check_contract_hours(h: Decimal, field: str = "contract_hours_per_week") -> list[Finding]:
    """Contract hours per week must be above 0 and at most 60 (Arbeidstijdenwet)."""
    if ZERO < h <= MAX_CONTRACT_HOURS_PER_WEEK:
        return []
    message = f"{field} moet boven 0 en ten hoogste 60 uur per week zijn (waarde {h})."
    return [Finding("contract_hours.range", message, field, h)]


def check_fraction(field: str, f: Decimal) -> list[Finding]:
    """A fraction (percentage) that must lie between 0 and 1 (0 % and 100 %)."""
    if ZERO <= f <= ONE:
        return []
    message = f"{field} moet tussen 0 % en 100 % liggen (waarde {f * 100} %)."
    return [Finding("fraction.range", message, field, f)]


def check_wage_value(f: Decimal, field: str = "wage_value") -> list[Finding]:
    """A wage value (loonwaarde) over 100 % or below 0 (as a fraction: outside 0-1)."""
    return [
        Finding("wage_value.range", finding.message, finding.field, finding.value)
        for finding in check_fraction(field, f)
    ]


def check_time_shares(shares: Iterable[Decimal], field: str = "time_share") -> list[Finding]:
    """Task time shares (tijdsbesteding) of one measurement must add up to exactly 100 % (R1).

    The message says what the shares add up to (``"tellen op tot 90 %, niet tot 100 %"``); the
    caller names the measurement before it.
    """
    values = list(shares)
    total = sum(values, ZERO)
    if values and total == ONE:
        return []
    percent = format((total * 100).normalize(), "f")
    message = f"tellen op tot {percent} %, niet tot 100 %"
    return [Finding("time_shares.sum", message, field, total, arguments={"total": total})]


def check_period(start: date, end: date | None, field: str = "end_date") -> list[Finding]:
    """An end date before the start date (an open end, None, is fine)."""
    if end is None or end >= start:
        return []
    message = f"ligt voor de begindatum {date_nl(start)}"
    return [Finding("period.end_before_start", message, field, end, arguments={"start": start})]


def check_enum(field: str, value: str | None, enum: type[StrEnum]) -> list[Finding]:
    """A code that is not one of an enum's values (empty counts as missing)."""
    allowed = ", ".join(member.value for member in enum)
    if value is None or value == "":
        message = f"{field} ontbreekt; kies uit: {allowed}."
        return [Finding(f"{field}.missing", message, field, value)]
    if value in {member.value for member in enum}:
        return []
    message = f"{field} '{value}' is onbekend; kies uit: {allowed}."
    return [Finding(f"{field}.unknown", message, field, value)]


def check_rate_unit(u: str | None, field: str = "unit") -> list[Finding]:
    """A rate without a unit, or with an unknown unit (R5)."""
    return check_enum(field, u, RateUnit)


def check_date_in_employment(
    d: date, employments: Sequence[tuple[date, date | None]], field: str = "date"
) -> list[Finding]:
    """A date outside every employment ``(start, end or None)`` of the worker."""
    for start, end in employments:
        if start <= d and (end is None or d <= end):
            return []
    message = f"{field} {date_nl(d)} valt buiten elk dienstverband van de medewerker."
    return [Finding("date.outside_employment", message, field, d)]


def check_required(field: str, value: object) -> list[Finding]:
    """A required value that is missing or empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return [Finding("value.missing", f"{field} is verplicht maar ontbreekt.", field, value)]
    return []


def stated(finding: Finding, label: str | None = None, typed: str | None = None) -> str:
    """A check's finding on one value as a sentence beside its field: ``"Prijs mag niet
    negatief zijn (waarde '-5,50')."``.

    A check on one value says only what is wrong with it (``"moet tussen 0 en 24 uur
    liggen"``), so the import can name file, row, column and value before it and a form can
    name its field's label; ``label`` defaults to the field. The value is the text as typed
    (``typed``, quoted) when given, else the checked value (text quoted, a date the Dutch way).
    """
    return f"{label or finding.field} {finding.message} (waarde {shown_value(finding, typed)})."


def shown_value(finding: Finding, typed: str | None = None) -> str:
    """The refused value as a refusal names it: the text as typed (quoted) when given, else
    the checked value (text quoted, a date the Dutch way)."""
    if typed is not None:
        return f"'{typed}'"
    if isinstance(finding.value, str):
        return f"'{finding.value}'"
    if isinstance(finding.value, date):
        return date_nl(finding.value)
    return str(finding.value)
