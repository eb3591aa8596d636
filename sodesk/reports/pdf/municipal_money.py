"""Pages 7 and 8 of the municipal report PDF: the financial picture and 2028.

Why: :mod:`.municipal` builds the document; these two pages are about money. The financial
picture (financieel beeld, R7) gives the municipality's workers' income, cost and result, and
the company's activities those workers worked on that do not earn their cost, named by
activity with coverage, result and the break-even rate beside the current rate (R8). The
2028 page sets today's subsidy against the statutory fixed percentage (R3, R12), the
percentage printed from the report's own figure. Every figure is a field of
:class:`MunicipalReport` or a domain function's result (:func:`scenario_total`), formatted
by :mod:`sodesk.domain.display`. No worker is named or numbered.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from sodesk.domain import display
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.scenarios import scenario_total
from sodesk.reports.finding_texts import finding_text, plain_message
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.pdf.activity_answers import rate_cells, rate_text, regime_percent
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import PORTRAIT_WIDTH
from sodesk.reports.pdf.municipal_parts import municipality_name, period_table, persons
from sodesk.reports.pdf.styles import keep, styles, text
from sodesk.reports.pdf.tables import (
    Column,
    FigureRow,
    RowKind,
    figure_table,
    money,
    num,
    pct,
)

SURCHARGE_2028 = "assumption.surcharge_2028"


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
        FigureRow(
            ["Plaatsen (gemiddeld aantal banen van 31 uur, alle doelgroepen)", num(places.places)]
        ),
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
        period_table("Post", rows, cell_size=7.5),
        Paragraph(
            "NTW = omzet - inkoop: het deel van de gemeente in elke activiteit naar de "
            "productieve uren van haar medewerkers. Loonkosten, subsidies en begeleiding zijn "
            "die van de medewerkers zelf. Overhead: productieve uren x het overheadtarief van "
            "de werksoort.",
            s.small,
        ),
        Spacer(1, 4),
        *_below_cost(report),
    ]


def _below_cost(report: MunicipalReport) -> list[Flowable]:
    """The activities the workers worked on whose income does not cover their cost."""
    s = styles()
    lines = report.activities_below_cost
    story: list[Flowable] = [Paragraph("Activiteiten onder de kostprijs", s.subheading)]
    if not lines:
        story.append(
            Paragraph(
                f"Alle activiteiten waarop medewerkers uit {municipality_name(report)} in de "
                "periode werkten, dekten hun kosten.",
                s.body,
            )
        )
        return story
    worst = lines[0]
    story.append(
        Paragraph(
            f"De medewerkers uit {municipality_name(report)} werkten op "
            f"{persons(len(lines), 'activiteit', 'activiteiten')} die over de hele periode "
            f"{'haar kosten niet dekte' if len(lines) == 1 else 'hun kosten niet dekten'}. "
            f"Het grootste verlies heeft {text(worst.name)}: "
            f"{keep(display.euro(worst.result))} bij een dekkingsgraad van "
            f"{keep(display.percent(worst.coverage))}; kostendekkend is een tarief van "
            f"{keep(rate_text(worst.break_even_rate))}{_per(worst)}, tegen "
            f"{keep(rate_text(worst.current_rate))} nu.",
            s.body,
        )
    )
    columns = [
        Column("Activiteit", numeric=False),
        Column("Dekkingsgraad"),
        Column("Resultaat"),
        Column("Huidig tarief"),
        Column("Eenheid", width=48, numeric=False),
        Column("Kostendekkend tarief"),
    ]
    rows = [
        FigureRow(
            [
                f"{line.code} {line.name}",
                pct(line.coverage),
                money(line.result),
                *rate_cells(line),
            ]
        )
        for line in lines
    ]
    story += [
        Paragraph(
            "De hele activiteit van het bedrijf, niet alleen het deel van de gemeente: "
            "dekkingsgraad en resultaat over alle medewerkers die erop werkten. "
            "Kostendekkend tarief: het tarief waarbij het resultaat 0 is, naast het tarief "
            "op de laatste dag van de periode.",
            s.small,
        ),
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=7.5),
    ]
    return story


def _per(line: ActivityFigures) -> str:
    """``" per uur"``: the rate's unit in running text, empty without one."""
    unit = line.current_rate_unit
    return "" if unit is None else f" {text(unit.label)}"


def scenario_page(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    now = report.scenario_2028
    losing = scenario_total(report.workers_losing)
    e = display.euro
    fixed = keep(regime_percent(report.fixed_fraction_2028))
    on_top = "bovenop" if report.surcharge_on_top_2028 else "niet bovenop"
    assumption = next((finding_text(w) for w in report.warnings if w.code == SURCHARGE_2028), "")
    rows = [
        FigureRow(["Nu (regime van de gemeente)", money(now.lks_now)]),
        FigureRow(["Vast percentage vanaf 2028", money(now.lks_fixed_68)]),
        FigureRow(["Verschil (2028 - nu)", money(now.difference)], RowKind.TOTAL),
    ]
    story: list[Flowable] = [
        Paragraph("2028: vaste loonkostensubsidie", s.heading),
        Paragraph(
            f"Vanaf 1 januari 2028 vervangt een vaste loonkostensubsidie van {fixed} van het "
            "wettelijk minimumloon de loonwaardemeting voor beschut werkers. Over dezelfde "
            "uren en hetzelfde minimumloon als in deze periode zou de LKS voor de beschut "
            f"werkers uit {municipality_name(report)} {keep(e(now.lks_fixed_68))} zijn in plaats "
            f"van {keep(e(now.lks_now))}; het verschil (2028 min nu) is {keep(e(now.difference))}.",
            s.body,
        ),
        Paragraph(
            f"De LKS van nu ({keep(e(now.lks_now))}) is die van alleen de beschut werkers in "
            "deze periode, de groep waarvoor de vaste subsidie van 2028 geldt; de LKS bij "
            f"Kerncijfers en Financieel beeld ({keep(e(report.finance.figures.lks))}) telt ook de "
            "medewerkers van de banenafspraak mee.",
            s.body,
        ),
        Paragraph(
            f"<b>Aanname:</b> of de opslag voor werkgeverslasten bij de vaste {fixed} komt, is "
            f"nog niet gepubliceerd. Hier is aangenomen dat die opslag er {on_top} komt.",
            s.body,
        ),
        period_table("Loonkostensubsidie beschut werkers", rows),
        Spacer(1, 8),
        bar_chart(
            [
                Bar("LKS nu", now.lks_now),
                Bar(f"LKS vast {regime_percent(report.fixed_fraction_2028)}", now.lks_fixed_68),
            ],
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
        story.append(Paragraph(text(plain_message(assumption)), s.small))
    return story
