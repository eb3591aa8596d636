"""One editor for a dated history: the rates of an activity, and its revenue, purchase and
production entries.

Both are a list of dated rows read with a snapshot, and a form that adds a row ("New"), loads
one to correct it ("Correct…") or deletes the selected one ("Delete…", after a question the
view asks). The presenter keeps the form as typed (the edit buffer), checks it with the
service's own pure rules on every edit, and saves through the service in one transaction
against the snapshot. What differs between the two histories (the form's fields, the blank
form, the check, the writes) is a handful of hooks a subclass fills in.

A check gives a :class:`Verdict`, never raises: whether Save may be pressed, and the service's
message with the field it belongs to. An empty required field is not told before the user
types in the form, so a fresh form is not red from the start.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from sodesk.domain.validation import Finding
from sodesk.services.database import Sessions
from sodesk.services.errors import InputRejected
from sodesk.services.users import SignedIn

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: Verdict.field of a line that has no history to edit (non-productive time): the view says so
NO_HISTORY = "no_history"
#: Verdict.field of a message that belongs to no one field
GENERAL = "general"


class History(Protocol):
    """What the editor needs of a history as read: the activity's code names the save."""

    @property
    def code(self) -> str: ...


HistoryT = TypeVar("HistoryT", bound=History)
RowT = TypeVar("RowT")
FormT = TypeVar("FormT", bound="DataclassInstance")  # a frozen dataclass: the form


@dataclass(frozen=True, slots=True)
class Verdict:
    """The form after a check or a save: may it be saved (or was it), and what to say where.

    ``message`` is the service's Dutch message, empty when there is nothing to tell; ``plan``
    what a save would write, for a view that describes it (a previous rate that will end);
    ``finding`` the refusal's finding, for a view that words it in the window's language.
    """

    ok: bool
    field: str = GENERAL
    message: str = ""
    plan: Any = None
    finding: Finding | None = None


class HistoryEditor(ABC, Generic[HistoryT, RowT, FormT]):
    """The state of a history editor: the history shown, the row being corrected (None: a new
    row) and the form as typed; checks and saves through the service."""

    #: the errors the service raises for input to mend (each with ``field`` and ``message``)
    rejected: tuple[type[Exception], ...]
    #: the text field a fresh form leaves empty (not told until the user types in the form)
    required: str

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        #: the signed-in user the saves are checked for
        self.who: SignedIn | None = None
        self.history: HistoryT | None = None
        self.correcting: RowT | None = None
        self.touched = False
        self._saved_code: str | None = None
        self.form: FormT = self.blank()
        self._filled = self.form

    # -- hooks -------------------------------------------------------------------------------
    @abstractmethod
    def blank(self) -> FormT:
        """The form for a new row."""

    @abstractmethod
    def loaded(self, row: RowT) -> FormT:
        """The form holding ``row`` to correct it."""

    @abstractmethod
    def first_day(self, row: RowT) -> dt.date:
        """The day ``row`` starts (the correction's title names it)."""

    @abstractmethod
    def plan(self) -> Any:
        """What a save would write, checked with the service's rules (no database).

        Raises:
            one of :attr:`rejected`, naming the field and the value.
        """

    @abstractmethod
    def write(self, reason: str | None) -> None:
        """Save the form (a new row, or the correction of :attr:`correcting`)."""

    @abstractmethod
    def remove(self, row: RowT) -> None:
        """Delete ``row``."""

    def rows(self) -> Sequence[RowT]:
        """The rows the table lists."""
        return ()

    def needs_reason(self) -> bool:
        """True when a save must carry a reason for the audit log (the view asks for it)."""
        return False

    # -- the form ----------------------------------------------------------------------------
    def show(self, history: HistoryT | None) -> bool:
        """Show a history (None: a line without one) with a new form; True when it is the
        history of the save just made (its figures are up to date)."""
        self.history = history
        self.new()
        just_saved = history is not None and history.code == self._saved_code
        if just_saved:
            self._saved_code = None
        return just_saved

    def new(self) -> Verdict:
        """A blank form for a new row."""
        self.correcting = None
        return self._fill(self.blank())

    def correct(self, row: RowT) -> Verdict:
        """The form holding ``row``; a save corrects it."""
        self.correcting = row
        return self._fill(self.loaded(row))

    def _fill(self, form: FormT) -> Verdict:
        self.form = self._filled = form
        self.touched = False
        return self.check()

    def edit(self, **changes: Any) -> Verdict:
        """The user changed fields of the form."""
        self.form = replace(self.form, **changes)
        self.touched = True
        return self.check()

    @property
    def dirty(self) -> bool:
        """True when the form differs from what it was filled with."""
        return self.form != self._filled

    def check(self) -> Verdict:
        """May the form be saved; else the first thing wrong, with its field."""
        if self.history is None:
            return Verdict(False, NO_HISTORY)
        try:
            plan = self.plan()
        except self.rejected as error:
            refusal = _refusal(error)
            quiet = not (self.touched or getattr(self.form, self.required))
            quiet = quiet and refusal.field == self.required
            return replace(refusal, message="") if quiet else refusal
        return Verdict(True, plan=plan)

    # -- saving ------------------------------------------------------------------------------
    def save(self, reason: str | None = None) -> Verdict:
        """Check again and save in one transaction; ``ok`` False when refused."""
        verdict = self.check()
        if not verdict.ok or self.history is None:
            return verdict
        return self._done(self.history, lambda: self.write(reason))

    def delete(self, row: RowT) -> Verdict:
        """Delete ``row`` (the view asked first); ``ok`` False when refused."""
        if self.history is None:
            return Verdict(False, NO_HISTORY)
        return self._done(self.history, lambda: self.remove(row))

    def _done(self, history: HistoryT, change: Callable[[], None]) -> Verdict:
        try:
            change()
        except self.rejected as error:
            return _refusal(error)
        self._saved_code = history.code
        return Verdict(True)


def _refusal(error: Exception) -> Verdict:
    finding = error.findings[0] if isinstance(error, InputRejected) else None
    field, message = getattr(error, "field", GENERAL), getattr(error, "message", str(error))
    return Verdict(False, field, message, finding=finding)
