"""Schema changes only through Alembic: the migrations build exactly the tables the code has,
and a database of the previous version, with data, upgrades without losing a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from sodesk.cli import main
from sodesk.storage import tables as t
from sodesk.storage.base import Base
from sodesk.storage.database import _alembic_config, current_revision, head_revision, make_engine
from tests.factories import MARCH_2025, write_folder


def test_the_migrations_build_exactly_the_tables_of_the_code(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_a_database_of_the_first_version_upgrades_with_its_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "oud.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    engine.dispose()
    # the previous version had these tables; the import of today writes into them
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 0
    assert (
        main(
            [
                "--database",
                f"sqlite:///{path}",
                "import",
                str(write_folder(tmp_path / "in", MARCH_2025)),
            ]
        )
        == 0
    )
    engine = make_engine(f"sqlite:///{path}")
    command.downgrade(_alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    command.upgrade(_alembic_config(engine), "head")
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(t.HourRow)).scalar() == 10
    engine.dispose()
    assert (tmp_path / f"oud.sqlite3.before-{head_revision()}").exists()
