"""Results the report process already computed, kept while the SQLite file is unchanged.

Why ``PRAGMA data_version``: on one long-lived connection its value changes whenever any
*other* connection committed to the database file (another process, or the desktop's own
engine), and never because of this connection (which only reads). So a result computed
while the value was V is still right as long as the value is V. The version is read before
the computation starts: a save that lands during the computation moves the value on, and
the result is then never served again.

PostgreSQL has no such cheap, exact signal for "anything committed anywhere", so nothing is
kept for it (every request computes).
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

from sqlalchemy.engine import URL

KEPT = 16
"""How many results are kept (the least recently used goes first)."""


class DataVersion:
    """``PRAGMA data_version`` of one SQLite file, on a connection of its own."""

    def __init__(self, path: str) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    def current(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self._connection.close()


def data_version_for(url: URL) -> DataVersion | None:
    """A watcher for a SQLite file; None for PostgreSQL and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return DataVersion(url.database)


class ResultCache:
    """Results by request key, each with the data version it was computed under."""

    def __init__(self, version: DataVersion | None, kept: int = KEPT) -> None:
        self._version = version
        self._kept = kept
        self._results: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()

    def version(self) -> int | None:
        """The version now (read it before computing); None: nothing can be kept."""
        return None if self._version is None else self._version.current()

    def get(self, key: Hashable) -> Any:
        found = self._results.get(key)
        if found is None or self._version is None:
            return None
        if found[0] != self._version.current():
            del self._results[key]
            return None
        self._results.move_to_end(key)
        return found[1]

    def put(self, key: Hashable, version: int | None, payload: Any) -> None:
        if version is None:
            return
        self._results[key] = (version, payload)
        self._results.move_to_end(key)
        while len(self._results) > self._kept:
            self._results.popitem(last=False)

    def close(self) -> None:
        self._results.clear()
        if self._version is not None:
            self._version.close()
