"""Attribution of a worker-month to activities (toerekening aan activiteiten), R6.

Rule R6 (DOMAIN.md, "the reconciliation rule"): per worker and calendar month, with paid
hours ``P``, productive hours ``p_a`` per activity and ``p = sum p_a``:

* ``p <= P``: activity ``a`` gets ``p_a / P`` of wage cost and subsidies; the line
  ``non-productive:<work_type>`` (niet-productief: verlof, verzuim, leegloop) gets
  ``(P - p) / P``;
* ``p > P``: activity ``a`` gets ``p_a / p``, non-productive nothing, and a warning;
* ``P = 0`` and ``p = 0``: everything goes to non-productive.

Guidance cost (begeleidingskosten) with an activity goes to that activity; without one, to the
month's activities by ``p_a / p``, or to non-productive when ``p = 0``. A worker without a
placement is reported under ``non-productive:unplaced`` with a warning. The lines are
:class:`~sodesk.domain.lines.LineKey` values.

Exactness: each amount is split so that the lines add up **exactly** (Decimal equality) to
the worker-month total: every line but the last is quantized to the total's own last digit
(never coarser than 1e-12) and the last line takes the remainder. Summing the lines in any
order therefore gives the total without rounding. Sub-cent precision is kept throughout.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from decimal import Decimal
from operator import itemgetter
from typing import TypeVar

from sodesk.domain.amounts import FIELDS, SLOT, Amounts
from sodesk.domain.enums import WorkType
from sodesk.domain.lines import LineKey
from sodesk.domain.money import ZERO
from sodesk.domain.validation import Finding
from sodesk.domain.worker_month import WorkerMonthFigures

K = TypeVar("K", bound=Hashable)
_FINEST_EXPONENT = -12
_FIELDS = len(FIELDS)
_GUIDANCE_COST = SLOT["guidance_cost"]
_PRODUCTIVE_HOURS = SLOT["productive_hours"]
#: what a zero total leaves on each line: (0 x w / d) quantized to 1E-12, and 0 - 0E-12
_ZERO_PART = Decimal("0E-12")
#: the amounts a worker-month splits over its lines, and where they sit in a row (guidance
#: cost and productive hours are not split)
_SPLIT = ("wage_cost", "lks", "lks_fixed_68", "guidance_subsidy", "wsw_subsidy", "paid_hours")
_SPLIT_SLOTS = tuple(SLOT[name] for name in _SPLIT)
_split_totals = itemgetter(*_SPLIT_SLOTS)


def allocate(total: Decimal, weights: Mapping[K, Decimal]) -> dict[K, Decimal]:
    """Split ``total`` over keys in proportion to non-negative weights, adding up exactly.

    Keys with weight zero get exactly ZERO; the last key with a positive weight (in the
    mapping's order) takes the remainder.

    Raises:
        ValueError: for a negative weight, or when no weight is positive.
    """
    return allocate_many({"": total}, weights)[""]


def allocate_many(
    totals: Mapping[str, Decimal], weights: Mapping[K, Decimal]
) -> dict[str, dict[K, Decimal]]:
    """:func:`allocate` for several totals over the same weights (checked and summed once).

    Raises:
        ValueError: for a negative weight, or when no weight is positive.
    """
    positive, denominator = _positive(weights)
    last = positive[-1]
    others = [(key, weights[key]) for key in positive[:-1]]
    result: dict[str, dict[K, Decimal]] = {}
    for name, total in totals.items():
        split = dict.fromkeys(weights, ZERO)
        if others:
            quantum = _quantum(total)
            given = ZERO
            for key, weight in others:
                part = (total * weight / denominator).quantize(quantum)
                split[key] = part
                given += part
            split[last] = total - given
        else:
            split[last] = total
        result[name] = split
    return result


def _positive(weights: Mapping[K, Decimal]) -> tuple[list[K], Decimal]:
    """The keys with a positive weight, in order, and the sum of their weights.

    Raises:
        ValueError: for a negative weight, or when no weight is positive.
    """
    positive = []
    denominator = ZERO
    for key, weight in weights.items():
        if weight < 0:
            raise ValueError(f"weights must not be negative: {dict(weights)}")
        if weight > 0:
            positive.append(key)
            denominator += weight
    if not positive:
        raise ValueError("at least one weight must be positive")
    return positive, denominator


#: the quanta :func:`_quantum` hands out, one Decimal per exponent (a report asks ~200,000 times)
_QUANTA: dict[int, Decimal] = {}


def _quantum(total: Decimal) -> Decimal:
    if not total:
        exponent = _FINEST_EXPONENT
    else:
        exponent = _exponent(total)
        if exponent > _FINEST_EXPONENT:
            exponent = _FINEST_EXPONENT
        coarsest = total.adjusted() - 27  # 28 significant digits at most
        if exponent < coarsest:
            exponent = coarsest
    quantum = _QUANTA.get(exponent)
    if quantum is None:
        quantum = _QUANTA[exponent] = Decimal(1).scaleb(exponent)
    return quantum


def _exponent(value: Decimal) -> int:
    """``value.as_tuple().exponent``, read from its text (a third of the time: no tuple of
    digits is built); scientific notation falls back to the tuple."""
    text = str(value)
    if "E" in text:
        return int(value.as_tuple().exponent)
    point = text.find(".")
    return 0 if point < 0 else point + 1 - len(text)


def attribute_worker_month(
    figures: WorkerMonthFigures,
    work_type: WorkType | None,
    productive_hours: Mapping[LineKey, Decimal],
    guidance_cost: Mapping[LineKey | None, Decimal],
) -> tuple[dict[LineKey, Amounts], list[Finding]]:
    """Split one worker-month over activities and non-productive time (R6).

    Args:
        figures: the worker's figures for the month (or the part inside the period).
        work_type: the work type of the placement in force, or None (unplaced).
        productive_hours: productive hours per activity line in that month.
        guidance_cost: guidance cost per activity line, ``None`` for guidance without one.

    Returns:
        The amounts per line and the findings (hours beyond contract, unplaced).

    Raises:
        ValueError: for negative hours or guidance cost.
    """
    rows, findings = attribute_worker_month_rows(
        figures, work_type, productive_hours, guidance_cost
    )
    return {key: Amounts(*row) for key, row in rows.items()}, findings


def attribute_worker_month_rows(
    figures: WorkerMonthFigures,
    work_type: WorkType | None,
    productive_hours: Mapping[LineKey, Decimal],
    guidance_cost: Mapping[LineKey | None, Decimal],
) -> tuple[dict[LineKey, list[Decimal]], list[Finding]]:
    """:func:`attribute_worker_month`, each line's amounts a list in the order of
    :meth:`Amounts.row`: a company run adds ~30,000 of these up without making an object
    for each.
    """
    for values in (productive_hours, guidance_cost):
        for key, value in values.items():
            if value < 0:
                line = "no activity" if key is None else key.text
                raise ValueError(f"hours and guidance cost must not be negative: {line}={value}")
    who = figures.personnel_number
    findings: list[Finding] = []
    idle = LineKey.non_productive(work_type)
    paid = figures.paid_hours
    worked = sum(productive_hours.values(), ZERO)
    weights: dict[LineKey, Decimal] = dict(productive_hours)
    if worked > paid:
        arguments = {"worker": who, "month": figures.span.start, "worked": worked, "paid": paid}
        findings.append(
            Finding(
                "attribution.hours_beyond_contract", "", "hours", worked, who, arguments
            )
        )
    elif worked == 0:
        weights = {**weights, idle: Decimal(1)}
    else:
        weights[idle] = paid - worked
    if work_type is None and (paid > 0 or worked > 0):
        findings.append(
            Finding("attribution.unplaced", "", "work_type", None, who, {"worker": who})
        )

    lines = _split_rows(_split_totals(figures.row()), weights)
    for key, hours in productive_hours.items():
        lines[key][_PRODUCTIVE_HOURS] = hours

    for activity, cost in guidance_cost.items():
        if activity is not None:
            row = lines.setdefault(activity, [ZERO] * _FIELDS)
            row[_GUIDANCE_COST] = row[_GUIDANCE_COST] + cost
    loose = guidance_cost.get(None, ZERO)
    if loose:
        spread = dict(productive_hours) if worked > 0 else {idle: Decimal(1)}
        for key, amount in allocate(loose, spread).items():
            row = lines.setdefault(key, [ZERO] * _FIELDS)
            row[_GUIDANCE_COST] = row[_GUIDANCE_COST] + amount
    idle_row = lines.get(idle)
    if idle_row is not None and not any(idle_row) and idle not in productive_hours:
        del lines[idle]
    return lines, findings


def _split_rows(
    totals: tuple[Decimal, ...], weights: Mapping[LineKey, Decimal]
) -> dict[LineKey, list[Decimal]]:
    """:func:`allocate_many` of the six attributed totals, straight into rows.

    The same arithmetic in the same order as :func:`allocate_many` (each total's parts
    quantized to its own quantum, the last positive line taking the remainder), with the
    totals at the row positions of wage cost, LKS, LKS 68 %, allowance, Wsw and paid hours.
    """
    positive, denominator = _positive(weights)
    rows = {key: [ZERO] * _FIELDS for key in weights}
    last = rows[positive[-1]]
    if len(positive) == 1:
        for slot, total in zip(_SPLIT_SLOTS, totals, strict=True):
            last[slot] = total
        return rows
    # a zero total (LKS of Wsw staff, the Wsw subsidy of everyone else) splits into
    # 0E-12 on every positive line, as the arithmetic below would give it
    work = []  # (total, slot, quantum) of each total that is not zero
    for total, slot in zip(totals, _SPLIT_SLOTS, strict=True):
        if total:
            work.append((total, slot, _quantum(total)))
        else:
            for key in positive:
                rows[key][slot] = _ZERO_PART
    given = [ZERO] * len(work)
    for key in positive[:-1]:
        weight = weights[key]
        row = rows[key]
        for n, (total, slot, quantum) in enumerate(work):
            part = (total * weight / denominator).quantize(quantum)
            row[slot] = part
            given[n] += part
    for n, (total, slot, _) in enumerate(work):
        last[slot] = total - given[n]
    return rows
