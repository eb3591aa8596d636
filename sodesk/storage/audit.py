"""The audit log: every change to people, wage values, rates, parameters, users and guidance,
recorded with who, when, which field, the old and the new value, in the same transaction as
the change; and events that change nothing but must be accounted for (a BSN shown in full).

On SQLite it hooks into SQLAlchemy's ``before_flush`` event, so no use case can forget it:
whatever a screen or a command changes through the ORM is logged. The user and an optional
reason come from ``session.info`` ("user", "reason"). Bulk imports write through Core in one
statement per file; they are recorded as an import run (``import_runs``) instead of row by row.

On PostgreSQL the database writes the log itself: triggers on every audited table (migration
0007) log each change, through sodesk or psql, with the login (``session_user``) and the
sodesk user and reason this module names for the transaction (``sodesk.user``,
``sodesk.reason``, set local at its start and before each flush); a desk's login cannot
insert into the log. Here the Python writer steps aside, so no change is logged twice.
Events that are no table change go through :func:`write_audit_event` on both backends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text, tuple_
from sqlalchemy.orm import Session

from sodesk.domain import display
from sodesk.storage import tables as t
from sodesk.storage.base import Base

AUDITED: tuple[type[Base], ...] = (
    t.WorkerRow,
    t.EmploymentRow,
    t.PlacementRow,
    t.WageValueRow,
    t.WageValueTaskRow,
    t.RateRow,
    t.RevenueRow,
    t.PurchaseRow,
    t.ProductionRow,
    t.ActivityRow,
    t.MunicipalityRow,
    t.MunicipalityYearRow,
    t.MinimumWageRow,
    t.LksParameterRow,
    t.FixedRegimeRow,
    t.CompanyYearRow,
    t.OverheadRateRow,
    t.UserRow,
    t.WaitingListRow,
    t.GuidanceRow,
)
#: never written to the log in clear text
SECRET = {"password_hash"}
#: written to the log masked: a BSN shows its last three digits only
MASKED = {"bsn"}
#: (table, field) written to the log as "•••": a guidance note is for the coach, not for
#: every reader of the log (a manager reads the log but no notes)
HIDDEN = {("guidance", "note")}
#: not logged as fields: the version, and the sign-in counters (their events are logged)
SKIPPED = {"version", "failed_sign_ins", "retry_after"}
MASK = "•"


def mask_for_log(value: str | None) -> str | None:
    """'••••••333': what the audit log keeps of a BSN (migration 0004 masks older rows)."""
    if not value:
        return value
    return MASK * max(len(value) - 3, 0) + value[-3:]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _key(instance: Any) -> str:
    """The record's primary key, "/"-joined (as the PostgreSQL triggers write it).

    New records are logged after the flush that gave them their key (``_record_inserts``).
    """
    state = inspect(instance)
    identity = state.identity
    if identity is None:
        identity = state.mapper.primary_key_from_instance(instance)
    return "/".join(str(part) for part in identity)


def _columns(instance: Any) -> list[str]:
    return [c.key for c in inspect(instance).mapper.column_attrs if c.key not in SKIPPED]


def _logged(field: str | None, value: Any, table: str = "") -> str | None:
    if field in SECRET or (table, field) in HIDDEN:
        return "•••" if value else _text(value)
    if field in MASKED:
        return mask_for_log(_text(value))
    return _text(value)


def _db_user(session: Session) -> str | None:
    """The login the session's engine connects with (None for a SQLite file)."""
    try:
        url = session.get_bind().engine.url
    except Exception:  # an unbound session: nothing to name
        return None
    return url.username or None


def _entries(session: Session, *, inserts: bool = False) -> list[t.AuditRow]:
    """The log rows of the session's updates and deletes, or (``inserts``) of its new
    records, whose keys exist once they are flushed."""
    user = str(session.info.get("user", "systeem"))
    db_user = _db_user(session)
    reason = session.info.get("reason")
    now = dt.datetime.now().replace(microsecond=0)
    rows: list[t.AuditRow] = []

    def add(instance: Any, action: str, field: str | None, old: Any, new: Any) -> None:
        rows.append(
            t.AuditRow(
                at=now,
                user=user,
                db_user=db_user,
                table_name=instance.__tablename__,
                record_key=_key(instance),
                action=action,
                field=field,
                old_value=_logged(field, old, instance.__tablename__),
                new_value=_logged(field, new, instance.__tablename__),
                reason=reason,
            )
        )

    if inserts:
        for instance in session.new:
            if isinstance(instance, AUDITED):
                for name, value in _filled(instance):
                    add(instance, "insert", name, None, value)
        return rows
    for instance in session.dirty:
        if isinstance(instance, AUDITED) and session.is_modified(instance):
            for name, old, new in _changes(instance):
                add(instance, "update", name, old, new)
    for instance in session.deleted:
        if isinstance(instance, AUDITED):
            for name, value in _filled(instance):
                add(instance, "delete", name, value, None)
    return rows


def _filled(instance: Any) -> Iterator[tuple[str, Any]]:
    """The columns of a new or deleted record that hold a value (its id is its key)."""
    for name in _columns(instance):
        value = getattr(instance, name)
        if value is not None and name != "id":
            yield name, value


def _changes(instance: Any) -> Iterator[tuple[str, Any, Any]]:
    """(column, old, new) of each column of a changed record whose value differs."""
    state = inspect(instance)
    for name in _columns(instance):
        history = state.attrs[name].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                yield name, old, new


def _name_the_transaction(session: Session, connection: Connection) -> None:
    """Tell the database's triggers who works in this transaction and why (PostgreSQL)."""
    reason = session.info.get("reason")
    connection.execute(
        text(
            "SELECT set_config('sodesk.user', :user, true), "
            "set_config('sodesk.reason', :why, true)"
        ),
        {
            "user": str(session.info.get("user", "systeem")),
            "why": "" if reason is None else str(reason),
        },
    )


@event.listens_for(Session, "after_begin")
def _transaction_begins(session: Session, _transaction: Any, connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        _name_the_transaction(session, connection)


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("audit", True) is False:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _name_the_transaction(session, connection)  # the reason may have been given since
        return
    rows = _entries(session)
    if rows:
        session.add_all(rows)


@event.listens_for(Session, "after_flush")
def _record_inserts(session: Session, _context: Any) -> None:
    """New records are logged once the flush gave them their keys (``session.new`` still
    lists them here), written through Core in the flush's own transaction."""
    if session.info.get("audit", True) is False:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return
    rows = _entries(session, inserts=True)
    if rows:
        columns = [c.key for c in inspect(t.AuditRow).mapper.column_attrs if c.key != "id"]
        connection.execute(
            insert(t.AuditRow), [{c: getattr(row, c) for c in columns} for row in rows]
        )


def write_audit_event(
    session: Session,
    table_name: str,
    record_key: str,
    action: str,
    *,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    reason: str | None = None,
    user: str | None = None,
) -> None:
    """Log something that is no table change (a BSN shown, a failed sign-in), in the
    caller's transaction. ``action`` is the event's name, never insert, update or delete.

    The sodesk user is the session's (or ``user``); on PostgreSQL a SECURITY DEFINER
    function writes the row with the real database login, since a desk cannot insert into
    the log. A BSN is masked and a password hash never written, as for changes.
    """
    if action in ("insert", "update", "delete"):
        raise ValueError(f"audit event '{action}' is a table change")
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        if user is not None:
            connection.execute(
                text("SELECT set_config('sodesk.user', :user, true)"), {"user": user}
            )
        connection.execute(
            text("SELECT sodesk_audit_event(:t, :k, :a, :f, :o, :n, :r)"),
            {"t": table_name, "k": record_key, "a": action, "f": field,
             "o": _text(old), "n": _text(new), "r": reason},
        )  # fmt: skip
        if user is not None:
            _name_the_transaction(session, connection)
        return
    session.add(
        t.AuditRow(
            at=dt.datetime.now().replace(microsecond=0),
            user=user or str(session.info.get("user", "systeem")),
            db_user=_db_user(session),
            table_name=table_name,
            record_key=record_key,
            action=action,
            field=field,
            old_value=_logged(field, old),
            new_value=_logged(field, new),
            reason=reason if reason is not None else session.info.get("reason"),
        )
    )
    session.flush()


def record_event(
    session: Session,
    table_name: str,
    record_key: str,
    action: str,
    field: str | None = None,
    detail: str | None = None,
) -> None:
    """An event that changed nothing (a full BSN shown): :func:`write_audit_event` with
    ``detail`` as the new value."""
    write_audit_event(session, table_name, record_key, action, field=field, new=detail)


def last_change_among(
    session: Session, records: list[tuple[str, str]], labels: dict[str, str] | None = None
) -> str | None:
    """:func:`last_change` of whichever of ``records`` (table name, record key) changed last:
    a municipality's own settings or one of its yearly rows, say."""
    if not records:
        return None
    newest = session.execute(
        select(t.AuditRow.table_name, t.AuditRow.record_key)
        .where(tuple_(t.AuditRow.table_name, t.AuditRow.record_key).in_(records))
        .order_by(t.AuditRow.id.desc())
        .limit(1)
    ).first()
    return None if newest is None else last_change(session, newest[0], newest[1], labels)


def last_change(
    session: Session, table_name: str, record_key: str, labels: dict[str, str] | None = None
) -> str | None:
    """'door anna (database: sodesk_anna) op 24-11-2026 om 10:15 (reden, geplaatst op)': who
    last changed a record and which fields (``labels`` names them on screen), for the message
    that refuses a stale save. None when the log knows no change of the record."""
    newest = session.scalars(
        select(t.AuditRow)
        .where(t.AuditRow.table_name == table_name, t.AuditRow.record_key == record_key)
        .order_by(t.AuditRow.id.desc())
        .limit(1)
    ).first()
    if newest is None:
        return None
    fields = session.scalars(
        select(t.AuditRow.field)
        .where(
            t.AuditRow.table_name == table_name,
            t.AuditRow.record_key == record_key,
            t.AuditRow.user == newest.user,
            t.AuditRow.at == newest.at,
        )
        .order_by(t.AuditRow.id)
    ).all()
    who = newest.user
    if newest.db_user and newest.db_user != newest.user:
        who += f" (database: {newest.db_user})"
    names = labels or {}
    named = ", ".join(dict.fromkeys(names.get(f, f.replace("_", " ")) for f in fields if f))
    when = f"{display.date_nl(newest.at.date())} om {newest.at:%H:%M}"
    return f"door {who} op {when}" + (f" ({named})" if named else "")
