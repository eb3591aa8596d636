"""Whatever is typed into the waiting-list form, the save answers with a message naming the
field or writes exactly what was typed; never a traceback, never a partial write (issue 8:
hypothesis-generated form values), on SQLite and on PostgreSQL (which, unlike SQLite,
refuses text longer than its column and a NUL character).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sodesk.cli import main
from sodesk.domain.enums import Placeable
from sodesk.services import municipalities as svc
from sodesk.services.errors import InputRejected
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from tests.factories import MARCH_2025, write_folder

TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["", " ", "W-1", "W-2", "x" * 41, "x" * 40, "a\x00b", "tab\there", "é" * 40]),
)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
FIELDS = {"reference", "reason", "placed_on", "version"}


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Workspace:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="controller.jan")
    with workspace.sessions() as session:
        municipality = session.scalars(select(t.MunicipalityRow.id)).one()
    svc.save_waiting_entry(
        workspace.sessions,
        municipality,
        None,
        reference="W-1",
        advice_date=dt.date(2025, 2, 1),
        placeable=Placeable.NOW,
        reason=None,
        placed_on=None,
    )
    yield workspace  # type: ignore[misc]
    workspace.close()


def _state(workspace: Workspace) -> tuple[list[tuple], int]:
    with workspace.sessions() as session:
        rows = session.execute(
            select(
                t.WaitingListRow.id,
                t.WaitingListRow.reference,
                t.WaitingListRow.advice_date,
                t.WaitingListRow.placeable,
                t.WaitingListRow.reason,
                t.WaitingListRow.placed_on,
                t.WaitingListRow.version,
            ).order_by(t.WaitingListRow.id)
        ).all()
        logged = session.scalar(select(func.count()).select_from(t.AuditRow))
    return [tuple(row) for row in rows], int(logged or 0)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    change=st.booleans(),
    reference=TEXT,
    reason=st.one_of(st.none(), TEXT),
    advice=DATES,
    placed=st.one_of(st.none(), DATES),
    placeable=st.sampled_from(list(Placeable)),
)
def test_a_typed_waiting_list_entry_is_saved_whole_or_refused_with_a_message(
    march: Workspace,
    change: bool,
    reference: str,
    reason: str | None,
    advice: dt.date,
    placed: dt.date | None,
    placeable: Placeable,
) -> None:
    (first, *_), _logged = before = _state(march)
    entry_id, version = (first[0], first[6]) if change else (None, None)
    with march.sessions() as session:
        municipality = session.scalars(select(t.MunicipalityRow.id)).one()
    try:
        saved = svc.save_waiting_entry(
            march.sessions,
            municipality,
            entry_id,
            reference=reference,
            advice_date=advice,
            placeable=placeable,
            reason=reason,
            placed_on=placed,
            version=version,
        )
    except InputRejected as refused:
        assert refused.field in FIELDS and refused.message
        assert "\n" not in refused.message
        assert _state(march) == before  # nothing written, not even to the audit log
        return
    rows, _ = _state(march)
    (row,) = [r for r in rows if r[0] == saved]
    typed_reason = (reason or "").strip() or None
    assert row[1:6] == (reference.strip(), advice, placeable, typed_reason, placed)
