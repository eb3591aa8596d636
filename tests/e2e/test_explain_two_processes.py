"""``sodesk explain`` stays in one process (its recorder must hear every worker-month); the
report it explains splits its run over two processes from PARALLEL_FROM workers on. The
explanation's totals must equal that report's figures to the cent all the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sodesk.domain.money import cents
from sodesk.reports.company_run import PARALLEL_FROM

COMMAND = [sys.executable, "-m", "sodesk"]
PERIOD = ["--from", "2025-01-01", "--to", "2025-12-31"]


def _run(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([*COMMAND, *args], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout) if done.stdout else {}


def test_explanations_equal_a_report_made_by_two_processes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    _run(
        "--database", url, "demo", "--workers", str(PARALLEL_FROM + 5), "--seed", "3",
        "--end-year", "2025",
    )
    report = _run("--database", url, "report", "activities", *PERIOD)
    lines = {line["code"]: line for line in report["activities"]}
    for code, figure in (
        ("A01", "lks"),
        ("non-productive:sheltered_inside", "wage_cost"),
        ("A02", "result"),
        ("A03", "guidance_cost"),
    ):
        explained = _run("--database", url, "explain", "activities", "--activity", code,
                         "--figure", figure, *PERIOD)  # fmt: skip
        total = Decimal(explained["total"])
        assert sum(Decimal(r["amount"]) for r in explained["rows"]) == total
        assert cents(total) == Decimal(lines[code][figure]), (code, figure)
        assert explained["rows"], (code, figure)
