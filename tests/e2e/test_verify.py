"""``sodesk verify FILE`` on the demo company: the same report today, or what differs.

Why: a report sent in March must be checkable in June. The file's fingerprint (JSON field,
PDF and workbook keywords) is read back, the report made again and compared; a report over
months stored since it was made is still the same one; a corrected hour shows as its month
and its figures; months stored under an older rules version say so. Both databases.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

import sodesk.engine.snapshot as snapshot
from sodesk.cli import main
from sodesk.domain.period import Period
from sodesk.domain.rules_version import RULES_VERSION
from sodesk.services.reports import render
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.month_results import store_month_results
from tests.e2e import test_report_bytes as golden
from tests.e2e.test_report_bytes import YEAR

demo = golden.demo  # the golden files' demo company, its moment fixed
fixed_moment = golden.fixed_moment

FILES = {
    "activities.json": ("activities", "json", None),
    "activities.pdf": ("activities", "pdf", None),
    "activities.xlsx": ("activities", "xlsx", None),
    "municipal.pdf": ("municipal", "pdf", "GM0001"),
    "questionnaire.xlsx": ("questionnaire", "xlsx", None),
}


def _write(workspace: Workspace, folder: Path) -> dict[str, Path]:
    paths = {}
    for name, (kind, fmt, municipality) in FILES.items():
        paths[name] = folder / name
        paths[name].write_bytes(render(workspace, kind, *YEAR, fmt, municipality))
    return paths


def _verify(
    workspace: Workspace, path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    url = workspace.url.render_as_string(hide_password=False)
    code = main(["--database", url, "verify", str(path)])
    out = capsys.readouterr()
    return code, out.out, out.err


def _add_hours(workspace: Workspace, day: dt.date) -> None:
    hours = t.HourRow
    with transaction(workspace.sessions) as session:
        first = session.scalars(
            select(hours.id).where(hours.date == day).order_by(hours.id).limit(1)
        ).one()
        session.execute(update(hours).where(hours.id == first).values(hours=hours.hours + 3))


def test_every_file_is_the_same_today_also_after_its_months_are_stored(
    demo: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _write(demo, tmp_path)
    with transaction(demo.sessions) as session:
        store_month_results(session, [Period(*YEAR)])
    for name, path in paths.items():
        code, out, err = _verify(demo, path, capsys)
        assert (code, err) == (0, ""), name
        assert "gelijk aan vandaag" in out, name


def test_a_corrected_hour_names_its_month_and_figures(
    demo: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _write(demo, tmp_path)
    _add_hours(demo, dt.date(2025, 4, 7))
    for name, path in paths.items():
        code, out, _err = _verify(demo, path, capsys)
        assert code == 1, name
        assert "VERSCHILT" in out and "Maanden met andere gegevens of regels: 2025-04\n" in out
    _code, out, _err = _verify(demo, paths["activities.json"], capsys)
    assert "totals.productive_hours: " in out
    before = json.loads(paths["activities.json"].read_bytes())["totals"]["productive_hours"]
    assert f"totals.productive_hours: {before} -> " in out
    _code, out, _err = _verify(demo, paths["activities.xlsx"], capsys)
    assert "Activiteiten!" in out


def test_months_stored_under_older_rules_say_so(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "RULES_VERSION", "2025.9")
    with transaction(demo.sessions) as session:
        store_month_results(session, [dt.date(2025, 1, 1), dt.date(2025, 2, 1)])
    monkeypatch.undo()
    data = json.loads(render(demo, "activities", *YEAR, "json"))
    rules = data["fingerprint"]["rules"]
    assert rules["2025.9"] == ["2025-01", "2025-02"]
    assert rules[RULES_VERSION] == [f"2025-{m:02d}" for m in range(3, 13)]


def test_a_file_without_a_fingerprint_or_no_file_is_refused(
    demo: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.json"
    plain.write_text('{"period": {"from": "2025-01-01"}}', encoding="utf-8")
    code, out, err = _verify(demo, plain, capsys)
    assert (code, out) == (1, "") and "geen vingerafdruk" in err
    code, out, err = _verify(demo, tmp_path / "missing.pdf", capsys)
    assert (code, out) == (1, "") and "niet te lezen" in err
    with pytest.raises(SystemExit) as usage:
        main(["verify"])
    assert usage.value.code == 2
