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
placement is reported under ``non-productive:unplaced`` with a warning.

Exactness: each amount is split so that the lines add up **exactly** (Decimal equality) to
the worker-month total: every line but the last is quantized to the total's own last digit
(never coarser than 1e-12) and the last line takes the remainder. Summing the lines in any
order therefore gives the total without rounding. Sub-cent precision is kept throughout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.validation import Finding
from sodesk.domain.worker_month import WorkerMonthFigures

LineKey = str
"""An activity code, or ``non-productive:<work_type>`` / ``non-productive:unplaced``."""

NON_PRODUCTIVE_PREFIX = "non-productive:"
UNPLACED = "unplaced"
_FINEST_EXPONENT = -12


def non_productive_key(work_type: WorkType | None) -> LineKey:
    """The non-productive line of a work type, or of workers without a placement."""
    return NON_PRODUCTIVE_PREFIX + (UNPLACED if work_type is None else work_type.value)


@dataclass(frozen=True, slots=True)
class AttributedAmounts:
    """The part of a worker-month one line receives (toegerekende bedragen).

    ``paid_hours_share`` is the share of paid hours the line carries; ``productive_hours``
    the productive hours booked on it.
    """

    wage_cost: Decimal = ZERO
    lks: Decimal = ZERO
    lks_fixed_68: Decimal = ZERO
    guidance_subsidy: Decimal = ZERO
    wsw_subsidy: Decimal = ZERO
    guidance_cost: Decimal = ZERO
    paid_hours_share: Decimal = ZERO
    productive_hours: Decimal = ZERO

    def __add__(self, other: AttributedAmounts) -> AttributedAmounts:
        return AttributedAmounts(
            self.wage_cost + other.wage_cost,
            self.lks + other.lks,
            self.lks_fixed_68 + other.lks_fixed_68,
            self.guidance_subsidy + other.guidance_subsidy,
            self.wsw_subsidy + other.wsw_subsidy,
            self.guidance_cost + other.guidance_cost,
            self.paid_hours_share + other.paid_hours_share,
            self.productive_hours + other.productive_hours,
        )


def allocate(total: Decimal, weights: Mapping[LineKey, Decimal]) -> dict[LineKey, Decimal]:
    """Split ``total`` over keys in proportion to non-negative weights, adding up exactly.

    Keys with weight zero get exactly ZERO; the last key with a positive weight (in the
    mapping's order) takes the remainder.

    Raises:
        ValueError: for a negative weight, or when no weight is positive.
    """
    return allocate_many({"": total}, weights)[""]


def allocate_many(
    totals: Mapping[str, Decimal], weights: Mapping[LineKey, Decimal]
) -> dict[str, dict[LineKey, Decimal]]:
    """:func:`allocate` for several totals over the same weights (checked and summed once).

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
    last = positive[-1]
    others = positive[:-1]
    result: dict[str, dict[LineKey, Decimal]] = {}
    for name, total in totals.items():
        split = dict.fromkeys(weights, ZERO)
        if others:
            quantum = _quantum(total)
            given = ZERO
            for key in others:
                part = (total * weights[key] / denominator).quantize(quantum)
                split[key] = part
                given += part
            split[last] = total - given
        else:
            split[last] = total
        result[name] = split
    return result


def _quantum(total: Decimal) -> Decimal:
    if total == 0:
        return Decimal(1).scaleb(_FINEST_EXPONENT)
    exponent = int(total.as_tuple().exponent)
    exponent = min(exponent, _FINEST_EXPONENT)
    exponent = max(exponent, total.adjusted() - 27)
    return Decimal(1).scaleb(exponent)


def attribute_worker_month(
    figures: WorkerMonthFigures,
    work_type: WorkType | None,
    productive_hours: Mapping[str, Decimal],
    guidance_cost: Mapping[str | None, Decimal],
) -> tuple[dict[LineKey, AttributedAmounts], list[Finding]]:
    """Split one worker-month over activities and non-productive time (R6).

    Args:
        figures: the worker's figures for the month (or the part inside the period).
        work_type: the work type of the placement in force, or None (unplaced).
        productive_hours: productive hours per activity code in that month.
        guidance_cost: guidance cost per activity code, ``None`` for guidance without one.

    Returns:
        The amounts per line and the findings (hours beyond contract, unplaced).

    Raises:
        ValueError: for negative hours or guidance cost.
    """
    for key, value in [*productive_hours.items(), *guidance_cost.items()]:
        if value < 0:
            raise ValueError(f"hours and guidance cost must not be negative: {key}={value}")
    who = figures.personnel_number
    findings: list[Finding] = []
    idle = non_productive_key(work_type)
    paid = figures.paid_hours
    worked = sum(productive_hours.values(), ZERO)
    weights: dict[LineKey, Decimal] = dict(productive_hours)
    if worked > paid:
        message = (
            f"Medewerker {who} heeft in {figures.span.start:%m-%Y} {display.hours(worked)} "
            f"productieve uren, meer dan de {display.hours(paid)} betaalde uren: verdeeld naar "
            "productieve uren."
        )
        findings.append(Finding("attribution.hours_beyond_contract", message, "hours", worked, who))
    elif worked == 0:
        weights = {**weights, idle: Decimal(1)}
    else:
        weights[idle] = paid - worked
    if work_type is None and (paid > 0 or worked > 0):
        message = f"Medewerker {who} heeft geen plaatsing: uren en kosten onder 'unplaced'."
        findings.append(Finding("attribution.unplaced", message, "work_type", None, who))

    lines: dict[LineKey, dict[str, Decimal]] = {key: {} for key in weights}
    totals = {
        "wage_cost": figures.wage_cost,
        "lks": figures.lks,
        "lks_fixed_68": figures.lks_fixed_68,
        "guidance_subsidy": figures.guidance_subsidy,
        "wsw_subsidy": figures.wsw_subsidy,
        "paid_hours_share": paid,
    }
    for name, split in allocate_many(totals, weights).items():
        for key, amount in split.items():
            lines[key][name] = amount
    for key, hours in productive_hours.items():
        lines[key]["productive_hours"] = hours

    for activity, cost in guidance_cost.items():
        if activity is not None:
            lines.setdefault(activity, {})
            lines[activity]["guidance_cost"] = lines[activity].get("guidance_cost", ZERO) + cost
    loose = guidance_cost.get(None, ZERO)
    if loose:
        spread = dict(productive_hours) if worked > 0 else {idle: Decimal(1)}
        for key, amount in allocate(loose, spread).items():
            lines.setdefault(key, {})
            lines[key]["guidance_cost"] = lines[key].get("guidance_cost", ZERO) + amount
    result = {key: AttributedAmounts(**values) for key, values in lines.items()}
    if result.get(idle) == AttributedAmounts() and idle not in productive_hours:
        del result[idle]
    return result, findings
