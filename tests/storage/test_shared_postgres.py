"""A shared PostgreSQL database with one login per person (README "A shared PostgreSQL
database"): ``sodesk db grant`` sets up a group role that owns nothing and a login role per
person; two desks on their own logins save the same record at once and one is refused,
told who changed what; a desk's login cannot change the schema or rewrite the audit log
(test_database_enforces.py: what else the database refuses a desk).

PostgreSQL only: SQLite has no logins. Roles are cluster-wide, so their names carry the
test process's id and are dropped afterwards.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from sodesk.cli import main
from sodesk.domain.enums import Placeable
from sodesk.services import municipalities as svc
from sodesk.services.errors import InputRejected
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import SCHEMA_HEAD, _alembic_config, make_engine
from tests.factories import MARCH_2025, write_folder

_numbers = itertools.count()


@dataclass
class Shared:
    admin_url: str
    group: str
    logins: dict[str, str]  # login role -> its URL

    def url(self, login: str) -> str:
        return self.logins[login]


def _admin(postgres_url: str) -> Any:
    return create_engine(postgres_url, isolation_level="AUTOCOMMIT")


@pytest.fixture
def shared(
    postgres_url: str,
    postgres_template: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Shared]:
    """A fresh database with the March data, a group and two login roles made by the CLI."""
    tag = f"t{os.getpid()}_{next(_numbers)}"
    name, group = f"sodesk_shared_{tag}", f"{tag}_users"
    logins = [f"{tag}_anna", f"{tag}_bram"]
    server = _admin(postgres_url)
    with server.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE sodesk_template"))
    admin_url = make_url(postgres_template).set(database=name)
    admin = admin_url.render_as_string(hide_password=False)
    try:
        folder = write_folder(tmp_path / "in", MARCH_2025)
        assert main(["--database", admin, "import", str(folder)]) == 0
        for login in logins:
            monkeypatch.setattr("sys.stdin", _Line("geheim-wachtwoord-1\n"))
            argv = ["--database", admin, "db", "grant", login, "--group", group]
            assert main([*argv, "--password-stdin"]) == 0
        assert f"{logins[1]} is lid" in capsys.readouterr().err
        urls = {
            login: admin_url.set(username=login, password="geheim-wachtwoord-1").render_as_string(
                hide_password=False
            )
            for login in logins
        }
        yield Shared(admin, group, urls)
    finally:
        with server.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            for role in [*logins, group]:
                connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        server.dispose()


class _Line:
    """A stand-in for standard input holding one line (the password piped in)."""

    def __init__(self, line: str) -> None:
        self.line = line

    def readline(self) -> str:
        return self.line


def _desk(shared: Shared, login: str, user: str) -> Workspace:
    return open_workspace(shared.url(login), user=user)


def test_each_login_is_its_own_role_in_a_group_that_owns_nothing(shared: Shared) -> None:
    engine = create_engine(shared.admin_url)
    with engine.connect() as connection:
        roles = connection.execute(
            text(
                "SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolcreaterole, "
                "r.rolpassword IS NOT NULL FROM pg_authid r "
                "WHERE r.rolname = ANY(:names) ORDER BY r.rolname"
            ),
            {"names": [*shared.logins, shared.group]},
        ).all()
        owned = connection.execute(
            text("SELECT count(*) FROM pg_tables WHERE tableowner = ANY(:names)"),
            {"names": [*shared.logins, shared.group]},
        ).scalar_one()
        members = (
            connection.execute(
                text(
                    "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                    "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :group ORDER BY 1"
                ),
                {"group": shared.group},
            )
            .scalars()
            .all()
        )
    engine.dispose()
    anna, bram = sorted(shared.logins)
    assert [tuple(r) for r in roles] == [
        (anna, True, False, False, True),
        (bram, True, False, False, True),
        (shared.group, False, False, False, False),
    ]
    assert owned == 0
    assert members == [anna, bram]


def test_two_desks_on_their_own_logins_save_the_same_entry_at_once(shared: Shared) -> None:
    anna_login, bram_login = sorted(shared.logins)
    admin = open_workspace(shared.admin_url, user="beheerder")
    with admin.sessions() as session:
        municipality = session.scalars(select(t.MunicipalityRow.id)).one()
    entry = svc.save_waiting_entry(
        admin.sessions,
        municipality,
        None,
        reference="W-1",
        advice_date=dt.date(2025, 2, 1),
        placeable=Placeable.NOW,
        reason=None,
        placed_on=None,
    )
    admin.close()
    desks = {
        "anna": _desk(shared, anna_login, "anna"),
        "bram": _desk(shared, bram_login, "bram"),
    }
    # both desks have read the entry at version 1 before either writes: a real race
    both_read = threading.Barrier(2, timeout=60)
    for desk in desks.values():

        @event.listens_for(desk.sessions, "before_flush")
        def _meet(session: Any, _context: Any, _instances: Any) -> None:
            if not session.info.get("met"):
                session.info["met"] = True
                both_read.wait()

    outcome: dict[str, str] = {}

    def save(user: str) -> None:
        try:
            svc.save_waiting_entry(
                desks[user].sessions,
                municipality,
                entry,
                reference="W-1",
                advice_date=dt.date(2025, 2, 1),
                placeable=Placeable.LATER,
                reason=f"besproken met {user}",
                placed_on=None,
                version=1,
            )
            outcome[user] = "saved"
        except InputRejected as refused:
            outcome[user] = refused.message

    threads = [threading.Thread(target=save, args=(user,)) for user in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for desk in desks.values():
        desk.close()
    winners = [user for user, result in outcome.items() if result == "saved"]
    assert len(winners) == 1, outcome
    (winner,) = winners
    (loser,) = set(desks) - {winner}
    login = anna_login if winner == "anna" else bram_login
    assert outcome[loser].startswith(
        f"Wachtlijstregel 'W-1' is intussen gewijzigd door {winner} (database: {login}) op "
    )
    assert "(plaatsbaarheid, reden)" in outcome[loser]
    engine = create_engine(shared.admin_url)
    with engine.connect() as connection:
        stored = connection.execute(select(t.WaitingListRow.reason, t.WaitingListRow.version)).one()
        logged = connection.execute(
            select(t.AuditRow.user, t.AuditRow.db_user, t.AuditRow.new_value).where(
                t.AuditRow.table_name == "waiting_list", t.AuditRow.field == "reason"
            )
        ).all()
    engine.dispose()
    assert tuple(stored) == (f"besproken met {winner}", 2)
    assert [tuple(row) for row in logged] == [(winner, login, f"besproken met {winner}")]


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE hours",
        "ALTER TABLE workers ADD COLUMN nickname text",
        "CREATE TABLE notes (id integer)",
        "TRUNCATE hours",
        "DELETE FROM audit_log",
        "UPDATE audit_log SET new_value = 'x'",
        "UPDATE alembic_version SET version_num = '9999'",
    ],
)
def test_a_desk_login_cannot_change_the_schema_or_rewrite_the_log(
    shared: Shared, statement: str
) -> None:
    engine = create_engine(shared.url(sorted(shared.logins)[0]))
    with (
        pytest.raises(ProgrammingError, match=r"permission denied|must be owner"),
        engine.begin() as connection,
    ):
        connection.exec_driver_sql(statement)
    # and it can do its work: read and write rows (the database logs the change itself;
    # a desk no longer inserts into the log, see test_database_enforces.py)
    with engine.begin() as connection:
        connection.execute(text("UPDATE workers SET coach = 'J. Jansen'"))
        logged = connection.execute(
            text("SELECT count(*) FROM audit_log WHERE field = 'coach' AND new_value = 'J. Jansen'")
        ).scalar_one()
    engine.dispose()
    assert logged == 1


def test_a_desk_login_on_an_older_schema_is_told_to_ask_the_administrator(
    shared: Shared, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = make_engine(shared.admin_url)
    command.downgrade(_alembic_config(admin), "0003")
    admin.dispose()
    desk = shared.url(sorted(shared.logins)[0])
    assert main(["--database", desk, "db", "upgrade"]) == 1
    message = capsys.readouterr().err
    assert f"schemaversie 0003, deze sodesk vraagt {SCHEMA_HEAD}" in message
    assert "vraag de beheerder 'sodesk db upgrade' uit te voeren" in message
    assert main(["--database", shared.admin_url, "db", "upgrade"]) == 0
    assert main(["--database", desk, "db", "upgrade"]) == 0


def test_grant_refuses_a_bad_name_and_a_sqlite_database(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "grant", "anna; DROP TABLE hours", "--print"]) == 1
    assert "rolnaam 'anna; DROP TABLE hours'" in capsys.readouterr().err
    assert main(["--database", sqlite_url, "db", "grant", "anna"]) == 1
    assert "alleen bij een PostgreSQL-database" in capsys.readouterr().err


def test_db_upgrade_takes_no_login(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", sqlite_url, "db", "upgrade", "anna"]) == 2
    assert "db upgrade neemt geen login" in capsys.readouterr().err


def test_only_the_administrator_takes_and_restores_a_backup(
    shared: Shared, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy holds the users' password hashes, which a desk's login may not read."""
    desk = shared.url(sorted(shared.logins)[0])
    copy = tmp_path / "kopie.backup"
    assert main(["--database", desk, "backup", str(copy)]) == 1
    assert "mag geen kopie maken" in capsys.readouterr().err
    assert not copy.exists()
    assert main(["--database", shared.admin_url, "backup", str(copy)]) == 0
    engine = create_engine(shared.admin_url)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM hours WHERE date > '2025-03-12'"))
    assert main(["--database", desk, "restore", str(copy)]) == 1
    assert "mag geen kopie terugzetten: dat doet de beheerder" in capsys.readouterr().err
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM hours")).scalar_one() == 8
    with engine.connect() as connection:
        logged = connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    assert main(["--database", shared.admin_url, "restore", str(copy)]) == 0
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM hours")).scalar_one() == 10
        # the copy's log comes back as it was: the restore's rows are not logged again
        assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == logged
    engine.dispose()
