"""The page base every page of the window stands on: its jobs, the unsaved-changes question
and the municipality chooser, on a real page with real jobs and a real message box."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sodesk.domain.period import Period
from sodesk.services.overview import MunicipalityChoice
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.ui.jobs import JobRunner
from sodesk.ui.pages.base import CANCEL, DISCARD, SAVE, Context, Page, ask_save_discard
from sodesk.ui.pages.parts import MunicipalityChooser


class _Page(Page):
    key = "overview"  # any registered key: the title comes from the registry


@pytest.fixture
def context(sqlite_url: str) -> Iterator[Context]:
    workspace: Workspace = open_workspace(sqlite_url)
    try:
        yield Context(workspace, JobRunner(), Period.year(2025))
    finally:
        workspace.close()


def test_only_the_newest_job_of_a_slot_reaches_the_page(
    dutch_app: QApplication, qtbot: QtBot, context: Context
) -> None:
    page = _Page(context)
    qtbot.addWidget(page)
    assert page.title() == "Overzicht"
    release = threading.Event()
    results: list[str] = []
    failures: list[str] = []

    def slow(_progress, _cancelled) -> str:  # type: ignore[no-untyped-def]
        release.wait(10)
        return "old"

    first = page.start_job("_job", slow, results.append, failures.append)
    second = page.start_job("_job", lambda _p, _c: "new", results.append, failures.append)
    assert first.cancelled  # the newer request cancels the older
    qtbot.waitUntil(lambda: results == ["new"], timeout=10_000)
    assert page._job is None and not page.is_busy()
    release.set()
    qtbot.wait(200)  # the older job ends too: its answer is dropped
    assert results == ["new"] and failures == []
    assert not second.cancelled

    def broken(_progress, _cancelled) -> str:  # type: ignore[no-untyped-def]
        raise ValueError("kapot")

    page.start_job("_job", broken, results.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert "kapot" in failures[0] and page._job is None and results == ["new"]


@pytest.mark.parametrize(
    ("answer", "saved", "left", "discarded"),
    [
        (SAVE, True, True, 0),
        (SAVE, False, False, 0),
        (DISCARD, True, True, 1),
        (CANCEL, True, False, 0),
    ],
)
def test_the_unsaved_changes_question_leaves_only_when_nothing_is_lost(
    dutch_app: QApplication,
    qtbot: QtBot,
    context: Context,
    answer: str,
    saved: bool,
    left: bool,
    discarded: int,
) -> None:
    page = _Page(context)
    qtbot.addWidget(page)
    asked: list[bool] = []
    discards: list[bool] = []

    def ask() -> str:
        asked.append(True)
        return answer

    assert page.leave_unsaved(False, lambda: saved, lambda: discards.append(True), ask)
    assert asked == []  # nothing unsaved: no question
    assert page.leave_unsaved(True, lambda: saved, lambda: discards.append(True), ask) is left
    assert asked == [True] and len(discards) == discarded


def test_the_question_has_dutch_save_discard_and_cancel(
    dutch_app: QApplication, qtbot: QtBot, context: Context
) -> None:
    page = _Page(context)
    qtbot.addWidget(page)
    seen: list[tuple[str, str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.windowTitle(), box.text(), sorted(b.text() for b in box.buttons())))
        (discard,) = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ]
        discard.click()

    QTimer.singleShot(0, answer)
    assert ask_save_discard(page, "Niet opgeslagen uren", "Opslaan?") == DISCARD
    assert seen == [("Niet opgeslagen uren", "Opslaan?", ["Annuleren", "Opslaan", "Weggooien"])]


def test_the_municipality_chooser_holds_the_context_for_every_page(
    dutch_app: QApplication, qtbot: QtBot, context: Context
) -> None:
    context.municipality = "GM0002"
    chooser = MunicipalityChooser(context)
    qtbot.addWidget(chooser)
    assert chooser.itemText(0) == "Alle gemeenten" and chooser.code() is None
    choices = [MunicipalityChoice("GM0001", "Lindenhout"), MunicipalityChoice("GM0002", "Aa")]
    with qtbot.assertNotEmitted(chooser.chosen):
        chooser.set_choices(choices)  # filling is no choice of the user's
    assert [chooser.itemText(i) for i in range(3)] == [
        "Alle gemeenten",
        "Lindenhout (GM0001)",
        "Aa (GM0002)",
    ]
    assert chooser.code() == "GM0002"  # the one chosen on another page

    with qtbot.waitSignal(chooser.chosen):
        chooser.setCurrentIndex(1)
    assert context.municipality == "GM0001"
    context.municipality = None  # another page chose all of them
    chooser.sync()
    assert chooser.code() is None and chooser.count() == 3
    chooser.set_choices(choices[:1])  # a municipality gone: offered no more
    assert chooser.count() == 2
