"""Opens a database for use: schema migrated, reference data loaded, sessions at hand.

Both front ends start here, so the desktop window and the command line always see the same
schema version and the same shipped defaults.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from sodesk.storage import tables as t
from sodesk.storage.database import (
    describe,
    make_engine,
    resolve_url,
    session_factory,
    transaction,
    upgrade,
)
from sodesk.storage.reference_data import load_reference_data

DEFAULT_COMPANY = "SW-bedrijf"


@dataclass
class Workspace:
    """An open database: its URL, engine and session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def description(self) -> str:
        return describe(self.url)

    def company_name(self) -> str:
        with self.sessions() as session:
            row = session.get(t.SettingRow, "company_name")
            return row.value if row else DEFAULT_COMPANY

    def last_import(self) -> str | None:
        with self.sessions() as session:
            row = session.scalars(
                select(t.ImportRunRow).order_by(t.ImportRunRow.at.desc()).limit(1)
            ).first()
            return None if row is None else row.at.strftime("%d-%m-%Y %H:%M")

    def close(self) -> None:
        self.engine.dispose()


def current_user() -> str:
    """The operating-system login, until sodesk's own log-in names the user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "onbekend"


def open_workspace(
    url: str | URL | None = None, *, migrate: bool = True, user: str | None = None
) -> Workspace:
    """Connect, migrate to the newest schema and load the shipped reference data once."""
    resolved = url if isinstance(url, URL) else resolve_url(url)
    engine = make_engine(resolved)
    if migrate:
        upgrade(engine)
    sessions = session_factory(engine, user or current_user())
    with transaction(sessions) as session:
        load_reference_data(session)
    return Workspace(resolved, engine, sessions)
