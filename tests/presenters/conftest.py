"""The presenters' tests run on MARCH_2025 (tests/factories.py) in a real SQLite file: what a
presenter saves goes through the services and is read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.services.workspace import Workspace, open_workspace
from tests.factories import MARCH_2025, write_folder


@pytest.fixture
def march(sqlite_url: str, tmp_path: Path) -> Iterator[Workspace]:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", sqlite_url, "import", str(folder)]) == 0
    workspace = open_workspace(sqlite_url, user="controller.jan")
    yield workspace
    workspace.close()
