"""Wage value over time (ontwikkeling loonwaarde) for people measured more than once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sodesk.domain.wage_value import (
    Measurement,
    WageValueDevelopment,
    first_and_latest,
    wage_value_development,
)

END = date(2025, 12, 31)


def m(day: str, percent: str) -> Measurement:
    return Measurement(date.fromisoformat(day), Decimal(percent) / 100)


def test_first_and_latest_count_only_measurements_up_to_the_day() -> None:
    history = [m("2025-06-01", "40"), m("2024-01-15", "30"), m("2026-02-01", "55")]
    first, latest = first_and_latest(history, END) or (None, None)
    assert (first, latest) == (history[1], history[0])
    assert first_and_latest(history, date(2025, 5, 31)) is None  # one measurement by then
    assert first_and_latest([], END) is None


def test_same_date_the_first_given_is_first_the_last_given_is_latest() -> None:
    history = [m("2025-03-01", "30"), m("2025-03-01", "35")]
    assert first_and_latest(history, END) == (history[0], history[1])


def test_up_same_down_and_the_average_change_in_points() -> None:
    """Up 30 -> 45 (+15), same 65 -> 65, down 25 -> 20 (-5): mean (15 + 0 - 5) / 3 points."""
    histories = [
        [m("2024-12-01", "30"), m("2025-03-10", "45")],
        [m("2024-06-01", "65"), m("2024-12-01", "65")],
        [m("2024-12-01", "20"), m("2024-06-01", "25")],  # any order
        [m("2024-12-01", "50")],  # measured once: not counted
        [m("2024-12-01", "15"), m("2026-06-01", "40")],  # second one after the day
    ]
    result = wage_value_development(histories, END)
    assert (result.persons, result.up, result.same, result.down) == (3, 1, 1, 1)
    assert result.average_change == Decimal("0.10") / 3
    assert result == WageValueDevelopment(3, 1, 1, 1, Decimal("0.10") / 3)


def test_the_latest_is_the_one_in_force_not_the_highest() -> None:
    """Three measurements 40, 60, 35: first 40, latest 35, down 5 points."""
    history = [m("2023-01-01", "40"), m("2024-01-01", "60"), m("2025-01-01", "35")]
    result = wage_value_development([history], END)
    assert (result.up, result.down, result.average_change) == (0, 1, Decimal("-0.05"))


def test_nobody_measured_twice_gives_no_average() -> None:
    result = wage_value_development([[m("2025-01-01", "40")], []], END)
    assert result == WageValueDevelopment(0, 0, 0, 0, None)
