"""Schema changes only through Alembic: the migrations build exactly the tables the code has,
and a database of the previous version, with data, upgrades without losing a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

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


def test_the_upgrade_to_0004_masks_a_bsn_already_in_the_audit_log(tmp_path: Path) -> None:
    """Before 0004 the audit log kept a changed BSN in clear; the upgrade masks those rows."""
    path = tmp_path / "oud.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0003")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_log (at, user, table_name, record_key, action, field, "
                "old_value, new_value) VALUES ('2025-03-01 10:00:00', 'jan', 'workers', '1', "
                "'update', :field, :old, :new)"
            ),
            [
                {"field": "bsn", "old": "111222333", "new": "123456782"},
                {"field": "last_name", "old": "Jansen", "new": "de Vries"},
            ],
        )
    engine.dispose()
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 0
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT field, old_value, new_value FROM audit_log WHERE user = 'jan' ORDER BY id")
        ).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [
        ("bsn", "••••••333", "••••••782"),
        ("last_name", "Jansen", "de Vries"),
    ]
