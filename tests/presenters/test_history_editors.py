"""The history editor without a window: the rates and the entries of MARCH_2025's activity A1
(tests/factories.py: an hourly rate of € 10,00 from 01-01-2025, open end) on a real SQLite
file. The form is checked with the services' rules as it is edited, a save writes through the
service against the snapshot read, and what the database holds afterwards is read back.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sodesk.domain.enums import RateUnit
from sodesk.domain.period import Period
from sodesk.services import activity_entries as entries_svc
from sodesk.services.workspace import Workspace
from sodesk.ui.presenters.entries import EntriesEditor, EntryForm
from sodesk.ui.presenters.history import NO_HISTORY
from sodesk.ui.presenters.rates import RateForm, RatesEditor
from tests.storage.test_activity_entries_service import _a1 as entries_of_a1
from tests.storage.test_rates_service import _a1 as rates_of_a1

MARCH = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
TODAY = dt.date(2025, 3, 15)


def _rates_editor(workspace: Workspace) -> RatesEditor:
    editor = RatesEditor(workspace.sessions, today=lambda: TODAY)
    editor.show(rates_of_a1(workspace))
    return editor


# -- rates -------------------------------------------------------------------------------------
def test_a_fresh_rate_form_starts_next_month_in_the_latest_unit_and_is_not_told_off(
    march: Workspace,
) -> None:
    editor = _rates_editor(march)
    april = dt.date(2025, 4, 1)
    assert editor.form == RateForm(april, april, True, RateUnit.HOUR, "")
    verdict = editor.check()
    assert not verdict.ok and verdict.field == "price" and verdict.message == ""
    assert not editor.dirty and not editor.needs_reason()
    # once the user has typed, an empty price is told
    verdict = editor.edit(price="6")
    assert verdict.ok and editor.dirty
    verdict = editor.edit(price="")
    assert not verdict.ok and verdict.field == "price" and "verplicht" in verdict.message


def test_a_bad_price_is_refused_with_its_value_and_nothing_is_written(march: Workspace) -> None:
    editor = _rates_editor(march)
    before = rates_of_a1(march).rates
    verdict = editor.edit(price="-3")
    assert not verdict.ok and verdict.field == "price" and "'-3'" in verdict.message
    assert not editor.save().ok
    assert rates_of_a1(march).rates == before


def test_a_new_rate_ends_the_previous_one_and_is_saved(march: Workspace) -> None:
    editor = _rates_editor(march)
    verdict = editor.edit(price="12,50")
    assert verdict.ok
    assert verdict.plan.ends.valid_to == dt.date(2025, 3, 31)  # the day before 01-04-2025
    assert editor.save().ok
    stored = rates_of_a1(march).rates
    assert [(r.valid_from, r.valid_to, r.price) for r in stored] == [
        (dt.date(2025, 1, 1), dt.date(2025, 3, 31), Decimal("10.0000")),
        (dt.date(2025, 4, 1), None, Decimal("12.5000")),
    ]
    # the fresh history is the one just saved, once
    assert editor.show(rates_of_a1(march)) is True
    assert editor.show(rates_of_a1(march)) is False


def test_without_ending_the_previous_rate_an_overlap_is_refused(march: Workspace) -> None:
    editor = _rates_editor(march)
    verdict = editor.edit(price="12,50", end_previous=False)
    assert not verdict.ok and verdict.field == "valid_from"
    assert "01-04-2025" in verdict.message
    # a new form keeps the user's choice about the previous rate
    assert editor.new() and editor.form.end_previous is False


def test_a_correction_carries_its_reason_and_a_stale_save_is_refused(march: Workspace) -> None:
    editor = _rates_editor(march)
    other_desk = _rates_editor(march)
    rate = editor.rows()[0]
    editor.correct(rate)
    assert editor.form.price == "10,0000" and editor.form.open_end and editor.needs_reason()
    assert editor.edit(price="11").ok
    assert editor.save("prijs was verkeerd ingevoerd").ok
    assert [r.price for r in rates_of_a1(march).rates] == [Decimal("11.0000")]
    # the other desk still holds the snapshot from before the correction
    other_desk.correct(other_desk.rows()[0])
    other_desk.edit(price="9")
    verdict = other_desk.save("andere reden")
    assert not verdict.ok and verdict.field == "version" and "A1" in verdict.message
    assert [r.price for r in rates_of_a1(march).rates] == [Decimal("11.0000")]


def test_a_deleted_rate_is_gone(march: Workspace) -> None:
    editor = _rates_editor(march)
    assert editor.delete(editor.rows()[0]).ok
    assert rates_of_a1(march).rates == ()


def test_a_line_without_rates_cannot_be_saved() -> None:
    editor = RatesEditor(sessions=None, today=lambda: TODAY)  # type: ignore[arg-type]
    editor.show(None)
    verdict = editor.edit(price="6")
    assert not verdict.ok and verdict.field == NO_HISTORY
    assert not editor.save().ok and editor.rows() == ()


# -- entries -----------------------------------------------------------------------------------
def _entries_editor(workspace: Workspace) -> EntriesEditor:
    editor = EntriesEditor(workspace.sessions)
    editor.show_in(entries_of_a1(workspace), MARCH)
    return editor


def test_an_invoice_is_saved_and_a_second_on_its_period_names_the_first(
    march: Workspace,
) -> None:
    editor = _entries_editor(march)
    kind = entries_svc.EntryKind.REVENUE
    assert editor.form == EntryForm(kind, MARCH.start, MARCH.end, "")
    assert editor.edit(value="1.234,50").ok
    assert editor.save().ok
    stored = entries_of_a1(march).of_kind(kind)
    assert [(e.period_start, e.period_end, e.value) for e in stored] == [
        (MARCH.start, MARCH.end, Decimal("1234.50"))
    ]
    assert editor.show_in(entries_of_a1(march), MARCH) is True
    verdict = editor.edit(value="80")
    assert not verdict.ok and verdict.field == "period_start"
    assert "€ 1.234,50" in verdict.message


def test_the_table_lists_what_overlaps_the_period_and_a_correction_keeps_its_kind(
    march: Workspace,
) -> None:
    editor = _entries_editor(march)
    production = entries_svc.EntryKind.PRODUCTION
    editor.edit(kind=production, value="1.200")
    assert editor.save().ok
    # MARCH_2025's purchase runs from 01-03-2025 to 30-04-2025: April lists it alone
    editor.show_in(entries_of_a1(march), Period(dt.date(2025, 4, 1), dt.date(2025, 4, 30)))
    assert [e.kind for e in editor.rows()] == [entries_svc.EntryKind.PURCHASE]
    editor = _entries_editor(march)
    (entry,) = [e for e in editor.rows() if e.kind is production]
    editor.correct(entry)
    assert editor.form.kind is production and editor.form.value == "1.200,00"
    assert editor.edit(value="1.300").ok and editor.save().ok
    assert [e.value for e in entries_of_a1(march).of_kind(production)] == [Decimal("1300.00")]
    editor = _entries_editor(march)
    assert editor.delete(next(e for e in editor.rows() if e.kind is production)).ok
    assert entries_of_a1(march).of_kind(production) == ()
