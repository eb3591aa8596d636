"""The outlook report as PDF (Vooruitblik): workforce outlook and re-assessment planning.

Why: the controller and the manager plan ahead with it: which lines of work fall
below the critical mass and when, and which wage-value re-assessments each job coach must do
in the coming twelve months. It prints the :class:`~sodesk.reports.outlook.OutlookReport`
that also becomes the JSON and the workbook; every figure is formatted by
:mod:`sodesk.domain.display`, nothing is computed here.

Pages: cover; "Personeelsprognose per werksoort" (lead sentence, table work type x year,
line chart, assumptions); "Herbeoordelingen per jobcoach" (landscape: coach x month, then
the re-assessments by personnel number: internal, never a name or BSN); "Verantwoording".
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from sodesk.domain import display
from sodesk.reports.outlook import BELOW_CODE, TITLE, OutlookReport, WorkTypeOutlook
from sodesk.reports.pdf.document import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    ReportDocument,
    landscape,
    portrait,
)
from sodesk.reports.pdf.incomplete_box import report_cover
from sodesk.reports.pdf.line_chart import Series, line_chart
from sodesk.reports.pdf.pages import accountability_pages, period_text
from sodesk.reports.pdf.styles import NBSP, counted, styles, text
from sodesk.reports.pdf.tables import Cell, Column, FigureRow, RowKind, figure_table

OUTLOOK_TITLE = "Personeelsprognose per werksoort"
PLAN_TITLE = "Herbeoordelingen per jobcoach"
BELOW_MARK = "▼"
OVERDUE_WORD = "achterstallig"


def _count(value: int) -> str:
    return display.number(Decimal(value), 0)


def _persons(count: int) -> str:
    return counted(count, "persoon", "personen")


def _day(year: int) -> str:
    return f"1{NBSP}januari{NBSP}{year}"


def lead_sentence(report: OutlookReport) -> str:
    """Which work types fall below the critical mass and when (plain text, no markup)."""
    mass = _persons(report.critical_mass)
    parts = []
    for w in report.below:
        year = w.first_below
        assert year is not None
        count = next(y.headcount for y in w.years if y.year == year)
        if year == report.first_year:
            parts.append(
                f"{w.label} zit al in {year} onder de kritische massa van {mass} "
                f"({count} op {_day(year)})"
            )
        else:
            parts.append(
                f"{w.label} komt in {year} onder de kritische massa van {mass} "
                f"({count} op {_day(year)})"
            )
    if all(w.nobody for w in report.work_types):
        return f"Op 1 januari {report.first_year} is niemand in dienst: er is niets te voorzien."
    if not parts:
        return (
            f"Alle werksoorten met medewerkers blijven van {report.first_year} tot en met "
            f"{report.last_year} op of boven de kritische massa van {mass}."
        )
    return "; ".join(parts) + "."


def _outlook_table(report: OutlookReport) -> Flowable:
    years = sorted({y.year for w in report.work_types for y in w.years})
    columns = [
        Column("Werksoort", numeric=False, weight=1),
        Column("Telling", width=48, numeric=False),
        *(Column(str(year)) for year in years),
    ]
    rows: list[FigureRow] = []
    for w in report.work_types:
        by_year = {y.year: y for y in w.years}
        persons: list[str | Cell] = [w.label, "personen"]
        jobs: list[str | Cell] = ["", "banen"]
        for year in years:
            y = by_year[year]
            mark = f"{BELOW_MARK} " if y.below_critical_mass and not w.nobody else ""
            persons.append(Cell(f"{mark}{_count(y.headcount)}", bool(mark)))
            jobs.append(Cell(display.number(y.jobs_31h)))
        rows += [FigureRow(persons), FigureRow(jobs)]
    total_persons: list[str | Cell] = ["Totaal", "personen"]
    total_jobs: list[str | Cell] = ["", "banen"]
    for year in years:
        items = [y for w in report.work_types for y in w.years if y.year == year]
        total_persons.append(Cell(_count(sum(y.headcount for y in items))))
        total_jobs.append(Cell(display.number(sum((y.jobs_31h for y in items), Decimal(0)))))
    rows += [FigureRow(total_persons, RowKind.TOTAL), FigureRow(total_jobs, RowKind.TOTAL)]
    return figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=7.5)


def _assumptions(report: OutlookReport) -> list[str]:
    first, last = report.first_year, report.last_year
    known = report.last_known_pension_year
    pension = (
        "Uitstroom door pensioen: wie de AOW-leeftijd bereikt, telt vanaf die dag niet meer "
        "mee. De AOW-leeftijd komt uit de parametertabel AOW-leeftijd (per kalenderjaar, zie "
        "Verantwoording): de leeftijd van het jaar waarin iemand die bereikt."
    )
    if known is not None and known < last:
        pension += f" Na {known} is de laatst bekende AOW-leeftijd aangenomen."
    return [
        f"Geteld wordt op 1 januari van {first} tot en met {last}, uitgaande van iedereen die "
        f"op 1 januari {first} in dienst is, in de werksoort van zijn plaatsing op die dag.",
        pension,
        "Uitstroom door einde contract: wie een einddatum van het dienstverband heeft, telt "
        "na die datum niet meer mee; een dienstverband zonder einddatum loopt door.",
        "Instroom: er is geen verwachte instroom ingevoerd. De prognose toont wat er gebeurt "
        "zonder nieuwe medewerkers.",
        "Medewerkers zonder geboortedatum blijven meetellen tot hun contract eindigt.",
        "Banen van 31 uur: de contracturen per week gedeeld door 31.",
    ]


def _nobody(report: OutlookReport) -> list[WorkTypeOutlook]:
    return [w for w in report.work_types if w.nobody]


def outlook_part(report: OutlookReport) -> list[Flowable]:
    """Lead sentence, table, chart and assumptions of the workforce outlook."""
    s = styles()
    story: list[Flowable] = [
        Paragraph(OUTLOOK_TITLE, s.heading),
        Paragraph(f"<b>{text(lead_sentence(report))}</b>", s.body),
    ]
    empty = _nobody(report)
    if empty and len(empty) < len(report.work_types):
        names = ", ".join(w.label for w in empty)
        story.append(Paragraph(f"Zonder medewerkers: {text(names)}.", s.body))
    story += [
        Paragraph(
            f"Personen en banen van 31 uur per werksoort op 1 januari, van {report.first_year} "
            f"tot en met {report.last_year}.",
            s.body,
        ),
        _outlook_table(report),
        Paragraph(
            f"{BELOW_MARK} in rood: onder de kritische massa van "
            f"{_persons(report.critical_mass)}. Banen: banen van 31 uur (contracturen / 31).",
            s.small,
        ),
        Spacer(1, 6),
        Paragraph("Personen per werksoort", s.subheading),
    ]
    years = sorted({y.year for w in report.work_types for y in w.years})
    series = [
        Series(w.label, [next(y.headcount for y in w.years if y.year == year) for year in years])
        for w in report.work_types
    ]
    story.append(
        line_chart(
            series,
            [str(year) for year in years],
            width=PORTRAIT_WIDTH,
            height=150,
            reference=(report.critical_mass, f"kritische massa {report.critical_mass}"),
        )
    )
    story.append(Paragraph("Uitgangspunten van de prognose", s.subheading))
    story += [Paragraph(text(a), s.small, bulletText="•") for a in _assumptions(report)]
    return story


def plan_sentences(report: OutlookReport) -> list[str]:
    """What the plan holds and the sentence about sheltered workers from 2028 (plain text)."""
    reference = display.date_nl(report.reference_day)
    first = display.month_nl(report.months[0]) if report.months else reference
    last = display.month_nl(report.months[-1]) if report.months else reference
    total = len(report.plan)
    noun, verb = ("herbeoordeling", "valt") if total == 1 else ("herbeoordelingen", "vallen")
    late = "is" if report.overdue == 1 else "zijn"
    sentences = [
        f"{total} {noun} van de loonwaarde {verb} tot en met "
        f"{display.date_nl(report.plan_until)}, {report.overdue} daarvan {late} achterstallig "
        f"(de uiterste datum lag vóór de peildatum {reference}). Per jobcoach en per maand, "
        f"{first} tot en met {last}."
    ]
    regime = report.statutory
    if regime.valid_from is not None:
        sentences.append(
            f"Voor beschut werkers wordt vanaf {display.date_nl(regime.valid_from)} geen "
            "herbeoordeling meer gepland: onder het vaste regime van "
            f"{display.percent(regime.fraction, 0)} van het WML (R3) is geen "
            "loonwaardemeting meer nodig."
        )
    return sentences


def plan_part(report: OutlookReport) -> list[Flowable]:
    """The coach x month table and the re-assessments by personnel number (landscape)."""
    s = styles()
    story: list[Flowable] = [Paragraph(PLAN_TITLE, s.heading)]
    story += [Paragraph(text(sentence), s.body) for sentence in plan_sentences(report)]
    if not report.plan:
        story.append(Paragraph("Er vallen geen herbeoordelingen in deze periode.", s.body))
        return story
    columns = [
        Column("Jobcoach", numeric=False),
        Column("Achterstallig"),
        *(Column(display.month_nl(m)) for m in report.months),
        Column("Totaal"),
    ]
    rows = [
        FigureRow(
            [
                c.label,
                Cell(_count(c.overdue) if c.overdue else "", c.overdue > 0),
                *(Cell(_count(n) if n else "") for n in c.per_month),
                Cell(_count(c.total)),
            ]
        )
        for c in report.by_coach
    ]
    months = len(report.months)
    rows.append(
        FigureRow(
            [
                "Totaal",
                Cell(_count(report.overdue)),
                *(
                    Cell(_count(sum(c.per_month[i] for c in report.by_coach)))
                    for i in range(months)
                ),
                Cell(_count(len(report.plan))),
            ],
            RowKind.TOTAL,
        )
    )
    story.append(figure_table(columns, rows, width=LANDSCAPE_WIDTH, cell_size=8))
    story += portrait()
    story.append(Paragraph("Herbeoordelingen per medewerker", s.subheading))
    story.append(
        Paragraph(
            "Op personeelsnummer, op uiterste datum; dit overzicht is intern en noemt geen namen.",
            s.small,
        )
    )
    detail = [
        FigureRow(
            [
                display.date_nl(p.due),
                p.coach or "Geen jobcoach",
                p.personnel_number,
                display.date_nl(p.measured_on),
                Cell(OVERDUE_WORD, True) if p.overdue else "gepland",
            ],
            flag=p.overdue,
        )
        for p in report.plan
    ]
    columns = [
        Column("Uiterste datum", numeric=False, weight=0.5),
        Column("Jobcoach", numeric=False),
        Column("Personeelsnummer", numeric=False, weight=0.5),
        Column("Laatst gemeten", numeric=False, weight=0.5),
        Column("Status", numeric=False, weight=0.5),
    ]
    story.append(figure_table(columns, detail, width=PORTRAIT_WIDTH, flag_word="!", cell_size=8))
    return story


def outlook_story(report: OutlookReport) -> list[Flowable]:
    """The flowables of the outlook report, cover to Verantwoording."""
    months = (
        f"{display.month_nl(report.months[0])} t/m {display.month_nl(report.months[-1])}"
        if report.months
        else "–"
    )
    story = report_cover(
        report,
        TITLE,
        "Personeelsprognose en herbeoordelingen",
        [
            ("Peildatum", display.date_nl(report.reference_day)),
            ("Prognose", f"op 1 januari van {report.first_year} t/m {report.last_year}"),
            ("Kritische massa", _persons(report.critical_mass)),
            ("Herbeoordelingen", months),
        ],
    )
    story += outlook_part(report)
    story += [*landscape(), *plan_part(report)]
    story += portrait()
    warnings = [w for w in report.warnings if w.code != BELOW_CODE]
    below = len(report.warnings) - len(warnings)
    assumptions = [
        "Het rapport kijkt vooruit vanaf de peildatum, de dag na de gekozen periode "
        f"({display.date_nl(report.reference_day)}).",
        "De prognose is die van de pagina Analyses > Personeelsprognose "
        "(sodesk.domain.workforce); de planning die van Analyses > Herbeoordelingen "
        "(sodesk.domain.planning).",
    ]
    if below:
        assumptions.append(
            f"{below} meldingen 'onder de kritische massa' (werksoort en jaar) staan niet "
            f"hieronder maar in de tabel van de prognose ({BELOW_MARK}) en in de JSON."
        )
    story += accountability_pages(
        report.parameters, warnings, width=PORTRAIT_WIDTH, assumptions=assumptions
    )
    return story


def render_outlook_pdf(report: OutlookReport) -> bytes:
    """The outlook report as a PDF document, in Dutch."""
    subject = f"{TITLE}, {period_text(report.period)}"
    return ReportDocument(TITLE, report.company, subject=subject).build(outlook_story(report))
