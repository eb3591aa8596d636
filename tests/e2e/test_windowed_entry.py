"""The bundle's entry point (main.py) runs without a console, as the Windows sodesk.exe does."""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def test_without_console_streams_version_and_a_command_still_end_normally(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for argv, code in (
        ["--version"],
        0,
    ), (["--database", f"sqlite:///{tmp_path / 'x.sqlite3'}", "report", "activities"], 2):
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(sys, "stderr", None)
        monkeypatch.setattr(sys, "argv", [str(MAIN), *argv])
        with pytest.raises(SystemExit) as ended:
            runpy.run_path(str(MAIN), run_name="__main__")
        assert ended.value.code == code
        assert sys.stdout is not None and sys.stderr is not None
        assert sys.stdout.name == sys.stderr.name == os.devnull
        sys.stdout.close()
        sys.stderr.close()
        monkeypatch.undo()
