"""A kill -9 during a save or a report leaves the database exactly as it was before, and a
report's target file either as it was or absent: never half a report under its name.

The child process (tests/e2e/crash_child.py) kills itself with SIGKILL at the worst moment:
a save when every write has reached the database and the COMMIT has not, a report when its
bytes are written beside the target but not yet renamed, or half written. The import's kill
from outside, at a moment found by polling, is in tests/e2e/test_crash_safety.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from sodesk.cli import main
from sodesk.domain.enums import Placeable
from sodesk.services import municipalities
from sodesk.services.workspace import open_workspace
from sodesk.storage.base import Base
from tests.e2e import crash_child
from tests.factories import MARCH_2025, write_folder

ROOT = Path(__file__).resolve().parents[2]


def _snapshot(url: str) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table, as text, in key order: 'the database as it was'."""
    engine = create_engine(url)
    with engine.connect() as connection:
        tables = {
            table.name: [
                tuple(str(value) for value in row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }
    engine.dispose()
    return tables


def _probe(url: str, action: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        row = connection.execute(text(crash_child.PROBES[action])).one()
    engine.dispose()
    return [str(value) for value in row]


def _intact(url: str) -> None:
    if url.startswith("sqlite"):
        engine = create_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        engine.dispose()


def _run_child(*args: str) -> int:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.crash_child", *args],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    return done.returncode


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> str:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url)
    with workspace.sessions() as session:
        (m1,) = municipalities.municipality_list(session, dt.date(2025, 3, 31))
    municipalities.save_waiting_entry(
        workspace.sessions,
        m1.id,
        None,
        reference="W-1",
        advice_date=dt.date(2025, 2, 1),
        placeable=Placeable.NOW,
        reason=None,
        placed_on=None,
    )
    workspace.close()
    return database_url


@pytest.mark.slow
@pytest.mark.parametrize("action", sorted(crash_child.SAVES))
def test_kill_during_a_save_leaves_the_database_unchanged(
    march: str, tmp_path: Path, action: str
) -> None:
    before = _snapshot(march)
    marker = tmp_path / "marker.json"
    _run_child(action, march, str(marker))
    pending = json.loads(marker.read_text())
    assert pending != _probe(march, action), "the save had written nothing before the kill"
    assert _snapshot(march) == before
    _intact(march)
    # the same save, not killed, goes in whole: exactly what the killed one had written
    workspace = open_workspace(march, user="desk.crash")
    crash_child.SAVES[action](workspace)
    workspace.close()
    assert _probe(march, action) == pending


@pytest.mark.slow
@pytest.mark.parametrize("where", ["report-replace", "report-write"])
def test_kill_during_a_report_leaves_no_half_report_under_its_name(
    march: str, tmp_path: Path, where: str
) -> None:
    folder = tmp_path / "rapporten"
    folder.mkdir()
    target = folder / "activiteiten-2025.pdf"
    old = b"%PDF-1.4 the report of last month\n%%EOF\n"
    if where == "report-replace":  # an older report under the same name stays as it was
        target.write_bytes(old)
    before = _snapshot(march)
    marker = tmp_path / "marker.txt"
    _run_child(where, march, str(marker), str(target))
    assert marker.exists(), "the report was not caught writing"
    if where == "report-replace":
        assert target.read_bytes() == old
    else:
        assert int(marker.read_text().split()[2]) > 1000  # a real PDF was being written
        assert not target.exists()
    # what is left beside it is a hidden temporary file, never a file under the target name
    strays = [p.name for p in folder.iterdir() if p != target]
    assert all(n.startswith(f".{target.name}.") and n.endswith(".tmp") for n in strays)
    assert _snapshot(march) == before
    _intact(march)
    argv = ["--database", march, "report", "activities", "--from", "2025-01-01"]
    assert main([*argv, "--to", "2025-12-31", "--format", "pdf", "--out", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF") and data != old
