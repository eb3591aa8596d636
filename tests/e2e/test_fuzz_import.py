"""Whatever a file holds, an import answers with messages or writes everything; never a
traceback, never half (issue 8: hypothesis-generated import files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select

from sodesk.cli import main
from sodesk.storage.base import Base
from tests.factories import MARCH_2025, write_folder

CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "P1",
            "A1",
            "X9",
            "2025-03-17",
            "17-03-2025",
            "2025-02-30",
            "8",
            "7,5",
            "7.5",
            "-1",
            "25",
            "1.234,5",
            "1e3",
            "nan",
            "∞",
            "24",
            "0",
            "sheltered",
            "hour",
            "'; DROP TABLE hours; --",
        ]
    ),
    st.text(min_size=0, max_size=12),
)
ROWS = st.lists(st.lists(CELLS, min_size=3, max_size=5), min_size=1, max_size=8)


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
    engine.dispose()
    return counts


@pytest.fixture(scope="module")
def base_database(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "base.sqlite3"
    shutil.copy(sqlite_template, path)
    assert (
        main(
            [
                "--database",
                f"sqlite:///{path}",
                "import",
                str(write_folder(folder / "march", MARCH_2025)),
            ]
        )
        == 0
    )
    return path


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=ROWS,
    separator=st.sampled_from([",", ";"]),
    file=st.sampled_from(["hours", "guidance", "wage_values", "rates", "employments", "workers"]),
)
def test_generated_files_get_messages_or_go_in_whole(
    base_database: Path,
    tmp_path: Path,
    rows: list[list[str]],
    separator: str,
    file: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "fuzz.sqlite3"
    shutil.copy(base_database, path)
    url = f"sqlite:///{path}"
    before = _counts(url)
    header = MARCH_2025[file].strip().splitlines()[0].strip()
    if separator == ";":
        header = header.replace(",", ";")
    body = "\n".join(
        separator.join(c.replace(separator, " ").replace("\n", " ") for c in row) for row in rows
    )
    folder = tmp_path / "in"
    shutil.rmtree(folder, ignore_errors=True)
    write_folder(folder, {file: f"{header}\n{body}"})
    status = main(["--database", url, "import", str(folder)])
    err = capsys.readouterr().err
    assert status in (0, 1), err
    assert "Traceback" not in err and "onverwachte fout" not in err
    if status == 1:
        assert _counts(url) == before
        assert all(
            line.startswith(f"{file}.csv") or line.startswith("Niets ingelezen")
            for line in err.strip().split("\n")
        ), err
