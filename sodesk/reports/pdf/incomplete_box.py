"""The "Onvolledig" box: parameters the figures lack, on a report's first page.

Why: a result computed without the company's year (no wage cost) or past WML's horizon
looks as real as any other; the one place every reader sees is the cover, so the box goes
there, under the period, above everything the report shows. The messages are those of the
report's ``incomplete`` list (:mod:`sodesk.domain.completeness`), the same as the JSON's.
Every report takes its cover from :func:`report_cover`, so none can leave the box out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from sodesk.domain.completeness import HEADLINE, Gap, box_lines
from sodesk.reports.json_format import Reported
from sodesk.reports.pdf.pages import cover_page
from sodesk.reports.pdf.styles import LOSS, styles, text

BACKGROUND = colors.HexColor("#fdecea")
"""A light red: a box that is seen, and still legible on a black-and-white printer."""
MOST_LINES = 8
"""More messages than this are counted, not listed: the box must fit on the cover."""
COVER_TOP = 25 * mm
"""The cover's top space when it carries a box (instead of its usual one)."""


def incomplete_box(gaps: Sequence[Gap], width: float = 170 * mm) -> list[Flowable]:
    """A bordered box with "Onvolledig" and each message; nothing when ``gaps`` is empty."""
    lines = box_lines(gaps)
    if not lines:
        return []
    s = styles()
    shown = lines[:MOST_LINES]
    cells: list[Flowable] = [
        Paragraph(
            f'<font color="{LOSS.hexval()}"><b>{text(HEADLINE)}</b></font>',
            s.body,
        )
    ]
    cells += [Paragraph(text(line), s.small, bulletText="•") for line in shown]
    if len(lines) > len(shown):
        cells.append(
            Paragraph(
                f"En nog {len(lines) - len(shown)}: zie de waarschuwingen in de Verantwoording "
                "en de JSON van dit rapport (incomplete).",
                s.small,
            )
        )
    box = Table([[cells]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, LOSS),
                ("BACKGROUND", (0, 0), (-1, -1), BACKGROUND),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [Spacer(1, 6 * mm), box, Spacer(1, 3 * mm)]


def cover_with_box(cover: list[Flowable], gaps: Sequence[Gap]) -> list[Flowable]:
    """The cover's flowables with the box under its facts (period, printed on).

    The cover's top space shrinks so the box and the cover stay on the first page.
    """
    box = incomplete_box(gaps)
    if not box:
        return cover
    result = list(cover)
    if result and isinstance(result[0], Spacer):
        result[0] = Spacer(1, COVER_TOP)
    facts = next((i for i, f in enumerate(result) if isinstance(f, Table)), None)
    at = len(result) - 2 if facts is None else facts + 1  # before the cover's page break
    result[at:at] = box
    return result


class CoveredReport(Reported, Protocol):
    """A report with a cover: the JSON's common keys (period, made at, gaps) and the company."""

    @property
    def company(self) -> str: ...


def report_cover(
    report: CoveredReport, title: str, subject: str, details: Sequence[tuple[str, str]] = ()
) -> list[Flowable]:
    """The report's cover (:func:`cover_page`), with the box when the report lacks figures."""
    cover = cover_page(
        company=report.company,
        title=title,
        subject=subject,
        period=report.period,
        printed_on=report.generated_at,
        details=details,
    )
    return cover_with_box(cover, report.incomplete)
