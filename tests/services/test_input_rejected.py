"""One error vocabulary: each input rule is the domain's check, and the import, the services
and the window tell the same finding (code, field, value) in the same words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sodesk.domain.enums import ReassessTerm
from sodesk.domain.validation import (
    Finding,
    check_bsn,
    check_hours,
    check_non_negative,
    check_period,
    check_time_shares,
)
from sodesk.domain.wage_value import TaskScore
from sodesk.services import activity_entries, measurements, people_input, rates
from sodesk.services.errors import InputRejected, rejected
from sodesk.storage.imports.problems import ImportProblem
from tests.import_factories import DUTCH_EXPORT, sodesk, write_dutch_folder

WORKERS = (
    "personnel_number;first_name;last_name;birth_date;bsn;target_group;municipality_code;"
    "indication_date\n"
)
HOURS = "personnel_number;activity_code;date;hours\n"


def test_a_refusal_carries_its_findings_and_is_a_value_error() -> None:
    error = rejected("price", "Prijs is verplicht.", "", row=3)
    assert isinstance(error, ValueError)
    [finding] = error.findings
    assert (finding.code, finding.field, finding.value) == ("input.refused", "price", "")
    assert finding.arguments == {"row": 3}
    assert (error.field, error.message, str(error)) == ("price", *["Prijs is verplicht."] * 2)
    two = InputRejected([Finding("a", "Eerste."), Finding("b", "Tweede.", "x")])
    assert (two.field, two.message, str(two)) == (None, "Eerste.", "Eerste.\nTweede.")
    with pytest.raises(TypeError):
        InputRejected([])


def test_the_people_service_refuses_a_bsn_by_the_domains_elfproef() -> None:
    [rule] = check_bsn("111222334")
    with pytest.raises(InputRejected) as refused:
        people_input.parse_bsn("1112.22.334")
    [finding] = refused.value.findings
    assert (finding.code, finding.field, finding.value) == ("bsn.invalid", "bsn", "111222334")
    assert refused.value.message == f"BSN {rule.message} (waarde '1112.22.334')."


def test_negative_amounts_are_refused_by_one_rule_in_every_service() -> None:
    [rule] = check_non_negative("x", Decimal(-1))
    errors = []
    for parse in (
        lambda: rates.parse_price("-1,50"),
        lambda: activity_entries.parse_value("-1,50", activity_entries.EntryKind.REVENUE),
        lambda: people_input.parse_number("-1,50", "wage", "Uurloon"),
    ):
        with pytest.raises(InputRejected) as refused:
            parse()
        errors.append(refused.value)
    assert [e.findings[0].code for e in errors] == ["value.negative"] * 3
    assert all(f"{rule.message} (waarde '-1,50')." in e.message for e in errors)
    job = people_input.EmploymentInput(dt.date(2025, 1, 1), None, Decimal(28), Decimal(-3))
    [wage] = people_input.check_employment(job, [])
    assert (wage.findings[0].code, wage.field) == ("value.negative", "wage")


def test_an_end_before_the_start_and_time_shares_are_the_domains_findings() -> None:
    [rule] = check_period(dt.date(2025, 2, 1), dt.date(2025, 1, 31))
    job = people_input.EmploymentInput(
        dt.date(2025, 2, 1), dt.date(2025, 1, 31), Decimal(28), Decimal(14)
    )
    [end] = people_input.check_employment(job, [])
    assert (end.findings[0].code, end.field) == (rule.code, "end")
    assert rule.message in end.message

    tasks = [TaskScore("Vouwen", Decimal("0.6"), Decimal(1), Decimal(1), Decimal(1))]
    [shares] = check_time_shares([Decimal("0.6")])
    with pytest.raises(InputRejected) as refused:
        measurements.build_measurement(dt.date(2025, 1, 1), tasks, ReassessTerm.NONE)
    assert (refused.value.findings[0].code, refused.value.field) == ("time_shares.sum", "tasks")
    assert refused.value.message == f"De tijdsaandelen van de taken {shares.message}."


def test_an_import_problem_is_a_finding_with_file_and_row() -> None:
    [finding] = check_hours(Decimal(25))
    problem = ImportProblem.of("hours.csv", 7, finding)
    assert str(problem) == f"hours.csv, rij 7, kolom hours: '25' {finding.message}"


@pytest.mark.parametrize(
    ("file", "text", "finding"),
    [
        (
            "workers",
            WORKERS + "1001;Anna;de Vries;1990-05-01;111222334;sheltered;M1;",
            check_bsn("111222334")[0],
        ),
        ("hours", HOURS + "1001;INP;2024-12-03;25", check_hours(Decimal(25))[0]),
    ],
)
def test_the_import_tells_the_domains_words(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    text: str,
    finding: Finding,
) -> None:
    spoiled = DUTCH_EXPORT | {file: text}
    status = sodesk(sqlite_url, "import", str(write_dutch_folder(tmp_path, spoiled)))
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"{file}.csv, rij 2, kolom {finding.field}: '{finding.value}' {finding.message}" in err
