"""Warnings grouped by kind, without personnel numbers (meldingen per soort), for the PDF.

Why: the municipal report goes to the municipality; it may count people but never name or
number them (SCREENS.md, README "What sodesk protects"). A computation's findings name the
worker they are about ("Medewerker P00095 heeft op ... geen loonwaardemeting"), which the
JSON keeps for the company's own use. The PDF instead prints one line per kind of finding
about workers, with how many findings and how many workers, in a generic Dutch sentence
(:data:`PERSON_SENTENCES`). Findings about other things (an activity without a rate, a
region missing from the table) keep their message, with any personnel number still stripped
(:func:`without_personnel_numbers`), identical messages counted once.

The activity report stays inside the company and may number workers, but one line per worker
per month ran to pages: :func:`warning_kinds` groups its findings per kind with a Dutch
title, a count and the first few cases (one per worker or activity), the full list being in
the workbook. Both print messages through :func:`.finding_texts.plain_message` (Dutch dates,
no field or file names).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sodesk.domain import display
from sodesk.domain.validation import Finding
from sodesk.reports.finding_texts import (
    finding_text,
    kind_title,
    plain_message,
    subject_text,
)

EXAMPLES = 3
"""How many cases a kind of warning shows before "en N andere"."""

PERSON_SENTENCES: dict[str, tuple[str, str]] = {
    "lks.no_measurement": (
        "{n} medewerker zonder loonwaardemeting, langer dan de startperiode in dienst: over "
        "die maanden geen LKS",
        "{n} medewerkers zonder loonwaardemeting, langer dan de startperiode in dienst: over "
        "die maanden geen LKS",
    ),
    "lks.no_fixed_fraction": (
        "{n} medewerker in een vast LKS-regime zonder percentage: LKS op 0 gezet",
        "{n} medewerkers in een vast LKS-regime zonder percentage: LKS op 0 gezet",
    ),
    "attribution.hours_beyond_contract": (
        "{n} medewerker met in een maand meer productieve dan betaalde uren: kosten en "
        "subsidies verdeeld naar productieve uren",
        "{n} medewerkers met in een maand meer productieve dan betaalde uren: kosten en "
        "subsidies verdeeld naar productieve uren",
    ),
    "attribution.unplaced": (
        "{n} medewerker zonder plaatsing: uren en kosten onder 'zonder plaatsing'",
        "{n} medewerkers zonder plaatsing: uren en kosten onder 'zonder plaatsing'",
    ),
    "parameters.no_company_year": (
        "{n} medewerker in een jaar zonder bedrijfsparameters: loonkosten op 0 gezet",
        "{n} medewerkers in een jaar zonder bedrijfsparameters: loonkosten op 0 gezet",
    ),
    "parameters.no_minimum_wage": (
        "{n} medewerker op dagen zonder minimumloon of LKS-parameters: LKS op 0 gezet",
        "{n} medewerkers op dagen zonder minimumloon of LKS-parameters: LKS op 0 gezet",
    ),
    "parameters.no_guidance_allowance": (
        "{n} medewerker in een jaar zonder begeleidingsvergoeding van de gemeente: "
        "vergoeding op 0 gezet",
        "{n} medewerkers in een jaar zonder begeleidingsvergoeding van de gemeente: "
        "vergoeding op 0 gezet",
    ),
    "parameters.no_wsw_subsidy": (
        "{n} Wsw-medewerker in een jaar zonder rijksbijdrage Wsw per fte: bijdrage op 0 gezet",
        "{n} Wsw-medewerkers in een jaar zonder rijksbijdrage Wsw per fte: bijdrage op 0 gezet",
    ),
}
"""Findings about one worker: the sentence for one and for many, ``{n}`` the workers."""

PERSONNEL_NUMBER = re.compile(r"\bP\d{3,}\b")
"""A personnel number as the company writes them (P00095)."""
NAMED_WORKER = re.compile(r"\b([Mm])edewerker\s+[^\s:,;.()]*\d[^\s:,;.()]*")
""""Medewerker <personnel number>" (a word with a digit), as the domain names a worker."""


@dataclass(frozen=True, slots=True)
class WarningGroup:
    """One line of the grouped warnings: the code, how many findings, a sentence."""

    code: str
    count: int
    sentence: str


def without_personnel_numbers(message: str) -> str:
    """The message with every worker named by number made anonymous.

    "Medewerker P7 heeft ..." becomes "Een medewerker heeft ..."; a loose personnel number
    (P00095) becomes "(personeelsnummer)".
    """
    anonymous = NAMED_WORKER.sub(lambda m: "Een medewerker" if m[1] == "M" else "een medewerker",
                                 message)  # fmt: skip
    return PERSONNEL_NUMBER.sub("(personeelsnummer)", anonymous)


def _people(findings: Sequence[Finding]) -> int:
    """How many workers the findings are about: distinct subjects, a finding without one alone."""
    return len({f.subject for f in findings if f.subject}) + sum(
        1 for f in findings if not f.subject
    )


def warning_groups(
    warnings: Sequence[Finding], municipality_names: Mapping[str, str] | None = None
) -> list[WarningGroup]:
    """The findings grouped for print, in the order their code first appears.

    A code of :data:`PERSON_SENTENCES` becomes one line: the number of findings and the
    sentence with the number of workers. Any other code gives a line per distinct message
    (personnel numbers stripped, made plain by :func:`.finding_texts.plain_message`) with
    how often it occurs.
    """
    by_code: dict[str, list[Finding]] = {}
    for finding in warnings:
        by_code.setdefault(finding.code, []).append(finding)
    groups: list[WarningGroup] = []
    for code, findings in by_code.items():
        if code in PERSON_SENTENCES:
            one, many = PERSON_SENTENCES[code]
            people = _people(findings)
            sentence = (one if people == 1 else many).format(n=people)
            groups.append(WarningGroup(code, len(findings), f"{sentence}."))
            continue
        messages: dict[str, int] = {}
        for finding in findings:
            message = without_personnel_numbers(
                plain_message(finding_text(finding), municipality_names)
            )
            messages[message] = messages.get(message, 0) + 1
        groups += [WarningGroup(code, count, message) for message, count in messages.items()]
    return groups


@dataclass(frozen=True, slots=True)
class WarningKind:
    """One kind of warning for print: its title, how many, about how many, the first cases.

    Attributes:
        code: the findings' code (not printed).
        title: the Dutch title of the kind (:data:`.finding_texts.KIND_TITLES`).
        count: how many findings.
        subjects: how many different workers, activities or other subjects.
        about: what the subjects are, plural ("medewerkers", "activiteiten", "gevallen").
        cases: the first few cases, one per subject, in plain Dutch.
        more: how many subjects are not among ``cases``.
    """

    code: str
    title: str
    count: int
    subjects: int
    about: str
    cases: tuple[str, ...]
    more: int


def _span(findings: Sequence[Finding]) -> str:
    """The dates or years the findings are about: "01-01-2025 t/m 01-12-2025", or ""."""
    dates = sorted(f.value for f in findings if isinstance(f.value, dt.date))
    if dates:
        first, last = display.date_nl(dates[0]), display.date_nl(dates[-1])
        return first if first == last else f"{first} t/m {last}"
    years = sorted(
        f.value for f in findings if isinstance(f.value, int) and not isinstance(f.value, bool)
    )
    if years:
        return str(years[0]) if years[0] == years[-1] else f"{years[0]} t/m {years[-1]}"
    return ""


def _case(
    subject: str | None, findings: Sequence[Finding], names: Mapping[str, str] | None
) -> str:
    """One case: the message when the subject has one finding, else a count and a span."""
    if len(findings) == 1 or subject is None:
        return plain_message(finding_text(findings[0]), names)
    span = _span(findings)
    shown = f"{subject_text(subject, names)}: {len(findings)} meldingen"
    return shown + (f", {span}" if span else "")


def _about(code: str) -> str:
    if code in PERSON_SENTENCES:
        return "medewerkers"
    if code.startswith("revenue."):
        return "activiteiten"
    return "gevallen"


def warning_kinds(
    warnings: Sequence[Finding],
    municipality_names: Mapping[str, str] | None = None,
    examples: int = EXAMPLES,
) -> list[WarningKind]:
    """The findings per kind, in the order their code first appears, with the first cases.

    A case is a subject (a worker, an activity): a worker without a measurement for twelve
    months is one case "P00095: 12 meldingen, 01-01-2025 t/m 01-12-2025", not twelve lines.
    Findings without a subject are each their own case.
    """
    by_code: dict[str, list[Finding]] = {}
    for finding in warnings:
        by_code.setdefault(finding.code, []).append(finding)
    kinds: list[WarningKind] = []
    for code, findings in by_code.items():
        by_subject: dict[object, list[Finding]] = {}
        for index, finding in enumerate(findings):
            key = finding.subject if finding.subject else ("", index)
            by_subject.setdefault(key, []).append(finding)
        cases = [
            _case(key if isinstance(key, str) else None, group, municipality_names)
            for key, group in by_subject.items()
        ]
        kinds.append(
            WarningKind(
                code,
                kind_title(code),
                len(findings),
                len(by_subject),
                _about(code),
                tuple(cases[:examples]),
                max(0, len(cases) - examples),
            )
        )
    return kinds
