"""The revenue, purchase and production editor of an activity (the card's "Omzet en inkoop"
tab) as a history editor.

The table lists the entries overlapping the page's period. A new entry is revenue over the
period's last month; a correction keeps the entry's kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sodesk.domain import display
from sodesk.domain.period import Period
from sodesk.services import activity_entries as svc
from sodesk.services.errors import InputRejected
from sodesk.ui.presenters.history import HistoryEditor


@dataclass(frozen=True, slots=True)
class EntryForm:
    """The entry form as typed; ``value`` is an amount or, for production, pieces."""

    kind: svc.EntryKind
    period_start: dt.date
    period_end: dt.date
    value: str


def overlaps(entry: svc.Entry, period: Period | None) -> bool:
    """True when ``entry`` lies (partly) in ``period`` (None: any period)."""
    return period is None or (entry.period_start <= period.end and entry.period_end >= period.start)


class EntriesEditor(HistoryEditor[svc.ActivityEntries, svc.Entry, EntryForm]):
    """New, corrected and deleted entries of one activity in the page's period."""

    rejected = (InputRejected,)
    required = "value"
    #: the page's period: the table lists what overlaps it, a new entry takes its last month
    period: Period | None = None

    def show_in(self, history: svc.ActivityEntries | None, period: Period | None) -> bool:
        """:meth:`show` for ``period``."""
        self.period = period
        return self.show(history)

    def rows(self) -> Sequence[svc.Entry]:
        if self.history is None:
            return ()
        return [e for e in self.history.entries if overlaps(e, self.period)]

    def blank(self) -> EntryForm:
        end = self.period.end if self.period else dt.date.today()
        return EntryForm(svc.EntryKind.REVENUE, end.replace(day=1), end, "")

    def loaded(self, row: svc.Entry) -> EntryForm:
        return EntryForm(row.kind, row.period_start, row.period_end, display.number(row.value))

    def first_day(self, row: svc.Entry) -> dt.date:
        return row.period_start

    def entry(self) -> svc.EntryInput:
        """The form as an entry to save.

        Raises:
            InputRejected: for a value that is no amount or number of pieces.
        """
        form = self.form
        value = svc.parse_value(form.value, form.kind)
        return svc.EntryInput(form.kind, form.period_start, form.period_end, value)

    def plan(self) -> svc.EntryInput:
        assert self.history is not None
        entry = self.entry()
        entry_id = None if self.correcting is None else self.correcting.id
        svc.check_entry(self.history.entries, entry, entry_id)
        return entry

    def write(self, reason: str | None) -> None:
        entries, entry = self.history, self.entry()
        assert entries is not None
        if self.correcting is not None:
            svc.correct_entry(
                self.sessions,
                entries.activity_id,
                entries.snapshot,
                self.correcting.id,
                entry,
                who=self.who,
            )
        else:
            svc.add_entry(self.sessions, entries.activity_id, entries.snapshot, entry, who=self.who)

    def remove(self, row: svc.Entry) -> None:
        entries = self.history
        assert entries is not None
        svc.delete_entry(
            self.sessions, entries.activity_id, entries.snapshot, row.kind, row.id, who=self.who
        )
