"""Refused input is told in the window's language: English in the English window, in the
Dutch window word for word the Dutch message the command line and the import print.

The refusals come from the real services and checks (a real demo database for the hours of a
week), are shown by the one place that shows refusals beside a field, and are read back from
the real widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from sodesk.domain.enums import GuidanceKind, ReassessTerm, WorkType
from sodesk.domain.wage_value import TaskScore
from sodesk.services import guidance, hours, measurements, people_input, rates
from sodesk.services.errors import InputRejected
from sodesk.services.periods import ClosedMonthError
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui import i18n
from sodesk.ui.input_texts import rejection_text
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import FieldMessage
from tests.ui.test_dutch_window import dutch_in, english_in


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, dutch_app: QApplication) -> Iterator[str]:
    """The window in English or in Dutch for one test, Dutch again afterwards."""
    for translator in dutch_app._sodesk_translators:  # type: ignore[attr-defined]
        dutch_app.removeTranslator(translator)
    dutch_app._sodesk_translators = i18n.install(dutch_app, request.param)  # type: ignore[attr-defined]
    try:
        yield request.param
    finally:
        for translator in dutch_app._sodesk_translators:  # type: ignore[attr-defined]
            dutch_app.removeTranslator(translator)
        dutch_app._sodesk_translators = i18n.install(dutch_app, "nl")  # type: ignore[attr-defined]
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def _refused(action: Callable[[], object]) -> InputRejected:
    with pytest.raises(InputRejected) as caught:
        action()
    return caught.value


def _first(problems: list[InputRejected]) -> InputRejected:
    assert problems
    return problems[0]


def _shares() -> object:
    tasks = [
        TaskScore("Inpakken", Decimal("0.6"), Decimal("0.8"), Decimal("0.9"), Decimal(1)),
        TaskScore("Sorteren", Decimal("0.3"), Decimal("0.7"), Decimal("0.9"), Decimal(1)),
    ]
    return measurements.build_measurement(dt.date(2026, 3, 2), tasks, next(iter(ReassessTerm)))


def _guidance(workspace: Workspace) -> object:
    return guidance.record_guidance(
        workspace.sessions,
        worker_id=1,
        coach="Coach",
        date=dt.date(2026, 3, 2),
        hours=Decimal(25),
        kind=next(iter(GuidanceKind)),
    )


def _closed() -> None:
    raise ClosedMonthError(dt.date(2025, 3, 1))


#: A refusal of each kind by the services, and how the English window says it.
REFUSALS: dict[str, tuple[Callable[[Workspace], InputRejected], str]] = {
    "bsn": (
        lambda ws: _refused(lambda: people_input.parse_bsn("123456789")),
        "BSN fails the eleven-test (value '123456789').",
    ),
    "negative price": (
        lambda ws: _refused(lambda: rates.parse_price("-5,50")),
        "Price must not be negative (value '-5,50').",
    ),
    "hours of a guidance": (
        lambda ws: _refused(lambda: _guidance(ws)),
        "Duration must lie between 0 and 24 hours (value 25).",
    ),
    "end before start": (
        lambda ws: _first(
            people_input.check_placement(
                people_input.PlacementInput(
                    WorkType.GROUP_SECONDMENT,
                    None,
                    "Bakkerij Jansen",
                    dt.date(2026, 3, 2),
                    dt.date(2026, 2, 27),
                )
            )
        ),
        "End date lies before the start date 02-03-2026 (value 27-02-2026).",
    ),
    "shares": (
        lambda ws: _refused(_shares),
        "The time shares of the tasks add up to 90 %, not to 100 %.",
    ),
    "closed month": (
        lambda ws: _refused(_closed),
        "The month Mar 2025 is closed (month-end closing): this change would alter its "
        "figures and was not saved. A controller or administrator can reopen the month "
        "(Settings > Periods, or: sodesk period reopen 2025-03 --reason TEXT).",
    ),
}


def _shown(error: InputRejected) -> str:
    field = error.findings[0].field or "general"
    beside, general = FieldMessage(), FieldMessage()
    shown = show_rejection(error, {field: beside}, general)
    assert shown is (general if field == "general" else beside)
    return shown.text()


@pytest.mark.parametrize("kind", REFUSALS)
def test_a_refusal_is_told_in_the_windows_language(
    language: str, kind: str, demo_workspace: Workspace
) -> None:
    make, english = REFUSALS[kind]
    error = make(demo_workspace)
    text = _shown(error)
    if language == "en":
        assert text == english
        assert dutch_in(text) == []
    else:  # the Dutch window says what the command line and the import say
        assert text == error.findings[0].message
        assert english_in(text) == []


def _week_cells(workspace: Workspace) -> list[hours.HourCell]:
    """A stored day of hours made 20 hours, and 20 more on another activity that day."""
    with workspace.sessions() as session:
        row = session.scalars(select(t.HourRow).order_by(t.HourRow.date.desc())).first()
        assert row is not None
        other = session.scalars(
            select(t.ActivityRow.id).where(t.ActivityRow.id != row.activity_id)
        ).first()
        assert other is not None
        worker = session.get(t.WorkerRow, row.worker_id)
        assert worker is not None
        key = (row.worker_id, row.activity_id, row.date)
    return [
        hours.HourCell(key[0], key[1], key[2], Decimal(20)),
        hours.HourCell(key[0], other, key[2], Decimal(20)),
        hours.HourCell(key[0], key[1], key[2] - dt.timedelta(days=7), Decimal(25)),
    ]


def test_the_hours_of_a_week_are_refused_in_the_windows_language(
    language: str, demo_workspace: Workspace
) -> None:
    cells = _week_cells(demo_workspace)
    error = _refused(lambda: hours.save_week(demo_workspace.sessions, cells))
    codes = {finding.code for finding in error.findings}
    assert {"hours.range", "hours.day_total"} <= codes
    text = rejection_text(error)  # the hours page says every refused cell
    if language == "en":
        assert "hours must lie between 0 and 24." in text
        assert "hours bring the day to" in text and "over all activities, over 24." in text
        assert dutch_in(text) == []
    else:
        assert text == "\n".join(finding.message for finding in error.findings)
