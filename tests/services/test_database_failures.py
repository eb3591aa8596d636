"""The front ends tell a database a user can wait for, and a save another desk overtook, from a
bug through services.database, on real failures of a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from sodesk.cli import main
from sodesk.services.database import is_overtaken, unreachable
from sodesk.services.workspace import open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder


def test_a_database_nobody_listens_on_is_unreachable_with_the_drivers_words() -> None:
    with pytest.raises(Exception) as caught:
        open_workspace("postgresql://nobody@127.0.0.1:1/none")
    detail = unreachable(caught.value)
    assert detail is not None and "127.0.0.1" in detail
    assert not is_overtaken(caught.value)


def test_a_save_on_an_old_version_is_overtaken(sqlite_url: str, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", sqlite_url, "import", str(folder)]) == 0
    desk_a = open_workspace(sqlite_url, user="desk.a")
    desk_b = open_workspace(sqlite_url, user="desk.b")
    with desk_a.sessions() as session:
        mine = session.scalars(select(t.WorkerRow)).one()
    with transaction(desk_b.sessions) as session:
        session.scalars(select(t.WorkerRow)).one().last_name = "de Vries-Jansen"
    mine.last_name = "Jansen"
    with pytest.raises(Exception) as caught, transaction(desk_a.sessions) as session:
        session.add(mine)
    assert is_overtaken(caught.value)
    assert unreachable(caught.value) is None
    desk_a.close()
    desk_b.close()


def test_a_bug_is_neither() -> None:
    bug = ValueError("kapot")
    assert not is_overtaken(bug) and unreachable(bug) is None
