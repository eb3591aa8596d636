"""Logins for a shared PostgreSQL database: one login role per person, rights through a group.

The administrator's role owns the schema and runs ``sodesk db upgrade``; nobody else can
change a table. The group role (``sodesk_users`` unless named otherwise) owns nothing: it
may read and write rows and draw ids from the sequences and read the schema version. It
cannot touch the users table (sign-in and user management go through the SECURITY DEFINER
functions of migration 0007), only read the audit log (the database's triggers write it) and
the closed months (closed and reopened through the functions of migration 0008),
and only add import runs, never change them. Each person gets a login role in that group, so
PostgreSQL knows who connects (the audit log records that login beside the sodesk user) and
a leaver's login is dropped alone.

The administrator's role needs CREATEROLE to make the group and the logins (README:
``createuser --createrole``); without it ``grant`` says so instead of failing.

``sodesk db grant LOGIN`` runs these statements as the administrator (``--print`` shows
them instead, to run in psql).
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, exc, text

from sodesk.storage.base import Base
from sodesk.storage.tables import __all__ as _registered  # noqa: F401  (every table known)

GROUP = "sodesk_users"
#: a plain PostgreSQL identifier: quoted nowhere, injected nowhere
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: rows are added, never changed: import runs by a desk, the audit log by the triggers only
APPEND_ONLY = ("import_runs",)
#: closed_months too: closing and reopening go through functions that check the role
READ_ONLY = ("alembic_version", "audit_log", "closed_months")
#: reached through functions only: no desk reads a password hash or changes a role
CLOSED = ("users",)
#: what a desk may call (migration 0007 creates them, owned by the schema's owner)
FUNCTIONS = (
    "sodesk_has_users()",
    "sodesk_list_users()",
    "sodesk_password_setting(text)",
    "sodesk_sign_in(text, text, text, text)",
    "sodesk_create_user(text, text, text, text, text, text)",
    "sodesk_deactivate_user(text, text)",
    "sodesk_unlock_user(text, text)",
    "sodesk_audit_event(text, text, text, text, text, text, text)",
    "sodesk_period(text, text, date, date, text)",
)
INSUFFICIENT_PRIVILEGE = "42501"


class GrantProblem(ValueError):
    """A role cannot be set up as asked: the message says why, in Dutch."""


def check_name(name: str, what: str = "rolnaam") -> str:
    if not _NAME.match(name):
        raise GrantProblem(
            f"{what} '{name}': alleen kleine letters, cijfers en _, beginnend met een letter "
            "(ten hoogste 63 tekens)"
        )
    return name


def _tables() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables]


def group_statements(group: str = GROUP, database: str | None = None) -> list[str]:
    """Create the group if missing and give it exactly the rights a desk needs."""
    check_name(group, "groepsrol")
    limited = (*APPEND_ONLY, *READ_ONLY, *CLOSED)
    writable = [name for name in _tables() if name not in limited]
    statements = [
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
        f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {group}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(writable)} TO {group}",
        *(f"GRANT SELECT, INSERT ON {name} TO {group}" for name in APPEND_ONLY),
        *(f"GRANT SELECT ON {name} TO {group}" for name in READ_ONLY),
        # rights an older grant gave are taken back (GRANT alone never narrows)
        *(f"REVOKE ALL ON {name} FROM {group}" for name in CLOSED),
        *(f"REVOKE UPDATE, DELETE, TRUNCATE ON {name} FROM {group}" for name in APPEND_ONLY),
        *(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {name} FROM {group}" for name in READ_ONLY),
        *(f"GRANT EXECUTE ON FUNCTION {name} TO {group}" for name in FUNCTIONS),
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}",
        # tables a later migration adds (run by the same administrator) are usable at once
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {group}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {group}",
    ]
    if database is not None:
        quoted = '"' + database.replace('"', '""') + '"'
        statements.insert(1, f"GRANT CONNECT ON DATABASE {quoted} TO {group}")
    return statements


def login_statements(login: str, group: str = GROUP) -> list[str]:
    """Create the person's login role if missing (no password yet) and put it in the group."""
    check_name(login)
    check_name(group, "groepsrol")
    if login == group:
        raise GrantProblem(f"rolnaam '{login}' is de naam van de groepsrol")
    return [
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
        f"'{login}') THEN CREATE ROLE {login} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; "
        "END IF; END $$",
        f"GRANT {group} TO {login}",
    ]


def grant(
    engine: Engine, login: str | None, group: str = GROUP, password: str | None = None
) -> list[str]:
    """Run the group's (and the login's) statements in one transaction; returns them.

    The password, when given, is set on the login without being shown or logged.

    Raises:
        GrantProblem: not PostgreSQL, a bad name, or a schema that is not there yet.
    """
    if engine.dialect.name != "postgresql":
        raise GrantProblem("logins per gebruiker bestaan alleen bij een PostgreSQL-database")
    database = engine.url.database
    statements = group_statements(group, database)
    if login is not None:
        statements += login_statements(login, group)
    with engine.begin() as connection:
        schema = connection.execute(text("SELECT to_regclass('public.alembic_version')"))
        if schema.scalar() is None:
            raise GrantProblem("de database heeft nog geen tabellen: draai eerst sodesk db upgrade")
        try:
            for statement in statements:
                connection.exec_driver_sql(statement)
        except exc.ProgrammingError as error:
            if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise
            raise GrantProblem(
                f"de databaselogin {engine.url.username} mag dit niet "
                f"({str(error.orig).splitlines()[0]}): geef de beheerdersrol CREATEROLE "
                "(createuser --createrole, of ALTER ROLE ... CREATEROLE als superuser) en "
                "laat de rol die het schema bezit 'db grant' uitvoeren"
            ) from None
        if login is not None and password:
            from psycopg import sql

            raw = connection.connection.dbapi_connection
            query = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(password)
            )
            # SQLAlchemy types the driver connection as the DB-API protocol; it is psycopg's
            connection.exec_driver_sql(query.as_string(raw))  # type: ignore[arg-type]
    return statements
