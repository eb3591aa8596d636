"""``sodesk backup`` and ``sodesk restore``: a consistent, portable copy of every table.

The copy is a zip file with one JSON-lines file per table and a manifest naming the schema
revision. It is read in one transaction (a consistent snapshot, also while the application
runs) and restored in one transaction (all rows or none), so a SQLite copy can be restored
into PostgreSQL and back. The file is written atomically and readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    Numeric,
    Table,
    delete,
    exc,
    func,
    insert,
    select,
    text,
)

from sodesk.storage.base import Base
from sodesk.storage.database import current_revision
from sodesk.storage.tables import __all__ as _registered  # noqa: F401  (every table known)

FORMAT = "sodesk-backup"
VERSION = 1
BATCH = 5000
#: PostgreSQL's SQLSTATE for "permission denied" (a desk's login restoring a copy)
INSUFFICIENT_PRIVILEGE = "42501"


class BackupError(ValueError):
    """The file is not a sodesk backup, or not of this schema version."""


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _decoder(table: Table) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for column in table.columns:
        if isinstance(column.type, DateTime):
            result[column.name] = dt.datetime.fromisoformat
        elif isinstance(column.type, Date):
            result[column.name] = dt.date.fromisoformat
        elif isinstance(column.type, Numeric):
            result[column.name] = Decimal
    return result


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def backup(engine: Engine, path: Path) -> dict[str, int]:
    """Write every row to ``path``; returns the rows per table."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    counts: dict[str, int] = {}
    old_umask = os.umask(0o077)
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
                _check_may_copy(connection, engine)
            revision = current_revision(engine)
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for table in _tables():
                    buffer = io.StringIO()
                    count = 0
                    order = list(table.primary_key.columns)
                    for row in connection.execute(select(table).order_by(*order)):
                        buffer.write(json.dumps({k: _encode(v) for k, v in row._mapping.items()}))
                        buffer.write("\n")
                        count += 1
                    archive.writestr(f"tables/{table.name}.jsonl", buffer.getvalue())
                    counts[table.name] = count
                manifest = {
                    "format": FORMAT,
                    "version": VERSION,
                    "revision": revision,
                    "created_at": dt.datetime.now().isoformat(timespec="seconds"),
                    "tables": counts,
                }
                archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        os.umask(old_umask)
        temporary.unlink(missing_ok=True)
    return counts


def _check_may_copy(connection: Connection, engine: Engine) -> None:
    """A copy holds the users with their password hashes, which a desk's login may not read
    (migration 0007): on PostgreSQL only the administrator's login takes one."""
    readable = connection.execute(text("SELECT has_table_privilege('users', 'SELECT')")).scalar()
    if not readable:
        raise BackupError(
            f"Uw databaselogin ({engine.url.username}) mag geen kopie maken: een kopie bevat "
            "de gebruikers met hun wachtwoordgegevens. Dat doet de beheerder, met de login "
            "die het schema bezit. Er is niets geschreven."
        )


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as error:
        raise BackupError(f"{path}: geen sodesk-kopie ({error})") from None
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupError(f"{path}: geen sodesk-kopie van een bekende versie")
    return manifest


def restore(engine: Engine, path: Path) -> dict[str, int]:
    """Replace every row of the database by the copy's, in one transaction."""
    manifest = read_manifest(path)
    revision = current_revision(engine)
    if manifest["revision"] != revision:
        raise BackupError(
            f"De kopie heeft schemaversie {manifest['revision']}, de database {revision}: "
            "breng eerst beide naar dezelfde versie (sodesk db upgrade)."
        )
    tables = _tables()
    try:
        _restore_rows(engine, path, tables)
    except exc.ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        raise BackupError(
            f"Uw databaselogin ({engine.url.username}) mag geen kopie terugzetten: dat doet "
            "de beheerder, met de login die het schema bezit. Er is niets veranderd."
        ) from None
    return manifest["tables"]


def _restore_rows(engine: Engine, path: Path, tables: list[Table]) -> None:
    with zipfile.ZipFile(path) as archive, engine.begin() as connection:
        audited = _audit_triggers(connection)
        for name in audited:  # the copy's own log comes back as it was, nothing is added
            connection.exec_driver_sql(f"ALTER TABLE {name} DISABLE TRIGGER sodesk_audit")
        for table in reversed(tables):
            connection.execute(delete(table))
        for table in tables:
            decode = _decoder(table)
            batch: list[dict[str, Any]] = []
            for line in archive.read(f"tables/{table.name}.jsonl").decode("utf-8").splitlines():
                record = json.loads(line)
                batch.append(
                    {
                        k: (decode[k](v) if v is not None and k in decode else v)
                        for k, v in record.items()
                    }
                )
                if len(batch) >= BATCH:
                    connection.execute(insert(table), batch)
                    batch = []
            if batch:
                connection.execute(insert(table), batch)
        if connection.dialect.name == "postgresql":
            for table in tables:
                if "id" not in table.c or not table.c.id.primary_key:
                    continue
                top = connection.execute(select(func.max(table.c.id))).scalar() or 0
                connection.execute(
                    text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
                    {"t": table.name, "v": max(top, 1), "called": top > 0},
                )
        for name in audited:
            connection.exec_driver_sql(f"ALTER TABLE {name} ENABLE TRIGGER sodesk_audit")


def _audit_triggers(connection: Connection) -> list[str]:
    """The tables whose audit trigger (PostgreSQL, migration 0007) a restore turns off."""
    if connection.dialect.name != "postgresql":
        return []
    found = connection.execute(
        text(
            "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "WHERE g.tgname = 'sodesk_audit' AND c.relnamespace = 'public'::regnamespace "
            "ORDER BY 1"
        )
    )
    return [str(name) for name in found.scalars()]
