"""Pages 4 to 6 of the municipal report PDF: work types, wage value and guidance.

Why: :mod:`.municipal` builds the document; these pages show the municipality's workers by
work type (werksoorten, beside the sector's mix), their wage values (loonwaarde) and how
they developed for the people measured more than once, and their guidance (begeleiding) per
person per month beside its cost and the allowance; :mod:`.municipal_money` has the money
pages. Every figure is a field of :class:`MunicipalReport`, formatted by
:mod:`sodesk.domain.display`; sentences and tables format the same objects, so they agree to
the cent. People appear only as counts: no worker is named or numbered.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from sodesk.domain import display
from sodesk.domain.money import percent_from_fraction
from sodesk.domain.questionnaire import WAGE_VALUE_CATEGORIES
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import PORTRAIT_WIDTH
from sodesk.reports.pdf.styles import NBSP, counted, keep, styles, text
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


def period_table(label: str, rows: list[FigureRow], cell_size: float = 8.5) -> Table:
    """Two columns across the page: what each row is (headed ``label``), its figure over the
    period."""
    columns = [Column(label, numeric=False), Column("Periode")]
    return figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=cell_size)


def persons(count: int, one: str = "medewerker", many: str = "medewerkers") -> str:
    """:func:`counted`, of the municipality's workers unless said otherwise."""
    return counted(count, one, many)


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
        Paragraph(
            "Omvang telt dit rapport op drie manieren: in personen (hoofden, zoals UWV telt), "
            "in banen van 31 uur (contracturen per week / 31, de eenheid van de taakstelling) en "
            "in fte (contracturen per week / 37, de volledige werkweek van de cao Aan de Slag); "
            f"deze pagina telt alle {persons(t.headcount)} uit de gemeente over de hele periode, "
            "de Realisatie alleen de "
            f"{persons(report.realisation.persons, 'beschut werker', 'beschut werkers')} op "
            f"{display.date_nl(report.period.end)}.",
            s.small,
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
        Spacer(1, 6),
        *_development(report),
    ]


def points(fraction: Decimal | None) -> str:
    """A change of a percentage in points, with its sign: ``"+3,3 procentpunt"``."""
    if fraction is None:
        return display.UNDEFINED
    shown = display.number(percent_from_fraction(fraction), 1)
    # a plus before a rise as shown; "0,0" (nothing but zeros and the comma) gets no sign
    sign = "+" if not shown.startswith("-") and shown.strip("0,") else ""
    return f"{sign}{shown}{NBSP}procentpunt"


def _development(report: MunicipalReport) -> list[Flowable]:
    """Wage value over time: up, the same, down, for the people measured more than once."""
    s = styles()
    d = report.wage_value_development
    day = display.date_nl(report.period.end)
    story: list[Flowable] = [Paragraph("Ontwikkeling bij herhaalde meting", s.subheading)]
    if not d.persons:
        story.append(
            Paragraph(
                f"Van de medewerkers uit {municipality_name(report)} in dienst in de periode is "
                f"tot en met {day} niemand meer dan eens gemeten.",
                s.body,
            )
        )
        return story
    story.append(
        Paragraph(
            f"Van {persons(d.persons)} is tot en met {day} de loonwaarde meer dan eens gemeten. "
            f"Tussen de eerste en de laatste meting steeg die bij {d.up}, bleef die gelijk bij "
            f"{d.same} en daalde die bij {d.down}; gemiddeld veranderde de loonwaarde "
            f"{keep(points(d.average_change))}.",
            s.body,
        )
    )
    rows = [
        FigureRow(["Gestegen", whole(d.up)]),
        FigureRow(["Gelijk gebleven", whole(d.same)]),
        FigureRow(["Gedaald", whole(d.down)]),
        FigureRow(["Meer dan eens gemeten", whole(d.persons)], RowKind.TOTAL),
        FigureRow(["Gemiddelde verandering", Cell(points(d.average_change))]),
    ]
    bars = [
        Bar("Gestegen", Decimal(d.up)),
        Bar("Gelijk gebleven", Decimal(d.same)),
        Bar("Gedaald", Decimal(d.down)),
    ]
    story += [
        figure_table(
            [Column("Eerste tegen laatste meting", numeric=False), Column("Medewerkers")],
            rows,
            width=PORTRAIT_WIDTH / 2,
            cell_size=8,
        ),
        Spacer(1, 4),
        bar_chart(bars, width=PORTRAIT_WIDTH, value_text=lambda v: display.number(v, 0)),
        Paragraph(
            "Alleen medewerkers in dienst in de periode met twee of meer metingen tot en met "
            "de laatste dag; de eerste meting tegen de meting die op die dag gold. Aantallen "
            "personen, geen namen.",
            s.small,
        ),
    ]
    return story


def guidance_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    g, i = report.guidance, report.guidance.intensity
    e = display.euro
    rows = [
        FigureRow(["Uren begeleiding door jobcoaches", num(g.hours)]),
        FigureRow(["Begeleide medewerkers", whole(i.guided_persons)]),
        FigureRow(["Maanden in dienst van de begeleide medewerkers", num(i.months_in_service)]),
        FigureRow(["Uren per begeleide medewerker per maand", num(i.hours_per_person_month)]),
        FigureRow(["Kosten van die begeleiding", money(g.cost)]),
        FigureRow(["Begeleidingsvergoeding van de gemeente", money(g.subsidy)]),
    ]
    if i.guided_persons:
        intensity = (
            f" Begeleid werden {persons(i.guided_persons)}, samen "
            f"{keep(display.number(i.months_in_service))} maanden in dienst: gemiddeld "
            f"<b>{keep(display.hours(i.hours_per_person_month))} uur per begeleide medewerker "
            "per maand</b>."
        )
    else:
        intensity = " Niemand kreeg begeleiding in de periode."
    return [
        Paragraph("Begeleiding", s.heading),
        Paragraph(
            f"De medewerkers uit {municipality_name(report)} kregen in de periode "
            f"{keep(display.hours(g.hours))} uur begeleiding van jobcoaches. Die begeleiding "
            f"kostte {keep(e(g.cost))}; de gemeente betaalde een begeleidingsvergoeding van "
            f"{keep(e(g.subsidy))}.{intensity}",
            s.body,
        ),
        period_table("Begeleiding", rows),
        Spacer(1, 10),
        Paragraph("Kosten tegenover vergoeding", s.subheading),
        bar_chart(
            [Bar("Kosten begeleiding", g.cost), Bar("Begeleidingsvergoeding", g.subsidy)],
            width=PORTRAIT_WIDTH,
        ),
        Paragraph(
            "Kosten: vastgelegde uren x uurkosten jobcoach (een jaarparameter van het bedrijf). "
            "Vergoeding: het bedrag van de gemeente per plaats beschut werk per jaar, naar "
            "rato van de dagen in dienst. Begeleid: medewerkers met uren begeleiding in de "
            "periode; maanden in dienst per kalendermaand als dagen in dienst / dagen van de "
            "maand; uren per maand = hun uren / hun maanden in dienst.",
            s.small,
        ),
    ]
