"""An optional column left out of a file keeps the stored values of that column.

INTERFACES.md "Import files": a file that leaves out an optional column never empties it. A
new row without the column still gets the column's default (empty, or the stated default).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from tests.import_factories import DUTCH_EXPORT, sodesk, write_dutch_folder


def _values(database_url: str, query: str) -> list[tuple[Any, ...]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]
    finally:
        engine.dispose()


def _as_date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _number(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).normalize()


def test_left_out_columns_keep_end_dates_coaches_and_notes(
    database_url: str, tmp_path: Path
) -> None:
    with_values = DUTCH_EXPORT | {
        "employments": DUTCH_EXPORT["employments"].replace(
            "1001;2023-01-01;;", "1001;2023-01-01;2025-06-30;"
        ),
        "workers": DUTCH_EXPORT["workers"]
        .replace("indication_date\n", "indication_date;coach\n")
        .replace("2022-11-01\n", "2022-11-01;Coach Een\n"),
        "guidance": """
            personnel_number;coach;date;hours;kind;activity_code;note
            1001;Coach Een;2024-12-10;2;work_floor;INP;gesprek over taken
        """,
    }
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", with_values))) == 0
    without = {
        "employments": """
            personnel_number;start_date;contract_hours_per_week;hourly_wage
            1001;2023-01-01;28;15,50
            1007;2024-01-01;20;14,06
        """,
        "workers": """
            personnel_number;first_name;last_name;target_group;municipality_code
            1001;Anna;de Vries-Smit;sheltered;M1
            1007;Gijs;Nieuw;sheltered;M1
        """,
        "guidance": """
            personnel_number;coach;date;hours;kind;activity_code
            1001;Coach Een;2024-12-10;3;work_floor;INP
        """,
    }
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", without))) == 0

    employments = _values(
        database_url,
        "SELECT w.personnel_number, e.end_date, e.hourly_wage FROM employments e "
        "JOIN workers w ON w.id = e.worker_id WHERE w.personnel_number IN ('1001', '1007') "
        "ORDER BY w.personnel_number",
    )
    assert [(n, _as_date(end), _number(wage)) for n, end, wage in employments] == [
        ("1001", dt.date(2025, 6, 30), Decimal("15.5")),
        ("1007", None, Decimal("14.06")),
    ]
    workers = _values(
        database_url,
        "SELECT personnel_number, last_name, coach, bsn, birth_date FROM workers "
        "WHERE personnel_number IN ('1001', '1007') ORDER BY personnel_number",
    )
    assert [(n, last, coach, bsn, _as_date(b)) for n, last, coach, bsn, b in workers] == [
        ("1001", "de Vries-Smit", "Coach Een", "111222333", dt.date(1990, 5, 1)),
        ("1007", "Nieuw", None, None, None),
    ]
    guidance = _values(database_url, "SELECT hours, note FROM guidance WHERE hours > 2.5")
    assert [(_number(h), note) for h, note in guidance] == [(3, "gesprek over taken")]


def test_a_left_out_fixed_percentage_and_wage_value_keep_their_stored_values(
    database_url: str, tmp_path: Path
) -> None:
    first = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT)
    assert sodesk(database_url, "import", str(first)) == 0
    without = {
        "municipalities": """
            code;name;lks_regime
            M3;Gemeente Vastzeventig;fixed
            M1;Gemeente Meetstad;measured
        """,
        "wage_values": """
            personnel_number;measured_on;method
            1002;2024-01-15;Loonwaarde Plus 2
        """,
    }
    assert sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", without))) == 0

    municipalities = _values(
        database_url,
        "SELECT code, region, lks_fixed_fraction, lw_basis FROM municipalities "
        "WHERE code IN ('M1', 'M3') ORDER BY code",
    )
    assert [(c, r, _number(f), b) for c, r, f, b in municipalities] == [
        ("M1", "Midden-Utrecht", None, "function_wage"),
        ("M3", "Rijnmond", Decimal("0.7"), municipalities[1][3]),
    ]
    wage_values = _values(
        database_url,
        "SELECT v.wage_value, v.method, v.assessor FROM wage_values v "
        "JOIN workers w ON w.id = v.worker_id WHERE w.personnel_number = '1002'",
    )
    assert [(_number(v), m, a) for v, m, a in wage_values] == [
        (Decimal("0.6"), "Loonwaarde Plus 2", "K. de Boer")
    ]
