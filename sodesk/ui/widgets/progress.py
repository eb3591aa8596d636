"""The progress dialog of a long step the user may cancel (a report, an import).

Window-modal, shown at once, without an end (the step says no fraction), and open until the
step ends: it neither closes nor resets by itself when the bar would be full.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def open_progress(
    parent: QWidget, title: str, text: str, cancel_text: str, cancel: Callable[[], None]
) -> QProgressDialog:
    """Show the dialog over ``parent``; its Cancel button calls ``cancel``."""
    progress = QProgressDialog(text, cancel_text, 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(cancel)
    progress.show()
    return progress


def close_progress(progress: QProgressDialog | None, cancel: Callable[[], None]) -> None:
    """Close the dialog (None: none is open) without calling ``cancel``."""
    if progress is not None:
        progress.canceled.disconnect(cancel)
        progress.close()
        progress.deleteLater()
