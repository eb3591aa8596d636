"""The report process (a spawned pool process, sodesk.services.report_client) on a real
SQLite file.

Every figure it sends back must be the in-process report's own; identical requests in flight
share one computation; a process that dies, never starts or never answers leaves the caller
computing as before; closing the client ends the process; a save by anyone empties its cache.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sodesk.domain.period import Period
from sodesk.reports.activities import ActivityReport
from sodesk.services.report_cache import DataVersion, ResultCache
from sodesk.services.report_channel import ACTIVITY_REPORT, FIRST_FIGURES
from sodesk.services.report_client import (
    DATABASE_ENV,
    Cancelled,
    ReportClient,
    ServerGone,
    compute,
    url_of,
)
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import (
    Workspace,
    open_workspace,
    opening_period,
    years_with_hours,
)
from sodesk.storage import tables as t
from sodesk.storage.database import ENV_VAR, transaction


class _Silent(Executor):
    """A report process that takes every request and never answers (one that hangs)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        return Future()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


class _Refused(Executor):
    """A machine that gives no process."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        raise BlockingIOError(11, "Resource temporarily unavailable")


@pytest.fixture
def workspace(demo_workspace: Workspace) -> Workspace:
    """A copy of the 40-worker demo company (tests/conftest.py)."""
    return demo_workspace


@pytest.fixture
def client() -> Iterator[ReportClient]:
    client = ReportClient()
    yield client
    client.close()


def _period(workspace: Workspace) -> Period:
    return opening_period(years_with_hours(workspace))


def _here(workspace: Workspace, period: Period) -> ActivityReport:
    with workspace.sessions() as session:
        return build_activity_report(session, period, workspace.company_name())


def _same(report: ActivityReport) -> ActivityReport:
    """The report without the moment it was made (the only thing allowed to differ)."""
    return dataclasses.replace(report, generated_at=dt.datetime(2000, 1, 1))


def _change_an_hour(workspace: Workspace, period: Period) -> None:
    """A save from another connection: one worker's hours on one day, changed."""
    with transaction(workspace.sessions) as session:
        row = session.scalars(
            select(t.HourRow).where(t.HourRow.date.between(period.start, period.end)).limit(1)
        ).one()
        row.hours = row.hours + 8 if row.hours <= 16 else row.hours - 8


def test_the_process_sends_the_in_process_report(
    workspace: Workspace, client: ReportClient
) -> None:
    period = _period(workspace)
    remote = client.submit(url_of(workspace), ACTIVITY_REPORT, period).result()
    assert remote.lines and remote.totals.productive_hours > 0
    assert _same(remote) == _same(_here(workspace, period))


def test_identical_requests_in_flight_share_one_future_and_one_computation(
    workspace: Workspace, client: ReportClient
) -> None:
    period, url = _period(workspace), url_of(workspace)
    first = client.submit(url, ACTIVITY_REPORT, period)
    second = client.submit(url, ACTIVITY_REPORT, period)
    fresh = client.submit(url, ACTIVITY_REPORT, period, fresh=True)
    assert second is first and fresh is not first
    assert client.requests_sent == 2
    assert _same(first.result()) == _same(fresh.result())
    later = client.submit(url, ACTIVITY_REPORT, period)  # the first one has been answered
    assert later is not first and client.requests_sent == 3
    later.result()


def test_an_error_is_an_answer_and_the_process_goes_on(
    workspace: Workspace, client: ReportClient
) -> None:
    failed = client.submit(url_of(workspace), "no_such_report")
    with pytest.raises(KeyError, match="no_such_report") as error:
        failed.result()
    assert "Traceback" in str(error.value.__cause__)  # the process's own traceback
    period = _period(workspace)
    assert client.submit(url_of(workspace), ACTIVITY_REPORT, period).result().lines
    assert client.alive


def _report_processes() -> list[multiprocessing.Process]:
    return multiprocessing.active_children()


def test_a_killed_process_leaves_the_caller_computing_here(
    workspace: Workspace, client: ReportClient, caplog: pytest.LogCaptureFixture
) -> None:
    period = _period(workspace)
    client.submit(url_of(workspace), ACTIVITY_REPORT, period).result()
    (process,) = _report_processes()
    with caplog.at_level(logging.WARNING, logger="sodesk.report_client"):
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)
        report = compute(client, workspace, ACTIVITY_REPORT, period, fresh=True)
    assert _same(report) == _same(_here(workspace, period))
    assert not client.alive
    with pytest.raises(ServerGone):
        client.submit(url_of(workspace), ACTIVITY_REPORT, period).result()
    assert "report process ended" in caplog.text


def test_a_process_that_cannot_start_leaves_the_caller_computing_here(
    workspace: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sodesk.report_client"):
        client = ReportClient(_Refused())
    try:
        period = _period(workspace)
        assert not client.alive
        assert _same(compute(client, workspace, ACTIVITY_REPORT, period)) == _same(
            _here(workspace, period)
        )
        assert "could not start" in caplog.text
    finally:
        client.close()


def test_closing_the_client_ends_the_process(workspace: Workspace, client: ReportClient) -> None:
    client.submit(url_of(workspace), ACTIVITY_REPORT, _period(workspace)).result()
    (process,) = _report_processes()
    client.close()
    assert not process.is_alive() and process.exitcode == 0  # it ended, it was not killed
    assert not _report_processes()


def test_a_save_from_another_connection_empties_the_cache(
    workspace: Workspace, client: ReportClient
) -> None:
    period, url = _period(workspace), url_of(workspace)
    before = client.submit(url, ACTIVITY_REPORT, period).result()
    _change_an_hour(workspace, period)
    after = client.submit(url, ACTIVITY_REPORT, period, fresh=True).result()
    assert after.totals.productive_hours != before.totals.productive_hours
    assert _same(after) == _same(_here(workspace, period))


def test_the_first_figures_are_kept_for_the_pages_request(
    workspace: Workspace, client: ReportClient
) -> None:
    url = url_of(workspace)
    period = client.submit(url, FIRST_FIGURES).result()
    assert period == _period(workspace)
    report = client.submit(url, ACTIVITY_REPORT, period).result()
    assert _same(report) == _same(_here(workspace, period))


def test_the_cache_holds_a_result_until_anyone_commits(workspace: Workspace) -> None:
    cache = ResultCache(DataVersion(str(workspace.url.database)))
    try:
        version = cache.version()
        cache.put("key", version, b"result")
        assert cache.get("key") == b"result"
        with workspace.sessions() as session:  # reading changes nothing
            session.execute(select(t.HourRow.id).limit(1)).all()
        assert cache.get("key") == b"result"
        _change_an_hour(workspace, _period(workspace))
        assert cache.get("key") is None
    finally:
        cache.close()


def test_the_process_never_imports_qt() -> None:
    code = (
        "import sys\n"
        "import sodesk.services.report_serving\n"
        "import sodesk.engine.parallel\n"
        "assert 'PySide6' not in sys.modules, 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=_env())


def test_the_database_variable_is_storages_own() -> None:
    assert DATABASE_ENV == ENV_VAR


def _env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join([root, env.get("PYTHONPATH", "")])
    return env


def test_the_process_reads_each_backend(database_url: str, client: ReportClient) -> None:
    """PostgreSQL too (its URL with password goes through the pipe; nothing is cached)."""
    workspace = open_workspace(database_url)
    try:
        period = Period.year(2025)
        for fresh in (False, True):
            remote = client.submit(url_of(workspace), ACTIVITY_REPORT, period, fresh=fresh)
            assert _same(remote.result()) == _same(_here(workspace, period))
    finally:
        workspace.close()


def test_a_process_that_never_answers_leaves_the_caller_computing_here(
    workspace: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    silent = ReportClient(_Silent())
    try:
        period = _period(workspace)
        with caplog.at_level(logging.WARNING, logger="sodesk.report_client"):
            report = compute(silent, workspace, ACTIVITY_REPORT, period, wait_s=0.2)
        assert _same(report) == _same(_here(workspace, period))
        assert "did not answer" in caplog.text
        # stopped, so the next identical request does not wait on it again
        later = silent.submit(url_of(workspace), ACTIVITY_REPORT, period)
        with pytest.raises(ServerGone):
            later.result(5)
    finally:
        silent.close()


def test_a_commit_here_stops_sharing_what_was_sent_before_it(workspace: Workspace) -> None:
    """A request in flight since before a save is not handed to a later identical one."""
    silent = ReportClient(_Silent())
    try:
        period, url = _period(workspace), url_of(workspace)
        before = silent.submit(url, ACTIVITY_REPORT, period)
        assert silent.submit(url, ACTIVITY_REPORT, period) is before
        _change_an_hour(workspace, period)
        after = silent.submit(url, ACTIVITY_REPORT, period)
        assert after is not before
        assert silent.submit(url, ACTIVITY_REPORT, period) is after
    finally:
        silent.close()


def test_a_commit_that_wrote_nothing_keeps_sharing(workspace: Workspace) -> None:
    """A log-in commits without changing anything: the first figures stay shared."""
    silent = ReportClient(_Silent())
    try:
        period, url = _period(workspace), url_of(workspace)
        before = silent.submit(url, ACTIVITY_REPORT, period)
        with transaction(workspace.sessions) as session:
            session.scalars(select(t.HourRow.id).limit(1)).all()
        assert silent.submit(url, ACTIVITY_REPORT, period) is before
    finally:
        silent.close()


def test_a_cancelled_caller_stops_waiting(workspace: Workspace) -> None:
    """A job cancelled while its answer is outstanding gives up (its pool thread is free)."""
    silent = ReportClient(_Silent())
    try:
        asked: list[int] = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) >= 3

        with pytest.raises(Cancelled):
            compute(silent, workspace, ACTIVITY_REPORT, _period(workspace), cancelled=cancelled)
        assert len(asked) == 3
    finally:
        silent.close()
