"""Tests for sodesk.domain.questionnaire (R11)."""

from decimal import Decimal

import pytest

from sodesk.domain.enums import WorkType
from sodesk.domain.questionnaire import (
    WAGE_VALUE_CATEGORIES,
    QuestionnaireWorker,
    average_wage_value,
    category_counts,
    questionnaire,
    wage_value_category,
)


@pytest.mark.parametrize(
    ("value", "index"),
    [
        ("0", 0),
        ("0.1999", 0),
        ("0.20", 1),
        ("0.2999", 1),
        ("0.30", 2),
        ("0.45", 3),
        ("0.5", 4),
        ("0.6", 5),
        ("1", 5),
    ],
)
def test_categories_with_boundary_in_the_higher_one(value: str, index: int) -> None:
    assert wage_value_category(Decimal(value)) == index


def test_six_labels() -> None:
    assert WAGE_VALUE_CATEGORIES == (
        "< 20 %",
        "20-30 %",
        "30-40 %",
        "40-50 %",
        "50-60 %",
        "60 % en hoger",
    )
    assert category_counts([Decimal("0.1"), Decimal("0.35"), Decimal("0.38")]) == (1, 0, 2, 0, 0, 0)
    assert average_wage_value([]) is None


def test_figures_per_work_type() -> None:
    inside = WorkType.SHELTERED_INSIDE
    workers = [
        QuestionnaireWorker(inside, Decimal(37), Decimal(9000), Decimal("0.30")),
        QuestionnaireWorker(inside, Decimal("18.5"), Decimal(4500), Decimal("0.50")),
        QuestionnaireWorker(inside, Decimal("18.5"), Decimal(0), None),
        QuestionnaireWorker(WorkType.GROUP_SECONDMENT, Decimal(37), Decimal(3000), Decimal("0.65")),
    ]
    result = questionnaire(workers, {inside: Decimal(50000)})
    f = result[inside]
    assert (f.headcount, f.fte, f.ntw, f.lks) == (3, Decimal(2), Decimal(50000), Decimal(13500))
    assert f.average_lks_per_fte == Decimal(6750)
    assert (f.measured_persons, f.average_wage_value) == (2, Decimal("0.4"))
    assert f.wage_value_categories == (0, 0, 1, 0, 1, 0)
    assert f.share == Decimal("0.75")
    empty = result[WorkType.SUPPORTED_EMPLOYMENT]
    assert (empty.headcount, empty.fte, empty.average_lks_per_fte, empty.average_wage_value) == (
        0,
        0,
        None,
        None,
    )
    assert result[WorkType.GROUP_SECONDMENT].ntw == 0
    other_week = questionnaire(workers, {}, fulltime_hours=Decimal(36))
    assert other_week[WorkType.GROUP_SECONDMENT].fte == Decimal(37) / 36
    assert questionnaire([], {})[inside].share is None
