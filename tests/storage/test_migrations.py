"""Schema changes only through Alembic: the migrations build exactly the tables the code has,
and a database of the previous version, with data, upgrades without losing a row."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

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


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema yet) on each backend in turn."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'oud.sqlite3'}"
        return
    postgres_url: str = request.getfixturevalue("postgres_url")
    name = f"sodesk_migration_{os.getpid()}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


#: id: (wage value stored before 0006, its tasks: share, tempo, quality, net work time), as
#: text: raw SQL on SQLite takes no Decimal
MEASUREMENTS = {
    # 0.5 x 0.8 x 0.9 x 0.7 + 0.5 x 0.4 x 0.97 x 1 = 0.446: 45 % from 0006 on
    1: ("0.446", [("0.5", "0.8", "0.9", "0.7"), ("0.5", "0.4", "0.97", "1")]),
    2: ("0.445", [("1", "0.89", "0.5", "1")]),  # exactly half a percent: up, 45 %
    3: ("0.4449", [("1", "0.4449", "1", "1")]),  # 44 %
    4: ("0.446", []),  # a bare percentage: used as entered, before and after
}


def _wage_values(engine: Engine) -> dict[int, Decimal]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, wage_value FROM wage_values"))
        return {i: Decimal(str(value)).quantize(Decimal("0.000001")) for i, value in rows}


def test_0006_marks_inherited_function_wage_bases_and_rounds_wage_values_from_tasks(
    empty_database_url: str,
) -> None:
    """No stored choice changes: every function_wage municipality is marked for review
    (which were filled by the old default cannot be told), minimum_wage ones are not. Wage
    values from tasks become whole percents, bare percentages stay; the downgrade undoes it."""
    engine = make_engine(empty_database_url)
    command.upgrade(_alembic_config(engine), "0005")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO municipalities (id, code, name, lks_regime, lw_basis, "
                "guidance_basis, version) VALUES (:id, :code, :code, :regime, :basis, 'place', 1)"
            ),
            [
                {"id": 1, "code": "M1", "regime": "measured", "basis": "function_wage"},
                {"id": 2, "code": "M2", "regime": "measured", "basis": "minimum_wage"},
                {"id": 3, "code": "M3", "regime": "fixed", "basis": "function_wage"},
            ],
        )
        connection.execute(
            text(
                "INSERT INTO workers (id, personnel_number, first_name, last_name, target_group, "
                "municipality_id, version) VALUES (1, 'P1', 'Anna', 'Smit', 'sheltered', 1, 1)"
            )
        )
        task_id = 0
        for measurement, (value, tasks) in MEASUREMENTS.items():
            connection.execute(
                text(
                    "INSERT INTO wage_values (id, worker_id, measured_on, wage_value, version) "
                    "VALUES (:id, 1, :day, :value, 1)"
                ),
                {"id": measurement, "day": dt.date(2025, measurement, 1), "value": value},
            )
            for share, tempo, quality, net in tasks:
                task_id += 1
                connection.execute(
                    text(
                        "INSERT INTO wage_value_tasks (id, wage_value_id, task, time_share, "
                        "tempo, quality, net_work_time) VALUES (:id, :m, :task, :share, :tempo, "
                        ":quality, :net)"
                    ),
                    {
                        "id": task_id,
                        "m": measurement,
                        "task": f"taak {task_id}",
                        "share": share,
                        "tempo": tempo,
                        "quality": quality,
                        "net": net,
                    },
                )
    before = _wage_values(engine)
    command.upgrade(_alembic_config(engine), "0006")
    with engine.connect() as connection:
        marks = connection.execute(
            text("SELECT code, lw_basis, lw_basis_unconfirmed FROM municipalities ORDER BY code")
        ).all()
    assert [tuple(row) for row in marks] == [
        ("M1", "function_wage", True),
        ("M2", "minimum_wage", False),
        ("M3", "function_wage", True),
    ]
    assert _wage_values(engine) == {
        1: Decimal("0.45"),
        2: Decimal("0.45"),
        3: Decimal("0.44"),
        4: Decimal("0.446"),
    }
    command.downgrade(_alembic_config(engine), "0005")
    assert _wage_values(engine) == before
    with engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("municipalities")}
        kept = connection.execute(text("SELECT lw_basis FROM municipalities ORDER BY code"))
        assert [row[0] for row in kept] == ["function_wage", "minimum_wage", "function_wage"]
    assert "lw_basis_unconfirmed" not in columns
    engine.dispose()
