"""A report that uses a municipality whose function-wage basis was inherited says so (R2).

Migration 0006 marks every municipality stored with ``function_wage`` (the old default) as
``lw_basis_unconfirmed``; until the controller confirms or changes the choice, the activities
report, the questionnaire and that municipality's own report carry a warning, in JSON and on
paper. Another municipality's report does not. TWO_MUNICIPALITIES
(tests/reports/test_municipal_report.py): M1 and M2 both measured over the function wage, every
wage € 14,06 = WML, so the figures are the same on either basis.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, update

from sodesk.cli import main
from sodesk.domain.enums import LwBasis
from sodesk.domain.lks_regime import LW_BASIS_UNCONFIRMED
from sodesk.domain.period import Period
from sodesk.reports.pdf import render_municipal_pdf
from sodesk.services import municipalities as svc
from sodesk.services.report_data import build_municipal_report
from sodesk.services.workspace import open_workspace
from sodesk.storage import tables as t
from tests.reports.test_activity_pdf import pdf_text
from tests.reports.test_municipal_report import MARCH, TWO_MUNICIPALITIES, import_folder

M1_WARNING = "Gemeente Een: de LKS is berekend met de loonwaarde over het functieloon"


def _inherit(database_url: str, code: str) -> None:
    """As migration 0006 leaves a function-wage basis it cannot tell from a choice."""
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            update(t.MunicipalityRow)
            .where(t.MunicipalityRow.code == code)
            .values(lw_basis_unconfirmed=True)
        )
    engine.dispose()


def _report(database_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    command = ["--database", database_url, "report", *args, "--from", MARCH[0], "--to", MARCH[1]]
    assert main([*command, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _basis_warnings(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in report["warnings"] if w["code"] == LW_BASIS_UNCONFIRMED]


def test_reports_using_an_inherited_basis_warn_until_it_is_confirmed(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_folder(sqlite_url, tmp_path, TWO_MUNICIPALITIES)
    before = _report(sqlite_url, capsys, "activities")
    assert _basis_warnings(before) == []  # chosen in the import file: nothing to say

    _inherit(sqlite_url, "M1")
    activities = _report(sqlite_url, capsys, "activities")
    (warning,) = _basis_warnings(activities)
    assert warning["message"].startswith(M1_WARNING)
    assert "Sinds 2017 geldt het wettelijk minimumloon" in warning["message"]
    assert activities["activities"] == before["activities"]  # a warning, no other figure
    assert len(_basis_warnings(_report(sqlite_url, capsys, "questionnaire"))) == 1
    assert len(_basis_warnings(_report(sqlite_url, capsys, "municipal", "--municipality", "M1")))
    assert _basis_warnings(_report(sqlite_url, capsys, "municipal", "--municipality", "M2")) == []

    workspace = open_workspace(sqlite_url)
    try:
        with workspace.sessions() as session:
            report = build_municipal_report(
                session, Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31)), "Test", "M1"
            )
        assert " ".join(pdf_text(render_municipal_pdf(report))).count(M1_WARNING) == 1
        with workspace.sessions() as session:
            listed = svc.municipality_list(session, dt.date(2025, 3, 31))
        (m1,) = [m for m in listed if m.code == "M1"]
        assert m1.lw_basis_to_review
        svc.save_municipality(workspace.sessions, m1.id, m1.version, m1.settings, (), True)
    finally:
        workspace.close()
    assert _basis_warnings(_report(sqlite_url, capsys, "activities")) == []


def test_a_period_without_the_municipalitys_workers_does_not_warn(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The basis is used only where a worker who may get measured LKS is employed."""
    import_folder(sqlite_url, tmp_path, TWO_MUNICIPALITIES)
    _inherit(sqlite_url, "M1")
    capsys.readouterr()
    args = ["--database", sqlite_url, "report", "activities", "--format", "json"]
    assert main([*args, "--from", "2020-01-01", "--to", "2020-12-31"]) == 0
    assert _basis_warnings(json.loads(capsys.readouterr().out)) == []
    # a basis changed to the minimum wage is not used either, mark or no mark
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(update(t.MunicipalityRow).values(lw_basis=LwBasis.MINIMUM_WAGE))
    engine.dispose()
    assert _basis_warnings(_report(sqlite_url, capsys, "activities")) == []
