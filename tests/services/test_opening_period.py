"""The window opens on the latest complete period with hours, not on the newest year of hours.

The company is the Dutch export (hours in December 2024 and January 2025) with every overhead
rate, so both years are complete until a case removes a parameter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sodesk.domain.period import Period
from sodesk.services.opening import candidates, complete_opening_period
from sodesk.services.workspace import open_workspace
from tests.import_factories import DUTCH_EXPORT
from tests.reports.test_incomplete_reports import COMPLETE, _company, _without

BOTH_YEARS = dict(COMPLETE)
BOTH_YEARS["overhead_rates"] = COMPLETE["overhead_rates"] + (
    "2024;work_on_location;4,00\n2024;group_secondment;3,00\n"
)


def _opening(url: str) -> Period:
    workspace = open_workspace(url)
    try:
        return complete_opening_period(workspace)
    finally:
        workspace.close()


def _set_up(tmp_path: Path, url: str, files: dict[str, str], sql: str | None = None) -> str:
    def edit(target: dict[str, str]) -> None:
        target.clear()
        target.update(files)

    return _company(tmp_path, url, edit, sql)


def test_candidates_are_years_then_quarters_then_months_newest_first() -> None:
    found = list(candidates([2024, 2025]))
    assert found[0] == Period.year(2025)
    assert found[1] == Period(dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert found[4] == Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert found[5] == Period.month_of(dt.date(2025, 12, 1))
    assert found[17] == Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert len(found) == 2 * 17


def test_a_complete_newest_year_is_the_opening(sqlite_url: str, tmp_path: Path) -> None:
    assert _opening(_set_up(tmp_path, sqlite_url, BOTH_YEARS)) == Period.year(2025)


def test_a_newest_year_without_its_company_year_opens_the_year_before(
    database_url: str, tmp_path: Path
) -> None:
    files = dict(BOTH_YEARS)
    _without("company_years", "2025;")(files)
    assert _opening(_set_up(tmp_path, database_url, files)) == Period.year(2024)


def test_wml_known_half_a_year_opens_the_latest_complete_quarter(
    sqlite_url: str, tmp_path: Path
) -> None:
    # WML known up to 30-06-2025: the year 2025 is not complete, its first quarter is
    url = _set_up(
        tmp_path, sqlite_url, BOTH_YEARS, "DELETE FROM minimum_wage WHERE valid_from > '2025-01-01'"
    )
    assert _opening(url) == Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))


def test_when_nothing_is_complete_the_newest_year_with_hours(
    sqlite_url: str, tmp_path: Path
) -> None:
    files = dict(DUTCH_EXPORT)  # overhead rates for one work type only, in both years
    assert _opening(_set_up(tmp_path, sqlite_url, files)) == Period.year(2025)
