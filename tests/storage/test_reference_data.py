"""The shipped reference tables become rows a controller can correct, loaded once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.parameters_repo import load_parameter_set


def test_reference_rows_are_loaded_and_read_as_parameters(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(t.RegionRow)) == 36
        params = load_parameter_set(session)
    assert params.minimum_wage_on(dt.date(2025, 7, 1)) == Decimal("14.40")
    assert params.lks_on(dt.date(2025, 1, 1)).surcharge == Decimal("0.235")  # type: ignore[union-attr]
    # before 2024 the minimum wage was monthly: 1995.00 x 3 / 13 / 37 per hour
    assert params.minimum_wage_on(dt.date(2023, 7, 1)) == Decimal("1995.00") * 3 / 13 / 37
    assert params.statutory_sheltered.fraction == Decimal("0.68")


def test_a_corrected_row_survives_the_next_start(workspace: Workspace) -> None:
    with transaction(workspace.sessions) as session:
        session.add(
            t.MinimumWageRow(
                valid_from=dt.date(2026, 7, 1),
                amount=Decimal("14.99"),
                unit="hour",
                note="ingevoerd door controller",
            )
        )
    again = open_workspace(workspace.url)
    with again.sessions() as session:
        assert load_parameter_set(session).minimum_wage_on(dt.date(2026, 8, 1)) == Decimal("14.99")
        assert session.scalar(select(func.count()).select_from(t.MinimumWageRow)) == 16
    again.close()
