"""Tests for sodesk.domain.wage_value (R1)."""

from datetime import date
from decimal import Decimal

import pytest

from sodesk.domain.enums import ReassessTerm
from sodesk.domain.period import Period
from sodesk.domain.wage_value import (
    DEFAULT_TERM_AFTER_CHANGE,
    Measurement,
    TaskScore,
    due_for_reassessment,
    measurement_in_force,
    reassessment_due,
    reassessment_window,
    round_wage_value,
    unrounded_wage_value,
    wage_value_from_tasks,
)

TASK_A = TaskScore("A", Decimal("0.60"), Decimal("0.50"), Decimal("0.90"), Decimal("0.80"))
TASK_B = TaskScore("B", Decimal("0.40"), Decimal("0.70"), Decimal("1.00"), Decimal("0.80"))


def test_domain_example_gives_exactly_44_percent() -> None:
    assert TASK_A.performance == Decimal("0.216")
    assert TASK_B.performance == Decimal("0.224")
    assert wage_value_from_tasks([TASK_A, TASK_B]) == Decimal("0.440")


def test_domain_example_measurement_is_44_percent_rounded_and_measured() -> None:
    m = Measurement.from_tasks(date(2025, 3, 1), [TASK_A, TASK_B])
    assert (m.wage_value, m.measured_sum) == (Decimal("0.44"), Decimal("0.440"))


# 0.5 x 0.8 x 0.9 x 0.7 + 0.5 x 0.4 x 0.97 x 1 = 0.252 + 0.194 = 0.446
FOLDING = TaskScore("Vouwen", Decimal("0.5"), Decimal("0.8"), Decimal("0.9"), Decimal("0.7"))
PACKING = TaskScore("Inpakken", Decimal("0.5"), Decimal("0.4"), Decimal("0.97"), Decimal("1"))


def test_a_measurement_of_44_6_percent_is_rounded_to_45() -> None:
    """Besluit loonkostensubsidie Participatiewet 2021 art. 3 lid 1: whole percents, half-up."""
    assert unrounded_wage_value([FOLDING, PACKING]) == Decimal("0.446")
    assert wage_value_from_tasks([FOLDING, PACKING]) == Decimal("0.45")
    m = Measurement.from_tasks(date(2025, 3, 1), [FOLDING, PACKING])
    assert m.wage_value == Decimal("0.45")
    assert m.measured_sum == Decimal("0.446")  # stays visible on the measurement


@pytest.mark.parametrize(
    ("measured", "rounded"),
    [
        ("0.446", "0.45"),
        ("0.445", "0.45"),  # half goes up
        ("0.4449", "0.44"),
        ("0.44", "0.44"),
        ("0.005", "0.01"),
        ("0.0049", "0.00"),
        ("0.995", "1.00"),
        ("1", "1.00"),
        ("0", "0.00"),
    ],
)
def test_rounding_half_up_to_whole_percents(measured: str, rounded: str) -> None:
    value = round_wage_value(Decimal(measured))
    assert value == Decimal(rounded)
    assert value == value.quantize(Decimal("0.01"))


def test_a_bare_percentage_is_used_as_entered() -> None:
    bare = Measurement(date(2025, 3, 1), Decimal("0.446"))
    assert bare.wage_value == Decimal("0.446")
    assert bare.measured_sum is None


def test_time_shares_must_add_up_to_one() -> None:
    with pytest.raises(ValueError, match="time_share"):
        wage_value_from_tasks([TASK_A])
    with pytest.raises(ValueError, match="time_share"):
        wage_value_from_tasks([])
    with pytest.raises(ValueError, match="time_share"):
        unrounded_wage_value([TASK_A])


def test_task_fraction_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="tempo"):
        TaskScore("A", Decimal(1), Decimal("1.1"), Decimal(1), Decimal(1))


def test_measurement_from_tasks_and_bare_percentage() -> None:
    m = Measurement.from_tasks(date(2025, 3, 1), [TASK_A, TASK_B], ReassessTerm.WITHIN_6M)
    assert m.wage_value == Decimal("0.44")
    assert m.tasks == (TASK_A, TASK_B)
    bare = Measurement(date(2025, 3, 1), Decimal("0.35"))
    assert bare.term is ReassessTerm.NONE and bare.tasks == ()
    with pytest.raises(ValueError, match="wage_value"):
        Measurement(date(2025, 3, 1), Decimal("-0.01"))


@pytest.mark.parametrize(
    ("term", "due", "window_start"),
    [
        (ReassessTerm.WITHIN_6M, date(2026, 2, 28), date(2025, 8, 31)),
        (ReassessTerm.MONTHS_6_12, date(2026, 8, 31), date(2026, 2, 28)),
        (ReassessTerm.YEARS_1_2, date(2027, 8, 31), date(2026, 8, 31)),
    ],
)
def test_reassessment_due_is_the_end_of_the_window(
    term: ReassessTerm, due: date, window_start: date
) -> None:
    measured = date(2025, 8, 31)
    assert reassessment_due(measured, term) == due
    assert reassessment_window(measured, term) == Period(window_start, due)
    assert Measurement(measured, Decimal("0.4"), term).due == due


def test_no_change_expected_has_no_due_date() -> None:
    assert reassessment_due(date(2025, 1, 1), ReassessTerm.NONE) is None
    assert reassessment_window(date(2025, 1, 1), ReassessTerm.NONE) is None


def test_default_after_change_is_due_after_one_year() -> None:
    assert reassessment_due(date(2025, 4, 15), DEFAULT_TERM_AFTER_CHANGE) == date(2026, 4, 15)


def test_measurement_in_force_is_latest_on_or_before() -> None:
    first = Measurement(date(2025, 1, 10), Decimal("0.30"))
    second = Measurement(date(2025, 6, 1), Decimal("0.40"))
    same_day = Measurement(date(2025, 6, 1), Decimal("0.45"))
    items = [second, first]
    assert measurement_in_force(items, date(2025, 1, 9)) is None
    assert measurement_in_force(items, date(2025, 1, 10)) is first
    assert measurement_in_force(items, date(2025, 5, 31)) is first
    assert measurement_in_force(items, date(2025, 6, 1)) is second
    assert measurement_in_force([second, same_day], date(2025, 7, 1)) is same_day


def test_due_for_reassessment() -> None:
    m = Measurement(date(2025, 1, 1), Decimal("0.3"), ReassessTerm.WITHIN_6M)
    never = Measurement(date(2025, 1, 1), Decimal("0.3"), ReassessTerm.NONE)
    assert due_for_reassessment([m], date(2025, 5, 1), date(2025, 7, 1)) is m
    assert due_for_reassessment([m], date(2025, 5, 1), date(2025, 6, 30)) is None
    assert due_for_reassessment([never], date(2025, 5, 1), date(2030, 1, 1)) is None
    assert due_for_reassessment([], date(2025, 5, 1), date(2030, 1, 1)) is None
