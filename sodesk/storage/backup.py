"""``sodesk backup`` and ``sodesk restore``: a consistent, portable copy of every table.

The copy is a zip file with one JSON-lines file per table and a manifest naming the schema
revision. It is read in one transaction (a consistent snapshot, also while the application
runs) and restored in one transaction (all rows or none), so a SQLite copy can be restored
into PostgreSQL and back. The file is written atomically and readable by its owner only.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    LargeBinary,
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
from sodesk.storage.output_paths import OutputRefused, check_output_path, database_files
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
    if isinstance(value, bytes):  # the stored month results' compressed JSON
        return base64.b64encode(value).decode("ascii")
    return value


def _from_base64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _decoder(table: Table) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for column in table.columns:
        kind = getattr(column.type, "impl_instance", column.type)  # ScaledNumeric is Numeric
        if isinstance(kind, DateTime):
            result[column.name] = dt.datetime.fromisoformat
        elif isinstance(kind, Date):
            result[column.name] = dt.date.fromisoformat
        elif isinstance(kind, Numeric):
            result[column.name] = Decimal
        elif isinstance(kind, LargeBinary):
            result[column.name] = _from_base64
    return result


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def backup(engine: Engine, path: Path) -> dict[str, int]:
    """Write every row to ``path``; returns the rows per table.

    Raises:
        OutputRefused: ``path`` is the database itself, a device, a folder, in a folder that
            does not exist (:func:`check_output_path`), or could not be written (no
            permission, a full disk); a file already under that name is left as it was.
    """
    path = check_output_path(Path(path), database_files(engine.url))
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
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputRefused(f"{path}: kan niet worden geschreven ({reason})") from None
    finally:
        os.umask(old_umask)
        temporary.unlink(missing_ok=True)
    return counts


#: what a damaged or foreign file raises while it is read: a truncated or altered zip, a member
#: that does not inflate, text that is not UTF-8 or not JSON
_UNREADABLE = (
    OSError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,  # a compression method zipfile does not know
    RuntimeError,  # an encrypted member
    ValueError,  # JSONDecodeError and UnicodeDecodeError among them
)
NOTHING_CHANGED = "Er is niets veranderd."


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
    """The manifest of the backup at ``path``, checked; :class:`BackupError` for anything else."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: is geen gewoon bestand en dus geen sodesk-kopie")
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
    except KeyError:
        raise BackupError(f"{path}: geen sodesk-kopie (manifest.json ontbreekt)") from None
    except _UNREADABLE as error:
        raise BackupError(f"{path}: geen sodesk-kopie of beschadigd ({error})") from None
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or manifest.get("version") != VERSION
    ):
        raise BackupError(f"{path}: geen sodesk-kopie van een bekende versie")
    tables = manifest.get("tables")
    if not isinstance(manifest.get("revision"), str | None) or not isinstance(tables, dict):
        raise BackupError(f"{path}: manifest.json is beschadigd (revision, tables)")
    return manifest


def restore(engine: Engine, path: Path) -> dict[str, int]:
    """Replace every row of the database by the copy's, in one transaction.

    Raises:
        BackupError: the file is no backup of this schema version, is damaged (a message
            names the table file, line and value), or the login may not restore; the
            transaction is rolled back, the database keeps every row it had.
    """
    path = Path(path)
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
    except (exc.IntegrityError, exc.DataError) as error:
        raise BackupError(
            f"{path}: de rijen passen niet in de database ({error.orig}). {NOTHING_CHANGED}"
        ) from None
    except exc.StatementError as error:
        if isinstance(error, exc.DBAPIError):  # the database's own trouble: not the file's
            raise
        raise BackupError(
            f"{path}: een waarde past niet in haar kolom ({error.orig}). {NOTHING_CHANGED}"
        ) from None
    except (OSError, zipfile.BadZipFile) as error:  # the file changed or went since the check
        raise BackupError(f"{path}: niet te lezen ({error}). {NOTHING_CHANGED}") from None
    counts: dict[str, int] = manifest["tables"]
    return counts


def _member(archive: zipfile.ZipFile, path: Path, table: Table) -> list[str]:
    name = f"tables/{table.name}.jsonl"
    try:
        return archive.read(name).decode("utf-8").splitlines()
    except KeyError:
        raise BackupError(f"{path}: {name} ontbreekt. {NOTHING_CHANGED}") from None
    except _UNREADABLE as error:
        raise BackupError(f"{path}: {name} is beschadigd ({error}). {NOTHING_CHANGED}") from None


def _record(path: Path, table: Table, number: int, line: str) -> dict[str, Any]:
    """One line of a table file as a row for ``insert``; :class:`BackupError` names the place."""
    where = f"{path}: tables/{table.name}.jsonl regel {number}"
    try:
        record = json.loads(line)
    except ValueError:
        raise BackupError(f"{where}: geen JSON ({line[:60]!r}). {NOTHING_CHANGED}") from None
    columns = set(table.c.keys())
    if not isinstance(record, dict) or set(record) != columns:
        found = sorted(record) if isinstance(record, dict) else type(record).__name__
        raise BackupError(
            f"{where}: verwacht de kolommen {sorted(columns)}, gevonden {found}. "
            f"{NOTHING_CHANGED}"
        )
    decode = _decoder(table)
    row: dict[str, Any] = {}
    for key, value in record.items():
        if value is None or key not in decode:
            row[key] = value
            continue
        try:
            row[key] = decode[key](value)
        except (ValueError, TypeError, ArithmeticError):  # InvalidOperation, binascii.Error
            raise BackupError(
                f"{where}, kolom {key}: ongeldige waarde {value!r}. {NOTHING_CHANGED}"
            ) from None
    return row


#: tables a restore empties first and fills last
WRITTEN_LAST = ("closed_months",)


def _restore_rows(engine: Engine, path: Path, tables: list[Table]) -> None:
    with zipfile.ZipFile(path) as archive, engine.begin() as connection:
        audited = _audit_triggers(connection)
        for name in audited:  # the copy's own log comes back as it was, nothing is added
            connection.exec_driver_sql(f"ALTER TABLE {name} DISABLE TRIGGER sodesk_audit")
        # closed months go first and come back last: their triggers refuse the rows of a
        # closed month while they are there (migration 0008)
        closing = [table for table in tables if table.name in WRITTEN_LAST]
        for table in [*closing, *reversed(tables)]:
            connection.execute(delete(table))
        for table in [*(t for t in tables if t.name not in WRITTEN_LAST), *closing]:
            batch: list[dict[str, Any]] = []
            lines = _member(archive, path, table)
            for number, line in enumerate(lines, start=1):
                batch.append(_record(path, table, number, line))
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
