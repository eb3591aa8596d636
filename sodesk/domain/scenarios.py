"""What-if: the 2028 fixed subsidy and the new distribution key (scenario's), R12.

Rule R12 (DOMAIN.md; seed 001 line 158 for the 68 %; seed 001 lines 133-137 for the key):

* Per sheltered worker, the subsidy under the regime in force (``lks_now``) against the fixed
  68 % over the same hours and WML (``lks_fixed_68``, from ``worker_month_figures``);
  ``difference = lks_fixed_68 - lks_now`` (negative: the worker's subsidy would fall).
  Workers whose subsidy would fall are listed, not hidden.
* The state's sheltered-work contribution is split by a new key from 2027: one third new in
  2027, fully new from 2029. For 2028 the seed gives no figure; this module assumes the
  straight path, two thirds new (an assumption reports must state: :data:`KEY_2028_ASSUMPTION`).
* The new key weighs realised places and residents with a positive advice; the weights are
  not published, so the user enters them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.money import ZERO, cents

KEY_2028_ASSUMPTION = (
    "Verdeelsleutel 2028: aangenomen twee derde nieuw, een derde oud (lineair ingroeipad; "
    "de bron noemt alleen 2027 en 2029)."
)


@dataclass(frozen=True, slots=True)
class Scenario2028:
    """Subsidy now against the fixed 68 % regime (LKS nu tegen forfaitair 68 %)."""

    lks_now: Decimal
    lks_fixed_68: Decimal

    @property
    def difference(self) -> Decimal:
        """``lks_fixed_68 - lks_now``: negative when the fixed regime pays less."""
        return self.lks_fixed_68 - self.lks_now

    def __add__(self, other: Scenario2028) -> Scenario2028:
        return Scenario2028(self.lks_now + other.lks_now, self.lks_fixed_68 + other.lks_fixed_68)


@dataclass(frozen=True, slots=True)
class WorkerScenario:
    """One sheltered worker's scenario figures."""

    personnel_number: str
    municipality_code: str
    scenario: Scenario2028


def scenario_total(items: Iterable[WorkerScenario]) -> Scenario2028:
    """The company's (or a selection's) totals."""
    total = Scenario2028(ZERO, ZERO)
    for item in items:
        total = total + item.scenario
    return total


def scenario_by_municipality(items: Iterable[WorkerScenario]) -> dict[str, Scenario2028]:
    """Totals per municipality code."""
    result: dict[str, Scenario2028] = {}
    for item in items:
        result[item.municipality_code] = (
            result.get(item.municipality_code, Scenario2028(ZERO, ZERO)) + item.scenario
        )
    return result


def workers_losing(items: Iterable[WorkerScenario]) -> list[WorkerScenario]:
    """Workers whose subsidy would fall under the 68 % regime, largest loss first.

    By the difference in cents, as it is shown: a fall of less than half a cent is no fall,
    and workers whose loss shows the same are listed by personnel number (the figures
    beyond the cent depend on the order in which a worker's months were added).
    """
    shown = [(cents(item.scenario.difference), item) for item in items]
    losing = sorted(
        ((difference, item.personnel_number, item) for difference, item in shown if difference < 0),
        key=lambda entry: entry[:2],
    )
    return [item for _difference, _number, item in losing]


def distribution_key_share(year: int, old_share: Decimal, new_share: Decimal) -> Decimal:
    """A municipality's share of the national contribution in ``year`` during the phase-in."""
    if year < 2027:
        return old_share
    if year >= 2029:
        return new_share
    new_thirds = year - 2026
    return (old_share * (3 - new_thirds) + new_share * new_thirds) / 3


@dataclass(frozen=True, slots=True)
class KeyWeights:
    """User-entered weights of the new key (gewichten verdeelsleutel)."""

    realised_places: Decimal
    positive_advice: Decimal


def new_key_share(
    realised_places_share: Decimal, advice_share: Decimal, weights: KeyWeights
) -> Decimal:
    """A municipality's share under the new key: the weighted mean of its two shares.

    Raises:
        ValueError: for a negative weight or when both weights are zero.
    """
    total = weights.realised_places + weights.positive_advice
    if weights.realised_places < 0 or weights.positive_advice < 0 or total == 0:
        raise ValueError(f"weights must be non-negative and not both zero: {weights}")
    weighted = (
        realised_places_share * weights.realised_places + advice_share * weights.positive_advice
    )
    return weighted / total


def municipal_budget(national_amount: Decimal, share: Decimal) -> Decimal:
    """What a municipality receives: the national amount times its share."""
    return national_amount * share
