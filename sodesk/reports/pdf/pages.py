"""Standard report pages: the cover (voorblad) and the accountability page (verantwoording).

Why: ARCHITECTURE.md "Reports": a report's last page lists every parameter and assumption
used, so a municipality's controller can check every figure; SCREENS.md: the cover names
company, subject, period, printed-on date and says "vertrouwelijk". Both the activity report
and the municipal report use these, so they are general: they take plain values, not a
particular report object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
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
from sodesk.reports.finding_texts import plain_message
from sodesk.reports.parameter_labels import parameter_text
from sodesk.reports.pdf.document import PORTRAIT_PAGE
from sodesk.reports.pdf.styles import ACCENT, LOSS, MUTED, RULE, ZEBRA, styles, text
from sodesk.reports.pdf.tables import Column, FigureRow, figure_table
from sodesk.reports.pdf.warning_groups import warning_groups, warning_kinds

CONFIDENTIAL = "Vertrouwelijk"
OTHERS = {
    "medewerkers": ("andere medewerker", "andere medewerkers"),
    "activiteiten": ("andere activiteit", "andere activiteiten"),
    "gevallen": ("ander geval", "andere gevallen"),
}
"""The "en N andere ..." after a kind's first cases, by what the cases are about."""
FULL_LIST = (
    "De volledige lijst, één regel per melding, staat in het Excel-rapport (blad "
    "Waarschuwingen) en in de JSON van dit rapport."
)
"""Where the warnings are one by one, said before the grouped warnings."""
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


def accountability_pages(
    parameters: Sequence[UsedParameter],
    warnings: Sequence[Finding],
    *,
    width: float,
    assumptions: Sequence[str] = (),
    heading: str = "Verantwoording",
    anonymous: bool = False,
    municipality_names: Mapping[str, str] | None = None,
    full_list: str = FULL_LIST,
) -> list[Flowable]:
    """The "Verantwoording": assumptions, every parameter used and every kind of warning.

    Put it last, on a portrait page. Nothing is left out: a municipality's controller must
    be able to check each figure against its source, so each parameter has its Dutch name,
    its value in its unit and its official publication (:mod:`sodesk.reports.parameter_labels`),
    and warnings are in plain Dutch (:mod:`sodesk.reports.finding_texts`), never codes.

    Args:
        parameters: every parameter the computation used, with value, validity and source.
        warnings: every finding of the computation (missing or estimated input).
        width: the frame width in points (``PORTRAIT_WIDTH``).
        assumptions: sentences stating how figures were computed or estimated.
        heading: the page heading.
        anonymous: print the warnings grouped per kind with a count and a sentence that
            names no worker (:func:`.warning_groups.warning_groups`), for a document that
            leaves the company; by default per kind with a count and the first few cases
            (:func:`.warning_groups.warning_kinds`), the full list being in the workbook.
        municipality_names: municipality code to name, so that a municipality's settings
            and warnings name it ("Gemeente Lindenhout") instead of its code.
        full_list: the sentence before the grouped warnings saying where the full list is
            (not used when ``anonymous``).

    Returns:
        Flowables: heading, assumptions, a parameter table and the warnings.
    """
    s = styles()
    names = municipality_names or {}
    story: list[Flowable] = [Paragraph(text(heading), s.heading)]
    if assumptions:
        story.append(Paragraph("Uitgangspunten", s.subheading))
        story += [
            Paragraph(text(plain_message(a, names)), s.body, bulletText="•") for a in assumptions
        ]
    story += _table_heading("Gebruikte parameters")
    if parameters:
        columns = [
            Column("Parameter", numeric=False, weight=1.2),
            Column("Waarde"),
            Column("Geldig vanaf"),
            Column("Bron", numeric=False),
        ]
        shown = [parameter_text(p, names) for p in parameters]
        rows = [FigureRow([p.name, p.value, p.valid_from, p.source]) for p in shown]
        story += [figure_table(columns, rows, width=width, cell_size=7.5), Spacer(1, 3)]
        story.append(
            Paragraph(
                "Geldig vanaf: de eerste dag waarop de waarde geldt; '–': geldt zonder "
                "begindatum. Percentages van de loonkostensubsidie gelden als deel van het "
                "wettelijk minimumloon (WML).",
                s.small,
            )
        )
    else:
        story.append(Paragraph("Geen parameters gebruikt.", s.body))
    heading = f"Waarschuwingen ({display.number(Decimal(len(warnings)), 0)})"
    if warnings and not anonymous:
        return story + _warning_kinds(heading, warnings, names, full_list)
    story += _table_heading(heading)
    if not warnings:
        story.append(
            Paragraph(
                f'<font color="{ACCENT.hexval()}">Geen waarschuwingen: alle invoer was compleet.'
                "</font>",
                s.body,
            )
        )
        return story
    if anonymous:
        columns = [Column("Melding", numeric=False), Column("Aantal meldingen")]
        rows = [
            FigureRow([g.sentence, display.number(Decimal(g.count), 0)])
            for g in warning_groups(warnings, names)
        ]
        story += [figure_table(columns, rows, width=width, cell_size=7.5), Spacer(1, 3)]
        story.append(
            Paragraph(
                "Per soort melding één regel, met het aantal meldingen (één per medewerker per "
                "maand of per geval); dit rapport noemt geen medewerkers.",
                s.small,
            )
        )
    return story


def _warning_kinds(
    heading: str, warnings: Sequence[Finding], names: Mapping[str, str], full_list: str
) -> list[Flowable]:
    """Each kind of warning: title and count, then its first cases, then where the rest is.

    The heading and the sentence on the full list stay with the first kind (a new page when
    that does not fit), never alone at the foot of a page.
    """
    s = styles()
    title = ParagraphStyle("warning_kind", parent=s.body, spaceBefore=6, spaceAfter=2)
    case = ParagraphStyle("warning_case", parent=s.body, fontSize=8.5, leading=11, spaceAfter=1)
    lead: list[Flowable] = [
        Paragraph(text(heading), s.subheading),
        Paragraph(f"Per soort melding het aantal en de eerste gevallen. {full_list}", s.small),
    ]
    story: list[Flowable] = []
    for kind in warning_kinds(warnings, names):
        count = _count(kind.count, "melding", "meldingen")
        if kind.subjects != kind.count:
            count += f" over {display.number(Decimal(kind.subjects), 0)} {kind.about}"
        story.append(
            KeepTogether(
                [
                    *(lead if not story else []),
                    Paragraph(f"<b>{text(kind.title)}</b> ({count})", title),
                    *[Paragraph(text(line), case, bulletText="–") for line in kind.cases],
                    *(
                        [Paragraph(f"en {_count(kind.more, *OTHERS[kind.about])}.", case,
                                   bulletText="–")]
                        if kind.more
                        else []
                    ),
                ]
            )
        )  # fmt: skip
    return story


def _count(n: int, one: str, many: str) -> str:
    return f"{display.number(Decimal(n), 0)} {one if n == 1 else many}"


def _table_heading(title: str) -> list[Flowable]:
    """A subheading that may stay above a table that splits (not pushed whole to a new page).

    The subheading style keeps with the next flowable, which moves a table that would fit
    on a fresh page there entirely, leaving half a page empty; instead break only when
    less than :data:`ROOM_FOR_TABLE` is left.
    """
    style = ParagraphStyle("table_heading", parent=styles().subheading, keepWithNext=0)
    return [CondPageBreak(ROOM_FOR_TABLE), Paragraph(text(title), style)]


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
