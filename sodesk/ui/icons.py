"""The navigation's icons: hand-drawn SVG files in resources/icons, recoloured for the palette.

The SVGs are drawn in black; here each is painted in the colour of the text it stands beside
(and in the selection's text colour when its item is selected), at every size Qt may ask for
up to 200 % scaling, so an icon is as sharp as its label on any display.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from sodesk.ui import style

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
#: logical sizes times device pixel ratios 1, 1.25, 1.5, 2
SIZES = (16, 20, 24, 30, 32, 36, 40, 48, 64)


@cache
def _svg(name: str) -> bytes:
    return (ICONS / f"{name}.svg").read_bytes()


def _pixmap(name: str, colour: str, size: int) -> QPixmap:
    data = _svg(name).replace(b'stroke="#000000"', f'stroke="{colour}"'.encode())
    renderer = QSvgRenderer(QByteArray(data))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, colours: style.Colours | None = None) -> QIcon:
    """The icon ``name`` (a file in resources/icons) in the palette's text colours."""
    c = colours or style.current()
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(name, c.text, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(name, c.highlight_text, size), QIcon.Mode.Selected)
        result.addPixmap(_pixmap(name, c.placeholder, size), QIcon.Mode.Disabled)
    return result


def names() -> list[str]:
    return sorted(p.stem for p in ICONS.glob("*.svg"))
