"""A Dutch controller's export over December 2024 and January 2025, and helpers to test imports.

``DUTCH_EXPORT`` is what a Dutch payroll and finance system writes: ``;`` separators, decimal
commas, UTF-8 with a byte-order mark (``write_dutch_folder``). Six workers, one in each subsidy
regime, four activities on hourly, piece, monthly and invoiced revenue. Every worker has a
28-hour contract (124 paid hours in each of the two 31-day months) and works 31 productive
hours in each month (10,5 + 10,5 + 10), so R6 gives each activity exactly a quarter of the
worker's money. The figures are hand-checked in tests/e2e/test_import_dutch_export.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from sodesk.cli import main
from sodesk.storage.base import Base

#: (personnel number, activity) of each worker; all work 31 hours a month on three days.
WORKER_ACTIVITY = {
    "1001": "INP",  # sheltered, M1 measured over the function wage, wage value 44 % from tasks
    "1002": "ASS",  # sheltered, M2 measured over the minimum wage, bare wage value 60 %
    "1003": "GRN",  # sheltered, M3 fixed 70 %
    "1004": "SCH",  # sheltered, M4 fixed 80 %
    "1005": "INP",  # sheltered, M1 measured but no measurement yet: the 50 % start regime
    "1006": "SCH",  # Wsw, M4: Wsw subsidy per fte instead of LKS
}
WORK_DAYS = (
    ("2024-12-02", "10,5"),
    ("2024-12-03", "10,5"),
    ("2024-12-04", "10"),
    ("2025-01-06", "10,5"),
    ("2025-01-07", "10,5"),
    ("2025-01-08", "10"),
)


def _hours_text() -> str:
    lines = ["personnel_number;activity_code;date;hours"]
    for number, activity in WORKER_ACTIVITY.items():
        lines += [f"{number};{activity};{day};{hours}" for day, hours in WORK_DAYS]
    return "\n".join(lines)


DUTCH_EXPORT: dict[str, str] = {
    "company_years": """
        year;employer_charges_percent;coach_hourly_cost;wsw_fulltime_hours
        2024;20;50,00;36
        2025;20;50,00;36
    """,
    "overhead_rates": """
        year;work_type;rate_per_productive_hour
        2024;sheltered_inside;5,00
        2025;sheltered_inside;5,50
    """,
    "municipalities": """
        code;name;region;lks_regime;lks_fixed_percent;lw_basis
        M1;Gemeente Meetstad;Midden-Utrecht;measured;;function_wage
        M2;Gemeente Minimumdorp;Midden-Utrecht;measured;;minimum_wage
        M3;Gemeente Vastzeventig;Rijnmond;fixed;70;
        M4;Gemeente Vasttachtig;Rijnmond;fixed;80;
    """,
    "municipality_years": """
        municipality_code;year;target_places;guidance_allowance_per_place;wsw_subsidy_per_fte
        M1;2024;10;3660,00;
        M1;2025;10;3650,00;
        M2;2024;5;3660,00;
        M2;2025;5;3650,00;
        M3;2024;5;3660,00;
        M3;2025;5;3650,00;
        M4;2024;5;3660,00;36600,00
        M4;2025;5;3650,00;36500,00
    """,
    "clients": """
        code;name
        C1;Drukkerij De Pers
        C2;Gemeente Meetstad, afdeling Groen
    """,
    "activities": """
        code;name;client_code;work_type
        INP;Inpakken folders;C1;sheltered_inside
        ASS;Assemblage stekkers;C1;sheltered_inside
        GRN;Groenonderhoud park;C2;work_on_location
        SCH;Schoonmaak stadskantoor;C2;group_secondment
    """,
    "rates": """
        activity_code;valid_from;valid_to;unit;price
        INP;2024-01-01;2024-12-31;hour;20,00
        INP;2025-01-01;;hour;21,00
        ASS;2024-01-01;2024-12-31;piece;0,50
        ASS;2025-01-01;;piece;0,55
        GRN;2024-01-01;;month;1500,00
        SCH;2024-01-01;;hour;25,00
    """,
    "workers": """
        personnel_number;first_name;last_name;birth_date;bsn;target_group;municipality_code;indication_date
        1001;Anna;de Vries;1990-05-01;111222333;sheltered;M1;2022-11-01
        1002;Bram;Jansen;1985-02-14;123456782;sheltered;M2;2023-05-01
        1003;Cor;Bakker;1979-09-30;;sheltered;M3;2021-12-01
        1004;Dewi;Visser;1995-12-24;;sheltered;M4;2023-02-01
        1005;Eva;Smit;2001-07-07;;sheltered;M1;2024-08-15
        1006;Frits;Mulder;1962-04-04;;wsw;M4;
    """,
    "employments": """
        personnel_number;start_date;end_date;contract_hours_per_week;hourly_wage
        1001;2023-01-01;;28;15,00
        1002;2023-06-01;;28;16,00
        1003;2022-01-10;;28;14,50
        1004;2023-03-15;;28;14,06
        1005;2024-09-01;;28;14,06
        1006;1998-03-01;;28;18,25
    """,
    "wage_values": """
        personnel_number;measured_on;wage_value_percent;method;assessor;reassess_term
        1001;2024-06-01;44;Dariuz;J. Jansen;1-2y
        1002;2024-01-15;60;Loonwaarde Plus;K. de Boer;1-2y
    """,
    "wage_value_tasks": """
        personnel_number;measured_on;task;time_share_percent;tempo_percent;quality_percent;net_work_time_percent
        1001;2024-06-01;Vouwen;60;50;90;80
        1001;2024-06-01;Inpakken;40;70;100;80
    """,
    "placements": """
        personnel_number;work_type;activity_code;employer;start_date;end_date
        1001;sheltered_inside;INP;;2023-01-01;
        1002;sheltered_inside;ASS;;2023-06-01;
        1003;work_on_location;GRN;;2022-01-10;
        1004;group_secondment;SCH;;2023-03-15;
        1005;sheltered_inside;INP;;2024-09-01;
        1006;group_secondment;SCH;;1998-03-01;
    """,
    "hours": _hours_text(),
    "production": """
        activity_code;period_start;period_end;pieces
        ASS;2024-12-01;2024-12-31;2000
        ASS;2025-01-01;2025-01-31;3000
    """,
    "revenue": """
        activity_code;period_start;period_end;amount
        SCH;2024-12-01;2024-12-31;4000,00
        SCH;2025-01-01;2025-01-31;4200,50
    """,
    "purchases": """
        activity_code;period_start;period_end;amount
        ASS;2024-11-15;2025-01-14;610,00
    """,
    "guidance": """
        personnel_number;coach;date;hours;kind;activity_code
        1001;Coach Een;2024-12-10;2;work_floor;INP
        1005;Coach Een;2025-01-15;1,5;induction;
    """,
}


def _clean(content: str) -> str:
    return textwrap.dedent(content).strip() + "\n"


def write_dutch_folder(folder: Path, files: dict[str, str], encoding: str = "utf-8-sig") -> Path:
    """One CSV file per entry, as a Dutch export writes it: UTF-8 with a BOM by default."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / f"{name}.csv").write_text(_clean(content), encoding=encoding)
    return folder


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^-?\d+(,\d+)?$")


def _typed(cell: str) -> Any:
    """What a spreadsheet cell holds for a CSV text: a date, a number, or text."""
    if not cell:
        return None
    if _DATE.match(cell):
        return dt.date.fromisoformat(cell)
    if _NUMBER.match(cell):
        return float(cell.replace(",", ".")) if "," in cell else int(cell)
    return cell


def write_workbook(path: Path, files: dict[str, str]) -> Path:
    """The same files as one .xlsx workbook: a sheet per file, real date and number cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, content in files.items():
        sheet = workbook.create_sheet(name)
        lines = _clean(content).splitlines()
        sheet.append(lines[0].split(";"))
        for line in lines[1:]:
            sheet.append([_typed(cell) for cell in line.split(";")])
    workbook.save(path)
    return path


def sodesk(database_url: str, *args: str) -> int:
    """Runs the command line in-process against ``database_url``."""
    return main(["--database", database_url, *args])


def activities_json(
    database_url: str, capsys: pytest.CaptureFixture[str], start: str, end: str
) -> dict[str, Any]:
    """``sodesk report activities --format json`` parsed; ``generated_at`` removed."""
    capsys.readouterr()
    status = sodesk(
        database_url, "report", "activities", "--from", start, "--to", end, "--format", "json"
    )
    assert status == 0
    report = json.loads(capsys.readouterr().out)
    report.pop("generated_at", None)
    return report


def lines_by_code(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {line["code"]: line for line in report["activities"]}


#: Tables that log what happened rather than hold data: an import adds a row each time.
LOG_TABLES = {"import_runs", "audit_log"}


def snapshot(database_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table, ordered by primary key: equal snapshots, equal data."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            found = {}
            for table in Base.metadata.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                found[table.name] = [
                    tuple(row) for row in connection.execute(select(table).order_by(*order))
                ]
            return found
    finally:
        engine.dispose()


def row_counts(database_url: str) -> dict[str, int]:
    """Rows per data table (log tables left out)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return {
                table.name: connection.execute(
                    text(f'SELECT COUNT(*) FROM "{table.name}"')
                ).scalar_one()
                for table in Base.metadata.sorted_tables
                if table.name not in LOG_TABLES
            }
    finally:
        engine.dispose()
