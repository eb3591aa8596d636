"""``sodesk backup`` while another process keeps saving: the copy is one consistent moment,
and restoring it brings back exactly that moment.

The writer (tests/e2e/backup_writer.py) commits batches of five hour rows together with a
counter in ``settings``. A copy read table by table at different moments would pair a
counter with more or fewer rows than its batches hold; a consistent copy holds, for some n,
exactly n whole batches.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, select

from sodesk.cli import main
from sodesk.storage import tables as t
from sodesk.storage.backup import backup
from sodesk.storage.database import make_engine
from tests.e2e.backup_writer import FIRST_DAY, KEY
from tests.factories import MARCH_2025, write_folder

ROOT = Path(__file__).resolve().parents[2]


def _counter(engine: Engine) -> int:
    with engine.connect() as connection:
        value = connection.execute(select(t.SettingRow.value).where(t.SettingRow.key == KEY))
        return int(value.scalar() or 0)


def _wait_for(engine: Engine, writer: subprocess.Popen[bytes], at_least: int) -> int:
    """Poll until the writer has committed ``at_least`` batches (it must not have died)."""
    deadline = time.monotonic() + 120
    while (seen := _counter(engine)) < at_least:
        assert writer.poll() is None, "the writer stopped"
        assert time.monotonic() < deadline, "the writer commits nothing"
        time.sleep(0.01)
    return seen


def _batches_in_copy(path: Path) -> int:
    """n when the copy holds exactly n whole batches of the writer; fails otherwise."""
    with zipfile.ZipFile(path) as archive:

        def rows(table: str) -> list[dict[str, Any]]:
            text = archive.read(f"tables/{table}.jsonl").decode("utf-8")
            return [json.loads(line) for line in io.StringIO(text)]

        settings = {row["key"]: row["value"] for row in rows("settings")}
        written = [row for row in rows("hours") if row["date"] >= FIRST_DAY.isoformat()]
    batches = int(settings[KEY])
    assert len(written) == 5 * batches, f"{len(written)} writer rows beside counter {batches}"
    assert sum(Decimal(str(row["hours"])) for row in written) == 15 * batches
    return batches


@pytest.fixture
def writing(database_url: str, tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The imported March data, and a writer process committing batches into it."""
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    stop, errors = tmp_path / "stop", tmp_path / "writer.err"
    with errors.open("wb") as stderr:
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.backup_writer", database_url, str(stop)],
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        yield database_url, writer
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert writer.returncode == 0, errors.read_text()


@pytest.mark.slow
def test_a_backup_taken_while_another_process_saves_is_one_consistent_moment(
    writing: tuple[str, subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    url, writer = writing
    probe = create_engine(url)
    _wait_for(probe, writer, 3)

    # The backup's engine waits, after its first table read, until the writer has committed
    # three more batches: writes certainly happen while the copy is being read.
    engine = make_engine(url)
    during: list[int] = []

    @event.listens_for(engine, "after_cursor_execute")
    def _hold(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not during and "ORDER BY" in statement:
            during.append(_wait_for(probe, writer, _counter(probe) + 3))

    copy = tmp_path / "kopie.backup"
    backup(engine, copy)
    engine.dispose()
    assert during, "the backup was not held"
    in_copy = _batches_in_copy(copy)
    assert in_copy < during[0] <= _counter(probe)  # later batches are not in it, not in part

    # the command itself, while the writer goes on
    second = tmp_path / "tweede.backup"
    assert main(["--database", url, "backup", str(second)]) == 0
    assert writer.poll() is None, "the writer stopped before the command's backup ended"
    assert _batches_in_copy(second) >= in_copy

    # stop the writer, then restore the first copy: exactly its batches come back
    (tmp_path / "stop").touch()
    writer.wait(timeout=60)
    assert _counter(probe) > in_copy
    assert main(["--database", url, "restore", str(copy)]) == 0
    assert _counter(probe) == in_copy
    with probe.connect() as connection:
        hours = connection.execute(
            select(t.HourRow.hours).where(t.HourRow.date >= FIRST_DAY)
        ).scalars()
        restored = [Decimal(str(h)) for h in hours]
    probe.dispose()
    assert (len(restored), sum(restored)) == (5 * in_copy, 15 * in_copy)
