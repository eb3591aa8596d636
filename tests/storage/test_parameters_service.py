"""The Settings page's reads and writes: dated parameters with a reason, users, the audit log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from sodesk.domain.enums import Role, WorkType
from sodesk.services import parameters as svc
from sodesk.services.errors import InputRejected
from sodesk.services.users import LoginFailed, UserProblem
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.parameters_repo import load_parameter_set


def _audit_count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.AuditRow)) or 0


def test_the_shipped_parameters_are_read(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        tables = svc.read_parameters(session)
    wml = {row.valid_from: row for row in tables.minimum_wage}
    assert wml[dt.date(2026, 1, 1)].amount == Decimal("14.71")
    assert wml[dt.date(2026, 1, 1)].unit == "hour"
    assert wml[dt.date(2023, 7, 1)].unit == "month"
    assert [r.valid_from for r in tables.minimum_wage] == sorted(wml)
    regimes = {r.name: r for r in tables.regimes}
    sheltered = regimes["statutory_sheltered_2028"]
    assert (sheltered.fraction_of_wml, sheltered.surcharge_on_top) == (Decimal("0.68"), True)
    assert tables.lks[-1].employer_cost_surcharge == Decimal("0.235")
    assert {r.year: (r.years, r.months) for r in tables.pension_age}[2028] == (67, 3)


def test_a_new_half_year_goes_in_with_its_reason_and_user(workspace: Workspace) -> None:
    svc.use_as_session_user(workspace, "ctrl.bram")
    entry = svc.minimum_wage(dt.date(2026, 7, 1), "15,01", "hour", "indexering juli")
    assert svc.save_entry(workspace.sessions, entry, "Staatscourant mei 2026", adding=True)
    with workspace.sessions() as session:
        stored = session.get(t.MinimumWageRow, dt.date(2026, 7, 1))
        logged = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.table_name == "minimum_wage", t.AuditRow.user == "ctrl.bram"
            )
        ).all()
        series = load_parameter_set(session).minimum_wage
    assert stored is not None and stored.amount == Decimal("15.01")
    values = {r.field: r.new_value for r in logged}
    assert Decimal(values["amount"]) == Decimal("15.01") and values["unit"] == "hour"
    assert {r.user for r in logged} == {"ctrl.bram"}
    assert {r.reason for r in logged} == {"Staatscourant mei 2026"}
    assert series.valid_from_on(dt.date(2026, 8, 1)) == dt.date(2026, 7, 1)  # the domain sees it


def test_a_second_row_for_the_same_date_is_refused_and_nothing_written(
    workspace: Workspace,
) -> None:
    before = _audit_count(workspace)
    entry = svc.minimum_wage(dt.date(2026, 1, 1), "99", "hour")
    with pytest.raises(InputRejected) as refused:
        svc.save_entry(workspace.sessions, entry, "dubbel", adding=True)
    assert refused.value.field == "valid_from" and "2026-01-01" in refused.value.message
    with pytest.raises(InputRejected) as no_reason:
        svc.save_entry(workspace.sessions, entry, "   ", adding=False)
    assert no_reason.value.field == "reason"
    with workspace.sessions() as session:
        assert session.get(t.MinimumWageRow, dt.date(2026, 1, 1)).amount == Decimal("14.71")
    assert _audit_count(workspace) == before


def test_an_edit_logs_old_and_new_value_and_an_unchanged_edit_logs_nothing(
    workspace: Workspace,
) -> None:
    first = svc.company_year(2025, "24,5", "62,50", "36")
    svc.save_entry(workspace.sessions, first, "begroting 2025", adding=True)
    edited = svc.company_year(2025, "25 %", "62,50", "36")
    assert svc.save_entry(workspace.sessions, edited, "jaarrekening", adding=False)
    count = _audit_count(workspace)
    assert not svc.save_entry(workspace.sessions, edited, "nogmaals", adding=False)
    assert _audit_count(workspace) == count
    with workspace.sessions() as session:
        change = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.table_name == "company_years", t.AuditRow.action == "update"
            )
        ).one()
        changes = svc.recent_changes(session, limit=3)
    assert (change.field, change.reason) == ("employer_charges", "jaarrekening")
    assert Decimal(change.old_value) == Decimal("0.245")
    assert Decimal(change.new_value) == Decimal("0.25")
    assert changes[0].reason == "jaarrekening" and len(changes) == 3
    missing = svc.company_year(2031, "25", "60", "36")
    with pytest.raises(InputRejected, match="bestaat niet meer"):
        svc.save_entry(workspace.sessions, missing, "reden", adding=False)


def test_overhead_per_year_and_work_type_and_the_regime_switch(workspace: Workspace) -> None:
    rate = svc.overhead_rate(2026, WorkType.SHELTERED_INSIDE, "4,25")
    svc.save_entry(workspace.sessions, rate, "begroting", adding=True)
    other = svc.overhead_rate(2026, WorkType.GROUP_SECONDMENT, "1,10")
    svc.save_entry(workspace.sessions, other, "begroting", adding=True)
    with pytest.raises(InputRejected, match="al een regel"):
        svc.save_entry(workspace.sessions, rate, "begroting", adding=True)
    regime = svc.fixed_regime("statutory_sheltered_2028", dt.date(2028, 1, 1), "68", False)
    svc.save_entry(
        workspace.sessions, regime, "wetsvoorstel aangenomen zonder opslag", adding=False
    )
    with pytest.raises(InputRejected, match="alleen worden gewijzigd"):
        svc.save_entry(workspace.sessions, regime, "nieuw", adding=True)
    with workspace.sessions() as session:
        tables = svc.read_parameters(session)
        parameters = load_parameter_set(session)
    assert {(r.year, r.work_type): r.rate_per_productive_hour for r in tables.overhead} == {
        (2026, WorkType.SHELTERED_INSIDE): Decimal("4.25"),
        (2026, WorkType.GROUP_SECONDMENT): Decimal("1.10"),
    }
    assert parameters.statutory_sheltered.surcharge_on_top is False
    pension = svc.pension_age(2031, 67, 3, "aangekondigd")
    svc.save_entry(workspace.sessions, pension, "CBS-raming", adding=True)
    with workspace.sessions() as session:
        assert session.get(t.PensionAgeRow, 2031).months == 3


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [("14,71", 2, "14.71"), ("1.234,56", 2, "1234.56"), ("€ 14.06", 2, "14.06"), ("7", 2, "7")],
)
def test_dutch_numbers_are_read(text: str, places: int, expected: str) -> None:
    assert svc.parse_decimal(text, "bedrag", places) == Decimal(expected)


def test_bad_values_are_refused_with_field_and_value() -> None:
    cases = [
        (lambda: svc.parse_decimal("veertien", "bedrag"), "bedrag", "veertien"),
        (lambda: svc.parse_decimal("14,715", "bedrag"), "bedrag", "14,715"),
        (lambda: svc.parse_percentage("123", "maximum"), "maximum", "123"),
        (lambda: svc.minimum_wage(dt.date(2026, 7, 2), "15", "hour"), "geldig vanaf", "02-07"),
        (lambda: svc.minimum_wage(dt.date(2026, 7, 1), "2100", "hour"), "bedrag", "2100"),
        (lambda: svc.company_year(2026, "25", "60", "0"), "voltijd uren Wsw", "'0'"),
        (lambda: svc.pension_age(2026, 67, 12), "maanden", "12"),
    ]
    for call, field, value in cases:
        with pytest.raises(InputRejected) as refused:
            call()
        assert field in refused.value.message and value in refused.value.message
    assert svc.parse_percentage("23,5 %", "opslag") == Decimal("0.235")
    assert svc.parse_date("01-01-2028") == svc.parse_date(" 2028-01-01") == dt.date(2028, 1, 1)
    assert svc.parse_date("") is None
    with pytest.raises(InputRejected, match="31-02-2028"):
        svc.parse_date("31-02-2028")
    with pytest.raises(InputRejected) as refused:
        svc.lks_parameters(dt.date(2026, 1, 1), "8", "70", "23,5x")
    assert refused.value.field == "employer_cost_surcharge"


def test_first_administrator_sign_in_and_the_session_user(workspace: Workspace) -> None:
    assert not svc.has_users(workspace)
    who = svc.create_first_administrator(workspace, "Beheer", "Bea Beheer", "lang-genoeg-1")
    assert (who.username, who.role) == ("beheer", Role.ADMINISTRATOR)
    assert svc.has_users(workspace)
    with pytest.raises(UserProblem):
        svc.create_first_administrator(workspace, "tweede", "Twee", "lang-genoeg-2")
    svc.add_user(workspace.sessions, "coach.anouk", "Anouk", Role.JOB_COACH, "zomer-2025-x")
    coach = svc.sign_in_workspace(workspace, "coach.anouk", "zomer-2025-x")
    assert coach.role is Role.JOB_COACH
    with workspace.sessions() as session:
        assert session.info["user"] == "coach.anouk"
        users = svc.list_users(session)
        creators = set(session.scalars(select(t.AuditRow.user).distinct()))
    assert [u.username for u in users] == ["beheer", "coach.anouk"]
    assert "beheer" in creators
    with pytest.raises(LoginFailed):
        svc.sign_in_workspace(workspace, "coach.anouk", "verkeerd-wachtwoord")


def test_deactivating_users_but_never_oneself_or_the_last_administrator(
    workspace: Workspace,
) -> None:
    svc.create_first_administrator(workspace, "beheer", "Bea", "lang-genoeg-1")
    svc.add_user(workspace.sessions, "ctrl", "Cor", Role.CONTROLLER, "lang-genoeg-2")
    with pytest.raises(InputRejected, match="eigen account"):
        svc.deactivate_user(workspace.sessions, "beheer", by="beheer")
    svc.add_user(workspace.sessions, "manager", "Mia", Role.MANAGER, "lang-genoeg-3")
    with pytest.raises(InputRejected, match="laatste beheerder"):
        svc.deactivate_user(workspace.sessions, "beheer", by="manager")
    svc.deactivate_user(workspace.sessions, "ctrl", by="beheer")
    with workspace.sessions() as session:
        active = {u.username: u.active for u in svc.list_users(session)}
    assert active == {"beheer": True, "ctrl": False, "manager": True}
    with pytest.raises(LoginFailed):
        svc.sign_in_workspace(workspace, "ctrl", "lang-genoeg-2")


def test_the_database_url_is_shown_without_password_and_checked() -> None:
    url = make_url("postgresql+psycopg://sodesk:geheim@dbserver/sodesk")
    assert "geheim" not in svc.shown_url(url) and "dbserver/sodesk" in svc.shown_url(url)
    assert svc.check_database_url("  ") == ""
    assert svc.check_database_url("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    for bad in ("geen url", "mysql://x@y/z"):
        with pytest.raises(InputRejected):
            svc.check_database_url(bad)


def test_the_changes_show_a_bsn_masked(workspace: Workspace) -> None:
    with transaction(workspace.sessions) as session:
        session.add(
            t.AuditRow(
                at=dt.datetime(2026, 3, 1, 9, 0),
                user="hr",
                table_name="workers",
                record_key="7",
                action="update",
                field="bsn",
                old_value="123456782",
                new_value="964216887",
                reason="typefout",
            )
        )
    with workspace.sessions() as session:
        change = next(c for c in svc.recent_changes(session) if c.field == "bsn")
    assert (change.old, change.new) == ("•••••6782", "•••••6887")
