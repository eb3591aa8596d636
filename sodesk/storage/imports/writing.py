"""Writes typed rows with one upsert per file: a row whose natural key is stored replaces it.

Rows are sent in chunks, so a generator of a million rows never exists as one list. On SQLite
the import's connection gets a larger page cache while it writes: the hours table has three
indexes, and with SQLite's default 2 MB cache a large import spends most of its time
re-reading index pages.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Table, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

CHUNK = 5000
SQLITE_CACHE_KIB = 256 * 1024  # 256 MB of page cache while importing
SQLITE_DEFAULT_CACHE_KIB = 2000  # SQLite's own default


def restore_cache(session: Session) -> None:
    """Gives a pooled SQLite connection its default page cache back after an import."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = -{SQLITE_DEFAULT_CACHE_KIB}"))


def upsert(
    session: Session,
    table: Table,
    rows: Iterable[dict[str, Any]],
    keys: Sequence[str],
    *,
    columns: Sequence[str] | None = None,
    keep: Collection[str] = (),
) -> None:
    """Insert rows; where the natural key exists, replace the other columns (and bump version).

    ``keep`` names columns a stored row keeps: the file left them out, and a column left out
    never empties what is stored (INTERFACES.md). A new row still gets the value in its dict.

    Args:
        session: the import's session (its transaction).
        table: the table to write.
        rows: one dict per row, all with the same columns.
        keys: the natural key (a unique constraint of the table).
        columns: the columns of every row; by default those of the first row.
        keep: columns not replaced where the key exists.
    """
    iterator = iter(rows)
    first = list(islice(iterator, CHUNK))
    if not first:
        return
    dialect = session.get_bind().dialect.name
    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
    statement = insert(table)
    names = list(columns) if columns is not None else list(first[0])
    changed: dict[str, ColumnElement[Any]] = {
        c: statement.excluded[c] for c in names if c not in keys and c not in keep
    }
    if "version" in table.c:
        changed["version"] = table.c.version + 1
    if changed:
        statement = statement.on_conflict_do_update(index_elements=list(keys), set_=changed)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(keys))
    if dialect == "sqlite" and len(first) == CHUNK:
        session.execute(text(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}"))
    chunk = first
    while chunk:
        session.execute(statement, chunk)
        chunk = list(islice(iterator, CHUNK))
