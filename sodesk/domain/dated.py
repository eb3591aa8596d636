"""Values that change on dates (gedateerde parameters).

Rules: the parameters of R2-R4 and R9 change on 1 January and 1 July; a value is in force
from its ``valid_from`` until the next one (reference/minimum_wage.csv, lks_parameters.csv;
resources/reference/SOURCES.md).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from sodesk.domain.period import Period

T = TypeVar("T")


@dataclass(frozen=True)  # no slots: DatedSeries[int]() must work on 3.11
class DatedSeries(Generic[T]):
    """A value in force from each ``valid_from`` date until the next (gedateerde reeks).

    Build it from ``(valid_from, value)`` pairs in any order.

    Raises:
        ValueError: when two pairs have the same ``valid_from``.
    """

    pairs: tuple[tuple[date, T], ...] = field(default=())
    if TYPE_CHECKING:
        # set per instance in __post_init__; declared apart from the fields so it is not
        # compared, shown or asked for by the constructor
        _starts: ClassVar[tuple[date, ...]]

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.pairs, key=lambda pair: pair[0]))
        for (first, _), (second, _) in pairwise(ordered):
            if first == second:
                raise ValueError(f"valid_from {first.isoformat()} occurs twice")
        object.__setattr__(self, "pairs", ordered)
        # looked up for every worker-month of a report: keep the dates ready
        object.__setattr__(self, "_starts", tuple(start for start, _ in ordered))

    @classmethod
    def of(cls, pairs: Iterable[tuple[date, T]]) -> DatedSeries[T]:
        """Build a series from any iterable of ``(valid_from, value)`` pairs."""
        return cls(tuple(pairs))

    def value_on(self, d: date) -> T | None:
        """The value in force on ``d``: the latest ``valid_from <= d``; None before the first."""
        index = bisect_right(self._starts, d)
        return self.pairs[index - 1][1] if index else None

    def valid_from_on(self, d: date) -> date | None:
        """The ``valid_from`` of the value in force on ``d``, or None."""
        index = bisect_right(self._starts, d)
        return self.pairs[index - 1][0] if index else None

    def change_dates(self) -> tuple[date, ...]:
        """Every ``valid_from``, in order."""
        return self._starts

    def segments(self, period: Period) -> list[tuple[Period, T | None]]:
        """Split ``period`` where the value changes; each part with its value (or None)."""
        return [(part, self.value_on(part.start)) for part in period.split_at(self.change_dates())]
