"""Invoiced revenue, purchase value and production of an activity: read, checked and written.

Besides the import (revenue.csv, purchases.csv, production.csv), the activity card's "Omzet
en inkoop" tab reads and writes them through this module, so a controller can do the monthly
work without a CSV file. DOMAIN.md R5 decides what they do to
the figures: an invoice overlapping the period replaces rate x volume, a purchase lowers NTW,
production is priced at the piece rate; an entry past the period's edge counts for its share.

Every check (amount or pieces >= 0 and fitting its column, end not before start, the natural
key activity + period_start + period_end not taken by another entry of the same kind) is a pure
function, so the screen runs it as the user types; the save runs it again inside its
transaction. The entry tables have no version column, so a save is based on the
:class:`Snapshot` the user saw (the activity's version and every entry as read) and bumps the
activity's version in the same transaction, as services/rates.py does: of two desks changing
the same activity's entries, the second is refused and nothing is written.

These tables are not in storage/audit.py's AUDITED list: their changes are not logged.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain import display
from sodesk.domain.money import decimal_places
from sodesk.services.activity_lock import lock_activity, stale_rejection
from sodesk.services.errors import InputRejected, refuse_negative, rejected
from sodesk.services.permissions import Action, require
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.fits import misfit

_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
PLACES = 2  # amounts and pieces are both kept to the hundredth


class EntryKind(enum.StrEnum):
    """The three kinds of period entry of an activity."""

    REVENUE = "revenue"
    PURCHASE = "purchase"
    PRODUCTION = "production"

    @property
    def row_class(self) -> type[t.PeriodEntryRow]:
        return _ROWS[self]

    @property
    def column(self) -> str:
        """The value column: "pieces" for production, else "amount"."""
        return "pieces" if self is EntryKind.PRODUCTION else "amount"

    @property
    def noun(self) -> str:
        """Dutch name for messages: 'gefactureerde omzet', 'inkoop', 'productie'."""
        return _NOUNS[self]

    @property
    def value_label(self) -> str:
        """Dutch field name of the value: 'Bedrag' or 'Aantal stuks'."""
        return "Aantal stuks" if self is EntryKind.PRODUCTION else "Bedrag"


_ROWS: dict[EntryKind, type[t.PeriodEntryRow]] = {
    EntryKind.REVENUE: t.RevenueRow,
    EntryKind.PURCHASE: t.PurchaseRow,
    EntryKind.PRODUCTION: t.ProductionRow,
}
_NOUNS = {
    EntryKind.REVENUE: "gefactureerde omzet",
    EntryKind.PURCHASE: "inkoop",
    EntryKind.PRODUCTION: "productie",
}


# -- records -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Entry:
    """One entry as stored: an amount (revenue, purchase) or pieces (production)."""

    id: int
    kind: EntryKind
    period_start: dt.date
    period_end: dt.date
    value: Decimal

    def value_text(self) -> str:
        """'€ 1.234,50' or '1.200 stuks' (Dutch)."""
        if self.kind is EntryKind.PRODUCTION:
            places = 0 if self.value == self.value.to_integral_value() else PLACES
            return display.number(self.value, places) + " stuks"
        return display.euro(self.value)

    def describe(self) -> str:
        """'gefactureerde omzet € 500,00 van 01-03-2025 t/m 31-03-2025' (for messages)."""
        return (
            f"{self.kind.noun} {self.value_text()} van {display.date_nl(self.period_start)} "
            f"t/m {display.date_nl(self.period_end)}"
        )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the user saw: the activity's version and every entry as read."""

    activity_version: int
    entries: frozenset[Entry]


@dataclass(frozen=True, slots=True)
class ActivityEntries:
    """An activity's entries of every kind, newest first, and the snapshot a save is based on."""

    activity_id: int
    code: str
    name: str
    entries: tuple[Entry, ...]
    snapshot: Snapshot

    def of_kind(self, kind: EntryKind) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.kind is kind)


@dataclass(frozen=True, slots=True)
class EntryInput:
    """An entry as typed and parsed: kind, period and amount or pieces."""

    kind: EntryKind
    period_start: dt.date
    period_end: dt.date
    value: Decimal


# -- reading -----------------------------------------------------------------------------------
def _newest_first(entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(
        sorted(entries, key=lambda e: (e.period_start, e.period_end, e.kind.value), reverse=True)
    )


def _read(session: Session, activity: t.ActivityRow) -> ActivityEntries:
    entries: list[Entry] = []
    for kind in EntryKind:
        row_class = kind.row_class
        query = select(row_class).where(row_class.activity_id == activity.id)
        for row in session.scalars(query):
            value = getattr(row, kind.column)
            entries.append(Entry(row.id, kind, row.period_start, row.period_end, value))
    snapshot = Snapshot(activity.version, frozenset(entries))
    return ActivityEntries(
        activity.id, activity.code, activity.name, _newest_first(entries), snapshot
    )


def all_activity_entries(
    session: Session, *, who: SignedIn | None = None
) -> dict[str, ActivityEntries]:
    """Every activity's entries by activity code (read with the page's figures)."""
    require(who, Action.READ_MONEY)
    by_activity: dict[int, list[Entry]] = {}
    for kind in EntryKind:
        for row in session.scalars(select(kind.row_class)):
            value = getattr(row, kind.column)
            entry = Entry(row.id, kind, row.period_start, row.period_end, value)
            by_activity.setdefault(row.activity_id, []).append(entry)
    result = {}
    for activity in session.scalars(select(t.ActivityRow)):
        entries = by_activity.get(activity.id, [])
        snapshot = Snapshot(activity.version, frozenset(entries))
        result[activity.code] = ActivityEntries(
            activity.id, activity.code, activity.name, _newest_first(entries), snapshot
        )
    return result


def activity_entries(
    session: Session, code: str, *, who: SignedIn | None = None
) -> ActivityEntries | None:
    """One activity's entries, or None for an unknown code."""
    require(who, Action.READ_MONEY)
    activity = session.scalars(select(t.ActivityRow).where(t.ActivityRow.code == code)).first()
    return None if activity is None else _read(session, activity)


# -- checking (pure: the screen runs these as the user types) ----------------------------------
def parse_value(text: str, kind: EntryKind) -> Decimal:
    """An amount or a number of pieces typed the Dutch way: "1.234,50", "500", "12.5", "€ 80".

    The rules of services.rates.parse_price, with one difference: as at most two decimals are
    allowed, a dot before groups of three digits ("1.200") groups thousands; "7.5" is seven and
    a half. Not negative; small enough for its column.

    Raises:
        InputRejected: (field "value") naming the field and the value.
    """
    name = kind.value_label
    example = "1.200" if kind is EntryKind.PRODUCTION else "1.234,50"
    value = text.strip().removeprefix("€").strip().replace(" ", "")
    if not value:
        raise rejected("value", f"{name} is verplicht (typ bv. {example}).")
    if _GROUPED.match(value):  # "1.234,50", "1.200": with at most two decimals, a dot
        value = value.replace(".", "")  # before three digits can only group thousands
    if not _NUMBER.match(value):
        raise rejected("value", f"{name}: '{text}' is geen getal (typ bv. {example}).")
    number = Decimal(value.replace(",", "."))
    refuse_negative("value", name, number, text)
    if decimal_places(number) > PLACES:
        raise rejected("value", f"{name}: '{text}' heeft meer dan {PLACES} decimalen.")
    too_big = misfit(getattr(kind.row_class, kind.column), number, name)
    if too_big:
        raise rejected("value", too_big)
    return number


def check_input(entry: EntryInput) -> None:
    """The entry on its own: value >= 0 and fitting, end not before start.

    Raises:
        InputRejected: naming the field and the value.
    """
    name = entry.kind.value_label
    refuse_negative("value", name, entry.value)
    too_big = misfit(getattr(entry.kind.row_class, entry.kind.column), entry.value, name)
    if too_big:
        raise rejected("value", too_big)
    if entry.period_end < entry.period_start:
        raise rejected(
            "period_end",
            f"T/m {display.date_nl(entry.period_end)} ligt voor vanaf "
            f"{display.date_nl(entry.period_start)}.",
        )


def check_entry(entries: tuple[Entry, ...], entry: EntryInput, entry_id: int | None) -> None:
    """The entry against the others: its natural key must be free (``entry_id``: the entry
    being corrected, which may keep its own key).

    Raises:
        InputRejected: for a bad field or a key another entry holds (named in the message).
    """
    check_input(entry)
    for other in entries:
        same_key = (other.kind, other.period_start, other.period_end) == (
            entry.kind,
            entry.period_start,
            entry.period_end,
        )
        if same_key and other.id != entry_id:
            raise rejected(
                "period_start",
                f"Er is al {other.describe()}: corrigeer die regel, of kies een andere periode.",
            )


# -- writing -----------------------------------------------------------------------------------
def _stale(code: str) -> InputRejected:
    return stale_rejection(f"De omzet en inkoop van {code}", "regels")


def _locked(session: Session, activity_id: int, snapshot: Snapshot) -> ActivityEntries:
    """The activity's entries as stored now; refused when they differ from ``snapshot`` (the
    entry tables have no version of their own: the activity's is the lock)."""
    return lock_activity(
        session, activity_id, snapshot, "entry", lambda a: _read(session, a), _stale
    )


def _gone() -> InputRejected:
    return rejected("entry", "Deze regel bestaat niet meer: ververs (F5).")


def add_entry(
    sessions: sessionmaker[Session],
    activity_id: int,
    snapshot: Snapshot,
    entry: EntryInput,
    *,
    who: SignedIn | None = None,
) -> int:
    """Add an entry in one transaction; returns its id.

    Raises:
        InputRejected: bad input, a taken key or a stale ``snapshot``; nothing is written.
    """
    require(who, Action.EDIT_RATES)
    with transaction(sessions) as session:
        current = _locked(session, activity_id, snapshot)
        check_entry(current.entries, entry, None)
        row = entry.kind.row_class(
            activity_id=activity_id,
            period_start=entry.period_start,
            period_end=entry.period_end,
        )
        setattr(row, entry.kind.column, entry.value)
        session.add(row)
        session.flush()
        return row.id


def correct_entry(
    sessions: sessionmaker[Session],
    activity_id: int,
    snapshot: Snapshot,
    entry_id: int,
    entry: EntryInput,
    *,
    who: SignedIn | None = None,
) -> None:
    """Correct an entry (period and value; its kind stays) in one transaction.

    Raises:
        InputRejected: bad input, a taken key, an entry that is gone or a stale
            ``snapshot``; nothing is written.
    """
    require(who, Action.EDIT_RATES)
    with transaction(sessions) as session:
        current = _locked(session, activity_id, snapshot)
        if not any(e.id == entry_id and e.kind is entry.kind for e in current.entries):
            raise _gone()
        check_entry(current.entries, entry, entry_id)
        row = session.get(entry.kind.row_class, entry_id)
        if row is None:
            raise _gone()
        row.period_start, row.period_end = entry.period_start, entry.period_end
        setattr(row, entry.kind.column, entry.value)
        session.flush()


def delete_entry(
    sessions: sessionmaker[Session],
    activity_id: int,
    snapshot: Snapshot,
    kind: EntryKind,
    entry_id: int,
    *,
    who: SignedIn | None = None,
) -> None:
    """Delete an entry in one transaction.

    Raises:
        InputRejected: an entry that is gone or a stale ``snapshot``; nothing is deleted.
    """
    require(who, Action.EDIT_RATES)
    with transaction(sessions) as session:
        current = _locked(session, activity_id, snapshot)
        if not any(e.id == entry_id and e.kind is kind for e in current.entries):
            raise _gone()
        row = session.get(kind.row_class, entry_id)
        if row is None:
            raise _gone()
        session.delete(row)
        session.flush()
