"""The import use case: every file of a source checked, resolved and written in one transaction.

Problems are collected over all files, so the controller sees every bad row at once. Rows are
written into the open transaction as files are processed (a later file needs the ids of an
earlier one); when any problem was found, or on a dry run, the transaction is rolled back and
the database is exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.enums import LksRegime, LwBasis
from sodesk.domain.money import fraction_from_percent
from sodesk.domain.validation import bsn_is_valid
from sodesk.domain.wage_value import TaskScore, wage_value_from_tasks
from sodesk.storage import tables as t
from sodesk.storage.imports.parsing import Row, parse_table
from sodesk.storage.imports.problems import ImportFailed, ImportProblem
from sodesk.storage.imports.reading import read_source
from sodesk.storage.imports.specs import FILES, ORDER
from sodesk.storage.imports.writing import upsert

HUNDRED = Decimal(100)
WAGE_VALUE_TOLERANCE = Decimal("0.1")  # percentage points (INTERFACES.md wage_value_tasks)


@dataclass
class ImportSummary:
    """What an import wrote (or, on a dry run, would have written): rows per file."""

    source: str
    rows: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    def describe(self) -> str:
        total = sum(self.rows.values())
        files = ", ".join(f"{name}: {count}" for name, count in self.rows.items())
        verb = "zou schrijven" if self.dry_run else "geschreven"
        return f"{total} rijen {verb} ({files})"


class _Import:
    """One import: the session, the problems so far and the code-to-id lookups."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.problems: list[ImportProblem] = []
        self._ids: dict[str, dict[Any, int]] = {}
        self.employment_spans: dict[int, list[tuple[dt.date, dt.date | None]]] | None = None

    # -- lookups -----------------------------------------------------------------------
    def ids(self, row_class: type, key: str) -> dict[Any, int]:
        name = row_class.__tablename__  # type: ignore[attr-defined]
        if name not in self._ids:
            column = getattr(row_class, key)
            result = self.session.execute(select(column, row_class.id))  # type: ignore[attr-defined]
            self._ids[name] = {k: i for k, i in result}
        return self._ids[name]

    def forget(self, row_class: type) -> None:
        self._ids.pop(row_class.__tablename__, None)  # type: ignore[attr-defined]

    def problem(
        self, file: str, row: Row | None, column: str | None, value: Any, message: str
    ) -> None:
        shown = None if value is None else str(value)
        self.problems.append(
            ImportProblem(f"{file}.csv", row.number if row else None, column, shown, message)
        )

    def resolve(self, file: str, row: Row, column: str, row_class: type, key: str) -> int | None:
        code = row[column]
        if code is None:
            return None
        found = self.ids(row_class, key).get(code)
        if found is None:
            self.problem(
                file, row, column, code, "is onbekend: niet in dit bestand en niet eerder ingelezen"
            )
        return found

    def check_range(
        self,
        file: str,
        row: Row,
        column: str,
        low: Decimal | None,
        high: Decimal | None,
        message: str,
    ) -> bool:
        value = row[column]
        if value is None:
            return True
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(file, row, column, value, message)
            return False
        return True

    def check_dates(self, file: str, row: Row, start: str, end: str) -> bool:
        if row[end] is not None and row[start] is not None and row[end] < row[start]:
            self.problem(file, row, end, row[end], f"ligt voor {start} ({row[start]})")
            return False
        return True

    def check_unique(self, file: str, rows: list[Row], key: tuple[str, ...]) -> list[Row]:
        seen: dict[tuple[Any, ...], int] = {}
        kept = []
        for row in rows:
            k = tuple(row[c] for c in key)
            if k in seen:
                self.problem(
                    file,
                    row,
                    ", ".join(key),
                    " / ".join(str(v) for v in k),
                    f"komt twee keer voor in het bestand (ook in rij {seen[k]})",
                )
                continue
            seen[k] = row.number
            kept.append(row)
        return kept

    def within_employment(self, worker_id: int, day: dt.date) -> bool:
        if self.employment_spans is None:
            spans: dict[int, list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
            query = select(
                t.EmploymentRow.worker_id, t.EmploymentRow.start_date, t.EmploymentRow.end_date
            )
            for worker, start, end in self.session.execute(query):
                spans[worker].append((start, end))
            self.employment_spans = spans
        return any(
            s <= day and (e is None or day <= e)
            for s, e in self.employment_spans.get(worker_id, ())
        )


# -- one handler per file -------------------------------------------------------------------


def _company_years(ctx: _Import, rows: list[Row]) -> int:
    f = "company_years"
    out = []
    for row in ctx.check_unique(f, rows, ("year",)):
        ok = ctx.check_range(
            f, row, "employer_charges_percent", Decimal(0), HUNDRED, "moet tussen 0 en 100 liggen"
        )
        ok &= ctx.check_range(
            f, row, "coach_hourly_cost", Decimal(0), None, "mag niet negatief zijn"
        )
        ok &= ctx.check_range(
            f, row, "wsw_fulltime_hours", Decimal("0.01"), Decimal(60), "moet tussen 0 en 60 liggen"
        )
        if ok:
            out.append(
                {
                    "year": row["year"],
                    "employer_charges": fraction_from_percent(row["employer_charges_percent"]),
                    "coach_hourly_cost": row["coach_hourly_cost"],
                    "wsw_fulltime_hours": row["wsw_fulltime_hours"] or Decimal(36),
                }
            )
    upsert(ctx.session, t.CompanyYearRow.__table__, out, ["year"])
    return len(out)


def _overhead_rates(ctx: _Import, rows: list[Row]) -> int:
    f = "overhead_rates"
    out = [
        {
            "year": r["year"],
            "work_type": r["work_type"],
            "rate_per_productive_hour": r["rate_per_productive_hour"],
        }
        for r in ctx.check_unique(f, rows, ("year", "work_type"))
        if ctx.check_range(
            f, r, "rate_per_productive_hour", Decimal(0), None, "mag niet negatief zijn"
        )
    ]
    upsert(ctx.session, t.OverheadRateRow.__table__, out, ["year", "work_type"])
    return len(out)


def _municipalities(ctx: _Import, rows: list[Row]) -> int:
    f = "municipalities"
    out = []
    for row in ctx.check_unique(f, rows, ("code",)):
        fixed = row["lks_fixed_percent"]
        if row["lks_regime"] == LksRegime.FIXED and fixed is None:
            ctx.problem(f, row, "lks_fixed_percent", "", "is verplicht bij lks_regime 'fixed'")
            continue
        if not ctx.check_range(
            f, row, "lks_fixed_percent", Decimal(0), HUNDRED, "moet tussen 0 en 100 liggen"
        ):
            continue
        out.append(
            {
                "code": row["code"],
                "name": row["name"],
                "region": row["region"],
                "lks_regime": row["lks_regime"],
                "lks_fixed_fraction": None if fixed is None else fraction_from_percent(fixed),
                "lw_basis": row["lw_basis"] or LwBasis.FUNCTION_WAGE,
            }
        )
    upsert(ctx.session, t.MunicipalityRow.__table__, out, ["code"])
    ctx.forget(t.MunicipalityRow)
    return len(out)


def _municipality_years(ctx: _Import, rows: list[Row]) -> int:
    f = "municipality_years"
    out = []
    for row in ctx.check_unique(f, rows, ("municipality_code", "year")):
        municipality = ctx.resolve(f, row, "municipality_code", t.MunicipalityRow, "code")
        ok = municipality is not None
        for column in ("target_places", "guidance_allowance_per_place", "wsw_subsidy_per_fte"):
            ok &= ctx.check_range(f, row, column, Decimal(0), None, "mag niet negatief zijn")
        if ok:
            out.append(
                {
                    "municipality_id": municipality,
                    "year": row["year"],
                    "target_places": row["target_places"],
                    "guidance_allowance_per_place": row["guidance_allowance_per_place"],
                    "wsw_subsidy_per_fte": row["wsw_subsidy_per_fte"],
                }
            )
    upsert(ctx.session, t.MunicipalityYearRow.__table__, out, ["municipality_id", "year"])
    return len(out)


def _clients(ctx: _Import, rows: list[Row]) -> int:
    out = [
        {"code": r["code"], "name": r["name"]} for r in ctx.check_unique("clients", rows, ("code",))
    ]
    upsert(ctx.session, t.ClientRow.__table__, out, ["code"])
    ctx.forget(t.ClientRow)
    return len(out)


def _activities(ctx: _Import, rows: list[Row]) -> int:
    f = "activities"
    out = []
    for row in ctx.check_unique(f, rows, ("code",)):
        client = ctx.resolve(f, row, "client_code", t.ClientRow, "code")
        if client is not None:
            out.append(
                {
                    "code": row["code"],
                    "name": row["name"],
                    "client_id": client,
                    "work_type": row["work_type"],
                }
            )
    upsert(ctx.session, t.ActivityRow.__table__, out, ["code"])
    ctx.forget(t.ActivityRow)
    return len(out)


def _rates(ctx: _Import, rows: list[Row]) -> int:
    f = "rates"
    out = []
    for row in ctx.check_unique(f, rows, ("activity_code", "valid_from")):
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_range(f, row, "price", Decimal(0), None, "mag niet negatief zijn")
        ok &= ctx.check_dates(f, row, "valid_from", "valid_to")
        if ok and activity is not None:
            out.append(
                {
                    "activity_id": activity,
                    "valid_from": row["valid_from"],
                    "valid_to": row["valid_to"],
                    "unit": row["unit"],
                    "price": row["price"],
                }
            )
    upsert(ctx.session, t.RateRow.__table__, out, ["activity_id", "valid_from"])
    return len(out)


def _workers(ctx: _Import, rows: list[Row]) -> int:
    f = "workers"
    out = []
    for row in ctx.check_unique(f, rows, ("personnel_number",)):
        municipality = ctx.resolve(f, row, "municipality_code", t.MunicipalityRow, "code")
        bsn = row["bsn"]
        ok = municipality is not None
        if bsn is not None and not bsn_is_valid(bsn):
            ctx.problem(f, row, "bsn", bsn, "is geen geldig BSN (de elfproef klopt niet)")
            ok = False
        if ok:
            out.append(
                {
                    "personnel_number": row["personnel_number"],
                    "first_name": row["first_name"],
                    "last_name": row["last_name"],
                    "birth_date": row["birth_date"],
                    "bsn": bsn,
                    "target_group": row["target_group"],
                    "municipality_id": municipality,
                    "indication_date": row["indication_date"],
                    "coach": row["coach"],
                }
            )
    upsert(ctx.session, t.WorkerRow.__table__, out, ["personnel_number"])
    ctx.forget(t.WorkerRow)
    return len(out)


def _employments(ctx: _Import, rows: list[Row]) -> int:
    f = "employments"
    out = []
    for row in ctx.check_unique(f, rows, ("personnel_number", "start_date")):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        ok = ctx.check_dates(f, row, "start_date", "end_date")
        ok &= ctx.check_range(
            f,
            row,
            "contract_hours_per_week",
            Decimal("0.01"),
            Decimal(60),
            "moet meer dan 0 en hoogstens 60 uur per week zijn",
        )
        ok &= ctx.check_range(f, row, "hourly_wage", Decimal(0), None, "mag niet negatief zijn")
        if ok and worker is not None:
            out.append(
                {
                    "worker_id": worker,
                    "start_date": row["start_date"],
                    "end_date": row["end_date"],
                    "contract_hours_per_week": row["contract_hours_per_week"],
                    "hourly_wage": row["hourly_wage"],
                }
            )
    upsert(ctx.session, t.EmploymentRow.__table__, out, ["worker_id", "start_date"])
    ctx.employment_spans = None
    return len(out)


def _wage_values(ctx: _Import, rows: list[Row], task_rows: list[Row]) -> tuple[int, int]:
    """Measurements and their tasks together: the tasks decide the wage value (R1)."""
    f, ft = "wage_values", "wage_value_tasks"
    tasks: dict[tuple[str, dt.date], list[Row]] = defaultdict(list)
    for row in ctx.check_unique(ft, task_rows, ("personnel_number", "measured_on", "task")):
        ok = True
        for column in (
            "time_share_percent",
            "tempo_percent",
            "quality_percent",
            "net_work_time_percent",
        ):
            ok &= ctx.check_range(
                ft, row, column, Decimal(0), HUNDRED, "moet tussen 0 en 100 liggen"
            )
        if ok:
            tasks[(row["personnel_number"], row["measured_on"])].append(row)
    computed: dict[tuple[str, dt.date], Decimal] = {}
    for key, group in tasks.items():
        share = sum((r["time_share_percent"] for r in group), Decimal(0))
        if share != HUNDRED:
            ctx.problem(
                ft,
                group[-1],
                "time_share_percent",
                share,
                f"de tijdsaandelen van de meting van {key[0]} op {key[1]} tellen op tot "
                f"{share} %, niet tot 100 %",
            )
            continue
        computed[key] = wage_value_from_tasks(
            [
                TaskScore(
                    r["task"],
                    fraction_from_percent(r["time_share_percent"]),
                    fraction_from_percent(r["tempo_percent"]),
                    fraction_from_percent(r["quality_percent"]),
                    fraction_from_percent(r["net_work_time_percent"]),
                )
                for r in group
            ]
        )
    out = []
    for row in ctx.check_unique(f, rows, ("personnel_number", "measured_on")):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        key = (row["personnel_number"], row["measured_on"])
        given = row["wage_value_percent"]
        if not ctx.check_range(
            f, row, "wage_value_percent", Decimal(0), HUNDRED, "moet tussen 0 en 100 liggen"
        ):
            continue
        value = computed.get(key)
        if (
            value is not None
            and given is not None
            and abs(value * HUNDRED - given) > WAGE_VALUE_TOLERANCE
        ):
            ctx.problem(
                f,
                row,
                "wage_value_percent",
                given,
                f"wijkt af van de loonwaarde uit de taken ({value * HUNDRED:.2f} %)",
            )
            continue
        if value is None and given is None:
            if key in tasks:
                continue  # the tasks' problem is already reported
            ctx.problem(
                f, row, "wage_value_percent", "", "is leeg en er zijn geen taken van deze meting"
            )
            continue
        if worker is not None:
            out.append(
                {
                    "worker_id": worker,
                    "measured_on": row["measured_on"],
                    "wage_value": value if value is not None else fraction_from_percent(given),
                    "method": row["method"],
                    "assessor": row["assessor"],
                    "reassess_term": row["reassess_term"],
                }
            )
    in_file = {(r["personnel_number"], r["measured_on"]) for r in rows}
    for key, group in tasks.items():
        if key not in in_file:
            ctx.problem(
                ft,
                group[0],
                "measured_on",
                key[1],
                f"hoort bij geen meting in wage_values.csv van {key[0]}",
            )
    upsert(ctx.session, t.WageValueRow.__table__, out, ["worker_id", "measured_on"])
    ids = {
        (w, m): i
        for i, w, m in ctx.session.execute(
            select(t.WageValueRow.id, t.WageValueRow.worker_id, t.WageValueRow.measured_on)
        )
    }
    workers = ctx.ids(t.WorkerRow, "personnel_number")
    task_out = []
    for (number, measured_on), group in tasks.items():
        measurement = ids.get((workers.get(number), measured_on))
        if measurement is None or (number, measured_on) not in computed:
            continue
        for r in group:
            task_out.append(
                {
                    "wage_value_id": measurement,
                    "task": r["task"],
                    "time_share": fraction_from_percent(r["time_share_percent"]),
                    "tempo": fraction_from_percent(r["tempo_percent"]),
                    "quality": fraction_from_percent(r["quality_percent"]),
                    "net_work_time": fraction_from_percent(r["net_work_time_percent"]),
                }
            )
    upsert(ctx.session, t.WageValueTaskRow.__table__, task_out, ["wage_value_id", "task"])
    return len(out), len(task_out)


def _placements(ctx: _Import, rows: list[Row]) -> int:
    f = "placements"
    out = []
    for row in ctx.check_unique(f, rows, ("personnel_number", "start_date")):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_dates(f, row, "start_date", "end_date")
        if ok and worker is not None and (activity is not None or row["activity_code"] is None):
            out.append(
                {
                    "worker_id": worker,
                    "work_type": row["work_type"],
                    "activity_id": activity,
                    "employer": row["employer"],
                    "start_date": row["start_date"],
                    "end_date": row["end_date"],
                }
            )
    upsert(ctx.session, t.PlacementRow.__table__, out, ["worker_id", "start_date"])
    return len(out)


def _hours(ctx: _Import, rows: list[Row]) -> int:
    f = "hours"
    out = []
    per_day: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    workers = ctx.ids(t.WorkerRow, "personnel_number")
    activities = ctx.ids(t.ActivityRow, "code")
    seen: dict[tuple[str, str, dt.date], int] = {}
    for row in rows:
        key = (row["personnel_number"], row["activity_code"], row["date"])
        if key in seen:
            ctx.problem(
                f,
                row,
                "personnel_number, activity_code, date",
                " / ".join(map(str, key)),
                f"komt twee keer voor in het bestand (ook in rij {seen[key]})",
            )
            continue
        seen[key] = row.number
        worker = workers.get(row["personnel_number"])
        activity = activities.get(row["activity_code"])
        if worker is None:
            ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        if activity is None:
            ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        if not ctx.check_range(
            f, row, "hours", Decimal(0), Decimal(24), "moet tussen 0 en 24 uur liggen"
        ):
            continue
        if worker is None or activity is None:
            continue
        if not ctx.within_employment(worker, row["date"]):
            ctx.problem(
                f,
                row,
                "date",
                row["date"],
                f"valt buiten elk dienstverband van {row['personnel_number']}",
            )
            continue
        per_day[(worker, row["date"])] += row["hours"]
        if per_day[(worker, row["date"])] > 24:
            ctx.problem(
                f,
                row,
                "hours",
                row["hours"],
                f"{row['personnel_number']} komt op {row['date']} boven 24 uur op één dag",
            )
            continue
        out.append(
            {
                "worker_id": worker,
                "activity_id": activity,
                "date": row["date"],
                "hours": row["hours"],
            }
        )
    upsert(ctx.session, t.HourRow.__table__, out, ["worker_id", "activity_id", "date"])
    return len(out)


def _period_entries(ctx: _Import, rows: list[Row], f: str, row_class: type, value: str) -> int:
    out = []
    for row in ctx.check_unique(f, rows, ("activity_code", "period_start", "period_end")):
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_dates(f, row, "period_start", "period_end")
        ok &= ctx.check_range(f, row, value, Decimal(0), None, "mag niet negatief zijn")
        if ok and activity is not None:
            out.append(
                {
                    "activity_id": activity,
                    "period_start": row["period_start"],
                    "period_end": row["period_end"],
                    value: row[value],
                }
            )
    upsert(ctx.session, row_class.__table__, out, ["activity_id", "period_start", "period_end"])  # type: ignore[attr-defined]
    return len(out)


def _guidance(ctx: _Import, rows: list[Row]) -> int:
    f = "guidance"
    out = []
    for row in ctx.check_unique(
        f, rows, ("personnel_number", "coach", "date", "kind", "activity_code")
    ):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        activity = ctx.resolve(f, row, "activity_code", t.ActivityRow, "code")
        ok = ctx.check_range(
            f,
            row,
            "hours",
            Decimal("0.01"),
            Decimal(24),
            "moet meer dan 0 en hoogstens 24 uur zijn",
        )
        if worker is not None and ok and not ctx.within_employment(worker, row["date"]):
            ctx.problem(
                f,
                row,
                "date",
                row["date"],
                f"valt buiten elk dienstverband van {row['personnel_number']}",
            )
            ok = False
        if ok and worker is not None and (activity is not None or row["activity_code"] is None):
            out.append(
                {
                    "worker_id": worker,
                    "coach": row["coach"],
                    "date": row["date"],
                    "hours": row["hours"],
                    "kind": row["kind"],
                    "activity_id": activity,
                    "activity_key": activity or 0,
                    "note": row["note"],
                }
            )
    upsert(
        ctx.session,
        t.GuidanceRow.__table__,
        out,
        ["worker_id", "coach", "date", "kind", "activity_key"],
    )
    return len(out)


def _waiting_list(ctx: _Import, rows: list[Row]) -> int:
    f = "waiting_list"
    out = []
    for row in ctx.check_unique(f, rows, ("municipality_code", "reference")):
        municipality = ctx.resolve(f, row, "municipality_code", t.MunicipalityRow, "code")
        ok = ctx.check_dates(f, row, "advice_date", "placed_on")
        if ok and municipality is not None:
            out.append(
                {
                    "municipality_id": municipality,
                    "reference": row["reference"],
                    "advice_date": row["advice_date"],
                    "placeable": row["placeable"],
                    "reason": row["reason"],
                    "placed_on": row["placed_on"],
                }
            )
    upsert(ctx.session, t.WaitingListRow.__table__, out, ["municipality_id", "reference"])
    return len(out)


def _write_all(ctx: _Import, parsed: dict[str, list[Row]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    simple = {
        "company_years": _company_years,
        "overhead_rates": _overhead_rates,
        "municipalities": _municipalities,
        "municipality_years": _municipality_years,
        "clients": _clients,
        "activities": _activities,
        "rates": _rates,
        "workers": _workers,
        "employments": _employments,
        "placements": _placements,
        "hours": _hours,
        "guidance": _guidance,
        "waiting_list": _waiting_list,
    }
    entries = {
        "production": (t.ProductionRow, "pieces"),
        "revenue": (t.RevenueRow, "amount"),
        "purchases": (t.PurchaseRow, "amount"),
    }
    for name in ORDER:
        if name == "wage_value_tasks":
            continue
        if name == "wage_values":
            if "wage_values" in parsed or "wage_value_tasks" in parsed:
                done = _wage_values(
                    ctx, parsed.get("wage_values", []), parsed.get("wage_value_tasks", [])
                )
                if "wage_values" in parsed:
                    counts["wage_values"] = done[0]
                if "wage_value_tasks" in parsed:
                    counts["wage_value_tasks"] = done[1]
            continue
        if name not in parsed:
            continue
        if name in entries:
            row_class, value = entries[name]
            counts[name] = _period_entries(ctx, parsed[name], name, row_class, value)
        else:
            counts[name] = simple[name](ctx, parsed[name])
    return counts


def import_source(
    factory: sessionmaker[Session], path: Path, *, dry_run: bool = False, user: str = "import"
) -> ImportSummary:
    """Check and write a folder of CSV files or an .xlsx workbook; all rows or none.

    Raises:
        ImportFailed: with every problem found; nothing was written.
    """
    tables, problems = read_source(path, set(FILES))
    parsed = {table.name: parse_table(table, problems) for table in tables}
    summary = ImportSummary(source=str(path), dry_run=dry_run)
    with factory() as session:
        transaction = session.begin()
        try:
            ctx = _Import(session)
            ctx.problems = problems
            summary.rows = _write_all(ctx, parsed)
            if ctx.problems:
                raise ImportFailed(sorted(ctx.problems, key=_problem_order))
            if dry_run:
                transaction.rollback()
                return summary
            session.add(
                t.ImportRunRow(
                    at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    user=user,
                    source=str(path),
                    summary=json.dumps(summary.rows),
                )
            )
            transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    return summary


def _problem_order(problem: ImportProblem) -> tuple[int, str, int]:
    name = problem.file.removesuffix(".csv")
    position = ORDER.index(name) if name in ORDER else -1
    return position, problem.file, problem.row or 0
