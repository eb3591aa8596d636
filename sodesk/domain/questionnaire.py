"""The sector questionnaire figures per work type (uitvraag loonwaarde en verdiencapaciteit), R11.

Rule R11 (DOMAIN.md; seed 004 lines 988-1021): per work type headcount, size of employment
(FTE), NTW, average LKS, average measured wage value, and the distribution over six
wage-value categories: below 20 %, 20-30 %, 30-40 %, 40-50 %, 50-60 %, 60 % and over (a
boundary goes to the higher category: 20 % is in 20-30 %).

Choices:

* FTE = contract hours per week / 37, the full-time week of cao Aan de Slag (R4), which
  governs sheltered workers; a caller may pass another full-time week.
* Average LKS is per FTE: the LKS over the period divided by the FTE (None without FTE).
* Average wage value is the plain mean over workers with a measured wage value.
* The share of headcount per work type is given for comparison with worktype_mix_2023.csv.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.enums import WorkType
from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.parameters import CAO_FULLTIME_WEEK

WAGE_VALUE_CATEGORIES = ("< 20 %", "20-30 %", "30-40 %", "40-50 %", "50-60 %", "60 % en hoger")
_LOWER_BOUNDS = tuple(Decimal(x) for x in ("0.2", "0.3", "0.4", "0.5", "0.6"))


def wage_value_category(fraction: Decimal) -> int:
    """Index 0-5 into :data:`WAGE_VALUE_CATEGORIES` for a wage value as a fraction."""
    return sum(1 for bound in _LOWER_BOUNDS if fraction >= bound)


@dataclass(frozen=True, slots=True)
class QuestionnaireWorker:
    """One worker's contribution: work type, average weekly contract, LKS, wage value."""

    work_type: WorkType
    contract_hours: Decimal
    lks: Decimal
    wage_value: Decimal | None


@dataclass(frozen=True, slots=True)
class QuestionnaireFigures:
    """The questionnaire's figures of a group of workers (percentages as fractions): one
    work type, or every work type together (totaal beschut werk)."""

    headcount: int
    fte: Decimal
    ntw: Decimal
    lks: Decimal
    average_lks_per_fte: Decimal | None
    measured_persons: int
    average_wage_value: Decimal | None
    wage_value_categories: tuple[int, int, int, int, int, int]


@dataclass(frozen=True, slots=True)
class WorkTypeFigures(QuestionnaireFigures):
    """The questionnaire's figures for one work type, with its share of the headcount."""

    work_type: WorkType
    share: Decimal | None


def category_counts(wage_values: Iterable[Decimal]) -> tuple[int, int, int, int, int, int]:
    """How many wage values fall in each of the six categories."""
    counts = [0] * len(WAGE_VALUE_CATEGORIES)
    for value in wage_values:
        counts[wage_value_category(value)] += 1
    return (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])


def average_wage_value(wage_values: Iterable[Decimal]) -> Decimal | None:
    """Mean of the measured wage values, None without any."""
    values = list(wage_values)
    return safe_div(sum(values, ZERO), Decimal(len(values)))


def questionnaire(
    workers: Iterable[QuestionnaireWorker],
    ntw_by_work_type: Mapping[WorkType, Decimal],
    fulltime_hours: Decimal = CAO_FULLTIME_WEEK,
) -> dict[WorkType, WorkTypeFigures]:
    """The figures per work type, for every work type (empty ones with zeros)."""
    rows = list(workers)
    headcount_all = Decimal(len(rows))
    result: dict[WorkType, WorkTypeFigures] = {}
    for work_type in WorkType:
        group = [w for w in rows if w.work_type is work_type]
        measured = [w.wage_value for w in group if w.wage_value is not None]
        fte = sum((w.contract_hours for w in group), ZERO) / fulltime_hours
        lks = sum((w.lks for w in group), ZERO)
        result[work_type] = WorkTypeFigures(
            work_type=work_type,
            headcount=len(group),
            fte=fte,
            ntw=ntw_by_work_type.get(work_type, ZERO),
            lks=lks,
            average_lks_per_fte=safe_div(lks, fte),
            measured_persons=len(measured),
            average_wage_value=average_wage_value(measured),
            wage_value_categories=category_counts(measured),
            share=safe_div(Decimal(len(group)), headcount_all),
        )
    return result
