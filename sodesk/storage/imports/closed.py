"""An import touching a closed month is refused whole, naming file, row and month.

Rows of the files that record what happened on a day (hours, guidance, production, revenue,
purchases, wage-value measurements) are checked before anything is written: a row dated
before the boundary of the closed months (storage/periods.py) is a problem of its row. Files
of master data (rates, employments, placements, yearly figures) may repeat stored rows
unchanged; whether a row of theirs moves a closed month is decided by the database's
triggers while the file is written, and such a refusal names the file and the month.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sodesk.storage import periods
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.problems import ImportProblem

#: file -> the column whose day lies in one month
DATED = {
    "hours": "date",
    "guidance": "date",
    "production": "period_start",
    "revenue": "period_start",
    "purchases": "period_start",
    "wage_values": "measured_on",
    "wage_value_tasks": "measured_on",
}


def closed_problems(
    session: Session, parsed: dict[str, list[Row]], labels: dict[str, str]
) -> list[ImportProblem]:
    """A problem for every row of :data:`DATED` files dated inside a closed month."""
    boundary = periods.boundary(session)
    if boundary is None:
        return []
    first = periods.closed_months(session)[0].month
    found: list[ImportProblem] = []
    for name, column in DATED.items():
        for row in parsed.get(name, ()):
            day = row.get(column)
            if isinstance(day, dt.date) and day < boundary:
                month = max(periods.first_of_month(day), first)
                found.append(
                    ImportProblem(
                        labels.get(name, name),
                        row.number,
                        column,
                        day.isoformat(),
                        periods.refusal_text(month),
                    )
                )
    return found


def refused_file(error: BaseException, label: str) -> ImportProblem | None:
    """The problem of a file whose writing a closed-month trigger refused (else None)."""
    if isinstance(error, periods.MonthClosed):
        return ImportProblem(label, None, None, None, error.message)
    if isinstance(error, DBAPIError) and periods.trigger_refusal(error) is not None:
        return ImportProblem(label, None, None, None, periods.refusal_text(None))
    return None
