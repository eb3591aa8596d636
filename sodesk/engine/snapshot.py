"""A calendar month's share of a company run, kept as plain JSON: the stored month result.

Why: a closed month never changes again, so a report reads its sums instead of reading and
computing its hour rows (:func:`sodesk.engine.run.run` takes them as ``stored``). What is kept
is everything the run would have made of the month: the read sums (productive and guidance
rows), the line sums with the norms of split worker-months resolved, each worker's totals
and the findings with the worker they were met at (an id: positions move when workers are
added). Worker-months are independent of each other (the run already splits months over two
processes), so a month computed alone adds up to the same run.

Plain JSON with every Decimal as its text, zlib-compressed: a database row must never be able
to run code (no pickle), and a Decimal's text gives back the very same Decimal. Dataclasses
are written as the list of their fields' values (``dataclasses.fields``), so a field added to
a container of amounts needs no change here.

The fingerprint (:func:`digest`) hashes a canonical form of plain values: dictionaries and
sets sorted, numbers by value (7.5 and 7.50 alike), so both databases give the same one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from operator import add
from typing import Any

from sodesk.domain.lines import LineKey
from sodesk.domain.period import Period
from sodesk.domain.rules_version import RULES_VERSION
from sodesk.domain.validation import Finding
from sodesk.engine.month import LineTotals, MonthAttribution, Part, WorkerTotals, split_candidates
from sodesk.engine.records import CompanyFacts, GuidanceRow, MonthRead, ProductiveRow

__all__ = ["RULES_VERSION", "MonthResult", "compute_month", "decode", "digest", "encode"]

FORMAT = 1
"""The layout of an encoded month result (raise it when the layout changes)."""


@dataclass
class MonthResult:
    """One calendar month of a company run, as stored when the month is closed."""

    month: dt.date  # the first of the month
    rules_version: str
    inputs: str  # digest of the month's read rows (:func:`month_inputs`)
    parameters: str  # digest of the parameter values used
    productive: list[ProductiveRow]
    guidance: list[GuidanceRow]
    lines: dict[LineKey, LineTotals]
    #: every worker's id (sorted), and per field of :class:`WorkerTotals` (in its order)
    #: their values: columns add up faster than thousands of objects
    worker_ids: list[int]
    worker_columns: list[list[Any]]
    #: (worker id, order noted within the month, finding), where each finding came first
    findings: list[tuple[int, int, Finding]] = field(default_factory=list)
    #: the parameter values used, in plain form (for the reader, not for the run)
    parameter_values: Any = None

    @property
    def period(self) -> Period:
        return Period.month_of(self.month)

    def totals_of(self, worker_id: int) -> WorkerTotals:
        """A worker's totals of the month (zero for a worker without figures in it)."""
        if worker_id not in self.worker_ids:
            return WorkerTotals()
        index = self.worker_ids.index(worker_id)
        return _totals([column[index] for column in self.worker_columns])

    def read(self) -> MonthRead:
        """The month's rows as the run's reading gave them."""
        return MonthRead(self.period, self.productive, self.guidance)


def compute_month(source: Any, facts: CompanyFacts, month: Period) -> MonthResult:
    """Read and compute one calendar month alone through ``source`` (a run's Source)."""
    from sodesk.engine.run import add_split_norms  # run imports this module

    candidates = split_candidates(facts.workers, month, facts.params)
    read = source.month(month, candidates.get(month.start, []))
    attribution = MonthAttribution(month, facts)
    attribution.add(read)
    part = attribution.result()
    lines: dict[LineKey, LineTotals] = dict(part.lines)
    add_split_norms(source, lines, facts.activity_codes, part.split)
    ids = sorted(facts.workers)
    rows = [(w, _values(part.worker_totals[w])) for w in ids]  # every worker: columns align
    columns = [list(column) for column in zip(*(row for _w, row in rows), strict=True)]
    return MonthResult(
        month.start,
        RULES_VERSION,
        month_inputs(read),
        parameters_digest(facts),
        list(read.productive),
        list(read.guidance),
        lines,
        [w for w, _row in rows],
        columns or [[] for _f in fields(WorkerTotals)],
        [(ids[where[0]], where[2], finding) for where, finding in part.findings.values()],
        plain((facts.params, facts.municipalities)),
    )


def month_inputs(read: MonthRead) -> str:
    """The digest of what a month was computed from beside the company facts.

    Row by row into one hash rather than through :func:`plain`: a month of a large company
    has tens of thousands of rows, and the generic walk took a fifth of an open year's report.
    Each field is written in its canonical text (hours normalised, so 7.5 and 7.50 agree;
    texts as JSON, so no separator can be forged by a coach's name) and ends with a separator.
    """
    whole = hashlib.sha256()
    number = lru_cache(maxsize=None)(decimal_text)  # hours repeat a lot: each value once
    put = whole.update
    put(b"productive\x1e")
    for worker_id, activity_id, month, hours in read.productive:
        put(f"{worker_id}\x1f{activity_id}\x1f{month.isoformat()}\x1f{number(hours)}\x1e".encode())
    put(b"guidance\x1e")
    for worker_id, activity, coach, month, hours in read.guidance:
        text = f"{worker_id}\x1f{activity}\x1f{json.dumps(coach)}\x1f{month.isoformat()}"
        put(f"{text}\x1f{number(hours)}\x1e".encode())
    put(b"daily\x1e")
    for worker_id in sorted(read.daily):
        for activity_id in sorted(read.daily[worker_id]):
            days = read.daily[worker_id][activity_id]
            for day in sorted(days):
                text = f"{worker_id}\x1f{activity_id}\x1f{day.isoformat()}"
                put(f"{text}\x1f{number(days[day])}\x1e".encode())
    return whole.hexdigest()


def decimal_text(value: Decimal) -> str:
    """A Decimal's canonical text: 7.5 and 7.50 give "7.5", every zero "0"."""
    return format(value.normalize(), "f") if value else "0"


def parameters_digest(facts: CompanyFacts) -> str:
    return digest((facts.params, facts.municipalities))


def as_part(results: Iterable[MonthResult], period: Period, workers: Iterable[int]) -> Part:
    """Stored months added up as one :class:`Part` of a run over ``period``.

    A finding's place is given back as the run would have met it: the worker's position
    among ``workers`` (sorted ids; a worker since removed comes after all) and the month's
    number in the period.
    """
    ids = sorted(workers)
    position = {worker_id: index for index, worker_id in enumerate(ids)}
    part = Part()
    zero = _values(WorkerTotals())
    sums: list[list[Any]] = [[nil] * len(ids) for nil in zero]
    for result in sorted(results, key=lambda r: r.month):
        for key, line in result.lines.items():
            part.lines[key].add(line)
        columns = result.worker_columns
        if result.worker_ids != ids:  # workers added or removed since: by position
            columns = _aligned(result, position, zero)
        sums = [list(map(add, total, column)) for total, column in zip(sums, columns, strict=True)]
        number = (result.month.year - period.start.year) * 12 + result.month.month
        for worker_id, noted, finding in result.findings:
            where = (position.get(worker_id, len(ids)), number, noted)
            said = finding.said()
            known = part.findings.get(said)
            if known is None or where < known[0]:
                part.findings[said] = (where, finding)
    for worker_id, row in zip(ids, zip(*sums, strict=True), strict=True):
        part.worker_totals[worker_id] = _totals(row)
    return part


@dataclass(frozen=True)
class RunFingerprint:
    """What a run was computed from: the company facts and each month's rows and rules."""

    facts: str  # digest of parameters, municipalities, workers and activities
    #: per month ("2025-01"): the digest of its read rows and the rules version it follows
    months: dict[str, tuple[str, str]]

    @property
    def full(self) -> str:
        return digest((self.facts, self.months))

    def differing_months(self, other: RunFingerprint) -> list[str]:
        """The months whose rows or rules differ from ``other``'s (either side's months)."""
        names = sorted(set(self.months) | set(other.months))
        return [m for m in names if self.months.get(m) != other.months.get(m)]


def run_fingerprint(
    facts: CompanyFacts, reads: list[MonthRead], stored: Mapping[dt.date, MonthResult]
) -> RunFingerprint:
    """The fingerprint of a run over ``reads``: stored months by their stored digests, so a
    month gives the same whether it was stored or computed from the same rows."""
    months: dict[str, tuple[str, str]] = {}
    for read in reads:
        first = read.month.start
        kept = stored.get(first)
        name = first.isoformat()[:7]
        if kept is not None:
            months[name] = (kept.inputs, kept.rules_version)
        else:
            months[name] = (month_inputs(read), RULES_VERSION)
    return RunFingerprint(facts_digest(facts), months)


def facts_digest(facts: CompanyFacts) -> str:
    """The digest of the company facts: parameters, municipalities, activities, workers.

    The workers (thousands) go by the text of a tuple per worker, in id order: it holds only
    frozen dataclasses of dates, Decimals (as read, on their column's scale), enums and
    text, and takes a fifth of the time of :func:`plain`.
    """
    small = digest((facts.params, facts.municipalities, facts.activity_codes))
    whole = hashlib.sha256(small.encode("utf-8"))
    for worker_id in sorted(facts.workers):
        worker = facts.workers[worker_id]
        own = worker.facts
        whole.update(
            repr(
                (
                    worker_id,
                    own.personnel_number,
                    own.target_group.value,
                    worker.municipality_id,
                    worker.coach,
                    worker.birth_date,
                    own.employments,
                    own.measurements,
                    worker.placements,
                )
            ).encode("utf-8")
        )
    return whole.hexdigest()


def _aligned(result: MonthResult, position: dict[int, int], zero: list[Any]) -> list[list[Any]]:
    """A month's worker columns in the order of today's workers (zero for one not in it)."""
    places = [position.get(worker_id) for worker_id in result.worker_ids]
    aligned = []
    for column, nil in zip(result.worker_columns, zero, strict=True):
        full = [nil] * len(position)
        for place, value in zip(places, column, strict=True):
            if place is not None:
                full[place] = value
        aligned.append(full)
    return aligned


# --- encoding -------------------------------------------------------------------------


def encode(result: MonthResult) -> bytes:
    """The month result as compressed plain JSON."""
    data = {
        "format": FORMAT,
        "month": result.month.isoformat(),
        "rules_version": result.rules_version,
        "inputs": result.inputs,
        "parameters": result.parameters,
        "productive": _columns((w, a, str(h)) for w, a, _m, h in result.productive),
        "guidance": _columns((w, a, c, str(h)) for w, a, c, _m, h in result.guidance),
        "lines": {key.text: _plain_fields(line) for key, line in result.lines.items()},
        "worker_ids": result.worker_ids,
        "worker_columns": [
            [str(v) if isinstance(v, Decimal) else v for v in column]
            for column in result.worker_columns
        ],
        "findings": [[w, n, *_finding(f)] for w, n, f in result.findings],
        "finding_arguments": [_arguments(f) for _w, _n, f in result.findings],
        "parameter_values": result.parameter_values,
    }
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"), 6)


def decode(blob: bytes) -> MonthResult:
    """A month result from :func:`encode`'s bytes.

    Raises:
        ValueError: the bytes are not a month result of this layout.
    """
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"stored month result of layout {data.get('format')}, not {FORMAT}")
    month = dt.date.fromisoformat(data["month"])
    number = lru_cache(maxsize=None)(Decimal)  # each distinct text parsed once
    workers, activities, hours = data["productive"] or ([], [], [])
    months = [month] * len(hours)
    productive = list(zip(workers, activities, months, map(Decimal, hours), strict=True))
    workers, activities, coaches, hours = data["guidance"] or ([], [], [], [])
    guidance = list(
        zip(workers, activities, coaches, [month] * len(hours), map(Decimal, hours), strict=True)
    )
    kinds = _values(WorkerTotals())
    columns = [
        list(map(Decimal, column)) if isinstance(kind, Decimal) else column
        for kind, column in zip(kinds, data["worker_columns"], strict=True)
    ]
    return MonthResult(
        month,
        data["rules_version"],
        data["inputs"],
        data["parameters"],
        productive,
        guidance,
        {
            LineKey.parse(key): _from_fields(LineTotals, values, number)
            for key, values in data["lines"].items()
        },
        data["worker_ids"],
        columns,
        [
            (w, n, _to_finding(rest, arguments))
            for (w, n, *rest), arguments in zip(
                data["findings"],
                data.get("finding_arguments") or [{}] * len(data["findings"]),
                strict=True,
            )
        ],
        data.get("parameter_values"),
    )


_TOTALS_FIELDS = [f.name for f in fields(WorkerTotals)]


def _totals(values: Iterable[Any]) -> WorkerTotals:
    """A worker's totals from their field values in field order (some fields keyword-only)."""
    return WorkerTotals(**dict(zip(_TOTALS_FIELDS, values, strict=True)))


def _columns(rows: Iterable[tuple[Any, ...]]) -> list[list[Any]]:
    """Rows as columns (JSON of a column repeats no brackets per row)."""
    return [list(column) for column in zip(*rows, strict=True)]


def _values(value: Any) -> list[Any]:
    """A dataclass's field values in field order."""
    return [getattr(value, f.name) for f in fields(value)]


def _plain_fields(value: Any) -> list[Any]:
    """A dataclass of amounts as the list of its fields (Decimal as text, nested as lists)."""
    result: list[Any] = []
    for f in fields(value):
        item = getattr(value, f.name)
        if isinstance(item, Decimal):
            result.append(str(item))
        elif is_dataclass(item):
            result.append(_plain_fields(item))
        else:
            result.append(item)
    return result


def _from_fields(cls: type, values: list[Any], number: Callable[[str], Decimal]) -> Any:
    """The dataclass :func:`_plain_fields` wrote: a field's kind follows its default."""
    made = cls()
    arguments: list[Any] = []
    for f, item in zip(fields(cls), values, strict=True):
        default = getattr(made, f.name)
        if is_dataclass(default):
            arguments.append(_from_fields(type(default), item, number))
        elif isinstance(default, Decimal):
            arguments.append(number(item))
        else:
            arguments.append(item)
    return cls(*arguments)


def _finding(finding: Finding) -> list[Any]:
    return [finding.code, finding.message, finding.field, _tagged(finding.value), finding.subject]


def _arguments(finding: Finding) -> dict[str, Any]:
    """A finding's values, kept beside it (an edge words it again from them): under a key of
    their own, so a reader that does not know them reads the month all the same."""
    return {name: _tagged(value) for name, value in finding.arguments.items()}


def _to_finding(values: list[Any], arguments: Mapping[str, Any]) -> Finding:
    code, message, field_name, value, subject = values
    kept = {name: _untagged(item) for name, item in arguments.items()}
    return Finding(code, message, field_name, _untagged(value), subject, kept)


def _tagged(value: object) -> Any:
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, Enum):
        return value.value
    return value


def _untagged(value: Any) -> Any:
    if isinstance(value, dict) and "decimal" in value:
        return Decimal(value["decimal"])
    if isinstance(value, dict) and "date" in value:
        return dt.date.fromisoformat(value["date"])
    return value


# --- fingerprints ---------------------------------------------------------------------


def digest(value: Any) -> str:
    """The SHA-256 (hex) of ``value``'s canonical plain form."""
    text = json.dumps(plain(value), separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plain(value: Any, _seen: dict[int, Any] | None = None) -> Any:
    """``value`` as JSON-able lists, text and numbers; the same values give the same form."""
    seen = {} if _seen is None else _seen
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    known = seen.get(id(value))
    if known is not None:
        return known
    result: Any
    if is_dataclass(value) and not isinstance(value, type):
        result = [plain(getattr(value, f.name), seen) for f in fields(value)]
    elif isinstance(value, Mapping):
        pairs = [(plain(k, seen), v) for k, v in value.items()]
        pairs.sort(key=_first_order)
        result = [[k, plain(v, seen)] for k, v in pairs]
    elif isinstance(value, set | frozenset):
        result = sorted((plain(item, seen) for item in value), key=_order)
    elif isinstance(value, list | tuple):
        result = [plain(item, seen) for item in value]
    elif isinstance(value, float):
        result = repr(value)
    else:
        raise TypeError(f"no plain form for {type(value).__name__}")
    if not isinstance(value, list | dict | set):  # immutable: the same object, the same form
        seen[id(value)] = result
    return result


def _first_order(pair: tuple[Any, Any]) -> Any:
    key = pair[0]
    return (0, key, "") if isinstance(key, int) else (1, 0, _order(key))


def _order(item: Any) -> str:
    return json.dumps(item, separators=(",", ":"))
