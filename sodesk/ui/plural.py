"""One or many: the window says "1 medewerker" and "3 medewerkers", never "1 medewerkers".

Both forms are whole translated phrases (``self.tr("%1 worker")``, ``self.tr("%1
workers")``), so each language words its own singular; the number goes in at %1.
"""

from __future__ import annotations


def counted(n: int, one: str, many: str) -> str:
    """``one`` for exactly one, else ``many``, with the number in place of %1."""
    return (one if n == 1 else many).replace("%1", str(n))
