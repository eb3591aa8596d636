"""Municipalities (services.municipalities) on both databases: settings and years saved in one
transaction against a version, stale saves refused, the waiting list kept, realisation shown.

MARCH_2025 (tests/factories.py): M1 Gemeente Een, measured regime, target 10 places in 2025,
guidance allowance € 3.650, Wsw subsidy € 36.500; P1 (28 hours, sheltered) employed in 2025.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from sodesk.cli import main
from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis, Placeable
from sodesk.services import municipalities as svc
from sodesk.services.errors import InputRejected
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from tests.factories import MARCH_2025, write_folder

ON = dt.date(2025, 3, 31)
FIXED_80 = svc.RegimeSettings(
    LksRegime.FIXED, Decimal("0.8"), LwBasis.MINIMUM_WAGE, GuidanceAllowanceBasis.JOB_31H
)


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Workspace:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="controller.jan")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _m1(workspace: Workspace) -> svc.MunicipalitySummary:
    with workspace.sessions() as session:
        (m1,) = svc.municipality_list(session, ON)
    return m1


def _stored(workspace: Workspace) -> tuple[t.MunicipalityRow, dict[int, tuple]]:
    with workspace.sessions() as session:
        row = session.scalars(select(t.MunicipalityRow)).one()
        years = {
            y.year: (y.target_places, y.guidance_allowance_per_place, y.wsw_subsidy_per_fte)
            for y in row.years
        }
    return row, years


def test_the_list_shows_target_and_realisation(march: Workspace) -> None:
    m1 = _m1(march)
    assert (m1.code, m1.name, m1.region, m1.target, m1.persons) == (
        "M1",
        "Gemeente Een",
        "Midden-Utrecht",
        10,
        1,
    )
    assert m1.jobs_31h == Decimal(28) / Decimal(31)
    assert m1.settings.regime is LksRegime.MEASURED and m1.version == 1
    with march.sessions() as session:
        card = svc.municipality_card(session, m1.id, ON, dt.date(2026, 6, 1))
    assert card is not None
    assert card.years == [svc.YearFigures(2025, 10, Decimal("3650.00"), Decimal("36500.00"))]
    by_year = {r.year: r for r in card.realisation}
    assert by_year[2025].realisation is not None and by_year[2025].realisation.persons == 1
    assert by_year[2030].realisation is None and by_year[2030].national_target == 16200


def test_settings_and_years_are_saved_together_and_logged(march: Workspace) -> None:
    m1 = _m1(march)
    years = [
        svc.YearFigures(2025, 12, Decimal("3650.00"), Decimal("36500.00")),
        svc.YearFigures(2026, 14, Decimal("3700"), None),
        svc.YearFigures(2027, None, None, None),  # an empty year is not stored
    ]
    assert svc.save_municipality(march.sessions, m1.id, m1.version, FIXED_80, years) == 2
    row, stored = _stored(march)
    assert (row.lks_regime, row.lks_fixed_fraction) == (LksRegime.FIXED, Decimal("0.8"))
    assert (row.lw_basis, row.guidance_basis) == (
        LwBasis.MINIMUM_WAGE,
        GuidanceAllowanceBasis.JOB_31H,
    )
    assert stored[2025][0] == 12 and stored[2026] == (14, Decimal("3700.00"), None)
    assert 2027 not in stored
    with march.sessions() as session:
        logged = {
            (a.table_name, a.field, a.user)
            for a in session.scalars(select(t.AuditRow).where(t.AuditRow.action == "update"))
        }
    assert ("municipalities", "lks_fixed_fraction", "controller.jan") in logged
    assert ("municipality_years", "target_places", "controller.jan") in logged


def test_a_stale_save_is_refused_and_writes_nothing(march: Workspace) -> None:
    m1 = _m1(march)
    other_desk = [svc.YearFigures(2025, 11, Decimal("3650"), Decimal("36500"))]
    assert svc.save_municipality(march.sessions, m1.id, m1.version, m1.settings, other_desk) == 2
    with pytest.raises(InputRejected) as stale:
        svc.save_municipality(march.sessions, m1.id, m1.version, FIXED_80, [])
    assert stale.value.field == "version"
    # who changed what: the other desk's user and the field it changed, from the audit log
    assert "Gemeente Een is intussen gewijzigd door controller.jan " in str(stale.value)
    assert "(taakstelling)" in str(stale.value)
    row, stored = _stored(march)
    assert row.lks_regime is LksRegime.MEASURED and row.version == 2
    assert stored[2025][0] == 11


def _inherit_function_wage(workspace: Workspace) -> svc.MunicipalitySummary:
    """M1 as migration 0006 leaves a function-wage basis it cannot tell from a choice."""
    with workspace.sessions() as session, session.begin():
        session.execute(
            update(t.MunicipalityRow).values(
                lw_basis=LwBasis.FUNCTION_WAGE, lw_basis_unconfirmed=True
            )
        )
    return _m1(workspace)


def _last_audit_id(workspace: Workspace) -> int:
    """The newest audit row so far: on PostgreSQL the database logs the set-up too."""
    with workspace.sessions() as session:
        return session.scalar(select(func.max(t.AuditRow.id))) or 0


def _review_log(workspace: Workspace, after: int = 0) -> list[tuple[str | None, str | None, str]]:
    with workspace.sessions() as session:
        return [
            (a.old_value, a.new_value, a.user)
            for a in session.scalars(
                select(t.AuditRow).where(
                    t.AuditRow.field == "lw_basis_unconfirmed", t.AuditRow.id > after
                )
            )
        ]


def test_an_inherited_function_wage_basis_is_confirmed_once_and_logged(march: Workspace) -> None:
    m1 = _inherit_function_wage(march)
    set_up = _last_audit_id(march)
    assert m1.lw_basis_to_review and m1.settings.lw_basis is LwBasis.FUNCTION_WAGE
    # saving other figures is no confirmation: the mark stays
    years = [svc.YearFigures(2025, 11, Decimal("3650.00"), Decimal("36500.00"))]
    version = svc.save_municipality(march.sessions, m1.id, m1.version, m1.settings, years)
    assert _m1(march).lw_basis_to_review
    confirmed = svc.save_municipality(
        march.sessions, m1.id, version, m1.settings, confirm_lw_basis=True
    )
    assert confirmed == version + 1
    after = _m1(march)
    assert not after.lw_basis_to_review and not after.lw_basis_unconfirmed
    assert after.settings.lw_basis is LwBasis.FUNCTION_WAGE  # the choice itself is kept
    assert _review_log(march, set_up) == [("True", "False", "controller.jan")]


def test_changing_an_inherited_basis_to_the_minimum_wage_clears_the_mark(
    march: Workspace,
) -> None:
    m1 = _inherit_function_wage(march)
    set_up = _last_audit_id(march)
    wml = dataclasses.replace(m1.settings, lw_basis=LwBasis.MINIMUM_WAGE)
    assert svc.save_municipality(march.sessions, m1.id, m1.version, wml) == m1.version + 1
    after = _m1(march)
    assert after.settings.lw_basis is LwBasis.MINIMUM_WAGE and not after.lw_basis_unconfirmed
    assert _review_log(march, set_up) == [("True", "False", "controller.jan")]


def test_a_chosen_function_wage_basis_is_not_to_be_reviewed(march: Workspace) -> None:
    """MARCH_2025 names function_wage for M1 in the file: a choice, nothing to confirm."""
    m1 = _m1(march)
    set_up = _last_audit_id(march)
    assert m1.settings.lw_basis is LwBasis.FUNCTION_WAGE
    assert not m1.lw_basis_to_review
    assert svc.save_municipality(
        march.sessions, m1.id, m1.version, m1.settings, confirm_lw_basis=True
    ) == m1.version  # nothing to confirm, nothing written
    assert _review_log(march, set_up) == []


def test_bad_settings_and_figures_are_refused(march: Workspace) -> None:
    m1 = _m1(march)
    no_percent = svc.RegimeSettings(
        LksRegime.FIXED, None, LwBasis.FUNCTION_WAGE, GuidanceAllowanceBasis.PLACE
    )
    with pytest.raises(InputRejected, match="Vast percentage is verplicht"):
        svc.save_municipality(march.sessions, m1.id, m1.version, no_percent, [])
    negative = [svc.YearFigures(2025, -1, None, None)]
    with pytest.raises(InputRejected, match="Taakstelling 2025 mag niet negatief"):
        svc.save_municipality(march.sessions, m1.id, m1.version, m1.settings, negative)
    assert _stored(march)[0].version == 1


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("9328", Decimal(9328)),
        ("9328,50", Decimal("9328.50")),
        ("9.328,50", Decimal("9328.50")),
        ("9328.50", Decimal("9328.50")),
        ("€ 1.234.567", Decimal(1234567)),
        ("", None),
    ],
)
def test_amounts_take_the_dutch_decimal_comma(text: str, amount: Decimal | None) -> None:
    assert svc.parse_amount(text, "Bedrag") == amount


@pytest.mark.parametrize("text", ["-5", "twaalf", "1,2,3"])
def test_a_bad_amount_names_field_and_value(text: str) -> None:
    with pytest.raises(ValueError, match="Wsw-subsidie") as refused:
        svc.parse_amount(text, "Wsw-subsidie")
    assert text in str(refused.value)


def test_the_waiting_list_is_kept(march: Workspace) -> None:
    m1 = _m1(march)
    entry = svc.save_waiting_entry(
        march.sessions,
        m1.id,
        None,
        reference="W-1",
        advice_date=dt.date(2025, 2, 1),
        placeable=Placeable.NOW,
        reason=" ",
        placed_on=None,
    )
    with pytest.raises(InputRejected, match="'W-1' staat al op de wachtlijst"):
        svc.save_waiting_entry(
            march.sessions,
            m1.id,
            None,
            reference="W-1",
            advice_date=dt.date(2025, 2, 1),
            placeable=Placeable.LATER,
            reason=None,
            placed_on=None,
        )
    with pytest.raises(InputRejected, match="ligt voor de adviesdatum"):
        svc.save_waiting_entry(
            march.sessions,
            m1.id,
            entry,
            reference="W-1",
            advice_date=dt.date(2025, 2, 1),
            placeable=Placeable.NOW,
            reason=None,
            placed_on=dt.date(2025, 1, 1),
        )
    assert _m1(march).waiting == 1
    svc.save_waiting_entry(
        march.sessions,
        m1.id,
        entry,
        reference="W-1",
        advice_date=dt.date(2025, 2, 1),
        placeable=Placeable.NOW,
        reason="start bij inpakken",
        placed_on=dt.date(2025, 3, 15),
    )
    assert _m1(march).waiting == 0  # placed before 31 March
    with march.sessions() as session:
        card = svc.municipality_card(session, m1.id, ON, ON)
    assert card is not None
    assert [(w.reference, w.reason, w.placed_on) for w in card.waiting] == [
        ("W-1", "start bij inpakken", dt.date(2025, 3, 15))
    ]


def _add_waiting(workspace: Workspace, reference: str = "W-1") -> int:
    return svc.save_waiting_entry(
        workspace.sessions,
        _m1(workspace).id,
        None,
        reference=reference,
        advice_date=dt.date(2025, 2, 1),
        placeable=Placeable.NOW,
        reason=None,
        placed_on=None,
    )


def _card_waiting(workspace: Workspace) -> list[svc.WaitingLine]:
    with workspace.sessions() as session:
        card = svc.municipality_card(session, _m1(workspace).id, ON, ON)
    assert card is not None
    return card.waiting


def test_a_stale_waiting_list_save_is_refused_naming_who_changed_what(
    march: Workspace, database_url: str
) -> None:
    """Two desks open the same entry; the one saving on the old version is told who won."""
    _add_waiting(march)
    (seen,) = _card_waiting(march)
    assert seen.version == 1
    other_desk = open_workspace(database_url, user="manager.els")
    svc.save_waiting_entry(
        other_desk.sessions,
        _m1(march).id,
        seen.id,
        reference="W-1",
        advice_date=seen.advice_date,
        placeable=Placeable.LATER,
        reason="eerst stage",
        placed_on=None,
        version=seen.version,
    )
    other_desk.close()
    with pytest.raises(InputRejected) as stale:
        svc.save_waiting_entry(
            march.sessions,
            _m1(march).id,
            seen.id,
            reference="W-1",
            advice_date=seen.advice_date,
            placeable=Placeable.NOW,
            reason="start maandag",
            placed_on=dt.date(2025, 3, 3),
            version=seen.version,
        )
    assert stale.value.field == "version"
    assert "Wachtlijstregel 'W-1' is intussen gewijzigd door manager.els" in stale.value.message
    assert "(plaatsbaarheid, reden)" in stale.value.message
    (now,) = _card_waiting(march)
    assert (now.placeable, now.reason, now.placed_on, now.version) == (
        Placeable.LATER,
        "eerst stage",
        None,
        2,
    )


def test_a_waiting_list_save_on_the_current_version_goes_in_and_is_logged(
    march: Workspace,
) -> None:
    entry = _add_waiting(march)
    (seen,) = _card_waiting(march)
    svc.save_waiting_entry(
        march.sessions,
        _m1(march).id,
        entry,
        reference="W-1",
        advice_date=seen.advice_date,
        placeable=Placeable.NOW,
        reason="start maandag",
        placed_on=None,
        version=seen.version,
    )
    (now,) = _card_waiting(march)
    assert (now.reason, now.version) == ("start maandag", 2)
    with march.sessions() as session:
        logged = session.execute(
            select(t.AuditRow.user, t.AuditRow.action, t.AuditRow.new_value).where(
                t.AuditRow.table_name == "waiting_list", t.AuditRow.field == "reason"
            )
        ).all()
    assert logged == [("controller.jan", "update", "start maandag")]
