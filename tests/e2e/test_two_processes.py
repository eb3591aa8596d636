"""A company run gives the later months to a second process (sodesk/engine/parallel.py):
the figures must be the ones one process computes, to the byte, on both databases, and a
second process that fails must cost time, never figures."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sodesk.reports.company_run import PARALLEL_FROM

COMMAND = [sys.executable, "-m", "sodesk"]

#: the command line, with the second process failing after its first month
BROKEN_CHILD = """
import sys

from sodesk.cli import main
from sodesk.engine import parallel
from tests.e2e.broken_helper import failing_add

parallel._add = failing_add
sys.exit(main(sys.argv[1:]))
"""

#: the command line on a machine that gives no second process
NO_PROCESS = """
import sys
from multiprocessing.context import SpawnProcess

from sodesk.cli import main


def refused(self):
    print("no process to be had", file=sys.stderr, flush=True)
    raise BlockingIOError(11, "Resource temporarily unavailable")


SpawnProcess.start = refused
sys.exit(main(sys.argv[1:]))
"""

REPORTS = [
    ["activities"],
    ["questionnaire"],
    ["municipal", "--municipality", "GM0001"],
]


def _run(url: str, processes: str, args: list[str], out: Path, script: str = "") -> str:
    env = dict(os.environ, SODESK_DATABASE_URL=url, SODESK_PROCESSES=processes)
    start = [sys.executable, "-c", script] if script else COMMAND
    result = subprocess.run(
        [*start, "report", *args, "--out", str(out)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def _read(out: Path) -> dict:
    data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("generated_at")
    return data


def _report(url: str, processes: str, args: list[str], out: Path) -> dict:
    _run(url, processes, args, out)
    return _read(out)


@pytest.mark.slow
def test_two_processes_give_the_figures_of_one(database_url: str, tmp_path: Path) -> None:
    env = dict(os.environ, SODESK_DATABASE_URL=database_url)
    workers = str(PARALLEL_FROM + 20)  # just enough for the run to split
    demo = [*COMMAND, "demo", "--workers", workers, "--seed", "11", "--end-year", "2025"]
    subprocess.run(demo, env=env, check=True, capture_output=True)
    periods = (("2025-01-01", "2025-12-31"), ("2025-03-15", "2025-08-10"))
    for (start, end), report in itertools.product(periods, REPORTS):
        args = [*report, "--from", start, "--to", end]
        one = _report(database_url, "1", args, tmp_path / "one.json")
        two = _report(database_url, "2", args, tmp_path / "two.json")
        assert one == two, (report, start)
        if report == ["activities"]:
            assert len(one["activities"]) > 10
            assert one["warnings"], "the demo has warnings: their order is compared too"


@pytest.mark.slow
def test_a_failing_second_process_costs_time_not_figures(sqlite_url: str, tmp_path: Path) -> None:
    env = dict(os.environ, SODESK_DATABASE_URL=sqlite_url)
    demo = [
        *COMMAND, "demo", "--workers", str(PARALLEL_FROM + 5), "--seed", "3", "--end-year", "2025"
    ]
    subprocess.run(demo, env=env, check=True, capture_output=True)
    args = ["activities", "--from", "2025-01-01", "--to", "2025-12-31"]
    one = _report(sqlite_url, "1", args, tmp_path / "one.json")
    told = _run(sqlite_url, "2", args, tmp_path / "broken.json", BROKEN_CHILD)
    assert "the second process breaks down" in told  # it did break: the fallback was used
    assert one == _read(tmp_path / "broken.json")
    told = _run(sqlite_url, "2", args, tmp_path / "alone.json", NO_PROCESS)
    assert "no process to be had" in told  # a process was asked for and refused
    assert one == _read(tmp_path / "alone.json")


#: a company run whose own part fails after the second process was given its months
FAILING_PARENT = """
import datetime as dt
import multiprocessing
import os
import sys

from sodesk.domain.period import Period
from sodesk.services.report_data import run_company
from sodesk.services.workspace import open_workspace
from sodesk.storage.company_source import CompanySource

read = CompanySource.month
calls = []


def failing_read(*args):
    calls.append(1)
    if len(calls) == 10:  # the second process has its 8 months; this one reads its own
        raise RuntimeError("this process breaks down")
    return read(*args)


CompanySource.month = failing_read
workspace = open_workspace(sys.argv[1])
with workspace.sessions() as session:
    try:
        run_company(session, Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    except RuntimeError as error:
        print("failed:", error)
print("children:", len(multiprocessing.active_children()))
# a pool process is started as 'spawn_main'; the standard library's resource tracker, which
# lives as long as this process, is no second process of the run
workers = []
for entry in os.listdir("/proc"):
    if entry.isdigit():
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as line:
                command = line.read()
        except OSError:
            continue
        if parent == os.getpid() and b"spawn_main" in command:
            workers.append(entry)
print("a child is left" if workers else "no child left")
"""


@pytest.mark.slow
def test_a_run_that_fails_here_leaves_no_second_process(sqlite_url: str) -> None:
    env = dict(os.environ, SODESK_DATABASE_URL=sqlite_url)
    demo = [
        *COMMAND, "demo", "--workers", str(PARALLEL_FROM + 5), "--seed", "3", "--end-year", "2025"
    ]
    subprocess.run(demo, env=env, check=True, capture_output=True)
    result = subprocess.run(
        [sys.executable, "-c", FAILING_PARENT, sqlite_url],
        capture_output=True,
        text=True,
        timeout=120,  # a second process waiting for ever would hang here
    )
    assert result.returncode == 0, result.stderr
    assert "failed: this process breaks down" in result.stdout
    assert "no child left" in result.stdout
    assert "children: 0" in result.stdout
