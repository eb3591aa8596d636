"""The embedded default and the schema: created, migrated, protected, refused when too new."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from sodesk.services.workspace import open_workspace
from sodesk.storage.base import Base
from sodesk.storage.database import (
    SCHEMA_HEAD,
    DatabaseTooNew,
    current_revision,
    head_revision,
    make_engine,
    resolve_url,
    upgrade,
)


def test_every_table_is_created_by_the_migration(database_url: str) -> None:
    engine = make_engine(database_url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert current_revision(engine) == head_revision() == SCHEMA_HEAD
    assert upgrade(engine) is False  # a second upgrade changes nothing
    engine.dispose()


def test_a_new_sqlite_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nieuw" / "sodesk.sqlite3"
    path.parent.mkdir()  # only the default data folder is made by sodesk itself
    workspace = open_workspace(f"sqlite:///{path}")
    with workspace.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    workspace.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_from_a_newer_sodesk_is_refused(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew, match="9999_future"):
        upgrade(engine)
    engine.dispose()


def test_the_url_comes_from_the_argument_then_the_environment_then_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SODESK_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url(None).database == f"{tmp_path}/env.sqlite3"
    monkeypatch.delenv("SODESK_DATABASE_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_url(None).database == str(tmp_path / "data" / "sodesk" / "sodesk.sqlite3")


def test_the_wal_files_and_the_copy_before_a_migration_are_private(tmp_path: Path) -> None:
    """Every file that holds data is readable by its owner only: -wal, -shm, .before-NNNN."""
    from alembic import command

    from sodesk.storage.database import _alembic_config

    path = tmp_path / "sodesk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0003")
    assert upgrade(engine)  # 0003 -> head: the file is copied first
    with engine.begin() as connection:  # an open write leaves the WAL and its index in place
        connection.execute(text("UPDATE settings SET value = value"))
        files = [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))]
        files.append(path.with_name(f"{path.name}.before-{SCHEMA_HEAD}"))
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
    engine.dispose()
    assert modes == {p.name: 0o600 for p in files}


def test_a_database_error_does_not_repeat_a_bsn_or_a_name(database_url: str) -> None:
    """What a crash dialog, the log or a terminal shows of a failed statement has no values."""
    from sqlalchemy.exc import IntegrityError

    from sodesk.domain.enums import TargetGroup
    from sodesk.storage import tables as t

    engine = make_engine(database_url)
    row = {
        "personnel_number": "P1",
        "first_name": "Anna",
        "last_name": "Geheimnaam",
        "bsn": "111222333",
        "target_group": TargetGroup.SHELTERED,
        "municipality_id": 999_999,  # no such municipality: the foreign key refuses the row
    }
    with pytest.raises(IntegrityError) as failed, engine.begin() as connection:
        connection.execute(t.WorkerRow.__table__.insert(), [row])
    engine.dispose()
    shown = str(failed.value)
    assert "INSERT INTO workers" in shown  # the statement is there, to find the bug by
    assert "111222333" not in shown and "Geheimnaam" not in shown


@pytest.mark.parametrize(
    ("charges", "cost", "hours", "stored"),
    [
        # halfway values: PostgreSQL alone rounds 0.4852025 up, SQLite's float reads 0.485202
        ("0.4852025", "41.125", "36.125", ("0.485203", "41.13", "36.13")),
        ("0.2671975", "0.005", "7.255", ("0.267198", "0.01", "7.26")),
        ("0.1234564999", "12.344999", "8", ("0.123456", "12.34", "8.00")),
    ],
)
def test_a_value_finer_than_its_column_is_stored_rounded_half_up_on_both_databases(
    database_url: str, charges: str, cost: str, hours: str, stored: tuple[str, str, str]
) -> None:
    from decimal import Decimal

    from sqlalchemy import select

    from sodesk.storage.tables import CompanyYearRow

    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            CompanyYearRow.__table__.insert().values(
                year=2031,
                employer_charges=Decimal(charges),
                coach_hourly_cost=Decimal(cost),
                wsw_fulltime_hours=Decimal(hours),
            )
        )
    with engine.connect() as connection:
        row = connection.execute(
            select(
                CompanyYearRow.employer_charges,
                CompanyYearRow.coach_hourly_cost,
                CompanyYearRow.wsw_fulltime_hours,
            ).where(CompanyYearRow.year == 2031)
        ).one()
    engine.dispose()
    assert tuple(str(value) for value in row) == stored
