"""Where sodesk writes its log: a rotating file in the user's log folder (platformdirs).

Unexpected errors (bugs) go there with their traceback, so a user can send the file; what a
user can mend (bad input, a database that cannot be reached) is told on screen instead.
"""

from __future__ import annotations

import logging
import logging.handlers
from io import TextIOWrapper
from pathlib import Path

from platformdirs import user_log_path

LOGGER = "sodesk"
_configured: Path | None = None


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose every new file is readable by its owner only (mode 600).

    The log holds tracebacks of errors with the data they were about; the standard handler
    creates each file after a rotation with the process's umask (typically 644).
    """

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        Path(self.baseFilename).chmod(0o600)
        return stream


def log_file() -> Path:
    return user_log_path("sodesk", appauthor=False) / "sodesk.log"


def setup_logging(path: Path | None = None) -> Path:
    """Send sodesk's log to a rotating file (1 MB, five old files kept); idempotent."""
    global _configured
    path = path or log_file()
    if _configured == path:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateRotatingFile(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _configured = path
    return path


def log_unexpected(error: BaseException) -> Path:
    """Write an unexpected error with its traceback; returns the file it went to."""
    path = setup_logging()
    logging.getLogger(LOGGER).error("onverwachte fout", exc_info=error)
    return path
