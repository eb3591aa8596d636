"""The accountability pages of both PDFs in plain Dutch, read back from the PDF (pypdf).

On the demo company (tests/conftest.py ``demo_workspace``: 40 workers, seed 5) over 2025, the
municipal report of GM0001 and the activity report: from "Verantwoording" to the end (the
parameters, the warnings and the Begrippenlijst) no code names (snake_case or dotted
identifiers, "GM0", rule numbers), no file names (".csv", "SOURCES"), no seed references, no
ISO dates and none of the English words these pages used to print; parameters by their Dutch
name with their value in their unit; warnings per kind with their count; the glossary last.
The activity report's landscape tables are set in 7 pt or more.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sodesk.domain import display
from sodesk.domain.enums import TargetGroup
from sodesk.domain.period import Period
from sodesk.reports.activities import ActivityReport
from sodesk.reports.finding_texts import kind_title
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.parameter_labels import parameter_text
from sodesk.reports.pdf import render_activities_pdf, render_municipal_pdf
from sodesk.reports.pdf.glossary import TERMS
from sodesk.reports.pdf.warning_groups import PERSON_SENTENCES
from sodesk.services.report_data import build_activity_report, build_municipal_report
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.reports.test_activity_pdf import pdf_text

YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
MUNICIPALITY = "GM0001"

CODE_PATTERNS = {
    "snake_case identifier": r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b",
    "dotted code": r"\b[a-z]+\.[a-z_]{2,}\b",
    "municipality code": r"GM0",
    "file name": r"\.csv\b|SOURCES|\.md\b",
    "seed reference": r"\bseed\b",
    "rule number": r"\bR\d{1,2}b?\b",
    "ISO date": r"\b\d{4}-\d{2}-\d{2}\b",
}
"""What a reader must not meet on the accountability pages, by what it is."""

REMOVED_ENGLISH = (
    "measured",
    "fixed",
    "function",
    "minimum",
    "place",
    "surcharge",
    "holiday",
    "allowance",
    "employer",
    "charges",
    "company",
    "statutory",
    "sheltered",
    "unplaced",
    "fraction",
    "hourly",
    "hours",
    "without",
    "measurement",
    "true",
    "false",
    "rate",
    "region",
    "target",
)
"""English the parameter and warning pages printed before (codes, enum values, sources)."""


def _words(page: str) -> str:
    """The page without its running header and footer (report title, company, page x of y)."""
    return re.sub(r"pagina \d+ van \d+", "", page)


def _make_gaps(workspace: Workspace) -> None:
    """Gaps a real company has, so that the demo's computations warn of several kinds.

    Three sheltered workers of GM0001 employed since 2024 lose their wage-value
    measurements (no LKS after the start period, a warning per month); one worker loses
    the placements (unplaced); GM0001's region is one the region table lacks and its 2025
    guidance allowance is not entered; the first activity with rates and no invoices loses
    its rates (no revenue).
    """
    with transaction(workspace.sessions) as session:
        municipality = session.scalars(
            select(t.MunicipalityRow).where(t.MunicipalityRow.code == MUNICIPALITY)
        ).one()
        municipality.region = "Nergensland"
        for year in session.scalars(
            select(t.MunicipalityYearRow).where(
                t.MunicipalityYearRow.municipality_id == municipality.id,
                t.MunicipalityYearRow.year == 2025,
            )
        ):
            year.guidance_allowance_per_place = None
        workers = session.scalars(
            select(t.WorkerRow)
            .where(t.WorkerRow.municipality_id == municipality.id)
            .order_by(t.WorkerRow.personnel_number)
        ).all()
        long_sheltered = [
            w for w in workers
            if w.target_group is TargetGroup.SHELTERED and w.wage_values and w.employments
            and w.employments[0].start_date <= dt.date(2024, 1, 1)
            and w.employments[-1].end_date is None
        ]  # fmt: skip
        assert len(long_sheltered) >= 4
        for worker in long_sheltered[:3]:
            worker.wage_values.clear()
        long_sheltered[3].placements.clear()
        invoiced = set(session.scalars(select(t.RevenueRow.activity_id)))
        rated = session.scalars(select(t.RateRow).order_by(t.RateRow.activity_id)).all()
        first = next(r.activity_id for r in rated if r.activity_id not in invoiced)
        for rate in rated:
            if rate.activity_id == first:
                session.delete(rate)


@pytest.fixture
def demo_reports(
    demo_workspace: Workspace,
) -> Iterator[tuple[ActivityReport, MunicipalReport]]:
    _make_gaps(demo_workspace)
    with demo_workspace.sessions() as session:
        activities = build_activity_report(session, YEAR, "Demo")
        municipal = build_municipal_report(session, YEAR, "Demo", MUNICIPALITY)
    yield activities, municipal


def _accountability(pages: list[str]) -> tuple[str, str]:
    """The text from "Verantwoording" to the glossary, and the glossary's text."""
    start = next(i for i, page in enumerate(pages) if page.startswith("Verantwoording "))
    end = next(i for i, page in enumerate(pages) if page.startswith("Begrippenlijst "))
    assert start < end
    return " ".join(map(_words, pages[start:end])), " ".join(map(_words, pages[end:]))


def _assert_plain_dutch(text: str) -> None:
    for what, pattern in CODE_PATTERNS.items():
        found = re.findall(pattern, text)
        assert not found, f"{what}: {found[:5]}"
    for word in REMOVED_ENGLISH:
        assert not re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE), word


def _assert_glossary(glossary: str) -> None:
    for term, meaning in TERMS:
        assert f"{term} {meaning}" in glossary, term
    for term in ("NTW", "LKS", "Loonwaarde", "WML", "Dekkingsgraad", "Kostprijs",
                 "Niet-productief", "Werksoort", "Beschut werk", "Wsw"):  # fmt: skip
        assert term in glossary, term


def _assert_parameters(text: str, parameters: list[Any], names: dict[str, str]) -> None:
    for parameter in parameters:
        shown = parameter_text(parameter, names)
        assert f"{shown.name} {shown.value}".strip() in text, parameter.name
        assert shown.source in text, parameter.name
        assert parameter.name not in text


def test_municipal_accountability_and_glossary_in_plain_dutch(
    demo_reports: tuple[ActivityReport, MunicipalReport],
) -> None:
    _activities, report = demo_reports
    pages = pdf_text(render_municipal_pdf(report))
    text, glossary = _accountability(pages)
    _assert_plain_dutch(text)
    _assert_plain_dutch(glossary)
    _assert_glossary(glossary)
    names = {report.municipality.code: report.municipality.name}
    _assert_parameters(text, report.parameters, names)
    assert f"{report.municipality.name}: loonwaarde berekend over het" in text
    assert "Opslag werkgeverslasten op de loonkostensubsidie 23,5 %" in text
    assert "Stcrt. 2025, 12264" in text  # the WML of 01-07-2025, by its publication
    # warnings per kind, with the number of findings
    counts = Counter(w.code for w in report.warnings if not w.code.startswith("assumption."))
    assert {"lks.no_measurement", "attribution.unplaced", "region.unknown"} <= set(counts)
    assert "parameters.no_guidance_allowance" in counts
    for code, count in counts.items():
        if code not in PERSON_SENTENCES:
            continue
        people = len({w.subject for w in report.warnings if w.code == code})
        one, many = PERSON_SENTENCES[code]
        sentence = (one if people == 1 else many).format(n=people)
        assert f"{sentence}. {display.number(Decimal(count), 0)}" in text, code
    assert (
        f"Arbeidsmarktregio 'Nergensland' van {report.municipality.name} staat niet in de "
        "regiotabel: geen regionale vergelijking. 1" in text
    )
    total = sum(counts.values())
    assert f"Waarschuwingen ({display.number(Decimal(total), 0)})" in text


def test_activity_accountability_groups_warnings_per_kind_in_plain_dutch(
    demo_reports: tuple[ActivityReport, MunicipalReport],
) -> None:
    report, _municipal = demo_reports
    pages = pdf_text(render_activities_pdf(report))
    text, glossary = _accountability(pages)
    _assert_plain_dutch(text)
    _assert_glossary(glossary)
    _assert_parameters(text, report.parameters, report.municipality_names)
    counts = Counter(w.code for w in report.warnings)
    assert counts["lks.no_measurement"] >= 24, "three workers without a measurement all year"
    assert {"attribution.unplaced", "parameters.no_guidance_allowance"} <= set(counts)
    assert "revenue.no_rate" in counts
    for code, count in counts.items():
        subjects = len({w.subject for w in report.warnings if w.code == code})
        about = "activiteiten" if code.startswith("revenue.") else "medewerkers"
        number = "1 melding" if count == 1 else f"{display.number(Decimal(count), 0)} meldingen"
        suffix = "" if subjects == count else f" over {subjects} {about}"
        assert f"{kind_title(code)} ({number}{suffix})" in text, code
    # a worker is one case with a count and a span, not a line per month
    no_measurement = [w for w in report.warnings if w.code == "lks.no_measurement"]
    worker = no_measurement[0].subject
    months = [w.value for w in no_measurement if w.subject == worker]
    assert text.count(f"{worker}") == 1
    span = f"{display.date_nl(min(months))} t/m {display.date_nl(max(months))}"
    assert f"{worker}: {len(months)} meldingen, {span}" in text
    # the municipality by its name in a message that named its code
    name = report.municipality_names[MUNICIPALITY]
    assert f"{name} heeft voor 2025 geen begeleidingsvergoeding per plaats: op 0 gezet." in text
    assert "Excel-rapport (blad Waarschuwingen)" in text


def test_the_wide_activity_tables_are_landscape_and_legible(
    demo_reports: tuple[ActivityReport, MunicipalReport],
) -> None:
    report, _municipal = demo_reports
    reader = PdfReader(io.BytesIO(render_activities_pdf(report)))
    landscape = [page for page in reader.pages if page.mediabox.width > page.mediabox.height]
    assert len(landscape) >= 4  # revenue, rates, costs, income: each at least one page
    sizes: list[float] = []
    headings: list[str] = []

    def visit(text: str, _cm: Any, _tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            sizes.append(size)

    for page in landscape:
        headings.append(page.extract_text(visitor_text=visit).split("\n")[0])
    assert sizes and min(sizes) >= 7, min(sizes)
    text = " ".join(page.extract_text() for page in landscape)
    for heading in ("Omzet per activiteit", "Tarieven per activiteit", "Kosten per activiteit",
                    "Opbrengsten, subsidies en resultaat per activiteit"):  # fmt: skip
        assert heading in text, heading
