"""``sodesk screenshots DIR``: every page of the window, offscreen, as PNG files.

1366x768 in the system's palette unless ``--size 1920x1080`` or ``--palette dark`` asks
otherwise, so every page can be looked at in the sizes and palettes desks have.

A database with users is signed in to (``--user``, as every command): the pages are the
signed-in role's and the status bar names them; a database without users shows every page.

The window keeps its desk settings (size, last coach, last user) under the application's
name; screenshots run under a name of their own, so taking them leaves the user's next start
as it was.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

#: the QSettings application name while screenshots are taken (not the user's desk settings)
SETTINGS_NAME = "sodesk-screenshots"

if TYPE_CHECKING:
    from sodesk.services.users import SignedIn
    from sodesk.services.workspace import Workspace
    from sodesk.ui.main_window import MainWindow
    from sodesk.ui.pages.base import Page


def wait_until_loaded(page: Page, timeout_ms: int = 120_000) -> None:
    """Run the event loop until the page says it has loaded (or the timeout passes).

    A loop on ``processEvents(flags, maxtime)`` is no alternative: in PySide6 6.12 each call
    drops a reference to None, and thousands of calls crash the interpreter.
    """
    if not page.is_busy():
        return
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    page.loaded.disconnect(loop.quit)


#: the window's size unless asked otherwise (the smallest common laptop screen)
DEFAULT_SIZE = (1366, 768)


def screenshot_window(
    workspace: Workspace, who: SignedIn | None, size: tuple[int, int] = DEFAULT_SIZE
) -> MainWindow:
    """The window as ``who`` sees it (every page without users), shown at ``size``."""
    from sodesk.ui.main_window import MainWindow

    window = MainWindow(workspace, who)
    window.resize(*size)
    window.show()
    return window


def save_screenshots(
    database_url: str | None,
    folder: Path,
    language: str,
    *,
    user: str | None = None,
    password_stdin: bool = False,
    size: tuple[int, int] = DEFAULT_SIZE,
    palette: str | None = None,
) -> int:
    """Save every page the user may see.

    Raises:
        commands.BadInput: a database with users and no (or a failed) sign-in.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sodesk.services.commands import sign_in_for
    from sodesk.services.workspace import open_workspace
    from sodesk.ui.app import make_application

    workspace = open_workspace(database_url)
    try:
        who = sign_in_for(workspace, user, password_stdin)
    except Exception:
        workspace.close()
        raise
    app = make_application(language=language, scheme=palette)
    own_name = app.applicationName()
    app.setApplicationName(SETTINGS_NAME)
    try:
        window = screenshot_window(workspace, who, size)
        folder.mkdir(parents=True, exist_ok=True)
        for index, page in enumerate(window.pages):
            window.show_page(page.key)
            wait_until_loaded(page)
            QCoreApplication.processEvents()
            path = folder / f"{index + 1:02d}-{page.key}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            print(path)
        window.close()
    finally:
        app.setApplicationName(own_name)
        workspace.close()
    return 0
