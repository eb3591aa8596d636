"""The look of the window: one light and one dark palette, and the style sheet built on them.

The palette follows the system (QStyleHints.colorScheme, Qt 6.5+) unless a scheme is asked
for (screenshots, tests). Fusion draws every control from the palette on every platform, so
the colours below are exactly what the user sees, and their contrast is tested
(tests/ui/test_look.py: text at least 4.5:1 against every background it is drawn on).

Widgets do not write colours of their own: a label that must stand out gets a *tone*
(``set_tone(label, "loss")``), and the style sheet gives each tone its colour for the palette
in use, so a change of the system's scheme recolours everything at once. Sizes are in points
or device-independent pixels, so the look scales with the display (100-200 %).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet, QChart, QChartView

LIGHT_NAME = "light"
DARK_NAME = "dark"
SCHEMES = (LIGHT_NAME, DARK_NAME)


@dataclass(frozen=True)
class Colours:
    """Every colour of one palette; ``*_text`` colours are drawn on ``window``/``base``."""

    window: str
    base: str
    alternate: str
    surface: str  # tiles and the navigation
    border: str
    text: str
    muted: str  # captions, hints, secondary lines
    accent: str  # key figures
    loss: str  # negative results (always with a minus sign as well)
    warning: str
    ok: str
    highlight: str  # selection and focus
    highlight_text: str
    button: str
    placeholder: str
    link: str
    shaded: str  # the background of a cell that cannot be edited (the text stays ``text``)
    changed: str  # the background of an edited, not yet saved cell or box
    note: str  # the background of a note of missing figures


LIGHT = Colours(
    window="#f3f5f7",
    base="#ffffff",
    alternate="#f0f3f6",
    surface="#ffffff",
    border="#c3ccd5",
    text="#1a1f24",
    muted="#4f5a66",
    accent="#1f4e79",
    loss="#a8001c",
    warning="#7a5600",
    ok="#1e6b34",
    highlight="#1f5fa8",
    highlight_text="#ffffff",
    button="#e9edf1",
    placeholder="#56616c",
    link="#1f5fa8",
    shaded="#e1e5e9",
    changed="#fff3c4",
    note="#fdecea",
)

DARK = Colours(
    window="#1d2126",
    base="#262b31",
    alternate="#2c3238",
    surface="#262b31",
    border="#4a535d",
    text="#e9ecef",
    muted="#b3bcc6",
    accent="#9cc6f0",
    loss="#ff8f8f",
    warning="#f0c75e",
    ok="#7fd49a",
    highlight="#3b74c0",
    highlight_text="#ffffff",
    button="#343a41",
    placeholder="#aeb6bf",
    link="#9cc6f0",
    shaded="#363c43",
    changed="#4b4118",
    note="#4a2428",
)

#: the tones a label may take (``set_tone``), each a field of ``Colours``
TONES = ("muted", "accent", "loss", "warning", "ok")


def colours(scheme: str) -> Colours:
    return DARK if scheme == DARK_NAME else LIGHT


def system_scheme() -> str:
    """``dark`` when the system asks for a dark look, else ``light``."""
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK_NAME
    return LIGHT_NAME


def palette(c: Colours) -> QPalette:
    """The QPalette of ``c``, the same for the active and the inactive window."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.placeholder,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.loss,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlight_text,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.LinkVisited: c.link,
        QPalette.ColorRole.Light: c.surface,
        QPalette.ColorRole.Midlight: c.alternate,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    # disabled text stays readable (3:1 is the minimum WCAG asks of nothing, but we keep it)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.placeholder))
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(c.highlight))
    p.setColor(
        QPalette.ColorGroup.Inactive,
        QPalette.ColorRole.HighlightedText,
        QColor(c.highlight_text),
    )
    return p


def style_sheet(c: Colours) -> str:
    """The few rules a palette cannot say: page headers, tiles, navigation, tones, focus."""
    tones = "\n".join(f'QLabel[tone="{t}"] {{ color: {getattr(c, t)}; }}' for t in TONES)
    return f"""
QLabel#pageHeading {{ font-size: 17pt; font-weight: 600; color: {c.text}; }}
QLabel#companyName {{ font-size: 12pt; font-weight: 600; color: {c.text}; }}
QFrame#tile {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px;
}}
QLabel#tileCaption {{ color: {c.muted}; font-weight: 600; }}
QLabel#tileValue {{ font-size: 16pt; font-weight: 700; color: {c.accent}; }}
QLabel#tileValue[tone="loss"] {{ color: {c.loss}; }}
QListWidget#navigation {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px; outline: 0;
}}
QListWidget#navigation:focus {{ border: 2px solid {c.highlight}; }}
QPushButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 4px; padding: 3px 8px; min-height: 1.3em;
}}
QPushButton:hover {{ background: {c.alternate}; }}
QPushButton:pressed, QPushButton:checked {{ background: {c.border}; }}
QPushButton:default {{ border-color: {c.highlight}; }}
QPushButton:disabled {{ color: {c.placeholder}; background: {c.window}; }}
QPushButton:focus {{ border: 2px solid {c.highlight}; padding: 2px 7px; }}
QTabBar::tab:focus {{ text-decoration: underline; }}
{tones}
"""


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Give ``widget`` one of TONES (None: the ordinary text colour) and repaint it."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone or "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def tone(widget: QWidget) -> str:
    return str(widget.property("tone") or "")


class Look(QObject):
    """Applies a scheme to the application and, when following the system, keeps up with it."""

    def __init__(self, app: QApplication, scheme: str | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.fixed = scheme
        app.setStyle(QStyleFactory.create("Fusion"))
        self.apply(scheme or system_scheme())
        if scheme is None:
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply(system_scheme())

    def apply(self, scheme: str) -> None:
        self.scheme = scheme
        self.colours = colours(scheme)
        self.app.setPalette(palette(self.colours))
        self.app.setStyleSheet(style_sheet(self.colours))


def install(app: QApplication, scheme: str | None = None) -> Look:
    """The look for ``app``: ``scheme`` light or dark, None to follow the system."""
    look = getattr(app, "_sodesk_look", None)
    if look is None:
        look = Look(app, scheme)
        app._sodesk_look = look  # type: ignore[attr-defined]  # one look per application
    elif scheme is not None:
        look.apply(scheme)
    return look


def current() -> Colours:
    """The colours in use (light before a look is installed)."""
    look = getattr(QApplication.instance(), "_sodesk_look", None)
    return look.colours if look is not None else LIGHT


def colour_names() -> list[str]:
    return [f.name for f in fields(Colours)]


def brush(name: str) -> QBrush:
    """A table model's brush for the colour ``name`` of the palette in use."""
    return QBrush(QColor(getattr(current(), name)))


def dress_chart(chart: QChart) -> None:
    """A chart in the palette's colours: its background, titles, labels, legend and grid."""
    c = current()
    text = QColor(c.text)
    chart.setBackgroundBrush(QBrush(QColor(c.surface)))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setGridLineColor(QColor(c.border))
        axis.setLinePenColor(QColor(c.border))


def _dress_bars(bars: dict[QBarSet, str]) -> None:
    c = current()
    for bar_set, name in bars.items():
        bar_set.setColor(QColor(getattr(c, name)))


class _Redress(QObject):
    """Dresses a chart again when the palette changes (the system switched to dark or back):
    a chart draws with the brushes it was given, not with the widget's palette."""

    def __init__(self, view: QChartView, bars: dict[QBarSet, str]) -> None:
        super().__init__(view)
        self.view, self.bars = view, bars

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            dress_chart(self.view.chart())
            _dress_bars(self.bars)
        return False


def keep_dressed(view: QChartView, bars: dict[QBarSet, str] | None = None) -> None:
    """Dress ``view``'s chart and its bar sets (colour names of :class:`Colours`) now and at
    every later change of palette."""
    bars = bars or {}
    dress_chart(view.chart())
    _dress_bars(bars)
    view.installEventFilter(_Redress(view, bars))
