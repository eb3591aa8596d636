"""The demo company's reports, every kind and format, byte for byte as the golden files.

Why: the company run and the report builders are refactored under these files; a figure,
a word or a rounding that moves shows here at once, on SQLite and PostgreSQL alike (both
must give the very same bytes). The golden files were written by the code before the
refactor (``SODESK_WRITE_GOLDEN=1`` writes them again: only on purpose, and say why in
the commit).

What would differ between two runs is fixed: the moment a report was made (``now`` in the
builders), the PDF's creation date and document id (reportlab's invariant mode), and the
time openpyxl stamps on the workbook (``modified`` and the zip entries' times; workbooks
are compared member by member with ``modified`` set aside).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sodesk.services.demo import fill_demo
from sodesk.services.reports import FORMATS, render
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import report_queries
from sodesk.storage.database import transaction

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "reports"
WRITE = os.environ.get("SODESK_WRITE_GOLDEN") == "1"
MADE_AT = dt.datetime(2026, 1, 15, 9, 30)
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
#: a period that starts and ends inside a month: part-months, two calendar halves
PART = (dt.date(2025, 3, 15), dt.date(2025, 8, 20))
#: the modules whose builders stamp ``dt.datetime.now()`` on a report
STAMPING = ("sodesk.reports.activities", "sodesk.reports.outlook")


class _Made(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
        return MADE_AT


@pytest.fixture
def fixed_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from reportlab import rl_config

    frozen = types.SimpleNamespace(**{**vars(dt), "datetime": _Made})
    for name in STAMPING:
        monkeypatch.setattr(importlib.import_module(name), "dt", frozen)
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def demo(database_url: str, fixed_moment: None) -> Iterator[Workspace]:
    workspace = open_workspace(database_url)
    with transaction(workspace.sessions) as session:
        fill_demo(session, workers=40, seed=5)
    try:
        yield workspace
    finally:
        workspace.close()


def _cases(workspace: Workspace) -> Iterator[tuple[str, bytes]]:
    with workspace.sessions() as session:
        codes = list(report_queries.municipalities(session))
    assert len(codes) >= 2, "the demo has several municipalities"
    for kind, formats in FORMATS.items():
        for fmt in formats:
            if kind == "municipal":
                for code in codes:
                    yield f"{kind}-{code}.{fmt}", render(workspace, kind, *YEAR, fmt, code)
            else:
                yield f"{kind}.{fmt}", render(workspace, kind, *YEAR, fmt)
    yield "part-activities.json", render(workspace, "activities", *PART, "json")
    yield f"part-municipal-{codes[0]}.json", render(workspace, "municipal", *PART, "json", codes[0])


_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>")


def _members(data: bytes) -> dict[str, bytes]:
    """A workbook's members; ``modified`` (openpyxl writes the time of saving) set aside."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    core = "docProps/core.xml"
    if core in members:
        members[core] = _MODIFIED.sub(b"<dcterms:modified/>", members[core])
    return members


def test_every_report_of_the_demo_is_the_golden_bytes(demo: Workspace) -> None:
    rendered = dict(_cases(demo))
    if WRITE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, data in rendered.items():
            (GOLDEN / name).write_bytes(data)
    expected = sorted(p.name for p in GOLDEN.iterdir())
    assert sorted(rendered) == expected
    for name, data in rendered.items():
        golden = (GOLDEN / name).read_bytes()
        if name.endswith(".xlsx"):
            assert _members(data) == _members(golden), name
        else:
            assert data == golden, name
