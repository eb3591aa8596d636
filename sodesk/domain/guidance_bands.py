"""Guidance against wage value in groups (begeleiding tegen loonwaarde, geaggregeerd).

Why: whether more guidance goes with a rising wage value needs guidance hours and wage
values of the same workers, and sodesk holds both. A document that leaves the company may
show the relation only in groups, never per person, so the measured workers are put in bands of
guidance hours per month of the period, and each band gives a count, the average wage value
at the period's end and the average change over the period.

Choices:

* hours per month = the guidance hours in the period / the calendar months the period
  touches (a year: 12; a partial month counts whole);
* bands: none, below 1 hour, 1 to 2, 2 to 3, 3 hours or more per month (lower bound
  included), where a job coach's caseload usually lies;
* a worker counts in the band when a measurement is in force at the period's end; the change
  (in fractions: 0.05 is 5 points) only when one was in force at its start too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.money import ZERO, safe_div

#: the bands' Dutch labels, in order
BANDS: tuple[str, ...] = (
    "Geen begeleiding",
    "Minder dan 1 uur per maand",
    "1 tot 2 uur per maand",
    "2 tot 3 uur per maand",
    "3 uur of meer per maand",
)
#: hours per month where the third, fourth and fifth band begin (included)
BOUNDS: tuple[Decimal, ...] = (Decimal(1), Decimal(2), Decimal(3))


@dataclass(frozen=True, slots=True)
class GuidedWorker:
    """One measured worker: guidance hours in the period, wage value at start and end."""

    guidance_hours: Decimal
    wage_value_start: Decimal | None
    wage_value_end: Decimal


@dataclass(frozen=True, slots=True)
class GuidanceBand:
    """One band: how many, their average wage value at the end and its average change."""

    label: str
    persons: int
    average_wage_value: Decimal | None
    measured_at_start: int
    average_change: Decimal | None


def band_index(hours_per_month: Decimal) -> int:
    """The index in :data:`BANDS` of a number of guidance hours per month."""
    if hours_per_month <= 0:
        return 0
    return 1 + sum(1 for bound in BOUNDS if hours_per_month >= bound)


def guidance_bands(workers: Iterable[GuidedWorker], months: int) -> list[GuidanceBand]:
    """Every band of :data:`BANDS`, empty ones included (count 0, averages None).

    Raises:
        ValueError: when ``months`` is not positive.
    """
    if months <= 0:
        raise ValueError(f"months must be positive, not {months}")
    groups: list[list[GuidedWorker]] = [[] for _ in BANDS]
    for worker in workers:
        groups[band_index(worker.guidance_hours / months)].append(worker)
    result = []
    for label, group in zip(BANDS, groups, strict=True):
        changes = [
            w.wage_value_end - w.wage_value_start for w in group if w.wage_value_start is not None
        ]
        result.append(
            GuidanceBand(
                label,
                len(group),
                safe_div(sum((w.wage_value_end for w in group), ZERO), Decimal(len(group))),
                len(changes),
                safe_div(sum(changes, ZERO), Decimal(len(changes))),
            )
        )
    return result
