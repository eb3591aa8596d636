"""A report's fingerprint: a hash of what its figures were computed from.

Why: a report sent in March must be checkable in June (``sodesk verify``). The fingerprint
covers the company run (parameters, municipalities, workers and activities; per month the
digest of its rows, stored for closed months, and the rules version it follows), what the
report read beside the run (invoices, purchases, production, rates) and sodesk's version.
A month stored and the same month computed from the same rows give the same fingerprint,
so a report over closed months re-run later is the same file.

The JSON carries it whole (:func:`fingerprint_json`); the PDF's footer and the workbook show
the short form and keep the whole in their metadata, for ``verify`` to read back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sodesk import __version__
from sodesk.domain.period import Period
from sodesk.engine.snapshot import RunFingerprint, digest

SHORT = 12
"""Hex digits of the short form printed on a report."""


@dataclass(frozen=True)
class ReportFingerprint:
    """The fingerprint of one report: the run's, what else was read, sodesk's version."""

    run: RunFingerprint
    records: str  # digest of what the report read beside the run
    sodesk: str = __version__

    @property
    def full(self) -> str:
        return digest((self.sodesk, self.run.full, self.records))

    @property
    def short(self) -> str:
        return self.full[:SHORT]

    def rules(self) -> dict[str, list[str]]:
        """Per rules version, the months that follow it."""
        result: dict[str, list[str]] = {}
        for month, (_inputs, version) in sorted(self.run.months.items()):
            result.setdefault(version, []).append(month)
        return result


def report_fingerprint(
    run_fingerprint: RunFingerprint | None, records: Any
) -> ReportFingerprint | None:
    """The fingerprint of a report over a run with that fingerprint and ``records`` read
    beside it (plain records: dataclasses, dates, Decimals); None for a run made by hand."""
    if run_fingerprint is None:
        return None
    return ReportFingerprint(run_fingerprint, digest(records))


def fingerprint_json(
    fingerprint: ReportFingerprint, report: str, period: Period, municipality: str | None = None
) -> dict[str, Any]:
    """The fingerprint as a report's JSON carries it (and a PDF's or workbook's metadata):
    with the report's kind, period and municipality, so ``verify`` can make it again."""
    return {
        "hash": fingerprint.full,
        "short": fingerprint.short,
        "report": report,
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "municipality": municipality,
        "sodesk": fingerprint.sodesk,
        "facts": fingerprint.run.facts,
        "records": fingerprint.records,
        "rules": fingerprint.rules(),
        "months": {m: inputs for m, (inputs, _version) in sorted(fingerprint.run.months.items())},
    }


def stamp(
    fingerprint: ReportFingerprint | None,
    report: str,
    period: Period,
    municipality: str | None = None,
) -> tuple[str, str]:
    """(short form, whole as JSON text) for a file's footer and metadata; empty without one."""
    if fingerprint is None:
        return "", ""
    whole = fingerprint_json(fingerprint, report, period, municipality)
    return fingerprint.short, json.dumps(whole, separators=(",", ":"))
