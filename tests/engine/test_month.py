"""Month by month attribution: what a second process is sent and sends back travels by the
standard pickle and must come back equal and with its exponents, or figures would change
in the JSON; a finding keeps the place one process would give it."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sodesk.domain.amounts import FIELDS, Amounts
from sodesk.domain.period import Period
from sodesk.engine.month import WorkerTotals
from sodesk.engine.records import MonthRead

decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: d.is_finite()
)


def _same(a: Decimal, b: Decimal) -> bool:
    return a == b and a.as_tuple() == b.as_tuple()


@given(
    st.lists(decimals, min_size=len(FIELDS), max_size=len(FIELDS)),
    st.integers(min_value=0, max_value=400),
)
def test_worker_totals_come_back_to_the_last_digit(values: list[Decimal], days: int) -> None:
    totals = WorkerTotals(*values, days_employed=days)
    back = pickle.loads(pickle.dumps(totals, protocol=pickle.HIGHEST_PROTOCOL))
    assert back.days_employed == days
    for name, value in zip(FIELDS, values, strict=True):
        assert _same(getattr(back, name), value)


def test_a_month_read_comes_back_with_its_dates_and_exponents() -> None:
    month = Period(dt.date(2025, 3, 15), dt.date(2025, 3, 31))  # a clipped first month
    first = dt.date(2025, 3, 1)
    read = MonthRead(
        month,
        [(1, 7, first, Decimal("8.00")), (2, 7, first, Decimal("0.50"))],
        [(1, None, "J. Jansen", first, Decimal("1.25")), (2, 7, "A. de Vries", first, Decimal(2))],
        {1: {7: {dt.date(2025, 3, 17): Decimal("7.50"), dt.date(2025, 3, 18): Decimal("0")}}},
    )
    back = pickle.loads(pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL))
    assert back.month == month
    assert back.productive == read.productive
    assert back.guidance == read.guidance
    assert back.daily == read.daily
    assert [str(row[3]) for row in back.productive] == ["8.00", "0.50"]
    assert str(back.guidance[1][4]) == "2"


def test_a_finding_keeps_its_first_place_in_worker_order_whatever_month_meets_it() -> None:
    from sodesk.domain.validation import Finding
    from sodesk.engine.month import Part, _note

    missing = Finding("parameters.no_company_year", "", "year", arguments={"year": 2026})
    part = Part()
    _note(part, [missing], (1, 1))  # January meets it at the second worker first
    _note(part, [missing], (0, 5))  # May at the first worker: one process says it there
    _note(part, [missing], (0, 6))
    assert part.findings[missing.said()][0][:2] == (0, 5)


def test_a_container_adds_its_amounts_only() -> None:
    """A worker's totals are Amounts with days: adding two gives the bare bundle, and
    ``plus`` keeps the days."""
    early = WorkerTotals(Decimal("10.5"), lks=Decimal(3), days_employed=31)
    late = WorkerTotals(Decimal("0.25"), paid_hours=Decimal(8), days_employed=28)
    assert early + late == Amounts(Decimal("10.75"), lks=Decimal(3), paid_hours=Decimal(8))
    assert type(early + late) is Amounts
    both = early.plus(late)
    assert (both.amounts(), both.days_employed) == (early + late, 59)
    assert pickle.loads(pickle.dumps(both)) == both
