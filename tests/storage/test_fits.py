"""Typed values that do not fit their column are refused with a message on both databases.

PostgreSQL used to answer these with a DataError (a traceback in the window); SQLite stored
them. MARCH_2025 (tests/factories.py): one municipality M1 and P1, employed in 2025.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sodesk.cli import main
from sodesk.domain.enums import GuidanceKind
from sodesk.services import guidance, municipalities
from sodesk.services.errors import InputRejected
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.fits import misfit
from tests.factories import MARCH_2025, write_folder


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Workspace:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="coach.anna")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _guidance_rows(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.GuidanceRow)) or 0


def _worker_id(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalars(select(t.WorkerRow.id).order_by(t.WorkerRow.id)).first()


@pytest.mark.parametrize(
    ("coach", "note", "field", "words"),
    [
        ("c" * 101, None, "coach", "Jobcoach is te lang: ten hoogste 100 tekens (nu 101)"),
        ("Anna", "eerst\x00dan", "note", "Notitie bevat een onzichtbaar NUL-teken"),
        ("Anna", "n" * 1001, "note", "Notitie is te lang: ten hoogste 1000 tekens (nu 1001)"),
    ],
)
def test_guidance_text_longer_than_its_column_or_with_a_nul_is_told(
    march: Workspace, coach: str, note: str | None, field: str, words: str
) -> None:
    before = _guidance_rows(march)
    with pytest.raises(InputRejected) as caught:
        guidance.record_guidance(
            march.sessions,
            worker_id=_worker_id(march),
            coach=coach,
            date=dt.date(2025, 3, 10),
            hours=Decimal("0.5"),
            kind=GuidanceKind.WORK_FLOOR,
            note=note,
        )
    assert caught.value.field == field
    assert words in str(caught.value)
    assert _guidance_rows(march) == before


def test_the_longest_texts_that_fit_are_stored(march: Workspace) -> None:
    guidance.record_guidance(
        march.sessions,
        worker_id=_worker_id(march),
        coach="c" * 100,
        date=dt.date(2025, 3, 10),
        hours=Decimal("0.5"),
        kind=GuidanceKind.WORK_FLOOR,
        note="n" * 1000,
    )
    with march.sessions() as session:
        coach, note = session.execute(
            select(t.GuidanceRow.coach, t.GuidanceRow.note).where(t.GuidanceRow.coach == "c" * 100)
        ).one()
    assert (len(coach), len(note)) == (100, 1000)


@pytest.mark.parametrize(
    ("figures", "words"),
    [
        ((99999999999999999999, None, None), "Taakstelling 2026 is te groot"),
        ((None, Decimal("1E+20"), None), "Begeleidingsvergoeding per plaats 2026 is te groot"),
        ((None, None, Decimal("999999999999.995")), "Wsw-subsidie per fte 2026 is te groot"),
    ],
)
def test_yearly_figures_beyond_their_column_are_told(
    march: Workspace, figures: tuple, words: str
) -> None:
    with march.sessions() as session:
        (m1,) = municipalities.municipality_list(session, dt.date(2025, 3, 31))
    year = municipalities.YearFigures(2026, *figures)
    with pytest.raises(InputRejected, match=words):
        municipalities.save_municipality(march.sessions, m1.id, m1.version, m1.settings, [year])
    with march.sessions() as session:
        stored = session.scalars(
            select(t.MunicipalityYearRow.year).where(t.MunicipalityYearRow.year == 2026)
        ).all()
    assert stored == []


def test_the_largest_amount_that_fits_is_no_misfit() -> None:
    column = t.MunicipalityYearRow.guidance_allowance_per_place
    assert misfit(column, Decimal("999999999999.994"), "Bedrag") is None
    assert misfit(t.MunicipalityYearRow.target_places, 2**31 - 1, "Taakstelling") is None
    assert misfit(t.GuidanceRow.coach, None, "Jobcoach") is None
