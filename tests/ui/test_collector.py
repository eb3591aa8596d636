"""Cyclic garbage is collected on the UI thread, never in a job's worker thread (where the
destruction of a Qt object crashes the process)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


class _InACycle:
    finalised_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self  # only the cyclic collector can free it

    def __del__(self) -> None:
        _InACycle.finalised_on.append(threading.get_ident())


def test_garbage_made_anywhere_is_collected_on_the_ui_thread(
    dutch_app: QApplication, qtbot: QtBot
) -> None:
    assert not gc.isenabled()  # the application's collector does the collecting
    gc.collect()
    _InACycle.finalised_on.clear()
    _InACycle()  # garbage from now on

    kept: list[list[int]] = []

    def allocate() -> None:  # a job's worker: well past every threshold of the collector
        for i in range(50 * gc.get_threshold()[0]):
            kept.append([i])

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert _InACycle.finalised_on == []  # not collected in the worker
    qtbot.waitUntil(lambda: bool(_InACycle.finalised_on), timeout=10_000)
    assert _InACycle.finalised_on == [threading.get_ident()]
