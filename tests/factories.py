"""Writes small import folders from text, so a test reads like the situation it checks."""

from __future__ import annotations

import textwrap
from pathlib import Path


def write_folder(folder: Path, files: dict[str, str]) -> Path:
    """One CSV file per entry; the text is dedented, blank edges stripped."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / f"{name}.csv").write_text(
            textwrap.dedent(content).strip() + "\n", encoding="utf-8"
        )
    return folder


#: One sheltered worker on one hourly activity in March 2025, every figure checked by hand
#: in tests/reports/test_activity_report.py.
MARCH_2025 = {
    "company_years": """
        year,employer_charges_percent,coach_hourly_cost
        2025,20,50.00
    """,
    "overhead_rates": """
        year,work_type,rate_per_productive_hour
        2025,sheltered_inside,5.00
    """,
    "municipalities": """
        code,name,region,lks_regime,lks_fixed_percent,lw_basis
        M1,Gemeente Een,Midden-Utrecht,measured,,function_wage
    """,
    "municipality_years": """
        municipality_code;year;target_places;guidance_allowance_per_place;wsw_subsidy_per_fte
        M1;2025;10;3650,00;36500,00
    """,
    "clients": """
        code,name
        C1,Klant Een
    """,
    "activities": """
        code,name,client_code,work_type
        A1,Inpakken,C1,sheltered_inside
    """,
    "rates": """
        activity_code,valid_from,valid_to,unit,price
        A1,2025-01-01,,hour,10.00
    """,
    "workers": """
        personnel_number,first_name,last_name,birth_date,bsn,target_group,municipality_code,indication_date
        P1,Anna,de Vries,1990-05-01,111222333,sheltered,M1,2024-11-01
    """,
    "employments": """
        personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage
        P1,2025-01-01,,28,14.06
    """,
    "wage_values": """
        personnel_number,measured_on,wage_value_percent,method,assessor,reassess_term
        P1,2024-12-01,50,Dariuz,J. Jansen,1-2y
    """,
    "placements": """
        personnel_number,work_type,activity_code,employer,start_date,end_date
        P1,sheltered_inside,A1,,2025-01-01,
    """,
    "hours": """
        personnel_number;activity_code;date;hours
        P1;A1;2025-03-03;10
        P1;A1;2025-03-04;10
        P1;A1;2025-03-05;10
        P1;A1;2025-03-06;10
        P1;A1;2025-03-07;10
        P1;A1;2025-03-10;10
        P1;A1;2025-03-11;10
        P1;A1;2025-03-12;10
        P1;A1;2025-03-13;7,5
        P1;A1;2025-03-14;12,5
    """,
    "purchases": """
        activity_code,period_start,period_end,amount
        A1,2025-03-01,2025-04-30,122.00
    """,
    "guidance": """
        personnel_number,coach,date,hours,kind,activity_code,note
        P1,Coach Een,2025-03-10,2,work_floor,A1,Uitleg nieuwe taak
    """,
}
