"""The activity report as an Excel workbook (rendabiliteit per activiteit als .xlsx).

Why: controllers keep working in Excel (INTERFACES.md). The workbook holds exactly the JSON's
figures, as real numbers a controller can sort, filter and add up, not as text:

* every value is the JSON's value (the same edge rounding of :mod:`json_format`: amounts to
  cents, rates to cents or four decimals), written as an exact Decimal;
* percentages are fractions (0.8776) with the format ``0.0%``, so Excel shows 87,8 % in a
  Dutch locale and calculates with the fraction;
* number formats use Excel's neutral codes (``#,##0.00``): Excel shows them with the
  user's separators, 1.234,56 on a Dutch machine;
* the totals row holds the report's totals as values, not ``SUM`` formulas: openpyxl cannot
  store a formula's cached result, so a formula would show empty in viewers that do not
  recalculate, and the report's totals are computed over unrounded amounts (they can differ
  a cent from the sum of the rounded lines). A note on the sheet says so.

Sheets: Activiteiten, Tarieven, 2028, 2028 per medewerker (:mod:`.excel_answers`),
Parameters, Waarschuwingen, Rapport.

The sector questionnaire (uitvraag loonwaarde en verdiencapaciteit, R11; seed 004 lines
988-1021) follows the same rules in :func:`render_questionnaire_xlsx`: one sheet laid out
like the questionnaire (questions a-f as columns, a row per work type, the totals as values),
then Parameters and Waarschuwingen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sodesk.domain import display
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.questionnaire import WAGE_VALUE_CATEGORIES, QuestionnaireFigures
from sodesk.domain.validation import Finding
from sodesk.reports import json_format
from sodesk.reports.activities import ActivityReport
from sodesk.reports.cells import workbook_bytes
from sodesk.reports.excel_answers import rates_sheet, scenario_sheets
from sodesk.reports.excel_incomplete import mark_incomplete
from sodesk.reports.excel_style import (
    EURO,
    PERCENT,
    TOTAL_FONT,
    Fact,
    facts_sheet,
    header_row,
    total_style,
    write_row,
)
from sodesk.reports.finding_texts import finding_text
from sodesk.reports.fingerprint import ReportFingerprint, stamp
from sodesk.reports.questionnaire import QuestionnaireReport

RATE = '"€" #,##0.00##;[Red]"€" -#,##0.00##'
NUMBER = "#,##0.00;[Red]-#,##0.00"
DATE = "DD-MM-YYYY"
DATETIME = "DD-MM-YYYY HH:MM"
HUNDRED = Decimal(100)

TOTALS_NOTE = (
    "De totaalregel bevat de totalen van het rapport als waarden, geen formules: ze zijn "
    "berekend over onafgeronde bedragen en kunnen een cent afwijken van de som van de "
    "afgeronde regels."
)


def _amount(value: Decimal | None) -> Decimal | None:
    text = json_format.amount(value)
    return None if text is None else Decimal(text)


def _rate(value: Decimal | None) -> Decimal | None:
    text = json_format.rate(value)
    return None if text is None else Decimal(text)


def _fraction(value: Decimal | None) -> Decimal | None:
    """The JSON's coverage percent (two decimals) as a fraction: 87.76 -> 0.8776."""
    text = json_format.percent(value)
    return None if text is None else Decimal(text) / HUNDRED


@dataclass(frozen=True, slots=True)
class _Field:
    """One column: the JSON field it mirrors, its Dutch header, value, format, width."""

    key: str
    header: str
    value: Callable[[ActivityFigures, ActivityReport], object]
    number_format: str | None = None
    width: float = 14


def _figure(
    name: str, convert: Callable[[Decimal | None], Decimal | None]
) -> Callable[[Any, Any], Decimal | None]:
    return lambda f, _r: convert(getattr(f, name))


def _label(name: str) -> Callable[[ActivityFigures, ActivityReport], str | None]:
    def value(f: ActivityFigures, _r: ActivityReport) -> str | None:
        member = getattr(f, name)
        return None if member is None else member.label

    return value


def _money(key: str, header: str, width: float = 14) -> _Field:
    return _Field(key, header, _figure(key, _amount), EURO, width)


FIELDS = (
    _Field("code", "Code", lambda f, _r: f.code, None, 12),
    _Field("name", "Activiteit", lambda f, _r: f.name, None, 40),
    _Field("client", "Opdrachtgever", lambda f, r: r.client_names.get(f.code), None, 30),
    _Field("work_type", "Werksoort", _label("work_type"), None, 22),
    _Field("productive_hours", "Productieve uren", _figure("productive_hours", _amount), NUMBER),
    _money("revenue", "Omzet"),
    _Field("revenue_source", "Bron omzet", _label("revenue_source"), None, 16),
    _money("purchase_value", "Inkoopwaarde"),
    _money("ntw", "Netto toegevoegde waarde (NTW)", 16),
    _money("ntw_per_hour", "NTW per uur", 12),
    _money("wage_cost", "Loonkosten"),
    _money("lks", "Loonkostensubsidie (LKS)"),
    _money("guidance_cost", "Begeleidingskosten"),
    _money("guidance_subsidy", "Begeleidingsvergoeding"),
    _money("wsw_subsidy", "Rijksbijdrage Wsw"),
    _money("overhead", "Overhead"),
    _money("cost", "Kosten"),
    _money("income", "Opbrengsten en subsidies", 16),
    _Field("coverage_percent", "Dekkingsgraad", _figure("coverage", _fraction), PERCENT, 12),
    _money("result", "Resultaat"),
    _money("cost_price_per_hour", "Kostprijs per uur", 12),
    _money("wage_value_norm", "Loonwaardenorm"),
    _Field(
        "hours_without_wage_value",
        "Uren zonder loonwaarde",
        _figure("hours_without_wage_value", _amount),
        NUMBER,
    ),
    _money("earning_gap", "Verschil NTW en loonwaardenorm", 16),
    _Field("current_rate", "Huidig tarief", _figure("current_rate", _rate), RATE, 12),
    _Field("current_rate_unit", "Tariefeenheid", _label("current_rate_unit"), None, 12),
    _Field("break_even_rate", "Kostendekkend tarief", _figure("break_even_rate", _rate), RATE),
    _money("lks_fixed_68", "LKS bij vast 68 %"),
    _Field("pieces", "Stuks", _figure("pieces", _amount), NUMBER, 12),
)
"""The columns of the Activiteiten sheet, in the order of the JSON's activity lines."""

NOT_IN_TOTALS = frozenset(
    {"code", "work_type", "revenue_source", "current_rate", "current_rate_unit",
     "break_even_rate", "client"}
)  # fmt: skip
"""Fields the JSON's totals leave out; their totals cells stay empty."""


def _activities_sheet(sheet: Worksheet, report: ActivityReport) -> None:
    header_row(sheet, [f.header for f in FIELDS], [f.width for f in FIELDS])
    sheet.freeze_panes = "C2"
    formats = [f.number_format for f in FIELDS]
    for row, line in enumerate(report.lines, start=2):
        write_row(sheet, row, [f.value(line, report) for f in FIELDS], formats)
    last = len(report.lines) + 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(FIELDS))}{last}"
    total_row = last + 2
    values = [None if f.key in NOT_IN_TOTALS else f.value(report.totals, report) for f in FIELDS]
    values[1] = "Totaal"
    write_row(sheet, total_row, values, formats)
    total_style(sheet, total_row, len(FIELDS))
    sheet.cell(row=total_row + 1, column=2, value=TOTALS_NOTE).font = Font(italic=True)


def _parameters_sheet(sheet: Worksheet, parameters: Sequence[UsedParameter]) -> None:
    header_row(sheet, ["Parameter", "Waarde", "Geldig vanaf", "Bron"], [40, 14, 14, 70])
    for row, p in enumerate(parameters, start=2):
        value: object = p.value
        if isinstance(value, bool):
            value = "ja" if value else "nee"
        sheet.cell(row=row, column=1, value=p.name)
        sheet.cell(row=row, column=2, value=value)
        valid = sheet.cell(row=row, column=3, value=p.valid_from)
        valid.number_format = DATE
        sheet.cell(row=row, column=4, value=p.source)
    sheet.auto_filter.ref = f"A1:D{len(parameters) + 1}"


def _warnings_sheet(sheet: Worksheet, warnings: Sequence[Finding]) -> None:
    header_row(sheet, ["Code", "Melding", "Betreft"], [24, 100, 14])
    for warning in warnings:
        sheet.append([warning.code, finding_text(warning), warning.subject])
    sheet.auto_filter.ref = f"A1:C{len(warnings) + 1}"


def _about(report: ActivityReport) -> list[Fact]:
    return [
        ("Rapport", "Rendabiliteit per activiteit", None),
        ("Bedrijf", report.company, None),
        ("Periode van", report.period.start, DATE),
        ("Periode tot en met", report.period.end, DATE),
        ("Gemaakt op", report.generated_at, DATETIME),
        *_fingerprint_row(report.fingerprint),
        ("Totalen", TOTALS_NOTE, None),
        ("Percentages", "Dekkingsgraad als fractie met opmaak 0,0 %.", None),
    ]


def render_activities_xlsx(report: ActivityReport) -> bytes:
    """The activity report as an .xlsx workbook.

    Args:
        report: the report object (as from ``build_activity_report``).

    Returns:
        The workbook's bytes; write them with ``sodesk.reports.files.write_atomically``.
    """
    workbook = Workbook()
    activities = workbook.active
    assert activities is not None  # a new workbook always has one sheet
    activities.title = "Activiteiten"
    _activities_sheet(activities, report)
    rates_sheet(workbook.create_sheet("Tarieven"), report)
    scenario_sheets(workbook, report)
    _stamp(workbook, report.fingerprint, "activities", report.period)
    return finished(workbook, report, "Rendabiliteit per activiteit", (_about(report), (20, 100)))


def _fingerprint_row(fingerprint: ReportFingerprint | None) -> list[Fact]:
    """The short fingerprint as a line of the report's facts (none for a hand-made one)."""
    return [] if fingerprint is None else [("Vingerafdruk", fingerprint.short, None)]


def _stamp(
    workbook: Workbook, fingerprint: ReportFingerprint | None, report: str, period: Period
) -> None:
    """The whole fingerprint in the workbook's keywords, for ``sodesk verify`` to read."""
    _short, whole = stamp(fingerprint, report, period)
    if whole:
        workbook.properties.keywords = whole


class Reported(json_format.Reported, Protocol):
    """A report a workbook is made of: the JSON's common keys and the company."""

    @property
    def company(self) -> str: ...


def finished(
    workbook: Workbook,
    report: Reported,
    title: str,
    about: tuple[list[Fact], tuple[float, float]] | None = None,
) -> bytes:
    """The workbook's bytes after the report's Parameters and Waarschuwingen sheets (and a
    Rapport sheet of ``about``'s facts and column widths), its title and author, the gaps
    it lacks marked (:mod:`sodesk.reports.excel_incomplete`); text that looks like a
    formula is stored as text (:mod:`sodesk.reports.cells`)."""
    _parameters_sheet(workbook.create_sheet("Parameters"), report.parameters)
    _warnings_sheet(workbook.create_sheet("Waarschuwingen"), report.warnings)
    if about is not None:
        facts_sheet(workbook.create_sheet("Rapport"), *about)
    start, end = display.date_nl(report.period.start), display.date_nl(report.period.end)
    workbook.properties.title = f"{title} {start} t/m {end}"
    workbook.properties.creator = report.company
    workbook.properties.created = report.generated_at
    mark_incomplete(workbook, report.incomplete)
    return workbook_bytes(workbook)


QUESTIONNAIRE_TITLE = "Uitvraag loonwaarde en verdiencapaciteit beschut werk"
COUNT = "#,##0"
HEADER_ROW = 8
"""The questionnaire sheet's header row; above it the title and the report's facts."""


@dataclass(frozen=True, slots=True)
class _Question:
    """One column of the questionnaire: its header, value, format and width."""

    header: str
    value: Callable[[QuestionnaireFigures], object]
    number_format: str | None
    width: float = 14


def _category(index: int) -> _Question:
    label = WAGE_VALUE_CATEGORIES[index]
    return _Question(
        f"f. Loonwaarde {label} (werknemers)",
        lambda f: f.wage_value_categories[index],
        COUNT,
        12,
    )


QUESTIONS = (
    _Question("a. Aantal werknemers", lambda f: f.headcount, COUNT, 12),
    _Question("b. Omvang dienstverband (fte)", lambda f: _amount(f.fte), NUMBER, 14),
    _Question("c. Netto toegevoegde waarde (NTW)", lambda f: _amount(f.ntw), EURO, 18),
    _Question("LKS (totaal)", lambda f: _amount(f.lks), EURO, 16),
    _Question("d. Gemiddelde LKS per fte", lambda f: _amount(f.average_lks_per_fte), EURO, 16),
    _Question("Werknemers met gemeten loonwaarde", lambda f: f.measured_persons, COUNT, 14),
    _Question(
        "e. Gemiddelde gemeten loonwaarde",
        lambda f: _fraction(f.average_wage_value),
        PERCENT,
        14,
    ),
    *(_category(i) for i in range(len(WAGE_VALUE_CATEGORIES))),
)
"""Columns B onwards of the questionnaire sheet: questions a-f (seed 004 lines 1000-1017)."""


def _questionnaire_sheet(sheet: Worksheet, report: QuestionnaireReport) -> None:
    facts: list[tuple[str, object, str | None]] = [
        ("Bedrijf", report.company, None),
        ("Periode van", report.period.start, DATE),
        ("Periode tot en met", report.period.end, DATE),
        ("Doelgroep", "Beschut werk", None),
        ("Gemaakt op", report.generated_at, DATETIME),
        *_fingerprint_row(report.fingerprint),
    ]
    sheet.cell(row=1, column=1, value=QUESTIONNAIRE_TITLE).font = Font(bold=True, size=14)
    for row, (label, value, number_format) in enumerate(facts, start=2):
        sheet.cell(row=row, column=1, value=label).font = TOTAL_FONT
        cell = sheet.cell(row=row, column=2, value=value)
        if number_format:
            cell.number_format = number_format
    titles = ["Werksoort", *(q.header for q in QUESTIONS), "Aandeel werknemers", "Sector 2023"]
    formats = [None, *(q.number_format for q in QUESTIONS), PERCENT, PERCENT]
    header_row(sheet, titles, [26, *(q.width for q in QUESTIONS), 12, 12], HEADER_ROW)
    sheet.row_dimensions[HEADER_ROW].height = 45
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    row = HEADER_ROW
    for row, figures in enumerate(report.work_types.values(), start=HEADER_ROW + 1):
        sector = report.sector_mix.get(figures.work_type)
        values = [figures.work_type.label, *(q.value(figures) for q in QUESTIONS)]
        values += [_fraction(figures.share), _fraction(sector)]
        write_row(sheet, row, values, formats)
    total_row = row + 1
    totals = ["Totaal beschut werk", *(q.value(report.totals) for q in QUESTIONS), None, None]
    write_row(sheet, total_row, totals, formats)
    total_style(sheet, total_row, len(titles))
    notes = [
        TOTALS_NOTE,
        f"Beschut werkers zonder plaatsing (in geen werksoort): {report.unplaced_persons}.",
        "Werksoort, loonwaarde en fte zoals in de Waarschuwingen (assumption.*) beschreven; "
        "sector 2023: Cedris sectorinformatie (worktype_mix_2023.csv).",
    ]
    for offset, note in enumerate(notes, start=2):
        sheet.cell(row=total_row + offset, column=1, value=note).font = Font(italic=True)


def render_questionnaire_xlsx(report: QuestionnaireReport) -> bytes:
    """The sector questionnaire (R11) as an .xlsx workbook.

    Args:
        report: the report object (as from ``build_questionnaire_report``).

    Returns:
        The workbook's bytes: sheets Uitvraag, Parameters, Waarschuwingen.
    """
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Uitvraag"
    _questionnaire_sheet(sheet, report)
    _stamp(workbook, report.fingerprint, "questionnaire", report.period)
    return finished(workbook, report, QUESTIONNAIRE_TITLE)
