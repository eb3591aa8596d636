"""Saving what hangs under an activity (its rates, its revenue and purchase entries) against
what the user saw: the activity's version is the lock both share.

The version goes up in the statement that checks it, so of two desks saving at once only one
gets through; the other is told to refresh, in words that name what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from sodesk.services.errors import InputRejected, rejected
from sodesk.storage import tables as t
from sodesk.storage.versions import bump_version


class Seen(Protocol):
    """What the user saw: at least the activity's version."""

    @property
    def activity_version(self) -> int: ...


class Current(Protocol):
    """What is stored now, with the snapshot it would give."""

    @property
    def snapshot(self) -> object: ...


C = TypeVar("C", bound=Current)


def stale_rejection(subject: str, items: str) -> InputRejected:
    """Refusal of a save whose ``subject`` ("De tarieven van X") changed meanwhile; the user
    is asked to look at the ``items`` again."""
    return rejected(
        "version",
        f"{subject} zijn intussen door iemand anders gewijzigd. Uw wijziging is niet "
        f"opgeslagen: ververs (F5), bekijk de {items} en voer uw wijziging opnieuw in.",
    )


def lock_activity(
    session: Session,
    activity_id: int,
    snapshot: Seen,
    field: str,
    read: Callable[[t.ActivityRow], C],
    stale: Callable[[str], InputRejected],
) -> C:
    """What ``read`` finds under the activity now; refused (``field`` when the activity is
    gone, ``stale`` of its code when anything differs from ``snapshot``)."""
    activity = session.get(t.ActivityRow, activity_id)
    if activity is None:
        raise rejected(field, "Deze activiteit bestaat niet meer.")
    current = read(activity)
    if current.snapshot != snapshot:
        raise stale(activity.code)
    if not bump_version(session, t.ActivityRow, activity_id, snapshot.activity_version):
        raise stale(activity.code)
    return current
