"""Tests for sodesk.domain.attribution (R6): activities plus non-productive add up exactly."""

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.amounts import Amounts
from sodesk.domain.attribution import allocate, attribute_worker_month
from sodesk.domain.enums import WorkType
from sodesk.domain.lines import LineKey
from sodesk.domain.money import ZERO, cents
from sodesk.domain.period import Period
from sodesk.domain.worker_month import WorkerMonthFigures

AMOUNTS = ("wage_cost", "lks", "lks_fixed_68", "guidance_subsidy", "wsw_subsidy")
IDLE = LineKey.non_productive(WorkType.SHELTERED_INSIDE)
A, B, C, D, E = (LineKey.activity(code) for code in "ABCDE")


def month(paid: Decimal, **amounts: Decimal) -> WorkerMonthFigures:
    values = {name: amounts.get(name, ZERO) for name in AMOUNTS}
    return WorkerMonthFigures(
        personnel_number="P001",
        span=Period(date(2025, 7, 1), date(2025, 7, 31)),
        paid_hours=paid,
        days_employed=31,
        contract_hours=paid * 7 / 31,
        segments=(),
        regimes_used=(),
        findings=(),
        **values,
    )


def test_non_productive_keys() -> None:
    assert LineKey.non_productive(WorkType.GROUP_SECONDMENT).text == (
        "non-productive:group_secondment"
    )
    assert LineKey.non_productive(None).text == "non-productive:unplaced"


def test_hours_within_contract_split_over_paid_hours() -> None:
    figures = month(Decimal(100), wage_cost=Decimal(2000), lks=Decimal(1000))
    lines, findings = attribute_worker_month(
        figures, WorkType.SHELTERED_INSIDE, {A: Decimal(60), B: Decimal(20)}, {}
    )
    assert findings == []
    assert lines[A].wage_cost == Decimal(1200)
    assert lines[B].lks == Decimal(200)
    assert lines[IDLE].wage_cost == Decimal(400)
    assert lines[IDLE].paid_hours == Decimal(20)
    assert lines[IDLE].productive_hours == 0
    assert lines[A].productive_hours == Decimal(60)


def test_hours_beyond_contract_split_over_productive_hours_with_warning() -> None:
    figures = month(Decimal(100), wage_cost=Decimal(3000))
    lines, findings = attribute_worker_month(
        figures, WorkType.SHELTERED_INSIDE, {A: Decimal(90), B: Decimal(30)}, {}
    )
    assert set(lines) == {A, B}
    assert lines[A].wage_cost == Decimal(2250)
    assert lines[B].wage_cost == Decimal(750)
    assert [f.code for f in findings] == ["attribution.hours_beyond_contract"]
    assert findings[0].arguments == {
        "worker": findings[0].subject,
        "month": figures.span.start,
        "worked": Decimal(120),
        "paid": Decimal(100),
    }


def test_exactly_the_contract_leaves_no_non_productive_line() -> None:
    lines, _ = attribute_worker_month(
        month(Decimal(80), wage_cost=Decimal(1)), WorkType.SHELTERED_INSIDE, {A: Decimal(80)}, {}
    )
    assert set(lines) == {A}
    assert lines[A].wage_cost == Decimal(1)


def test_no_hours_at_all_goes_to_non_productive() -> None:
    lines, findings = attribute_worker_month(
        month(ZERO), WorkType.SHELTERED_INSIDE, {}, {None: Decimal(55)}
    )
    assert findings == []
    assert lines == {IDLE: Amounts(guidance_cost=Decimal(55))}


def test_paid_but_not_worked_goes_to_non_productive() -> None:
    lines, _ = attribute_worker_month(
        month(Decimal(100), lks=Decimal(7)), WorkType.WORK_ON_LOCATION, {A: ZERO}, {}
    )
    assert lines[LineKey.non_productive(WorkType.WORK_ON_LOCATION)].lks == Decimal(7)
    assert lines[A] == Amounts()


def test_unplaced_worker_warns() -> None:
    lines, findings = attribute_worker_month(month(Decimal(10), wage_cost=Decimal(1)), None, {}, {})
    assert lines[LineKey.non_productive(None)].wage_cost == Decimal(1)
    assert [f.code for f in findings] == ["attribution.unplaced"]


def test_guidance_cost_with_and_without_activity() -> None:
    lines, _ = attribute_worker_month(
        month(Decimal(100)),
        WorkType.SHELTERED_INSIDE,
        {A: Decimal(30), B: Decimal(10)},
        {C: Decimal(55), A: Decimal(10), None: Decimal(100)},
    )
    assert lines[C].guidance_cost == Decimal(55)
    assert lines[C].wage_cost == 0
    assert lines[A].guidance_cost == Decimal(10) + Decimal(75)
    assert lines[B].guidance_cost == Decimal(25)
    assert IDLE in lines and lines[IDLE].guidance_cost == 0


def test_negative_input_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        attribute_worker_month(month(Decimal(1)), None, {A: Decimal(-1)}, {})


def test_allocate_refuses_bad_weights() -> None:
    with pytest.raises(ValueError, match="negative"):
        allocate(Decimal(1), {"a": Decimal(-1)})
    with pytest.raises(ValueError, match="positive"):
        allocate(Decimal(1), {"a": ZERO})


def test_allocate_adds_up_exactly_for_thirds() -> None:
    parts = allocate(Decimal(100), {"a": Decimal(1), "b": Decimal(1), "c": Decimal(1)})
    assert parts["a"] == Decimal("33.333333333333")
    assert sum(parts.values()) == Decimal(100)
    assert allocate(ZERO, {"a": Decimal(1), "b": Decimal(2)}) == {"a": ZERO, "b": ZERO}


def test_amounts_add() -> None:
    one = Amounts(*(Decimal(i) for i in range(8)))
    total = one + one
    assert [getattr(total, f.name) for f in fields(total)] == [Decimal(2 * i) for i in range(8)]


amount = st.decimals(min_value=0, max_value=10**6, places=2).map(lambda d: d / 7)
hours = st.decimals(min_value=0, max_value=200, places=2)


@given(
    paid=st.decimals(min_value=0, max_value=250, places=2).map(lambda d: d * 31 / 7),
    amounts=st.fixed_dictionaries({name: amount for name in AMOUNTS}),
    productive=st.dictionaries(st.sampled_from([A, B, C, D]), hours, max_size=4),
    guidance=st.dictionaries(
        st.sampled_from([None, A, E]),
        st.decimals(min_value=0, max_value=5000, places=2),
        max_size=3,
    ),
    work_type=st.sampled_from([None, *WorkType]),
)
def test_attribution_adds_up_exactly_to_the_worker_month(
    paid: Decimal,
    amounts: dict[str, Decimal],
    productive: dict[LineKey, Decimal],
    guidance: dict[LineKey | None, Decimal],
    work_type: WorkType | None,
) -> None:
    figures = month(paid, **amounts)
    lines, _ = attribute_worker_month(figures, work_type, productive, guidance)
    rows = list(lines.values())
    for name in AMOUNTS:
        total = sum((getattr(row, name) for row in rows), ZERO)
        assert total == getattr(figures, name), name
        assert sum((getattr(row, name) for row in reversed(rows)), ZERO) == total
        assert cents(total) == cents(getattr(figures, name))
    assert sum((row.paid_hours for row in rows), ZERO) == paid
    assert sum((row.guidance_cost for row in rows), ZERO) == sum(guidance.values(), ZERO)
    assert sum((row.productive_hours for row in rows), ZERO) == sum(productive.values(), ZERO)
    assert all(getattr(row, name) >= 0 for row in rows for name in AMOUNTS)


@given(
    st.integers(min_value=-(10**28) + 1, max_value=10**28 - 1),
    st.integers(min_value=-40, max_value=10),
)
def test_the_exponent_read_from_the_text_is_the_decimals_own(coefficient: int, scale: int) -> None:
    from sodesk.domain.attribution import _exponent

    value = Decimal(coefficient).scaleb(scale)
    assert _exponent(value) == value.as_tuple().exponent
