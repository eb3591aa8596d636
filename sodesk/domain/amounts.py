"""The money and hours that add up (bedragen): over the parts of a month, the months of a
period, the workers of a line and the lines of a report.

Rules: R4 (wage cost), R2/R2b (LKS, paid hours), R12 (LKS under the 68 % regime), R9
(guidance allowance), the Wsw subsidy, R7 (guidance cost), R6 (productive hours on a line).

Why one type: a worker-month's figures, a line's share of them, a worker's totals and an
activity's inputs and figures all carry this same bundle. Each of them is an
:class:`Amounts` with its own further fields, so a figure has one name everywhere and the
bundle is added in one place, field by field, in the order of :data:`FIELDS`. Where a figure
does not apply (the guidance cost of a worker-month before the run adds it, the paid hours
of an activity line) it is ZERO. Addition is plain Decimal addition: nothing is rounded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal

from sodesk.domain.money import ZERO

__all__ = ["FIELDS", "NO_AMOUNTS", "SLOT", "Amounts", "row_of", "sum_of"]


@dataclass(frozen=True, slots=True)
class Amounts:
    """Wage cost, subsidies, guidance cost and hours, added field by field with ``+``.

    Adding two containers that are Amounts gives the bare Amounts (their other fields do not
    add up). :meth:`row` gives the fields as a list in :data:`FIELDS` order, for running
    sums that a hot loop keeps without making an object per addition.
    """

    wage_cost: Decimal = ZERO
    lks: Decimal = ZERO
    lks_fixed_68: Decimal = ZERO
    guidance_subsidy: Decimal = ZERO
    wsw_subsidy: Decimal = ZERO
    guidance_cost: Decimal = ZERO
    paid_hours: Decimal = ZERO
    productive_hours: Decimal = ZERO

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(
            self.wage_cost + other.wage_cost,
            self.lks + other.lks,
            self.lks_fixed_68 + other.lks_fixed_68,
            self.guidance_subsidy + other.guidance_subsidy,
            self.wsw_subsidy + other.wsw_subsidy,
            self.guidance_cost + other.guidance_cost,
            self.paid_hours + other.paid_hours,
            self.productive_hours + other.productive_hours,
        )

    def row(self) -> list[Decimal]:
        """The fields in :data:`FIELDS` order (``Amounts(*row)`` makes them again)."""
        return [
            self.wage_cost,
            self.lks,
            self.lks_fixed_68,
            self.guidance_subsidy,
            self.wsw_subsidy,
            self.guidance_cost,
            self.paid_hours,
            self.productive_hours,
        ]

    def amounts(self) -> Amounts:
        """The bundle alone, without a container's other fields."""
        return Amounts(*self.row())


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Amounts))
"""The names of the fields, in the order of :meth:`Amounts.row`."""

SLOT: dict[str, int] = {name: n for n, name in enumerate(FIELDS)}
"""Where each field sits in a :meth:`Amounts.row`."""

NO_AMOUNTS = Amounts()
"""Every field ZERO: what a sum of nothing is."""


def row_of(
    wage_cost: Decimal = ZERO,
    lks: Decimal = ZERO,
    lks_fixed_68: Decimal = ZERO,
    guidance_subsidy: Decimal = ZERO,
    wsw_subsidy: Decimal = ZERO,
    guidance_cost: Decimal = ZERO,
    paid_hours: Decimal = ZERO,
    productive_hours: Decimal = ZERO,
) -> list[Decimal]:
    """``Amounts(...).row()`` without making the object, for a hot loop's running sums."""
    return [
        wage_cost,
        lks,
        lks_fixed_68,
        guidance_subsidy,
        wsw_subsidy,
        guidance_cost,
        paid_hours,
        productive_hours,
    ]


def sum_of(items: Iterable[Amounts]) -> Amounts:
    """The field-wise sum of ``items``, added in their order (:data:`NO_AMOUNTS` for none)."""
    total = NO_AMOUNTS
    for item in items:
        total = total + item
    return total
