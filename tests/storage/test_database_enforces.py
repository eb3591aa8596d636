# ruff: noqa: F811  (the ``shared`` fixture of test_shared_postgres, imported by name)
"""PostgreSQL enforces the rights, not the client: two real desk logins (made by ``sodesk db
grant``) try what a desk's psql could do. They cannot read password hashes or change users
and roles; every change to an audited table is logged by the database, also one made with
psql; they cannot write the log themselves; import runs are append-only; the README's
administrator setup works for a role that is no superuser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from sodesk.cli import main
from sodesk.domain.enums import Role
from sodesk.services import parameters as params
from sodesk.services.errors import InputRejected
from sodesk.services.users import LoginFailed, SignInLocked, create_user
from sodesk.services.workspace import open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import _alembic_config, make_engine, transaction
from tests.factories import write_folder
from tests.storage.test_shared_postgres import Shared, _Line, shared  # noqa: F401

DENIED = r"permission denied"
PASSWORD = "beheer-wachtwoord-1"


def _engine(url: str) -> Any:
    return create_engine(url)


def _logins(shared: Shared) -> tuple[str, str]:
    anna, bram = sorted(shared.logins)
    return anna, bram


@pytest.fixture
def with_users(shared: Shared) -> Shared:
    """An administrator 'beheer' and a job coach 'coach' in the shared database."""
    admin = open_workspace(shared.admin_url, user="beheer")
    with transaction(admin.sessions) as session:
        create_user(session, "beheer", "Bea Beheer", Role.ADMINISTRATOR, PASSWORD)
        create_user(session, "coach", "Cor Coach", Role.JOB_COACH, "coach-wachtwoord-1")
    admin.close()
    return shared


def _refused(url: str, statement: str, match: str = DENIED) -> None:
    engine = _engine(url)
    try:
        with pytest.raises(ProgrammingError, match=match), engine.begin() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT password_hash FROM users",
        "SELECT count(*) FROM users",
        "UPDATE users SET role = 'administrator'",
        "UPDATE users SET password_hash = 'x' WHERE username = 'beheer'",
        "INSERT INTO users (username, display_name, role, password_hash, active) "
        "VALUES ('ik', 'Ik', 'administrator', 'x', true)",
        "DELETE FROM users",
        "SELECT * FROM sodesk_private.sign_ins",
    ],
)
def test_a_desk_login_cannot_read_hashes_or_change_users(
    with_users: Shared, statement: str
) -> None:
    _refused(with_users.url(_logins(with_users)[0]), statement)


def test_taking_over_the_administrator_fails_and_the_real_password_still_works(
    with_users: Shared,
) -> None:
    """The issue's attack: write one's own hash over the administrator's, sign in as her."""
    anna, _ = _logins(with_users)
    desk = open_workspace(with_users.url(anna), user="coach")
    mine = params.sign_in_workspace(desk, "coach", "coach-wachtwoord-1")
    assert mine.role is Role.JOB_COACH
    with pytest.raises(ProgrammingError, match=DENIED), transaction(desk.sessions) as session:
        session.execute(
            text("UPDATE users SET password_hash = :mine WHERE username = 'beheer'"),
            {"mine": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaA"},
        )
    with pytest.raises(LoginFailed):
        params.sign_in_workspace(desk, "beheer", "coach-wachtwoord-1")
    # the functions refuse a job coach's sign-in: no new user, no blocking, no unlocking
    with pytest.raises(params.UserProblem, match="beheerder"):
        params.add_user(desk.sessions, "ik", "Ik", Role.ADMINISTRATOR, "mijn-wachtwoord-1")
    with pytest.raises(InputRejected):
        params.deactivate_user(desk.sessions, "beheer", by="coach")
    with pytest.raises(InputRejected):
        params.unlock(desk.sessions, "beheer")
    # the real administrator, signed in at the same desk login, manages users
    who = params.sign_in_workspace(desk, "beheer", PASSWORD)
    assert who.role is Role.ADMINISTRATOR and who.token
    params.add_user(desk.sessions, "nieuw", "Nieuw", Role.MANAGER, "nieuw-wachtwoord-1")
    with desk.sessions() as session:
        users = {u.username: u.role for u in params.list_users(session)}
    desk.close()
    assert users == {
        "beheer": Role.ADMINISTRATOR,
        "coach": Role.JOB_COACH,
        "nieuw": Role.MANAGER,
    }


def test_a_token_works_only_for_the_login_it_was_given_to(with_users: Shared) -> None:
    anna, bram = _logins(with_users)
    desk = open_workspace(with_users.url(anna), user="beheer")
    token = params.sign_in_workspace(desk, "beheer", PASSWORD).token
    desk.close()
    other = _engine(with_users.url(bram))
    with other.begin() as connection:
        outcome = connection.execute(
            text("SELECT sodesk_create_user(:token, 'ik', 'Ik', 'administrator', 'x', NULL)"),
            {"token": token},
        ).scalar_one()
    other.dispose()
    assert outcome == "denied"


def _log(shared: Shared, where: str, since: int = 0) -> list[tuple[Any, ...]]:
    engine = _engine(shared.admin_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                'SELECT "user", db_user, table_name, action, field, old_value, new_value, '
                f"reason FROM audit_log WHERE id > :since AND {where} ORDER BY id"
            ),
            {"since": since},
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def _newest(shared: Shared) -> int:
    engine = _engine(shared.admin_url)
    with engine.connect() as connection:
        newest = connection.execute(select(func.max(t.AuditRow.id))).scalar() or 0
    engine.dispose()
    return int(newest)


def test_a_change_made_with_psql_is_audited_with_the_login(shared: Shared) -> None:
    anna, bram = _logins(shared)
    since = _newest(shared)
    engine = _engine(shared.url(anna))
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE employments SET hourly_wage = 99")
    engine.dispose()
    engine = _engine(shared.url(bram))
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "SELECT set_config('sodesk.user', 'bram', true), "
            "set_config('sodesk.reason', 'correctie', true)"
        )
        connection.exec_driver_sql("UPDATE employments SET hourly_wage = 14.06")
    engine.dispose()
    logged = [
        (*row[:5], Decimal(row[5]), Decimal(row[6]), row[7])
        for row in _log(shared, "field = 'hourly_wage'", since)
    ]
    assert logged == [
        ("buiten sodesk", anna, "employments", "update", "hourly_wage", Decimal("14.06"), 99, None),
        ("bram", bram, "employments", "update", "hourly_wage", 99, Decimal("14.06"), "correctie"),
    ]


def test_a_desk_login_cannot_write_the_log_nor_forge_a_change(shared: Shared) -> None:
    anna, _ = _logins(shared)
    url = shared.url(anna)
    _refused(
        url,
        'INSERT INTO audit_log (at, "user", table_name, record_key, action) '
        "VALUES (now(), 'bram', 'workers', '1', 'update')",
    )
    _refused(
        url,
        "SELECT sodesk_audit_event('workers', '1', 'update', 'bsn', NULL, NULL, NULL)",
        match="is a table change",
    )
    _refused(url, "SELECT sodesk_private.write_audit(NULL, 'w', '1', 'x', NULL, NULL, NULL, NULL)")
    since = _newest(shared)
    engine = _engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "SELECT sodesk_audit_event('workers', '1', 'reveal', 'bsn', NULL, '111222333', NULL)"
        )
    engine.dispose()
    assert _log(shared, "action = 'reveal'", since) == [
        ("buiten sodesk", anna, "workers", "reveal", "bsn", None, "••••••333", None)
    ]


def test_the_audit_event_writer_names_the_desk_user_and_its_real_login(shared: Shared) -> None:
    from sodesk.storage.audit import write_audit_event

    anna, _ = _logins(shared)
    since = _newest(shared)
    desk = open_workspace(shared.url(anna), user="coach")
    with transaction(desk.sessions) as session:
        write_audit_event(session, "workers", "1", "reveal", field="bsn", new="111222333")
    desk.close()
    assert _log(shared, "action = 'reveal'", since) == [
        ("coach", anna, "workers", "reveal", "bsn", None, "••••••333", None)
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM import_runs",
        "UPDATE import_runs SET summary = '{}'",
        "TRUNCATE import_runs",
    ],
)
def test_import_runs_are_append_only(shared: Shared, statement: str) -> None:
    anna, _ = _logins(shared)
    _refused(shared.url(anna), statement)
    engine = _engine(shared.url(anna))
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO import_runs (at, \"user\", source, summary) "
            "VALUES (now(), 'anna', 'x', '{}')"
        )
        assert connection.exec_driver_sql("SELECT count(*) FROM import_runs").scalar() == 2
    engine.dispose()


def test_an_import_through_a_desk_login_is_audited(shared: Shared, tmp_path: Path) -> None:
    anna, _ = _logins(shared)
    since = _newest(shared)
    folder = write_folder(
        tmp_path / "tarief",
        {"rates": "activity_code,valid_from,valid_to,unit,price\nA1,2025-01-01,,hour,12.50"},
    )
    assert main(["--database", shared.url(anna), "import", str(folder)]) == 0
    logged = _log(shared, "table_name = 'rates' AND field = 'price'", since)
    assert logged, "the import changed a rate without an audit row"
    assert {row[1] for row in logged} == {anna}
    assert any(row[6] is not None and Decimal(row[6]) == Decimal("12.50") for row in logged)


def test_the_readme_administrator_setup_works_without_a_superuser(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README: createuser --pwprompt --createrole sodesk_admin; createdb --owner sodesk_admin;
    then as sodesk_admin: db upgrade, db grant anna. Without CREATEROLE: a message, exit 1."""
    tag = f"r{os.getpid()}"
    admin_role, database, group = f"{tag}_admin", f"{tag}_sodesk", f"{tag}_users"
    server = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {admin_role} LOGIN PASSWORD 'beheer-1'")
        connection.exec_driver_sql(f"CREATE DATABASE {database} OWNER {admin_role}")
    url = (
        make_url(postgres_url)
        .set(username=admin_role, password="beheer-1", database=database)
        .render_as_string(hide_password=False)
    )
    try:
        assert main(["--database", url, "db", "upgrade"]) == 0
        monkeypatch.setattr("sys.stdin", _Line("anna-wachtwoord-1\n"))
        grant = ["--database", url, "db", "grant", f"{tag}_anna", "--group", group]
        assert main([*grant, "--password-stdin"]) == 1  # no CREATEROLE: told, not a crash
        with server.connect() as connection:
            connection.exec_driver_sql(f"ALTER ROLE {admin_role} CREATEROLE")
        monkeypatch.setattr("sys.stdin", _Line("anna-wachtwoord-1\n"))
        assert main([*grant, "--password-stdin"]) == 0
        desk = make_url(url).set(username=f"{tag}_anna", password="anna-wachtwoord-1")
        desk_url = desk.render_as_string(hide_password=False)
        workspace = open_workspace(desk_url, user="anna")
        who = params.create_first_administrator(workspace, "anna", "Anna", "anna-sodesk-1")
        params.add_user(workspace.sessions, "bram", "Bram", Role.MANAGER, "bram-sodesk-12")
        with workspace.sessions() as session:
            names = [user.username for user in params.list_users(session)]
        workspace.close()
        assert who.role is Role.ADMINISTRATOR and names == ["anna", "bram"]
        _refused(desk_url, "SELECT password_hash FROM users")
    finally:
        with server.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            for role in (f"{tag}_anna", group, admin_role):
                connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        server.dispose()


@pytest.fixture
def two_desks(with_users: Shared) -> Iterator[tuple[Any, Any]]:
    anna, bram = _logins(with_users)
    desks = (
        open_workspace(with_users.url(anna), user="systeem"),
        open_workspace(with_users.url(bram), user="systeem"),
    )
    yield desks
    for desk in desks:
        desk.close()


def test_thirty_wrong_passwords_lock_the_account_in_the_database(
    with_users: Shared, two_desks: tuple[Any, Any]
) -> None:
    anna_desk, bram_desk = two_desks
    refusals = []
    for _ in range(30):
        try:
            params.sign_in_workspace(anna_desk, "beheer", "fout-wachtwoord")
        except LoginFailed as failed:
            refusals.append(type(failed))
    assert len(refusals) == 30 and refusals[-1] is SignInLocked
    # the right password, on the other desk's login too, is refused: the database counts
    for desk in two_desks:
        with pytest.raises(SignInLocked):
            params.sign_in_workspace(desk, "beheer", PASSWORD)
    _refused(with_users.url(_logins(with_users)[0]), "UPDATE users SET failed_sign_ins = 0")
    # only an administrator unlocks: the owner's login here (the only administrator is locked)
    owner = open_workspace(with_users.admin_url, user="systeem")
    params.unlock(owner.sessions, "beheer")
    owner.close()
    assert params.sign_in_workspace(bram_desk, "beheer", PASSWORD).role is Role.ADMINISTRATOR
    logged = _log(with_users, "table_name = 'users' AND action <> 'insert'")
    actions = [row[3] for row in logged]
    # 9 failures, the lock at the 10th, 20 + 2 refusals while locked, the unlock
    assert (actions.count("sign_in"), actions.count("lock"), actions.count("unlock")) == (31, 1, 1)
    anna = _logins(with_users)[0]
    assert logged[0] == (
        "beheer", anna, "users", "sign_in", "failed_sign_ins", "0", "1", "onjuist wachtwoord"
    )
    lock = logged[actions.index("lock")]
    assert lock[5:7] == ("9", "10") and lock[1] == anna
    unlock = logged[actions.index("unlock")]
    assert unlock[:2] == ("systeem", make_url(with_users.admin_url).username)
    assert unlock[5:7] == ("10", "0")


def test_guidance_is_audited_by_the_database_without_the_note(shared: Shared) -> None:
    anna, _ = _logins(shared)
    since = _newest(shared)
    engine = _engine(shared.url(anna))
    with engine.begin() as connection:
        connection.exec_driver_sql("SELECT set_config('sodesk.user', 'coach', true)")
        connection.exec_driver_sql(
            "UPDATE guidance SET hours = 3.5, note = 'gesprek over de thuissituatie'"
        )
    engine.dispose()
    logged = _log(shared, "table_name = 'guidance'", since)
    assert {row[:4] for row in logged} == {("coach", anna, "guidance", "update")}
    changed = {row[4]: row[6] for row in logged}
    assert changed == {"hours": "3.50", "note": "•••"}
    assert not any("thuissituatie" in str(row) for row in _log(shared, "true"))


def test_an_existing_installation_is_closed_by_the_upgrade_itself(shared: Shared) -> None:
    """A group granted before 0007 (downgrade gives its old rights back) loses them with
    ``sodesk db upgrade`` alone, and can call the sign-in functions at once."""
    anna, _ = _logins(shared)
    admin = make_engine(shared.admin_url)
    command.downgrade(_alembic_config(admin), "0005")
    admin.dispose()
    engine = _engine(shared.url(anna))
    with engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM users").scalar() == 0
    assert main(["--database", shared.admin_url, "db", "upgrade"]) == 0
    with engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT sodesk_has_users()").scalar() is False
    engine.dispose()
    _refused(shared.url(anna), "SELECT count(*) FROM users")
    _refused(shared.url(anna), "DELETE FROM import_runs")
    _refused(
        shared.url(anna),
        'INSERT INTO audit_log (at, "user", table_name, record_key, action) '
        "VALUES (now(), 'x', 'workers', '1', 'update')",
    )
