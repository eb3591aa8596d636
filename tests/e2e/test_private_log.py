"""The log holds tracebacks with the data they were about: every file of it is private."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from sodesk.services import logs


def test_the_log_and_every_file_after_a_rotation_are_readable_by_the_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "_configured", None)  # set up again, and forgotten afterwards
    path = logs.setup_logging(tmp_path / "log" / "sodesk.log")
    logger = logging.getLogger(logs.LOGGER)
    try:
        for _ in range(3):  # 1 MB per file: three rotations
            logger.info("x" * 1_000_100)
        files = sorted(path.parent.iterdir())
        assert [f.name for f in files] == [
            "sodesk.log",
            "sodesk.log.1",
            "sodesk.log.2",
            "sodesk.log.3",
        ]
        assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {
            f.name: 0o600 for f in files
        }
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
