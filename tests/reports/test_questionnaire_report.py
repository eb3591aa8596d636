"""The sector questionnaire (R11) of TWO_MUNICIPALITIES in March 2025, checked by hand.

The workers and the LKS per paid hour ``min(1 - lw, 0,70) x 18,753228`` are described in
tests/reports/test_municipal_report.py. The questionnaire counts sheltered workers only, so
P4 (Wsw) and P6 (jobs agreement) stay out.

sheltered_inside: P1 (28 h, 50 %), P3 (24 h, 35 %), P5 (20 h until 20 March, 65 %), P7 (16 h,
15 %): headcount 4; fte (28 + 24 + 20 x 20 / 31 + 16) / 37 = 80,903226 / 37 = 2,186574;
LKS 1.162,700136 + 1.295,580152 + 375,06456 + 930,160109 = 3.763,504956, per fte 1.721,19;
wage value (50 + 35 + 65 + 15) / 4 = 41,25 %; categories 1, 0, 1, 0, 1, 1; NTW: A1 is worked
by sheltered workers only: 1.500,00 - 62,00 = 1.438,00.

work_on_location: P2 (31 h, 20 %): headcount 1; fte 31 / 37 = 0,837838; LKS 137,285714 h x
13,1272596 = 1.802,185211, per fte 2.151,00; wage value 20,00 %; categories 0, 1, 0, 0, 0, 0;
NTW: A2's 2.000,00 split by hours, sheltered P2 40 of 100: 800,00.

Shares of headcount 4 / 5 = 80,00 % and 20,00 %; totals: 5 persons, NTW 2.238,00, wage value
(165 + 20) / 5 = 37,00 %.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sodesk.cli import main
from sodesk.storage.reference_data import REFERENCE
from tests.reports.test_municipal_report import MARCH, TWO_MUNICIPALITIES, import_folder


def questionnaire(database_url: str, capsys: pytest.CaptureFixture[str]) -> dict:
    args = ["--database", database_url, "report", "questionnaire", "--from", MARCH[0]]
    assert main([*args, "--to", MARCH[1], "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def counts(line: dict) -> list[int]:
    return [c["count"] for c in line["wage_value_categories"]]


def test_questionnaire_per_work_type(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(database_url, tmp_path, TWO_MUNICIPALITIES)
    report = questionnaire(database_url, capsys)
    types = {line["work_type"]: line for line in report["work_types"]}
    assert len(types) == 5
    inside, location = types["sheltered_inside"], types["work_on_location"]
    assert inside == inside | {
        "headcount": 4,
        "fte": "2.19",
        "ntw": "1438.00",
        "lks": "3763.50",
        "average_lks_per_fte": "1721.19",
        "average_wage_value_percent": "41.25",
        "share_percent": "80.00",
    }
    assert counts(inside) == [1, 0, 1, 0, 1, 1]
    assert location == location | {
        "headcount": 1,
        "fte": "0.84",
        "ntw": "800.00",
        "lks": "1802.19",
        "average_lks_per_fte": "2151.00",
        "average_wage_value_percent": "20.00",
        "share_percent": "20.00",
    }
    assert counts(location) == [0, 1, 0, 0, 0, 0]
    empty = types["supported_employment"]
    assert (empty["headcount"], empty["fte"], empty["ntw"]) == (0, "0.00", "0.00")
    assert (empty["average_lks_per_fte"], empty["average_wage_value_percent"]) == (None, None)

    totals = report["totals"]
    assert (totals["headcount"], totals["ntw"], totals["average_wage_value_percent"]) == (
        5,
        "2238.00",
        "37.00",
    )
    assert [c["count"] for c in totals["wage_value_categories"]] == [1, 1, 1, 0, 1, 1]

    with (REFERENCE / "worktype_mix_2023.csv").open(encoding="utf-8") as handle:
        mix = {row["work_type"]: row["sector_2023_percent"] for row in csv.DictReader(handle)}
    assert f"{float(mix['sheltered_inside']):.2f}" == inside["sector_2023_percent"]
    assert report["period"] == {"from": "2025-03-01", "to": "2025-03-31"}
    assert {"generated_at", "parameters", "warnings"} <= set(report)


def test_a_sheltered_worker_without_placement_is_counted_apart(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(TWO_MUNICIPALITIES)
    files["placements"] = "\n".join(
        line for line in files["placements"].splitlines() if not line.strip().startswith("P7,")
    )
    import_folder(database_url, tmp_path, files)
    report = questionnaire(database_url, capsys)
    types = {line["work_type"]: line for line in report["work_types"]}
    assert types["sheltered_inside"]["headcount"] == 3
    assert report["unplaced_persons"] == 1
    said = {w["code"]: w["message"] for w in report["warnings"]}
    assert said["questionnaire.unplaced"] == (
        "1 beschut werker(s) zonder plaatsing op hun laatste dag in dienst: niet in een "
        "werksoort geteld."
    )
