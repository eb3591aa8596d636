"""Wage-value measurements (loonwaardemetingen) and their tasks, imported together (R1).

The tasks of a measurement decide its wage value (DOMAIN.md R1): their sum, rounded half-up to
whole percents, is what is stored and used (the unrounded sum stays computable from the stored
tasks). A wage_value_percent given beside them must agree within 0.1 percentage point
(INTERFACES.md): with the unrounded sum within 0.1, or exactly with the rounded value (tasks
summing to 44.6 % accept 44.5-44.7 and 45; the stored value is 45 % either way). A later
import may refer to what an earlier one stored, so:

* tasks whose measurement is not in wage_values.csv but was stored earlier are accepted. The
  tasks in the file are the whole measurement (their time shares add up to 100 %): they
  replace the stored tasks (a stored task missing from the file is removed) and the stored
  wage value follows from them. A measurement stored as a bare percentage, without tasks, is
  a given value: the tasks must agree with it within 0.1, as when given beside them.
* a measurement row without tasks in the file whose tasks were stored earlier keeps the
  stored tasks: its percentage, when given, must agree with them; when empty, they decide.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update

from sodesk.domain.money import fraction_from_percent
from sodesk.domain.validation import check_time_shares
from sodesk.domain.wage_value import TaskScore, round_wage_value, unrounded_wage_value
from sodesk.storage import tables as t
from sodesk.storage.imports.context import HUNDRED, ZERO, ImportContext
from sodesk.storage.imports.parsing import Row
from sodesk.storage.imports.writing import upsert

WAGE_VALUE_TOLERANCE = Decimal("0.1")  # percentage points (INTERFACES.md wage_value_tasks)
SCORES = ("time_share_percent", "tempo_percent", "quality_percent", "net_work_time_percent")

Key = tuple[str, dt.date]


@dataclass
class _Stored:
    """A measurement stored by an earlier import, with its tasks."""

    id: int
    wage_value: Decimal
    tasks: list[TaskScore] = field(default_factory=list)


def _stored(ctx: ImportContext) -> dict[tuple[int, dt.date], _Stored]:
    w, k = t.WageValueRow, t.WageValueTaskRow
    found = {
        (worker, measured_on): _Stored(i, value)
        for i, worker, measured_on, value in ctx.session.execute(
            select(w.id, w.worker_id, w.measured_on, w.wage_value)
        )
    }
    by_id = {s.id: s for s in found.values()}
    query = select(k.wage_value_id, k.task, k.time_share, k.tempo, k.quality, k.net_work_time)
    for measurement, task, share, tempo, quality, net in ctx.session.execute(query):
        by_id[measurement].tasks.append(TaskScore(task, share, tempo, quality, net))
    return found


def _scores(row: Row) -> TaskScore:
    return TaskScore(row["task"], *(fraction_from_percent(row[c]) for c in SCORES))


def _task_groups(ctx: ImportContext, task_rows: list[Row]) -> dict[Key, list[Row]]:
    ft = "wage_value_tasks"
    tasks: dict[Key, list[Row]] = defaultdict(list)
    for row in ctx.check_unique(ft, task_rows, ("personnel_number", "measured_on", "task")):
        ok = True
        for column in SCORES:
            ok &= ctx.check_range(ft, row, column, ZERO, HUNDRED, "moet tussen 0 en 100 liggen")
        if ok:
            tasks[(row["personnel_number"], row["measured_on"])].append(row)
    return tasks


def _computed(ctx: ImportContext, tasks: dict[Key, list[Row]]) -> dict[Key, Decimal]:
    """The unrounded R1 sum of every measurement whose time shares add up to 100 %."""
    computed: dict[Key, Decimal] = {}
    for key, group in tasks.items():
        wrong = check_time_shares(r["time_share_percent"] / HUNDRED for r in group)
        for finding in wrong:
            share = sum((r["time_share_percent"] for r in group), ZERO)
            what = f"de tijdsaandelen van de meting van {key[0]} op {key[1]} {finding.message}"
            ctx.problem("wage_value_tasks", group[-1], "time_share_percent", share, what)
        if wrong:
            continue
        computed[key] = unrounded_wage_value([_scores(r) for r in group])
    return computed


def _disagrees(measured: Decimal, percent: Decimal) -> bool:
    """Whether a given percentage disagrees with the tasks' unrounded sum ``measured``: more
    than 0.1 from the sum and not the rounded wage value itself."""
    near = abs(measured * HUNDRED - percent) <= WAGE_VALUE_TOLERANCE
    return not near and round_wage_value(measured) * HUNDRED != percent


def _both(measured: Decimal) -> str:
    """The tasks' sum and the wage value it gives: ``44.60 % gemeten, afgerond 45 %``."""
    rounded = round_wage_value(measured) * HUNDRED
    return f"{measured * HUNDRED:.2f} % gemeten, afgerond {rounded:.0f} %"


def import_wage_values(
    ctx: ImportContext, rows: list[Row], task_rows: list[Row]
) -> tuple[int, int]:
    """wage_values.csv and wage_value_tasks.csv; returns the rows written of each."""
    f, ft = "wage_values", "wage_value_tasks"
    tasks = _task_groups(ctx, task_rows)
    computed = _computed(ctx, tasks)
    stored = _stored(ctx)
    workers = ctx.ids(t.WorkerRow, "personnel_number")
    out: list[dict[str, Any]] = []
    for row in ctx.check_unique(f, rows, ("personnel_number", "measured_on")):
        worker = ctx.resolve(f, row, "personnel_number", t.WorkerRow, "personnel_number")
        key = (row["personnel_number"], row["measured_on"])
        given = row["wage_value_percent"]
        if not ctx.check_range(
            f, row, "wage_value_percent", ZERO, HUNDRED, "moet tussen 0 en 100 liggen"
        ):
            continue
        value, source = computed.get(key), "de taken"
        earlier = stored.get((worker, row["measured_on"])) if worker is not None else None
        if key not in tasks and earlier is not None and earlier.tasks:
            value, source = unrounded_wage_value(earlier.tasks), "de eerder ingelezen taken"
        if value is not None and given is not None and _disagrees(value, given):
            ctx.problem(
                f,
                row,
                "wage_value_percent",
                given,
                f"wijkt af van de loonwaarde uit {source} ({_both(value)})",
            )
            continue
        if value is None and given is None and earlier and ctx.left_out(f, "wage_value_percent"):
            value = earlier.wage_value  # a column left out keeps the stored value
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
                    "wage_value": (
                        round_wage_value(value)
                        if value is not None
                        else fraction_from_percent(given)
                    ),
                    "method": row["method"],
                    "assessor": row["assessor"],
                    "reassess_term": row["reassess_term"],
                }
            )
    in_file = {(r["personnel_number"], r["measured_on"]) for r in rows}
    updates: list[tuple[int, Decimal]] = []
    for key, group in tasks.items():
        if key in in_file:
            continue
        worker = workers.get(key[0])
        earlier = None if worker is None else stored.get((worker, key[1]))
        if earlier is None:
            ctx.problem(
                ft,
                group[0],
                "measured_on",
                key[1],
                f"hoort bij geen meting van {key[0]}: niet in wage_values.csv en niet eerder "
                "ingelezen",
            )
        elif key in computed:
            value = computed[key]
            if not earlier.tasks and _disagrees(value, earlier.wage_value * HUNDRED):
                ctx.problem(
                    ft,
                    group[0],
                    "measured_on",
                    key[1],
                    f"de taken geven een loonwaarde van {_both(value)}, maar de "
                    f"eerder ingelezen meting van {key[0]} is "
                    f"{earlier.wage_value * HUNDRED:.2f} % (meer dan 0,1 verschil)",
                )
            else:
                updates.append((earlier.id, round_wage_value(value)))
    upsert(
        ctx.session, t.WageValueRow.__table__, out, ["worker_id", "measured_on"], keep=ctx.kept(f)
    )
    for measurement, value in updates:
        ctx.session.execute(
            update(t.WageValueRow)
            .where(t.WageValueRow.id == measurement)
            .values(wage_value=value, version=t.WageValueRow.version + 1)
        )
    return len(out), _write_tasks(ctx, tasks, computed, workers)


def _write_tasks(
    ctx: ImportContext,
    tasks: dict[Key, list[Row]],
    computed: dict[Key, Decimal],
    workers: dict[Any, int],
) -> int:
    """The tasks of each measurement replace its stored tasks; returns the rows written."""
    ids: dict[tuple[int | None, dt.date], int] = {
        (w, m): i
        for i, w, m in ctx.session.execute(
            select(t.WageValueRow.id, t.WageValueRow.worker_id, t.WageValueRow.measured_on)
        )
    }
    task_out = []
    for (number, measured_on), group in tasks.items():
        measurement = ids.get((workers.get(number), measured_on))
        if measurement is None or (number, measured_on) not in computed:
            continue
        names = [r["task"] for r in group]
        ctx.session.execute(
            delete(t.WageValueTaskRow).where(
                t.WageValueTaskRow.wage_value_id == measurement,
                t.WageValueTaskRow.task.not_in(names),
            )
        )
        for r in group:
            scores = _scores(r)
            task_out.append(
                {
                    "wage_value_id": measurement,
                    "task": scores.task,
                    "time_share": scores.time_share,
                    "tempo": scores.tempo,
                    "quality": scores.quality,
                    "net_work_time": scores.net_work_time,
                }
            )
    upsert(ctx.session, t.WageValueTaskRow.__table__, task_out, ["wage_value_id", "task"])
    return len(task_out)
