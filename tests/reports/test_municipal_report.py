"""The municipal report (gemeenterapportage), every figure checked by hand.

TWO_MUNICIPALITIES builds on MARCH_2025 (tests/factories.py; P1 as there). March 2025 has
31 days; every wage is € 14,06 = WML, so the measured LKS per paid hour is
``min(1 - lw, 0,70) x F`` and the 2028 one ``0,68 x F`` with
F = 14,06 x 1,08 x 1,235 = 18,753228. Paid hours = contract x days / 7.

| worker | group | gem. | contract | lw | placement | hours in March |
|---|---|---|---|---|---|---|
| P1 | sheltered | M1 | 28 | 50 % | sheltered_inside | 100 on A1 |
| P2 | sheltered | M1 | 31 | 20 % | work_on_location | 40 on A2 |
| P3 | sheltered | M2 | 24 | 35 % | sheltered_inside | 50 on A1 |
| P4 | wsw | M1 | 36 | none | work_on_location | 60 on A2 |
| P5 | sheltered | M1 | 20, until 20 March | 65 % | sheltered_inside | none |
| P6 | jobs_agreement | M1 | 20 | 30 %, 45 % from 10 March | work_on_location | none |
| P7 | sheltered | M1 | 16 | 15 % | sheltered_inside | none |

Realisation on 31 March (R10), M1: sheltered and employed are P1, P2, P7 (P5 left on the
20th): 3 persons, (28 + 31 + 16) / 31 = 2,4194 jobs of 31 hours; target 10: 24,19 %, gap
7,58; in persons 30,00 %, gap 7. Waiting on 31 March: W1 (now) and W4 (not); W2 was placed on
15 March, W3's advice is dated after the 31st: 2 waiting. M2: P3 alone, 24 / 31 = 0,77
jobs; target 4: 19,35 %, gap 3,23; waiting 1.

Wage value (R11), M1, on each worker's last day in employment: P7 15 % (< 20), P2 20 %
(20-30: a boundary goes up), P6 45 % (40-50: the later measurement), P1 50 % (50-60), P5 65 %
(>= 60, on 20 March): categories 1, 1, 0, 1, 1, 1; average 195 / 5 = 39,00 %.

NTW (the rule of sodesk.reports.questionnaire): A1 earns 150 h x 10,00 = 1.500,00 minus
62,00 purchases = 1.438,00, of which M1 (P1, 100 h) 958,67 and M2 (P3, 50 h) 479,33; A2 earns
100 h x 20,00 = 2.000,00, all M1's (P2, P4). Work types of M1: sheltered_inside P1, P5, P7,
fte (28 + 20 x 20 / 31 + 16) / 37 = 1,54; work_on_location P2, P4, P6, fte 87 / 37 = 2,35.

Wage value over time, M1, measurements up to 31 March: P2 25 % (June 2024) -> 20 % down 5
points; P5 65 % -> 65 % the same; P6 30 % -> 45 % up 15 points; P1's second measurement (June
2025) comes after the period, P7 and P4 have one or none: 3 persons, 1 up, 1 same, 1 down,
average (-5 + 0 + 15) / 3 = 3,33 points. M2: P3 measured once: nobody.

Guidance in March: P1 2 h on A1, P5 3 h (no activity), P3 (M2) 1 h on A1, at € 50,00 an hour.
M1: 2 people guided, 5 hours, in service 1 + 20 / 31 = 1,6452 months (P5 until the 20th):
5 / (51 / 31) = 155 / 51 = 3,04 hours per person per month. M2: 1 person, 1 hour, 1 month.

Activities below cost price (the company's lines, R7/R8). F' = 14,06 x 1,08 x 1,20 =
18,22176 wage cost per paid hour. A1 (P1 100 h, P3 50 h of 106,2857 paid): wage cost 150 x
18,22176 = 2.733,264; LKS 100 x 9,376614 + 50 x 12,1895982 = 1.547,14131; guidance allowance
310 x 100 / 124 + 310 x 50 / 106,2857 = 250,00 + 145,833333 = 395,833333; guidance cost 150,00;
overhead 150 x 5,00 = 750,00; cost 3.633,264, income 1.438,00 + 1.547,14131 + 395,833333 =
3.380,974643: coverage 93,06 %, result -252,289357; break-even (3.633,264 - 1.547,14131 -
395,833333 + 62,00) / 150 = 11,68 against the rate 10,00. A2 (P2 40 h, P4 60 h): cost
1.822,176 + 300,00 = 2.122,176 against income 2.000,00 + 525,090384 + 90,322581 + 1.166,666667:
above cost. Both M1 and M2 worked on A1: each lists A1 alone.

Scenario 2028 (R12), M1's sheltered workers, now against 68 %:
P1 124 h: 1.162,700136 against 1.581,272185 (gains); P2 137,2857 h at the 70 % cap:
1.802,185211 against 1.750,694205, -51,49 (loses); P5 57,1429 h: 375,06456 against
728,696859 (gains); P7 70,8571 h at the cap: 930,160109 against 903,584106, -26,58 (loses).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.domain.period import Period
from sodesk.services.report_data import build_activity_report, build_municipal_report
from sodesk.services.workspace import open_workspace
from sodesk.storage.reference_data import REFERENCE
from sodesk.storage.report_queries import municipalities
from tests.factories import MARCH_2025, write_folder


def _more(base: str, extra: str) -> str:
    """MARCH_2025's file with more rows (both indented alike)."""
    return base.rstrip() + "\n" + extra.strip("\n")


TWO_MUNICIPALITIES = {
    **MARCH_2025,
    "overhead_rates": """
        year,work_type,rate_per_productive_hour
        2025,sheltered_inside,5.00
        2025,work_on_location,3.00
    """,
    "municipalities": """
        code,name,region,lks_regime,lks_fixed_percent,lw_basis
        M1,Gemeente Een,Midden-Utrecht,measured,,function_wage
        M2,Gemeente Twee,Nergensland,measured,,function_wage
    """,
    "municipality_years": """
        municipality_code;year;target_places;guidance_allowance_per_place;wsw_subsidy_per_fte
        M1;2025;10;3650,00;36500,00
        M2;2025;4;3650,00;36500,00
    """,
    "activities": """
        code,name,client_code,work_type
        A1,Inpakken,C1,sheltered_inside
        A2,Groenonderhoud,C1,work_on_location
    """,
    "rates": """
        activity_code,valid_from,valid_to,unit,price
        A1,2025-01-01,,hour,10.00
        A2,2025-01-01,,hour,20.00
    """,
    "workers": _more(
        MARCH_2025["workers"],
        """
        P2,Bert,Bakker,1985-02-01,,sheltered,M1,2024-10-01
        P3,Cor,Claassen,1980-03-01,,sheltered,M2,2024-10-01
        P4,Dirk,Dekker,1965-04-01,,wsw,M1,
        P5,Eva,Evers,1995-05-01,,sheltered,M1,2024-10-01
        P6,Fenna,Fokker,2000-06-01,,jobs_agreement,M1,
        P7,Gijs,Geurts,1999-07-01,,sheltered,M1,2024-10-01
        """,
    ),
    "employments": _more(
        MARCH_2025["employments"],
        """
        P2,2025-01-01,,31,14.06
        P3,2025-01-01,,24,14.06
        P4,2010-01-01,,36,14.06
        P5,2025-01-01,2025-03-20,20,14.06
        P6,2025-01-01,,20,14.06
        P7,2025-01-01,,16,14.06
        """,
    ),
    "wage_values": _more(
        MARCH_2025["wage_values"],
        """
        P2,2024-12-01,20,Dariuz,J. Jansen,1-2y
        P3,2024-12-01,35,Dariuz,J. Jansen,1-2y
        P5,2024-12-01,65,Dariuz,J. Jansen,1-2y
        P6,2024-12-01,30,Dariuz,J. Jansen,6m
        P6,2025-03-10,45,Dariuz,J. Jansen,1-2y
        P7,2024-12-01,15,Dariuz,J. Jansen,1-2y
        P2,2024-06-01,25,Dariuz,J. Jansen,6-12m
        P5,2024-06-01,65,Dariuz,J. Jansen,6-12m
        P1,2025-06-01,60,Dariuz,J. Jansen,1-2y
        """,
    ),
    "placements": _more(
        MARCH_2025["placements"],
        """
        P2,work_on_location,A2,,2025-01-01,
        P3,sheltered_inside,A1,,2025-01-01,
        P4,work_on_location,A2,,2025-01-01,
        P5,sheltered_inside,,,2025-01-01,2025-03-20
        P6,work_on_location,,,2025-01-01,
        P7,sheltered_inside,,,2025-01-01,
        """,
    ),
    "hours": _more(
        MARCH_2025["hours"],
        """
        P2;A2;2025-03-17;10
        P2;A2;2025-03-18;10
        P2;A2;2025-03-19;10
        P2;A2;2025-03-20;10
        P3;A1;2025-03-17;10
        P3;A1;2025-03-18;10
        P3;A1;2025-03-19;10
        P3;A1;2025-03-20;10
        P3;A1;2025-03-21;10
        P4;A2;2025-03-24;10
        P4;A2;2025-03-25;10
        P4;A2;2025-03-26;10
        P4;A2;2025-03-27;10
        P4;A2;2025-03-28;10
        P4;A2;2025-03-29;10
        """,
    ),
    "guidance": _more(
        MARCH_2025["guidance"],
        """
        P5,Coach Een,2025-03-12,3,life_domains,,Gesprek thuissituatie
        P3,Coach Een,2025-03-12,1,work_floor,A1,Uitleg
        """,
    ),
    "waiting_list": """
        municipality_code,reference,advice_date,placeable,reason,placed_on
        M1,W1,2025-01-10,now,,
        M1,W2,2025-02-01,later,eerst dagbesteding,2025-03-15
        M1,W3,2025-04-10,now,,
        M1,W4,2024-06-01,not,medische beperking,
        M2,W1,2025-02-01,later,,
    """,
}

MARCH = ("2025-03-01", "2025-03-31")


def import_folder(database_url: str, tmp_path: Path, files: dict[str, str]) -> None:
    folder = write_folder(tmp_path / "export", files)
    assert main(["--database", database_url, "import", str(folder)]) == 0


def municipal(
    database_url: str, capsys: pytest.CaptureFixture[str], code: str, period=MARCH
) -> dict:
    args = ["--database", database_url, "report", "municipal", "--municipality", code]
    assert main([*args, "--from", period[0], "--to", period[1], "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_realisation_in_persons_and_jobs_against_the_target_with_the_waiting_list(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    assert m1["realisation"] == m1["realisation"] | {
        "target": 10,
        "persons": 3,
        "jobs_31h": "2.42",
        "percent": "24.19",
        "gap": "7.58",
        "percent_persons": "30.00",
        "gap_persons": 7,
        "waiting": 2,
        "waiting_by_placeable": {"now": 1, "later": 0, "not": 1},
    }
    m2 = municipal(database_url, capsys, "M2")
    assert (m2["realisation"]["persons"], m2["realisation"]["jobs_31h"]) == (1, "0.77")
    assert (m2["realisation"]["percent"], m2["realisation"]["gap"]) == ("19.35", "3.23")
    assert m2["realisation"]["waiting"] == 1

    with (REFERENCE / "regions_2025.csv").open(encoding="utf-8") as handle:
        regions = {row["region"]: row for row in csv.DictReader(handle)}
    utrecht, national = regions["Midden-Utrecht"], regions["Nederland"]
    assert m1["municipality"] == {"code": "M1", "name": "Gemeente Een", "region": "Midden-Utrecht"}
    assert m1["region_context"] == m1["region_context"] | {
        "region": "Midden-Utrecht",
        "target": int(utrecht["target_end_2025"]),
        "working": int(utrecht["working_sep_2025"]),
        "percent": utrecht["share_percent"],
        "national_percent": national["share_percent"],
    }
    assert m2["region_context"]["target"] is None
    said = {w["code"]: w["message"] for w in m2["warnings"]}
    assert said["region.unknown"] == (
        f"Arbeidsmarktregio '{m2['municipality']['region'] or ''}' van gemeente M2 staat niet "
        "in de regiotabel (regions_2025.csv): geen regionale vergelijking."
    )


def test_wage_value_categories_and_work_types_of_one_municipality(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    wage_value = m1["wage_value"]
    assert [c["count"] for c in wage_value["categories"]] == [1, 1, 0, 1, 1, 1]
    assert (wage_value["measured_persons"], wage_value["average_percent"]) == (5, "39.00")

    types = {w["work_type"]: w for w in m1["work_types"]}
    inside, location = types["sheltered_inside"], types["work_on_location"]
    assert (inside["persons"], inside["fte"], inside["ntw"]) == (3, "1.54", "958.67")
    assert (location["persons"], location["fte"], location["ntw"]) == (3, "2.35", "2000.00")
    assert (inside["share_percent"], location["share_percent"]) == ("50.00", "50.00")
    assert types["group_secondment"]["persons"] == 0
    assert m1["finance"]["ntw"] == "2958.67"

    m2 = municipal(database_url, capsys, "M2")
    m2_types = {w["work_type"]: w for w in m2["work_types"]}
    assert m2_types["sheltered_inside"]["ntw"] == "479.33"
    assert m2_types["work_on_location"]["ntw"] == "0.00"


def test_scenario_2028_lists_who_would_lose_by_personnel_number_only(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    scenario = m1["scenario_2028"]
    losing = [(w["personnel_number"], w["difference"]) for w in scenario["workers_losing"]]
    assert losing == [("P2", "-51.49"), ("P7", "-26.58")]
    assert (
        scenario["workers_losing"][0] | {"lks_now": "1802.19", "lks_fixed_68": "1750.69"}
        == (scenario["workers_losing"][0])
    )
    now = Decimal("1162.700136") + Decimal("1802.1852108") + Decimal("375.06456")
    now += Decimal("930.1601088")
    fixed = Decimal("1581.27218496") + Decimal("1750.694204777") + Decimal("728.696859429")
    fixed += Decimal("903.584105691")
    assert scenario["lks_now"] == f"{now:.2f}" == "4270.11"
    assert scenario["lks_fixed_68"] == f"{fixed:.2f}" == "4964.25"
    assert scenario["difference"] == "694.14"
    assert scenario["surcharge_on_top"] is True
    assert "assumption.surcharge_2028" in {w["code"] for w in m1["warnings"]}

    text = json.dumps(m1, ensure_ascii=False)
    for private in ("Anna", "Vries", "Bert", "Gijs", "111222333"):
        assert private not in text
    assert "P3" not in text  # M2's worker is not in M1's report


def test_wage_value_over_time_counts_the_people_measured_more_than_once(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    assert m1["wage_value"]["development"] == {
        "persons": 3,
        "up": 1,
        "same": 1,
        "down": 1,
        "average_change_points": "3.33",
    }
    m2 = municipal(database_url, capsys, "M2")
    assert m2["wage_value"]["development"] == {
        "persons": 0,
        "up": 0,
        "same": 0,
        "down": 0,
        "average_change_points": None,
    }
    # to the end of June P1's second measurement (60 % from 1 June, 50 % before) counts too
    june = municipal(database_url, capsys, "M1", ("2025-03-01", "2025-06-30"))
    development = june["wage_value"]["development"]
    assert (development["persons"], development["up"]) == (4, 2)
    assert development["average_change_points"] == "5.00"  # (-5 + 0 + 15 + 10) / 4


def test_guidance_per_guided_person_per_month_in_service(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    assert m1["guidance"] == m1["guidance"] | {
        "hours": "5.00",
        "cost": "250.00",
        "guided_persons": 2,
        "months_in_service": "1.65",
        "hours_per_person_month": "3.04",
    }
    m2 = municipal(database_url, capsys, "M2")
    assert m2["guidance"] == m2["guidance"] | {
        "hours": "1.00",
        "cost": "50.00",
        "guided_persons": 1,
        "months_in_service": "1.00",
        "hours_per_person_month": "1.00",
    }


def test_activities_below_cost_are_the_company_lines_worked_on(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    a1 = {
        "code": "A1",
        "name": "Inpakken",
        "work_type": "sheltered_inside",
        "productive_hours": "150.00",
        "coverage_percent": "93.06",
        "result": "-252.29",
        "cost_price_per_hour": "24.22",
        "current_rate": "10.00",
        "current_rate_unit": "hour",
        "break_even_rate": "11.68",
    }
    assert m1["activities_below_cost"] == [a1]  # A2 covers its cost (178 %)
    assert municipal(database_url, capsys, "M2")["activities_below_cost"] == [a1]
    args = ["--database", database_url, "report", "activities", "--from", MARCH[0]]
    assert main([*args, "--to", MARCH[1]]) == 0
    company = {line["code"]: line for line in json.loads(capsys.readouterr().out)["activities"]}
    for field, value in a1.items():
        assert company["A1"][field] == value, field
    assert company["A2"]["coverage_percent"] == "178.22"


def test_the_2028_percentage_and_its_parameter_before_2028(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    m1 = municipal(database_url, capsys, "M1")
    assert m1["scenario_2028"]["fixed_percent"] == "68.00"
    statutory = [p for p in m1["parameters"] if p["name"].startswith("statutory_sheltered_2028")]
    assert [(p["name"], p["valid_from"]) for p in statutory] == [
        ("statutory_sheltered_2028", "2028-01-01"),
        ("statutory_sheltered_2028.surcharge_on_top", "2028-01-01"),
    ]
    assert (Decimal(statutory[0]["value"]), statutory[1]["value"]) == (Decimal("0.68"), True)
    assert all(p["source"].startswith("fixed_lks_regimes.csv") for p in statutory)
    # in 2028 the company's own list has it already: listed once, not twice
    later = municipal(database_url, capsys, "M1", ("2028-01-01", "2028-01-31"))
    names = [p["name"] for p in later["parameters"]]
    assert names.count("statutory_sheltered_2028") == 1
    assert names.count("statutory_sheltered_2028.surcharge_on_top") == 1


def test_finance_of_march_equals_the_activity_report(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MARCH_2025 has one municipality: its finance is the company's.

    Cost 2.259,49824 + 100,00 + 500,00 = 2.859,49824; income 938,00 + 1.162,700136 + 310,00
    = 2.410,700136; result -448,798104; coverage 84,31 %; places 124 x 7 / 31 / 31 = 0,9032;
    result per place -496,88.
    """
    import_folder(database_url, tmp_path, MARCH_2025)
    report = municipal(database_url, capsys, "M1")
    args = ["--database", database_url, "report", "activities", "--from", MARCH[0]]
    assert main([*args, "--to", MARCH[1]]) == 0
    company = json.loads(capsys.readouterr().out)["totals"]
    finance = report["finance"]
    for field in ("ntw", "lks", "guidance_subsidy", "cost", "result", "coverage_percent"):
        assert finance[field] == company[field], field
    assert finance == finance | {
        "ntw": "938.00",
        "lks": "1162.70",
        "guidance_subsidy": "310.00",
        "cost": "2859.50",
        "result": "-448.80",
        "coverage_percent": "84.31",
        "places": "0.90",
        "result_per_place": "-496.88",
    }
    assert report["guidance"] == {
        "hours": "2.00",
        "cost": "100.00",
        "subsidy": "310.00",
        "guided_persons": 1,
        "months_in_service": "1.00",
        "hours_per_person_month": "2.00",
    }


def test_the_municipalities_add_up_to_the_activity_report(
    database_url: str, tmp_path: Path
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    period = Period.month_of(dt.date(2025, 3, 1))
    workspace = open_workspace(database_url)
    try:
        with workspace.sessions() as session:
            parts = [build_municipal_report(session, period, "X", c) for c in ("M1", "M2")]
            company = build_activity_report(session, period, "X").totals
    finally:
        workspace.close()
    tolerance = Decimal("1e-9")
    for field in ("ntw", "lks", "lks_fixed_68", "wage_cost", "guidance_cost", "overhead"):
        total = sum(getattr(p.finance.figures, field) for p in parts)
        assert abs(total - getattr(company, field)) < tolerance, field
    for field in ("guidance_subsidy", "wsw_subsidy", "cost", "income", "result"):
        total = sum(getattr(p.finance.figures, field) for p in parts)
        assert abs(total - getattr(company, field)) < tolerance, field
    assert company.wsw_subsidy > 0 and parts[1].finance.figures.wsw_subsidy == 0
    by_work_type = sum(f.ntw for p in parts for f in p.work_types.values())
    assert abs(by_work_type - company.ntw) < tolerance


def test_unknown_or_missing_municipality(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(sqlite_url, tmp_path, TWO_MUNICIPALITIES)
    capsys.readouterr()
    base = ["--database", sqlite_url, "report", "municipal", "--from", MARCH[0], "--to", MARCH[1]]
    assert main([*base, "--municipality", "M9"]) == 1
    error = capsys.readouterr().err
    assert "M9" in error and "M1 (Gemeente Een)" in error and "M2 (Gemeente Twee)" in error
    assert main(base) == 2
    assert "--municipality" in capsys.readouterr().err


INTERFACE_FIELDS = {
    "municipality": {"code", "name", "region"},
    "region_context": {"region", "target", "working", "percent", "national_percent"},
    "realisation": {"target", "persons", "jobs_31h", "percent", "gap", "waiting"},
    "wage_value": {"measured_persons", "average_percent", "categories"},
    "guidance": {"hours", "cost", "subsidy"},
    "finance": {
        "ntw",
        "lks",
        "guidance_subsidy",
        "cost",
        "result",
        "result_per_place",
        "coverage_percent",
    },
    "scenario_2028": {"lks_now", "lks_fixed_68", "difference"},
}


def test_every_interface_field_for_each_demo_municipality(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = ["demo", "--workers", "60", "--seed", "5", "--end-year", "2025"]
    assert main(["--database", sqlite_url, *demo]) == 0
    workspace = open_workspace(sqlite_url)
    try:
        with workspace.sessions() as session:
            codes = list(municipalities(session))
    finally:
        workspace.close()
    assert len(codes) == 3
    capsys.readouterr()
    year = ("2025-01-01", "2025-12-31")
    for code in codes:
        report = municipal(sqlite_url, capsys, code, year)
        assert {"period", "generated_at", "parameters", "warnings", "work_types"} <= set(report)
        for section, fields in INTERFACE_FIELDS.items():
            assert fields <= set(report[section]), (code, section)
        assert report["municipality"]["code"] == code
        assert len(report["wage_value"]["categories"]) == 6
        assert len(report["work_types"]) == 5
        for line in report["work_types"]:
            assert {"work_type", "persons", "fte", "ntw", "share_percent"} <= set(line)
        assert report["realisation"]["persons"] > 0
        assert all(p["source"] for p in report["parameters"])
        names = {p["name"] for p in report["parameters"]}
        assert f"{code}.target_places" in names and "minimum_wage_hourly" in names
        for amount in (report["finance"]["cost"], report["scenario_2028"]["lks_now"]):
            assert Decimal(amount) == Decimal(amount).quantize(Decimal("0.01"))
