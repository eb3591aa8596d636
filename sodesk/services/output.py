"""Writing a report or a backup to a file the user named, from the window or the shell.

Why one module: the command line (``report --out``, ``backup FILE``) and the desktop's save
dialogs must refuse the same paths (the live database and its files, devices, folders, a
folder that does not exist) and turn the same failures (no permission, a full disk) into a
message instead of a crash. The decision is :func:`sodesk.storage.output_paths.check_output_path`;
this module gives it the open database's files.
"""

from __future__ import annotations

from pathlib import Path

from sodesk.reports.files import write_atomically
from sodesk.services.workspace import Workspace
from sodesk.storage.backup import backup
from sodesk.storage.output_paths import OutputRefused, check_output_path, database_files

__all__ = ["OutputRefused", "check_output", "write_backup", "write_output"]


def check_output(workspace: Workspace, path: Path) -> Path:
    """``path`` if a report or backup may be written there, else :class:`OutputRefused`."""
    return check_output_path(Path(path), database_files(workspace.url))


def write_output(workspace: Workspace, path: Path, data: bytes) -> None:
    """Write ``data`` atomically to ``path`` after the check; a failed write is refused.

    Raises:
        OutputRefused: the path is not acceptable, or writing failed (no permission, a full
            disk); an existing file under that name is then left as it was.
    """
    path = check_output(workspace, path)
    try:
        write_atomically(path, data)
    except OSError as error:
        raise OutputRefused(
            f"{path}: kan niet worden geschreven ({error.strerror or error})"
        ) from None


def write_backup(workspace: Workspace, path: Path) -> dict[str, int]:
    """A backup of the open database at ``path`` (checked like a report); rows per table."""
    return backup(workspace.engine, check_output(workspace, path))
