"""What a window says about a step (a report, an import) that ended in an error.

A problem the user can mend gets its plain words (sodesk.ui.crash.known_problem); anything
else is a bug, logged with its traceback, and the message names its kind and the log file so
the user can send it. The step's own window shows the text beside the form, not as a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sodesk.services.logs import log_unexpected
from sodesk.ui.crash import known_problem


def problem_text(error: BaseException) -> str:
    """The message for ``error``; an unexpected one is written to the log first."""
    known = known_problem(error)
    if known is not None:
        return known
    path = log_unexpected(error)
    unexpected = QCoreApplication.translate(
        "ProblemText", "Unexpected error (%1: %2); the details are in %3."
    )
    return (
        unexpected.replace("%1", type(error).__name__)
        .replace("%2", str(error))
        .replace("%3", str(path))
    )
