"""Fixtures shared by the whole suite: real databases, SQLite and PostgreSQL, per test.

Each test gets a fresh database, copied from a template migrated once per run: a file copy
for SQLite, ``CREATE DATABASE ... TEMPLATE`` on the PostgreSQL server the suite starts
itself (tests/pg_server.py) unless SODESK_TEST_POSTGRES_URL names one.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sodesk.services.demo import fill_demo
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage.database import transaction
from tests.pg_server import PostgresServer

_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database."""
    given = os.environ.get("SODESK_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    server = PostgresServer().start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_url: str) -> str:
    """A database migrated to the newest schema, with reference data, to copy from."""
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS sodesk_template"))
        connection.execute(text("CREATE DATABASE sodesk_template"))
    admin.dispose()
    url = make_url(postgres_url).set(database="sodesk_template")
    open_workspace(url).close()
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_workspace(f"sqlite:///{path}").close()
    return path


def _fresh_postgres(postgres_url: str, template: str) -> tuple[str, str]:
    name = f"sodesk_test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE sodesk_template"))
    admin.dispose()
    url = make_url(template).set(database=name).render_as_string(hide_password=False)
    return name, url


def _drop_postgres(postgres_url: str, name: str) -> None:
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database on each backend in turn."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "sodesk.sqlite3"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    postgres_url: str = request.getfixturevalue("postgres_url")
    template_url: str = request.getfixturevalue("postgres_template")
    name, url = _fresh_postgres(postgres_url, template_url)
    try:
        yield url
    finally:
        _drop_postgres(postgres_url, name)


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A fresh, migrated SQLite database (for tests about the embedded default only)."""
    path = tmp_path / "sodesk.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def workspace(database_url: str) -> Iterator[Workspace]:
    ws = open_workspace(database_url)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company of 40 workers, filled once per run (copied for each test)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    workspace = open_workspace(f"sqlite:///{path}")
    with transaction(workspace.sessions) as session:
        fill_demo(session, workers=40, seed=5, end_year=2025)
    workspace.close()
    return path


@pytest.fixture
def demo_workspace(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    workspace = open_workspace(f"sqlite:///{path}")
    yield workspace
    workspace.close()
