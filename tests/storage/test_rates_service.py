"""Rates (services.rates) on both databases: a new price from a date ends the previous rate,
a correction carries its reason into the audit log, bad and overlapping rates and stale saves
are refused and write nothing, and the activity report prices the hours at the new rate.

MARCH_2025 (tests/factories.py): A1 Inpakken, hourly rate € 10,00 from 01-01-2025 (open end),
100 productive hours in March 2025: 80 on 3-12 March, 20 on 13 and 14 March.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sodesk.cli import main
from sodesk.domain.enums import RateUnit
from sodesk.domain.period import Period
from sodesk.services import rates as svc
from sodesk.services.errors import InputRejected
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from tests.factories import MARCH_2025, write_folder

MARCH = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Workspace:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="controller.jan")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _a1(workspace: Workspace) -> svc.ActivityRates:
    with workspace.sessions() as session:
        found = svc.activity_rates(session, "A1")
    assert found is not None
    return found


def _stored(workspace: Workspace) -> list[tuple]:
    with workspace.sessions() as session:
        rows = session.scalars(select(t.RateRow).order_by(t.RateRow.valid_from))
        return [(r.valid_from, r.valid_to, r.unit, r.price) for r in rows]


def _a1_revenue(workspace: Workspace) -> Decimal:
    with workspace.sessions() as session:
        report = build_activity_report(session, MARCH, "test")
    return next(line.revenue for line in report.lines if line.code == "A1")


def _entry(start: dt.date, price: str, end: dt.date | None = None) -> svc.RateInput:
    return svc.RateInput(start, end, RateUnit.HOUR, svc.parse_price(price))


def test_a_new_price_from_a_date_ends_the_previous_rate_and_reprices_the_hours(
    march: Workspace,
) -> None:
    a1 = _a1(march)
    assert [(r.valid_from, r.valid_to, r.price) for r in a1.rates] == [
        (dt.date(2025, 1, 1), None, Decimal("10.0000"))
    ]
    assert _a1_revenue(march) == Decimal(1000)  # 100 hours x € 10
    svc.add_rate(march.sessions, a1.activity_id, a1.snapshot, _entry(dt.date(2025, 3, 13), "12,50"))
    assert _stored(march) == [
        (dt.date(2025, 1, 1), dt.date(2025, 3, 12), RateUnit.HOUR, Decimal("10.0000")),
        (dt.date(2025, 3, 13), None, RateUnit.HOUR, Decimal("12.5000")),
    ]
    # 80 hours on 3-12 March at € 10, 20 hours on 13-14 March at € 12,50
    assert _a1_revenue(march) == Decimal(800) + Decimal(20) * Decimal("12.5")
    with march.sessions() as session:
        logged = {
            (a.action, a.field, a.new_value, a.user)
            for a in session.scalars(select(t.AuditRow).where(t.AuditRow.table_name == "rates"))
        }
    assert ("update", "valid_to", "2025-03-12", "controller.jan") in logged
    assert ("insert", "price", "12.50", "controller.jan") in logged


def test_the_previous_rate_stays_when_the_user_says_so(march: Workspace) -> None:
    a1 = _a1(march)
    with pytest.raises(InputRejected, match="Geldig vanaf 01-04-2025 valt in") as overlap:
        svc.add_rate(
            march.sessions,
            a1.activity_id,
            a1.snapshot,
            _entry(dt.date(2025, 4, 1), "11"),
            end_previous=False,
        )
    assert overlap.value.field == "valid_from"
    assert len(_stored(march)) == 1
    # a rate before the open one, ending in time, is fine without touching it
    svc.add_rate(
        march.sessions,
        a1.activity_id,
        a1.snapshot,
        _entry(dt.date(2024, 1, 1), "9", dt.date(2024, 12, 31)),
        end_previous=False,
    )
    assert [r[:2] for r in _stored(march)] == [
        (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        (dt.date(2025, 1, 1), None),
    ]


def test_a_correction_needs_a_reason_which_goes_into_the_audit_log(march: Workspace) -> None:
    a1 = _a1(march)
    (rate,) = a1.rates
    assert rate.id is not None
    fixed = _entry(dt.date(2025, 1, 1), "10,75")
    with pytest.raises(InputRejected, match="Geef een reden") as no_reason:
        svc.correct_rate(march.sessions, a1.activity_id, a1.snapshot, rate.id, fixed, "  ")
    assert no_reason.value.field == "reason"
    assert _stored(march)[0][3] == Decimal("10.0000")
    with march.sessions() as session:  # on PostgreSQL the import's rows are logged too
        before = session.scalar(select(func.max(t.AuditRow.id))) or 0
    svc.correct_rate(
        march.sessions, a1.activity_id, a1.snapshot, rate.id, fixed, "typefout in contract"
    )
    assert _stored(march)[0][3] == Decimal("10.7500")
    assert _a1_revenue(march) == Decimal("1075")
    with march.sessions() as session:
        audit = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.table_name == "rates",
                t.AuditRow.field == "price",
                t.AuditRow.id > before,
            )
        ).one()
    assert (audit.action, audit.reason, audit.user) == (
        "update",
        "typefout in contract",
        "controller.jan",
    )
    assert Decimal(audit.old_value or "") == 10 and Decimal(audit.new_value or "") == Decimal(
        "10.75"
    )


def test_a_stale_save_is_refused_and_writes_nothing(march: Workspace) -> None:
    seen = _a1(march)  # this desk reads ...
    other = _a1(march)  # ... another desk reads and saves first
    svc.add_rate(
        march.sessions, other.activity_id, other.snapshot, _entry(dt.date(2025, 6, 1), "11")
    )
    before = _stored(march)
    (rate,) = seen.rates
    assert rate.id is not None
    attempts = [
        lambda: svc.add_rate(
            march.sessions, seen.activity_id, seen.snapshot, _entry(dt.date(2025, 7, 1), "12")
        ),
        lambda: svc.correct_rate(
            march.sessions,
            seen.activity_id,
            seen.snapshot,
            rate.id,  # type: ignore[arg-type]
            _entry(dt.date(2025, 1, 1), "9"),
            "correctie",
        ),
        lambda: svc.delete_rate(march.sessions, seen.activity_id, seen.snapshot, rate.id),  # type: ignore[arg-type]
    ]
    for attempt in attempts:
        with pytest.raises(InputRejected, match="intussen door iemand anders") as stale:
            attempt()
        assert stale.value.field == "version"
    assert _stored(march) == before


def test_bad_input_names_the_field_and_value_and_writes_nothing(march: Workspace) -> None:
    a1 = _a1(march)
    bad = [
        (svc.RateInput(dt.date(2025, 4, 1), None, None, Decimal(5)), "unit", "Eenheid"),
        (
            svc.RateInput(dt.date(2025, 4, 1), None, RateUnit.HOUR, Decimal(-1)),
            "price",
            "Prijs mag niet negatief zijn (waarde -1)",
        ),
        (
            svc.RateInput(dt.date(2025, 4, 1), dt.date(2025, 3, 31), RateUnit.HOUR, Decimal(5)),
            "valid_to",
            "Geldig t/m 31-03-2025 ligt voor geldig vanaf 01-04-2025",
        ),
        (
            svc.RateInput(dt.date(2024, 6, 1), None, RateUnit.HOUR, Decimal(5)),
            "valid_to",
            "Geldig t/m open einde overlapt het tarief € 10,00 per uur van 01-01-2025",
        ),
    ]
    for entry, field, message in bad:
        with pytest.raises(InputRejected) as error:
            svc.add_rate(march.sessions, a1.activity_id, a1.snapshot, entry)
        assert error.value.field == field
        assert message in error.value.message
    assert _stored(march) == [(dt.date(2025, 1, 1), None, RateUnit.HOUR, Decimal("10.0000"))]
    assert _a1(march).snapshot == a1.snapshot  # nothing written, not even the version


def test_delete_removes_the_rate_and_logs_its_values(march: Workspace) -> None:
    a1 = _a1(march)
    svc.add_rate(march.sessions, a1.activity_id, a1.snapshot, _entry(dt.date(2025, 3, 13), "12,5"))
    a1 = _a1(march)
    newest = a1.rates[-1]
    assert newest.id is not None
    svc.delete_rate(march.sessions, a1.activity_id, a1.snapshot, newest.id)
    assert [r[:2] for r in _stored(march)] == [(dt.date(2025, 1, 1), dt.date(2025, 3, 12))]
    with march.sessions() as session:
        deleted = session.scalars(
            select(t.AuditRow).where(t.AuditRow.action == "delete", t.AuditRow.field == "price")
        ).one()
    assert deleted.table_name == "rates" and Decimal(deleted.old_value or "") == Decimal("12.5")


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("6,20", Decimal("6.20")),
        ("6.20", Decimal("6.20")),
        ("0,0125", Decimal("0.0125")),
        ("0.125", Decimal("0.125")),
        ("€ 1.234,50", Decimal("1234.50")),
        ("0", Decimal(0)),
    ],
)
def test_prices_take_the_dutch_decimal_comma(text: str, price: Decimal) -> None:
    assert svc.parse_price(text) == price


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Prijs is verplicht"),
        ("-1,50", "Prijs mag niet negatief zijn (waarde '-1,50')"),
        ("zes", "Prijs: 'zes' is geen bedrag"),
        ("1,23456", "meer dan 4 decimalen"),
    ],
)
def test_bad_prices_name_the_value(text: str, message: str) -> None:
    with pytest.raises(InputRejected, match=message.replace("(", r"\(").replace(")", r"\)")):
        svc.parse_price(text)
