"""The rate editor of an activity (the card's Tarieven tab) as a history editor.

A new rate starts on the first of next month with the latest rate's unit; by default it ends
the previous open-ended rate the day before. A correction keeps the rate's id and asks a
reason for the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sodesk.domain import display
from sodesk.domain.enums import RateUnit
from sodesk.services import rates as svc
from sodesk.services.database import Sessions
from sodesk.services.errors import InputRejected
from sodesk.services.errors import rejected as refusal
from sodesk.ui.presenters.history import HistoryEditor


@dataclass(frozen=True, slots=True)
class RateForm:
    """The rate form as typed: ``valid_to`` counts only without ``open_end``."""

    valid_from: dt.date
    valid_to: dt.date
    open_end: bool
    unit: RateUnit | None
    price: str
    end_previous: bool = True


def first_of_next_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


class RatesEditor(HistoryEditor[svc.ActivityRates, svc.Rate, RateForm]):
    """New, corrected and deleted rates of one activity."""

    rejected = (InputRejected,)
    required = "price"

    def __init__(self, sessions: Sessions, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.today = today
        super().__init__(sessions)

    def rows(self) -> Sequence[svc.Rate]:
        return () if self.history is None else self.history.rates

    def blank(self) -> RateForm:
        start = first_of_next_month(self.today())
        rates = self.rows()
        unit = rates[-1].unit if rates else None
        end_previous = getattr(self, "form", None) is None or self.form.end_previous
        return RateForm(start, start, True, unit, "", end_previous)

    def loaded(self, row: svc.Rate) -> RateForm:
        end = row.valid_to
        price = display.number(row.price, svc.PRICE_PLACES)
        return RateForm(row.valid_from, end or row.valid_from, end is None, row.unit, price)

    def first_day(self, row: svc.Rate) -> dt.date:
        return row.valid_from

    def needs_reason(self) -> bool:
        return self.correcting is not None and self.correcting.id is not None

    def entry(self) -> svc.RateInput:
        """The form as a rate to save.

        Raises:
            InputRejected: for a price that is no price.
        """
        form = self.form
        valid_to = None if form.open_end else form.valid_to
        return svc.RateInput(form.valid_from, valid_to, form.unit, svc.parse_price(form.price))

    def plan(self) -> svc.Plan:
        assert self.history is not None
        entry = self.entry()
        if self.correcting is not None and self.correcting.id is not None:
            return svc.plan_correct(self.history.rates, self.correcting.id, entry)
        return svc.plan_add(self.history.rates, entry, end_previous=self.form.end_previous)

    def write(self, reason: str | None) -> None:
        rates, entry = self.history, self.entry()
        assert rates is not None
        if self.correcting is not None and self.correcting.id is not None:
            svc.correct_rate(
                self.sessions,
                rates.activity_id,
                rates.snapshot,
                self.correcting.id,
                entry,
                reason or "",
                who=self.who,
            )
        else:
            svc.add_rate(
                self.sessions,
                rates.activity_id,
                rates.snapshot,
                entry,
                end_previous=self.form.end_previous,
                who=self.who,
            )

    def remove(self, row: svc.Rate) -> None:
        rates = self.history
        assert rates is not None
        if row.id is None:
            raise refusal("rate", "Dit tarief is nog niet opgeslagen.")
        svc.delete_rate(self.sessions, rates.activity_id, rates.snapshot, row.id, who=self.who)
