"""Month closing on SQLite and PostgreSQL: closing through a month, reopening with a reason
(audited), the check before closing, and every kind of change inside a closed month refused,
through the services' sessions (a Dutch message naming the month) and through raw SQL (the
database's own triggers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sodesk.cli import main
from sodesk.domain.enums import GuidanceKind, LksRegime, TargetGroup, WorkType
from sodesk.services import periods
from sodesk.services.errors import InputRejected
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from tests.factories import MARCH_2025, write_folder

D = dt.date
FEB, MAR, APR = D(2025, 2, 1), D(2025, 3, 1), D(2025, 4, 1)
#: the company of MARCH_2025 with hours in January, February and April too
FILES = {
    **MARCH_2025,
    "hours": MARCH_2025["hours"].rstrip()
    + "\n        P1;A1;2025-01-06;8\n        P1;A1;2025-02-03;8\n        P1;A1;2025-04-01;8\n",
}


@pytest.fixture
def company(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    folder = write_folder(tmp_path / "in", FILES)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="carla")
    yield workspace
    workspace.close()


def _statuses(workspace: Workspace) -> dict[dt.date, bool]:
    return {s.month: s.closed for s in periods.month_statuses(workspace)}


def _one(session: Session, row: type, *where: object) -> object:
    return session.scalars(select(row).where(*where)).one()


def test_closing_a_month_closes_every_earlier_one_and_reopening_every_later_one(
    company: Workspace,
) -> None:
    assert periods.close_through(company, None, FEB) == [D(2025, 1, 1), FEB]
    assert _statuses(company) == {D(2025, 1, 1): True, FEB: True, MAR: False, APR: False}
    assert periods.close_through(company, None, MAR) == [MAR]
    with pytest.raises(periods.PeriodProblem, match="al afgesloten"):
        periods.close_through(company, None, FEB)
    with pytest.raises(periods.PeriodProblem, match="reden"):
        periods.reopen(company, None, FEB, "  ")
    assert periods.reopen(company, None, FEB, "uren februari gecorrigeerd") == [FEB, MAR]
    assert _statuses(company) == {D(2025, 1, 1): True, FEB: False, MAR: False, APR: False}
    closed = periods.month_statuses(company)[0]
    assert closed.closed_by == "carla" and closed.closed_at is not None
    with company.sessions() as session:
        log = session.execute(
            select(t.AuditRow.record_key, t.AuditRow.action, t.AuditRow.reason, t.AuditRow.user)
            .where(t.AuditRow.table_name == "closed_months")
            .order_by(t.AuditRow.id)
        ).all()
    assert [(key, action) for key, action, _r, _u in log] == [
        ("2025-01", "close"),
        ("2025-02", "close"),
        ("2025-03", "close"),
        ("2025-02", "reopen"),
        ("2025-03", "reopen"),
    ]
    assert {reason for _k, action, reason, _u in log if action == "reopen"} == {
        "uren februari gecorrigeerd"
    }
    assert {user for *_rest, user in log} == {"carla"}


def test_the_check_lists_hours_without_placement_and_guidance_without_activity(
    company: Workspace,
) -> None:
    assert periods.check(company, MAR) == []
    with transaction(company.sessions) as session:
        placement = _one(session, t.PlacementRow)
        placement.start_date = D(2025, 3, 5)  # type: ignore[attr-defined]
        guidance = _one(session, t.GuidanceRow)
        guidance.activity_id = None  # type: ignore[attr-defined]
        guidance.activity_key = 0  # type: ignore[attr-defined]
    lines = periods.check(company, MAR)
    assert lines == [
        "Medewerker P1: 4 urenregel(s) op dagen zonder plaatsing (eerste 06-01-2025)",
        "1 regel(s) werkvloerbegeleiding zonder activiteit (eerste 10-03-2025)",
    ]
    with pytest.raises(periods.IncompleteMonths) as refused:
        periods.close_through(company, None, MAR)
    assert refused.value.lines == lines
    assert not any(_statuses(company).values())  # nothing closed without the confirmation
    assert periods.close_through(company, None, MAR, confirmed=True) == [D(2025, 1, 1), FEB, MAR]


def test_the_check_names_the_reports_missing_parameters(company: Workspace) -> None:
    with transaction(company.sessions) as session:
        session.execute(delete(t.OverheadRateRow))
    lines = periods.check(company, FEB)
    assert len(lines) == 1 and "overhead" in lines[0].lower()


#: name -> a change through the ORM (as every service saves), refused while February is closed
Change = Callable[[Session], None]


def _set(row: type, where: object, **values: object) -> Change:
    def change(session: Session) -> None:
        for key, value in values.items():
            setattr(_one(session, row, where), key, value)

    return change


def _add(make: Callable[[Session], object]) -> Change:
    return lambda session: session.add(make(session))


def _drop(row: type, where: object) -> Change:
    return lambda session: session.delete(_one(session, row, where))


def _ids(session: Session) -> tuple[int, int]:
    return session.scalar(select(t.WorkerRow.id)), session.scalar(select(t.ActivityRow.id))  # type: ignore[return-value]


REFUSED: dict[str, tuple[Change, dt.date]] = {
    "an hour changed": (_set(t.HourRow, t.HourRow.date == D(2025, 2, 3), hours=Decimal(9)), FEB),
    "an hour added": (
        _add(
            lambda s: t.HourRow(
                worker_id=_ids(s)[0], activity_id=_ids(s)[1], date=D(2025, 2, 4), hours=Decimal(1)
            )
        ),
        FEB,
    ),
    "an hour removed": (_drop(t.HourRow, t.HourRow.date == D(2025, 1, 6)), D(2025, 1, 1)),
    "an hour moved into the month": (
        _set(t.HourRow, t.HourRow.date == D(2025, 4, 1), date=D(2025, 2, 5)),
        FEB,
    ),
    "guidance added": (
        _add(
            lambda s: t.GuidanceRow(
                worker_id=_ids(s)[0], coach="Coach Een", date=D(2025, 2, 3), hours=Decimal(1),
                kind=GuidanceKind.OTHER, activity_key=0,
            )
        ),
        FEB,
    ),
    "revenue added": (
        _add(
            lambda s: t.RevenueRow(
                activity_id=_ids(s)[1], period_start=FEB, period_end=D(2025, 2, 28),
                amount=Decimal(5),
            )
        ),
        FEB,
    ),
    "a rate's price": (_set(t.RateRow, t.RateRow.price > 0, price=Decimal(11)), D(2025, 1, 1)),
    "a rate ended inside": (
        _set(t.RateRow, t.RateRow.price > 0, valid_to=D(2025, 2, 10)),
        FEB,
    ),
    "an employment's wage": (
        _set(t.EmploymentRow, t.EmploymentRow.id > 0, hourly_wage=Decimal(15)),
        D(2025, 1, 1),
    ),
    "a placement's work type": (
        _set(t.PlacementRow, t.PlacementRow.id > 0, work_type=WorkType.WORK_ON_LOCATION),
        D(2025, 1, 1),
    ),
    "a wage value": (
        _set(t.WageValueRow, t.WageValueRow.id > 0, wage_value=Decimal("0.6")),
        D(2025, 1, 1),
    ),
    "a company year": (
        _set(t.CompanyYearRow, t.CompanyYearRow.year == 2025, coach_hourly_cost=Decimal(55)),
        D(2025, 1, 1),
    ),
    "a minimum wage dated inside": (
        _add(lambda s: t.MinimumWageRow(valid_from=FEB, amount=Decimal("15.00"), unit="hour")),
        FEB,
    ),
    "a municipality's terms": (
        _set(t.MunicipalityRow, t.MunicipalityRow.id > 0, lks_regime=LksRegime.FIXED),
        D(2025, 1, 1),
    ),
    "a worker's target group": (
        _set(t.WorkerRow, t.WorkerRow.id > 0, target_group=TargetGroup.WSW),
        D(2025, 1, 1),
    ),
    "an activity's work type": (
        _set(t.ActivityRow, t.ActivityRow.id > 0, work_type=WorkType.WORK_ON_LOCATION),
        D(2025, 1, 1),
    ),
}

ALLOWED: dict[str, Change] = {
    "an hour in an open month": _set(t.HourRow, t.HourRow.date == D(2025, 3, 3), hours=Decimal(9)),
    "a rate ended in an open month": _set(t.RateRow, t.RateRow.price > 0, valid_to=D(2025, 5, 31)),
    "a worker's name": _set(t.WorkerRow, t.WorkerRow.id > 0, first_name="Anne"),
    "a municipality's name": _set(t.MunicipalityRow, t.MunicipalityRow.id > 0, name="Gemeente 1"),
    "a guidance note": _set(t.GuidanceRow, t.GuidanceRow.id > 0, note="anders"),
    "a wage value's assessor": _set(t.WageValueRow, t.WageValueRow.id > 0, assessor="K. Klaas"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_change_inside_a_closed_month_is_refused_naming_the_month(
    company: Workspace, name: str
) -> None:
    change, month = REFUSED[name]
    periods.close_through(company, None, FEB)
    with pytest.raises(periods.ClosedMonthError) as refused, transaction(company.sessions) as s:
        change(s)
    assert refused.value.month == month
    key = month.strftime("%Y-%m")
    assert f"sodesk period reopen {key} --reason" in refused.value.message
    assert "is afgesloten" in refused.value.message
    # reopened, the same change is saved
    periods.reopen(company, None, month, "correctie")
    with transaction(company.sessions) as session:
        change(session)


@pytest.mark.parametrize("name", list(ALLOWED))
def test_a_change_that_moves_no_closed_figure_is_saved(company: Workspace, name: str) -> None:
    periods.close_through(company, None, FEB)
    with transaction(company.sessions) as session:
        ALLOWED[name](session)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE hours SET hours = 9 WHERE date = '2025-02-03'",
        "DELETE FROM hours WHERE date = '2025-01-06'",
        "INSERT INTO hours (worker_id, activity_id, date, hours) "
        "SELECT worker_id, activity_id, '2025-02-10', 3 FROM hours LIMIT 1",
        "UPDATE rates SET price = 1",
        "DELETE FROM employments",
        "UPDATE company_years SET coach_hourly_cost = 1",
        "UPDATE municipalities SET lw_basis = 'minimum_wage'",
        "DELETE FROM workers",
        "INSERT INTO guidance (worker_id, coach, date, hours, kind, activity_key) "
        "SELECT id, 'Coach Een', '2025-02-11', 1, 'other', 0 FROM workers",
        "INSERT INTO revenue (activity_id, period_start, period_end, amount) "
        "SELECT id, '2025-02-01', '2025-02-28', 1 FROM activities",
        "UPDATE wage_values SET wage_value = 0.6",
        "INSERT INTO wage_value_tasks (wage_value_id, task, time_share, tempo, quality, "
        "net_work_time) SELECT id, 'Inpakken', 1, 1, 1, 1 FROM wage_values",
        "UPDATE placements SET employer = 'Elders BV'",
        "INSERT INTO minimum_wage (valid_from, amount, unit) VALUES ('2025-02-01', 15, 'hour')",
        "UPDATE lks_parameters SET holiday_allowance = 0.1",
        "UPDATE overhead_rates SET rate_per_productive_hour = 1",
        "UPDATE municipality_years SET target_places = 1",
        "UPDATE activities SET work_type = 'work_on_location'",
    ],
)
def test_raw_sql_inside_a_closed_month_is_refused_by_the_database(
    company: Workspace, statement: str
) -> None:
    periods.close_through(company, None, FEB)
    # no sodesk session, no guard: the database's triggers alone
    engine = create_engine(company.url.render_as_string(hide_password=False))
    try:
        with pytest.raises(DBAPIError, match="sodesk: month closed"), engine.begin() as conn:
            conn.exec_driver_sql(statement)
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(t.HourRow)) == 13
    finally:
        engine.dispose()


def test_an_import_touching_a_closed_month_is_refused_whole(
    company: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    periods.close_through(company, None, FEB)
    capsys.readouterr()
    folder = write_folder(
        tmp_path / "later",
        {
            "hours": """
                personnel_number;activity_code;date;hours
                P1;A1;2025-04-02;6
                P1;A1;2025-02-11;6
            """
        },
    )
    url = company.url.render_as_string(hide_password=False)
    assert main(["--database", url, "import", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "hours.csv, rij 3, kolom date: '2025-02-11' De maand feb 2025 is afgesloten" in err
    assert "sodesk period reopen 2025-02" in err and "Niets ingelezen" in err
    with company.sessions() as session:
        assert session.scalar(select(func.count()).where(t.HourRow.date == D(2025, 4, 2))) == 0
    # a master-data file changing a closed month's rate: the database refuses, the file named
    rates = write_folder(
        tmp_path / "rates",
        {"rates": "activity_code,valid_from,valid_to,unit,price\nA1,2025-01-01,,hour,12.00"},
    )
    assert main(["--database", url, "import", str(rates)]) == 1
    err = capsys.readouterr().err
    assert "rates.csv: De maand jan 2025 is afgesloten" in err
    with company.sessions() as session:
        assert session.scalar(select(t.RateRow.price)) == Decimal("10.00")


def test_the_services_save_paths_carry_the_refusal(company: Workspace) -> None:
    """The week grid of hours and the rates editor, as the window calls them."""
    from sodesk.domain.enums import RateUnit
    from sodesk.services import hours, rates

    periods.close_through(company, None, FEB)
    with company.sessions() as session:
        worker, activity = _ids(session)
        history = rates.activity_rates(session, "A1")
    assert history is not None
    cell = hours.HourCell(worker, activity, D(2025, 2, 3), Decimal(6))
    with pytest.raises(periods.ClosedMonthError, match="De maand feb 2025 is afgesloten") as no:
        hours.save_week(company.sessions, [cell])
    # one error vocabulary: a form showing refused input shows this refusal the same way
    assert isinstance(no.value, InputRejected)
    assert [f.code for f in no.value.findings] == ["month.closed"]
    assert no.value.message == no.value.findings[0].message
    with pytest.raises(periods.ClosedMonthError, match="sodesk period reopen 2025-02"):
        rates.add_rate(
            company.sessions,
            activity,
            history.snapshot,
            rates.RateInput(D(2025, 2, 15), None, RateUnit.HOUR, Decimal(12)),
        )
    # a new rate from an open month ends the old one there: nothing closed moves
    rates.add_rate(
        company.sessions,
        activity,
        history.snapshot,
        rates.RateInput(D(2025, 4, 1), None, RateUnit.HOUR, Decimal(12)),
    )
    march = hours.HourCell(worker, activity, D(2025, 3, 3), Decimal(6))
    assert hours.save_week(company.sessions, [march]) is not None


def test_a_backup_with_closed_months_is_restored_as_it_was(
    company: Workspace, tmp_path: Path
) -> None:
    periods.close_through(company, None, FEB)
    url = company.url.render_as_string(hide_password=False)
    copy = tmp_path / "kopie.sodesk-backup"
    assert main(["--database", url, "backup", str(copy)]) == 0
    periods.reopen(company, None, D(2025, 1, 1), "proef")
    assert main(["--database", url, "restore", str(copy)]) == 0
    assert _statuses(company) == {D(2025, 1, 1): True, FEB: True, MAR: False, APR: False}
    with company.sessions() as session:
        assert session.scalar(select(func.count()).select_from(t.HourRow)) == 13
