"""Pages 4 to 8 of the municipal report PDF: work types, wage value, guidance, money, 2028.

Why: :mod:`.municipal` builds the document; these pages show the municipality's workers by
work type (werksoorten, beside the sector's mix), their wage values (loonwaarde), guidance
(begeleiding), the financial picture (financieel beeld) and the 2028 fixed subsidy (R12).
Every figure is a field of :class:`MunicipalReport` or a domain function's result
(:func:`scenario_total`), formatted by :mod:`sodesk.domain.display`; sentences and tables
format the same objects, so they agree to the cent. No worker is named or numbered.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from sodesk.domain import display
from sodesk.domain.questionnaire import WAGE_VALUE_CATEGORIES
from sodesk.domain.scenarios import scenario_total
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import PORTRAIT_WIDTH
from sodesk.reports.pdf.styles import styles, text
from sodesk.reports.pdf.tables import (
    Cell,
    Column,
    FigureRow,
    RowKind,
    figure_table,
    money,
    num,
    pct,
)

NBSP = "\u00a0"
SURCHARGE_2028 = "assumption.surcharge_2028"


def keep(value: str) -> str:
    """A figure that must not break over two lines in running text (escaped)."""
    return text(value).replace(" ", NBSP)


def persons(count: int, one: str = "medewerker", many: str = "medewerkers") -> str:
    """``"1 medewerker"``, ``"8 medewerkers"``: the count stays on the line of its noun."""
    return f"{count}{NBSP}{one if count == 1 else many}"


def whole(value: int | None) -> Cell:
    """A count (people, places) as a cell; ``"–"`` for None."""
    return Cell(display.UNDEFINED if value is None else display.number(Decimal(value), 0))


def municipality_name(report: MunicipalReport) -> str:
    return text(report.municipality.name)


def work_types_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    t = report.wage_value
    shown = [
        f for f in report.work_types.values() if f.headcount or report.sector_mix.get(f.work_type)
    ]
    bars: list[Bar] = []
    rows = []
    for f in shown:
        sector = report.sector_mix.get(f.work_type)
        if f.share is not None:
            bars.append(Bar(f"{f.work_type.label}: gemeente", f.share))
        if sector is not None:
            bars.append(Bar(f"{f.work_type.label}: sector 2023", sector, muted=True))
        rows.append(
            FigureRow(
                [f.work_type.label, whole(f.headcount), num(f.fte), pct(f.share), pct(sector),
                 money(f.ntw), money(f.average_lks_per_fte)]
            )
        )  # fmt: skip
    rows.append(
        FigureRow(["Totaal", whole(t.headcount), num(t.fte), "", "", money(t.ntw),
                   money(t.average_lks_per_fte)], RowKind.TOTAL)
    )  # fmt: skip
    largest = max(shown, key=lambda f: f.headcount, default=None)
    story: list[Flowable] = [
        Paragraph("Werksoorten", s.heading),
        Paragraph(
            f"In de periode waren {persons(t.headcount)} uit {municipality_name(report)} in "
            f"dienst, samen {keep(display.number(t.fte))} fte; hun werk bracht "
            f"{keep(display.euro(t.ntw))} netto toegevoegde waarde op."
            + (
                ""
                if largest is None or not largest.headcount
                else f" De grootste werksoort is {text(largest.work_type.label)} met "
                f"{persons(largest.headcount)} ({keep(display.percent(largest.share))})."
            ),
            s.body,
        ),
        Paragraph("Aandeel per werksoort naast de sector (Cedris 2023)", s.subheading),
        bar_chart(bars, width=PORTRAIT_WIDTH, value_text=display.percent, bar_height=10, gap=3),
        Spacer(1, 8),
        figure_table(
            [
                Column("Werksoort", numeric=False),
                Column("Medewerkers"),
                Column("fte"),
                Column("Aandeel"),
                Column("Sector 2023"),
                Column("NTW"),
                Column("Gem. LKS per fte"),
            ],
            rows,
            width=PORTRAIT_WIDTH,
            cell_size=8,
        ),
        Paragraph(
            "Medewerkers: iedereen uit de gemeente die op minstens één dag in dienst was, in "
            "de werksoort van de plaatsing op de laatste dag; fte over de hele periode (37 uur "
            "= 1 fte). NTW: het deel van de gemeente in de NTW van elke activiteit, naar "
            "productieve uren, onder de werksoort van de activiteit. Sector: werksoorten van "
            "beschut werk, Cedris sectorinformatie 2023.",
            s.small,
        ),
    ]
    if report.unplaced_persons:
        story.append(
            Paragraph(
                f"{persons(report.unplaced_persons)} zonder plaatsing op de laatste dag in "
                "dienst staan in geen werksoort.",
                s.small,
            )
        )
    return story


def wage_value_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    t = report.wage_value
    count = display.number
    bars = [
        Bar(label, Decimal(n))
        for label, n in zip(WAGE_VALUE_CATEGORIES, t.wage_value_categories, strict=True)
    ]
    rows = [
        FigureRow([f.work_type.label, whole(f.measured_persons), pct(f.average_wage_value),
                   *(whole(n) for n in f.wage_value_categories)])
        for f in report.work_types.values()
        if f.headcount
    ]  # fmt: skip
    rows.append(
        FigureRow(["Totaal", whole(t.measured_persons), pct(t.average_wage_value),
                   *(whole(n) for n in t.wage_value_categories)], RowKind.TOTAL)
    )  # fmt: skip
    columns = [Column("Werksoort", numeric=False), Column("Gemeten"), Column("Gemiddeld")]
    columns += [Column(label, width=40) for label in WAGE_VALUE_CATEGORIES]
    if t.measured_persons:
        sentence = (
            f"Van {persons(t.measured_persons)} uit {municipality_name(report)} is een "
            f"loonwaarde gemeten; gemiddeld is die {keep(display.percent(t.average_wage_value))}"
            ". De staven tonen hoeveel medewerkers in elke categorie vallen."
        )
    else:
        sentence = f"Van de medewerkers uit {municipality_name(report)} is geen loonwaarde gemeten."
    return [
        Paragraph("Loonwaarde", s.heading),
        Paragraph(sentence, s.body),
        Paragraph("Medewerkers per loonwaardecategorie", s.subheading),
        bar_chart(bars, width=PORTRAIT_WIDTH, value_text=lambda v: count(v, 0)),
        Spacer(1, 8),
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=8),
        Paragraph(
            "Loonwaarde: de meting die gold op de laatste dag in dienst binnen de periode. Een "
            "grens telt bij de hogere categorie (20 % valt in 20-30 %).",
            s.small,
        ),
    ]


def guidance_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    g = report.guidance
    e = display.euro
    rows = [
        FigureRow(["Uren begeleiding door jobcoaches", num(g.hours)]),
        FigureRow(["Kosten van die begeleiding", money(g.cost)]),
        FigureRow(["Begeleidingsvergoeding van de gemeente", money(g.subsidy)]),
    ]
    return [
        Paragraph("Begeleiding", s.heading),
        Paragraph(
            f"De medewerkers uit {municipality_name(report)} kregen in de periode "
            f"{keep(display.hours(g.hours))} uur begeleiding van jobcoaches. Die begeleiding "
            f"kostte {keep(e(g.cost))}; de gemeente betaalde een begeleidingsvergoeding van "
            f"{keep(e(g.subsidy))}.",
            s.body,
        ),
        figure_table(
            [Column("Begeleiding", numeric=False), Column("Periode")],
            rows,
            width=PORTRAIT_WIDTH,
            cell_size=8.5,
        ),
        Spacer(1, 10),
        Paragraph("Kosten tegenover vergoeding", s.subheading),
        bar_chart(
            [Bar("Kosten begeleiding", g.cost), Bar("Begeleidingsvergoeding", g.subsidy)],
            width=PORTRAIT_WIDTH,
        ),
        Paragraph(
            "Kosten: vastgelegde uren x uurkosten jobcoach (company.coach_hourly_cost). "
            "Vergoeding: het bedrag van de gemeente per plaats beschut werk per jaar, naar "
            "rato van de dagen in dienst (R9).",
            s.small,
        ),
    ]


def finance_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    f, places = report.finance.figures, report.finance
    e, p = display.euro, display.percent
    rows = [
        FigureRow(["Opbrengsten"], RowKind.SECTION),
        FigureRow(["Omzet", money(f.revenue)]),
        FigureRow(["Inkoop", money(f.purchase_value)]),
        FigureRow(["Netto toegevoegde waarde (NTW)", money(f.ntw)]),
        FigureRow(["Loonkostensubsidie (LKS)", money(f.lks)]),
        FigureRow(["Begeleidingsvergoeding", money(f.guidance_subsidy)]),
        FigureRow(["Rijksbijdrage Wsw", money(f.wsw_subsidy)]),
        FigureRow(["Opbrengsten en subsidies", money(f.income)], RowKind.SUBTOTAL),
        FigureRow(["Kosten"], RowKind.SECTION),
        FigureRow(["Loonkosten", money(f.wage_cost)]),
        FigureRow(["Begeleidingskosten", money(f.guidance_cost)]),
        FigureRow(["Overhead", money(f.overhead)]),
        FigureRow(["Kosten", money(f.cost)], RowKind.SUBTOTAL),
        FigureRow(["Resultaat", money(f.result)], RowKind.TOTAL),
        FigureRow(["Kengetallen"], RowKind.SECTION),
        FigureRow(["Dekkingsgraad (opbrengsten / kosten)", pct(f.coverage)]),
        FigureRow(["Plaatsen (gemiddeld aantal banen van 31 uur)", num(places.places)]),
        FigureRow(["Resultaat per plaats", money(places.result_per_place)]),
        FigureRow(["Productieve uren", num(f.productive_hours)]),
        FigureRow(["NTW per productief uur", money(f.ntw_per_hour)]),
        FigureRow(["Kostprijs per productief uur", money(f.cost_price_per_hour)]),
    ]
    return [
        Paragraph("Financieel beeld", s.heading),
        Paragraph(
            f"De opbrengsten en subsidies van de medewerkers uit {municipality_name(report)} waren "
            f"{keep(e(f.income))}, de kosten {keep(e(f.cost))}. <b>Het resultaat is "
            f"{keep(e(f.result))} bij een dekkingsgraad van {keep(p(f.coverage))}</b>; per "
            f"plaats (gemiddeld {keep(display.number(places.places))} banen van 31 uur) is "
            f"dat {keep(e(places.result_per_place))}.",
            s.body,
        ),
        figure_table(
            [Column("Post", numeric=False), Column("Periode")],
            rows,
            width=PORTRAIT_WIDTH,
            cell_size=8.5,
        ),
        Paragraph(
            "NTW = omzet - inkoop: het deel van de gemeente in elke activiteit naar de "
            "productieve uren van haar medewerkers. Loonkosten, subsidies en begeleiding zijn "
            "die van de medewerkers zelf. Overhead: productieve uren x het overheadtarief van "
            "de werksoort.",
            s.small,
        ),
    ]


def scenario_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    now = report.scenario_2028
    losing = scenario_total(report.workers_losing)
    e = display.euro
    on_top = "bovenop" if report.surcharge_on_top_2028 else "niet bovenop"
    assumption = next((w.message for w in report.warnings if w.code == SURCHARGE_2028), "")
    rows = [
        FigureRow(["Nu (regime van de gemeente)", money(now.lks_now)]),
        FigureRow(["Vast percentage vanaf 2028", money(now.lks_fixed_68)]),
        FigureRow(["Verschil (2028 - nu)", money(now.difference)], RowKind.TOTAL),
    ]
    story: list[Flowable] = [
        Paragraph("2028: vaste loonkostensubsidie", s.heading),
        Paragraph(
            "Vanaf 1 januari 2028 vervangt een vaste loonkostensubsidie van 68 % van het "
            "wettelijk minimumloon de loonwaardemeting voor beschut werkers (R3). Over dezelfde "
            "uren en hetzelfde minimumloon als in deze periode zou de LKS voor de beschut "
            f"werkers uit {municipality_name(report)} {keep(e(now.lks_fixed_68))} zijn in plaats "
            f"van {keep(e(now.lks_now))}; het verschil (2028 min nu) is {keep(e(now.difference))}.",
            s.body,
        ),
        Paragraph(
            "<b>Aanname:</b> of de opslag voor werkgeverslasten bij de vaste 68 % komt, is "
            f"nog niet gepubliceerd. Hier is aangenomen dat die opslag er {on_top} komt.",
            s.body,
        ),
        figure_table(
            [Column("Loonkostensubsidie beschut werkers", numeric=False), Column("Periode")],
            rows,
            width=PORTRAIT_WIDTH,
            cell_size=8.5,
        ),
        Spacer(1, 8),
        bar_chart(
            [Bar("LKS nu", now.lks_now), Bar("LKS vast 2028", now.lks_fixed_68)],
            width=PORTRAIT_WIDTH,
        ),
        Paragraph("Wie minder zou krijgen", s.subheading),
    ]
    if report.workers_losing:
        story.append(
            Paragraph(
                f"Voor {persons(len(report.workers_losing), 'beschut werker', 'beschut werkers')}"
                f" zou de subsidie dalen: samen van {keep(e(losing.lks_now))} naar "
                f"{keep(e(losing.lks_fixed_68))}, een verschil van "
                f"{keep(e(losing.difference))}. Het zijn "
                "medewerkers met een lage loonwaarde, voor wie nu de maximale subsidie geldt. "
                "Dit rapport noemt hen niet; een lijst op personeelsnummer kan apart worden "
                "gemaakt.",
                s.body,
            )
        )
    else:
        story.append(
            Paragraph("Geen enkele beschut werker zou in 2028 minder subsidie krijgen.", s.body)
        )
    if assumption:
        story.append(Paragraph(text(assumption), s.small))
    return story
