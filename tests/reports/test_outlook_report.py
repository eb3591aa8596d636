"""The outlook report (Vooruitblik): figures equal the services', in JSON, PDF and workbook.

OUTLOOK_2025 (below), period 2025, reference day 1 January 2026; the outlook counts on
1 January 2026-2035, the plan covers January-December 2026. By hand:

* Beschut binnen: P1 (sheltered, 28 h), P2 (Wsw, 36 h, born 15-06-1959: 67 on 15-06-2026,
  gone on 1-1-2027) and P5 (sheltered, 31 h): 3 persons in 2026, 2 from 2027.
* Groepsdetachering: P3 (31 h) whose contract ends 30-06-2027: 1 person in 2026 and 2027,
  nobody from 2028. Werken op locatie: P4 (20 h), 1 person throughout.
* With a critical mass of 3: Groepsdetachering and Werken op locatie are below it from 2026,
  Beschut binnen from 2027. With 1: only Groepsdetachering, from 2028.
* Re-assessments: P2 measured 01-06-2024 (6-12 months: due 01-06-2025, overdue), P4
  01-08-2025 (within 6 months: due 01-02-2026, no coach), P3 10-03-2025 (6-12 months: due
  10-03-2026), P1 01-12-2024 (1-2 years: due 01-12-2026); P5's term is "no change".

The tests compute the services' results themselves (``services.analyses.outlook`` and
``wage_value_plan``) and compare every figure of the report with them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.workforce import DEFAULT_CRITICAL_MASS
from sodesk.reports.parameter_labels import parameter_text
from sodesk.services.analyses import outlook, wage_value_plan
from sodesk.services.reports import render
from sodesk.services.workspace import open_workspace
from tests.factories import MARCH_2025
from tests.reports.test_activity_pdf import pdf_text
from tests.reports.test_municipal_report import import_folder
from tests.reports.test_pdf_pages import _assert_no_blank_page

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
REFERENCE, UNTIL = dt.date(2026, 1, 1), dt.date(2026, 12, 31)

OUTLOOK_2025 = dict(MARCH_2025)
OUTLOOK_2025["workers"] = """
    personnel_number,first_name,last_name,birth_date,bsn,target_group,municipality_code,coach
    P1,Anna,de Vries,1990-05-01,111222333,sheltered,M1,Coach Een
    P2,Kees,Bakker,1959-06-15,,wsw,M1,Coach Twee
    P3,Sanne,Mulder,1985-02-02,,sheltered,M1,Coach Een
    P4,Daan,Smit,1970-03-03,,jobs_agreement,M1,
    P5,Eva,Jansen,1995-04-04,,sheltered,M1,Coach Twee
"""
OUTLOOK_2025["employments"] = """
    personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage
    P1,2025-01-01,,28,14.06
    P2,2010-01-01,,36,18.00
    P3,2023-01-01,2027-06-30,31,14.06
    P4,2024-01-01,,20,15.00
    P5,2025-06-01,,31,14.06
"""
OUTLOOK_2025["placements"] = """
    personnel_number,work_type,activity_code,employer,start_date,end_date
    P1,sheltered_inside,A1,,2025-01-01,
    P2,sheltered_inside,A1,,2010-01-01,
    P3,group_secondment,,Bedrijf X,2023-01-01,
    P4,work_on_location,,,2024-01-01,
    P5,sheltered_inside,A1,,2025-06-01,
"""
OUTLOOK_2025["wage_values"] = """
    personnel_number,measured_on,wage_value_percent,method,assessor,reassess_term
    P1,2024-12-01,50,Dariuz,J. Jansen,1-2y
    P2,2024-06-01,40,Dariuz,J. Jansen,6-12m
    P3,2025-03-10,45,Dariuz,J. Jansen,6-12m
    P4,2025-08-01,60,Dariuz,J. Jansen,6m
    P5,2025-01-01,30,Dariuz,J. Jansen,none
"""
NAMES = ("Anna", "Kees", "Sanne", "Daan", "Eva", "Bakker", "Mulder", "Smit")
BSN = "111222333"


@pytest.fixture
def seeded(sqlite_url: str, tmp_path: Path) -> str:
    import_folder(sqlite_url, tmp_path, OUTLOOK_2025)
    return sqlite_url


def report(url: str, fmt: str, critical_mass: int | None = 3) -> bytes:
    workspace = open_workspace(url)
    try:
        return render(workspace, "outlook", START, END, fmt, critical_mass=critical_mass)
    finally:
        workspace.close()


def report_json(url: str, critical_mass: int | None = 3) -> dict:
    return json.loads(report(url, "json", critical_mass))


def services(url: str, critical_mass: int) -> tuple:
    """The services' own results, as the Analyses page gets them."""
    workspace = open_workspace(url)
    try:
        with workspace.sessions() as session:
            years, findings = outlook(
                session, 2026, 10, critical_mass={w: critical_mass for w in WorkType}
            )
            plan = wage_value_plan(session, REFERENCE, UNTIL)
    finally:
        workspace.close()
    return years, findings, plan


def test_the_json_holds_the_services_figures(database_url: str, tmp_path: Path) -> None:
    import_folder(database_url, tmp_path, OUTLOOK_2025)
    data = report_json(database_url)
    years, findings, plan = services(database_url, 3)
    assert data["reference_date"] == "2026-01-01" and data["critical_mass"] == 3
    outlook_part = data["workforce_outlook"]
    shown = {(w["work_type"], y["year"]): y for w in outlook_part["work_types"] for y in w["years"]}
    assert len(shown) == len(years) == 10 * len(WorkType)
    for y in years:
        line = shown[(y.work_type.value, y.year)]
        assert line["persons"] == y.headcount
        assert line["jobs_31h"] == display.plain(y.jobs_31h)
        assert line["wsw_persons"] == y.wsw_headcount
        assert line["below_critical_mass"] == y.below_critical_mass
    inside = [shown[("sheltered_inside", year)]["persons"] for year in range(2026, 2036)]
    assert inside == [3] + [2] * 9  # by hand: P2 reaches the pension age in 2026
    assert shown[("group_secondment", 2028)]["persons"] == 0  # P3's contract ended
    assert outlook_part["below_critical_mass"] == [
        {"work_type": "group_secondment", "year": 2026},
        {"work_type": "work_on_location", "year": 2026},
        {"work_type": "sheltered_inside", "year": 2027},
    ]
    assert [w["code"] for w in data["warnings"]] == [f.code for f in findings]
    plan_part = data["reassessments"]
    assert [
        (i["personnel_number"], i["coach"], i["due"], i["measured_on"], i["overdue"])
        for i in plan_part["items"]
    ] == [
        (p.personnel_number, p.coach, p.due.isoformat(), p.measured_on.isoformat(), p.overdue)
        for p in plan
    ]
    assert [i["personnel_number"] for i in plan_part["items"]] == ["P2", "P4", "P3", "P1"]
    months = [dt.date(2026, m, 1) for m in range(1, 13)]
    due = Counter((p.coach, p.due.replace(day=1)) for p in plan if not p.overdue)
    overdue = Counter(p.coach for p in plan if p.overdue)
    assert plan_part["by_coach"] == [
        {
            "coach": coach,
            "overdue": overdue[coach],
            "months": [due[(coach, m)] for m in months],
            "total": overdue[coach] + sum(due[(coach, m)] for m in months),
        }
        for coach in ("Coach Een", "Coach Twee", None)
    ]
    assert (plan_part["total"], plan_part["overdue"]) == (4, 1)
    assert plan_part["sheltered_not_planned_from"] == "2028-01-01"
    names = {p["name"] for p in data["parameters"]}
    assert {"outlook.critical_mass", "statutory_sheltered_2028", "pension_age.2028"} <= names


def test_the_critical_mass_changes_the_warnings(seeded: str) -> None:
    def below(data: dict) -> list[tuple[str, int]]:
        return [
            (b["work_type"], b["year"]) for b in data["workforce_outlook"]["below_critical_mass"]
        ]

    def warned(data: dict) -> int:
        return sum(1 for w in data["warnings"] if w["code"] == "outlook.below_critical_mass")

    one, three, default = report_json(seeded, 1), report_json(seeded, 3), report_json(seeded, None)
    assert below(one) == [("group_secondment", 2028)]
    assert len(below(three)) == 3
    assert default["critical_mass"] == DEFAULT_CRITICAL_MASS
    for data, mass in ((one, 1), (three, 3), (default, DEFAULT_CRITICAL_MASS)):
        years, _findings, _plan = services(seeded, mass)
        assert warned(data) == sum(1 for y in years if y.below_critical_mass) > 0
    assert warned(one) < warned(three) < warned(default)


def test_the_pdf_prints_the_json(seeded: str) -> None:
    data = report_json(seeded)
    pages = pdf_text(report(seeded, "pdf"))
    text = " ".join(pages)
    assert "Vooruitblik" in pages[0] and "Peildatum 01-01-2026" in pages[0]
    assert (
        "Groepsdetachering zit al in 2026 onder de kritische massa van 3 personen" in text
        and "Beschut binnen komt in 2027 onder de kritische massa van 3 personen" in text
    )
    for work_type in data["workforce_outlook"]["work_types"]:
        staffed = any(y["persons"] for y in work_type["years"])  # else "Zonder medewerkers"
        persons = [
            ("▼ " if y["below_critical_mass"] and staffed else "") + str(y["persons"])
            for y in work_type["years"]
        ]
        jobs = [display.number(Decimal(y["jobs_31h"])) for y in work_type["years"]]
        assert f"{work_type['label']} personen {' '.join(persons)} banen {' '.join(jobs)}" in text
    plan = data["reassessments"]
    assert f"{plan['total']} herbeoordelingen van de loonwaarde" in text
    assert f"{plan['overdue']} daarvan is achterstallig" in text  # one: P2
    assert "Voor beschut werkers wordt vanaf 01-01-2028 geen herbeoordeling meer gepland" in text
    for coach in plan["by_coach"]:
        counts = [str(coach["overdue"]) if coach["overdue"] else ""]
        counts += [str(n) for n in coach["months"] if n]
        label = coach["coach"] or "Geen jobcoach"
        expected = " ".join(c for c in [*counts, str(coach["total"])] if c)
        assert f"{label} {expected}" in text
    for item in plan["items"]:
        due = display.date_nl(dt.date.fromisoformat(item["due"]))
        assert re.search(rf"{due} .*?{item['personnel_number']}", text)
    for parameter in data["parameters"]:  # by its Dutch name (parameter_labels), not its code
        value = parameter["value"]
        if isinstance(value, str) and re.fullmatch(r"[\d.E+-]+", value):
            value = Decimal(value)
        used = UsedParameter(parameter["name"], value, None, parameter["source"])
        assert parameter_text(used).name in pages[-1], parameter["name"]
        assert parameter["name"] not in pages[-1]
    assert "Zonder medewerkers: Individuele detachering, Begeleid werken." in text
    assert BSN not in text
    assert not [name for name in NAMES if name in text]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_every_page_of_the_pdf_has_ink(seeded: str, tmp_path: Path) -> None:
    assert _assert_no_blank_page(report(seeded, "pdf"), tmp_path) >= 4


def test_the_workbook_holds_the_json(seeded: str) -> None:
    data = report_json(seeded)
    book = load_workbook(io.BytesIO(report(seeded, "xlsx")))
    assert book.sheetnames == [
        "Personeelsprognose",
        "Herbeoordelingen per jobcoach",
        "Herbeoordelingen",
        "Parameters",
        "Waarschuwingen",
        "Rapport",
    ]
    # pension ages are known up to 2030: the outlook to 2035 says so in a row above the table
    assert [g["parameter"] for g in data["incomplete"]] == ["pension_age"]
    top = book["Personeelsprognose"]["A1"].value
    assert top.startswith("Onvolledig") and data["incomplete"][0]["message"] in top
    rows = list(book["Personeelsprognose"].iter_rows(min_row=3, values_only=True))
    expected = [
        (w["label"], y["year"], y["persons"], float(y["jobs_31h"]), y["wsw_persons"])
        for w in data["workforce_outlook"]["work_types"]
        for y in w["years"]
    ]
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == expected
    assert [r[6] for r in rows].count("ja") == sum(
        y["below_critical_mass"]
        for w in data["workforce_outlook"]["work_types"]
        for y in w["years"]
    )
    plan = data["reassessments"]
    coaches = list(book["Herbeoordelingen per jobcoach"].iter_rows(min_row=3, values_only=True))
    for row, coach in zip(coaches, plan["by_coach"], strict=False):
        assert list(row) == [
            coach["coach"] or "Geen jobcoach",
            coach["overdue"],
            *coach["months"],
            coach["total"],
        ]
    assert coaches[len(plan["by_coach"])][0] == "Totaal"
    assert coaches[len(plan["by_coach"])][-1] == plan["total"]
    items = list(book["Herbeoordelingen"].iter_rows(min_row=3, values_only=True))
    assert [(r[0].date().isoformat(), r[2]) for r in items] == [
        (i["due"], i["personnel_number"]) for i in plan["items"]
    ]
    assert all(sheet["A1"].value == top for sheet in book.worksheets)
    names = [r[0] for r in book["Parameters"].iter_rows(min_row=3, values_only=True)]
    assert names == [p["name"] for p in data["parameters"]]


def test_an_empty_database_gives_a_report_that_says_so(sqlite_url: str) -> None:
    data = report_json(sqlite_url)
    assert data["workforce_outlook"]["below_critical_mass"] == []
    assert data["reassessments"]["items"] == [] and data["reassessments"]["total"] == 0
    text = " ".join(pdf_text(report(sqlite_url, "pdf")))
    assert "Op 1 januari 2026 is niemand in dienst" in text
    assert "Er vallen geen herbeoordelingen in deze periode." in text
    assert report(sqlite_url, "xlsx")[:2] == b"PK"
