"""The desktop tests: a real window on the offscreen platform, in Dutch, on demo data."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session")
def dutch_app(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """The application object with sodesk's names and the Dutch translation; private settings."""
    from sodesk.ui.app import make_application

    settings = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    return make_application(language="nl")


@pytest.fixture(autouse=True)
def _collect_widgets_on_the_main_thread() -> Iterator[None]:
    """Collect the test's garbage here, on the UI thread.

    Windows and pages sit in reference cycles (signal lambdas); left to the cyclic garbage
    collector they may be destroyed in a pool thread of a later test's job, and a QWidget
    destroyed off the UI thread crashes the interpreter.
    """
    yield
    gc.collect()
