"""The look: two palettes with readable text, following the system; the navigation grouped
by work with its icons; the same page header and tiles everywhere; screenshots per palette."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from sodesk.services.workspace import Workspace
from sodesk.ui import icons, style
from sodesk.ui.main_window import MainWindow
from sodesk.ui.navigation import GROUP_ROLE
from sodesk.ui.page_registry import PAGES
from sodesk.ui.screenshots import wait_until_loaded
from sodesk.ui.widgets.overview_tiles import Tile


def _luminance(colour: str) -> float:
    """Relative luminance after WCAG 2.1 (sRGB)."""
    c = QColor(colour)

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_known_pairs() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just too light
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


#: every text colour the window uses, on every background it is drawn on
TEXTS = ("text", "muted", "accent", "loss", "warning", "ok", "link", "placeholder")
BACKGROUNDS = ("window", "base", "alternate", "surface", "button", "shaded", "changed", "note")


@pytest.mark.parametrize("scheme", style.SCHEMES)
def test_every_text_colour_has_contrast_of_at_least_4_5_to_1(scheme: str) -> None:
    c = style.colours(scheme)
    low = [
        f"{text} on {background}: {contrast(getattr(c, text), getattr(c, background)):.2f}"
        for text in TEXTS
        for background in BACKGROUNDS
        if contrast(getattr(c, text), getattr(c, background)) < 4.5
    ]
    assert low == []
    assert contrast(c.highlight_text, c.highlight) >= 4.5  # selected rows and navigation
    # the focus ring and borders of controls stand out from what they sit on (WCAG 1.4.11)
    assert contrast(c.highlight, c.window) >= 3 and contrast(c.highlight, c.base) >= 3


@pytest.mark.parametrize("scheme", style.SCHEMES)
def test_the_installed_palette_is_the_tested_one(dutch_app: QApplication, scheme: str) -> None:
    style.install(dutch_app, scheme)
    try:
        c = style.colours(scheme)
        palette = dutch_app.palette()
        pairs = {
            QPalette.ColorRole.WindowText: QPalette.ColorRole.Window,
            QPalette.ColorRole.Text: QPalette.ColorRole.Base,
            QPalette.ColorRole.ButtonText: QPalette.ColorRole.Button,
            QPalette.ColorRole.HighlightedText: QPalette.ColorRole.Highlight,
            QPalette.ColorRole.ToolTipText: QPalette.ColorRole.ToolTipBase,
            QPalette.ColorRole.PlaceholderText: QPalette.ColorRole.Base,
        }
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for text, background in pairs.items():
                ratio = contrast(
                    palette.color(group, text).name(), palette.color(group, background).name()
                )
                assert ratio >= 4.5, (scheme, group, text, background, ratio)
        assert palette.color(QPalette.ColorRole.Window).name() == c.window
        assert c.loss in dutch_app.styleSheet() and c.accent in dutch_app.styleSheet()
    finally:
        style.install(dutch_app, style.LIGHT_NAME)


def test_the_look_follows_the_system_scheme(
    dutch_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offscreen platform cannot switch its scheme, so the system's answer is set here
    and the system's signal sent as a desktop sends it when the user switches."""
    hints = QGuiApplication.styleHints()
    look = style.Look(dutch_app, None)  # follows the system, as the application does
    try:
        monkeypatch.setattr(style, "system_scheme", lambda: style.DARK_NAME)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert look.scheme == style.DARK_NAME
        assert dutch_app.palette().color(QPalette.ColorRole.Window).name() == style.DARK.window
        assert style.DARK.loss in dutch_app.styleSheet()
        monkeypatch.setattr(style, "system_scheme", lambda: style.LIGHT_NAME)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert look.scheme == style.LIGHT_NAME
        assert dutch_app.palette().color(QPalette.ColorRole.Window).name() == style.LIGHT.window
    finally:
        hints.colorSchemeChanged.disconnect(look._system_changed)
        style.install(dutch_app, style.LIGHT_NAME)
    fixed = style.Look(dutch_app, style.DARK_NAME)  # screenshots ask for one palette
    try:
        assert fixed.scheme == style.DARK_NAME
    finally:
        style.install(dutch_app, style.LIGHT_NAME)


def test_every_page_has_an_svg_icon_that_stays_sharp(dutch_app: QApplication) -> None:
    assert {spec.key for spec in PAGES} <= set(icons.names())
    licence = (icons.ICONS / "LICENSE.md").read_text()
    assert "drawn by hand for sodesk" in licence
    for spec in PAGES:
        icon = icons.icon(spec.key)
        small = icon.pixmap(16, 16).toImage()
        large = icon.pixmap(40, 40).toImage()  # 20 px at 200 %
        assert large.width() == 40, spec.key  # drawn at that size, not scaled up
        inked_small = sum(
            small.pixelColor(x, y).alpha() > 0 for x in range(16) for y in range(16)
        )
        inked_large = sum(
            large.pixelColor(x, y).alpha() > 0 for x in range(40) for y in range(40)
        )
        assert inked_small > 20 and inked_large > 4 * inked_small * 0.8, spec.key
        # drawn in the text colour of the palette
        colours = {
            large.pixelColor(x, y).name()
            for x in range(40)
            for y in range(40)
            if large.pixelColor(x, y).alpha() == 255
        }
        assert colours == {style.current().text}, spec.key


def test_the_navigation_groups_the_pages_by_work(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    navigation = window.navigation
    groups = [navigation.item(r).data(GROUP_ROLE) for r in range(navigation.count())]
    assert [g for g in groups if g] == ["Dagelijks werk", "Geld", "Gemeenten", "Beheer"]
    assert groups[0] == "Dagelijks werk" and groups[4] == "Geld" and groups[8] == "Beheer"
    for row in range(navigation.count()):
        assert not navigation.item(row).icon().isNull()
    # the group captions make the first rows of a group taller; Dutch titles are not cut
    first, second = navigation.visualItemRect(navigation.item(0)), navigation.visualItemRect(
        navigation.item(1)
    )
    assert first.height() > second.height()
    metrics = navigation.fontMetrics()
    widest = max(metrics.horizontalAdvance(navigation.item(r).text()) for r in range(9))
    assert navigation.viewport().width() > widest + navigation.iconSize().width()


def test_every_page_header_and_tile_has_the_one_style(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for page in window.pages:
        labels = page.findChildren(QLabel)
        headings = [label for label in labels if label.objectName() == "pageHeading"]
        assert [h.text() for h in headings] == [page.title()], page.key
        assert headings[0].styleSheet() == ""  # the style sheet decides, per palette
    overview = window.show_page("overview")
    wait_until_loaded(overview)
    tiles = overview.findChildren(Tile)
    assert len(tiles) == 4
    for tile in tiles:
        assert tile.objectName() == "tile" and tile.value.styleSheet() == ""
        assert tile.accessibleName().startswith(tile.caption.text() + ": ")
    result = overview.result_tile  # type: ignore[attr-defined]
    assert result.is_negative() is result.value.text().startswith("€ -")
    shown = result.value.grab().toImage()
    inks = {
        shown.pixelColor(x, y).name()
        for x in range(shown.width())
        for y in range(shown.height())
    }
    colour = style.current().loss if result.is_negative() else style.current().accent
    assert colour in inks


@pytest.mark.slow
def test_screenshots_in_the_dark_palette_and_a_large_size(
    demo_template: Path, tmp_path: Path
) -> None:
    database = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, database)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "sodesk",
            "--database",
            f"sqlite:///{database}",
            "screenshots",
            str(tmp_path / "shots"),
            "--palette",
            "dark",
            "--size",
            "1920x1080",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    files = sorted((tmp_path / "shots").glob("*.png"))
    assert [f.name for f in files][:3] == ["01-overview.png", "02-workers.png", "03-hours.png"]
    assert len(files) == 9
    image = QImage(str(files[0]))
    assert (image.width(), image.height()) == (1920, 1080)
    # the window background is the dark palette's
    assert image.pixelColor(1910, 1000).name() == style.DARK.window
    bad = subprocess.run(
        [sys.executable, "-m", "sodesk", "screenshots", str(tmp_path), "--size", "big"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "venstergrootte" in bad.stderr


def test_charts_take_the_new_palette_when_the_system_switches(
    dutch_app: QApplication, qtbot: QtBot
) -> None:
    """A chart is drawn with the brushes it was given, so a switch to dark while the window
    is open must dress it again (background, text and the profit and loss bars)."""
    from sodesk.ui.widgets.activity_months import MonthChart
    from sodesk.ui.widgets.overview_chart import WorkTypeChart
    from sodesk.ui.widgets.wage_value_chart import WageValueChart

    style.install(dutch_app, style.LIGHT_NAME)
    views = [WorkTypeChart(), MonthChart(), WageValueChart()]
    for view in views:
        qtbot.addWidget(view)
    try:
        for scheme, c in ((style.DARK_NAME, style.DARK), (style.LIGHT_NAME, style.LIGHT)):
            style.install(dutch_app, scheme)
            QApplication.processEvents()
            for view in views:
                chart = view.chart()
                assert chart.backgroundBrush().color().name() == c.surface, (scheme, view)
                assert chart.titleBrush().color().name() == c.text, (scheme, view)
            for bars in (views[0], views[1]):
                assert bars.profit.color().name() == c.accent, scheme
                assert bars.loss.color().name() == c.loss, scheme
    finally:
        style.install(dutch_app, style.LIGHT_NAME)
