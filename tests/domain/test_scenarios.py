"""Tests for sodesk.domain.scenarios (R12)."""

from decimal import Decimal

import pytest

from sodesk.domain.money import ZERO
from sodesk.domain.scenarios import (
    KEY_2028_ASSUMPTION,
    KeyWeights,
    Scenario2028,
    WorkerScenario,
    distribution_key_share,
    municipal_budget,
    new_key_share,
    scenario_by_municipality,
    scenario_total,
    workers_losing,
)

ITEMS = [
    WorkerScenario("P1", "0363", Scenario2028(Decimal(1000), Decimal(900))),
    WorkerScenario("P2", "0363", Scenario2028(Decimal(500), Decimal(900))),
    WorkerScenario("P3", "0599", Scenario2028(Decimal(1000), Decimal(700))),
]


def test_difference_is_fixed_minus_now() -> None:
    assert Scenario2028(Decimal(10), Decimal(7)).difference == Decimal(-3)


def test_totals_per_company_and_municipality() -> None:
    total = scenario_total(ITEMS)
    assert (total.lks_now, total.lks_fixed_68, total.difference) == (2500, 2500, 0)
    by = scenario_by_municipality(ITEMS)
    assert by["0363"].difference == Decimal(300)
    assert by["0599"].difference == Decimal(-300)
    assert scenario_total([]) == Scenario2028(ZERO, ZERO)


def test_workers_who_would_receive_less_are_listed_largest_loss_first() -> None:
    assert [w.personnel_number for w in workers_losing(ITEMS)] == ["P3", "P1"]


def test_a_loss_is_counted_and_ordered_in_cents_as_it_is_shown() -> None:
    def worker(number: str, now: str, fixed: str) -> WorkerScenario:
        return WorkerScenario(number, "0363", Scenario2028(Decimal(now), Decimal(fixed)))

    items = [
        worker("P9", "100.00", "99.996"),  # shows as -0,00: no loss
        worker("P5", "100.001", "90"),  # -10,00 (sub-cent larger loss than P4's)
        worker("P4", "100", "90"),  # -10,00: the same shown loss, so by number
        worker("P7", "100", "89.995"),  # -10,01 (half a cent rounds up, away from zero)
    ]
    assert [w.personnel_number for w in workers_losing(items)] == ["P7", "P4", "P5"]


@pytest.mark.parametrize(
    ("year", "share"),
    [(2026, "0.3"), (2027, "0.4"), (2028, "0.5"), (2029, "0.6"), (2035, "0.6")],
)
def test_distribution_key_phase_in(year: int, share: str) -> None:
    assert distribution_key_share(year, Decimal("0.3"), Decimal("0.6")) == Decimal(share)
    assert "2028" in KEY_2028_ASSUMPTION


def test_new_key_share_is_weighted_mean() -> None:
    weights = KeyWeights(Decimal(3), Decimal(1))
    assert new_key_share(Decimal("0.02"), Decimal("0.06"), weights) == Decimal("0.03")
    with pytest.raises(ValueError, match="weights"):
        new_key_share(Decimal(1), Decimal(1), KeyWeights(ZERO, ZERO))
    with pytest.raises(ValueError, match="weights"):
        new_key_share(Decimal(1), Decimal(1), KeyWeights(Decimal(-1), Decimal(2)))


def test_municipal_budget() -> None:
    assert municipal_budget(Decimal(1000000), Decimal("0.012")) == Decimal(12000)
