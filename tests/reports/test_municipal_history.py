"""The municipal report's realisation per year up to 2030 and guidance against wage value.

TWO_MUNICIPALITIES (tests/reports/test_municipal_report.py), March 2025, municipality M1,
made through the service that renders reports (it adds the history). By hand:

Realisation per year: M1's first employment is P4's (Wsw, 2010), so the years run from
2016 (the report's year minus nine) to 2030. Nobody sheltered was employed before 2025:
2016-2024 count 0; 2025 is counted on the period's last day, 31 March: P1, P2, P7, 3 persons,
(28 + 31 + 16) / 31 = 2,42 jobs, 24,19 % of the target 10; 2026-2030 have no realisation.
The national targets are those of reference/national_targets.csv.

Guidance against wage value, one month: M1's measured workers on 31 March are P1 (50 %),
P2 (20 %), P5 (65 %), P6 (45 %, 30 % on 1 March) and P7 (15 %); P4 has no measurement.
Guidance in March: P1 2 hours, P5 3 hours. Bands: none P2, P6, P7: 3 persons, average
(20 + 45 + 15) / 3 = 26,67 %, change (0 + 15 + 0) / 3 = 5,00 points; 2 to 3 hours P1 (50 %,
no change); 3 hours or more P5 (65 %, no change); the other bands are empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from sodesk.domain import display
from sodesk.domain.guidance_bands import BANDS, GuidedWorker, band_index, guidance_bands
from sodesk.services.reports import render
from sodesk.services.workspace import open_workspace
from sodesk.storage.reference_data import REFERENCE
from tests.reports.test_activity_pdf import pdf_text
from tests.reports.test_municipal_pdf import FILES, NAME, OTHER_NAME, PERSONNEL_NUMBERS
from tests.reports.test_municipal_report import TWO_MUNICIPALITIES, import_folder

START, END = dt.date(2025, 3, 1), dt.date(2025, 3, 31)


def _render(database_url: str, fmt: str) -> bytes:
    workspace = open_workspace(database_url)
    try:
        return render(workspace, "municipal", START, END, fmt, "M1")
    finally:
        workspace.close()


def _national() -> dict[int, int]:
    with (REFERENCE / "national_targets.csv").open(encoding="utf-8") as handle:
        return {int(row["year"]): int(row["target_jobs_31h"]) for row in csv.DictReader(handle)}


def test_realisation_per_year_up_to_2030_beside_the_national_target(
    database_url: str, tmp_path: Path
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    data = json.loads(_render(database_url, "json"))
    years = {y["year"]: y for y in data["realisation_by_year"]}
    assert sorted(years) == list(range(2016, 2031))
    national = _national()
    for year, line in years.items():
        assert line["national_target"] == national.get(year), year
    for year in range(2016, 2025):
        assert (years[year]["persons"], years[year]["jobs_31h"]) == (0, "0.00")
        assert (years[year]["target"], years[year]["percent"]) == (None, None)
    assert years[2025] == {
        "year": 2025,
        "target": 10,
        "persons": 3,
        "jobs_31h": "2.42",
        "percent": "24.19",
        "national_target": 11900,
    }
    assert years[2025]["jobs_31h"] == data["realisation"]["jobs_31h"]
    for year in range(2026, 2031):
        assert years[year]["persons"] is None and years[year]["jobs_31h"] is None


def test_guidance_against_wage_value_in_bands(database_url: str, tmp_path: Path) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    data = json.loads(_render(database_url, "json"))["guidance_and_wage_value"]
    assert data["months"] == 1
    assert [b["label"] for b in data["bands"]] == list(BANDS)
    figures = [
        (b["persons"], b["average_wage_value_percent"], b["measured_at_start"],
         b["average_change_points"])
        for b in data["bands"]
    ]  # fmt: skip
    assert figures == [
        (3, "26.67", 3, "5.00"),
        (0, None, 0, None),
        (0, None, 0, None),
        (1, "50.00", 1, "0.00"),
        (1, "65.00", 1, "0.00"),
    ]
    assert "personnel_number" not in json.dumps(data)


def test_band_bounds_belong_to_the_higher_band() -> None:
    assert [band_index(Decimal(h)) for h in ("0", "0.01", "1", "1.99", "2", "3", "40")] == [
        0, 1, 2, 2, 3, 4, 4,
    ]  # fmt: skip
    bands = guidance_bands(
        [
            GuidedWorker(Decimal(24), Decimal("0.30"), Decimal("0.40")),
            GuidedWorker(Decimal(36), None, Decimal("0.50")),
        ],
        12,
    )
    assert (bands[3].persons, bands[3].average_wage_value) == (1, Decimal("0.40"))
    assert (bands[4].persons, bands[4].measured_at_start, bands[4].average_change) == (
        1,
        0,
        None,
    )
    with pytest.raises(ValueError, match="months"):
        guidance_bands([], 0)


@pytest.fixture
def pdf_and_json(sqlite_url: str, tmp_path: Path) -> tuple[list[str], dict, bytes]:
    import_folder(sqlite_url, tmp_path, FILES)
    pdf = _render(sqlite_url, "pdf")
    return pdf_text(pdf), json.loads(_render(sqlite_url, "json")), pdf


def test_the_pdf_shows_the_json_and_names_nobody(pdf_and_json: tuple[list[str], dict, bytes]):
    pages, data, _ = pdf_and_json
    (years,) = [p for p in pages if p.startswith("Realisatie per jaar tot 2030 ")]
    shown = [y for y in data["realisation_by_year"] if y["year"] >= 2025]
    for y in shown:
        national = display.number(Decimal(y["national_target"]), 0)
        assert f"{y['year']} " in years and national in years
    this_year = next(y for y in shown if y["year"] == 2025)
    assert (
        f"2025 10 3 {display.number(Decimal(this_year['jobs_31h']))} "
        f"{display.percent(Decimal(this_year['percent']) / 100)} 11.900" in years
    )
    assert "2016 " not in years  # the empty years before the first target are left out

    (guidance,) = [p for p in pages if p.startswith("Begeleiding ")]
    assert "Begeleiding en loonwaarde" in guidance
    for band in data["guidance_and_wage_value"]["bands"]:
        value = band["average_wage_value_percent"]
        shown_value = "–" if value is None else display.percent(Decimal(value) / 100)
        assert f"{band['label']} {band['persons']} {shown_value}" in guidance

    text = " ".join(pages)
    for private in (*NAME, *OTHER_NAME, "Anna", "Vries", "111222333", "123456782"):
        assert private not in text
    assert not re.search(r"P\d{3,}", text)
    for personnel_number in PERSONNEL_NUMBERS:
        assert not re.search(rf"\b{personnel_number}\b", text), personnel_number


@pytest.mark.skipif(__import__("shutil").which("pdftoppm") is None, reason="poppler-utils")
def test_every_page_with_the_history_has_ink(
    pdf_and_json: tuple[list[str], dict, bytes], tmp_path: Path
) -> None:
    from tests.reports.test_pdf_pages import _assert_no_blank_page

    # 11 pages of the report, 3 of the appendix, the Begrippenlijst last
    assert _assert_no_blank_page(pdf_and_json[2], tmp_path) == 15
