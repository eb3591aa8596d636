"""``sodesk screenshots`` leaves the user's desk settings (window size) as they were."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from sodesk.ui.screenshots import save_screenshots


def test_screenshots_do_not_overwrite_the_saved_window_size(
    dutch_app: QApplication, demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    small = QMainWindow()
    small.resize(1017, 631)
    saved = small.saveGeometry()
    small.deleteLater()
    QSettings().setValue("window/geometry", saved)
    database = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, database)

    assert save_screenshots(f"sqlite:///{database}", tmp_path / "shots", "nl") == 0

    pictures = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert "01-overview.png" in pictures and len(pictures) >= 8
    assert dutch_app.applicationName() == "sodesk"
    after = QSettings().value("window/geometry")
    assert isinstance(after, QByteArray) and after == saved
