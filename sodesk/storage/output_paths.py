"""Whether sodesk may write a file at a path the user chose (a report, a backup).

Why: an output path is typed by a person, and a slip must not cost the data. Writing a report
or a backup replaces the file under its name; named after the live SQLite database (or its
-wal, -shm or -journal file) that would replace the database itself, and named after a device
(``/dev/full``), a pipe or a folder it would replace something that is not a document at all.
So a path is accepted only when it is a regular file or a new name in a folder that exists,
and never one of the database's own files, compared after resolving symbolic links and by
identity of the file (a hard link to the database is the database). One function decides, for
the command line and the window alike.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy.engine import URL

#: the files SQLite keeps beside a database: the write-ahead log, its index, the rollback journal
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputRefused(ValueError):
    """The path cannot take the output; the message (Dutch) names the path and why."""


def database_files(url: URL | None) -> list[Path]:
    """The live SQLite database of ``url`` and its companion files (none for PostgreSQL).

    Both the name as given and the name with symbolic links resolved are listed: SQLite names
    its -wal and -shm files after the real file.
    """
    if url is None or url.get_backend_name() != "sqlite":
        return []
    if not url.database or url.database == ":memory:":
        return []
    given = Path(url.database).absolute()
    bases = dict.fromkeys([given, given.resolve()])
    return [base.with_name(base.name + suffix) for base in bases for suffix in SQLITE_COMPANIONS]


def _same_name(a: Path, b: Path) -> bool:
    return os.path.normcase(str(a)) == os.path.normcase(str(b))


def _is_protected(path: Path, protected: Iterable[Path]) -> bool:
    """True when ``path`` names, or is the same file as, one of ``protected``."""
    target = path.parent.resolve() / path.name
    for candidate in protected:
        if _same_name(target, candidate.parent.resolve() / candidate.name):
            return True
        try:
            if os.path.samefile(path, candidate):
                return True
        except OSError:  # one of the two does not exist: not the same file
            continue
    return False


def check_output_path(path: Path, protected: Sequence[Path] = ()) -> Path:
    """``path`` if sodesk may write it, else :class:`OutputRefused` with the reason.

    Accepted: an existing regular file, or a new name in an existing folder. Refused: any of
    ``protected`` (the live database's files, see :func:`database_files`) under any name that
    leads to it, a folder, a device, a pipe or socket, a link that points nowhere, and a path
    whose folder does not exist (sodesk does not make folders on a typing error).
    """
    path = Path(path)
    if not path.name or path.name in (".", ".."):
        raise OutputRefused(f"{path}: geen bestandsnaam")
    if _is_protected(path, protected):
        raise OutputRefused(
            f"{path}: dit is de database die sodesk nu gebruikt (of een van haar bestanden); "
            "kies een andere bestandsnaam."
        )
    try:
        found = path.stat()
    except FileNotFoundError:
        found = None
    except OSError as error:  # a folder in the path that is a file, a permission problem
        raise OutputRefused(f"{path}: kan niet worden geschreven ({error.strerror})") from None
    if found is not None:
        if not stat.S_ISREG(found.st_mode):
            raise OutputRefused(
                f"{path}: is geen gewoon bestand (een map, apparaat of pipe); kies een "
                "bestandsnaam."
            )
        return path
    if path.is_symlink():
        raise OutputRefused(f"{path}: is een koppeling naar een bestand dat niet bestaat")
    if not path.parent.is_dir():
        raise OutputRefused(f"{path}: de map {path.parent} bestaat niet")
    return path
