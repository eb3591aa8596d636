"""Every change to people, wage values, rates and parameters is logged; a stale save is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from sodesk.cli import main
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder


@pytest.fixture
def imported(database_url: str, tmp_path: Path) -> str:
    assert (
        main(["--database", database_url, "import", str(write_folder(tmp_path / "in", MARCH_2025))])
        == 0
    )
    return database_url


def _last_logged(workspace: Workspace) -> int:
    """The newest log row's id: on PostgreSQL the database's triggers log the import too, so
    a test reads only the rows its own change adds after it."""
    with workspace.sessions() as session:
        return session.scalar(select(func.max(t.AuditRow.id))) or 0


def test_a_change_is_logged_with_user_old_and_new_value(imported: str) -> None:
    workspace = open_workspace(imported, user="controller.jan")
    before = _last_logged(workspace)
    with transaction(workspace.sessions) as session:
        session.info["reason"] = "nieuwe cao-schaal"
        employment = session.scalars(select(t.EmploymentRow)).one()
        employment.hourly_wage = Decimal("14.50")
        rate = session.scalars(select(t.RateRow)).one()
        session.delete(rate)
    with workspace.sessions() as session:
        log = session.scalars(
            select(t.AuditRow).where(t.AuditRow.id > before).order_by(t.AuditRow.id)
        ).all()
    wage = [row for row in log if row.field == "hourly_wage"]
    assert len(wage) == 1
    assert (wage[0].user, wage[0].action, wage[0].table_name) == (
        "controller.jan",
        "update",
        "employments",
    )
    assert Decimal(wage[0].old_value) == Decimal("14.06")
    assert Decimal(wage[0].new_value) == Decimal("14.50")
    assert wage[0].reason == "nieuwe cao-schaal"
    deleted = {row.field: row.old_value for row in log if row.action == "delete"}
    assert deleted["unit"] == "hour" and Decimal(deleted["price"]) == Decimal("10.00")
    workspace.close()


def test_a_new_parameter_row_is_logged_and_hours_are_not(imported: str) -> None:
    workspace = open_workspace(imported, user="controller.jan")
    with transaction(workspace.sessions) as session:
        session.add(
            t.MinimumWageRow(valid_from=dt.date(2026, 7, 1), amount=Decimal("14.99"), unit="hour")
        )
        session.add(
            t.HourRow(
                worker_id=session.scalars(select(t.WorkerRow.id)).one(),
                activity_id=session.scalars(select(t.ActivityRow.id)).one(),
                date=dt.date(2025, 3, 17),
                hours=Decimal(8),
            )
        )
    with workspace.sessions() as session:
        tables = {
            row.table_name
            for row in session.scalars(
                select(t.AuditRow).where(t.AuditRow.user == "controller.jan")
            )
        }
        shipped = session.scalars(
            select(t.AuditRow.reason).where(t.AuditRow.table_name == "lks_parameters")
        ).first()
    assert tables == {"minimum_wage"}
    assert shipped == "meegeleverde referentiegegevens (resources/reference/SOURCES.md)"
    workspace.close()


def test_a_new_record_is_logged_under_its_own_key_as_on_both_backends(imported: str) -> None:
    """A new placement or employment has no code or number of its own: its log rows carry
    the key the database gave it (as the PostgreSQL triggers write it), not a placeholder."""
    workspace = open_workspace(imported, user="controller.jan")
    before = _last_logged(workspace)
    with transaction(workspace.sessions) as session:
        worker = session.scalars(select(t.WorkerRow)).one()
        employment = session.scalars(select(t.EmploymentRow)).one()
        added = t.EmploymentRow(
            worker_id=worker.id,
            start_date=dt.date(2026, 1, 1),
            end_date=dt.date(2026, 12, 31),
            contract_hours_per_week=employment.contract_hours_per_week,
            hourly_wage=Decimal("14.99"),
        )
        session.add(added)
        session.flush()
        key = str(added.id)
    with workspace.sessions() as session:
        log = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.id > before, t.AuditRow.table_name == "employments"
            )
        ).all()
    assert log and {row.action for row in log} == {"insert"}
    assert {row.record_key for row in log} == {key}
    assert {"hourly_wage", "start_date"} <= {row.field for row in log}
    workspace.close()


def test_a_stale_save_is_refused_not_silently_overwritten(imported: str) -> None:
    """Two desks load the same worker; the second save, made on an old version, is refused."""
    desk_a = open_workspace(imported, user="desk.a")
    desk_b = open_workspace(imported, user="desk.b")
    before = _last_logged(desk_b)
    with desk_a.sessions() as session:
        mine = session.scalars(select(t.WorkerRow)).one()  # loaded, then the session closes
    with transaction(desk_b.sessions) as session:
        session.scalars(select(t.WorkerRow)).one().last_name = "de Vries-Jansen"
    mine.last_name = "Jansen"
    with pytest.raises(StaleDataError), transaction(desk_a.sessions) as session:
        session.add(mine)
    with desk_a.sessions() as session:
        assert session.scalars(select(t.WorkerRow.last_name)).one() == "de Vries-Jansen"
        changes = session.scalars(
            select(t.AuditRow.user).where(
                t.AuditRow.field == "last_name", t.AuditRow.id > before
            )
        ).all()
    assert changes == ["desk.b"]
    desk_a.close()
    desk_b.close()


def test_a_bsn_is_logged_masked_never_in_clear(imported: str) -> None:
    """The audit log keeps the last three digits of a BSN, old and new, and nothing more."""
    workspace = open_workspace(imported, user="beheerder.piet")
    before = _last_logged(workspace)
    with transaction(workspace.sessions) as session:
        session.scalars(select(t.WorkerRow)).one().bsn = "123456782"
        session.add(
            t.WorkerRow(
                personnel_number="P9",
                first_name="Bram",
                last_name="Smit",
                bsn="987654326",
                target_group=session.scalars(select(t.WorkerRow.target_group)).first(),
                municipality_id=session.scalars(select(t.MunicipalityRow.id)).one(),
            )
        )
    with workspace.sessions() as session:
        logged = session.execute(
            select(t.AuditRow.action, t.AuditRow.old_value, t.AuditRow.new_value)
            .where(t.AuditRow.field == "bsn", t.AuditRow.id > before)
            .order_by(t.AuditRow.id)
        ).all()
        every_value = " ".join(
            str(value)
            for row in session.execute(select(t.AuditRow.old_value, t.AuditRow.new_value))
            for value in row
        )
    assert sorted(logged) == [
        ("insert", None, "••••••326"),
        ("update", "••••••333", "••••••782"),
    ]
    for bsn in ("111222333", "123456782", "987654326"):
        assert bsn not in every_value
    workspace.close()


def test_the_log_names_the_database_login_beside_the_sodesk_user(imported: str) -> None:
    workspace = open_workspace(imported, user="controller.jan")
    before = _last_logged(workspace)
    with transaction(workspace.sessions) as session:
        session.scalars(select(t.EmploymentRow)).one().hourly_wage = Decimal("14.50")
    with workspace.sessions() as session:
        who = session.execute(
            select(t.AuditRow.user, t.AuditRow.db_user).where(
                t.AuditRow.field == "hourly_wage", t.AuditRow.id > before
            )
        ).one()
    login = workspace.engine.url.username  # postgres on the test server, none for SQLite
    assert tuple(who) == ("controller.jan", login)
    assert (login is None) == imported.startswith("sqlite")
    workspace.close()
