"""The lines a period's money is attributed to (regels): activities and non-productive time.

Rule R6 (DOMAIN.md): a worker-month's wage cost and subsidies go to the activities worked on
and to the non-productive line of the worker's work type (niet-productief: verlof, verzuim,
leegloop), or of workers without a placement (``unplaced``).

Why a type: the run keys its sums by line, and the reports must tell an activity line from a
non-productive one. A :class:`LineKey` says which it is; the text form
(``non-productive:<work_type>``, or the activity's code) exists only where a report or a user
names a line, and :meth:`LineKey.parse` reads it back.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from sodesk.domain.enums import WorkType

__all__ = ["UNPLACED", "LineKey", "LineKind", "is_non_productive"]

UNPLACED = "unplaced"
"""The code of the non-productive line of workers without a placement."""

_SEPARATOR = ":"


class LineKind(StrEnum):
    """What a line holds."""

    ACTIVITY = "activity"
    NON_PRODUCTIVE = "non-productive"


class LineKey(NamedTuple):
    """A line: its kind, and the activity code or the work type (``unplaced``: none).

    A tuple, so that hashing and comparing it (the run does so for every worker-month) cost
    no more than for its text. Keys of one kind sort by code.
    """

    kind: LineKind
    code: str

    @staticmethod
    def activity(code: str) -> LineKey:
        """The line of the activity ``code``."""
        return LineKey(LineKind.ACTIVITY, code)

    @staticmethod
    def non_productive(work_type: WorkType | None) -> LineKey:
        """The non-productive line of a work type, or of workers without a placement."""
        return _NON_PRODUCTIVE[work_type]

    @property
    def work_type(self) -> WorkType | None:
        """The work type of a non-productive line (None: unplaced, or an activity line)."""
        if self.kind is LineKind.ACTIVITY:
            return None
        return _WORK_TYPES.get(self.code)

    @property
    def text(self) -> str:
        """The line as reports and users name it: the activity code, or
        ``non-productive:<work_type>``."""
        if self.kind is LineKind.ACTIVITY:
            return self.code
        return f"{self.kind.value}{_SEPARATOR}{self.code}"

    @staticmethod
    def parse(text: str) -> LineKey:
        """The line a report's code names (the inverse of :attr:`text`)."""
        kind, separator, code = text.partition(_SEPARATOR)
        if separator and kind == LineKind.NON_PRODUCTIVE.value:
            return LineKey(LineKind.NON_PRODUCTIVE, code)
        return LineKey(LineKind.ACTIVITY, text)


_WORK_TYPES = {work_type.value: work_type for work_type in WorkType}
_NON_PRODUCTIVE: dict[WorkType | None, LineKey] = {
    work_type: LineKey(LineKind.NON_PRODUCTIVE, UNPLACED if work_type is None else work_type.value)
    for work_type in (None, *WorkType)
}


def is_non_productive(code: str) -> bool:
    """Whether a report's line code names a non-productive line."""
    return LineKey.parse(code).kind is LineKind.NON_PRODUCTIVE
