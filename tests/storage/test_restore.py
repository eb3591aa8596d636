"""Herstellen uit het auditlog (services.restore) on both databases: every supported table comes
back field by field as it was before the delete, the restore is logged as inserts with its
reason, and every refusal (worker, user, parent gone, key taken, not a deletion, not an
administrator, no reason) names the record and writes nothing.

MARCH_2025 (tests/factories.py): municipality M1 with its 2025 year, activity A1 with an hourly
rate from 01-01-2025, worker P1 with an employment, a wage value and a placement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from sodesk.cli import main
from sodesk.domain.enums import Placeable, RateUnit, Role, WorkType
from sodesk.services import municipalities, rates
from sodesk.services import restore as svc
from sodesk.services.permissions import PermissionDenied
from sodesk.services.users import SignedIn, create_user
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder
from tests.storage.test_shared_postgres import Shared, _desk, shared  # noqa: F401

ADMIN = SignedIn("beheer", "Bea Beheer", Role.ADMINISTRATOR)
MANAGER = SignedIn("manager", "Mia Manager", Role.MANAGER)


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="beheer")
    yield workspace
    workspace.close()


def _fields(row: Any) -> dict[str, Any]:
    """Every column of a row but its lock version (a restored row starts at version 1)."""
    return {
        a.key: getattr(row, a.key) for a in inspect(row).mapper.column_attrs if a.key != "version"
    }


def _snapshot(workspace: Workspace, table: type, where: Any) -> dict[str, Any]:
    with workspace.sessions() as session:
        row = session.scalars(select(table).where(where)).one()
        return _fields(row)


def _delete(workspace: Workspace, table: type, where: Any, reason: str = "weg ermee") -> None:
    """Delete through the ORM, as the services do (the audit log records it)."""
    with transaction(workspace.sessions) as session:
        session.info["reason"] = reason
        session.delete(session.scalars(select(table).where(where)).one())


def _deletion_line(workspace: Workspace, table_name: str) -> int:
    """The newest audit line of a deletion in ``table_name``."""
    with workspace.sessions() as session:
        found = session.scalar(
            select(func.max(t.AuditRow.id)).where(
                t.AuditRow.table_name == table_name, t.AuditRow.action == "delete"
            )
        )
    assert found is not None
    return found


def _counts(workspace: Workspace) -> tuple[int, ...]:
    with workspace.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (
                t.AuditRow,
                t.RateRow,
                t.EmploymentRow,
                t.WageValueRow,
                t.WageValueTaskRow,
                t.WorkerRow,
                t.UserRow,
            )
        )


def _refused(workspace: Workspace, audit_id: int, *words: str, by: SignedIn = ADMIN) -> None:
    before = _counts(workspace)
    with pytest.raises(svc.RestoreRefused) as refusal:
        svc.restore_deletion(workspace.sessions, audit_id, "terugzetten", by)
    for word in words:
        assert word.lower() in refusal.value.message.lower()
    assert _counts(workspace) == before  # nothing written


def _a1(workspace: Workspace) -> rates.ActivityRates:
    with workspace.sessions() as session:
        found = rates.activity_rates(session, "A1")
    assert found is not None
    return found


def _a1_rate(workspace: Workspace) -> tuple[int, rates.ActivityRates]:
    """A second A1 rate (from 1 July), which the tests delete and restore."""
    a1 = _a1(workspace)
    entry = rates.RateInput(dt.date(2025, 7, 1), None, RateUnit.HOUR, Decimal("12.3456"))
    rate_id = rates.add_rate(workspace.sessions, a1.activity_id, a1.snapshot, entry)
    return rate_id, _a1(workspace)


def test_a_deleted_rate_comes_back_field_by_field_and_the_restore_is_logged(
    march: Workspace,
) -> None:
    rate_id, a1 = _a1_rate(march)
    before = _snapshot(march, t.RateRow, t.RateRow.id == rate_id)
    rates.delete_rate(march.sessions, a1.activity_id, a1.snapshot, rate_id, "dubbel ingevoerd")
    with march.sessions() as session:
        assert session.get(t.RateRow, rate_id) is None
    line = _deletion_line(march, "rates")

    restored = svc.restore_deletion(march.sessions, line, "toch nodig", ADMIN)

    assert restored.rows == 1
    assert restored.message.startswith(f"Tarief {rate_id}, verwijderd door beheer op ")
    after = _snapshot(march, t.RateRow, t.RateRow.valid_from == dt.date(2025, 7, 1))
    assert after == before
    assert after["price"] == Decimal("12.3456") and after["unit"] is RateUnit.HOUR
    with march.sessions() as session:
        logged = session.scalars(
            select(t.AuditRow).where(t.AuditRow.id > line, t.AuditRow.table_name == "rates")
        ).all()
    assert {a.action for a in logged} == {"insert"}
    assert {a.reason for a in logged} == {"hersteld uit het auditlog: toch nodig"}
    assert {a.user for a in logged} == {"beheer"}
    assert {a.field: a.new_value for a in logged}["price"] == "12.3456"


def _add_waiting_entry(workspace: Workspace) -> Any:
    with workspace.sessions() as session:
        m1 = session.scalars(select(t.MunicipalityRow.id)).one()
    entry_id = municipalities.save_waiting_entry(
        workspace.sessions,
        m1,
        None,
        reference="W-17",
        advice_date=dt.date(2025, 2, 3),
        placeable=Placeable.LATER,
        reason="wacht op plek",
        placed_on=None,
    )
    return t.WaitingListRow.id == entry_id


def _add_minimum_wage(workspace: Workspace) -> Any:
    with transaction(workspace.sessions) as session:
        session.add(t.MinimumWageRow(valid_from=dt.date(2031, 1, 1), amount=Decimal("16.0100"),
                                     unit="hour", note="geschat", source=None))  # fmt: skip
    return t.MinimumWageRow.valid_from == dt.date(2031, 1, 1)


CASES: dict[str, tuple[type, Callable[[Workspace], Any]]] = {
    "employments": (t.EmploymentRow, lambda _w: t.EmploymentRow.start_date == dt.date(2025, 1, 1)),
    "placements": (t.PlacementRow, lambda _w: t.PlacementRow.start_date == dt.date(2025, 1, 1)),
    "waiting_list": (t.WaitingListRow, _add_waiting_entry),
    "municipality_years": (t.MunicipalityYearRow, lambda _w: t.MunicipalityYearRow.year == 2025),
    "minimum_wage": (t.MinimumWageRow, _add_minimum_wage),
    "lks_parameters": (
        t.LksParameterRow,
        lambda w: t.LksParameterRow.valid_from == _first(w, t.LksParameterRow.valid_from),
    ),
    "fixed_lks_regimes": (
        t.FixedRegimeRow,
        lambda w: t.FixedRegimeRow.name == _first(w, t.FixedRegimeRow.name),
    ),
    "company_years": (t.CompanyYearRow, lambda _w: t.CompanyYearRow.year == 2025),
    "overhead_rates": (t.OverheadRateRow, lambda _w: t.OverheadRateRow.year == 2025),
}


def _first(workspace: Workspace, column: Any) -> Any:
    with workspace.sessions() as session:
        return session.scalars(select(column).order_by(column)).first()


@pytest.mark.parametrize("table_name", list(CASES))
def test_every_supported_table_comes_back_as_it_was(march: Workspace, table_name: str) -> None:
    table, where_of = CASES[table_name]
    where = where_of(march)
    before = _snapshot(march, table, where)
    _delete(march, table, where)
    with march.sessions() as session:
        assert session.scalars(select(table).where(where)).first() is None
    line = _deletion_line(march, table_name)

    svc.restore_deletion(march.sessions, line, "per ongeluk verwijderd", ADMIN)

    assert _snapshot(march, table, where) == before
    with march.sessions() as session:
        actions = session.scalars(
            select(t.AuditRow.action).where(
                t.AuditRow.id > line, t.AuditRow.table_name == table_name
            )
        ).all()
    assert actions and set(actions) == {"insert"}


def test_a_wage_value_comes_back_with_its_tasks(march: Workspace) -> None:
    with transaction(march.sessions) as session:
        measurement = session.scalars(select(t.WageValueRow)).one()
        for task, share in (("inpakken", "0.6"), ("sorteren", "0.4")):
            measurement.tasks.append(
                t.WageValueTaskRow(task=task, time_share=Decimal(share), tempo=Decimal("0.8"),
                                   quality=Decimal("0.9"), net_work_time=Decimal("0.75"))
            )  # fmt: skip
    with march.sessions() as session:
        measurement = session.scalars(select(t.WageValueRow)).one()
        before = _fields(measurement)
        tasks_before = sorted(
            ({k: v for k, v in _fields(x).items() if k != "id"} for x in measurement.tasks),
            key=lambda f: f["task"],
        )
    _delete(march, t.WageValueRow, t.WageValueRow.id == before["id"], "nieuwe meting komt")
    with march.sessions() as session:
        assert session.scalar(select(func.count()).select_from(t.WageValueTaskRow)) == 0
    line = _deletion_line(march, "wage_values")

    restored = svc.restore_deletion(march.sessions, line, "meting klopte wel", ADMIN)

    assert restored.rows == 3
    with march.sessions() as session:
        measurement = session.scalars(select(t.WageValueRow)).one()
        assert _fields(measurement) == before
        tasks_after = sorted(
            ({k: v for k, v in _fields(x).items() if k != "id"} for x in measurement.tasks),
            key=lambda f: f["task"],
        )
    assert tasks_after == tasks_before
    assert tasks_after[0]["wage_value_id"] == before["id"]


def test_a_worker_is_refused_because_hours_and_guidance_are_not_in_the_log(
    march: Workspace,
) -> None:
    _delete(march, t.WorkerRow, t.WorkerRow.personnel_number == "P1")
    _refused(march, _deletion_line(march, "workers"), "medewerker", "uren", "begeleiding")


def test_an_employment_of_a_deleted_worker_is_refused_naming_the_missing_worker(
    march: Workspace,
) -> None:
    _delete(march, t.EmploymentRow, t.EmploymentRow.start_date == dt.date(2025, 1, 1))
    line = _deletion_line(march, "employments")
    _delete(march, t.WorkerRow, t.WorkerRow.personnel_number == "P1")
    _refused(march, line, "dienstverband", "medewerker", "bestaat niet meer")


def test_a_user_is_refused_because_the_password_is_not_in_the_log(march: Workspace) -> None:
    with transaction(march.sessions) as session:
        create_user(session, "oud", "Oud Account", Role.CONTROLLER, "lang-genoeg-1")
    _delete(march, t.UserRow, t.UserRow.username == "oud")
    _refused(march, _deletion_line(march, "users"), "gebruiker", "wachtwoord")


def test_a_rate_whose_key_was_taken_again_is_refused_and_so_is_a_second_restore(
    march: Workspace,
) -> None:
    rate_id, a1 = _a1_rate(march)
    rates.delete_rate(march.sessions, a1.activity_id, a1.snapshot, rate_id, "fout")
    line = _deletion_line(march, "rates")
    a1 = _a1(march)
    entry = rates.RateInput(dt.date(2025, 7, 1), None, RateUnit.HOUR, Decimal("13"))
    rates.add_rate(march.sessions, a1.activity_id, a1.snapshot, entry)
    _refused(march, line, "tarief", "nieuwere regel", "activiteit A1, geldig vanaf 01-07-2025")

    a1 = _a1(march)
    newer = next(r.id for r in a1.rates if r.valid_from == dt.date(2025, 7, 1))
    rates.delete_rate(march.sessions, a1.activity_id, a1.snapshot, newer, "toch niet")
    svc.restore_deletion(march.sessions, line, "de oude prijs gold", ADMIN)
    _refused(march, line, "nieuwere regel")  # restored once: its key is taken now


def test_a_line_that_is_no_deletion_a_manager_and_a_missing_reason_are_refused(
    march: Workspace,
) -> None:
    rate_id, a1 = _a1_rate(march)
    with march.sessions() as session:
        insert = session.scalar(
            select(func.max(t.AuditRow.id)).where(t.AuditRow.action == "insert")
        )
    assert insert is not None
    _refused(march, insert, "geen verwijdering")
    rates.delete_rate(march.sessions, a1.activity_id, a1.snapshot, rate_id, "fout")
    line = _deletion_line(march, "rates")
    before = _counts(march)
    refusal = "als manager niet: kopieën of verwijderde records terugzetten"
    with pytest.raises(PermissionDenied, match=refusal):
        svc.restore_deletion(march.sessions, line, "terugzetten", MANAGER)
    assert _counts(march) == before
    before = _counts(march)
    with pytest.raises(svc.RestoreRefused, match="reden"):
        svc.restore_deletion(march.sessions, line, "  ", ADMIN)
    assert _counts(march) == before


def test_a_rate_of_a_deleted_activity_is_refused(march: Workspace) -> None:
    with transaction(march.sessions) as session:
        client = session.scalars(select(t.ClientRow)).one()
        activity = t.ActivityRow(code="A2", name="Snoeien", client=client,
                                 work_type=next(iter(WorkType)))  # fmt: skip
        activity.rates.append(t.RateRow(valid_from=dt.date(2025, 1, 1), unit=RateUnit.HOUR,
                                        price=Decimal("9")))  # fmt: skip
        session.add(activity)
    _delete(march, t.RateRow, t.RateRow.price == Decimal("9"))
    line = _deletion_line(march, "rates")
    _delete(march, t.ActivityRow, t.ActivityRow.code == "A2")
    _refused(march, line, "tarief", "activiteit", "bestaat niet meer")


def test_a_desk_login_on_a_shared_database_restores_though_the_log_is_append_only(
    shared: Shared,  # noqa: F811  (the fixture of test_shared_postgres)
) -> None:
    """The group role may add to the audit log, never change it: the restore only inserts."""
    desk = _desk(shared, next(iter(shared.logins)), "beheer")
    try:
        rate_id, a1 = _a1_rate(desk)
        before = _snapshot(desk, t.RateRow, t.RateRow.id == rate_id)
        rates.delete_rate(desk.sessions, a1.activity_id, a1.snapshot, rate_id, "fout")
        svc.restore_deletion(desk.sessions, _deletion_line(desk, "rates"), "toch goed", ADMIN)
        assert _snapshot(desk, t.RateRow, t.RateRow.id == rate_id) == before
    finally:
        desk.close()


def test_a_rate_whose_old_id_was_taken_comes_back_under_a_new_id(march: Workspace) -> None:
    """SQLite hands the highest id out again once it is deleted; the key is what must be free."""
    rate_id, a1 = _a1_rate(march)
    before = _snapshot(march, t.RateRow, t.RateRow.id == rate_id)
    rates.delete_rate(march.sessions, a1.activity_id, a1.snapshot, rate_id, "fout")
    line = _deletion_line(march, "rates")
    a1 = _a1(march)
    later = rates.RateInput(dt.date(2025, 9, 1), None, RateUnit.HOUR, Decimal("14"))
    rates.add_rate(march.sessions, a1.activity_id, a1.snapshot, later)
    with march.sessions() as session:
        taken = session.get(t.RateRow, rate_id) is not None
    svc.restore_deletion(march.sessions, line, "toch goed", ADMIN)
    after = _snapshot(march, t.RateRow, t.RateRow.valid_from == dt.date(2025, 7, 1))
    assert (after["id"] != rate_id) is taken
    assert {k: v for k, v in after.items() if k != "id"} == {
        k: v for k, v in before.items() if k != "id"
    }
