"""The activity report as PDF: the figures read back from the PDF equal the JSON's, in Dutch.

The database is MARCH_2025 (tests/factories.py; hand-checked in test_activity_report.py),
with the client renamed to "Café Één & Zn" so that diacritics and an ampersand must survive
the font and the markup. A1 in March 2025: result € -296,51, coverage 87,8 %, break-even
rate € 12,97 against the current € 10,00.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sodesk.cli import main
from sodesk.domain import display
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.reports.activities import ActivityReport
from sodesk.reports.finding_texts import kind_title
from sodesk.reports.json_format import activities_json
from sodesk.reports.parameter_labels import parameter_text
from sodesk.reports.pdf import render_activities_pdf
from sodesk.reports.pdf.fonts import report_fonts
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import open_workspace
from tests.factories import MARCH_2025, write_folder

CLIENT = "Café Één & Zn"
MARCH = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))

#: Fields of an activity line the PDF shows as amounts (euro).
AMOUNTS = (
    "revenue",
    "purchase_value",
    "ntw",
    "ntw_per_hour",
    "wage_cost",
    "lks",
    "guidance_cost",
    "guidance_subsidy",
    "wsw_subsidy",
    "overhead",
    "cost",
    "income",
    "result",
    "cost_price_per_hour",
)


def march_report(database_url: str, tmp_path: Path) -> ActivityReport:
    """Import MARCH_2025 (client renamed) and build the report of March 2025."""
    files = MARCH_2025 | {"clients": f"code,name\nC1,{CLIENT}\n"}
    folder = write_folder(tmp_path / "export", files)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url)
    try:
        with workspace.sessions() as session:
            return build_activity_report(session, MARCH, "Testbedrijf")
    finally:
        workspace.close()


def pdf_text(data: bytes) -> list[str]:
    """The text of every page, with runs of white space (and no-break spaces) as one space."""
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", " ", page.extract_text().replace("\xa0", " ")) for page in reader.pages]


def _euro(json_value: str | None) -> str:
    return display.euro(None if json_value is None else Decimal(json_value))


def _percent(json_percent: str | None) -> str:
    return display.percent(None if json_percent is None else Decimal(json_percent) / 100)


@pytest.fixture
def rendered(database_url: str, tmp_path: Path) -> tuple[dict[str, Any], list[str]]:
    report = march_report(database_url, tmp_path)
    return activities_json(report), pdf_text(render_activities_pdf(report))


def test_a1_figures_in_the_pdf_equal_the_json(rendered: tuple[dict[str, Any], list[str]]) -> None:
    data, pages = rendered
    text = " ".join(pages)
    a1 = next(line for line in data["activities"] if line["code"] == "A1")
    # the hand-checked figures (test_activity_report.py), as a Dutch reader sees them
    for expected in ("€ -296,51", "87,8 %", "€ 12,97", "€ 10,00", "€ 1.822,18", "€ 24,22"):
        assert expected in text
    for field in AMOUNTS:
        assert _euro(a1[field]) in text, field
    assert _percent(a1["coverage_percent"]) in text
    assert _euro(a1["break_even_rate"]) in text
    assert display.hours(Decimal(a1["productive_hours"])) in text
    assert "A1 Inpakken" in text
    assert CLIENT in text
    assert "verlies A1 Inpakken" in text  # the loss marker word beside the loss maker


def test_totals_and_summary_equal_the_json(rendered: tuple[dict[str, Any], list[str]]) -> None:
    data, pages = rendered
    totals = data["totals"]
    text = " ".join(pages)
    for field in AMOUNTS:
        assert _euro(totals[field]) in text, field
    summary = pages[1]
    assert (
        f"Het resultaat is {_euro(totals['result'])} bij een dekkingsgraad van "
        f"{_percent(totals['coverage_percent'])}." in summary
    )
    for field in ("revenue", "ntw", "lks", "guidance_subsidy", "income", "cost", "wage_cost"):
        assert _euro(totals[field]) in summary, field
    # the idle time of P1 (24 of 124 paid hours) is shown apart, with its own figures
    idle = next(
        line for line in data["activities"] if line["code"] == "non-productive:sheltered_inside"
    )
    assert "Niet-productief (verlof, verzuim, leegloop)" in text
    assert _euro(idle["wage_cost"]) in text
    assert _euro(idle["result"]) in text


def test_frame_cover_and_accountability(rendered: tuple[dict[str, Any], list[str]]) -> None:
    data, pages = rendered
    count = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {count}" in page
        assert "Testbedrijf" in page
    assert "VERTROUWELIJK" in pages[0]
    assert "01-03-2025 t/m 31-03-2025" in pages[0]
    assert "Rendabiliteit per activiteit" in pages[1]  # the header
    # the Verantwoording, then the Begrippenlijst on the last page(s)
    start = next(i for i, page in enumerate(pages) if page.startswith("Verantwoording "))
    end = next(i for i, page in enumerate(pages) if page.startswith("Begrippenlijst "))
    assert start < end
    tail = " ".join(pages[start:end])
    # each parameter by its Dutch name (parameter_labels), with its value in its unit
    for p in data["parameters"]:
        value = p["value"]
        if isinstance(value, str) and value[0].isdigit():
            value = Decimal(value)
        used = UsedParameter(p["name"], value, None, p["source"])
        assert parameter_text(used, {"M1": "Gemeente Een"}).name in tail, p["name"]
    assert "Wettelijk minimumloon per uur € 14,06 01-01-2025" in tail
    assert "Opslag werkgeverslasten op de loonkostensubsidie 23,5 % 01-01-2018" in tail
    assert "Werkgeverslasten (sociale premies en pensioen) op het brutoloon 20 % 01-01-2025" in tail
    assert "Gemeente Een: loonwaarde berekend over het functieloon" in tail
    for parameter in data["parameters"]:
        assert parameter["name"] not in tail
    # each kind of warning by its Dutch title, never its code
    for warning in data["warnings"]:
        assert kind_title(warning["code"]) in tail, warning["code"]
        assert warning["code"] not in tail


def test_no_worker_is_named(rendered: tuple[dict[str, Any], list[str]]) -> None:
    _data, pages = rendered
    text = " ".join(pages)
    for private in ("Anna", "Vries", "111222333", "1990"):
        assert private not in text


def test_the_font_is_embedded_dejavu(database_url: str, tmp_path: Path) -> None:
    if not report_fonts().embedded:
        pytest.skip("DejaVu Sans is not installed (fonts-dejavu-core); Helvetica is used")
    report = march_report(database_url, tmp_path)
    reader = PdfReader(io.BytesIO(render_activities_pdf(report)))
    fonts = reader.pages[1]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert any("DejaVuSans" in name for name in names), names
