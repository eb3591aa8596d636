"""Texts an import stores fit both databases: names 200, codes 20, notes 2,000; no NUL.

SQLite stores any length and a NUL byte; PostgreSQL refuses both, so a backup of such a
SQLite database could not be restored into a shared database. The import refuses them first
(tests/storage/test_import_bad_input.py names the cells); texts at the limits go through an
import into SQLite, a backup, and a restore into PostgreSQL whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import _drop_postgres, _fresh_postgres
from tests.import_factories import DUTCH_EXPORT, sodesk, write_dutch_folder

LONG_NAME = "N" * 200
LONG_CODE = "C" * 20
COACH = "K" * 100  # the table's width for a coach
NOTE = "n" * 1000  # the table's width for a guidance note


@pytest.fixture
def postgres_database(postgres_url: str, postgres_template: str) -> Iterator[str]:
    name, url = _fresh_postgres(postgres_url, postgres_template)
    try:
        yield url
    finally:
        _drop_postgres(postgres_url, name)


def _at_the_limits() -> dict[str, str]:
    return DUTCH_EXPORT | {
        "clients": DUTCH_EXPORT["clients"] + f"{LONG_CODE};{LONG_NAME}\n",
        "guidance": (
            "personnel_number;coach;date;hours;kind;activity_code;note\n"
            f"1001;{COACH};2024-12-10;2;work_floor;INP;{NOTE}\n"
        ),
    }


def _texts(url: str) -> list[tuple[str, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            client = connection.execute(
                text("SELECT code, name FROM clients WHERE code = :c"), {"c": LONG_CODE}
            ).one()
            guidance = connection.execute(text("SELECT coach, note FROM guidance")).one()
            return [tuple(client), tuple(guidance)]
    finally:
        engine.dispose()


def test_texts_at_the_limits_survive_a_backup_restored_into_postgresql(
    sqlite_url: str, postgres_database: str, tmp_path: Path
) -> None:
    folder = write_dutch_folder(tmp_path / "a", _at_the_limits())
    assert sodesk(sqlite_url, "import", str(folder)) == 0
    copy = tmp_path / "sodesk.backup"
    assert sodesk(sqlite_url, "backup", str(copy)) == 0

    assert sodesk(postgres_database, "restore", str(copy)) == 0

    assert _texts(postgres_database) == _texts(sqlite_url) == [
        (LONG_CODE, LONG_NAME),
        (COACH, NOTE),
    ]


@pytest.mark.parametrize(
    ("file", "content", "column"),
    [
        ("clients", f"code;name\n{LONG_CODE}X;Klant\n", "code"),
        ("clients", f"code;name\nC9;{LONG_NAME}X\n", "name"),
        ("clients", "code;name\nC9;De\x00Pers\n", "name"),
        (
            "guidance",
            f"personnel_number;coach;date;hours;kind;note\n1001;{COACH}X;2024-12-10;2;work_floor;\n",
            "coach",
        ),
        (
            "guidance",
            f"personnel_number;coach;date;hours;kind;note\n1001;K;2024-12-10;2;work_floor;{NOTE}X\n",
            "note",
        ),
    ],
    ids=["code 21", "name 201", "NUL", "coach 101", "note 1001"],
)
def test_a_text_too_long_or_with_a_nul_is_refused_on_sqlite_before_any_backup(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    content: str,
    column: str,
) -> None:
    assert sodesk(sqlite_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    capsys.readouterr()
    folder = write_dutch_folder(tmp_path / "b", {file: content})
    assert sodesk(sqlite_url, "import", str(folder)) == 1
    err = capsys.readouterr().err
    assert f"{file}.csv, rij 2, kolom {column}: '" in err
    assert "tekens lang; hoogstens" in err or "NUL-teken" in err
