"""Checks that look at what a file and the stored rows hold together, after the file's upsert.

A BSN on two workers, two employments of one worker at the same time, two invoiced revenue
periods of one activity that overlap: each would be counted twice in a report (a person, a
wage, an amount), so the import is refused with both rows named. The checks read the tables
inside the import's own transaction, after its rows were written, so a stored row the file
replaced counts with its new values; a refused import rolls the writes back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sodesk.storage import tables as t
from sodesk.storage.imports.context import ImportContext
from sodesk.storage.imports.parsing import Row

_IN_CLAUSE = 500  # ids per IN (...): well below every database's limit


@dataclass(frozen=True)
class _Span:
    start: dt.date
    end: dt.date | None
    row: Row | None  # the file's row, or None for a stored row the file does not have


def _chunks(ids: Iterable[Any]) -> Iterable[list[Any]]:
    values = sorted(set(ids))
    for start in range(0, len(values), _IN_CLAUSE):
        yield values[start : start + _IN_CLAUSE]


def _spans(
    ctx: ImportContext, query: Any, owner: Any, ids: Iterable[int], in_file: dict[Any, Row]
) -> dict[int, list[_Span]]:
    """Stored (start, end) spans per owner id, each with the file's row where it has one."""
    found: dict[int, list[_Span]] = defaultdict(list)
    for chunk in _chunks(ids):
        for who, start, end in ctx.session.execute(query.where(owner.in_(chunk))):
            row = in_file.get((who, start)) or in_file.get((who, start, end))
            found[who].append(_Span(start, end, row))
    return found


def _report_overlaps(
    ctx: ImportContext, f: str, spans: dict[Any, list[_Span]], name: str, what: tuple[str, str]
) -> None:
    """One problem per overlapping pair with a row of the file; ``name`` names the owner.

    ``what``: the stored row with its article, and the plural (``het ... dienstverband``,
    ``dienstverbanden``).
    """
    for owner, group in spans.items():
        group.sort(key=lambda s: s.start)
        latest: _Span | None = None  # the span reaching furthest so far
        for span in group:
            if latest is not None and (latest.end is None or span.start <= latest.end):
                _tell(ctx, f, span, latest, name.format(owner=owner), what)
            if latest is None or _reaches_further(span, latest):
                latest = span


def _reaches_further(span: _Span, latest: _Span) -> bool:
    if latest.end is None:
        return False
    return span.end is None or span.end > latest.end


def _tell(
    ctx: ImportContext, f: str, span: _Span, other: _Span, owner: str, what: tuple[str, str]
) -> None:
    if span.row is None and other.row is None:
        return  # both stored before this import: not this file's doing
    here, there = (span, other) if span.row is not None else (other, span)
    assert here.row is not None
    if there.row is not None:
        where = f"rij {there.row.number}"
    else:
        where = f"{what[0]} van {there.start} tot {there.end or 'open einde'}"
    ctx.problem(
        f,
        here.row,
        "start_date" if f == "employments" else "period_start",
        here.start,
        f"overlapt met {where} ({owner}): twee {what[1]} tegelijk tellen dubbel",
    )


def check_employment_overlaps(ctx: ImportContext, rows: list[Row], workers: dict[Any, int]) -> None:
    """Two employments of one worker at the same time: the wage would count twice."""
    in_file = {
        (workers[r["personnel_number"]], r["start_date"]): r
        for r in rows
        if r["personnel_number"] in workers
    }
    e = t.EmploymentRow
    query = select(e.worker_id, e.start_date, e.end_date)
    spans = _spans(ctx, query, e.worker_id, (w for w, _ in in_file), in_file)
    numbers = {i: n for n, i in workers.items()}
    named = {numbers.get(owner, owner): group for owner, group in spans.items()}
    what = ("het eerder ingelezen dienstverband", "dienstverbanden")
    _report_overlaps(ctx, "employments", named, "medewerker {owner}", what)


def check_revenue_overlaps(ctx: ImportContext, rows: list[Row], activities: dict[Any, int]) -> None:
    """Two invoiced periods of one activity that overlap: the revenue would count twice."""
    in_file = {
        (activities[r["activity_code"]], r["period_start"], r["period_end"]): r
        for r in rows
        if r["activity_code"] in activities
    }
    v = t.RevenueRow
    query = select(v.activity_id, v.period_start, v.period_end)
    spans = _spans(ctx, query, v.activity_id, (a for a, _, _ in in_file), in_file)
    codes = {i: c for c, i in activities.items()}
    named = {codes.get(owner, owner): group for owner, group in spans.items()}
    what = ("de eerder ingelezen gefactureerde periode", "gefactureerde perioden")
    _report_overlaps(ctx, "revenue", named, "activiteit {owner}", what)


def check_bsn_on_two_workers(ctx: ImportContext, rows: list[Row], bsns: set[str]) -> None:
    """One BSN on two workers: one person counted twice (and a privacy mix-up).

    ``bsns`` are the BSNs the file wrote (with a lost leading zero restored).
    """
    in_file = {r["personnel_number"]: r for r in rows}
    w = t.WorkerRow
    holders: dict[str | None, list[str]] = defaultdict(list)  # None: never, the query has a BSN
    for chunk in _chunks(bsns):
        query = select(w.bsn, w.personnel_number).where(w.bsn.in_(chunk))
        for bsn, number in ctx.session.execute(query.order_by(w.personnel_number)):
            holders[bsn].append(number)
    for bsn, numbers in holders.items():
        for number in (n for n in numbers if n in in_file and len(numbers) > 1):
            named = ", ".join(
                f"{n} (rij {in_file[n].number})" if n in in_file else f"{n} (eerder ingelezen)"
                for n in numbers
                if n != number
            )
            ctx.problem(
                "workers",
                in_file[number],
                "bsn",
                bsn,
                f"staat ook bij medewerker {named}: één BSN hoort bij één medewerker",
            )
