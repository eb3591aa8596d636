"""Moves a row's version on for a change the row itself does not show.

A rate or an entry of an activity, an employment or placement of a worker, the years of a
municipality: changing one is a change of the row it belongs to, so two desks saving at once
cannot both get through. The UPDATE matches the version the editor read; when it matches no
row, someone else saved first.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session

from sodesk.storage import tables as t

Versioned = t.ActivityRow | t.WorkerRow | t.MunicipalityRow


def bump_version(
    session: Session,
    row_class: type[Versioned],
    row_id: int,
    version: int,
    *,
    in_session: bool = False,
) -> bool:
    """Version ``version`` of the row becomes ``version + 1``; False when it was not that.

    ``in_session`` also moves the version of the row object the session holds, for a caller
    that goes on to change that object through the ORM (whose UPDATE checks the version).
    """
    result = session.execute(
        update(row_class)
        .where(row_class.id == row_id, row_class.version == version)
        .values(version=version + 1)
        .execution_options(synchronize_session="auto" if in_session else False)
    )
    return cast(CursorResult[Any], result).rowcount == 1
