"""Which SQLite file sodesk opens, and the copy it takes before a migration.

A mistyped ``--database`` must not become a new empty database that answers every report with
zeros; the copy before a migration must hold every committed row, also rows still in the WAL.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from sodesk.cli import main
from sodesk.storage.database import (
    SCHEMA_HEAD,
    _alembic_config,
    current_revision,
    make_engine,
    upgrade,
)

REPORT = ["report", "activities", "--from", "2025-01-01", "--to", "2025-01-31"]


@pytest.mark.parametrize("scheme", ["sqlite:///", "sqlite+pysqlite:///"])
def test_a_database_in_a_folder_that_does_not_exist_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scheme: str
) -> None:
    missing = tmp_path / "getypt" / "sodesk.sqlite3"
    assert main(["--database", f"{scheme}{missing}", *REPORT]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # no all-zero report
    assert str(missing.parent) in captured.err and "bestaat niet" in captured.err
    assert not missing.parent.exists()


def test_the_environment_variable_is_held_to_the_same_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "getypt" / "sodesk.sqlite3"
    monkeypatch.setenv("SODESK_DATABASE_URL", f"sqlite:///{missing}")
    assert main(REPORT) == 1
    assert str(missing.parent) in capsys.readouterr().err
    assert not missing.parent.exists()


def test_a_bare_path_is_told_how_to_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sodesk.sqlite3"
    assert main(["--database", str(path), *REPORT]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "sqlite:///" in err
    assert not path.exists()


def test_the_default_data_folder_is_made_on_the_first_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SODESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "nieuw" / "data"))
    assert main(REPORT) == 0
    assert json.loads(capsys.readouterr().out)["activities"] == []
    assert (tmp_path / "nieuw" / "data" / "sodesk" / "sodesk.sqlite3").is_file()


def test_the_copy_before_a_migration_holds_the_rows_still_in_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "sodesk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0004")
    engine.dispose()
    # another desk's connection commits and stays open: its rows live in the -wal file only
    desk = sqlite3.connect(path, isolation_level=None)
    try:
        assert desk.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        desk.execute("PRAGMA wal_autocheckpoint = 0")
        desk.execute("BEGIN")
        for n in range(1, 4):
            desk.execute("INSERT INTO clients (code, name) VALUES (?, ?)", (f"K{n}", f"Klant {n}"))
        desk.execute("COMMIT")
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        engine = make_engine(f"sqlite:///{path}")
        assert upgrade(engine)
        assert current_revision(engine) == SCHEMA_HEAD
        engine.dispose()
    finally:
        desk.close()
    copy = path.with_name(f"{path.name}.before-{SCHEMA_HEAD}")
    found = sqlite3.connect(copy)
    try:
        names = found.execute("SELECT name FROM clients ORDER BY code").fetchall()
        version = found.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        found.close()
    assert names == [("Klant 1",), ("Klant 2",), ("Klant 3",)]
    assert version == ("0004",)  # the copy is of the database before the migration


def test_no_migration_without_its_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The copy cannot be written (a folder holds its name): exit 1, the schema as it was."""
    path = tmp_path / "sodesk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0004")
    engine.dispose()
    (tmp_path / f"sodesk.sqlite3.before-{SCHEMA_HEAD}").mkdir()
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 1
    assert f"sodesk.sqlite3.before-{SCHEMA_HEAD}" in capsys.readouterr().err
    engine = make_engine(f"sqlite:///{path}")
    assert current_revision(engine) == "0004"
    engine.dispose()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
