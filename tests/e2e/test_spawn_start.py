"""With the ``spawn`` start method forced (the only one Windows has), the headless commands
and the desktop's start work and give the figures they give by default.

Why: every process sodesk starts (the desktop's report process, a company run's second
process) is spawned; a module that ran code on import, or an object that does not travel
by the standard pickle, would break only there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sodesk.reports.company_run import PARALLEL_FROM

SPAWNED_CLI = """
import multiprocessing
import sys

multiprocessing.set_start_method("spawn")
from sodesk.cli import main

sys.exit(main(sys.argv[1:]))
"""

#: the desktop as sodesk.ui.app starts it, until the Overview has its figures
SPAWNED_APP = """
import multiprocessing
import sys

multiprocessing.set_start_method("spawn")
from sodesk.services.report_client import start_reports

url = sys.argv[1]
reports = start_reports(url)
from PySide6.QtCore import QTimer

from sodesk.ui.app import make_application
from sodesk.ui.main_window import MainWindow
from sodesk.ui.report_start import open_with_reports

app = make_application(language="nl")
workspace = open_with_reports(url, reports)
window = MainWindow(workspace, reports=reports)
window.show()


def check():
    page = window.current_page()
    if page.is_busy():
        return
    print("tiles:", [(tile.value.text(), tile.detail_text()) for tile in page.tiles()])
    print("received:", 0 if reports is None else reports.results_received)
    app.quit()


timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
QTimer.singleShot(120_000, app.quit)
app.exec()
window.close()
if reports is not None:
    reports.close()
workspace.close()
"""


def _env(url: str, **more: str) -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    return dict(
        os.environ,
        SODESK_DATABASE_URL=url,
        PYTHONPATH=os.pathsep.join(paths),
        QT_QPA_PLATFORM="offscreen",
        **more,
    )


def _cli(url: str, *args: str, spawn: bool = True, **env: str) -> str:
    start = [sys.executable, "-c", SPAWNED_CLI] if spawn else [sys.executable, "-m", "sodesk"]
    done = subprocess.run(
        [*start, *args], env=_env(url, **env), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _figures(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("generated_at")
    return data


@pytest.mark.slow
def test_headless_commands_and_the_desktop_start_under_spawn(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    # large enough for the company run to take a second process
    _cli(url, "demo", "--workers", str(PARALLEL_FROM + 5), "--seed", "3")
    year = ["--from", "2025-01-01", "--to", "2025-12-31"]
    for report in (["activities"], ["municipal", "--municipality", "GM0001"]):
        spawned, default = tmp_path / "spawned.json", tmp_path / "default.json"
        _cli(url, "report", *report, *year, "--out", str(spawned))
        _cli(url, "report", *report, *year, "--out", str(default), spawn=False,
             SODESK_PROCESSES="1")  # fmt: skip
        assert _figures(spawned) == _figures(default), report
    pdf = tmp_path / "gemeente.pdf"
    _cli(url, "report", "municipal", "--municipality", "GM0001", *year, "--format", "pdf",
         "--out", str(pdf))  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")

    def start(**env: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", SPAWNED_APP, url],
            env=_env(url, **env),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    through_process = start()
    assert "tiles: [(" in through_process
    assert "received: 0" not in through_process  # the report process computed them
    alone = start(SODESK_REPORT_PROCESS="0")
    assert through_process.splitlines()[0] == alone.splitlines()[0]
