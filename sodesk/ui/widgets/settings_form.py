"""The pieces every dated parameter of the Settings page is described with.

:class:`FormField` (one input of the editor) and :class:`ParameterKind` (one parameter: its
table's columns, its form, how typed values become a checked record, what a new row starts
from), plus the Dutch text of fractions and numbers as the tables and the editor show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from sodesk.domain import display
from sodesk.domain.money import decimal_places, percent_from_fraction
from sodesk.domain.period import add_months
from sodesk.services import parameters as svc
from sodesk.ui.models.records import Field

_C = "SettingsPage"


def translated(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def percent_text(fraction: Decimal | None) -> str:
    """A fraction as a Dutch percentage with as many decimals as it has: 23,5 %, 8 %."""
    if fraction is None:
        return display.UNDEFINED
    value = percent_from_fraction(fraction).normalize()
    places = min(4, decimal_places(value))
    return display.percent(fraction, places)


def percent_input(fraction: Decimal) -> str:
    """What the editor shows for a fraction: "23,5" (without the % sign)."""
    return percent_text(fraction).removesuffix(" %")


def number_input(value: Decimal, places: int = 2) -> str:
    return display.number(value, places).replace(".", "")


@dataclass(frozen=True)
class FormField:
    """One input of the editor: ``key`` is the column (and the service error's ``field``).

    ``kind`` is date, optional_date, year, int, number, choice, check or text; ``choices``
    pairs a value with its English caption; ``low``/``high`` bound an int.
    """

    key: str
    caption: str
    kind: str
    choices: tuple[tuple[Any, str], ...] = ()
    low: int = 0
    high: int = 3000


@dataclass(frozen=True)
class ParameterKind:
    """One dated parameter on the Settings page."""

    key: str
    title: str
    explanation: str
    columns: tuple[Field, ...]
    form: tuple[FormField, ...]
    rows: Callable[[svc.ParameterTables], Sequence[Any]]
    build: Callable[[dict[str, Any]], svc.Entry]
    initial: Callable[[Any], dict[str, Any]]
    suggest: Callable[[Sequence[Any]], dict[str, Any]] | None
    keys: tuple[str, ...] = field(default=())


def next_half_year(dates: Sequence[dt.date]) -> dt.date:
    """1 January or 1 July after the newest date (the usual next row)."""
    if not dates:
        today = dt.date.today()
        return dt.date(today.year, 1 if today.month < 7 else 7, 1)
    last = max(dates)
    start = dt.date(last.year, 1 if last.month < 7 else 7, 1)
    return add_months(start, 6)


def next_year(rows: Sequence[Any]) -> int:
    return max((row.year for row in rows), default=dt.date.today().year - 1) + 1
