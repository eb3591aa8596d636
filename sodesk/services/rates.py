"""Tariefafspraken (rate agreements) of an activity: read, checked and written.

The activity card's rate editor reads and writes only through this module. The usual change
is a new price from a date: the previous open-ended rate then ends the day before (unless the
user says otherwise). A correction of an existing rate carries a reason (reden), which goes
into ``session.info["reason"]`` and so, through storage/audit.py, into the audit log beside
the old and the new value; additions and deletions are logged too.

Every check (price >= 0, a unit, valid_to not before valid_from, no two rates of an activity
in force on the same day) is a pure function over the rates as read, so the screen can run it
as the user types; the save runs the same check again on the rates inside its transaction.
A save is based on the :class:`Snapshot` the user saw (the activity's version and every rate's
id and version): when another desk changed the rates meanwhile, the save is refused with a
message and nothing is written (optimistic locking, as in services/municipalities.py; a change
of the rates counts as a change of the activity, so two desks can never both add a rate).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sodesk.domain import display
from sodesk.domain.enums import RateUnit
from sodesk.domain.money import decimal_places
from sodesk.services.activity_lock import lock_activity, stale_rejection
from sodesk.services.errors import InputRejected, check_reason, refuse_negative, rejected
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.database import transaction

ONE_DAY = dt.timedelta(days=1)
PRICE_PLACES = 4  # the rates table keeps four decimals (a piece rate of € 0,0125)
PRICE_MAX = Decimal("99999999")
_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
UNIT_NAMES = {RateUnit.HOUR: "per uur", RateUnit.PIECE: "per stuk", RateUnit.MONTH: "per maand"}


# -- records -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Rate:
    """One rate agreement as stored; ``id`` None for a rate not yet saved."""

    id: int | None
    valid_from: dt.date
    valid_to: dt.date | None
    unit: RateUnit
    price: Decimal
    note: str | None = None
    version: int = 1

    def describe(self) -> str:
        """'€ 6,20 per uur van 01-01-2025 t/m 30-06-2025' (for messages)."""
        until = "open einde" if self.valid_to is None else display.date_nl(self.valid_to)
        price = f"{display.rate(self.price)} {UNIT_NAMES[self.unit]}"
        return f"{price} van {display.date_nl(self.valid_from)} t/m {until}"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the user saw: the activity's version and each rate's (id, version)."""

    activity_version: int
    rates: frozenset[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class ActivityRates:
    """An activity's rate history (oldest first) and the snapshot a save is based on."""

    activity_id: int
    code: str
    name: str
    rates: tuple[Rate, ...]
    snapshot: Snapshot


@dataclass(frozen=True, slots=True)
class RateInput:
    """A rate as typed, checked: valid_from, valid_to (None: open end), unit, price."""

    valid_from: dt.date
    valid_to: dt.date | None
    unit: RateUnit | None
    price: Decimal


# -- reading -----------------------------------------------------------------------------------
def _rate(row: t.RateRow) -> Rate:
    return Rate(row.id, row.valid_from, row.valid_to, row.unit, row.price, row.note, row.version)


def _activity_rates(activity: t.ActivityRow, rows: Sequence[t.RateRow]) -> ActivityRates:
    rates = tuple(_rate(r) for r in sorted(rows, key=lambda r: r.valid_from))
    snapshot = Snapshot(activity.version, frozenset((r.id, r.version) for r in rows))
    return ActivityRates(activity.id, activity.code, activity.name, rates, snapshot)


def all_activity_rates(
    session: Session, *, who: SignedIn | None = None
) -> dict[str, ActivityRates]:
    """Every activity's rate history by activity code (read with the page's figures)."""
    require(who, Action.READ_MONEY)
    by_activity: dict[int, list[t.RateRow]] = {}
    for row in session.scalars(select(t.RateRow)):
        by_activity.setdefault(row.activity_id, []).append(row)
    return {
        activity.code: _activity_rates(activity, by_activity.get(activity.id, []))
        for activity in session.scalars(select(t.ActivityRow))
    }


def activity_rates(
    session: Session, code: str, *, who: SignedIn | None = None
) -> ActivityRates | None:
    """One activity's rate history, or None for an unknown code."""
    require(who, Action.READ_MONEY)
    activity = session.scalars(select(t.ActivityRow).where(t.ActivityRow.code == code)).first()
    if activity is None:
        return None
    rows = session.scalars(select(t.RateRow).where(t.RateRow.activity_id == activity.id)).all()
    return _activity_rates(activity, rows)


# -- checking (pure: the screen runs these as the user types) ----------------------------------
def parse_price(text: str) -> Decimal:
    """A price typed the Dutch way: "6,20", "0,0125", "1.234,50", "6.20" or "€ 6,20".

    A dot is a thousands separator only beside a decimal comma ("1.234,50"); alone it is a
    decimal point ("0.125"), as the hours grid takes "7.5".

    Raises:
        InputRejected: (field "price") naming the value when it is no number, negative, has
            more than four decimals or is absurdly large.
    """
    value = text.strip().removeprefix("€").strip().replace(" ", "")
    if not value:
        raise rejected("price", "Prijs is verplicht (typ bv. 6,20).")
    if "," in value and _GROUPED.match(value):  # 1.234,50; a lone dot is a decimal point
        value = value.replace(".", "")
    if not _NUMBER.match(value):
        raise rejected("price", f"Prijs: '{text}' is geen bedrag (typ bv. 6,20).")
    price = Decimal(value.replace(",", "."))
    refuse_negative("price", "Prijs", price, text)
    if decimal_places(price) > PRICE_PLACES:
        raise rejected("price", f"Prijs: '{text}' heeft meer dan {PRICE_PLACES} decimalen.")
    if price > PRICE_MAX:
        raise rejected("price", f"Prijs '{text}' is te groot.")
    return price


def check_input(entry: RateInput) -> Rate:
    """The rate on its own: a unit, price >= 0, valid_to not before valid_from.

    Raises:
        InputRejected: naming the field and the value.
    """
    if entry.unit is None:
        raise rejected("unit", "Eenheid is verplicht: per uur, per stuk of per maand.")
    refuse_negative("price", "Prijs", entry.price)
    if entry.valid_to is not None and entry.valid_to < entry.valid_from:
        raise rejected(
            "valid_to",
            f"Geldig t/m {display.date_nl(entry.valid_to)} ligt voor geldig vanaf "
            f"{display.date_nl(entry.valid_from)}.",
        )
    return Rate(None, entry.valid_from, entry.valid_to, entry.unit, entry.price)


def _overlap_message(rate: Rate, other: Rate) -> InputRejected:
    if other.valid_from <= rate.valid_from:
        return rejected(
            "valid_from",
            f"Geldig vanaf {display.date_nl(rate.valid_from)} valt in het tarief "
            f"{other.describe()}: twee tarieven tegelijk kan niet.",
        )
    until = "open einde" if rate.valid_to is None else display.date_nl(rate.valid_to)
    return rejected(
        "valid_to",
        f"Geldig t/m {until} overlapt het tarief {other.describe()}: "
        f"laat dit tarief eindigen voor {display.date_nl(other.valid_from)}.",
    )


def _check_no_overlap(rate: Rate, others: Sequence[Rate]) -> None:
    for other in sorted(others, key=lambda r: r.valid_from):
        starts_before_end = rate.valid_to is None or other.valid_from <= rate.valid_to
        ends_after_start = other.valid_to is None or other.valid_to >= rate.valid_from
        if starts_before_end and ends_after_start:
            raise _overlap_message(rate, other)


def previous_open_rate(rates: Sequence[Rate], valid_from: dt.date) -> Rate | None:
    """The open-ended rate that starts before ``valid_from`` (a new rate ends it), or None."""
    candidates = [r for r in rates if r.valid_to is None and r.valid_from < valid_from]
    return max(candidates, key=lambda r: r.valid_from, default=None)


@dataclass(frozen=True, slots=True)
class Plan:
    """What a save will write: the rate to insert or update, and a previous rate to end."""

    rate: Rate
    ends: Rate | None = None


def plan_add(rates: Sequence[Rate], entry: RateInput, *, end_previous: bool = True) -> Plan:
    """A new rate from a date; with ``end_previous`` the open-ended rate before it ends the
    day before.

    Raises:
        InputRejected: for a bad field or a rate that would overlap another.
    """
    rate = check_input(entry)
    others = list(rates)
    ends = None
    if end_previous:
        previous = previous_open_rate(others, rate.valid_from)
        if previous is not None:
            ends = replace(previous, valid_to=rate.valid_from - ONE_DAY)
            others = [ends if r.id == previous.id else r for r in others]
    _check_no_overlap(rate, others)
    return Plan(rate, ends)


def plan_correct(rates: Sequence[Rate], rate_id: int, entry: RateInput) -> Plan:
    """A correction of rate ``rate_id`` (dates, unit and price).

    Raises:
        InputRejected: for a bad field, a rate that is gone, or an overlap with another.
    """
    current = next((r for r in rates if r.id == rate_id), None)
    if current is None:
        raise rejected("rate", "Dit tarief bestaat niet meer: ververs (F5).")
    checked = check_input(entry)
    rate = replace(
        current,
        valid_from=checked.valid_from,
        valid_to=checked.valid_to,
        unit=checked.unit,
        price=checked.price,
    )
    _check_no_overlap(rate, [r for r in rates if r.id != rate_id])
    return Plan(rate)


# -- writing -----------------------------------------------------------------------------------
def _stale(code: str) -> InputRejected:
    return stale_rejection(f"De tarieven van {code}", "tarieven")


def _locked(session: Session, activity_id: int, snapshot: Snapshot) -> ActivityRates:
    """The activity's rates as stored now; refused when they differ from ``snapshot``."""

    def read(activity: t.ActivityRow) -> ActivityRates:
        rows = session.scalars(select(t.RateRow).where(t.RateRow.activity_id == activity_id))
        return _activity_rates(activity, rows.all())

    return lock_activity(session, activity_id, snapshot, "rate", read, _stale)


def _write(session: Session, activity_id: int, plan: Plan, rows: dict[int, t.RateRow]) -> int:
    if plan.ends is not None:
        assert plan.ends.id is not None
        rows[plan.ends.id].valid_to = plan.ends.valid_to
        session.flush()  # the end first: the new rate must not overlap it even for a moment
    rate = plan.rate
    row = rows[rate.id] if rate.id is not None else t.RateRow(activity_id=activity_id)
    row.valid_from, row.valid_to, row.unit, row.price = (
        rate.valid_from,
        rate.valid_to,
        rate.unit,
        rate.price,
    )
    if rate.id is None:
        session.add(row)
    session.flush()  # the ORM's UPDATE checks each rate's version (StaleDataError)
    return row.id


@contextmanager
def _saving(
    sessions: sessionmaker[Session], activity_id: int, snapshot: Snapshot, reason: str | None
) -> Iterator[tuple[Session, ActivityRates]]:
    """One transaction over the rates as locked against ``snapshot`` (with ``reason`` for the
    audit log when given); a stale rate (another desk's save in between) becomes a message."""
    try:
        with transaction(sessions) as session:
            if reason is not None:
                session.info["reason"] = reason
            yield session, _locked(session, activity_id, snapshot)
    except StaleDataError:
        raise _stale("deze activiteit") from None


def _rows(session: Session, activity_id: int) -> dict[int, t.RateRow]:
    query = select(t.RateRow).where(t.RateRow.activity_id == activity_id)
    return {row.id: row for row in session.scalars(query)}


def add_rate(
    sessions: sessionmaker[Session],
    activity_id: int,
    snapshot: Snapshot,
    entry: RateInput,
    *,
    end_previous: bool = True,
    who: SignedIn | None = None,
) -> int:
    """Add a rate in one transaction (ending the previous open one); returns the new id.

    Raises:
        InputRejected: bad input, an overlap, or a stale ``snapshot``; nothing is written.
    """
    require(who, Action.EDIT_RATES)
    with _saving(sessions, activity_id, snapshot, None) as (session, current):
        plan = plan_add(current.rates, entry, end_previous=end_previous)
        return _write(session, activity_id, plan, _rows(session, activity_id))


def correct_rate(
    sessions: sessionmaker[Session],
    activity_id: int,
    snapshot: Snapshot,
    rate_id: int,
    entry: RateInput,
    reason: str,
    *,
    who: SignedIn | None = None,
) -> None:
    """Correct a rate in one transaction, with the reason in the audit log.

    Raises:
        InputRejected: no reason, bad input, an overlap, a rate that is gone or a stale
            ``snapshot``; nothing is written.
    """
    require(who, Action.EDIT_RATES)
    reason = check_reason(reason)
    with _saving(sessions, activity_id, snapshot, reason) as (session, current):
        plan = plan_correct(current.rates, rate_id, entry)
        _write(session, activity_id, plan, _rows(session, activity_id))


def delete_rate(
    sessions: sessionmaker[Session],
    activity_id: int,
    snapshot: Snapshot,
    rate_id: int,
    reason: str = "tarief verwijderd",
    *,
    who: SignedIn | None = None,
) -> None:
    """Delete a rate in one transaction (the audit log keeps its values).

    Raises:
        InputRejected: a rate that is gone or a stale ``snapshot``; nothing is deleted.
    """
    require(who, Action.EDIT_RATES)
    reason = reason.strip() or "tarief verwijderd"
    with _saving(sessions, activity_id, snapshot, reason) as (session, _):
        row = _rows(session, activity_id).get(rate_id)
        if row is None:
            raise rejected("rate", "Dit tarief bestaat niet meer: ververs (F5).")
        session.delete(row)
        session.flush()
