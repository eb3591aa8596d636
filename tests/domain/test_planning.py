"""Wage-value planning: due per coach and month; none for sheltered workers from 2028."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sodesk.domain.enums import ReassessTerm, TargetGroup
from sodesk.domain.parameters import STATUTORY_SHELTERED_2028
from sodesk.domain.planning import PlanWorker, plan_by_coach_and_month, reassessment_plan
from sodesk.domain.wage_value import Measurement

TODAY = date(2026, 11, 22)


def _worker(
    number: str,
    measured: date,
    term: ReassessTerm,
    *,
    coach: str = "Anouk",
    group: TargetGroup = TargetGroup.SHELTERED,
    end: date | None = None,
) -> PlanWorker:
    return PlanWorker(number, coach, group, (Measurement(measured, Decimal("0.4"), term),), end)


def test_due_and_overdue_reassessments_per_coach_and_month() -> None:
    workers = [
        _worker("P1", date(2025, 12, 1), ReassessTerm.MONTHS_6_12),  # due 2026-12-01
        _worker("P2", date(2026, 4, 15), ReassessTerm.WITHIN_6M),  # due 2026-10-15: overdue
        _worker("P3", date(2026, 1, 10), ReassessTerm.MONTHS_6_12, coach="Bram"),  # 2027-01-10
        _worker("P4", date(2026, 1, 10), ReassessTerm.NONE),  # no change expected
        _worker("P5", date(2026, 6, 1), ReassessTerm.YEARS_1_2),  # 2028-06-01: beyond horizon
        _worker("P6", date(2025, 12, 20), ReassessTerm.MONTHS_6_12, end=date(2026, 11, 30)),
    ]
    plan = reassessment_plan(workers, TODAY, date(2027, 1, 31), STATUTORY_SHELTERED_2028)
    assert [(p.personnel_number, p.due, p.overdue) for p in plan] == [
        ("P2", date(2026, 10, 15), True),
        ("P1", date(2026, 12, 1), False),
        ("P3", date(2027, 1, 10), False),
    ]
    grouped = plan_by_coach_and_month(plan)
    assert set(grouped) == {
        ("Anouk", date(2026, 10, 1)),
        ("Anouk", date(2026, 12, 1)),
        ("Bram", date(2027, 1, 1)),
    }


def test_from_2028_sheltered_workers_need_no_reassessment_but_others_do() -> None:
    workers = [
        _worker("S1", date(2027, 3, 1), ReassessTerm.MONTHS_6_12),  # due 2028-03-01
        _worker("J1", date(2027, 3, 1), ReassessTerm.MONTHS_6_12, group=TargetGroup.JOBS_AGREEMENT),
        _worker("S2", date(2026, 12, 1), ReassessTerm.MONTHS_6_12),  # due 2027-12-01: still
    ]
    plan = reassessment_plan(
        workers, date(2027, 6, 1), date(2028, 12, 31), STATUTORY_SHELTERED_2028
    )
    assert [p.personnel_number for p in plan] == ["S2", "J1"]


def test_the_outlook_and_the_plan_count_from_one_reference_day() -> None:
    from datetime import date

    from sodesk.domain.planning import outlook_first_year, reference_day

    today = date(2026, 12, 7)
    # a past year: the day after it; the outlook starts on that 1 January
    assert reference_day(date(2025, 12, 31), today) == date(2026, 1, 1)
    assert outlook_first_year(date(2026, 1, 1)) == 2026
    # the running year: today (nothing is overdue before its day); the next 1 January
    assert reference_day(date(2026, 12, 31), today) == today
    assert outlook_first_year(today) == 2027
