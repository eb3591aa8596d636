"""Workers, employments and placements made and changed by hand (services.people), both databases.

A new worker comes with the first employment in one transaction; a bad BSN, a personnel
number in use, an end before a start and overlapping employments are refused with the field
and the value named and nothing written; a save on a stale card is refused; a job coach
changes placements of the caseload only; a deletion removes the worker and the audit log keeps
the old values. MARCH_2025 (tests/factories.py): P1 Anna de Vries, municipality M1, activity
A1, employment from 01-01-2025 (open), placement from 01-01-2025 (open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from sodesk.cli import main
from sodesk.domain.enums import Role, TargetGroup, WorkType
from sodesk.services import people as svc
from sodesk.services.errors import InputRejected
from sodesk.services.people_input import parse_bsn, parse_date, parse_number
from sodesk.services.permissions import Action, PermissionDenied
from sodesk.services.users import SignedIn
from sodesk.services.workers import reveal_bsn, worker_card, worker_list
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from tests.factories import MARCH_2025, write_folder

D = dt.date
GOOD_BSN = "123456782"
FEBRUARY = dt.date(2025, 2, 1)


@pytest.fixture
def march(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    workspace = open_workspace(database_url, user="manager.mo")
    yield workspace
    workspace.close()


def _person(number: str = "P2", bsn: str | None = GOOD_BSN) -> svc.WorkerInput:
    return svc.WorkerInput(
        number, "Bram", "Bakker", D(1985, 3, 4), bsn, TargetGroup.WSW, "M1", D(2024, 6, 1), "Kees"
    )


def _job(start: dt.date = FEBRUARY, end: dt.date | None = None) -> svc.EmploymentInput:
    return svc.EmploymentInput(start, end, Decimal("32"), Decimal("14.06"))


def _count(workspace: Workspace, table: type) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _p1(workspace: Workspace) -> tuple[int, int]:
    with workspace.sessions() as session:
        row = session.scalars(select(t.WorkerRow).where(t.WorkerRow.personnel_number == "P1")).one()
        return row.id, row.version


def _audit(
    workspace: Workspace, table: str, action: str, since: int = 0
) -> dict[str, str | None]:
    with workspace.sessions() as session:
        rows = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.table_name == table, t.AuditRow.action == action, t.AuditRow.id > since
            )
        )
        return {r.field: (r.old_value if action == "delete" else r.new_value) for r in rows}


def test_typed_values_are_parsed_the_dutch_way_and_a_bad_one_is_named() -> None:
    assert parse_date("04-03-1985", "birth_date", "Geboortedatum") == D(1985, 3, 4)
    assert parse_date("1985-03-04", "birth_date", "Geboortedatum") == D(1985, 3, 4)
    assert parse_date("  ", "birth_date", "Geboortedatum") is None
    with pytest.raises(InputRejected) as bad_date:
        parse_date("31-02-1985", "birth_date", "Geboortedatum")
    assert bad_date.value.field == "birth_date" and "'31-02-1985'" in bad_date.value.message
    assert parse_bsn("1234.56.782") == GOOD_BSN
    assert parse_bsn("") is None
    with pytest.raises(InputRejected) as bad_bsn:
        parse_bsn("123456789")
    assert bad_bsn.value.field == "bsn" and "'123456789'" in bad_bsn.value.message
    assert parse_number("1.234,50", "wage", "Uurloon") == Decimal("1234.50")
    assert parse_number("7,5", "hours", "Contracturen") == Decimal("7.5")
    with pytest.raises(InputRejected, match="Uurloon mag niet negatief zijn"):
        parse_number("-3", "wage", "Uurloon")


def test_a_new_worker_comes_with_the_first_employment_and_is_audited(march: Workspace) -> None:
    with march.sessions() as session:  # on PostgreSQL the triggers logged the import too
        before = session.scalar(select(func.max(t.AuditRow.id))) or 0
    worker_id = svc.create_worker(march.sessions, _person(), _job())
    with march.sessions() as session:
        card = worker_card(session, worker_id)
    assert card is not None
    # the card carries the BSN masked: the full number only through reveal_bsn (audited)
    assert (card.name, card.personnel_number, card.bsn) == ("Bram Bakker", "P2", "•••••6782")
    with march.sessions() as session:
        assert session.get(t.WorkerRow, worker_id).bsn == GOOD_BSN  # type: ignore[union-attr]
    assert (card.target_group, card.municipality_code, card.coach) == (
        TargetGroup.WSW,
        "M1",
        "Kees",
    )
    assert [(e.start, e.end, e.hours_per_week, e.hourly_wage) for e in card.employments] == [
        (D(2025, 2, 1), None, Decimal("32.00"), Decimal("14.06"))
    ]
    worker_audit = _audit(march, "workers", "insert", before)
    assert worker_audit["personnel_number"] == "P2" and worker_audit["bsn"] == "••••••782"
    assert _audit(march, "employments", "insert", before)["hourly_wage"] == "14.06"
    with march.sessions() as session:
        users = set(
            session.scalars(
                select(t.AuditRow.user).where(
                    t.AuditRow.table_name == "workers", t.AuditRow.id > before
                )
            )
        )
    assert users == {"manager.mo"}


@pytest.mark.parametrize(
    ("person", "job", "field", "named"),
    [
        (_person(bsn="123456789"), _job(), "bsn", "elfproef (waarde '123456789')"),
        (_person(number="P1"), _job(), "personnel_number", "Personeelsnummer 'P1' bestaat al"),
        (
            _person(),
            _job(D(2025, 2, 1), D(2025, 1, 31)),
            "end",
            "Einddatum ligt voor de begindatum 01-02-2025 (waarde 31-01-2025)",
        ),
        (
            _person(),
            svc.EmploymentInput(D(2025, 2, 1), None, Decimal(70), Decimal(14)),
            "hours",
            "(waarde 70)",
        ),
    ],
)
def test_bad_input_for_a_new_worker_is_named_and_nothing_is_written(
    march: Workspace, person: svc.WorkerInput, job: svc.EmploymentInput, field: str, named: str
) -> None:
    before = (_count(march, t.WorkerRow), _count(march, t.EmploymentRow), _count(march, t.AuditRow))
    with pytest.raises(InputRejected) as refused:
        svc.create_worker(march.sessions, person, job)
    assert refused.value.field == field
    assert named in refused.value.message
    after = (_count(march, t.WorkerRow), _count(march, t.EmploymentRow), _count(march, t.AuditRow))
    assert after == before


def test_employments_end_and_never_overlap(march: Workspace) -> None:
    worker_id, version = _p1(march)
    with pytest.raises(InputRejected) as overlap:
        svc.add_employment(march.sessions, worker_id, version, _job(D(2025, 6, 1)))
    assert overlap.value.field == "start"
    assert "01-01-2025 t/m open einde" in overlap.value.message
    with march.sessions() as session:
        employment_id = session.scalars(select(t.EmploymentRow.id)).one()
    with pytest.raises(InputRejected) as early:
        svc.end_employment(march.sessions, worker_id, version, employment_id, D(2024, 12, 31))
    assert early.value.field == "end" and "31-12-2024" in early.value.message
    assert _count(march, t.EmploymentRow) == 1

    svc.end_employment(march.sessions, worker_id, version, employment_id, D(2025, 5, 31))
    svc.add_employment(march.sessions, worker_id, version + 1, _job(D(2025, 6, 1)))
    with march.sessions() as session:
        rows = session.scalars(select(t.EmploymentRow).order_by(t.EmploymentRow.start_date)).all()
        spans = [(r.start_date, r.end_date) for r in rows]
    assert spans == [(D(2025, 1, 1), D(2025, 5, 31)), (D(2025, 6, 1), None)]
    # opening the first again would overlap the second: refused
    _, version = _p1(march)
    with pytest.raises(InputRejected, match="overlapt het dienstverband van 01-06-2025"):
        svc.end_employment(march.sessions, worker_id, version, employment_id, None)
    assert _audit(march, "employments", "update") == {"end_date": "2025-05-31"}
    # new hours from 1 September: the open employment ends the day before, in one go
    svc.add_employment(march.sessions, worker_id, version, _job(D(2025, 9, 1)), end_open=True)
    with march.sessions() as session:
        rows = session.scalars(select(t.EmploymentRow).order_by(t.EmploymentRow.start_date)).all()
        spans = [(r.start_date, r.end_date) for r in rows]
    assert spans == [
        (D(2025, 1, 1), D(2025, 5, 31)),
        (D(2025, 6, 1), D(2025, 8, 31)),
        (D(2025, 9, 1), None),
    ]
    # ending the open one cannot hide an overlap with a closed one
    with pytest.raises(InputRejected, match="01-01-2025 t/m 31-05-2025"):
        svc.add_employment(
            march.sessions, worker_id, version + 1, _job(D(2025, 5, 1)), end_open=True
        )
    assert _count(march, t.EmploymentRow) == 3


def test_a_save_on_a_stale_card_is_refused(march: Workspace) -> None:
    worker_id, version = _p1(march)
    svc.update_worker(march.sessions, worker_id, version, _person("P1"))  # another desk
    with pytest.raises(InputRejected) as stale:
        svc.update_worker(march.sessions, worker_id, version, _person("P9"))
    assert stale.value.field == "version"
    with pytest.raises(InputRejected) as stale_child:
        svc.add_placement(
            march.sessions,
            worker_id,
            version,
            svc.PlacementInput(WorkType.WORK_ON_LOCATION, None, "Bakkerij Jansen", D(2025, 9, 1)),
        )
    assert stale_child.value.field == "version"
    with march.sessions() as session:
        row = session.get(t.WorkerRow, worker_id)
        assert row is not None
        assert (row.personnel_number, row.first_name, row.bsn) == ("P1", "Bram", "111222333")
        assert len(row.placements) == 1
    svc.update_worker(march.sessions, worker_id, version + 1, _person("P1", None), change_bsn=True)
    with march.sessions() as session:
        assert session.scalars(select(t.WorkerRow.bsn)).one() is None


def test_placements_are_added_ended_and_renewed(march: Workspace) -> None:
    worker_id, version = _p1(march)
    placement = svc.PlacementInput(WorkType.WORK_ON_LOCATION, "A1", None, D(2025, 9, 1))
    new_id = svc.add_placement(march.sessions, worker_id, version, placement)
    with pytest.raises(InputRejected) as early:
        svc.end_placement(march.sessions, worker_id, version + 1, new_id, D(2025, 8, 1))
    assert early.value.field == "end"
    svc.end_placement(march.sessions, worker_id, version + 1, new_id, D(2025, 12, 31))
    with march.sessions() as session:
        first_id = session.scalars(
            select(t.PlacementRow.id).where(t.PlacementRow.start_date == D(2025, 1, 1))
        ).one()
    renewed = svc.renew_placement(march.sessions, worker_id, version + 2, first_id, D(2026, 1, 1))
    with march.sessions() as session:
        card = worker_card(session, worker_id)
    assert card is not None
    assert [(p.work_type, p.start, p.end, p.where, p.id) for p in card.placements] == [
        (WorkType.SHELTERED_INSIDE, D(2025, 1, 1), D(2025, 12, 31), "A1 Inpakken", first_id),
        (WorkType.WORK_ON_LOCATION, D(2025, 9, 1), D(2025, 12, 31), "A1 Inpakken", new_id),
        (WorkType.SHELTERED_INSIDE, D(2026, 1, 1), None, "A1 Inpakken", renewed),
    ]


def test_a_job_coach_changes_placements_of_the_caseload_only(march: Workspace) -> None:
    worker_id, version = _p1(march)  # P1 has no coach in MARCH_2025
    coach = SignedIn("kees", "Kees Koster", Role.JOB_COACH)
    assert not svc.may_edit_people(coach)
    assert svc.may_edit_people(SignedIn("ctl", "Controller", Role.CONTROLLER))
    assert svc.may_edit_placements(coach, "kees koster")
    assert not svc.may_edit_placements(coach, None)
    placement = svc.PlacementInput(WorkType.WORK_ON_LOCATION, None, "Bakkerij", D(2025, 9, 1))
    with pytest.raises(PermissionDenied, match="hoort niet bij uw caseload") as refused:
        svc.add_placement(march.sessions, worker_id, version, placement, coach)
    assert refused.value.action is Action.EDIT_PLACEMENTS
    assert _count(march, t.PlacementRow) == 1
    anna = svc.WorkerInput(
        "P1",
        "Anna",
        "de Vries",
        D(1990, 5, 1),
        None,
        TargetGroup.SHELTERED,
        "M1",
        D(2024, 11, 1),
        "Kees Koster",
    )
    svc.update_worker(march.sessions, worker_id, version, anna)  # the BSN is kept
    svc.add_placement(march.sessions, worker_id, version + 1, placement, coach)
    assert _count(march, t.PlacementRow) == 2
    with march.sessions() as session:
        assert session.scalars(select(t.WorkerRow.bsn)).one() == "111222333"


def test_a_worker_with_hours_or_guidance_is_not_deleted(march: Workspace) -> None:
    worker_id, version = _p1(march)
    hours, guidance = _count(march, t.HourRow), _count(march, t.GuidanceRow)
    assert hours and guidance
    with pytest.raises(InputRejected) as refused:
        svc.delete_worker(march.sessions, worker_id, version)
    assert refused.value.field == "worker"
    assert f"heeft {hours} urenregels en {guidance} begeleidingsregels" in str(refused.value)
    assert "beëindig het dienstverband" in str(refused.value)
    assert (_count(march, t.WorkerRow), _count(march, t.HourRow)) == (1, hours)
    assert _count(march, t.GuidanceRow) == guidance


def test_deleting_a_worker_removes_everything_and_the_audit_log_keeps_it(
    march: Workspace,
) -> None:
    worker_id, version = _p1(march)
    with march.sessions() as session, session.begin():  # entered by mistake: no work logged
        for table in (t.HourRow, t.GuidanceRow):
            session.execute(delete(table).where(table.worker_id == worker_id))
    with pytest.raises(InputRejected) as stale:
        svc.delete_worker(march.sessions, worker_id, version - 1)
    assert stale.value.field == "version"
    assert _count(march, t.WorkerRow) == 1
    with march.sessions() as session:  # PostgreSQL's triggers logged the guidance rows above
        before = session.scalar(select(func.max(t.AuditRow.id))) or 0
    svc.delete_worker(march.sessions, worker_id, version)
    for table in (t.WorkerRow, t.EmploymentRow, t.PlacementRow, t.WageValueRow, t.HourRow):
        assert _count(march, table) == 0, table
    gone = _audit(march, "workers", "delete")
    assert (gone["personnel_number"], gone["last_name"], gone["bsn"]) == (
        "P1",
        "de Vries",
        "••••••333",  # the audit log keeps a BSN masked
    )
    assert Decimal(_audit(march, "employments", "delete")["hourly_wage"] or "") == Decimal("14.06")
    assert _audit(march, "placements", "delete")["work_type"] == "sheltered_inside"
    assert _audit(march, "wage_values", "delete")["method"] == "Dariuz"
    with march.sessions() as session:
        reasons = set(
            session.scalars(
                select(t.AuditRow.reason).where(
                    t.AuditRow.action == "delete", t.AuditRow.id > before
                )
            )
        )
    assert reasons == {"medewerker verwijderd"}


def test_a_caseload_and_a_revealed_bsn_on_either_database(march: Workspace) -> None:
    """The caseload's matching rule is SQL (trim, lower case) and a reveal is an audit event:
    both on SQLite and on PostgreSQL."""
    worker_id, version = _p1(march)
    anna = svc.WorkerInput(
        "P1", "Anna", "de Vries", D(1990, 5, 1), None, TargetGroup.SHELTERED, "M1",
        D(2024, 11, 1), " KEES koster ",
    )  # fmt: skip
    svc.update_worker(march.sessions, worker_id, version, anna)
    kees = SignedIn("kees", "Kees Koster", Role.JOB_COACH)
    other = SignedIn("els", "Els Eerdmans", Role.JOB_COACH)
    with march.sessions() as session:
        assert [w.id for w in worker_list(session, D(2025, 3, 1), kees)] == [worker_id]
        assert worker_list(session, D(2025, 3, 1), other) == []
    manager = SignedIn("manager.mo", "Mo", Role.MANAGER)
    assert reveal_bsn(march.sessions, worker_id, manager) == "111222333"
    with march.sessions() as session:
        event = session.scalars(select(t.AuditRow).where(t.AuditRow.action == "reveal")).one()
    assert (event.user, event.record_key, event.field) == ("manager.mo", str(worker_id), "bsn")
