"""The database as the front ends see it: the session factory they hand on, where the URL can
come from, and which failures a user can mend.

The window and the command line sit above services and never import storage or SQLAlchemy
(the import contracts say so); what they must know of the database to start, to pass a
session factory to a service, and to tell a busy database or an overtaken save from a bug
is named here once.
"""

from __future__ import annotations

from typing import TypeAlias

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sodesk.storage.database import ENV_VAR, DatabaseNotUsable, DatabaseTooNew

#: the session factory of an open database (Workspace.sessions); services open their own
#: sessions from it, so a widget only keeps it and hands it on
Sessions: TypeAlias = sessionmaker[Session]

__all__ = [
    "ENV_VAR",
    "DatabaseNotUsable",
    "DatabaseTooNew",
    "Sessions",
    "is_overtaken",
    "unreachable",
]


def is_overtaken(error: BaseException) -> bool:
    """True for a save refused because another desk changed the same row meanwhile."""
    return isinstance(error, StaleDataError)


def unreachable(error: BaseException) -> str | None:
    """The driver's own words when the database could not be reached, was locked or busy
    (the user can wait or check the network), else None."""
    if not isinstance(error, OperationalError):
        return None
    return str(error.orig) if error.orig is not None else str(error)
