"""``sodesk screenshots DIR``: every page of the window, offscreen at 1366x768, as PNG files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer


def wait_until_loaded(page, timeout_ms: int = 120_000) -> None:  # type: ignore[no-untyped-def]
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


def save_screenshots(database_url: str | None, folder: Path, language: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sodesk.services.workspace import open_workspace
    from sodesk.ui.app import make_application
    from sodesk.ui.main_window import MainWindow

    make_application(language=language)
    workspace = open_workspace(database_url)
    window = MainWindow(workspace)
    window.resize(1366, 768)
    window.show()
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
    workspace.close()
    return 0
