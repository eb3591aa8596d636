"""Standard report pages: the cover (voorblad) and the accountability page (verantwoording).

Why: ARCHITECTURE.md "Reports": a report's last page lists every parameter and assumption
used, so a municipality's controller can check every figure; SCREENS.md: the cover names
company, subject, period, printed-on date and says "vertrouwelijk". Both the activity report
and the municipal report use these, so they are general: they take plain values, not a
particular report object.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sodesk.domain import display
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.validation import Finding
from sodesk.reports.pdf.document import PORTRAIT_PAGE
from sodesk.reports.pdf.styles import ACCENT, LOSS, MUTED, RULE, ZEBRA, styles, text
from sodesk.reports.pdf.tables import Column, FigureRow, figure_table
from sodesk.reports.pdf.warning_groups import warning_groups

CONFIDENTIAL = "Vertrouwelijk"
SUMMARY_FROM = 10
"""With more warnings than this, a count per code comes before the full list."""
ROOM_FOR_TABLE = 80
"""Points a table heading needs below it (heading and a few rows) before a page break."""


def period_text(period: Period) -> str:
    """``"01-01-2025 t/m 31-12-2025"``: a period as printed on every report."""
    return f"{display.date_nl(period.start)} t/m {display.date_nl(period.end)}"


def printed_text(moment: dt.datetime | dt.date) -> str:
    """``"31-12-2025 14:05"`` (or just the date): when a report was made."""
    if isinstance(moment, dt.datetime):
        return f"{display.date_nl(moment.date())} {moment:%H:%M}"
    return display.date_nl(moment)


def cover_page(
    *,
    company: str,
    title: str,
    subject: str,
    period: Period,
    printed_on: dt.datetime | dt.date,
    details: Sequence[tuple[str, str]] = (),
    next_template: str = PORTRAIT_PAGE,
) -> list[Flowable]:
    """The cover: company, title, subject, period, printed on, and "Vertrouwelijk".

    Put it first in the story: the document's first page template is the cover (no header).

    Args:
        company: the company name (sociaal ontwikkelbedrijf).
        title: the report's title, e.g. "Rendabiliteit per activiteit".
        subject: one line under the title, e.g. the municipality or "alle activiteiten".
        period: the report period.
        printed_on: when the report was made (the report object's ``generated_at``).
        details: extra label-value lines under the period (e.g. ("Gemeente", "Utrecht")).
        next_template: the page template of the page after the cover.

    Returns:
        Flowables that fill the cover and break to the next page.
    """
    s = styles()
    lines = [("Periode", period_text(period)), *details, ("Gemaakt op", printed_text(printed_on))]
    facts = Table(
        [[Paragraph(text(k), s.body), Paragraph(text(v), s.body)] for k, v in lines],
        colWidths=[40 * mm, 110 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        Spacer(1, 55 * mm),
        Paragraph(text(company), s.subheading),
        Spacer(1, 4 * mm),
        Paragraph(text(title), s.title),
        Paragraph(text(subject), s.heading),
        Spacer(1, 12 * mm),
        facts,
        Spacer(1, 30 * mm),
        Paragraph(
            f'<font color="{LOSS.hexval()}"><b>{CONFIDENTIAL.upper()}</b></font>', s.subheading
        ),
        Paragraph(
            "Dit rapport bevat bedrijfsgegevens en is bestemd voor de geadresseerde. "
            "Het noemt activiteiten en opdrachtgevers, nooit namen van medewerkers.",
            s.small,
        ),
        NextPageTemplate(next_template),
        PageBreak(),
    ]


def parameter_value(value: Decimal | str | bool | int | dt.date) -> str:
    """A parameter's value in Dutch notation with the decimals it has (2 to 6).

    Examples: ``Decimal("14.0600")`` -> ``"14,06"``, ``Decimal("0.235000")`` -> ``"0,235"``,
    True -> ``"ja"``, a date -> ``"01-07-2025"``.
    """
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return display.number(Decimal(value), 0)
    if isinstance(value, Decimal):
        exponent = value.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else 2
        return display.number(value, max(2, min(6, places)))
    if isinstance(value, dt.date):
        return display.date_nl(value)
    return str(value)


def accountability_pages(
    parameters: Sequence[UsedParameter],
    warnings: Sequence[Finding],
    *,
    width: float,
    assumptions: Sequence[str] = (),
    heading: str = "Verantwoording",
    anonymous: bool = False,
) -> list[Flowable]:
    """The "Verantwoording": assumptions, every parameter used and every warning.

    Put it last, on a portrait page. Nothing is left out: a municipality's controller must
    be able to check each figure against its source.

    Args:
        parameters: every parameter the computation used, with value, validity and source.
        warnings: every finding of the computation (missing or estimated input).
        width: the frame width in points (``PORTRAIT_WIDTH``).
        assumptions: sentences stating how figures were computed or estimated.
        heading: the page heading.
        anonymous: print the warnings grouped per kind with a count and a sentence that
            names no worker (:func:`.warning_groups.warning_groups`), for a document that
            leaves the company; by default every warning with its subject and message.

    Returns:
        Flowables: heading, assumptions, a parameter table and a warning table.
    """
    s = styles()
    story: list[Flowable] = [Paragraph(text(heading), s.heading)]
    if assumptions:
        story.append(Paragraph("Uitgangspunten", s.subheading))
        story += [Paragraph(text(a), s.body, bulletText="•") for a in assumptions]
    story += _table_heading("Gebruikte parameters")
    if parameters:
        columns = [
            Column("Parameter", numeric=False, weight=0.01),
            Column("Waarde"),
            Column("Geldig vanaf"),
            Column("Bron", numeric=False),
        ]
        rows = [
            FigureRow([p.name, parameter_value(p.value), display.date_nl(p.valid_from), p.source])
            for p in parameters
        ]
        story.append(figure_table(columns, rows, width=width, cell_size=7.5))
    else:
        story.append(Paragraph("Geen parameters gebruikt.", s.body))
    story += _table_heading(f"Waarschuwingen ({len(warnings)})")
    if warnings and anonymous:
        columns = [
            Column("Code", numeric=False, weight=0.01),
            Column("Melding", numeric=False),
            Column("Meldingen"),
        ]
        rows = [
            FigureRow([g.code, g.sentence, display.number(Decimal(g.count), 0)])
            for g in warning_groups(warnings)
        ]
        story.append(figure_table(columns, rows, width=width, cell_size=7.5))
        return story
    if len(warnings) > SUMMARY_FROM:
        story += [_warning_summary(warnings, width), Spacer(1, 6)]
    if warnings:
        columns = [
            Column("Code", numeric=False, weight=0.01),
            Column("Betreft", numeric=False, weight=0.01),
            Column("Melding", numeric=False),
        ]
        rows = [FigureRow([w.code, w.subject or "", w.message]) for w in warnings]
        story.append(figure_table(columns, rows, width=width, cell_size=7.5))
    else:
        story.append(
            Paragraph(
                f'<font color="{ACCENT.hexval()}">Geen waarschuwingen: alle invoer was compleet.'
                "</font>",
                s.body,
            )
        )
    return story


def _table_heading(title: str) -> list[Flowable]:
    """A subheading that may stay above a table that splits (not pushed whole to a new page).

    The subheading style keeps with the next flowable, which moves a table that would fit
    on a fresh page there entirely, leaving half a page empty; instead break only when
    less than :data:`ROOM_FOR_TABLE` is left.
    """
    style = ParagraphStyle("table_heading", parent=styles().subheading, keepWithNext=0)
    return [CondPageBreak(ROOM_FOR_TABLE), Paragraph(text(title), style)]


def _warning_summary(warnings: Sequence[Finding], width: float) -> Table:
    """How many warnings of each code, about how many subjects (workers, activities)."""
    counts = Counter(w.code for w in warnings)
    subjects: dict[str, set[str]] = defaultdict(set)
    for w in warnings:
        if w.subject:
            subjects[w.code].add(w.subject)
    columns = [
        Column("Soort melding (code)", numeric=False),
        Column("Meldingen"),
        Column("Betreft (verschillend)"),
    ]
    rows = [
        FigureRow(
            [
                code,
                display.number(Decimal(count), 0),
                display.number(Decimal(len(subjects[code])), 0),
            ]
        )
        for code, count in counts.items()
    ]
    return figure_table(columns, rows, width=width * 0.7, cell_size=7.5)


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """One tile of a key-figure grid (kerncijfer): a label, the figure and one sentence.

    ``value`` and ``sentence`` are already formatted (by :mod:`sodesk.domain.display`);
    ``negative`` shows the value in red (it keeps its minus sign).
    """

    label: str
    value: str
    sentence: str
    negative: bool = False


def key_figures(figures: Sequence[KeyFigure], *, width: float, columns: int = 2) -> Table:
    """Key figures as a grid of tiles, as the overview page shows them.

    Args:
        figures: the tiles, row by row.
        width: the grid's width in points (``PORTRAIT_WIDTH``).
        columns: tiles per row.

    Returns:
        A Table; the sentence is a Paragraph (markup allowed, so escape names with ``text``).
    """
    s = styles()
    cells: list[list[Flowable] | str] = []
    for figure in figures:
        colour = LOSS if figure.negative else ACCENT
        cells.append(
            [
                Paragraph(text(figure.label), s.subheading),
                Paragraph(
                    f'<font size="18" color="{colour.hexval()}"><b>{text(figure.value)}</b></font>',
                    s.title,
                ),
                Paragraph(figure.sentence, s.body),
            ]
        )
    cells += [""] * (-len(cells) % columns)
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    grid = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 4, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return grid
