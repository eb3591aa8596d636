"""The municipal report as PDF: the figures read back equal the JSON's, no worker is named.

The database is TWO_MUNICIPALITIES (tests/reports/test_municipal_report.py, every figure
checked by hand there), with worker P2 renamed to Xaviera Quist and given BSN 123456782, and
M1 renamed to "Súdwest-Fryslân & Één" so that a name, a BSN, diacritics and an ampersand are
all put to the test. M1 in March 2025: 3 sheltered workers, 2,42 jobs of 31 hours against a
target of 10 (24,2 %, gap 7,58; in persons 30,0 %, gap 7); waiting 2 (now 1, later 0, not 1);
in 2028 P2 (-51,49) and P7 (-26,58) would receive less: 2 workers, together € -78,07
(-51,491006 - 26,576003).

Two more things, so that the warnings name workers as a computation does: P7 works 72 hours on
A2 at the end of March, more than the 70,86 hours paid (attribution.hours_beyond_contract),
and Yara Zwart (P9, jobs agreement, M1, 10 hours a week since 2024, no placement, never
measured) gets no LKS after her first six months (lks.no_measurement) and is unplaced
(attribution.unplaced). Neither is a sheltered worker: realisation and 2028 stay as above.
Wage value over time and guidance per person per month (test_municipal_report.py): 3 people
measured twice, 1 up, 1 the same, 1 down, +3,3 points; 2 guided, 3,04 hours per month.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sodesk.cli import main
from sodesk.domain import display
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.validation import Finding
from sodesk.reports.finding_texts import plain_message
from sodesk.reports.json_format import municipal_json
from sodesk.reports.municipal import MunicipalReport
from sodesk.reports.municipal_history import add_history
from sodesk.reports.parameter_labels import parameter_text
from sodesk.reports.pdf import render_municipal_pdf
from sodesk.reports.pdf.warning_groups import warning_groups, without_personnel_numbers
from sodesk.services.analyses import guidance_against_wage_value, realisation_by_year
from sodesk.services.report_data import build_municipal_report
from sodesk.services.workspace import open_workspace
from tests.reports.test_activity_pdf import pdf_text
from tests.reports.test_municipal_report import TWO_MUNICIPALITIES, _more, import_folder

NAME, BSN = ("Xaviera", "Quist"), "123456782"
OTHER_NAME = ("Yara", "Zwart")
PERSONNEL_NUMBERS = tuple(f"P{n}" for n in range(1, 10))
MUNICIPALITY = "Súdwest-Fryslân & Één"
COMPANY = "Testbedrijf & Zn"
MARCH = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
HEADINGS = (
    "Kerncijfers",
    "Realisatie en wachtlijst",
    "Realisatie per jaar tot 2030",
    "Werksoorten",
    "Loonwaarde",
    "Begeleiding",
    "Financieel beeld",
    "2028: vaste loonkostensubsidie",
    "Verantwoording",
)

FILES = TWO_MUNICIPALITIES | {
    "workers": _more(
        TWO_MUNICIPALITIES["workers"].replace(
            "P2,Bert,Bakker,1985-02-01,,", f"P2,{NAME[0]},{NAME[1]},1985-02-01,{BSN},"
        ),
        f"""
        P9,{OTHER_NAME[0]},{OTHER_NAME[1]},1970-01-01,,jobs_agreement,M1,
        """,
    ),
    "employments": _more(
        TWO_MUNICIPALITIES["employments"],
        """
        P9,2024-01-01,,10,14.06
        """,
    ),
    "hours": _more(
        TWO_MUNICIPALITIES["hours"],
        "\n".join(f"        P7;A2;2025-03-{day};9" for day in range(24, 32)),
    ),
    "municipalities": TWO_MUNICIPALITIES["municipalities"].replace(
        "M1,Gemeente Een,", f"M1,{MUNICIPALITY},"
    ),
}


def municipal_report(database_url: str, tmp_path: Path, code: str = "M1") -> MunicipalReport:
    import_folder(database_url, tmp_path, FILES)
    workspace = open_workspace(database_url)
    try:
        with workspace.sessions() as session:
            report = build_municipal_report(session, MARCH, COMPANY, code)
            return add_history(
                report,
                realisation_by_year(session, code, MARCH.end),
                guidance_against_wage_value(session, MARCH),
            )
    finally:
        workspace.close()


def euro(json_amount: str | None) -> str:
    return display.euro(None if json_amount is None else Decimal(json_amount))


def number(json_amount: str | None) -> str:
    return display.number(None if json_amount is None else Decimal(json_amount))


def percent(json_percent: str | None) -> str:
    return display.percent(None if json_percent is None else Decimal(json_percent) / 100)


@pytest.fixture
def rendered(database_url: str, tmp_path: Path) -> tuple[dict[str, Any], list[str]]:
    report = municipal_report(database_url, tmp_path)
    return municipal_json(report), pdf_text(render_municipal_pdf(report))


def page_of(pages: list[str], heading: str) -> str:
    """The one page whose text starts with ``heading`` (header and footer come last)."""
    (found,) = [page for page in pages if page.startswith(f"{heading} ")]
    return found


def test_the_parts_come_in_order_each_on_its_own_page(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    _data, pages = rendered
    numbers = [pages.index(page_of(pages, heading)) for heading in HEADINGS]
    assert numbers == list(range(1, len(HEADINGS) + 1))
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert COMPANY in page
    cover = pages[0]
    for expected in ("VERTROUWELIJK", "Gemeenterapportage", MUNICIPALITY, "(M1)"):
        assert expected in cover
    assert "01-03-2025 t/m 31-03-2025" in cover
    assert "Midden-Utrecht" in cover


def test_realisation_and_waiting_list_equal_the_json(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    r = data["realisation"]
    page = page_of(pages, "Realisatie en wachtlijst")
    # the hand-checked figures, as a Dutch reader sees them
    sentence = (
        f"Op 31-03-2025 werkten 3 beschut werkers uit {MUNICIPALITY} bij het bedrijf, samen "
        "2,42 banen van 31 uur. Tegen de taakstelling van 10 banen is dat 24,2 %; er ontbreken "
        "7,58 banen. In personen geteld is het 30,0 % (7 te weinig)."
    )
    assert sentence in page
    assert f"Beschut werkers in dienst {number(r['jobs_31h'])} {r['persons']}" in page
    assert f"Realisatie {percent(r['percent'])} {percent(r['percent_persons'])}" in page
    assert f"Tekort {number(r['gap'])} {r['gap_persons']}" in page
    waiting = r["waiting_by_placeable"]
    assert f"Nu {waiting['now']} Later {waiting['later']} Niet {waiting['not']}" in page
    assert f"Wachtlijst {r['waiting']}" in page
    region = data["region_context"]
    assert f"Regio Midden-Utrecht {region['target']} {region['working']}" in page
    assert percent(region["percent"]) in page
    assert percent(region["national_percent"]) in page
    assert "taakstelling 100 %" in page  # the chart's reference line


def test_key_figures_and_finance_equal_the_json(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    f = data["finance"]
    key = page_of(pages, "Kerncijfers")
    assert percent(data["realisation"]["percent"]) in key
    assert (
        f"Bij een dekkingsgraad van {percent(f['coverage_percent'])}: opbrengsten en subsidies "
        f"{euro(f['income'])} tegen kosten van {euro(f['cost'])}." in key
    )
    assert euro(f["result"]) in key
    assert f"Netto toegevoegde waarde {euro(f['ntw'])}" in key
    assert f"over {number(f['productive_hours'])} productieve uren" in key
    assert euro(f["lks"]) in key and euro(f["guidance_subsidy"]) in key
    finance = page_of(pages, "Financieel beeld")
    assert f"waren {euro(f['income'])}, de kosten {euro(f['cost'])}." in finance
    assert (
        f"Het resultaat is {euro(f['result'])} bij een dekkingsgraad van "
        f"{percent(f['coverage_percent'])}; per plaats (gemiddeld {number(f['places'])} banen "
        f"van 31 uur) is dat {euro(f['result_per_place'])}." in finance
    )
    for label, field in (
        ("Omzet", "revenue"),
        ("Inkoop", "purchase_value"),
        ("Netto toegevoegde waarde (NTW)", "ntw"),
        ("Loonkostensubsidie (LKS)", "lks"),
        ("Begeleidingsvergoeding", "guidance_subsidy"),
        ("Rijksbijdrage Wsw", "wsw_subsidy"),
        ("Opbrengsten en subsidies", "income"),
        ("Loonkosten", "wage_cost"),
        ("Begeleidingskosten", "guidance_cost"),
        ("Overhead", "overhead"),
        ("Kosten", "cost"),
        ("Resultaat", "result"),
        ("Resultaat per plaats", "result_per_place"),
    ):
        assert f"{label} {euro(f[field])}" in finance, label
    assert f"Dekkingsgraad (opbrengsten / kosten) {percent(f['coverage_percent'])}" in finance


def test_work_types_wage_value_and_guidance_equal_the_json(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    types = page_of(pages, "Werksoorten")
    for line in data["work_types"]:
        if not line["headcount"]:
            continue
        row = (
            f"{line['name']} {line['headcount']} {number(line['fte'])} "
            f"{percent(line['share_percent'])} {percent(line['sector_2023_percent'])} "
            f"{euro(line['ntw'])} {euro(line['average_lks_per_fte'])}"
        )
        assert row in types, row
        assert f"{line['name']}: sector 2023" in types  # the sector's bar beside it
    wage = page_of(pages, "Loonwaarde")
    w = data["wage_value"]
    counts = " ".join(str(c["count"]) for c in w["categories"])
    assert f"Totaal {w['measured_persons']} {percent(w['average_percent'])} {counts}" in wage
    assert [c["count"] for c in w["categories"]] == [1, 1, 0, 1, 1, 1]  # hand-checked
    assert f"gemiddeld is die {percent(w['average_percent'])}" in wage
    guidance = page_of(pages, "Begeleiding")
    g = data["guidance"]
    assert (
        f"{number(g['hours'])} uur begeleiding van jobcoaches. Die begeleiding kostte "
        f"{euro(g['cost'])}; de gemeente betaalde een begeleidingsvergoeding van "
        f"{euro(g['subsidy'])}." in guidance
    )
    assert f"Kosten van die begeleiding {euro(g['cost'])}" in guidance
    assert f"Begeleidingsvergoeding van de gemeente {euro(g['subsidy'])}" in guidance


def test_wage_value_over_time_in_counts_only(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    d = data["wage_value"]["development"]
    assert (d["persons"], d["up"], d["same"], d["down"]) == (3, 1, 1, 1)  # hand-checked
    wage = page_of(pages, "Loonwaarde")
    assert "Ontwikkeling bij herhaalde meting" in wage
    assert (
        f"Van {d['persons']} medewerkers is tot en met 31-03-2025 de loonwaarde meer dan eens "
        f"gemeten. Tussen de eerste en de laatste meting steeg die bij {d['up']}, bleef die "
        f"gelijk bij {d['same']} en daalde die bij {d['down']}; gemiddeld veranderde de "
        "loonwaarde +3,3 procentpunt." in wage
    )
    assert d["average_change_points"] == "3.33"
    for label, value in (
        ("Gestegen", d["up"]),
        ("Gelijk gebleven", d["same"]),
        ("Gedaald", d["down"]),
        ("Meer dan eens gemeten", d["persons"]),
    ):
        assert f"{label} {value}" in wage, label
    assert "Gemiddelde verandering +3,3 procentpunt" in wage


def test_guidance_per_person_per_month_equals_the_json(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    g = data["guidance"]
    assert (g["guided_persons"], g["hours_per_person_month"]) == (2, "3.04")  # hand-checked
    page = page_of(pages, "Begeleiding")
    assert f"Begeleide medewerkers {g['guided_persons']}" in page
    assert (
        f"Maanden in dienst van de begeleide medewerkers {number(g['months_in_service'])}" in page
    )
    assert f"Uren per begeleide medewerker per maand {number(g['hours_per_person_month'])}" in page
    assert (
        f"Begeleid werden {g['guided_persons']} medewerkers, samen "
        f"{number(g['months_in_service'])} maanden in dienst: gemiddeld "
        f"{number(g['hours_per_person_month'])} uur per begeleide medewerker per maand." in page
    )


def test_activities_below_cost_price_by_name_beside_their_rates(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    (line,) = data["activities_below_cost"]
    assert (line["code"], line["name"]) == ("A1", "Inpakken")
    page = page_of(pages, "Financieel beeld")
    assert "Activiteiten onder de kostprijs" in page
    row = (
        f"A1 Inpakken {percent(line['coverage_percent'])} {euro(line['result'])} "
        f"{euro(line['current_rate'])} per uur {euro(line['break_even_rate'])}"
    )
    assert row in page
    assert (
        "werkten op 1 activiteit die over de hele periode haar kosten niet dekte. Het grootste "
        f"verlies heeft Inpakken: {euro(line['result'])} bij een dekkingsgraad van "
        f"{percent(line['coverage_percent'])}; kostendekkend is een tarief van "
        f"{euro(line['break_even_rate'])} per uur, tegen {euro(line['current_rate'])} nu." in page
    )
    assert "Groenonderhoud" not in page  # A2 covers its cost


def test_no_activity_below_cost_is_said(database_url: str, tmp_path: Path) -> None:
    report = dataclasses.replace(municipal_report(database_url, tmp_path), activities_below_cost=[])
    page = page_of(pdf_text(render_municipal_pdf(report)), "Financieel beeld")
    assert "Activiteiten onder de kostprijs" in page
    assert "in de periode werkten, dekten hun kosten." in page


def test_2028_counts_the_workers_who_lose_and_states_the_assumption(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    s = data["scenario_2028"]
    page = page_of(pages, "2028: vaste loonkostensubsidie")
    assert f"Nu (regime van de gemeente) {euro(s['lks_now'])}" in page
    assert f"Vast percentage vanaf 2028 {euro(s['lks_fixed_68'])}" in page
    assert f"Verschil (2028 - nu) {euro(s['difference'])}" in page
    assert f"het verschil (2028 min nu) is {euro(s['difference'])}" in page
    assert len(s["workers_losing"]) == 2
    assert "Voor 2 beschut werkers zou de subsidie dalen" in page
    assert "een verschil van € -78,07" in page  # P2 and P7, unrounded sum
    assert "Hier is aangenomen dat die opslag er bovenop komt." in page
    assert s["fixed_percent"] == "68.00"
    assert "vaste loonkostensubsidie van 68 % van het wettelijk minimumloon" in page
    assert "bij de vaste 68 % komt" in page and "LKS vast 68 %" in page


def test_the_2028_percentage_is_printed_from_the_report(database_url: str, tmp_path: Path) -> None:
    """Not a literal: a report carrying 70 % (or 67,5 %) prints that and never 68 %."""
    report = municipal_report(database_url, tmp_path)
    for fraction, shown, in_json in (
        (Decimal("0.70"), "70 %", "70.00"),
        (Decimal("0.675"), "67,5 %", "67.50"),
    ):
        changed = dataclasses.replace(report, fixed_fraction_2028=fraction)
        assert municipal_json(changed)["scenario_2028"]["fixed_percent"] == in_json
        page = page_of(pdf_text(render_municipal_pdf(changed)), "2028: vaste loonkostensubsidie")
        assert f"vaste loonkostensubsidie van {shown} van het wettelijk minimumloon" in page
        assert f"bij de vaste {shown} komt" in page
        assert "68 %" not in page.replace(  # the assumption sentence comes from the warnings
            "vaste LKS van 68 % van het WML", ""
        )


def test_no_worker_is_named_or_numbered(rendered: tuple[dict[str, Any], list[str]]) -> None:
    data, pages = rendered
    # the JSON (for the company) names the workers its warnings are about; the PDF must not
    subjects = {w["subject"] for w in data["warnings"]}
    assert {"P7", "P9"} <= subjects
    codes = {w["code"] for w in data["warnings"]}
    assert {"attribution.hours_beyond_contract", "lks.no_measurement"} <= codes
    assert "attribution.unplaced" in codes
    text = " ".join(pages)
    for private in (*NAME, *OTHER_NAME, BSN, "Anna", "Vries", "111222333", "Bakker", "1985"):
        assert private not in text
    assert not re.search(r"P\d{3,}", text)
    for personnel_number in PERSONNEL_NUMBERS:
        assert not re.search(rf"\b{personnel_number}\b", text), personnel_number


def test_accountability_lists_every_parameter_assumption_and_warning(
    rendered: tuple[dict[str, Any], list[str]],
) -> None:
    data, pages = rendered
    start = pages.index(page_of(pages, "Verantwoording"))
    end = pages.index(page_of(pages, "Begrippenlijst"))
    assert end == len(pages) - 1  # the glossary is the very last section
    tail = " ".join(pages[start:end])
    for parameter in data["parameters"]:  # by Dutch name, never by code
        value = parameter["value"]
        if isinstance(value, str) and value[0].isdigit():
            value = Decimal(value)
        used = UsedParameter(parameter["name"], value, None, parameter["source"])
        assert parameter_text(used, {"M1": MUNICIPALITY}).name in tail, parameter["name"]
        assert parameter["name"] not in tail
    assert "Wettelijk minimumloon per uur € 14,06 01-01-2025" in tail
    for warning in data["warnings"]:
        if warning["code"].startswith("assumption."):
            message = plain_message(warning["message"])
            assert " ".join(message.split()) in tail, warning["code"]
        assert warning["code"] not in tail
    # used before 2028 too
    assert (
        "Vaste loonkostensubsidie voor beschut werkers vanaf 2028, als deel van het wettelijk "
        "minimumloon 68 % 01-01-2028" in tail
    )
    # grouped per kind with a count and a sentence that names nobody
    assert (
        "1 medewerker zonder loonwaardemeting, langer dan de startperiode in "
        "dienst: over die maanden geen LKS. 1" in tail
    )
    assert "1 medewerker met in een maand meer productieve dan betaalde uren" in tail
    assert "1 medewerker zonder plaatsing" in tail


def test_warnings_grouped_per_code_count_people_and_strip_numbers() -> None:
    def finding(code: str, message: str, subject: str | None) -> Finding:
        return Finding(code, message, None, None, subject)

    month = "heeft op {} geen loonwaardemeting en is langer dan 6 maanden in dienst: geen LKS."
    warnings = [
        finding("lks.no_measurement", f"Medewerker P00095 {month.format('2025-01-01')}", "P00095"),
        finding("lks.no_measurement", f"Medewerker P00095 {month.format('2025-02-01')}", "P00095"),
        finding("revenue.no_rate", "Activiteit A7 heeft geen tarief.", "A7"),
        finding("lks.no_measurement", f"Medewerker P00251 {month.format('2025-01-01')}", "P00251"),
        finding("x.unknown", "Medewerker P7 heeft iets: let op.", "P7"),
        finding("x.unknown", "Medewerker Q12 heeft iets: let op.", "Q12"),
        finding("x.loose", "Zie P00343 en 3 medewerkers zonder plaatsing.", None),
    ]
    groups = [(g.code, g.count, g.sentence) for g in warning_groups(warnings)]
    assert groups == [
        (
            "lks.no_measurement",
            3,
            "2 medewerkers zonder loonwaardemeting, langer dan de startperiode in dienst: over "
            "die maanden geen LKS.",
        ),
        ("revenue.no_rate", 1, "Activiteit A7 heeft geen tarief."),  # activities stay named
        ("x.unknown", 2, "Een medewerker heeft iets: let op."),
        ("x.loose", 1, "Zie (personeelsnummer) en 3 medewerkers zonder plaatsing."),
    ]
    assert without_personnel_numbers("Zie medewerker P00012.") == "Zie een medewerker."
    assert without_personnel_numbers("1 medewerker zonder plaatsing") == (
        "1 medewerker zonder plaatsing"
    )


def test_a_region_missing_from_the_table_is_said(database_url: str, tmp_path: Path) -> None:
    report = municipal_report(database_url, tmp_path, "M2")
    text = " ".join(pdf_text(render_municipal_pdf(report)))
    assert "De arbeidsmarktregio 'Nergensland' staat niet in de regiotabel" in text
    # the warning in plain Dutch: the municipality by name, no code or file name
    assert (
        "Arbeidsmarktregio 'Nergensland' van Gemeente Twee staat niet in de regiotabel: geen "
        "regionale vergelijking." in text
    )
    assert "region.unknown" not in text
    assert "regions_2025" not in text
    assert "Gemeente Twee" in text


def test_the_command_writes_the_pdf(database_url: str, tmp_path: Path) -> None:
    import_folder(database_url, tmp_path, FILES)
    out = tmp_path / "gemeente.pdf"
    args = ["--database", database_url, "report", "municipal", "--municipality", "M1"]
    args += ["--from", "2025-03-01", "--to", "2025-03-31", "--format", "pdf", "--out", str(out)]
    assert main(args) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert MUNICIPALITY in " ".join(pdf_text(out.read_bytes()))


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")


@needs_poppler
def test_every_page_has_ink(sqlite_url: str, tmp_path: Path) -> None:
    from tests.reports.test_pdf_pages import _assert_no_blank_page

    report = municipal_report(sqlite_url, tmp_path)
    assert _assert_no_blank_page(render_municipal_pdf(report), tmp_path) == 12  # + glossary


@needs_poppler
def test_every_page_of_a_demo_municipality_has_ink(sqlite_url: str, tmp_path: Path) -> None:
    from tests.reports.test_pdf_pages import _assert_no_blank_page

    assert main(["--database", sqlite_url, "demo", "--workers", "150", "--end-year", "2025"]) == 0
    workspace = open_workspace(sqlite_url)
    try:
        with workspace.sessions() as session:
            period = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
            report = add_history(
                build_municipal_report(session, period, "Demo", "GM0001"),
                realisation_by_year(session, "GM0001", period.end),
                guidance_against_wage_value(session, period),
            )
    finally:
        workspace.close()
    data = render_municipal_pdf(report)
    assert _assert_no_blank_page(data, tmp_path) >= 11
    text = " ".join(pdf_text(data))
    assert not re.search(r"P\d{5}", text)  # the demo's personnel numbers
    assert euro(municipal_json(report)["finance"]["result"]) in text


def test_a_change_in_points_carries_its_sign() -> None:
    from sodesk.reports.pdf.municipal_parts import points

    assert points(Decimal("0.0333")) == "+3,3\u00a0procentpunt"
    assert points(Decimal("-0.05")) == "-5,0\u00a0procentpunt"
    assert points(Decimal("0.0004")) == "0,0\u00a0procentpunt"  # rounds to nothing: no sign
    assert points(None) == display.UNDEFINED
