"""The activity report of MARCH_2025 (tests/factories.py), every figure checked by hand.

March 2025 has 31 days. P1 has a 28-hour contract at € 14,06 (= WML from 2025-01-01) and a
wage value of 50 %:
- paid hours 28 x 31 / 7 = 124; productive hours 100, all on A1 (R6: A1 carries 100/124);
- wage cost 124 x 14,06 x 1,08 x 1,20 = 2.259,49824 (R4), A1 1.822,176;
- LKS per paid hour (14,06 - 0,5 x 14,06) x 1,08 x 1,235 = 9,376614; x 124 = 1.162,700136,
  A1 937,6614 (R2);
- guidance allowance 3.650 x 31 / 365 = 310,00, A1 250,00 (R9);
- revenue 100 x 10,00 = 1.000,00; purchases 122,00 over 61 days, 31 inside = 62,00; NTW 938,00;
- guidance 2 h x 50,00 = 100,00 on A1; overhead 100 x 5,00 = 500,00;
- cost 2.422,176; income 2.125,6614; result -296,5146; coverage 87,76 %;
- wage-value norm 100 x 0,5 x 14,06 = 703,00; earning gap 235,00;
- break-even (2.422,176 - 937,6614 - 250 + 62) / 100 = 12,965146.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sodesk.cli import main
from tests.factories import MARCH_2025, write_folder


def _report(database_url: str, capsys: pytest.CaptureFixture[str], *period: str) -> dict:
    assert (
        main(
            [
                "--database",
                database_url,
                "report",
                "activities",
                "--from",
                period[0],
                "--to",
                period[1],
                "--format",
                "json",
            ]
        )
        == 0
    )
    return json.loads(capsys.readouterr().out)


def test_march_figures_match_the_hand_calculation(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_folder(tmp_path / "export", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    report = _report(database_url, capsys, "2025-03-01", "2025-03-31")

    lines = {line["code"]: line for line in report["activities"]}
    a1 = lines["A1"]
    assert a1 == a1 | {
        "work_type": "sheltered_inside",
        "productive_hours": "100.00",
        "revenue": "1000.00",
        "revenue_source": "rates",
        "purchase_value": "62.00",
        "ntw": "938.00",
        "ntw_per_hour": "9.38",
        "wage_cost": "1822.18",
        "lks": "937.66",
        "guidance_cost": "100.00",
        "guidance_subsidy": "250.00",
        "wsw_subsidy": "0.00",
        "overhead": "500.00",
        "cost": "2422.18",
        "income": "2125.66",
        "coverage_percent": "87.76",
        "result": "-296.51",
        "cost_price_per_hour": "24.22",
        "wage_value_norm": "703.00",
        "hours_without_wage_value": "0.00",
        "earning_gap": "235.00",
        "current_rate": "10.00",
        "break_even_rate": "12.97",
    }
    idle = lines["non-productive:sheltered_inside"]
    assert (idle["wage_cost"], idle["lks"], idle["guidance_subsidy"]) == (
        "437.32",
        "225.04",
        "60.00",
    )
    totals = report["totals"]
    assert (totals["wage_cost"], totals["lks"], totals["guidance_subsidy"]) == (
        "2259.50",
        "1162.70",
        "310.00",
    )
    assert report["period"] == {"from": "2025-03-01", "to": "2025-03-31"}
    names = {p["name"] for p in report["parameters"]}
    assert {"minimum_wage_hourly", "lks.surcharge"} <= names


def test_a_year_is_the_sum_of_its_months(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_folder(tmp_path / "export", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    quarter = _report(database_url, capsys, "2025-01-01", "2025-03-31")
    months = [
        _report(database_url, capsys, a, b)
        for a, b in (
            ("2025-01-01", "2025-01-31"),
            ("2025-02-01", "2025-02-28"),
            ("2025-03-01", "2025-03-31"),
        )
    ]
    from decimal import Decimal

    for field in ("wage_cost", "lks", "guidance_subsidy", "ntw"):
        # unrounded sums agree to the cent; rounded monthly figures may differ by a cent each
        total = Decimal(quarter["totals"][field])
        parts = sum(Decimal(m["totals"][field]) for m in months)
        assert abs(total - parts) <= Decimal("0.02"), field
