"""Instellingen (settings): the dated parameters, the audit log and the users, read and written.

The Settings page and the log-in read and write only through this module. A controller's
usual change is a row for the next half year (a new minimum wage from 1 July); every addition
or edit carries a reason (reden), which goes into ``session.info["reason"]`` and so, through
storage/audit.py, into the audit log beside the old and the new value. One save is one
transaction. Values typed the Dutch way ("14,71", "23,5 %") are accepted; a value that will
not do raises :class:`InputRejected` naming the field and the value, and nothing is
written. Rows leave here as frozen dataclasses whose field names are the table's columns.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.enums import Role, WorkType
from sodesk.domain.money import decimal_places
from sodesk.services.errors import check_reason, rejected
from sodesk.services.permissions import Action, require
from sodesk.services.users import (
    SignedIn,
    UserProblem,
    create_user,
    needs_first_administrator,
    sign_in,
    unlock_user,
)
from sodesk.services.workers import mask_bsn
from sodesk.services.workspace import Workspace
from sodesk.storage import accounts
from sodesk.storage import tables as t
from sodesk.storage.base import Base
from sodesk.storage.database import transaction
from sodesk.storage.reference_data import in_dutch

AUDIT_ROWS = 200
#: fields whose values the changes table shows masked (a BSN's last four digits only)
MASKED_FIELDS = frozenset({"bsn"})
_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


# -- records -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MinimumWage:
    """Wettelijk minimumloon from a date: per hour (from 2024) or per month (before)."""

    valid_from: dt.date
    amount: Decimal
    unit: str
    note: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class LksEntry:
    """LKS parameters from a date (fractions: 0.08 is 8 %)."""

    valid_from: dt.date
    holiday_allowance: Decimal
    cap_fraction_of_wml: Decimal
    employer_cost_surcharge: Decimal
    status: str | None = None


@dataclass(frozen=True)
class RegimeEntry:
    """A fixed LKS regime (vaste LKS), such as the 68 % for sheltered work from 2028."""

    name: str
    valid_from: dt.date | None
    fraction_of_wml: Decimal
    surcharge_on_top: bool
    applies_to: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class CompanyYearEntry:
    """The company's own figures for a year (bedrijfsparameters)."""

    year: int
    employer_charges: Decimal
    coach_hourly_cost: Decimal
    wsw_fulltime_hours: Decimal


@dataclass(frozen=True)
class OverheadEntry:
    """Overhead (opslag) per productive hour for a work type in a year."""

    year: int
    work_type: WorkType
    rate_per_productive_hour: Decimal


@dataclass(frozen=True)
class PensionAgeEntry:
    """AOW-leeftijd in a year: years and months."""

    year: int
    years: int
    months: int
    status: str | None = None


Entry = MinimumWage | LksEntry | RegimeEntry | CompanyYearEntry | OverheadEntry | PensionAgeEntry

#: record type -> (table, key columns)
_TABLES: dict[type, tuple[type[Base], tuple[str, ...]]] = {
    MinimumWage: (t.MinimumWageRow, ("valid_from",)),
    LksEntry: (t.LksParameterRow, ("valid_from",)),
    RegimeEntry: (t.FixedRegimeRow, ("name",)),
    CompanyYearEntry: (t.CompanyYearRow, ("year",)),
    OverheadEntry: (t.OverheadRateRow, ("year", "work_type")),
    PensionAgeEntry: (t.PensionAgeRow, ("year",)),
}


@dataclass(frozen=True)
class ParameterTables:
    """Every dated parameter, oldest first (regimes by name)."""

    minimum_wage: list[MinimumWage]
    lks: list[LksEntry]
    regimes: list[RegimeEntry]
    company_years: list[CompanyYearEntry]
    overhead: list[OverheadEntry]
    pension_age: list[PensionAgeEntry]


@dataclass(frozen=True)
class Change:
    """One line of the audit log (wijziging): who changed which field of which record, and why.

    ``id`` orders the lines written in the same second.
    """

    id: int
    at: dt.datetime
    user: str
    table: str
    record: str
    action: str
    field: str | None
    old: str | None
    new: str | None
    reason: str | None


@dataclass(frozen=True)
class UserEntry:
    """A user as the users tab shows it: never the password hash."""

    username: str
    display_name: str
    role: Role
    active: bool
    #: locked after too many failed sign-ins (an administrator unlocks it)
    locked: bool = False


# -- reading -----------------------------------------------------------------------------------
def _read(session: Session, record: type) -> list[Any]:
    table, keys = _TABLES[record]
    names = [f.name for f in fields(record)]
    rows = session.scalars(select(table).order_by(*(getattr(table, k) for k in keys)))
    return [
        record(**{name: _shown(name, getattr(row, name)) for name in names}) for row in rows
    ]


def _shown(name: str, value: Any) -> Any:
    """A remark of the shipped tables in Dutch (a database filled before they were)."""
    return in_dutch(value) if name in ("note", "status", "applies_to") else value


def read_parameters(session: Session) -> ParameterTables:
    """Every dated and yearly parameter, for the Settings page."""
    return ParameterTables(
        _read(session, MinimumWage),
        _read(session, LksEntry),
        _read(session, RegimeEntry),
        _read(session, CompanyYearEntry),
        _read(session, OverheadEntry),
        _read(session, PensionAgeEntry),
    )


def recent_changes(
    session: Session, limit: int = AUDIT_ROWS, *, who: SignedIn | None = None
) -> list[Change]:
    """The newest ``limit`` lines of the audit log, the newest first; a BSN shows masked."""
    require(who, Action.READ_AUDIT_LOG)
    rows = session.scalars(
        select(t.AuditRow).order_by(t.AuditRow.at.desc(), t.AuditRow.id.desc()).limit(limit)
    )
    changes = []
    for r in rows:
        old, new = r.old_value, r.new_value
        if r.field in MASKED_FIELDS:
            old, new = mask_bsn(old) or None, mask_bsn(new) or None
        changes.append(
            Change(r.id, r.at, r.user, r.table_name, r.record_key, r.action, r.field, old, new,
                   r.reason)
        )  # fmt: skip
    return changes


def list_users(session: Session, *, who: SignedIn | None = None) -> list[UserEntry]:
    require(who, Action.MANAGE_USERS)
    return [
        UserEntry(a.username, a.display_name, Role(a.role), a.active, a.locked)
        for a in accounts.list_accounts(session)
    ]


# -- parsing what was typed --------------------------------------------------------------------
def parse_decimal(text: str, field: str, places: int = 2, column: str = "") -> Decimal:
    """A number typed the Dutch way: "14,71", "1.234,56", "14.71" or "€ 14,71".

    Args:
        text: what was typed.
        field: the field's Dutch name, for the message.
        places: the most decimals allowed.
        column: the error's ``field`` (the column name); ``field`` when not given.

    Raises:
        InputRejected: naming the field and the value when it is no number or has more
            than ``places`` decimals.
    """
    key = column or field
    value = text.strip().removeprefix("€").strip().replace(" ", "")
    if "," in value and "." in value:
        value = value.replace(".", "")
    if not _NUMBER.match(value):
        raise rejected(key, f"{field}: '{text}' is geen getal (typ bv. 14,71).")
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise rejected(key, f"{field}: '{text}' is geen getal.") from None
    if decimal_places(number) > places:
        raise rejected(key, f"{field}: '{text}' heeft meer dan {places} decimalen.")
    return number


def parse_percentage(text: str, field: str, column: str = "") -> Decimal:
    """A fraction from a percentage as typed: "23,5" or "23,5 %" -> 0.235 (0-100 %)."""
    percent = parse_decimal(text.strip().removesuffix("%"), field, 4, column)
    if not 0 <= percent <= 100:
        raise rejected(
            column or field, f"{field} moet tussen 0 % en 100 % liggen ('{text}')."
        )
    return percent / 100


def _amount(
    text: str, field: str, column: str, places: int, low: Decimal, high: Decimal
) -> Decimal:
    value = parse_decimal(text, field, places, column)
    if not low <= value <= high:
        raise rejected(column, f"{field} moet tussen {low} en {high} liggen ('{text}').")
    return value


def _first_of_month(day: dt.date) -> dt.date:
    if day.day != 1:
        raise rejected(
            "valid_from", f"geldig vanaf: {day:%d-%m-%Y} is geen eerste dag van een maand."
        )
    return day


def parse_date(text: str, column: str = "valid_from") -> dt.date | None:
    """A date typed as 01-07-2026 or 2026-07-01; None for nothing typed."""
    value = text.strip()
    if not value:
        return None
    for form in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise rejected(column, f"datum '{text}': typ bijvoorbeeld 01-01-2028.")


def _year(year: int) -> int:
    if not 2000 <= year <= 2100:
        raise rejected("year", f"jaar {year} ligt niet tussen 2000 en 2100.")
    return year


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def minimum_wage(valid_from: dt.date, amount: str, unit: str, note: str = "") -> MinimumWage:
    """A checked minimum-wage row: per hour € 1-100, per month € 100-10.000."""
    if unit not in ("hour", "month"):
        raise rejected("unit", f"eenheid '{unit}': kies uur of maand.")
    high = Decimal(100) if unit == "hour" else Decimal(10_000)
    low = Decimal(1) if unit == "hour" else Decimal(100)
    return MinimumWage(
        _first_of_month(valid_from),
        _amount(amount, "bedrag", "amount", 4, low, high),
        unit,
        _text(note),
        "ingevoerd in sodesk",
    )


def lks_parameters(
    valid_from: dt.date, holiday: str, cap: str, surcharge: str, status: str = ""
) -> LksEntry:
    return LksEntry(
        _first_of_month(valid_from),
        parse_percentage(holiday, "vakantiegeld", "holiday_allowance"),
        parse_percentage(cap, "maximum", "cap_fraction_of_wml"),
        parse_percentage(surcharge, "werkgeverslastenopslag", "employer_cost_surcharge"),
        _text(status),
    )


def fixed_regime(
    name: str, valid_from: dt.date | None, fraction: str, surcharge_on_top: bool,
    applies_to: str = "", status: str = "",
) -> RegimeEntry:  # fmt: skip
    return RegimeEntry(
        name,
        valid_from,
        parse_percentage(fraction, "percentage van het WML", "fraction_of_wml"),
        surcharge_on_top,
        _text(applies_to),
        _text(status),
    )


def company_year(year: int, charges: str, coach_cost: str, wsw_hours: str) -> CompanyYearEntry:
    return CompanyYearEntry(
        _year(year),
        parse_percentage(charges, "werkgeverslasten", "employer_charges"),
        _amount(coach_cost, "uurkosten jobcoach", "coach_hourly_cost", 2, Decimal(0), Decimal(500)),
        _amount(
            wsw_hours, "voltijd uren Wsw", "wsw_fulltime_hours", 2, Decimal("0.01"), Decimal(40)
        ),
    )


def overhead_rate(year: int, work_type: WorkType, rate: str) -> OverheadEntry:
    return OverheadEntry(
        _year(year),
        work_type,
        _amount(rate, "opslag per uur", "rate_per_productive_hour", 2, Decimal(0), Decimal(1000)),
    )


def pension_age(year: int, years: int, months: int, status: str = "") -> PensionAgeEntry:
    if not 60 <= years <= 75:
        raise rejected("years", f"AOW-leeftijd {years} jaar ligt niet tussen 60 en 75.")
    if not 0 <= months <= 11:
        raise rejected("months", f"maanden {months} liggen niet tussen 0 en 11.")
    return PensionAgeEntry(_year(year), years, months, _text(status))


# -- writing -----------------------------------------------------------------------------------
def save_entry(
    sessions: sessionmaker[Session],
    entry: Entry,
    reason: str,
    *,
    adding: bool,
    who: SignedIn | None = None,
) -> bool:
    """Add a row (``adding``) or change the row with the same key, in one transaction.

    Returns True when anything changed. The reason goes into the audit log with each field.

    Raises:
        InputRejected: no reason; a row to add whose key exists; a row to change that
            does not exist (any more); a regime to add (regimes are fixed by law and code).
    """
    require(who, Action.EDIT_PARAMETERS)
    reason = check_reason(reason)
    table, keys = _TABLES[type(entry)]
    if adding and isinstance(entry, RegimeEntry):
        raise rejected("name", "Vaste regelingen kunnen alleen worden gewijzigd.")
    described = ", ".join(str(getattr(entry, k)) for k in keys)
    with transaction(sessions) as session:
        session.info["reason"] = reason
        row = session.scalars(
            select(table).where(*(getattr(table, k) == getattr(entry, k) for k in keys))
        ).first()
        if adding:
            if row is not None:
                raise rejected(
                    keys[0], f"Er is al een regel voor {described}: kies Wijzigen."
                )
            row = table()
            session.add(row)
        elif row is None:
            raise rejected(keys[0], f"De regel voor {described} bestaat niet meer.")
        changed = adding
        for item in fields(entry):
            value = getattr(entry, item.name)
            if adding or (item.name not in keys and getattr(row, item.name) != value):
                setattr(row, item.name, value)
                changed = True
    return changed


# -- users and log-in --------------------------------------------------------------------------
def use_as_session_user(workspace: Workspace, username: str, token: str | None = None) -> None:
    """Every session from now on records its changes under ``username`` (the audit log) and
    carries the sign-in's ``token`` (on PostgreSQL an administrator's proof for user changes)."""
    info = dict(workspace.sessions.kw.get("info") or {})
    info["user"] = username
    info["token"] = token
    workspace.sessions.configure(info=info)


def has_users(workspace: Workspace) -> bool:
    with workspace.sessions() as session:
        return not needs_first_administrator(session)


def sign_in_workspace(workspace: Workspace, username: str, password: str) -> SignedIn:
    """Check the password (services.users.sign_in) and make the user the session user.

    Raises:
        LoginFailed: one message for an unknown user, a wrong password or a blocked account;
            its kinds SignInTooSoon and SignInLocked after repeated failures.
    """
    with transaction(workspace.sessions) as session:
        who = sign_in(session, username, password)
    use_as_session_user(workspace, who.username, who.token)
    return who


def create_first_administrator(
    workspace: Workspace, username: str, display_name: str, password: str
) -> SignedIn:
    """The first user of an empty database, signed in at once.

    Raises:
        UserProblem: a bad name or password, or another desk made a user meanwhile.
    """
    token = secrets.token_urlsafe(32)
    with transaction(workspace.sessions) as session:
        if not needs_first_administrator(session):
            raise UserProblem("er is intussen al een gebruiker: meld u aan")
        session.info["user"] = username.strip().lower()
        session.info["reason"] = "eerste beheerder"
        session.info["new_token"] = token
        try:
            row = create_user(session, username, display_name, Role.ADMINISTRATOR, password)
        except UserProblem as problem:
            if "beheerder" in str(problem):  # refused: someone else was first
                raise UserProblem("er is intussen al een gebruiker: meld u aan") from None
            raise
        who = SignedIn(row.username, row.display_name, Role.ADMINISTRATOR, token=token)
    use_as_session_user(workspace, who.username, who.token)
    return who


def add_user(
    sessions: sessionmaker[Session],
    username: str,
    display_name: str,
    role: Role,
    password: str,
    *,
    who: SignedIn | None = None,
) -> UserEntry:
    """A new user (services.users.create_user rules), in one transaction."""
    require(who, Action.MANAGE_USERS)
    with transaction(sessions) as session:
        session.info["reason"] = "gebruiker toegevoegd"
        row = create_user(session, username, display_name, role, password)
        return UserEntry(row.username, row.display_name, Role(row.role), row.active)


def deactivate_user(
    sessions: sessionmaker[Session], username: str, by: str, *, who: SignedIn | None = None
) -> None:
    """Block a user's log-in (the row stays: the audit log names them).

    Raises:
        InputRejected: for one's own account, the last active administrator, or
            without the right to manage users.
    """
    require(who, Action.MANAGE_USERS)
    if username == by:
        raise rejected("user", "U kunt uw eigen account niet blokkeren.")
    with transaction(sessions) as session:
        session.info["reason"] = "gebruiker geblokkeerd"
        outcome = accounts.deactivate(session, session.info.get("token"), username)
        if outcome == "last":
            raise rejected("user", "De laatste beheerder kan niet worden geblokkeerd.")
        if outcome == "denied":
            raise rejected("user", "Alleen een aangemelde beheerder blokkeert.")
        if outcome == "unknown":
            raise rejected("user", f"Gebruiker '{username}' bestaat niet.")


def unlock(sessions: sessionmaker[Session], username: str) -> None:
    """Open an account locked after failed sign-ins (audited).

    Raises:
        InputRejected: an unknown user, or without the right to manage users.
    """
    with transaction(sessions) as session:
        session.info["reason"] = "account ontgrendeld"
        try:
            unlock_user(session, username)
        except UserProblem as problem:
            raise rejected("user", str(problem)) from None


# -- the database connection -------------------------------------------------------------------
def shown_url(url: URL) -> str:
    """The URL without its password (for the screen)."""
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def check_database_url(text: str) -> str:
    """A database URL to store for the next start ("" for the embedded default).

    Raises:
        InputRejected: for text that is no sqlite or postgresql URL.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        url = make_url(text)
    except ArgumentError:
        raise rejected("database", f"'{text}' is geen database-URL.") from None
    if url.get_backend_name() not in ("sqlite", "postgresql", "postgres"):
        raise rejected(
            "database", f"'{text}': alleen sqlite:/// of postgresql:// wordt ondersteund."
        )
    return text
