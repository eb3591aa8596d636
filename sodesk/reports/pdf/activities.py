"""The activity report as PDF (rendabiliteit per activiteit): a controller's document.

Why: the same :class:`ActivityReport` that becomes the JSON is printed for the controller
and the management team (DOMAIN.md R5-R8). Every figure comes from the report object or
from a domain function (:func:`totals`, :func:`totals_by_work_type`); every number is
formatted by :mod:`sodesk.domain.display`, so the summary text equals the tables to the cent.
Lines name activities and clients, never workers.

Pages: cover; summary with the result per work type (chart and table); result per activity
(chart); "Tarieven: wat moeten we vragen?" and "2028: vaste loonkostensubsidie" (the two
answers beside the figures, :mod:`.activity_answers`); revenue, then rates per activity (landscape);
costs, then income, subsidies and result per activity with the non-productive lines apart
(landscape; each wide table split in two so the type stays at 7 pt or more); Verantwoording
with the warnings per kind (:func:`.warning_groups.warning_kinds`); Begrippenlijst.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.domain.lines import is_non_productive
from sodesk.domain.profitability import ActivityFigures, totals, totals_by_work_type
from sodesk.domain.rate_advice import rate_places
from sodesk.reports.activities import NON_PRODUCTIVE_NAME, ActivityReport
from sodesk.reports.fingerprint import stamp
from sodesk.reports.pdf.activity_answers import rate_cells, rates_page, scenario_page
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    ReportDocument,
    landscape,
    portrait,
)
from sodesk.reports.pdf.glossary import glossary_pages
from sodesk.reports.pdf.incomplete_box import incomplete_box, report_cover
from sodesk.reports.pdf.pages import FULL_LIST, accountability_pages, period_text
from sodesk.reports.pdf.styles import keep, styles, text
from sodesk.reports.pdf.tables import (
    Cell,
    Column,
    FigureRow,
    RowKind,
    figure_table,
    is_loss,
    money,
    num,
    pct,
)

TITLE = "Rendabiliteit per activiteit"
UNPLACED_LABEL = "Zonder plaatsing"
BARS_PER_CHART = 40
"""A chart taller than this many bars is split, so it always fits on a page."""

ASSUMPTIONS = (
    "Bedragen zijn onafgerond berekend en pas bij het tonen half-op afgerond op centen. "
    "Een totaal is de afgeronde som van onafgeronde bedragen en kan daardoor een cent "
    "afwijken van de som van de getoonde regels.",
    "Omzet (R5): gefactureerde omzet als er facturen voor de periode zijn, anders tarief x "
    "volume (uren, stuks of maanden) volgens de tariefafspraak die die dag gold. De kolom "
    "Bron zegt welke. NTW = omzet - inkoop; een factuur of inkoop die over de rand van de "
    "periode loopt, telt naar rato van de dagen binnen de periode.",
    "Toerekening (R6): loonkosten, loonkostensubsidie (LKS), begeleidingsvergoeding en "
    "rijksbijdrage Wsw worden per medewerker per maand verdeeld naar productieve uren per "
    "activiteit gedeeld door betaalde uren. Het deel van de betaalde uren zonder productief "
    "werk (verlof, verzuim, leegloop) staat apart als niet-productief per werksoort. "
    "Activiteiten en niet-productief tellen samen precies op tot de bedrijfstotalen.",
    "Kosten (R7) = loonkosten + begeleidingskosten (uren x uurkosten jobcoach) + overhead "
    "(productieve uren x overheadtarief van de werksoort). Opbrengsten = NTW + LKS + "
    "begeleidingsvergoeding + rijksbijdrage Wsw. Resultaat = opbrengsten - kosten; "
    "dekkingsgraad = opbrengsten / kosten.",
    "Kostendekkend tarief (R8) = (kosten - LKS - begeleidingsvergoeding - rijksbijdrage Wsw "
    "+ inkoop) / volume in de eenheid van het huidige tarief (het tarief dat gold op de "
    "laatste dag van de periode).",
    "Het resultaat per werksoort telt de niet-productieve regels van die werksoort mee; "
    "de werksoorten samen geven het totale resultaat.",
)


def _count(activities: int) -> str:
    """``"1 activiteit"``, ``"28 activiteiten"``."""
    return f"{activities} activiteit" if activities == 1 else f"{activities} activiteiten"


def _work_type_label(work_type: WorkType | None) -> str:
    return UNPLACED_LABEL if work_type is None else work_type.label


def _is_non_productive(line: ActivityFigures) -> bool:
    return is_non_productive(line.code)


def _activity_label(line: ActivityFigures) -> str:
    if _is_non_productive(line):
        return line.name.removeprefix(f"{NON_PRODUCTIVE_NAME}: ")
    return f"{line.code} {line.name}"


def _summary(report: ActivityReport, productive: list[ActivityFigures]) -> list[Flowable]:
    s = styles()
    t = report.totals
    e, p = display.euro, display.percent
    losses = sorted((line for line in productive if is_loss(line.result)), key=lambda x: x.result)
    story: list[Flowable] = [
        Paragraph("Samenvatting", s.heading),
        Paragraph(
            f"In de periode {period_text(report.period)} zijn op {_count(len(productive))} "
            f"{keep(display.hours(t.productive_hours))} productieve uren gewerkt. De omzet "
            f"was {keep(e(t.revenue))} en de inkoop {keep(e(t.purchase_value))}; de "
            f"netto toegevoegde waarde (NTW) was dus {keep(e(t.ntw))}, "
            f"{keep(e(t.ntw_per_hour))} per productief uur.",
            s.body,
        ),
        Paragraph(
            f"Met loonkostensubsidie (LKS) {keep(e(t.lks))}, begeleidingsvergoeding "
            f"{keep(e(t.guidance_subsidy))} en rijksbijdrage Wsw "
            f"{keep(e(t.wsw_subsidy))} kwamen de opbrengsten en subsidies op "
            f"{keep(e(t.income))}. De kosten waren {keep(e(t.cost))}: loonkosten "
            f"{keep(e(t.wage_cost))}, begeleidingskosten {keep(e(t.guidance_cost))} "
            f"en overhead {keep(e(t.overhead))}, dat is {keep(e(t.cost_price_per_hour))}"
            " per productief uur.",
            s.body,
        ),
        Paragraph(
            f"<b>Het resultaat is {keep(e(t.result))} bij een dekkingsgraad van "
            f"{keep(p(t.coverage))}.</b>"
            if not report.incomplete
            else f"Het resultaat is <b>onvolledig</b>: {keep(e(t.result))} bij een "
            f"dekkingsgraad van {keep(p(t.coverage))}, zonder wat de parameters in het "
            "kader hierboven hadden meegeteld.",
            s.body,
        ),
    ]
    if report.incomplete:
        story[1:1] = incomplete_box(report.incomplete, PORTRAIT_WIDTH)
    if losses:
        named = ", ".join(
            f"{text(_activity_label(x))} ({keep(e(x.result))})" for x in losses[:5]
        )
        more = f" en {len(losses) - 5} andere" if len(losses) > 5 else ""
        story.append(
            Paragraph(
                f"{_count(len(losses))} van de {len(productive)} "
                f"{'maakt' if len(losses) == 1 else 'maken'} verlies, samen "
                f"{keep(e(totals(losses).result))}. De grootste: {named}{more}.",
                s.body,
            )
        )
    non_productive = [line for line in report.lines if _is_non_productive(line)]
    if non_productive:
        idle = totals(non_productive)
        story.append(
            Paragraph(
                "Betaalde uren zonder productief werk (verlof, verzuim, leegloop) kosten "
                f"{keep(e(idle.cost))} aan loon en begeleiding, waartegenover "
                f"{keep(e(idle.income))} aan subsidies staat: per saldo "
                f"{keep(e(idle.result))}.",
                s.body,
            )
        )
    return story


def _work_type_part(report: ActivityReport) -> list[Flowable]:
    s = styles()
    e = display.euro
    groups = totals_by_work_type(report.lines)
    order = [wt for wt in WorkType if wt in groups] + ([None] if None in groups else [])
    bars = [Bar(_work_type_label(wt), groups[wt].result) for wt in order]
    columns = [
        Column("Werksoort", numeric=False),
        Column("Productieve uren"),
        Column("NTW"),
        Column("Kosten"),
        Column("Opbrengsten en subsidies"),
        Column("Dekkingsgraad"),
        Column("Resultaat"),
    ]

    def row(label: str, f: ActivityFigures, kind: RowKind = RowKind.BODY) -> FigureRow:
        cells: list[str | Cell] = [
            label, num(f.productive_hours), money(f.ntw), money(f.cost), money(f.income)
        ]
        flag = kind is RowKind.BODY and is_loss(f.result)
        return FigureRow([*cells, pct(f.coverage), money(f.result)], kind, flag=flag)

    rows = [row(_work_type_label(wt), groups[wt]) for wt in order]
    rows.append(row("Totaal", report.totals, RowKind.TOTAL))
    return [
        Spacer(1, 6),
        KeepTogether(
            [
                Paragraph("Resultaat per werksoort", s.subheading),
                bar_chart(bars, width=PORTRAIT_WIDTH),
                Paragraph(
                    "Inclusief de niet-productieve uren van elke werksoort; de staven samen "
                    f"geven het totale resultaat van {keep(e(report.totals.result))}.",
                    s.small,
                ),
            ]
        ),
        Spacer(1, 6),
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=7.5),
    ]


def _activity_charts(productive: list[ActivityFigures]) -> list[Flowable]:
    s = styles()
    ordered = sorted(productive, key=lambda line: line.result)
    charts: list[Flowable] = []
    for start in range(0, len(ordered), BARS_PER_CHART):
        chunk = ordered[start : start + BARS_PER_CHART]
        bars = [Bar(_activity_label(line), line.result) for line in chunk]
        charts += [bar_chart(bars, width=PORTRAIT_WIDTH, bar_height=10, gap=4), Spacer(1, 8)]
    heading = [
        Paragraph("Resultaat per activiteit", s.heading),
        Paragraph(
            "Van het grootste verlies naar de grootste winst; zonder de niet-productieve uren.",
            s.small,
        ),
    ]
    return [KeepTogether([*heading, charts[0]]), *charts[1:]]


WIDE_CELL_SIZE = 8.0
"""Type size of the landscape tables; :func:`figure_table` shrinks it, never below 7 here."""
ACTIVITY_COLUMN = Column("Activiteit", numeric=False, weight=1.5)
"""The first column of every landscape table, the widest of its text columns."""


def _revenue_tables(report: ActivityReport, productive: list[ActivityFigures]) -> list[Flowable]:
    """Revenue per activity, then rates per activity: two tables, so the type stays legible.

    One table of 13 columns needed 6.5 pt on landscape A4; split, each has 8 columns or
    fewer, and the activity's name in the first column of both.
    """
    revenue = [
        ACTIVITY_COLUMN,
        Column("Opdrachtgever", numeric=False, weight=1.1),
        Column("Werksoort", numeric=False, weight=0.8),
        Column("Productieve uren"),
        Column("Omzet"),
        Column("Bron", numeric=False, weight=0.5),
        Column("Inkoop"),
        Column("NTW"),
    ]
    rates = [
        ACTIVITY_COLUMN,
        Column("Productieve uren"),
        Column("NTW per uur"),
        Column("Kostprijs per uur"),
        Column("Huidig tarief"),
        Column("Eenheid", numeric=False, weight=0.3),
        Column("Kostendekkend tarief"),
    ]

    def revenue_row(line: ActivityFigures) -> FigureRow:
        return FigureRow(
            [
                _activity_label(line),
                report.client_names.get(line.code, ""),
                _work_type_label(line.work_type),
                num(line.productive_hours),
                money(line.revenue),
                "" if line.revenue_source is None else line.revenue_source.label,
                money(line.purchase_value),
                money(line.ntw),
            ],
            flag=is_loss(line.result),
        )

    def rate_row(line: ActivityFigures) -> FigureRow:
        return FigureRow(
            [
                _activity_label(line),
                num(line.productive_hours),
                money(line.ntw_per_hour),
                money(line.cost_price_per_hour),
                *rate_cells(line, rate_places(line)),
            ],
            flag=is_loss(line.result),
        )

    t = report.totals
    revenue_total = FigureRow(
        ["Totaal", "", "", num(t.productive_hours), money(t.revenue), "",
         money(t.purchase_value), money(t.ntw)],
        RowKind.TOTAL,
    )  # fmt: skip
    rate_total = FigureRow(
        ["Totaal (kostprijs incl. niet-productief)", num(t.productive_hours),
         money(t.ntw_per_hour), money(t.cost_price_per_hour), "", "", ""],
        RowKind.TOTAL,
    )  # fmt: skip
    return [
        *_wide(
            "Omzet per activiteit",
            revenue,
            [*map(revenue_row, productive), revenue_total],
            "Niet-productieve uren hebben geen omzet en staan bij de kosten. "
            "Bron: gefactureerd, of tarief x volume.",
        ),
        *landscape(),
        *_wide(
            "Tarieven per activiteit",
            rates,
            [*map(rate_row, productive), rate_total],
            "Kostendekkend tarief: het tarief waarbij het resultaat van de activiteit 0 is, in "
            "de eenheid van het huidige tarief (het tarief op de laatste dag van de periode).",
        ),
    ]


def _cost_tables(
    report: ActivityReport, productive: list[ActivityFigures], idle: list[ActivityFigures]
) -> list[Flowable]:
    """Costs per activity, then income and result: two tables of at most 9 columns."""
    cost = [
        ACTIVITY_COLUMN,
        Column("Loonkosten"),
        Column("Begeleiding (kosten)"),
        Column("Overhead"),
        Column("Kosten"),
    ]
    income = [
        ACTIVITY_COLUMN,
        Column("NTW"),
        Column("LKS"),
        Column("Begeleiding (vergoeding)"),
        Column("Rijksbijdrage Wsw"),
        Column("Opbrengsten"),
        Column("Kosten"),
        Column("Dekkingsgraad"),
        Column("Resultaat"),
    ]

    def cost_cells(f: ActivityFigures) -> list[str | Cell]:
        return [money(f.wage_cost), money(f.guidance_cost), money(f.overhead), money(f.cost)]

    def income_cells(f: ActivityFigures) -> list[str | Cell]:
        return [
            money(f.ntw),
            money(f.lks),
            money(f.guidance_subsidy),
            money(f.wsw_subsidy),
            money(f.income),
            money(f.cost),
            pct(f.coverage),
            money(f.result),
        ]

    def rows(cells: Callable[[ActivityFigures], list[str | Cell]]) -> list[FigureRow]:
        def row(label: str, f: ActivityFigures, kind: RowKind = RowKind.BODY) -> FigureRow:
            flag = kind is RowKind.BODY and not _is_non_productive(f) and is_loss(f.result)
            return FigureRow([label, *cells(f)], kind, flag=flag)

        result = [FigureRow(["Activiteiten"], RowKind.SECTION)]
        result += [row(_activity_label(line), line) for line in productive]
        result.append(row("Subtotaal activiteiten", totals(productive), RowKind.SUBTOTAL))
        if idle:
            result.append(FigureRow([NON_PRODUCTIVE_NAME], RowKind.SECTION))
            result += [row(_activity_label(line), line) for line in idle]
            result.append(row("Subtotaal niet-productief", totals(idle), RowKind.SUBTOTAL))
        result.append(row("Totaal", report.totals, RowKind.TOTAL))
        return result

    return [
        *_wide(
            "Kosten per activiteit",
            cost,
            rows(cost_cells),
            "Kosten = loonkosten + begeleidingskosten (uren x uurkosten jobcoach) + overhead "
            "(productieve uren x overheadtarief van de werksoort). Verlies: de activiteit heeft "
            "een negatief resultaat (zie de volgende tabel).",
        ),
        *landscape(),
        *_wide(
            "Opbrengsten, subsidies en resultaat per activiteit",
            income,
            rows(income_cells),
            "Resultaat = opbrengsten - kosten; dekkingsgraad = opbrengsten / kosten. "
            "Verlies: de activiteit heeft een negatief resultaat (niet-productieve regels "
            "zijn per definitie verlies en worden niet zo gemarkeerd).",
        ),
    ]


def _wide(heading: str, columns: list[Column], rows: list[FigureRow], note: str) -> list[Flowable]:
    """A landscape table under its heading, with its note below it."""
    s = styles()
    return [
        Paragraph(heading, s.heading),
        figure_table(columns, rows, width=LANDSCAPE_WIDTH, cell_size=WIDE_CELL_SIZE),
        Spacer(1, 4),
        Paragraph(note, s.small),
    ]


def activities_story(report: ActivityReport) -> list[Flowable]:
    """The flowables of the activity report, cover to Begrippenlijst."""
    productive = [line for line in report.lines if not _is_non_productive(line)]
    idle = [line for line in report.lines if _is_non_productive(line)]
    story = report_cover(report, TITLE, "Kostprijs, dekking en resultaat per activiteit")
    story += _summary(report, productive)
    story += _work_type_part(report)
    if productive:
        story += [Spacer(1, 12), *_activity_charts(productive)]
    story += [*portrait(), *rates_page(report), *portrait(), *scenario_page(report)]
    story += [
        *landscape(),
        *_revenue_tables(report, productive),
        *landscape(),
        *_cost_tables(report, productive, idle),
        *portrait(),
    ]
    assumptions = list(ASSUMPTIONS)
    if report.scenario_2028 is not None:
        assumptions.append(report.scenario_2028.assumption)
    story += accountability_pages(
        report.parameters,
        report.warnings,
        width=PORTRAIT_WIDTH,
        assumptions=assumptions,
        municipality_names=report.municipality_names,
        full_list=f"{FULL_LIST} De opdracht <i>sodesk explain</i> toont per bedrag de "
        "medewerkers en maanden waaruit het is opgebouwd.",
    )
    story += [*portrait(), *glossary_pages(PORTRAIT_WIDTH)]
    return story


def render_activities_pdf(report: ActivityReport) -> bytes:
    """The activity report as a PDF document, in Dutch.

    Args:
        report: the report object (as from ``build_activity_report``).

    Returns:
        The PDF's bytes; write them with ``sodesk.reports.files.write_atomically``.
    """
    short, whole = stamp(report.fingerprint, "activities", report.period)
    subject = period_text(report.period)
    document = ReportDocument(TITLE, report.company, subject, short, whole)
    return document.build(activities_story(report))
