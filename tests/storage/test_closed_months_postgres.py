# ruff: noqa: F811  (the ``shared`` fixture of test_shared_postgres, imported by name)
"""PostgreSQL itself decides who closes and reopens months: a desk's login cannot write
closed_months, and the closing functions accept a controller's or an administrator's sign-in
token only (a manager's is refused in the database, whatever the desk's program says)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from sodesk.domain.enums import Role
from sodesk.services import parameters as params
from sodesk.services import periods
from sodesk.services.permissions import PermissionDenied
from sodesk.services.users import SignedIn, create_user
from sodesk.services.workspace import open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.storage.test_shared_postgres import Shared, shared  # noqa: F401

MARCH = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO closed_months (month, closed_at, closed_by) "
        "VALUES ('2025-03-01', now(), 'ik')",
        "DELETE FROM closed_months",
        "UPDATE closed_months SET closed_by = 'ik'",
    ],
)
def test_a_desk_login_cannot_write_the_closed_months(shared: Shared, statement: str) -> None:
    engine = create_engine(shared.url(sorted(shared.logins)[0]))
    try:
        with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as c:
            c.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_a_desk_login_is_refused_by_the_trigger_inside_a_closed_month(shared: Shared) -> None:
    admin = open_workspace(shared.admin_url, user="beheer")
    periods.close_through(admin, None, MARCH, confirmed=True)
    admin.close()
    engine = create_engine(shared.url(sorted(shared.logins)[0]))
    try:
        for statement in ("UPDATE hours SET hours = 1", "UPDATE employments SET hourly_wage = 99"):
            closed = r"sodesk: month closed \(\w+, 2025-0[13]-"
            with pytest.raises(DBAPIError, match=closed), engine.begin() as connection:
                connection.exec_driver_sql(statement)
        with engine.begin() as connection:  # a month after the closed ones stays open
            connection.exec_driver_sql(
                "INSERT INTO hours (worker_id, activity_id, date, hours) "
                "SELECT worker_id, activity_id, '2025-04-01', 2 FROM hours LIMIT 1"
            )
    finally:
        engine.dispose()


def test_only_a_controller_or_administrator_token_closes_and_reopens(shared: Shared) -> None:
    admin = open_workspace(shared.admin_url, user="beheer")
    with transaction(admin.sessions) as session:
        create_user(session, "beheer", "Bea Beheer", Role.ADMINISTRATOR, "beheer-wachtwoord-1")
        create_user(session, "carla", "Carla", Role.CONTROLLER, "controller-wachtwoord-1")
        create_user(session, "mo", "Mo", Role.MANAGER, "manager-wachtwoord-1")
    admin.close()
    desk = open_workspace(shared.url(sorted(shared.logins)[0]), user="mo")
    try:
        manager = params.sign_in_workspace(desk, "mo", "manager-wachtwoord-1")
        with pytest.raises(PermissionDenied, match="niet: maanden afsluiten"):
            periods.close_through(desk, manager, MARCH)
        # a manager's token passed off as a controller's: the database refuses it
        forged = SignedIn("mo", "Mo", Role.CONTROLLER, token=manager.token)
        with pytest.raises(PermissionDenied, match="De database weigert"):
            periods.close_through(desk, forged, MARCH, confirmed=True)
        controller = params.sign_in_workspace(desk, "carla", "controller-wachtwoord-1")
        assert periods.close_through(desk, controller, MARCH, confirmed=True)[-1] == MARCH
        with pytest.raises(PermissionDenied, match="De database weigert"):
            periods.reopen(desk, forged, MARCH, "correctie")
        assert periods.reopen(desk, controller, MARCH, "correctie") == [MARCH]
        with desk.sessions() as session:
            log = session.execute(
                select(t.AuditRow.user, t.AuditRow.db_user, t.AuditRow.action, t.AuditRow.reason)
                .where(t.AuditRow.table_name == "closed_months", t.AuditRow.record_key == "2025-03")
                .order_by(t.AuditRow.id)
            ).all()
            login = session.scalar(text("SELECT session_user"))
        assert [tuple(row) for row in log] == [
            ("carla", login, "close", None),
            ("carla", login, "reopen", "correctie"),
        ]
    finally:
        desk.close()
