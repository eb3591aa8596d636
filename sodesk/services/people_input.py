"""What a person typed for a worker, employment or placement, parsed and checked (no database).

The forms run these as the user types and services.people runs them again before it writes.
The rules are the domain's (sodesk.domain.validation), the same the import applies: a BSN
passes the 11-test (an 8-digit BSN gets its leading zero back, as the import does), contract
hours above 0 and at most 60, no negative wage, no end before a start. Each problem is a
:class:`InputRejected` whose ``field`` names the input field and whose Dutch message names
the field and the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sodesk.domain.enums import TargetGroup, WorkType
from sodesk.domain.validation import (
    check_bsn,
    check_contract_hours,
    check_non_negative,
    check_period,
    check_required,
)
from sodesk.services.errors import InputRejected, refuse_negative, refused_stated, rejected

ONE_DAY = dt.timedelta(days=1)
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
_DATE_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
Span = tuple[dt.date, dt.date | None]




@dataclass(frozen=True, slots=True)
class WorkerInput:
    """A worker's personal data as typed (``bsn`` None: none known)."""

    personnel_number: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    bsn: str | None
    target_group: TargetGroup | None
    municipality_code: str | None
    indication_date: dt.date | None
    coach: str | None = None


@dataclass(frozen=True, slots=True)
class EmploymentInput:
    """An employment (dienstverband): from ``start``, ``end`` None for an open end."""

    start: dt.date
    end: dt.date | None
    hours_per_week: Decimal
    hourly_wage: Decimal


@dataclass(frozen=True, slots=True)
class PlacementInput:
    """A placement (plaatsing): a work type, optionally an activity or external employer."""

    work_type: WorkType | None
    activity_code: str | None
    employer: str | None
    start: dt.date
    end: dt.date | None = None


def nl(day: dt.date | None) -> str:
    return "open einde" if day is None else f"{day:%d-%m-%Y}"


def span_text(row: Any) -> str:
    """'van 01-01-2025 t/m open einde' for a row with start_date and end_date."""
    return f"van {nl(row.start_date)} t/m {nl(row.end_date)}"


# -- parsing what was typed ------------------------------------------------------------------
def parse_date(text: str, field: str, caption: str) -> dt.date | None:
    """A date typed as 31-12-1990 (or 1990-12-31); empty is None.

    Raises:
        InputRejected: naming the field and the text when it is no date.
    """
    value = text.strip()
    if not value:
        return None
    nl_match, iso_match = _DATE_NL.match(value), _DATE_ISO.match(value)
    try:
        if nl_match:
            return dt.date(int(nl_match[3]), int(nl_match[2]), int(nl_match[1]))
        if iso_match:
            return dt.date(int(iso_match[1]), int(iso_match[2]), int(iso_match[3]))
    except ValueError:
        pass
    raise rejected(field, f"{caption} '{text}' is geen datum: typ dd-mm-jjjj.")


def parse_bsn(text: str) -> str | None:
    """A BSN as typed ("1234.56.782", "123456782"); empty is None.

    Raises:
        InputRejected: (field "bsn") naming the value when it fails the 11-test.
    """
    value = re.sub(r"[\s.-]", "", text)
    if not value:
        return None
    if len(value) == 8 and value.isdigit():
        value = "0" + value  # a spreadsheet drops a BSN's leading zero; the import adds it too
    for finding in check_bsn(value):
        raise refused_stated(finding, "BSN", text.strip())
    return value


def parse_number(text: str, field: str, caption: str) -> Decimal:
    """A number typed the Dutch way: "28", "7,5", "14,06", "1.234,50", "€ 14,06".

    Raises:
        InputRejected: naming the field and the text when it is empty or no number.
    """
    value = text.strip().removeprefix("€").strip().replace(" ", "")
    if not value:
        raise rejected(field, f"{caption} is verplicht maar ontbreekt.")
    if "," in value and _GROUPED.match(value):
        value = value.replace(".", "")
    if not _NUMBER.match(value.removeprefix("-")):
        raise rejected(field, f"{caption} '{text.strip()}' is geen getal.")
    number = Decimal(value.replace(",", "."))
    refuse_negative(field, caption, number, text.strip())
    return number


# -- checking ----------------------------------------------------------------------------------
def check_worker(entry: WorkerInput, *, with_bsn: bool = True) -> list[InputRejected]:
    """Every problem of the personal data, one per field, in the form's order."""
    problems: list[InputRejected] = []
    required = (
        ("personnel_number", "Personeelsnummer", entry.personnel_number),
        ("first_name", "Voornaam", entry.first_name),
        ("last_name", "Achternaam", entry.last_name),
    )
    for field, caption, value in required:
        for finding in check_required(caption, value):
            problems.append(rejected(field, finding.message))
    if len(entry.personnel_number.strip()) > 40:
        problems.append(
            rejected("personnel_number", "Personeelsnummer is te lang (max. 40 tekens).")
        )
    today = dt.date.today()
    if entry.birth_date is not None and not dt.date(1900, 1, 1) <= entry.birth_date <= today:
        problems.append(
            rejected(
                "birth_date", f"Geboortedatum {nl(entry.birth_date)} kan niet kloppen."
            )
        )
    if with_bsn and entry.bsn is not None:
        problems += [refused_stated(f, "BSN") for f in check_bsn(entry.bsn)]
    if entry.target_group is None:
        problems.append(rejected("target_group", "Doelgroep is verplicht: kies er een."))
    if not entry.municipality_code:
        problems.append(rejected("municipality", "Gemeente is verplicht: kies er een."))
    if (
        entry.birth_date is not None
        and entry.indication_date is not None
        and entry.indication_date < entry.birth_date
    ):
        problems.append(
            rejected(
                "indication_date",
                f"Indicatiedatum {nl(entry.indication_date)} ligt voor de geboortedatum "
                f"{nl(entry.birth_date)}.",
            )
        )
    return problems


def open_before(spans: Sequence[Span], start: dt.date) -> Span | None:
    """The open-ended span that began before ``start``: the one a new employment ends."""
    return next((s for s in spans if s[1] is None and s[0] < start), None)


def spans_with_end(spans: Sequence[Span], ending: Span | None, start: dt.date) -> list[Span]:
    """``spans`` with ``ending`` ended the day before ``start`` (as add_employment writes it)."""
    return [(s[0], start - ONE_DAY) if s == ending else s for s in spans]


def _overlap(start: dt.date, end: dt.date | None, others: Sequence[Span]) -> Span | None:
    for other_start, other_end in sorted(others):
        if start <= (other_end or dt.date.max) and other_start <= (end or dt.date.max):
            return other_start, other_end
    return None


def _overlap_error(field: str, other: Span) -> InputRejected:
    return rejected(
        field,
        f"Dit dienstverband overlapt het dienstverband van {nl(other[0])} t/m {nl(other[1])}: "
        "twee dienstverbanden tegelijk kan niet. Beëindig eerst het andere.",
    )


def check_span_end(
    start: dt.date, end: dt.date | None, others: Sequence[Span]
) -> list[InputRejected]:
    """An end not before the start; with ``others`` (employments): no overlap after it."""
    problems = _end_before_start(start, end)
    if problems:
        return problems
    other = _overlap(start, end, others)
    return [] if other is None else [_overlap_error("end", other)]


def check_employment(entry: EmploymentInput, others: Sequence[Span]) -> list[InputRejected]:
    """Contract hours, wage, the end not before the start, no overlap with ``others``."""
    problems = [
        rejected("hours", finding.message)
        for finding in check_contract_hours(entry.hours_per_week, "Contracturen per week")
    ]
    problems += [
        refused_stated(finding, "Uurloon")
        for finding in check_non_negative("wage", entry.hourly_wage)
    ]
    problems += _end_before_start(entry.start, entry.end)
    other = _overlap(entry.start, entry.end, others)
    if other is not None:
        field = "start" if other[0] <= entry.start else "end"
        problems.append(_overlap_error(field, other))
    return problems


def check_placement(entry: PlacementInput) -> list[InputRejected]:
    """A work type, and the end not before the start."""
    problems = []
    if entry.work_type is None:
        problems.append(rejected("work_type", "Werksoort is verplicht: kies er een."))
    return problems + _end_before_start(entry.start, entry.end)


def _end_before_start(start: dt.date, end: dt.date | None) -> list[InputRejected]:
    return [
        refused_stated(finding, "Einddatum")
        for finding in check_period(start, end, "end")
    ]
