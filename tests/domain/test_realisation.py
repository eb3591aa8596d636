"""Tests for sodesk.domain.realisation (R10)."""

from datetime import date
from decimal import Decimal

from sodesk.domain.enums import Placeable, TargetGroup
from sodesk.domain.realisation import (
    WaitingEntry,
    realisation,
    waiting_counts,
    waiting_total,
)

S = TargetGroup.SHELTERED


def test_counts_persons_and_jobs_of_31_hours_of_sheltered_workers_only() -> None:
    employed = [
        (S, Decimal(31)),
        (S, Decimal("15.5")),
        (S, Decimal(24)),
        (TargetGroup.WSW, Decimal(36)),
        (TargetGroup.JOBS_AGREEMENT, Decimal(31)),
    ]
    r = realisation(employed, target=4, waiting=3)
    assert r.persons == 3
    assert r.jobs_31h == Decimal("70.5") / 31
    assert r.percent == r.jobs_31h / 4
    assert r.gap == 4 - r.jobs_31h
    assert r.percent_persons == Decimal("0.75")
    assert r.gap_persons == 1
    assert r.waiting == 3


def test_without_target_no_percent_or_gap() -> None:
    r = realisation([(S, Decimal(31))], target=None, waiting=0)
    assert (r.target, r.percent, r.gap, r.percent_persons) == (None, None, None, None)
    assert r.jobs_31h == 1


def test_zero_target_gives_no_percent() -> None:
    r = realisation([(S, Decimal(31))], target=0, waiting=0)
    assert r.percent is None
    assert r.gap == -1


def test_waiting_list_on_a_date() -> None:
    entries = [
        WaitingEntry("0363", "1", date(2025, 1, 1), Placeable.NOW),
        WaitingEntry("0363", "2", date(2025, 2, 1), Placeable.LATER, "zorg"),
        WaitingEntry("0363", "3", date(2025, 1, 1), Placeable.NOW, placed_on=date(2025, 3, 1)),
        WaitingEntry("0363", "4", date(2025, 6, 1), Placeable.NOT),
    ]
    counts = waiting_counts(entries, date(2025, 2, 28))
    assert counts == {Placeable.NOW: 2, Placeable.LATER: 1, Placeable.NOT: 0}
    assert waiting_total(entries, date(2025, 3, 1)) == 2
    assert waiting_total(entries, date(2025, 6, 1)) == 3
