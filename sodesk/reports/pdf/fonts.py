"""The PDF font (lettertype): DejaVu Sans, registered with reportlab once per process.

Why: a report must show the euro sign and Dutch diacritics (één, café, geïnd) the same on
every machine (ARCHITECTURE.md "Charts ... in PDFs with reportlab's own graphics, so one
report looks the same on every machine"; SCREENS.md "A4 portrait, a clear sans-serif with €
and diacritics (DejaVu Sans or Helvetica)"). DejaVu Sans comes from the Debian package
fonts-dejavu-core (scripts/install-system-packages.sh); a copy in ``resources/fonts`` wins
when present. Without either, reportlab's built-in Helvetica (WinAnsi encoding, which holds
€ and the Western European diacritics) is used and a warning is logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

FONT_FOLDERS = (
    Path(__file__).resolve().parents[3] / "resources" / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
)
"""Where DejaVu Sans is looked for, in order: shipped with sodesk, then the Debian package."""

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"


@dataclass(frozen=True, slots=True)
class FontNames:
    """The reportlab names of the report font (lettertype) in its two weights.

    Attributes:
        regular: name for normal text, e.g. ``"DejaVuSans"`` or ``"Helvetica"``.
        bold: name for bold text (headings, totals, loss markers).
        embedded: True when a TrueType font is embedded (DejaVu), False for the Helvetica
            fallback.
    """

    regular: str
    bold: str
    embedded: bool


def _find(file_name: str) -> Path | None:
    for folder in FONT_FOLDERS:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    return None


@cache
def report_fonts() -> FontNames:
    """Register DejaVu Sans (regular and bold) once and return the names to use.

    Returns:
        The DejaVu names when both files were found, else Helvetica (with a logged warning).
    """
    regular, bold = _find(REGULAR_FILE), _find(BOLD_FILE)
    if regular is None or bold is None:
        log.warning(
            "DejaVu Sans niet gevonden in %s: PDF's gebruiken Helvetica "
            "(installeer het Debian-pakket fonts-dejavu-core)",
            ", ".join(str(f) for f in FONT_FOLDERS),
        )
        return FontNames("Helvetica", "Helvetica-Bold", embedded=False)
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
    # <b> inside a Paragraph and the bold flag of the family both find the bold face
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    return FontNames("DejaVuSans", "DejaVuSans-Bold", embedded=True)
