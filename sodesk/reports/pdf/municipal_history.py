"""Municipal report PDF: realisation per year up to 2030 and guidance against wage value.

Why: the municipality asks where it stands on the way to 2030, beside the national target,
and whether guidance goes with a rising wage value. The figures are the report's
:class:`~sodesk.reports.municipal_history.MunicipalHistory`, formatted by
:mod:`sodesk.domain.display`. Guidance against wage value is shown in bands only: counts and
averages, never a name, BSN or personnel number.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from sodesk.domain import display
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.municipal_history import RealisationYearLike
from sodesk.reports.pdf.charts import Bar, bar_chart
from sodesk.reports.pdf.document import PORTRAIT_WIDTH
from sodesk.reports.pdf.municipal_parts import municipality_name, persons, whole
from sodesk.reports.pdf.municipal_parts import points as change_points
from sodesk.reports.pdf.styles import keep, styles
from sodesk.reports.pdf.tables import Cell, Column, FigureRow, figure_table, is_loss, num, pct

YEARS_TITLE = "Realisatie per jaar tot 2030"
BANDS_TITLE = "Begeleiding en loonwaarde"


def _whole_text(value: int | None) -> str:
    return whole(value).text


def _from_first_figure(
    years: tuple[RealisationYearLike, ...], report_year: int
) -> list[RealisationYearLike]:
    """The years from the first with a target or someone employed, at the latest from the
    report's year (the JSON keeps every year)."""
    for index, y in enumerate(years):
        if (
            y.year >= report_year
            or y.target is not None
            or (y.realisation is not None and y.realisation.persons)
        ):
            return list(years[index:])
    return []


def years_page(report: MunicipalReport) -> list[Flowable]:
    """Per year the target, persons, jobs of 31 hours, realisation and the national target."""
    s = styles()
    story: list[Flowable] = [Paragraph(YEARS_TITLE, s.heading)]
    history = report.history
    if history is None or not history.years:
        story.append(Paragraph("Geen gegevens per jaar beschikbaar.", s.body))
        return story
    years = _from_first_figure(history.years, report.period.end.year)
    name = municipality_name(report)
    national = [y for y in years if y.national_target is not None]
    targets = [y for y in years if y.target is not None]
    sentences = []
    if len(national) >= 2:
        first, last = national[0], national[-1]
        sentences.append(
            f"De landelijke taakstelling beschut werk groeit van "
            f"{keep(_whole_text(first.national_target))} banen in {first.year} naar "
            f"{keep(_whole_text(last.national_target))} in {last.year}."
        )
    if targets:
        first, last = targets[0], targets[-1]
        if first.year == last.year:
            sentences.append(
                f"Voor {name} is alleen de taakstelling van {first.year} bekend: "
                f"{keep(_whole_text(first.target))} banen; latere jaren ontbreken nog."
            )
        else:
            sentences.append(
                f"De taakstelling van {name} gaat van {keep(_whole_text(first.target))} banen in "
                f"{first.year} naar {keep(_whole_text(last.target))} in {last.year}."
            )
    else:
        sentences.append(f"Voor {name} is nog geen taakstelling per jaar vastgelegd.")
    done = [y for y in years if y.realisation is not None]
    if done:
        latest = done[-1]
        r = latest.realisation
        assert r is not None
        against = (
            f", {keep(display.percent(r.percent))} van de taakstelling"
            if r.percent is not None
            else ""
        )
        sentences.append(
            f"In {latest.year} waren het {persons(r.persons, 'beschut werker', 'beschut werkers')}"
            f", samen {keep(display.number(r.jobs_31h))} banen van 31 uur{against}."
        )
    story.append(Paragraph(" ".join(sentences), s.body))
    columns = [
        Column("Jaar", numeric=False),
        Column("Taakstelling (banen)"),
        Column("Beschut werkers"),
        Column("Banen van 31 uur"),
        Column("Realisatie"),
        Column("Landelijke taakstelling"),
    ]
    rows = [
        FigureRow(
            [
                str(y.year),
                whole(y.target),
                whole(None if y.realisation is None else y.realisation.persons),
                num(None if y.realisation is None else y.realisation.jobs_31h),
                pct(None if y.realisation is None else y.realisation.percent),
                whole(y.national_target),
            ]
        )
        for y in years
    ]
    story.append(figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=8.5))
    bars = [
        Bar(str(y.year), y.realisation.percent)
        for y in done
        if y.realisation is not None and y.realisation.percent is not None
    ]
    if bars:
        story += [
            Spacer(1, 8),
            Paragraph("Realisatie tegen de taakstelling", s.subheading),
            bar_chart(
                bars,
                width=PORTRAIT_WIDTH,
                value_text=display.percent,
                reference=(Decimal(1), "taakstelling 100 %"),
            ),
        ]
    story.append(
        Paragraph(
            "Realisatie op 31 december van een voorbij jaar en op "
            f"{display.date_nl(report.period.end)} in het jaar van het rapport; voor latere "
            "jaren alleen de taakstelling. Landelijke taakstelling in banen van 31 uur "
            "(ministeriële regeling vaststelling aantallen beschut werk).",
            s.small,
        )
    )
    return story


def guidance_wage_value_part(report: MunicipalReport) -> list[Flowable]:
    """Measured workers in bands of guidance hours per month, with their wage value."""
    s = styles()
    history = report.history
    if history is None:
        return []
    bands = history.guidance_bands
    measured = sum(b.persons for b in bands)
    story: list[Flowable] = [Spacer(1, 10), Paragraph(BANDS_TITLE, s.subheading)]
    if not measured:
        story.append(
            Paragraph(
                "Geen medewerker uit de gemeente had aan het eind van de periode een "
                "loonwaarde: geen vergelijking met de begeleiding.",
                s.body,
            )
        )
        return story
    largest = max(bands, key=lambda b: b.persons)
    story.append(
        Paragraph(
            f"Van de {persons(measured, 'gemeten medewerker', 'gemeten medewerkers')} kregen "
            f"de meesten ({largest.persons}) {keep(largest.label.lower())}. Per groep de "
            "gemiddelde loonwaarde aan het eind van de periode en de gemiddelde verandering "
            "voor wie ook aan het begin een loonwaarde had; alleen aantallen en gemiddelden, "
            "niemand bij naam.",
            s.body,
        )
    )
    columns = [
        Column("Begeleiding", numeric=False, weight=1.4),
        Column("Medewerkers"),
        Column("Gemiddelde loonwaarde"),
        Column("Ook begin gemeten"),
        Column("Gemiddelde verandering"),
    ]
    rows = [
        FigureRow(
            [
                b.label,
                whole(b.persons),
                pct(b.average_wage_value),
                whole(b.measured_at_start),
                Cell(change_points(b.average_change), is_loss(b.average_change)),
            ]
        )
        for b in bands
    ]
    story += [
        figure_table(columns, rows, width=PORTRAIT_WIDTH, cell_size=8.5),
        Paragraph(
            f"Uren per maand: uren begeleiding in de periode / {history.months} "
            "kalendermaand(en) van de periode. Verandering in procentpunten: loonwaarde aan "
            "het eind min die aan het begin van de periode. Een samenhang is geen bewijs "
            "van oorzaak: wie moeilijker vooruitkomt, krijgt vaak meer begeleiding.",
            s.small,
        ),
    ]
    return story
