"""Wage value from a measurement (loonwaarde uit een loonwaardemeting), R1.

Source: seed 004 lines 5793-5805 (Uniforme Loonwaardebepaling: per main task
``time_share x tempo x quality x net_work_time``, summed over the tasks) and lines 5815-5823
(re-assessment terms: within 6 months, 6 months to 1 year, 1 to 2 years, no change expected;
after a trial placement or a change of tasks, usually after one year).

Rounding (afronding): the wage value of a measurement from tasks is the sum **rounded half-up
to whole percents** (Besluit loonkostensubsidie Participatiewet 2021, art. 3 lid 1:
"rekenkundig afgerond op hele procenten"): 44.6 % becomes 45 %, 44.5 % becomes 45 %, 44.49 %
becomes 44 %. Every rule uses that rounded value; the unrounded sum stays visible on the
measurement (:attr:`Measurement.measured_sum`). A bare percentage (an older method, an external
report, the college's decision) is used as entered, without rounding.

Re-assessment due date (herbeoordelingsdatum), a choice DOMAIN.md leaves open: the due date
is the **latest** day of the term's window, i.e. the deadline by which the next measurement
must be done: ``6m`` +6 months, ``6-12m`` +12 months, ``1-2y`` +2 years, ``none`` no date.
:func:`reassessment_window` gives the whole window (earliest, latest) for planning. After a
trial placement or a change of tasks the default term is ``6-12m``
(:data:`DEFAULT_TERM_AFTER_CHANGE`), whose deadline is the one year the seed names.

All figures are Decimal fractions (0.44 = 44 %).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sodesk.domain.enums import ReassessTerm
from sodesk.domain.money import ONE, ZERO
from sodesk.domain.period import Period, add_months

DEFAULT_TERM_AFTER_CHANGE = ReassessTerm.MONTHS_6_12
"""Term after a trial placement or a change of tasks: due within one year (seed 004 l. 5822)."""

WHOLE_PERCENT = Decimal("0.01")
"""The step a wage value from tasks is rounded to: one whole percent, as a fraction."""

_WINDOW_MONTHS: dict[ReassessTerm, tuple[int, int]] = {
    ReassessTerm.WITHIN_6M: (0, 6),
    ReassessTerm.MONTHS_6_12: (6, 12),
    ReassessTerm.YEARS_1_2: (12, 24),
}


def _check_fraction(field: str, value: Decimal) -> None:
    if not ZERO <= value <= ONE:
        raise ValueError(f"{field} must lie between 0 and 1, not {value}")


@dataclass(frozen=True, slots=True)
class TaskScore:
    """One main task of a measurement (hoofdtaak), all as fractions.

    Attributes:
        task: the task's name.
        time_share: share of working time on the task (tijdsbesteding).
        tempo: tempo against the benchmark job (tempo).
        quality: quality against the benchmark job (kwaliteit).
        net_work_time: share of time effectively worked (netto werktijd).

    Raises:
        ValueError: when a fraction lies outside 0-1, naming the field.
    """

    task: str
    time_share: Decimal
    tempo: Decimal
    quality: Decimal
    net_work_time: Decimal

    def __post_init__(self) -> None:
        for name in ("time_share", "tempo", "quality", "net_work_time"):
            _check_fraction(name, getattr(self, name))

    @property
    def performance(self) -> Decimal:
        """The task's labour performance (arbeidsprestatie)."""
        return self.time_share * self.tempo * self.quality * self.net_work_time


def round_wage_value(value: Decimal) -> Decimal:
    """A wage value rounded half-up to whole percents (afgerond op hele procenten): 0.446 -> 0.45.

    Besluit loonkostensubsidie Participatiewet 2021, art. 3 lid 1.
    """
    return value.quantize(WHOLE_PERCENT, rounding=ROUND_HALF_UP)


def unrounded_wage_value(tasks: Iterable[TaskScore]) -> Decimal:
    """The sum of the tasks' performances (gemeten, onafgerond), shown beside the wage value.

    Raises:
        ValueError: when there are no tasks or the time shares do not add up to exactly 1.
    """
    scores = list(tasks)
    total_share = sum((score.time_share for score in scores), ZERO)
    if not scores or total_share != ONE:
        raise ValueError(f"time_share of the tasks must add up to 1, not {total_share}")
    return sum((score.performance for score in scores), ZERO)


def wage_value_from_tasks(tasks: Iterable[TaskScore]) -> Decimal:
    """The wage value (loonwaarde) of a measurement from tasks: the sum, rounded (R1).

    Raises:
        ValueError: when there are no tasks or the time shares do not add up to exactly 1.
    """
    return round_wage_value(unrounded_wage_value(tasks))


@dataclass(frozen=True, slots=True)
class Measurement:
    """A wage-value measurement (loonwaardemeting), or a bare percentage from elsewhere.

    Attributes:
        measured_on: the date of the measurement; in force from that day.
        wage_value: the result as a fraction, the value every rule uses: for a measurement
            from tasks their sum rounded to whole percents, a bare percentage as entered.
        term: the re-assessment term.
        method: the method (e.g. "Dariuz", "ULW"), if known.
        assessor: who measured, if known.
        tasks: the tasks measured, when entered.

    Raises:
        ValueError: when the wage value lies outside 0-1.
    """

    measured_on: date
    wage_value: Decimal
    term: ReassessTerm = ReassessTerm.NONE
    method: str | None = None
    assessor: str | None = None
    tasks: tuple[TaskScore, ...] = ()

    def __post_init__(self) -> None:
        _check_fraction("wage_value", self.wage_value)

    @classmethod
    def from_tasks(
        cls,
        measured_on: date,
        tasks: Sequence[TaskScore],
        term: ReassessTerm = ReassessTerm.NONE,
        method: str | None = None,
        assessor: str | None = None,
    ) -> Measurement:
        """A measurement whose wage value follows from its tasks, rounded (R1)."""
        return cls(measured_on, wage_value_from_tasks(tasks), term, method, assessor, tuple(tasks))

    @property
    def measured_sum(self) -> Decimal | None:
        """The unrounded sum of the tasks (gemeten loonwaarde), None for a bare percentage.

        For display beside :attr:`wage_value` ("44,6 % gemeten, afgerond 45 %"); no rule uses it.
        """
        if not self.tasks:
            return None
        return sum((task.performance for task in self.tasks), ZERO)

    @property
    def due(self) -> date | None:
        """The re-assessment deadline, see :func:`reassessment_due`."""
        return reassessment_due(self.measured_on, self.term)


def reassessment_window(measured_on: date, term: ReassessTerm) -> Period | None:
    """The window in which the next measurement falls, or None for "no change expected"."""
    if term is ReassessTerm.NONE:
        return None
    earliest, latest = _WINDOW_MONTHS[term]
    return Period(add_months(measured_on, earliest), add_months(measured_on, latest))


def reassessment_due(measured_on: date, term: ReassessTerm) -> date | None:
    """The deadline for re-assessment: the last day of the term's window, or None."""
    window = reassessment_window(measured_on, term)
    return None if window is None else window.end


def measurement_in_force(measurements: Iterable[Measurement], d: date) -> Measurement | None:
    """The measurement in force on ``d``: the latest dated on or before ``d`` (R1).

    Of two measurements on the same date, the one given last wins.
    """
    found: Measurement | None = None
    for measurement in measurements:
        if measurement.measured_on <= d and (
            found is None or measurement.measured_on >= found.measured_on
        ):
            found = measurement
    return found


def due_for_reassessment(
    measurements: Iterable[Measurement], today: date, until: date
) -> Measurement | None:
    """The measurement in force today if its deadline is on or before ``until``, else None.

    A job coach's list of re-assessments due (overdue ones included) is this per worker.
    """
    current = measurement_in_force(measurements, today)
    if current is None or current.due is None or current.due > until:
        return None
    return current


@dataclass(frozen=True, slots=True)
class WageValueDevelopment:
    """How the wage value of people measured more than once developed (ontwikkeling loonwaarde).

    Counts of people only: a report may show it about a municipality without naming anyone.

    Attributes:
        persons: people with at least two measurements up to the reference day.
        up: of those, how many have a latest wage value above their first (gestegen).
        same: how many have the same first and latest wage value (gelijk gebleven).
        down: how many have a latest wage value below their first (gedaald).
        average_change: the mean of ``latest - first`` as a fraction (0.05 = 5 percentage
            points); None when nobody was measured twice.
    """

    persons: int
    up: int
    same: int
    down: int
    average_change: Decimal | None


def first_and_latest(
    measurements: Iterable[Measurement], until: date
) -> tuple[Measurement, Measurement] | None:
    """A person's first measurement and the one in force on ``until``; None below two.

    Only measurements dated on or before ``until`` count. Of two on the same date the one
    given first is the first, the one given last the latest (as :func:`measurement_in_force`).
    """
    dated = [m for m in measurements if m.measured_on <= until]
    latest = measurement_in_force(dated, until)
    if len(dated) < 2 or latest is None:
        return None
    first = min(dated, key=lambda m: m.measured_on)
    return first, latest


def wage_value_development(
    histories: Iterable[Iterable[Measurement]], until: date
) -> WageValueDevelopment:
    """Up, same, down and the average change for everyone measured at least twice by ``until``.

    Args:
        histories: each person's measurements (any order).
        until: the reference day, usually the last day of the report period.

    Returns:
        The counts and the mean change (fraction) of the people with two measurements or more.
    """
    changes: list[Decimal] = []
    for history in histories:
        pair = first_and_latest(history, until)
        if pair is not None:
            first, latest = pair
            changes.append(latest.wage_value - first.wage_value)
    return WageValueDevelopment(
        persons=len(changes),
        up=sum(1 for c in changes if c > 0),
        same=sum(1 for c in changes if c == 0),
        down=sum(1 for c in changes if c < 0),
        average_change=sum(changes, ZERO) / len(changes) if changes else None,
    )
