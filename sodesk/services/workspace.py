"""Opens a database for use: schema migrated, reference data loaded, sessions at hand.

Both front ends start here, so the desktop window and the command line always see the same
schema version and the same shipped defaults.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.period import Period
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


def years_with_hours(workspace: Workspace) -> list[int]:
    """Every year from the first to the last with hours (the window's period presets)."""
    with workspace.sessions() as session:
        first, last = session.execute(
            select(func.min(t.HourRow.date), func.max(t.HourRow.date))
        ).one()
    if first is None:
        return []
    return list(range(first.year, last.year + 1))


def opening_period(years: list[int]) -> Period:
    """The period the window opens with: the newest year with hours, else this year."""
    return Period.year(max(years) if years else dt.date.today().year)


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
    from sodesk.services.periods import install_guard  # it reads workspaces: imported late

    install_guard(engine)
    if migrate:
        upgrade(engine)
    sessions = session_factory(engine, user or current_user())
    with transaction(sessions) as session:
        load_reference_data(session)
    return Workspace(resolved, engine, sessions)
