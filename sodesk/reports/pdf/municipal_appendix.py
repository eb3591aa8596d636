"""The municipal report's appendix "Hoe de cijfers tot stand komen".

Why: a municipality that asks how its LKS, guidance allowance, NTW, cost and result were
found reads it here: per figure the rule in words, the parameters with their Dutch names
and values, and the figure split per work type and per wage-value band (the six R11 bands).
It prints :class:`~sodesk.reports.explain_origin.MunicipalOrigin`, which holds group totals
only: no names, no personnel numbers. The rows behind each figure are one command away
(``sodesk explain activities --municipality CODE --figure FIELD``), named at the top.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from sodesk.domain import display
from sodesk.reports.explain_origin import FigureOrigin, MunicipalOrigin, ShownParameter
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.pdf.document import PORTRAIT_WIDTH
from sodesk.reports.pdf.municipal_parts import municipality_name
from sodesk.reports.pdf.styles import keep, styles, text
from sodesk.reports.pdf.tables import Column, FigureRow, RowKind, figure_table, money

TITLE = "Hoe de cijfers tot stand komen"


def appendix_pages(report: MunicipalReport) -> list[Flowable]:
    """The appendix of ``report`` (nothing when the report has no origin)."""
    origin = report.origin
    if origin is None:
        return []
    s = styles()
    story: list[Flowable] = [
        Paragraph(TITLE, s.heading),
        Paragraph(
            f"Elk cijfer over de medewerkers uit {municipality_name(report)} is een optelsom "
            "van medewerker-maanden: per medewerker en kalendermaand berekent sodesk de "
            "betaalde uren, loonkosten en subsidies, en verdeelt ze naar rato van de "
            "productieve uren over de activiteiten en de niet-productieve tijd (R6). Hieronder "
            "per cijfer de regel, de gebruikte parameters en de uitsplitsing naar werksoort en "
            "naar loonwaarde (de zes klassen van de sectoruitvraag). Beide uitsplitsingen "
            "tellen op tot het cijfer in dit rapport.",
            s.body,
        ),
        Paragraph(
            "De medewerker-maanden zelf staan niet in dit rapport. Het bedrijf kan ze per "
            "cijfer tonen met <i>sodesk explain activities --municipality "
            f"{text(origin.code)} --figure VELD</i> of in het venster (Herkomst).",
            s.small,
        ),
        Spacer(1, 6),
    ]
    for figure in origin.figures:
        story += _figure(figure, origin)
    return story


def _figure(f: FigureOrigin, origin: MunicipalOrigin) -> list[Flowable]:
    s = styles()
    head = [
        Paragraph(f"{text(f.name)}: {keep(display.euro(f.total))}", s.subheading),
        Paragraph(text(f.rule), s.body),
    ]
    if f.parameters:
        rows = [FigureRow([p.name, _value(p), _since(p.valid_from)]) for p in f.parameters]
        head.append(
            figure_table(
                [Column("Parameter", numeric=False, weight=3),
                 Column("Waarde", numeric=False, weight=2),
                 Column("Vanaf", width=62)],
                rows,
                width=PORTRAIT_WIDTH,
                cell_size=7.5,
            )
        )  # fmt: skip
    else:
        head.append(
            Paragraph(
                "Geen parameters: omzet uit facturen of tariefafspraken en inkoop uit "
                "inkoopregels, het deel van de gemeente naar rato van productieve uren.",
                s.small,
            )
        )
    groups = figure_table(
        [Column("Werksoort", numeric=False), Column("Bedrag", width=90),
         Column("Loonwaarde", numeric=False), Column("Bedrag", width=90)],
        _group_rows(f),
        width=PORTRAIT_WIDTH,
        cell_size=7.5,
    )  # fmt: skip
    return [KeepTogether([*head, Spacer(1, 4), groups]), Spacer(1, 10)]


def _group_rows(f: FigureOrigin) -> list[FigureRow]:
    """Work types on the left, wage-value bands on the right, side by side; totals below."""
    left = [(name, amount) for name, amount in f.by_work_type.items()]
    right = [(name, amount) for name, amount in f.by_band.items()]
    rows = []
    for index in range(max(len(left), len(right))):
        cells: list[Any] = []
        for side in (left, right):
            if index < len(side):
                cells += [side[index][0], money(side[index][1])]
            else:
                cells += ["", ""]
        rows.append(FigureRow(cells))
    total = money(f.total)
    rows.append(FigureRow(["Totaal", total, "Totaal", total], RowKind.TOTAL))
    return rows


def _value(p: ShownParameter) -> str:
    value = p.value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        if p.is_fraction:
            return display.percent(value, 1)
        return display.number(value, 2 if value == value.quantize(Decimal("0.01")) else 4)
    if isinstance(value, int):
        return display.number(Decimal(value), 0)
    return text(str(value))


def _since(day: object) -> str:
    return display.date_nl(day) if isinstance(day, dt.date) else "–"
