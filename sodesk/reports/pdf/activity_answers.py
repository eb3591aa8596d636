"""Two answers in the activity report PDF: the rates to ask, and what 2028 does to us.

Why: a controller must answer "what rate must we ask for this activity" and
"what happens to us in 2028" in a minute, on paper. Each page opens with the answer in one
sentence, then the table behind it. The figures are the report object's: the break-even
rate (R8) of each :class:`ActivityFigures`, its gap by :func:`rate_gap`, and the company's
scenario 2028 (R12, :mod:`sodesk.reports.scenario_2028`); formatted by
:mod:`sodesk.domain.display`, so sentences equal the tables to the cent.

The activity report stays inside the company, so the workers whose subsidy would fall are
listed, by personnel number only (never name or BSN); the municipal report only counts them.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from sodesk.domain import display
from sodesk.domain.money import ZERO, percent_from_fraction
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.rate_advice import break_even, rate_gap, rate_places, rates_to_ask
from sodesk.domain.scenarios import Scenario2028, scenario_total
from sodesk.reports.activities import ActivityReport
from sodesk.reports.finding_texts import break_even_text
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import PORTRAIT_WIDTH
from sodesk.reports.pdf.styles import NBSP, counted, keep, styles, text
from sodesk.reports.pdf.tables import (
    Cell,
    Column,
    FigureRow,
    RowKind,
    figure_table,
    is_loss,
    money,
    pct,
)

RATES_TITLE = "Tarieven: wat moeten we vragen?"
SCENARIO_TITLE = "2028: vaste loonkostensubsidie"


def rate_text(value: Decimal | None, places: int | None = None) -> str:
    """:func:`sodesk.domain.display.rate`: ``"€ 10,00"``, four decimals where cents say too
    little; with ``places``, exactly that many (an activity's rates side by side)."""
    return display.rate(value, places)


def regime_percent(fraction: Decimal) -> str:
    """A regime's percentage as the law writes it: ``"68 %"``, one decimal when it has one."""
    whole = percent_from_fraction(fraction) == percent_from_fraction(fraction).to_integral_value()
    return display.percent(fraction, 0 if whole else 1)


def rate_cells(line: ActivityFigures, places: int | None = None) -> tuple[Cell, str, Cell]:
    """The activity's current rate, its unit and its break-even rate (red below zero) as
    cells, the rates with :func:`rate_text`."""
    unit = "" if line.current_rate_unit is None else line.current_rate_unit.label
    break_even = Cell(rate_text(line.break_even_rate, places), is_loss(line.break_even_rate))
    return Cell(rate_text(line.current_rate, places)), unit, break_even


def _amounts_kept(sentence: str) -> str:
    """The sentence escaped, no line break between "€" and its amount."""
    return text(sentence).replace("€ ", f"€{NBSP}")


def _label(line: ActivityFigures) -> str:
    return f"{line.code} {line.name}"


def rates_page(report: ActivityReport) -> list[Flowable]:
    """Per activity the current and the break-even rate, the largest loss first."""
    s = styles()
    lines = rates_to_ask(report.lines)
    losing = [line for line in lines if is_loss(line.result)]
    story: list[Flowable] = [Paragraph(RATES_TITLE, s.heading)]
    if not lines:
        story.append(
            Paragraph(
                "Geen activiteit heeft een tariefafspraak met een eenheid: er is geen "
                "kostendekkend tarief te berekenen.",
                s.body,
            )
        )
        return story
    if losing:
        # "€ 1.481.058,32 verlies": the word carries the sign, the amount is shown without it
        loss = keep(display.euro(-sum((x.result for x in losing), ZERO)))
        if len(losing) == 1:
            verdict = f"dekt de kosten niet: {loss} verlies"
        else:
            verdict = f"dekken de kosten niet, samen {loss} verlies"
        lead = (
            f"<b>{len(losing)} van de {len(lines)} activiteiten met een tarief {verdict}. "
            "Het kostendekkend tarief zegt wat we per eenheid moeten vragen.</b>"
        )
    else:
        lead = (
            f"<b>Alle {len(lines)} activiteiten met een tarief zijn kostendekkend tegen het "
            "huidige tarief.</b>"
        )
    story.append(Paragraph(lead, s.body))
    columns = [
        Column("Activiteit", numeric=False, weight=2),
        Column("Eenheid", numeric=False, weight=0.1),
        Column("Huidig tarief"),
        Column("Kostendekkend tarief"),
        Column("Verschil"),
        Column("Dekkingsgraad"),
        Column("Resultaat"),
    ]

    def row(line: ActivityFigures) -> FigureRow:
        places = rate_places(line)
        current, unit, break_even = rate_cells(line, places)
        gap = Cell(rate_text(rate_gap(line), places))
        return FigureRow(
            [_label(line), unit, current, break_even, gap, pct(line.coverage), money(line.result)],
            flag=is_loss(line.result),
        )

    rows = [row(line) for line in lines]
    story += [
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=7.5),
        Paragraph(
            "Huidig tarief: het tarief dat gold op de laatste dag van de periode. Verschil = "
            "kostendekkend - huidig: wat er per eenheid bij moet (negatief: er is ruimte). "
            "Kostendekkend tarief (R8) = (kosten - LKS - begeleidingsvergoeding - "
            "rijksbijdrage Wsw + inkoop) / volume.",
            s.small,
        ),
    ]
    if losing:
        story += [Spacer(1, 6), Paragraph("Per verliesgevende activiteit", s.subheading)]
        story += [
            Paragraph(
                f"<b>{text(_label(line))}</b> ({keep(display.euro(line.result))}): "
                f"{_amounts_kept(break_even_text(break_even(line)))}",
                s.body,
                bulletText="•",
            )
            for line in losing
        ]
    return story


def scenario_page(report: ActivityReport) -> list[Flowable]:
    """What happens to us in 2028: the lead sentence, per municipality, who receives less."""
    s = styles()
    c = report.scenario_2028
    story: list[Flowable] = [Paragraph(SCENARIO_TITLE, s.heading)]
    if c is None or c.workers == 0:
        story.append(
            Paragraph(
                "In deze periode waren geen beschut werkers in dienst: de vaste "
                "loonkostensubsidie van 2028 verandert voor dit bedrijf niets.",
                s.body,
            )
        )
        return story
    e = display.euro
    t = c.total
    fixed = keep(regime_percent(c.fixed_fraction))
    direction = "meer" if t.difference >= 0 else "minder"
    workers = counted(c.workers, "beschut werker", "beschut werkers")
    lead = (
        f"<b>Vanaf 2028 krijgen we voor onze {workers} over een periode als deze "
        f"{keep(e(abs(t.difference)))} {direction} "
        f"loonkostensubsidie: {keep(e(t.lks_fixed_68))} met de vaste {fixed} in plaats van "
        f"{keep(e(t.lks_now))} nu.</b>"
    )
    story.append(Paragraph(lead, s.body))
    losing = c.workers_losing
    if losing:
        down = scenario_total(losing)
        story.append(
            Paragraph(
                f"Voor {counted(len(losing), 'beschut werker', 'beschut werkers')} daalt de "
                f"subsidie, samen met {keep(e(-down.difference))} (van "
                f"{keep(e(down.lks_now))} naar {keep(e(down.lks_fixed_68))}): medewerkers "
                "met een lage loonwaarde, voor wie nu de maximale subsidie geldt.",
                s.body,
            )
        )
    story.append(Paragraph(f"<b>Aanname:</b> {text(c.assumption)}", s.body))
    columns = [
        Column("Gemeente", numeric=False, weight=2),
        Column("Beschut werkers"),
        Column("Van wie minder"),
        Column("LKS nu"),
        Column(f"LKS vast {regime_percent(c.fixed_fraction).replace(' ', NBSP)}"),
        Column("Verschil (2028 - nu)"),
    ]

    def row(label: str, workers: int, fewer: int, sc: Scenario2028, kind: RowKind) -> FigureRow:
        return FigureRow(
            [
                label,
                Cell(display.number(Decimal(workers), 0)),
                Cell(display.number(Decimal(fewer), 0)),
                money(sc.lks_now),
                money(sc.lks_fixed_68),
                money(sc.difference),
            ],
            kind,
        )

    rows = [
        row(f"{m.name} ({m.code})", m.workers, m.workers_losing, m.scenario, RowKind.BODY)
        for m in c.by_municipality
    ]
    rows.append(row("Bedrijf", c.workers, len(losing), t, RowKind.TOTAL))
    story += [
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=8),
        Spacer(1, 8),
        bar_chart(
            [Bar(f"{m.name}", m.scenario.difference) for m in c.by_municipality],
            width=PORTRAIT_WIDTH,
        ),
        Paragraph(
            "Verschil per gemeente (2028 min nu), over dezelfde uren en hetzelfde minimumloon "
            "als in deze periode. Beschut werkers: met een indicatie beschut werk, minstens "
            "één dag in dienst in de periode.",
            s.small,
        ),
    ]
    if losing:
        story += [Spacer(1, 6), Paragraph("Wie minder zou krijgen", s.subheading)]
        story.append(
            Paragraph(
                "Op personeelsnummer, zonder namen; dit overzicht blijft binnen het bedrijf.",
                s.small,
            )
        )
        worker_columns = [
            Column("Personeelsnummer", numeric=False),
            Column("Gemeente", numeric=False),
            Column("LKS nu"),
            Column(f"LKS vast {regime_percent(c.fixed_fraction).replace(' ', NBSP)}"),
            Column("Verschil (2028 - nu)"),
        ]
        worker_rows = [
            FigureRow(
                [
                    item.personnel_number,
                    item.municipality_code,
                    money(item.scenario.lks_now),
                    money(item.scenario.lks_fixed_68),
                    money(item.scenario.difference),
                ]
            )
            for item in losing
        ]
        story.append(figure_table(worker_columns, worker_rows, width=PORTRAIT_WIDTH * 0.8))
    return story
