"""Refusals of input worded in the window's language, from a finding's code and arguments.

Why here: the domain and the services refuse input with findings whose ``message`` is Dutch,
which the command line and the import print with file, row and column. The window says the
same refusal again from the code and the values (``arguments``) through the translation
files, so the English window reads English and the Dutch one reads the message as it is. A
code without a wording here, or a finding without the values its wording needs, is shown by
its ``message``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from sodesk.domain import display
from sodesk.domain.validation import Finding, shown_value
from sodesk.services.errors import InputRejected
from sodesk.ui.finding_texts import filled
from sodesk.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "InputTexts"

#: Captions of the fields a stated refusal names, by the finding's field.
LABELS = {
    "bsn": QT_TRANSLATE_NOOP("InputTexts", "BSN"),
    "price": QT_TRANSLATE_NOOP("InputTexts", "Price"),
    "wage": QT_TRANSLATE_NOOP("InputTexts", "Hourly wage"),
    "end": QT_TRANSLATE_NOOP("InputTexts", "End date"),
    "duration": QT_TRANSLATE_NOOP("InputTexts", "Duration"),
}

#: What a check on one value says of it, after the field's caption and before its value.
STATED = {
    "bsn.invalid": QT_TRANSLATE_NOOP("InputTexts", "%1 fails the eleven-test (value %2)."),
    "value.negative": QT_TRANSLATE_NOOP("InputTexts", "%1 must not be negative (value %2)."),
    "hours.range": QT_TRANSLATE_NOOP(
        "InputTexts", "%1 must lie between 0 and 24 hours (value %2)."
    ),
    "period.end_before_start": QT_TRANSLATE_NOOP(
        "InputTexts", "%1 lies before the start date %3 (value %2)."
    ),
}

#: A worker's hours of one day refused on the hours page: who, day, hours (and the total).
HOURS = {
    "hours.range": QT_TRANSLATE_NOOP("InputTexts", "%1, %2: %3 hours must lie between 0 and 24."),
    "hours.day_total": QT_TRANSLATE_NOOP(
        "InputTexts", "%1, %2: %3 hours bring the day to %4 hours over all activities, over 24."
    ),
}

TIME_SHARES = QT_TRANSLATE_NOOP(
    "InputTexts", "The time shares of the tasks add up to %1 %, not to 100 %."
)
MONTH_CLOSED = QT_TRANSLATE_NOOP(
    "InputTexts",
    "The month %1 is closed (month-end closing): this change would alter its figures and was "
    "not saved. A controller or administrator can reopen the month (Settings > Periods, or: "
    "sodesk period reopen %2 --reason TEXT).",
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("InputTexts", "Mon"),
    QT_TRANSLATE_NOOP("InputTexts", "Tue"),
    QT_TRANSLATE_NOOP("InputTexts", "Wed"),
    QT_TRANSLATE_NOOP("InputTexts", "Thu"),
    QT_TRANSLATE_NOOP("InputTexts", "Fri"),
    QT_TRANSLATE_NOOP("InputTexts", "Sat"),
    QT_TRANSLATE_NOOP("InputTexts", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("InputTexts", "Jan"),
    QT_TRANSLATE_NOOP("InputTexts", "Feb"),
    QT_TRANSLATE_NOOP("InputTexts", "Mar"),
    QT_TRANSLATE_NOOP("InputTexts", "Apr"),
    QT_TRANSLATE_NOOP("InputTexts", "May"),
    QT_TRANSLATE_NOOP("InputTexts", "Jun"),
    QT_TRANSLATE_NOOP("InputTexts", "Jul"),
    QT_TRANSLATE_NOOP("InputTexts", "Aug"),
    QT_TRANSLATE_NOOP("InputTexts", "Sep"),
    QT_TRANSLATE_NOOP("InputTexts", "Oct"),
    QT_TRANSLATE_NOOP("InputTexts", "Nov"),
    QT_TRANSLATE_NOOP("InputTexts", "Dec"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _typed(finding: Finding) -> str | None:
    typed = finding.arguments.get("typed")
    return typed if isinstance(typed, str) else None


def _stated(finding: Finding) -> str | None:
    a = finding.arguments
    label = _tr(LABELS[finding.field]) if finding.field in LABELS else a.get("label")
    if not isinstance(label, str) or "label" not in a:
        return None
    start = a.get("start")
    extra = display.date_nl(start) if isinstance(start, dt.date) else ""
    if finding.code == "period.end_before_start" and not extra:
        return None
    return filled(_tr(STATED[finding.code]), label, shown_value(finding, _typed(finding)), extra)


def _hours(finding: Finding) -> str | None:
    a = finding.arguments
    who, day, value = a.get("worker_name"), a.get("date"), finding.value
    if not isinstance(who, str) or not isinstance(day, dt.date):
        return None
    if not isinstance(value, Decimal):
        return None
    when = f"{_tr(WEEKDAYS[day.weekday()])} {display.date_nl(day)}"
    total = a.get("total")
    if finding.code == "hours.day_total":
        if not isinstance(total, Decimal):
            return None
        return filled(_tr(HOURS[finding.code]), who, when, display.hours(value),
                       display.hours(total))  # fmt: skip
    return filled(_tr(HOURS[finding.code]), who, when, display.hours(value))


def _time_shares(finding: Finding) -> str | None:
    total = finding.arguments.get("total")
    if finding.field != "tasks" or not isinstance(total, Decimal):
        return None
    return filled(_tr(TIME_SHARES), format((total * 100).normalize(), "f"))


def _month_closed(finding: Finding) -> str | None:
    month = finding.arguments.get("month")
    if not isinstance(month, dt.date):
        return None
    named = f"{_tr(MONTHS[month.month - 1])} {month.year}"
    return filled(_tr(MONTH_CLOSED), named, month.strftime("%Y-%m"))


def _by_code(finding: Finding) -> str | None:
    if "worker_name" in finding.arguments and finding.code in HOURS:
        return _hours(finding)
    if finding.code in STATED:
        return _stated(finding)
    wording: Mapping[str, Callable[[Finding], str | None]] = {
        "time_shares.sum": _time_shares,
        "month.closed": _month_closed,
    }
    worded = wording.get(finding.code)
    return worded(finding) if worded else None


def input_text(finding: Finding) -> str:
    """A refused input's finding in the window's language; its ``message`` when there is no
    wording for its code or it lacks the values to say it again from."""
    return _by_code(finding) or finding.message


def rejection_text(error: InputRejected) -> str:
    """Every finding of a refusal in the window's language, one a line."""
    return "\n".join(input_text(finding) for finding in error.findings)
