"""Rebuild a deleted row from the audit log and insert it again through the ORM.

storage/audit.py writes one line per field when the ORM deletes a row of an audited table:
the old value as text, the table, the record key (the primary key, "/"-joined), the user and
the second. Those lines, read back by the column types of the mapped table, are the row again
unless something is missing: a secret or masked field (a password hash, a BSN) was never
logged in clear, and a worker's hours and guidance are not audited at all. Rows deleted in
the same flush that point at the deleted row through a foreign key (the tasks of a wage-value
measurement) come back with it. Everything is checked before anything is inserted, and the
insert is an ORM insert, so the restore is itself in the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, func, inspect, select
from sqlalchemy.orm import Mapper, Session

from sodesk.domain import display
from sodesk.storage import tables as t
from sodesk.storage.audit import AUDITED, MASKED, SECRET, SKIPPED

#: what each audited table is called on screen (one record of it)
TABLE_LABELS = {
    "workers": "medewerker",
    "employments": "dienstverband",
    "placements": "plaatsing",
    "wage_values": "loonwaardemeting",
    "wage_value_tasks": "taak van een loonwaardemeting",
    "rates": "tarief",
    "activities": "activiteit",
    "municipalities": "gemeente",
    "municipality_years": "gemeentejaar",
    "minimum_wage": "minimumloon",
    "lks_parameters": "LKS-parameters",
    "fixed_lks_regimes": "vaste LKS-regeling",
    "company_years": "bedrijfsjaar",
    "overhead_rates": "overheadtarief",
    "users": "gebruiker",
    "waiting_list": "wachtlijstregel",
    "clients": "opdrachtgever",
}
#: columns named on screen in a refusal
COLUMN_LABELS = {
    "activity_id": "activiteit",
    "worker_id": "medewerker",
    "municipality_id": "gemeente",
    "wage_value_id": "loonwaardemeting",
    "valid_from": "geldig vanaf",
    "start_date": "begindatum",
    "measured_on": "meetdatum",
    "reference": "kenmerk",
    "year": "jaar",
    "work_type": "werksoort",
    "task": "taak",
    "name": "naam",
    "code": "code",
}
#: tables the log cannot give back whole, and why
NOT_RESTORABLE = {
    "workers": "de uren en de begeleiding van een medewerker staan niet in het auditlog, en "
    "het BSN alleen gemaskeerd; voer de medewerker opnieuw in of lees een back-up terug",
    "users": "het wachtwoord staat niet in het auditlog; maak de gebruiker opnieuw aan",
    "guidance": "de notitie staat niet in het auditlog; leg de begeleiding opnieuw vast",
}


class NotRestorable(ValueError):
    """A deletion that cannot be undone; the message (Dutch) names the record and why."""


@dataclass
class DeletedRow:
    """One deleted row as the log has it: its table, key and the old values as text."""

    mapper: Mapper[Any]
    record_key: str
    values: dict[str, str] = field(default_factory=dict)
    children: list[DeletedRow] = field(default_factory=list)

    @property
    def table(self) -> Table:
        table = self.mapper.local_table
        assert isinstance(table, Table)
        return table

    @property
    def name(self) -> str:
        """'tarief 12': the record as the message names it."""
        return f"{TABLE_LABELS.get(self.table.name, self.table.name)} {self.record_key}"

    @property
    def title(self) -> str:
        """'Tarief 12': the name opening a sentence (no article: het tarief, de medewerker)."""
        return self.name[:1].upper() + self.name[1:]


@dataclass(frozen=True)
class Deletion:
    """The deletion one audit line belongs to: when, by whom, and the rows it removed."""

    at: dt.datetime
    user: str
    row: DeletedRow


_MAPPERS: dict[str, Mapper[Any]] = {
    m.__tablename__: inspect(m)
    for m in AUDITED
}


def _group(
    session: Session, table_name: str, record_key: str, at: dt.datetime, user: str
) -> DeletedRow:
    mapper = _MAPPERS.get(table_name)
    if mapper is None:
        raise NotRestorable(f"Tabel '{table_name}' wordt niet bijgehouden in het auditlog.")
    lines = session.scalars(
        select(t.AuditRow).where(
            t.AuditRow.table_name == table_name,
            t.AuditRow.record_key == record_key,
            t.AuditRow.at == at,
            t.AuditRow.user == user,
            t.AuditRow.action == "delete",
        )
    )
    row = DeletedRow(mapper, record_key)
    for line in lines:
        if line.field is not None and line.old_value is not None:
            row.values[line.field] = line.old_value
    return row


def _children(session: Session, parent: DeletedRow, at: dt.datetime, user: str) -> None:
    """Rows deleted in the same flush whose foreign key pointed at ``parent``."""
    parent_pk = _surrogate(parent.table)
    if parent_pk is None:
        return
    for name, mapper in _MAPPERS.items():
        for fk in mapper.local_table.foreign_keys:
            if fk.column is not parent_pk or fk.parent.key is None:
                continue
            keys = session.scalars(
                select(t.AuditRow.record_key)
                .where(
                    t.AuditRow.table_name == name,
                    t.AuditRow.at == at,
                    t.AuditRow.user == user,
                    t.AuditRow.action == "delete",
                    t.AuditRow.field == fk.parent.key,
                    t.AuditRow.old_value == parent.record_key,
                )
                .order_by(t.AuditRow.id)
            ).all()
            for key in dict.fromkeys(keys):
                parent.children.append(_group(session, name, key, at, user))


def find_deletion(session: Session, audit_id: int) -> Deletion:
    """The deletion audit line ``audit_id`` belongs to, with the rows deleted along with it.

    Raises:
        NotRestorable: the line is not there or records no deletion.
    """
    line = session.get(t.AuditRow, audit_id)
    if line is None:
        raise NotRestorable(f"Regel {audit_id} staat niet (meer) in het auditlog.")
    if line.action != "delete":
        raise NotRestorable(
            f"Regel {audit_id} van het auditlog is geen verwijdering: alleen een verwijderd "
            "record kan worden hersteld."
        )
    row = _group(session, line.table_name, line.record_key, line.at, line.user)
    _children(session, row, line.at, line.user)
    return Deletion(line.at, line.user, row)


# -- rebuilding ---------------------------------------------------------------------------------
def _surrogate(table: Table) -> Column[Any] | None:
    """The generated integer "id" key of ``table``, or None for a natural key (a date, a year)."""
    columns = list(table.primary_key.columns)
    if len(columns) == 1 and columns[0].name == "id":
        return columns[0]
    return None


def parse(column: Column[Any], text: str) -> Any:
    """A logged value back in the column's Python type (Decimal, date, an enum, int, bool)."""
    kind = column.type.python_type
    if issubclass(kind, Enum):
        return kind(text)
    if kind is bool:
        if text not in ("True", "False"):
            raise ValueError(text)
        return text == "True"
    if kind is Decimal:
        return Decimal(text)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(text)
    if kind is dt.date:
        return dt.date.fromisoformat(text)
    if kind is int:
        return int(text)
    return text


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return display.date_nl(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _values(row: DeletedRow) -> dict[str, Any]:
    """Every column of the row, parsed; refuses a row the log does not hold completely."""
    reason = NOT_RESTORABLE.get(row.table.name)
    if reason is not None:
        raise NotRestorable(f"{row.title} kan niet worden hersteld: {reason}.")
    if not row.values:
        raise NotRestorable(f"Het auditlog bevat geen waarden van {row.name}.")
    values: dict[str, Any] = {}
    for attr in row.mapper.column_attrs:
        column = attr.columns[0]
        if attr.key in SKIPPED or not isinstance(column, Column):
            continue
        values[attr.key] = _column_value(row, attr.key, column)
    _fill_key(row, values)
    return {k: v for k, v in values.items() if v is not None}


def _column_value(row: DeletedRow, key: str, column: Column[Any]) -> Any:
    """One column's logged value, parsed; None where the column may be left empty."""
    text = row.values.get(key)
    if text is not None and key in SECRET | MASKED:
        raise NotRestorable(
            f"{row.title} kan niet worden hersteld: {key} staat alleen gemaskeerd in het auditlog."
        )
    if text is None:
        if column.nullable or column.primary_key or column.default is not None:
            return None
        raise NotRestorable(
            f"{row.title} kan niet worden hersteld: het auditlog mist het veld "
            f"'{COLUMN_LABELS.get(key, key)}'."
        )
    try:
        return parse(column, text)
    except (ValueError, InvalidOperation, KeyError):
        raise NotRestorable(
            f"{row.title} kan niet worden hersteld: waarde '{text}' van "
            f"'{COLUMN_LABELS.get(key, key)}' is onleesbaar."
        ) from None


def _fill_key(row: DeletedRow, values: dict[str, Any]) -> None:
    """The primary key from the log's record key where the values lack it; refuses a row
    that ends up without one (unless the table numbers its rows itself)."""
    key_columns = list(row.table.primary_key.columns)
    parts = row.record_key.split("/")
    if len(parts) == len(key_columns):
        for column, part in zip(key_columns, parts, strict=True):
            if values.get(column.key) is None:
                try:
                    values[column.key] = parse(column, part)
                except (ValueError, InvalidOperation):
                    raise NotRestorable(
                        f"{row.title} kan niet worden hersteld: de sleutel is onleesbaar."
                    ) from None
    if any(values.get(c.key) is None for c in key_columns if _surrogate(row.table) is None):
        raise NotRestorable(f"{row.title} kan niet worden hersteld: de sleutel ontbreekt.")


def _exists(session: Session, table: Table, where: dict[str, Any]) -> bool:
    condition = [table.c[name] == value for name, value in where.items()]
    return bool(session.scalar(select(func.count()).select_from(table).where(*condition)))


def _referred(session: Session, table: Table, name: str, value: Any) -> str:
    """A value as a person knows it: the code of the activity an activity_id refers to."""
    for fk in table.c[name].foreign_keys:
        referred = fk.column.table
        for label in ("code", "personnel_number", "name"):
            if label in referred.c:
                found = session.scalar(
                    select(referred.c[label]).where(fk.column == value)
                )
                if found is not None:
                    return str(found)
    return _shown(value)


def _check_keys(session: Session, row: DeletedRow, values: dict[str, Any]) -> None:
    """Refuse when a unique key of the row (or a natural primary key) is taken again."""
    table = row.table
    keys: list[list[str]] = []
    if _surrogate(table) is None:
        keys.append([c.key for c in table.primary_key.columns])
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append([c.key for c in constraint.columns])
    keys.extend([c.key] for c in table.columns if c.unique)
    for names in keys:
        if any(values.get(name) is None for name in names):  # NULLs never collide
            continue
        where = {name: values[name] for name in names}
        if _exists(session, table, where):
            described = ", ".join(
                f"{COLUMN_LABELS.get(n, n.replace('_', ' '))} {_referred(session, table, n, v)}"
                for n, v in where.items()
            )
            raise NotRestorable(
                f"{row.title} kan niet worden hersteld: er is intussen een nieuwere regel "
                f"met dezelfde {described}."
            )


def _check_parents(
    session: Session, row: DeletedRow, values: dict[str, Any], restored: set[str]
) -> None:
    """Refuse when a row this one refers to (worker, activity, municipality) is gone."""
    for fk in row.table.foreign_keys:
        value = values.get(fk.parent.key)
        if value is None or fk.column.table.name in restored:
            continue
        referred = fk.column.table
        assert isinstance(referred, Table)
        if not _exists(session, referred, {fk.column.key: value}):
            parent = TABLE_LABELS.get(referred.name, referred.name)
            raise NotRestorable(
                f"{row.title} kan niet worden hersteld: de {parent} ({fk.column.key} "
                f"{value}) waar die bij hoort bestaat niet meer. Herstel die eerst."
            )


def _insert(session: Session, row: DeletedRow, values: dict[str, Any]) -> Any:
    surrogate = _surrogate(row.table)
    if surrogate is not None and session.get(row.mapper.class_, values[surrogate.key]):
        del values[surrogate.key]  # the old id is used again (SQLite): take a new one
    instance = row.mapper.class_(**values)
    session.add(instance)
    session.flush()  # before_flush logs the insert, field by field (storage/audit.py)
    return instance


def restore(session: Session, deletion: Deletion) -> list[Any]:
    """Insert the deleted row (and the rows deleted with it) again; returns the new rows.

    The caller's transaction holds it all: a refusal raised half-way leaves nothing.

    Raises:
        NotRestorable: the row cannot be rebuilt from the log, a parent is gone, or a unique
            key is taken by a newer row; the message names the record.
    """
    parent = deletion.row
    values = _values(parent)
    _check_parents(session, parent, values, set())
    _check_keys(session, parent, values)
    children = [(child, _values(child)) for child in parent.children]
    surrogate = _surrogate(parent.table)
    restored = [_insert(session, parent, values)]
    for child, child_values in children:
        for fk in child.table.foreign_keys:
            if surrogate is not None and fk.column is surrogate:
                child_values[fk.parent.key] = getattr(restored[0], surrogate.key)
        _check_parents(session, child, child_values, {parent.table.name})
        _check_keys(session, child, child_values)
        restored.append(_insert(session, child, child_values))
    return restored
