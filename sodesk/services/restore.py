"""Herstellen uit het auditlog: an administrator undoes a deletion the log recorded.

Deleting a rate, a waiting-list entry, an employment or a dated parameter asks first and is
logged field by field (storage/audit.py); this use case puts such a row back. Given one line
of the log that belongs to a deletion, it rebuilds the row (storage/restore.py) and inserts it
in one transaction, with the reason "hersteld uit het auditlog: <the user's reason>", so the
restore is itself in the log. What cannot be restored whole (a worker, a user), what refers to
a parent that is gone, and what would take a unique key a newer row has, is refused with a
Dutch message naming the record; nothing is written then.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain import display
from sodesk.services.errors import InputRejected, check_reason
from sodesk.services.permissions import Action, allowed, require
from sodesk.services.users import SignedIn
from sodesk.storage.database import transaction
from sodesk.storage.restore import TABLE_LABELS, NotRestorable, find_deletion, restore

#: what every restore writes into the log before the user's own reason
REASON_PREFIX = "hersteld uit het auditlog"


class RestoreRefused(ValueError):
    """The deletion is not undone; ``message`` (Dutch) says which record and why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Restored:
    """What came back: the record as named on screen, and how many rows (a measurement's
    tasks come along)."""

    record: str
    rows: int
    message: str


def may_restore(user: SignedIn | None) -> bool:
    """Only an administrator restores (services.permissions); a manager reads the log.

    Unlike the other actions, nobody signed in restores nothing: a restore needs a name.
    """
    return user is not None and allowed(user, Action.RESTORE)


def is_deletion(action: str) -> bool:
    """True for a line of the log that records a deletion (one a restore can start from)."""
    return action == "delete"


def record_name(table_name: str, record_key: str) -> str:
    """'tarief 12': a record of the log as a sentence names it."""
    return f"{TABLE_LABELS.get(table_name, table_name)} {record_key}"


def restore_deletion(
    sessions: sessionmaker[Session], audit_id: int, reason: str, by: SignedIn | None
) -> Restored:
    """Insert again the row deleted in the deletion audit line ``audit_id`` belongs to.

    Raises:
        PermissionDenied: a signed-in role other than administrator.
        RestoreRefused: nobody signed in, no reason, not a deletion, a row the log does
            not hold completely (workers, users), a parent that is gone, or a unique key a
            newer row has taken; nothing is written.
    """
    require(by, Action.RESTORE)  # a signed-in role that may not: PermissionDenied
    if not may_restore(by):
        raise RestoreRefused("Alleen een beheerder kan een verwijderd record herstellen.")
    try:
        reason = check_reason(reason)
    except InputRejected as error:
        raise RestoreRefused(error.message) from None
    try:
        with transaction(sessions) as session:
            session.info["reason"] = f"{REASON_PREFIX}: {reason}"[:500]
            deletion = find_deletion(session, audit_id)
            rows = restore(session, deletion)
    except NotRestorable as refusal:
        raise RestoreRefused(str(refusal)) from None
    name, title = deletion.row.name, deletion.row.title
    when = f"{display.date_nl(deletion.at.date())} {deletion.at:%H:%M}"
    extra = f" met {len(rows) - 1} bijbehorende regels" if len(rows) > 1 else ""
    message = (
        f"{title}{extra}, verwijderd door {deletion.user} op {when}, is hersteld; "
        "het herstel staat in het auditlog."
    )
    return Restored(name, len(rows), message)
