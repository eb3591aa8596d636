"""Activity entries (services.activity_entries) on both databases: an invoice switches the
activity's revenue to the invoiced amount, a purchase lowers NTW by its amount, an entry across
the period's edge counts for its share of days, bad input and a taken key write nothing, a
stale save is refused, and delete removes.

MARCH_2025 (tests/factories.py): A1 Inpakken, hourly rate € 10,00, 100 productive hours in
March 2025 (revenue € 1.000 from rates); a purchase of € 122,00 over 01-03-2025 to 30-04-2025.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sodesk.cli import main
from sodesk.domain.enums import RevenueSource
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.services import activity_entries as svc
from sodesk.services.errors import InputRejected
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from tests.factories import MARCH_2025, write_folder

MARCH = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
Kind = svc.EntryKind


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Workspace:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="controller.jan")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _a1(workspace: Workspace) -> svc.ActivityEntries:
    with workspace.sessions() as session:
        found = svc.activity_entries(session, "A1")
    assert found is not None
    return found


def _line(workspace: Workspace) -> ActivityFigures:
    with workspace.sessions() as session:
        report = build_activity_report(session, MARCH, "test")
    return next(line for line in report.lines if line.code == "A1")


def _counts(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.sessions() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(row)) or 0
            for row in (t.RevenueRow, t.PurchaseRow, t.ProductionRow)
        )


def _input(kind: Kind, start: dt.date, end: dt.date, text: str) -> svc.EntryInput:
    return svc.EntryInput(kind, start, end, svc.parse_value(text, kind))


def _add(workspace: Workspace, entry: svc.EntryInput) -> int:
    a1 = _a1(workspace)
    return svc.add_entry(workspace.sessions, a1.activity_id, a1.snapshot, entry)


def test_an_invoice_replaces_rate_times_volume(march: Workspace) -> None:
    before = _line(march)
    assert before.revenue == Decimal(1000)
    assert before.revenue_source is RevenueSource.RATES
    _add(march, _input(Kind.REVENUE, dt.date(2025, 3, 1), dt.date(2025, 3, 31), "1.234,50"))
    after = _line(march)
    assert after.revenue == Decimal("1234.50")
    assert after.revenue_source is RevenueSource.INVOICED
    assert after.ntw == before.ntw + Decimal("234.50")
    assert after.result == before.result + Decimal("234.50")
    a1 = _a1(march)
    assert [(e.kind, e.value) for e in a1.of_kind(Kind.REVENUE)] == [
        (Kind.REVENUE, Decimal("1234.50"))
    ]


def test_a_purchase_lowers_ntw_by_its_amount(march: Workspace) -> None:
    before = _line(march)
    # the imported purchase of € 122 over March and April counts for 31 of its 61 days
    assert before.purchase_value == Decimal(62)
    _add(march, _input(Kind.PURCHASE, dt.date(2025, 3, 10), dt.date(2025, 3, 20), "80"))
    after = _line(march)
    assert after.purchase_value == Decimal(142)
    assert after.ntw == before.ntw - Decimal(80)


def test_an_invoice_across_the_period_edge_counts_for_its_share(march: Workspace) -> None:
    # 16 February to 15 March: 28 days, 15 of them in March
    _add(march, _input(Kind.REVENUE, dt.date(2025, 2, 16), dt.date(2025, 3, 15), "2800"))
    after = _line(march)
    assert after.revenue_source is RevenueSource.INVOICED
    assert after.revenue == Decimal(1500)


def test_entries_are_listed_newest_first(march: Workspace) -> None:
    _add(march, _input(Kind.REVENUE, dt.date(2025, 1, 1), dt.date(2025, 1, 31), "10"))
    _add(march, _input(Kind.PRODUCTION, dt.date(2025, 2, 1), dt.date(2025, 2, 28), "1.200"))
    a1 = _a1(march)
    assert [(e.kind, e.period_start) for e in a1.entries] == [
        (Kind.PURCHASE, dt.date(2025, 3, 1)),
        (Kind.PRODUCTION, dt.date(2025, 2, 1)),
        (Kind.REVENUE, dt.date(2025, 1, 1)),
    ]
    assert a1.of_kind(Kind.PRODUCTION)[0].value == Decimal(1200)
    with march.sessions() as session:
        assert svc.all_activity_entries(session) == {"A1": a1}  # what the page reads


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-5", ["Bedrag", "negatief", "-5"]),
        ("twaalf", ["Bedrag", "twaalf", "geen getal"]),
        ("1,234", ["Bedrag", "1,234", "decimalen"]),
        ("", ["Bedrag", "verplicht"]),
        ("1" * 13, ["Bedrag", "te groot"]),
    ],
)
def test_a_bad_amount_is_refused_naming_field_and_value(text: str, words: list[str]) -> None:
    with pytest.raises(InputRejected) as caught:
        svc.parse_value(text, Kind.REVENUE)
    assert caught.value.field == "value"
    for word in words:
        assert word in caught.value.message


def test_a_too_large_amount_is_refused_by_the_service_too(march: Workspace) -> None:
    counts = _counts(march)
    a1 = _a1(march)
    entry = svc.EntryInput(
        Kind.REVENUE, dt.date(2025, 3, 1), dt.date(2025, 3, 31), Decimal("1" * 13)
    )
    with pytest.raises(InputRejected, match="Bedrag is te groot"):
        svc.add_entry(march.sessions, a1.activity_id, a1.snapshot, entry)
    negative = svc.EntryInput(Kind.PRODUCTION, dt.date(2025, 3, 1), dt.date(2025, 3, 31), -1)
    with pytest.raises(InputRejected, match="Aantal stuks mag niet negatief"):
        svc.add_entry(march.sessions, a1.activity_id, a1.snapshot, negative)  # type: ignore[arg-type]
    assert _counts(march) == counts


def test_end_before_start_is_refused_and_nothing_written(march: Workspace) -> None:
    counts = _counts(march)
    version = _a1(march).snapshot.activity_version
    entry = _input(Kind.REVENUE, dt.date(2025, 3, 31), dt.date(2025, 3, 1), "100")
    with pytest.raises(InputRejected) as caught:
        _add(march, entry)
    assert caught.value.field == "period_end"
    assert "31-03-2025" in caught.value.message and "01-03-2025" in caught.value.message
    assert _counts(march) == counts
    assert _a1(march).snapshot.activity_version == version  # rolled back with the rest


def test_a_taken_key_is_refused_naming_the_entry_that_holds_it(march: Workspace) -> None:
    counts = _counts(march)
    entry = _input(Kind.PURCHASE, dt.date(2025, 3, 1), dt.date(2025, 4, 30), "5")
    with pytest.raises(InputRejected) as caught:
        _add(march, entry)
    assert caught.value.field == "period_start"
    assert "inkoop € 122,00 van 01-03-2025 t/m 30-04-2025" in caught.value.message
    assert _counts(march) == counts
    # the same period for another kind is another key
    _add(march, _input(Kind.REVENUE, dt.date(2025, 3, 1), dt.date(2025, 4, 30), "5"))
    assert _counts(march) == (counts[0] + 1, counts[1], counts[2])


def test_correct_changes_period_and_amount_and_keeps_its_own_key(march: Workspace) -> None:
    a1 = _a1(march)
    (purchase,) = a1.of_kind(Kind.PURCHASE)
    entry = _input(Kind.PURCHASE, purchase.period_start, purchase.period_end, "61")
    svc.correct_entry(march.sessions, a1.activity_id, a1.snapshot, purchase.id, entry)
    assert _line(march).purchase_value == Decimal(31)  # 61 x 31 / 61
    # the same correction on the old snapshot: another desk's change in between
    with pytest.raises(InputRejected) as caught:
        svc.correct_entry(march.sessions, a1.activity_id, a1.snapshot, purchase.id, entry)
    assert caught.value.field == "version"
    assert "A1" in caught.value.message


def test_delete_removes_and_a_stale_delete_is_refused(march: Workspace) -> None:
    new_id = _add(march, _input(Kind.REVENUE, dt.date(2025, 3, 1), dt.date(2025, 3, 31), "900"))
    a1 = _a1(march)
    assert _line(march).revenue_source is RevenueSource.INVOICED
    svc.delete_entry(march.sessions, a1.activity_id, a1.snapshot, Kind.REVENUE, new_id)
    assert _a1(march).of_kind(Kind.REVENUE) == ()
    line = _line(march)
    assert line.revenue_source is RevenueSource.RATES and line.revenue == Decimal(1000)
    with pytest.raises(InputRejected) as caught:
        svc.delete_entry(march.sessions, a1.activity_id, a1.snapshot, Kind.PURCHASE, 1)
    assert caught.value.field == "version"
    assert _counts(march)[1] == 1


def test_an_entry_added_and_deleted_is_in_the_audit_log(march: Workspace) -> None:
    new_id = _add(march, _input(Kind.REVENUE, dt.date(2025, 3, 1), dt.date(2025, 3, 31), "900"))
    a1 = _a1(march)
    svc.delete_entry(march.sessions, a1.activity_id, a1.snapshot, Kind.REVENUE, new_id)
    with march.sessions() as session:
        logged = session.execute(
            select(t.AuditRow.action, t.AuditRow.old_value, t.AuditRow.new_value)
            .where(t.AuditRow.table_name == "revenue", t.AuditRow.field == "amount")
            .order_by(t.AuditRow.id)
        ).all()
    assert [(a, o and Decimal(o), n and Decimal(n)) for a, o, n in logged] == [
        ("insert", None, Decimal(900)),
        ("delete", Decimal(900), None),
    ]
