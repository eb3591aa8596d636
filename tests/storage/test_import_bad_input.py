"""Bad input is told, never stored (DOMAIN.md): every bad row named, and nothing written.

Each case first imports the good DUTCH_EXPORT, then the same export with one file spoiled. The
second import must exit with 1, name file, row, column and value on one line of stderr, and
leave every table exactly as it was (a snapshot of every row, versions included: the good
rows of the other files would otherwise have been re-written).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.import_factories import DUTCH_EXPORT, snapshot, sodesk, write_dutch_folder

HOURS = "personnel_number;activity_code;date;hours\n"
WAGE_VALUES = "personnel_number;measured_on;wage_value_percent;method;assessor;reassess_term\n"
TASKS = (
    "personnel_number;measured_on;task;time_share_percent;tempo_percent;quality_percent;"
    "net_work_time_percent\n"
)
RATES = "activity_code;valid_from;valid_to;unit;price\n"
WORKERS = (
    "personnel_number;first_name;last_name;birth_date;bsn;target_group;municipality_code;"
    "indication_date\n"
)
EMPLOYMENTS = "personnel_number;start_date;end_date;contract_hours_per_week;hourly_wage\n"
GUIDANCE = "personnel_number;coach;date;hours;kind;activity_code\n"
PERIOD_HEADER = "activity_code;period_start;period_end;{}\n"


@dataclass(frozen=True)
class Case:
    """A spoiled file and where the message must point: file, row, column, value."""

    name: str
    file: str
    text: str
    row: int
    column: str
    value: str | None


CASES = [
    Case(
        "hours above 24",
        "hours",
        HOURS + "1001;INP;2024-12-02;10,5\n1001;INP;2024-12-03;25",
        3,
        "hours",
        "25",
    ),
    Case("hours below 0", "hours", HOURS + "1001;INP;2024-12-02;-1", 2, "hours", "-1"),
    Case(
        "over 24 on one day summed across activities",
        "hours",
        HOURS + "1001;INP;2024-12-02;10,5\n1001;ASS;2024-12-02;14",
        3,
        "hours",
        "14",
    ),
    Case(
        "wage value over 100 %",
        "wage_values",
        WAGE_VALUES + "1002;2024-01-15;100,5;;;",
        2,
        "wage_value_percent",
        "100.5",
    ),
    Case(
        "wage value below 0",
        "wage_values",
        WAGE_VALUES + "1002;2024-01-15;-5;;;",
        2,
        "wage_value_percent",
        "-5",
    ),
    Case(
        "wage value disagreeing with its tasks",
        "wage_values",
        WAGE_VALUES + "1001;2024-06-01;50;;;\n1002;2024-01-15;60;;;",
        2,
        "wage_value_percent",
        "50",
    ),
    Case(
        "task time shares adding to 90 %",
        "wage_value_tasks",
        TASKS + "1001;2024-06-01;Vouwen;60;50;90;80\n1001;2024-06-01;Inpakken;30;70;100;80",
        3,
        "time_share_percent",
        "90",
    ),
    Case(
        "a task tempo over 100 %",
        "wage_value_tasks",
        TASKS + "1001;2024-06-01;Vouwen;100;101;90;80",
        2,
        "tempo_percent",
        "101",
    ),
    Case("a rate without a unit", "rates", RATES + "INP;2025-01-01;;;21,00", 2, "unit", ""),
    Case("a negative price", "rates", RATES + "INP;2025-01-01;;hour;-21,00", 2, "price", "-21.00"),
    Case(
        "hours before the employment",
        "hours",
        HOURS + "1005;INP;2024-08-30;8",
        2,
        "date",
        "2024-08-30",
    ),
    Case(
        "guidance before the employment",
        "guidance",
        GUIDANCE + "1005;Coach Een;2024-08-30;1;induction;",
        2,
        "date",
        "2024-08-30",
    ),
    Case(
        "a BSN failing the 11-test",
        "workers",
        WORKERS + "1001;Anna;de Vries;1990-05-01;111222334;sheltered;M1;2022-11-01",
        2,
        "bsn",
        "111222334",
    ),
    Case(
        "an employment ending before it starts",
        "employments",
        EMPLOYMENTS + "1001;2023-01-01;2022-12-31;28;15,00",
        2,
        "end_date",
        "2022-12-31",
    ),
    Case(
        "a rate ending before it starts",
        "rates",
        RATES + "INP;2025-01-01;2024-12-31;hour;21,00",
        2,
        "valid_to",
        "2024-12-31",
    ),
    Case(
        "production ending before it starts",
        "production",
        PERIOD_HEADER.format("pieces") + "ASS;2025-01-31;2025-01-01;3000",
        2,
        "period_end",
        "2025-01-01",
    ),
    Case(
        "a negative piece count",
        "production",
        PERIOD_HEADER.format("pieces") + "ASS;2025-01-01;2025-01-31;-5",
        2,
        "pieces",
        "-5",
    ),
    Case(
        "ten million pieces in a month",
        "production",
        PERIOD_HEADER.format("pieces") + "ASS;2025-01-01;2025-01-31;10000000",
        2,
        "pieces",
        "10000000",
    ),
    Case(
        "a negative revenue amount",
        "revenue",
        PERIOD_HEADER.format("amount") + "SCH;2025-01-01;2025-01-31;-4200,50",
        2,
        "amount",
        "-4200.50",
    ),
    Case(
        "a negative purchase amount",
        "purchases",
        PERIOD_HEADER.format("amount") + "ASS;2024-11-15;2025-01-14;-610,00",
        2,
        "amount",
        "-610.00",
    ),
    Case(
        "an unknown activity code",
        "hours",
        HOURS + "1001;INP;2024-12-02;10,5\n1001;XYZ;2024-12-03;8",
        3,
        "activity_code",
        "XYZ",
    ),
    Case(
        "an unknown personnel number",
        "hours",
        HOURS + "9999;INP;2024-12-02;8",
        2,
        "personnel_number",
        "9999",
    ),
    Case(
        "an unknown municipality",
        "workers",
        WORKERS + "1001;Anna;de Vries;1990-05-01;;sheltered;M9;2022-11-01",
        2,
        "municipality_code",
        "M9",
    ),
    Case(
        "an unknown target group",
        "workers",
        WORKERS + "1001;Anna;de Vries;1990-05-01;;beschut;M1;",
        2,
        "target_group",
        "beschut",
    ),
    Case("a Dutch date", "hours", HOURS + "1001;INP;31-01-2025;8", 2, "date", "31-01-2025"),
    Case("a date without dashes", "hours", HOURS + "1001;INP;20250131;8", 2, "date", "20250131"),
    Case("an impossible date", "hours", HOURS + "1001;INP;2025-02-30;8", 2, "date", "2025-02-30"),
    Case("a word for a number", "hours", HOURS + "1001;INP;2024-12-02;tien", 2, "hours", "tien"),
    Case(
        "a thousands separator",
        "revenue",
        PERIOD_HEADER.format("amount") + "SCH;2025-01-01;2025-01-31;1.234,56",
        2,
        "amount",
        "1.234,56",
    ),
    Case(
        "an ambiguous 12.500 in a file that shows no decimal mark",
        "revenue",
        PERIOD_HEADER.format("amount")
        + "SCH;2024-12-01;2024-12-31;4000\nSCH;2025-01-01;2025-01-31;12.500",
        3,
        "amount",
        "12.500",
    ),
    Case("Arabic digits", "hours", HOURS + "1001;INP;2024-12-02;\u0668", 2, "hours", "\u0668"),
    Case("full-width digits", "hours", HOURS + "1001;INP;2024-12-02;\uff18", 2, "hours", "\uff18"),
    Case(
        "full-width digits in a date",
        "hours",
        HOURS + "1001;INP;\uff12\uff10\uff12\uff14-12-02;8",
        2,
        "date",
        "\uff12\uff10\uff12\uff14-12-02",
    ),
    Case(
        "a number too large for any column",
        "revenue",
        PERIOD_HEADER.format("amount") + "SCH;2025-01-01;2025-01-31;100000000000000000000",
        2,
        "amount",
        "100000000000000000000",
    ),
    Case(
        "a year too large for an integer",
        "company_years",
        "year;employer_charges_percent;coach_hourly_cost\n99999999999999999999;20;50",
        2,
        "year",
        "99999999999999999999",
    ),
    Case(
        "a name of 201 characters",
        "workers",
        WORKERS + "1001;" + "A" * 201 + ";de Vries;1990-05-01;;sheltered;M1;",
        2,
        "first_name",
        "A" * 100 + "… (201 tekens)",
    ),
    Case(
        "a code of 21 characters",
        "hours",
        HOURS + "1001;" + "I" * 21 + ";2024-12-02;8",
        2,
        "activity_code",
        "I" * 21,
    ),
    Case(
        "a NUL byte in a name",
        "workers",
        WORKERS + "1001;An\x00na;de Vries;1990-05-01;;sheltered;M1;",
        2,
        "first_name",
        "An\\x00na",
    ),
    Case(
        "a point in a file of decimal commas",
        "revenue",
        PERIOD_HEADER.format("amount")
        + "SCH;2024-12-01;2024-12-31;4000,00\nSCH;2025-01-01;2025-01-31;4200.50",
        3,
        "amount",
        "4200.50",
    ),
    Case(
        "an unquoted decimal comma in a comma-separated file",
        "hours",
        "personnel_number,activity_code,date,hours\n1001,INP,2024-12-02,10\n1001,INP,2024-12-03,7,5",
        3,
        "hours",
        "7",
    ),
    Case(
        "a missing required column",
        "hours",
        "personnel_number;activity_code;date\n1001;INP;2024-12-02",
        1,
        "hours",
        None,
    ),
    Case(
        "a duplicate rate",
        "rates",
        RATES + "INP;2025-01-01;;hour;21,00\nINP;2025-01-01;;hour;22,00",
        3,
        "activity_code, valid_from",
        "INP / 2025-01-01",
    ),
    Case(
        "duplicate hours",
        "hours",
        HOURS + "1001;INP;2024-12-02;10,5\n1001;INP;2024-12-02;8",
        3,
        "personnel_number, activity_code, date",
        "1001 / INP / 2024-12-02",
    ),
    Case(
        "a fixed regime without its percentage",
        "municipalities",
        "code;name;region;lks_regime;lks_fixed_percent;lw_basis\nM3;Gemeente Vastzeventig;;fixed;;",
        2,
        "lks_fixed_percent",
        "",
    ),
]


def message_line(err: str, file: str, row: int, column: str, value: str | None) -> str:
    """The stderr line naming file, row, column and value (fails when there is none).

    ``value`` None: a header problem, which has no cell value to show.
    """
    shown = "" if value is None else f"'{value}' "
    start = f"{file}, rij {row}, kolom {column}: {shown}"
    found = [line for line in err.splitlines() if line.startswith(start)]
    assert found, f"no line starting with {start!r} in:\n{err}"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_told_and_nothing_is_written(
    case: Case, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    before = snapshot(database_url)
    spoiled = DUTCH_EXPORT | {case.file: case.text}
    capsys.readouterr()

    status = sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "b", spoiled)))

    err = capsys.readouterr().err
    assert status == 1, err
    message_line(err, f"{case.file}.csv", case.row, case.column, case.value)
    assert err.splitlines()[-1].startswith("Niets ingelezen")
    assert snapshot(database_url) == before
