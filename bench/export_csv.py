"""Writes a sodesk database out as the import files of INTERFACES.md (for the import benchmark).

Only what the import benchmark needs: every file, every row, in the documented columns.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import Engine, text

QUERIES = {
    "company_years": "SELECT year, employer_charges*100, coach_hourly_cost, wsw_fulltime_hours "
    "FROM company_years",
    "overhead_rates": "SELECT year, work_type, rate_per_productive_hour FROM overhead_rates",
    "municipalities": "SELECT code, name, region, lks_regime, lks_fixed_fraction*100, lw_basis "
    "FROM municipalities",
    "municipality_years": "SELECT m.code, y.year, y.target_places, "
    "y.guidance_allowance_per_place, y.wsw_subsidy_per_fte FROM municipality_years y "
    "JOIN municipalities m ON m.id = y.municipality_id",
    "clients": "SELECT code, name FROM clients",
    "activities": "SELECT a.code, a.name, c.code, a.work_type FROM activities a "
    "JOIN clients c ON c.id = a.client_id",
    "rates": "SELECT a.code, r.valid_from, r.valid_to, r.unit, r.price FROM rates r "
    "JOIN activities a ON a.id = r.activity_id",
    "workers": "SELECT w.personnel_number, w.first_name, w.last_name, w.birth_date, w.bsn, "
    "w.target_group, m.code, w.indication_date, w.coach FROM workers w "
    "JOIN municipalities m ON m.id = w.municipality_id",
    "employments": "SELECT w.personnel_number, e.start_date, e.end_date, "
    "e.contract_hours_per_week, e.hourly_wage FROM employments e "
    "JOIN workers w ON w.id = e.worker_id",
    "wage_values": "SELECT w.personnel_number, v.measured_on, v.wage_value*100, v.method, "
    "v.assessor, v.reassess_term FROM wage_values v JOIN workers w ON w.id = v.worker_id",
    "wage_value_tasks": "SELECT w.personnel_number, v.measured_on, t.task, t.time_share*100, "
    "t.tempo*100, t.quality*100, t.net_work_time*100 FROM wage_value_tasks t "
    "JOIN wage_values v ON v.id = t.wage_value_id JOIN workers w ON w.id = v.worker_id",
    "placements": "SELECT w.personnel_number, p.work_type, a.code, p.employer, p.start_date, "
    "p.end_date FROM placements p JOIN workers w ON w.id = p.worker_id "
    "LEFT JOIN activities a ON a.id = p.activity_id",
    "hours": "SELECT w.personnel_number, a.code, h.date, h.hours FROM hours h "
    "JOIN workers w ON w.id = h.worker_id JOIN activities a ON a.id = h.activity_id",
    "production": "SELECT a.code, p.period_start, p.period_end, p.pieces FROM production p "
    "JOIN activities a ON a.id = p.activity_id",
    "revenue": "SELECT a.code, r.period_start, r.period_end, r.amount FROM revenue r "
    "JOIN activities a ON a.id = r.activity_id",
    "purchases": "SELECT a.code, p.period_start, p.period_end, p.amount FROM purchases p "
    "JOIN activities a ON a.id = p.activity_id",
    "guidance": "SELECT w.personnel_number, g.coach, g.date, g.hours, g.kind, a.code, g.note "
    "FROM guidance g JOIN workers w ON w.id = g.worker_id "
    "LEFT JOIN activities a ON a.id = g.activity_id",
    "waiting_list": "SELECT m.code, l.reference, l.advice_date, l.placeable, l.reason, "
    "l.placed_on FROM waiting_list l JOIN municipalities m ON m.id = l.municipality_id",
}

HEADERS = {
    "company_years": "year,employer_charges_percent,coach_hourly_cost,wsw_fulltime_hours",
    "overhead_rates": "year,work_type,rate_per_productive_hour",
    "municipalities": "code,name,region,lks_regime,lks_fixed_percent,lw_basis",
    "municipality_years": "municipality_code,year,target_places,guidance_allowance_per_place,"
    "wsw_subsidy_per_fte",
    "clients": "code,name",
    "activities": "code,name,client_code,work_type",
    "rates": "activity_code,valid_from,valid_to,unit,price",
    "workers": "personnel_number,first_name,last_name,birth_date,bsn,target_group,"
    "municipality_code,indication_date,coach",
    "employments": "personnel_number,start_date,end_date,contract_hours_per_week,hourly_wage",
    "wage_values": "personnel_number,measured_on,wage_value_percent,method,assessor,reassess_term",
    "wage_value_tasks": "personnel_number,measured_on,task,time_share_percent,tempo_percent,"
    "quality_percent,net_work_time_percent",
    "placements": "personnel_number,work_type,activity_code,employer,start_date,end_date",
    "hours": "personnel_number,activity_code,date,hours",
    "production": "activity_code,period_start,period_end,pieces",
    "revenue": "activity_code,period_start,period_end,amount",
    "purchases": "activity_code,period_start,period_end,amount",
    "guidance": "personnel_number,coach,date,hours,kind,activity_code,note",
    "waiting_list": "municipality_code,reference,advice_date,placeable,reason,placed_on",
}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def export(engine: Engine, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    with engine.connect() as connection:
        for name, query in QUERIES.items():
            with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADERS[name].split(","))
                count = 0
                for row in connection.execute(text(query)):
                    writer.writerow([_cell(v) for v in row])
                    count += 1
            counts[name] = count
    return counts
