"""Where the database is, how to connect, and how to bring its schema up to date.

The embedded default is one SQLite file in the user's data folder (platformdirs), in WAL
mode with foreign keys on; a URL (``--database`` or ``SODESK_DATABASE_URL``) points sodesk at
a shared PostgreSQL database instead. Schema changes only happen through Alembic.
"""

from __future__ import annotations

import os
import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from sqlalchemy import Connection, Engine, create_engine, event, exc, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

ENV_VAR = "SODESK_DATABASE_URL"
MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest migration. Alembic knows it too (tests/storage/test_database.py checks they
#: agree); keeping it here lets every start skip importing Alembic when nothing is to be done.
SCHEMA_HEAD = "0009"

# SQLite keeps Numeric as REAL; sodesk quantizes what it reads back (see storage.base).
warnings.filterwarnings(
    "ignore", message=r"Dialect sqlite\+pysqlite does \*not\* support Decimal objects natively"
)


class DatabaseNotUsable(RuntimeError):
    """The database cannot be opened by this sodesk as it is; the message says what to do."""


class DatabaseTooNew(DatabaseNotUsable):
    """The database was written by a newer sodesk: opening it could damage it."""


class UpgradeNotAllowed(DatabaseNotUsable):
    """The schema is older than this sodesk and the login may not change it (shared use)."""


class DatabaseNotFound(DatabaseNotUsable):
    """A SQLite file in a folder that does not exist (a typing error), or a URL sodesk cannot
    read: creating an empty database there would answer every report with zeros."""


def default_sqlite_path() -> Path:
    """The embedded database file in the user's data folder."""
    return user_data_path("sodesk", appauthor=False) / "sodesk.sqlite3"


def resolve_url(url: str | None = None) -> URL:
    """The URL given, else SODESK_DATABASE_URL, else the default SQLite file."""
    text = url or os.environ.get(ENV_VAR)
    if not text:
        path = default_sqlite_path()
        return URL.create("sqlite+pysqlite", database=str(path))
    try:
        parsed = make_url(text)
    except exc.ArgumentError:
        shown = "" if "@" in text else f" '{text}'"  # a mistyped URL may hold a password
        raise DatabaseNotFound(
            f"De database-URL{shown} (--database of {ENV_VAR}) is niet te lezen; een "
            "SQLite-bestand schrijft u als sqlite:///pad/naar/sodesk.sqlite3, een gedeelde "
            "database als postgresql://login@server/database."
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    return parsed


def describe(url: URL) -> str:
    """A short description for the status bar: never shows a password."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite, {Path(url.database or '').name}"
    return f"PostgreSQL, {url.database} op {url.host or 'localhost'}"


def _prepare_sqlite_file(url: URL) -> None:
    """Create the file readable by its owner only (mode 600).

    Only the default data folder is created when missing (the first start); any other
    missing folder is a typing error, refused with :class:`DatabaseNotFound`.
    """
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if not path.parent.is_dir():
        if path.parent.absolute() != default_sqlite_path().parent.absolute():
            raise DatabaseNotFound(
                f"{path}: de map {path.parent} bestaat niet; maak de map eerst aan of kies "
                "een ander databasebestand (--database)."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        old = os.umask(0o077)
        try:
            sqlite3.connect(path).close()
        finally:
            os.umask(old)
    os.chmod(path, 0o600)


def make_engine(url: str | URL | None = None) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout.

    A database error never repeats the values of its statement (``hide_parameters``): a
    BSN or a name must not reach the crash dialog, the log file or a terminal.
    """
    resolved = url if isinstance(url, URL) else resolve_url(url)
    if resolved.get_backend_name() == "sqlite":
        _prepare_sqlite_file(resolved)
        engine = create_engine(resolved, connect_args={"timeout": 30}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            # pysqlite's own transaction handling gets in the way of BEGIN IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")

        return engine
    return create_engine(resolved, pool_pre_ping=True, hide_parameters=True)


def session_factory(engine: Engine, user: str = "systeem") -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (rows go to screens as plain data).

    Every session carries the user in ``session.info``; the audit log (storage/audit.py,
    registered on import of this module) records each change under that name.
    """
    import sodesk.storage.audit  # noqa: F401  (registers the audit log on every Session)

    return sessionmaker(engine, expire_on_commit=False, info={"user": user})


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: everything in it is committed together, or nothing is."""
    with factory() as session, session.begin():
        yield session


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """The newest schema revision this version of sodesk knows, as Alembic reads it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(engine: Engine, revision: str | None = None) -> None:
    """Refuse a database written by a newer sodesk (its revision is unknown here)."""
    from alembic.script import ScriptDirectory

    revision = revision if revision is not None else current_revision(engine)
    if revision is None:
        return
    try:
        ScriptDirectory(str(MIGRATIONS)).get_revision(revision)
    except Exception as error:  # alembic raises several kinds for an unknown revision
        raise DatabaseTooNew(
            f"De database heeft schemaversie {revision}, die deze versie van sodesk niet kent. "
            "Werk sodesk bij voordat u deze database opent."
        ) from error


def upgrade(engine: Engine, *, backup_before: bool = True) -> bool:
    """Bring the schema to the newest revision; returns True when anything changed.

    A SQLite file that already holds data is copied next to itself before a migration, so
    a failed migration never costs the data.
    """
    before = current_revision(engine)
    if before == SCHEMA_HEAD:
        return False
    try:
        check_not_newer(engine, before)
        _check_may_migrate(engine, before)
    except DatabaseNotUsable:
        engine.dispose()  # the caller gets no workspace: leave no connection open behind it
        raise
    from alembic import command

    url = engine.url
    if backup_before and before is not None and url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if path.is_file():
            _copy_before_migration(engine, path)
    command.upgrade(_alembic_config(engine), "head")
    return True


def _copy_before_migration(engine: Engine, path: Path) -> None:
    """The copy beside ``path``; when it cannot be written, no migration (and a message)."""
    copy = path.with_name(f"{path.name}.before-{SCHEMA_HEAD}")
    try:
        copy_sqlite_file(path, copy)
    except (OSError, sqlite3.Error) as error:  # a full disk, a read-only folder
        engine.dispose()
        raise DatabaseNotUsable(
            f"De kopie {copy} die sodesk voor de schemawijziging maakt, kon niet worden "
            f"geschreven ({error}); het schema is niet gewijzigd."
        ) from None


def copy_sqlite_file(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database, through SQLite's own backup API.

    Why not a file copy: in WAL mode committed rows can live in the -wal file until a
    checkpoint, and a copy of the main file alone would miss them. The copy is written beside
    the target and renamed into place, readable by its owner only.
    """
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    old = os.umask(0o077)
    try:
        reading = sqlite3.connect(source)
        try:
            writing = sqlite3.connect(temporary)
            try:
                reading.backup(writing)
            finally:
                writing.close()
        finally:
            reading.close()
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    finally:
        os.umask(old)
        temporary.unlink(missing_ok=True)


def _check_may_migrate(engine: Engine, before: str | None) -> None:
    """On PostgreSQL only the schema's owner migrates; a desk's login gets a clear message."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as connection:
        if before is None:
            allowed = connection.execute(
                text("SELECT has_schema_privilege('public', 'CREATE')")
            ).scalar()
        else:
            allowed = connection.execute(
                text(
                    "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                    "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
                )
            ).scalar()
    if not allowed:
        raise UpgradeNotAllowed(
            f"De database heeft schemaversie {before or '(leeg)'}, deze sodesk vraagt "
            f"{SCHEMA_HEAD}. Uw databaselogin ({engine.url.username}) mag het schema niet "
            "wijzigen: vraag de beheerder 'sodesk db upgrade' uit te voeren."
        )


def is_reachable(engine: Engine) -> bool:
    """True when a connection can be made (for a clear message instead of a traceback)."""
    try:
        with engine.connect():
            return True
    except exc.OperationalError:
        return False
