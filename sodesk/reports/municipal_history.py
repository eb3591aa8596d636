"""The municipal report's look back and ahead: realisation per year up to 2030 beside the
national target, and guidance against wage value in groups.

Why: a municipality asks where it stands on the way to 2030 and whether guidance pays off in
wage value. Both analyses are use cases of ``sodesk.services.analyses``
(``realisation_by_year``, ``guidance_against_wage_value``), a layer above the reports; the
service that renders the report computes them and hands them to :func:`add_history`, which
keeps the municipality's own workers and puts them in bands
(:func:`sodesk.domain.guidance_bands.guidance_bands`). The rows arrive per worker but leave
only as counts and averages: no personnel number reaches the report.

The protocols name what is read from the service's objects, so the reports layer does not
import the services layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from sodesk.domain.guidance_bands import GuidanceBand, GuidedWorker, guidance_bands
from sodesk.domain.realisation import Realisation

if TYPE_CHECKING:
    from sodesk.reports.municipal import MunicipalReport


class RealisationYearLike(Protocol):
    """A year of ``services.analyses.realisation_by_year``."""

    @property
    def year(self) -> int: ...

    @property
    def target(self) -> int | None: ...

    @property
    def realisation(self) -> Realisation | None: ...

    @property
    def national_target(self) -> int | None: ...


class GuidanceRowLike(Protocol):
    """A worker of ``services.analyses.guidance_against_wage_value``."""

    @property
    def personnel_number(self) -> str: ...

    @property
    def guidance_hours(self) -> Decimal: ...

    @property
    def wage_value_start(self) -> Decimal | None: ...

    @property
    def wage_value_end(self) -> Decimal | None: ...


@dataclass(frozen=True)
class MunicipalHistory:
    """Realisation per year (past years on 31 December, the report's year on its last day,
    later years only the targets) and guidance against wage value in bands."""

    years: tuple[RealisationYearLike, ...]
    guidance_bands: tuple[GuidanceBand, ...]
    months: int


def add_history(
    report: MunicipalReport,
    years: Iterable[RealisationYearLike],
    guidance: Iterable[GuidanceRowLike],
) -> MunicipalReport:
    """The report with its :class:`MunicipalHistory`; guidance rows of other municipalities'
    workers (and of workers without a wage value at the period's end) are left out."""
    own = [
        GuidedWorker(row.guidance_hours, row.wage_value_start, row.wage_value_end)
        for row in guidance
        if row.personnel_number in report.worker_numbers and row.wage_value_end is not None
    ]
    months = len(report.period.months())
    history = MunicipalHistory(tuple(years), tuple(guidance_bands(own, months)), months)
    return replace(report, history=history)
