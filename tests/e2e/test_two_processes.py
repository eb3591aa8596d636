"""A headless report splits the workers over two processes (reports/company_run.py): the
figures must be the ones one process computes, to the byte, on both databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sodesk.reports.company_run import PARALLEL_FROM

COMMAND = [sys.executable, "-m", "sodesk"]


def _report(url: str, processes: str, start: str, end: str, out: Path) -> dict:
    env = dict(os.environ, SODESK_DATABASE_URL=url, SODESK_PROCESSES=processes)
    report = ["report", "activities", "--from", start, "--to", end, "--out", str(out)]
    subprocess.run([*COMMAND, *report], env=env, check=True, capture_output=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("generated_at")
    return data


@pytest.mark.slow
def test_two_processes_give_the_figures_of_one(database_url: str, tmp_path: Path) -> None:
    env = dict(os.environ, SODESK_DATABASE_URL=database_url)
    workers = str(PARALLEL_FROM + 20)  # just enough for the run to split
    demo = [*COMMAND, "demo", "--workers", workers, "--seed", "11"]
    subprocess.run(demo, env=env, check=True, capture_output=True)
    for start, end in (("2025-01-01", "2025-12-31"), ("2025-03-15", "2025-08-10")):
        one = _report(database_url, "1", start, end, tmp_path / "one.json")
        two = _report(database_url, "2", start, end, tmp_path / "two.json")
        assert len(one["activities"]) > 10
        assert one == two
