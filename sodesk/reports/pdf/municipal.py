"""The municipal report as PDF (gemeenterapportage): the document for the meeting.

Why: a manager takes this to the municipality to explain what its residents' places realise
and cost (SCREENS.md "The municipal report, page by page"). It prints the same
:class:`MunicipalReport` that becomes the JSON: every figure is a field of the report object
or the result of a domain function (:func:`scenario_total`), formatted by
:mod:`sodesk.domain.display`, so each figure in a sentence equals the one in its table to the
cent. It names activities, never people: no names, no BSNs, no personnel numbers (the 2028
page gives the *number* of workers whose subsidy would fall).

Pages (A4 portrait, each part on its own page): cover; Kerncijfers; Realisatie en wachtlijst;
Realisatie per jaar tot 2030 (:mod:`.municipal_history`, when the report has its history);
then Werksoorten, Loonwaarde and Begeleiding from :mod:`.municipal_parts` (Begeleiding with
guidance against wage value in bands, :mod:`.municipal_history`), Financieel beeld and
2028 from :mod:`.municipal_money`; Verantwoording, whose warnings are grouped per kind with a
count and a sentence that names no worker (:mod:`.warning_groups`), while the JSON keeps them
one by one; last the Begrippenlijst (:mod:`.glossary`).
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from sodesk.domain import display
from sodesk.domain.enums import Placeable
from sodesk.reports.finding_texts import finding_text
from sodesk.reports.fingerprint import stamp
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import PORTRAIT_WIDTH, ReportDocument, portrait
from sodesk.reports.pdf.glossary import glossary_pages
from sodesk.reports.pdf.incomplete_box import report_cover
from sodesk.reports.pdf.municipal_appendix import appendix_pages
from sodesk.reports.pdf.municipal_history import guidance_wage_value_part, years_page
from sodesk.reports.pdf.municipal_money import finance_page, scenario_page
from sodesk.reports.pdf.municipal_parts import (
    guidance_page,
    municipality_name,
    persons,
    wage_value_page,
    whole,
    work_types_page,
)
from sodesk.reports.pdf.pages import (
    KeyFigure,
    accountability_pages,
    key_figures,
    period_text,
)
from sodesk.reports.pdf.styles import keep, styles, text
from sodesk.reports.pdf.tables import (
    Column,
    FigureRow,
    RowKind,
    figure_table,
    is_loss,
    num,
    pct,
)

TITLE = "Gemeenterapportage"
ASSUMPTION_PREFIX = "assumption."

ASSUMPTIONS = (
    "Bedragen zijn onafgerond berekend en pas bij het tonen half-op afgerond op centen; "
    "percentages op één decimaal. Een totaal kan daardoor een cent afwijken van de som van "
    "de getoonde regels.",
    "Medewerkers uit de gemeente: iedereen met deze woongemeente, van elke doelgroep (beschut "
    "werk, Wsw, banenafspraak). Realisatie en het scenario 2028 tellen alleen beschut werkers.",
    "Kosten (R7) = loonkosten + begeleidingskosten + overhead; opbrengsten = NTW + LKS + "
    "begeleidingsvergoeding + rijksbijdrage Wsw; resultaat = opbrengsten - kosten; "
    "dekkingsgraad = opbrengsten / kosten.",
)


def _key_figures(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    r, f = report.realisation, report.finance.figures
    e, p, h = display.euro, display.percent, display.hours
    day = display.date_nl(report.period.end)
    if r.target is None:
        against = "; er is geen taakstelling voor dat jaar bekend"
    else:
        against = f" tegen een taakstelling van {r.target} banen"
    tiles = [
        KeyFigure(
            "Realisatie (banen van 31 uur)",
            p(r.percent),
            f"{persons(r.persons, 'beschut werker', 'beschut werkers')} in dienst op {day}, "
            f"samen {keep(display.number(r.jobs_31h))} banen van 31 uur{against}. "
            f"Op de wachtlijst: {persons(r.waiting, 'persoon', 'personen')}.",
        ),
        KeyFigure(
            "Resultaat",
            e(f.result),
            f"Bij een dekkingsgraad van {keep(p(f.coverage))}: opbrengsten en subsidies "
            f"{keep(e(f.income))} tegen kosten van {keep(e(f.cost))}.",
            negative=is_loss(f.result),
        ),
        KeyFigure(
            "NTW per productief uur",
            e(f.ntw_per_hour),
            f"Netto toegevoegde waarde {keep(e(f.ntw))} over {keep(h(f.productive_hours))} "
            f"productieve uren; de kostprijs is {keep(e(f.cost_price_per_hour))} per uur.",
            negative=is_loss(f.ntw_per_hour),
        ),
        KeyFigure(
            "Loonkostensubsidie (LKS)",
            e(f.lks),
            "Voor alle medewerkers met beschut werk of banenafspraak; de pagina 2028 telt "
            "alleen de beschut werkers. "
            f"Daarnaast een begeleidingsvergoeding van {keep(e(f.guidance_subsidy))} en een "
            f"rijksbijdrage Wsw van {keep(e(f.wsw_subsidy))}.",
        ),
    ]
    estimated = sum(1 for w in report.warnings if not w.code.startswith(ASSUMPTION_PREFIX))
    return [
        Paragraph("Kerncijfers", s.heading),
        Paragraph(
            f"De medewerkers uit {municipality_name(report)} bij {text(report.company)} in de "
            f"periode {keep(period_text(report.period))}.",
            s.body,
        ),
        key_figures(tiles, width=PORTRAIT_WIDTH),
        Spacer(1, 6),
        Paragraph(
            f"Uitgangspunten en {persons(estimated, 'waarschuwing', 'waarschuwingen')} over "
            "ontbrekende of geschatte invoer: zie de Verantwoording achterin.",
            s.small,
        ),
    ]


def _realisation(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    r = report.realisation
    p, n = display.percent, display.number
    day = display.date_nl(report.period.end)
    name = municipality_name(report)
    story: list[Flowable] = [Paragraph("Realisatie en wachtlijst", s.heading)]
    sentence = (
        f"Op {day} werkten {persons(r.persons, 'beschut werker', 'beschut werkers')} uit "
        f"{name} bij het bedrijf, samen {keep(n(r.jobs_31h))} banen van 31 uur."
    )
    if r.target is not None:
        sentence += (
            f" Tegen de taakstelling van {r.target} banen is dat {keep(p(r.percent))}; er "
            f"ontbreken {keep(n(r.gap))} banen. In personen geteld is het "
            f"{keep(p(r.percent_persons))} ({r.gap_persons} te weinig)."
        )
    else:
        sentence += " Voor dit jaar is geen taakstelling bekend: percentage en tekort ontbreken."
    story.append(Paragraph(sentence, s.body))
    rows = [
        FigureRow(["Taakstelling (banen van 31 uur)", whole(r.target), ""]),
        FigureRow(["Beschut werkers in dienst", num(r.jobs_31h), whole(r.persons)]),
        FigureRow(["Realisatie", pct(r.percent), pct(r.percent_persons)]),
        FigureRow(["Tekort", num(r.gap), whole(r.gap_persons)]),
    ]
    columns = [
        Column(f"Op {day}", numeric=False),
        Column("In banen van 31 uur", width=110),
        Column("In personen", width=80),
    ]
    story += [figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=8.5), Spacer(1, 8)]
    waiting = [
        FigureRow([p_.label, whole(report.waiting_by_placeable.get(p_, 0))]) for p_ in Placeable
    ]
    waiting.append(FigureRow(["Wachtlijst", whole(r.waiting)], RowKind.TOTAL))
    story += [
        Paragraph("Wachtlijst", s.subheading),
        Paragraph(
            f"Op {day} stonden {persons(r.waiting, 'persoon', 'personen')} met een positief "
            "advies beschut werk op de wachtlijst, naar wanneer zij kunnen beginnen:",
            s.body,
        ),
        figure_table(
            [Column("Plaatsbaar", numeric=False), Column("Personen")],
            waiting,
            width=PORTRAIT_WIDTH / 2,
            cell_size=8.5,
        ),
    ]
    return story + _region(report)


def _region(report: MunicipalReport) -> list[Flowable]:
    s = styles()
    r, context = report.realisation, report.region_context
    name = report.municipality.name
    bars = []
    if r.percent is not None:
        bars.append(Bar(f"{name} (banen)", r.percent))
    if r.percent_persons is not None:
        bars.append(Bar(f"{name} (personen)", r.percent_persons))
    rows = [FigureRow([f"{name} (personen)", whole(r.target), whole(r.persons),
                       pct(r.percent_persons)])]  # fmt: skip
    for label, figures in ((f"Regio {context.region or ''}", context.figures),
                           ("Nederland", context.national)):  # fmt: skip
        if figures is not None:
            bars.append(Bar(label, figures.share, muted=True))
            rows.append(
                FigureRow([label, whole(figures.target), whole(figures.working),
                           pct(figures.share)])
            )  # fmt: skip
    story: list[Flowable] = [Paragraph("Naast de regio en het land", s.subheading)]
    if context.figures is None:
        story.append(
            Paragraph(
                f"De arbeidsmarktregio '{text(context.region or '')}' staat niet in de "
                "regiotabel: geen regionale vergelijking.",
                s.body,
            )
        )
    if bars:
        story.append(
            bar_chart(
                bars,
                width=PORTRAIT_WIDTH,
                value_text=display.percent,
                reference=(Decimal(1), "taakstelling 100 %"),
            )
        )
    columns = [
        Column("Gebied", numeric=False),
        Column("Taakstelling"),
        Column("Werkend"),
        Column("Realisatie"),
    ]
    story += [
        Spacer(1, 4),
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=8.5),
        Paragraph(
            "Regio en land: taakstelling eind 2025 tegen het aantal werkende personen in "
            "september 2025 (UWV), uit bijlage 1 van de Kamerbrief voortgang sociaal "
            "ontwikkelbedrijven en beschut werk (2026). De gemeente is in beide tellingen "
            f"gemeten op {display.date_nl(report.period.end)}.",
            s.small,
        ),
    ]
    return story


def municipal_story(report: MunicipalReport) -> list[Flowable]:
    """The flowables of the municipal report, cover to Verantwoording, a part per page."""
    m = report.municipality
    story = report_cover(
        report,
        TITLE,
        m.name,
        [("Gemeente", f"{m.name} ({m.code})"), ("Arbeidsmarktregio", m.region or "–")],
    )
    parts = [
        _key_figures,
        _realisation,
        *([years_page] if report.history is not None else []),
        work_types_page,
        wage_value_page,
        lambda r: guidance_page(r) + guidance_wage_value_part(r),
        finance_page,
        scenario_page,
    ]
    for index, part in enumerate(parts):
        if index:
            story += portrait()
        story += part(report)
    if report.origin is not None:  # appendix "Hoe de cijfers tot stand komen"
        story += portrait() + appendix_pages(report)
    assumptions = [finding_text(w) for w in report.warnings if w.code.startswith(ASSUMPTION_PREFIX)]
    warnings = [w for w in report.warnings if not w.code.startswith(ASSUMPTION_PREFIX)]
    story += portrait()
    story += accountability_pages(
        report.parameters,
        warnings,
        width=PORTRAIT_WIDTH,
        assumptions=[*ASSUMPTIONS, *assumptions],
        anonymous=True,
        municipality_names={m.code: m.name},
    )
    story += [*portrait(), *glossary_pages(PORTRAIT_WIDTH)]
    return story


def render_municipal_pdf(report: MunicipalReport) -> bytes:
    """The municipal report as a PDF document, in Dutch.

    Args:
        report: the report object (as from ``build_municipal_report``).

    Returns:
        The PDF's bytes; write them with ``sodesk.reports.files.write_atomically``.
    """
    m = report.municipality
    subject = f"{m.name} ({m.code}), {period_text(report.period)}"
    short, whole = stamp(report.fingerprint, "municipal", report.period, m.code)
    document = ReportDocument(TITLE, report.company, subject, short, whole)
    return document.build(municipal_story(report))
