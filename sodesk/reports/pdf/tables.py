"""Figure tables (cijfertabellen) for reports: right-aligned numbers, losses red, zebra rows.

Why: a controller reads columns of figures. Numbers align right; a negative figure is red
*and* keeps its minus sign (the text comes from :mod:`sodesk.domain.display`, never from
here); a row that makes a loss carries a marker word (default "verlies") so it stands out on
a black-and-white print; subtotal and total rows are bold on a tinted band; the header row
repeats on every page the table runs over.

Use::

    columns = [Column("Activiteit", 150, numeric=False), Column("Resultaat", 60)]
    rows = [
        FigureRow([line.name, money(line.result)], flag=is_loss(line.result)),
        FigureRow(["Totaal", money(totals.result)], kind=RowKind.TOTAL),
    ]
    story.append(figure_table(columns, rows))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from sodesk.domain import display
from sodesk.domain.money import cents
from sodesk.reports.pdf.fonts import report_fonts
from sodesk.reports.pdf.styles import (
    ACCENT,
    LOSS,
    RULE,
    TOTAL_BACKGROUND,
    ZEBRA,
    Styles,
    styles,
    text,
)

LOSS_WORD = "verlies"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell's text, already formatted, and whether it shows a negative figure (red).

    Use :func:`money`, :func:`pct` and :func:`num` to make cells from Decimals.
    """

    text: str
    negative: bool = False


def is_loss(value: Decimal | None) -> bool:
    """True when ``value`` shows as a negative amount (below zero once rounded to cents)."""
    return value is not None and cents(value) < 0


def money(value: Decimal | None) -> Cell:
    """An amount cell: ``"€ -296,51"`` (red when negative), ``"–"`` for None."""
    return Cell(display.euro(value), is_loss(value))


def pct(fraction: Decimal | None) -> Cell:
    """A percentage cell from a fraction: ``"87,8 %"``; ``"–"`` for None."""
    return Cell(display.percent(fraction))


def num(value: Decimal | None, decimals: int = 2) -> Cell:
    """A plain number cell (hours, pieces): ``"1.234,50"`` (red when negative)."""
    return Cell(display.number(value, decimals), is_loss(value))


class RowKind(Enum):
    """What a row is: a body row (zebra), a section title, a subtotal or the total."""

    BODY = "body"
    SECTION = "section"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its header text, width in points, and whether it holds figures.

    Numeric columns align right. Every cell wraps within its width; leave ``width`` None
    and pass the table's total width to :func:`figure_table` to size it automatically: a
    numeric column gets the width of its widest cell or header word, the text columns share
    what is left in proportion to their ``weight``.
    """

    title: str
    width: float | None = None
    numeric: bool = True
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A table row: one cell per column (str for text, :class:`Cell` for figures).

    Attributes:
        cells: the row's cells; a SECTION row uses only the first.
        kind: body, section title, subtotal or total.
        flag: True puts the loss marker word in the row's first cell, in red.
    """

    cells: Sequence[str | Cell]
    kind: RowKind = RowKind.BODY
    flag: bool = False


def _paragraph(
    cell: str | Cell, column: Column, bold: bool, s: Styles, flag_word: str | None
) -> Paragraph:
    if isinstance(cell, Cell):
        body = text(cell.text)
        if cell.negative:
            body = f'<font color="{LOSS.hexval()}">{body}</font>'
    else:
        body = text(cell)
    if flag_word:
        body = f'<font color="{LOSS.hexval()}"><b>{text(flag_word)}</b></font> {body}'
    if column.numeric:
        style = s.cell_number_bold if bold else s.cell_number
    else:
        style = s.cell_bold if bold else s.cell
    return Paragraph(body, style)


def figure_table(
    columns: Sequence[Column],
    rows: Sequence[FigureRow],
    *,
    width: float | None = None,
    flag_word: str = LOSS_WORD,
    cell_size: float = 7.0,
) -> Table:
    """A figure table with a repeating header row.

    Args:
        columns: the columns; widths given must sum to at most the frame width.
        rows: body, section, subtotal and total rows, in order.
        width: the table's total width, needed when a column's width is None.
        flag_word: the word put before the first cell of a flagged row ("verlies").
        cell_size: font size of the cells in points; made smaller (down to
            ``MIN_CELL_SIZE``) when sized columns would not fit in ``width``.

    Returns:
        A platypus Table that splits over pages, the header repeated on each.

    Raises:
        ValueError: when the columns do not fit even at ``MIN_CELL_SIZE``.
    """
    if any(c.width is None for c in columns):
        if width is None:
            raise ValueError("figure_table: a column without width needs the table width")
        columns, cell_size = _fit_shrinking(columns, rows, width, cell_size)
    s = styles(cell_size)
    header = [
        Paragraph(text(c.title), s.header_cell_number if c.numeric else s.header_cell)
        for c in columns
    ]
    data: list[list[Paragraph | str]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    body_index = 0
    for index, row in enumerate(rows, start=1):
        if row.kind is RowKind.SECTION:
            data.append(
                [Paragraph(text(str(row.cells[0])), s.cell_bold)] + [""] * (len(columns) - 1)
            )
            commands += [
                ("SPAN", (0, index), (-1, index)),
                ("TOPPADDING", (0, index), (-1, index), 6),
                ("LINEBELOW", (0, index), (-1, index), 0.5, RULE),
            ]
            body_index = 0
            continue
        bold = row.kind in (RowKind.SUBTOTAL, RowKind.TOTAL)
        data.append(
            [
                _paragraph(cell, column, bold, s, flag_word if row.flag and i == 0 else None)
                for i, (cell, column) in enumerate(zip(row.cells, columns, strict=True))
            ]
        )
        if bold:
            commands.append(("BACKGROUND", (0, index), (-1, index), TOTAL_BACKGROUND))
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.75, colors.black))
        elif body_index % 2 == 1:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
        body_index += 1
    table = Table(data, colWidths=[c.width or 0 for c in columns], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


MIN_CELL_SIZE = 5.5
"""The smallest cell font :func:`figure_table` shrinks to (still readable on paper)."""
PADDING = 4 + 5
"""Left plus right cell padding, and room between two columns of figures."""


def _width(cell: str | Cell, row: FigureRow, cell_size: float, whole: bool) -> float:
    """The width of a cell's text (``whole``) or of its longest word, in the row's weight."""
    fonts = report_fonts()
    font = fonts.bold if row.kind in (RowKind.SUBTOTAL, RowKind.TOTAL) else fonts.regular
    value = cell.text if isinstance(cell, Cell) else cell
    parts = [value] if whole else value.split()
    return max((stringWidth(part, font, cell_size) for part in parts), default=0.0)


def fit_columns(
    columns: Sequence[Column],
    rows: Sequence[FigureRow],
    width: float,
    cell_size: float = 7.0,
) -> list[Column]:
    """Columns with every missing width filled in (see :class:`Column`).

    A numeric column gets its widest cell (on one line); a text column at least its longest
    word (so no word is broken), and the text columns share the rest by ``weight``.

    Raises:
        ValueError: when the columns cannot fit in ``width`` at this ``cell_size``; use a
            smaller ``cell_size``, shorter headers or fewer columns.
    """
    fonts = report_fonts()
    body = [r for r in rows if r.kind is not RowKind.SECTION]
    minimum: dict[int, float] = {}
    for i, column in enumerate(columns):
        if column.width is not None:
            minimum[i] = column.width
            continue
        header = max(
            (stringWidth(w, fonts.bold, cell_size) for w in column.title.split()), default=0.0
        )
        cells = (_width(r.cells[i], r, cell_size, column.numeric) for r in body)
        minimum[i] = max(header, *cells) + PADDING
    free = [i for i, c in enumerate(columns) if c.width is None and not c.numeric]
    left = width - sum(minimum.values())
    if left < 0:
        raise ValueError(f"figure_table: the columns need {-left:.0f} pt more than {width:.0f}")
    weights = sum(columns[i].weight for i in free) or 1.0
    return [
        replace(c, width=minimum[i] + (left * c.weight / weights if i in free else 0.0))
        for i, c in enumerate(columns)
    ]


def _fit_shrinking(
    columns: Sequence[Column], rows: Sequence[FigureRow], width: float, cell_size: float
) -> tuple[list[Column], float]:
    """:func:`fit_columns` at ``cell_size``, or at a smaller size when needed."""
    size = cell_size
    while True:
        try:
            return fit_columns(columns, rows, width, size), size
        except ValueError:
            if size - 0.5 < MIN_CELL_SIZE:
                raise
            size -= 0.5
