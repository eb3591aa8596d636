"""A Dutch export (``;``, decimal commas, BOM) imported and reported, checked by hand.

DUTCH_EXPORT (tests/import_factories.py), period 2024-12-01..2025-01-31. Both months have 31
days, so every worker (28 hours a week) has P = 28 x 31 / 7 = 124 paid hours a month, and
works p = 31 productive hours a month: each activity carries 31/124 = 1/4 of the worker's
money (R6). WML is 13,68 in December and 14,06 in January; vb 8 %, surcharge 23,5 %, so the
LKS factor (1 + vb)(1 + surcharge) is 1,08 x 1,235 = 1,3338. Wage cost per hour: wage x 1,08
x 1,20 = wage x 1,296 (R4).

INP (hourly: 20,00 in 2024, 21,00 in 2025), workers 1001 and 1005:
- 1001, M1 measured over the function wage, wage 15,00, lw 44 % from the tasks
  (0,6x0,5x0,9x0,8 + 0,4x0,7x1x0,8 = 0,216 + 0,224, R1). LKS per paid hour:
  Dec (13,68 - 0,44 x 15) x 1,3338 = 7,08 x 1,3338 = 9,443304;
  Jan (14,06 - 6,60) x 1,3338 = 9,950148. Quarter of 124 x (9,443304 + 9,950148) = 601,197012.
- 1005, M1 but no measurement, employed since 2024-09-01: the 50 % start regime (R3).
  Dec 0,5 x 13,68 x 1,3338 = 9,123192; Jan 0,5 x 14,06 x 1,3338 = 9,376614;
  quarter of 124 x 18,499806 = 573,493986.
- LKS 601,197012 + 573,493986 = 1.174,690998 -> 1174.69.
- wage cost 62 x 15 x 1,296 + 62 x 14,06 x 1,296 = 1.205,28 + 1.129,74912 = 2.335,02912.
- revenue 62 h x 20,00 + 62 h x 21,00 = 1.240 + 1.302 = 2.542,00 (rates); NTW 2.542,00.
- guidance allowance 3.660/366 = 3.650/365 = 10 per day: 2 workers x 2 months x 310 / 4 = 310.
- wage-value norm (1001 only) 31 x 0,44 x 13,68 + 31 x 0,44 x 14,06 = 378,3736; 62 hours of
  1005 without a wage value. Guidance 2 h (INP) + 1,5 h (no activity, all to INP) x 50 = 175.

ASS (piece: 0,50 in 2024, 0,55 in 2025), worker 1002, M2 measured over WML, lw 60 %:
- LKS per hour 0,4 x WML x 1,3338: Dec 7,2985536, Jan 7,5012912; 31 h x (sum) = 458,7951888.
- wage cost 62 x 16 x 1,296 = 1.285,632. Revenue 2.000 x 0,50 + 3.000 x 0,55 = 2.650,00.
- purchases 610,00 over 2024-11-15..2025-01-14 (61 days), 45 inside: 450,00; NTW 2.200,00.

GRN (monthly 1.500,00), worker 1003, M3 fixed 70 %:
- LKS 31 x 0,7 x (13,68 + 14,06) x 1,3338 = 802,8915804; wage cost 62 x 14,50 x 1,296 =
  1.165,104; revenue 2 x 1.500 = 3.000,00.

SCH (invoiced 4.000,00 + 4.200,50; an hourly rate too, which the invoices overrule):
- 1004, M4 fixed 80 %: LKS 31 x 0,8 x 27,74 x 1,3338 = 917,5903776.
- 1006, Wsw, 28 of 36 hours: 36.600 x 28/36 x 31/366 = 36.500 x 28/36 x 31/365 = 2.411,11
  a month; a quarter of both: 1.205,5556. No LKS.
- wage cost 62 x 14,06 x 1,296 + 62 x 18,25 x 1,296 = 1.129,74912 + 1.466,424 = 2.596,17312.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_factories import (
    DUTCH_EXPORT,
    activities_json,
    lines_by_code,
    sodesk,
    write_dutch_folder,
    write_workbook,
)

PERIOD = ("2024-12-01", "2025-01-31")


def test_dutch_export_figures_match_the_hand_calculation(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    assert (folder / "hours.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert sodesk(database_url, "import", str(folder)) == 0

    lines = lines_by_code(activities_json(database_url, capsys, *PERIOD))

    assert lines["INP"] == lines["INP"] | {
        "productive_hours": "124.00",
        "revenue": "2542.00",
        "revenue_source": "rates",
        "ntw": "2542.00",
        "lks": "1174.69",
        "wage_cost": "2335.03",
        "guidance_subsidy": "310.00",
        "guidance_cost": "175.00",
        "wage_value_norm": "378.37",
        "hours_without_wage_value": "62.00",
        "current_rate": "21.00",
    }
    assert lines["ASS"] == lines["ASS"] | {
        "productive_hours": "62.00",
        "revenue": "2650.00",
        "revenue_source": "rates",
        "purchase_value": "450.00",
        "ntw": "2200.00",
        "lks": "458.80",
        "wage_cost": "1285.63",
        "current_rate": "0.55",
    }
    assert lines["GRN"] == lines["GRN"] | {
        "revenue": "3000.00",
        "revenue_source": "rates",
        "ntw": "3000.00",
        "lks": "802.89",
        "wage_cost": "1165.10",
        "wsw_subsidy": "0.00",
    }
    assert lines["SCH"] == lines["SCH"] | {
        "productive_hours": "124.00",
        "revenue": "8200.50",
        "revenue_source": "invoiced",
        "ntw": "8200.50",
        "lks": "917.59",
        "wsw_subsidy": "1205.56",
        "wage_cost": "2596.17",
    }


def test_one_workbook_gives_the_same_report_as_the_csv_folder(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sheets hold real dates and numbers (floats such as 4200.5, integers such as 1001)."""
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    workbook = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    assert sodesk(database_url, "import", str(workbook)) == 0
    from_workbook = activities_json(database_url, capsys, *PERIOD)
    assert lines_by_code(from_workbook)["SCH"]["revenue"] == "8200.50"

    assert sodesk(database_url, "import", str(folder)) == 0
    from_folder = activities_json(database_url, capsys, *PERIOD)
    assert from_folder == from_workbook


def test_csv_folder_and_workbook_into_separate_databases_agree(
    database_url: str, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder into one database, the workbook into another: the same JSON."""
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    workbook = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    assert sodesk(database_url, "import", str(folder)) == 0
    assert sodesk(sqlite_url, "import", str(workbook)) == 0
    assert activities_json(database_url, capsys, *PERIOD) == activities_json(
        sqlite_url, capsys, *PERIOD
    )
