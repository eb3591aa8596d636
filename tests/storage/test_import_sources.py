"""How import files are read and checked beyond single cells: files, sheets, sources, order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_factories import (
    DUTCH_EXPORT,
    activities_json,
    lines_by_code,
    row_counts,
    snapshot,
    sodesk,
    write_dutch_folder,
    write_workbook,
)

HOURS = "personnel_number;activity_code;date;hours\n"


def _import_failing(database_url: str, path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Imports ``path``, expects refusal, checks nothing changed, returns the stderr lines."""
    before = snapshot(database_url)
    capsys.readouterr()
    assert sodesk(database_url, "import", str(path)) == 1
    assert snapshot(database_url) == before
    return capsys.readouterr().err.splitlines()


def test_decimal_marks_are_decided_per_file(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """rates.csv from another system: commas between cells and decimal points, beside the
    Dutch files with decimal commas. The same report as the all-Dutch export."""
    rates = """
        activity_code,valid_from,valid_to,unit,price
        INP,2024-01-01,2024-12-31,hour,20.00
        INP,2025-01-01,,hour,21.00
        ASS,2024-01-01,2024-12-31,piece,0.50
        ASS,2025-01-01,,piece,0.55
        GRN,2024-01-01,,month,1500
        SCH,2024-01-01,,hour,25
    """
    mixed = write_dutch_folder(tmp_path / "mixed", DUTCH_EXPORT | {"rates": rates})
    assert sodesk(database_url, "import", str(mixed)) == 0
    inp = lines_by_code(activities_json(database_url, capsys, "2024-12-01", "2025-01-31"))["INP"]
    assert (inp["revenue"], inp["current_rate"]) == ("2542.00", "21.00")


def test_three_decimals_are_read_where_another_number_shows_the_decimal_mark(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """12.500 is ambiguous alone; beside 4000.25 the file shows points are decimal marks."""
    revenue = """
        activity_code;period_start;period_end;amount
        SCH;2024-12-01;2024-12-31;4000.25
        SCH;2025-01-01;2025-01-31;12.500
    """
    folder = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT | {"revenue": revenue})
    assert sodesk(database_url, "import", str(folder)) == 0
    sch = lines_by_code(activities_json(database_url, capsys, "2025-01-01", "2025-01-31"))["SCH"]
    assert sch["revenue"] == "12.50"


def test_hours_of_a_day_in_the_file_replace_the_stored_hours_of_that_day(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1001 has 10,5 hours on INP on 2024-12-02 stored. The file is the whole truth for that
    worker and day (INTERFACES.md), so 14 hours on ASS replace them rather than adding up
    to 24,5; 13,5 on INP and 10 on ASS is one row replaced and one added."""
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    moved = write_dutch_folder(tmp_path / "b", {"hours": HOURS + "1001;ASS;2024-12-02;14"})
    capsys.readouterr()
    assert sodesk(database_url, "import", str(moved)) == 0
    assert "1 opgeslagen uurregel(s) verwijderd" in capsys.readouterr().err
    assert row_counts(database_url)["hours"] == 36

    replaced = HOURS + "1001;INP;2024-12-02;13,5\n1001;ASS;2024-12-02;10"
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "c", {"hours": replaced})))
        == 0
    )
    assert row_counts(database_url)["hours"] == 37
    too_many = HOURS + "1001;INP;2024-12-02;13,5\n1001;ASS;2024-12-02;11"
    spoiled = write_dutch_folder(tmp_path / "d", {"hours": too_many})
    err = _import_failing(database_url, spoiled, capsys)
    assert err[0].startswith(
        "hours.csv, rij 3, kolom hours: '11' 1001 op 2024-12-02: brengt de dag op 24,50 uur"
    )


def test_a_bad_row_deep_in_a_long_file_is_found_and_nothing_is_written(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """4.998 good rows (six workers, one hour a day on GRN from 2024-09-02), then row 5.000
    with 25 hours."""
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    import datetime as dt

    lines = [HOURS.strip()]
    day = dt.date(2024, 9, 2)
    while len(lines) < 4999:
        for number in ("1001", "1002", "1003", "1004", "1005", "1006"):
            if len(lines) < 4999:
                lines.append(f"{number};GRN;{day.isoformat()};1")
        day += dt.timedelta(days=1)
    lines.append("1003;GRN;2024-06-03;25")
    folder = write_dutch_folder(tmp_path / "long", {"hours": "\n".join(lines)})

    err = _import_failing(database_url, folder, capsys)

    assert err == [
        "hours.csv, rij 5000, kolom hours: '25' moet tussen 0 en 24 uur liggen",
        "Niets ingelezen: 1 probleem/problemen.",
    ]


def test_every_problem_is_told_at_once_by_file_order_then_row(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        sodesk(database_url, "import", str(write_dutch_folder(tmp_path / "a", DUTCH_EXPORT))) == 0
    )
    spoiled = DUTCH_EXPORT | {
        "hours": HOURS + "1001;INP;2024-12-02;25\n1001;INP;2024-12-03;8\n1001;XYZ;2024-12-04;-1",
        "rates": "activity_code;valid_from;valid_to;unit;price\nINP;2025-01-01;;;21,00",
        "workers": DUTCH_EXPORT["workers"].replace("123456782", "123456789"),
        "hourz": HOURS + "1001;INP;2024-12-02;8",
    }
    err = _import_failing(database_url, write_dutch_folder(tmp_path / "b", spoiled), capsys)

    assert [line.split(":")[0] for line in err] == [
        "hourz.csv",
        "rates.csv, rij 2, kolom unit",
        "workers.csv, rij 3, kolom bsn",
        "hours.csv, rij 2, kolom hours",
        "hours.csv, rij 4, kolom activity_code",
        "hours.csv, rij 4, kolom hours",
        "Niets ingelezen",
    ]


def test_unknown_and_misspelt_columns_are_refused(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt optional column would otherwise be dropped: lw-basis for lw_basis."""
    municipalities = DUTCH_EXPORT["municipalities"].replace("lw_basis", "lw-basis")
    folder = write_dutch_folder(tmp_path / "b", DUTCH_EXPORT | {"municipalities": municipalities})
    err = _import_failing(database_url, folder, capsys)
    assert err[0].startswith("municipalities.csv, rij 1, kolom lw-basis: onbekende kolom")


def test_a_file_that_is_not_utf8_is_refused_with_its_line(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's "CSV (puntkomma)" writes Windows-1252: the é of Hélène is byte 0xe9."""
    folder = write_dutch_folder(tmp_path / "b", DUTCH_EXPORT)
    workers = DUTCH_EXPORT["workers"].replace("Eva;Smit", "Hélène;Smit")
    write_dutch_folder(folder, {"workers": workers}, encoding="cp1252")
    err = _import_failing(database_url, folder, capsys)
    assert err[0].startswith("workers.csv, rij 6: is geen UTF-8 (byte 0xe9)")


def test_a_workbook_names_its_sheet_and_reads_numbers_exactly(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Numbers Excel stores as binary floats (0,1 + 0,2 = 0.30000000000000004) read as typed;
    a text cell in a number column still follows the decimal-comma rule."""
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    workbook = load_workbook(path)
    hours = workbook["hours"]
    hours["D2"] = 0.1 + 0.2  # 1001 on 2024-12-02: 0,3 hours instead of 10,5
    hours["D3"] = "10,5"  # typed as text by a Dutch user
    workbook.save(path)
    assert sodesk(database_url, "import", str(path)) == 0
    inp = lines_by_code(activities_json(database_url, capsys, "2024-12-01", "2025-01-31"))["INP"]
    assert inp["productive_hours"] == "113.80"  # 124 - 10,5 + 0,3

    hours["D4"] = 25
    hours["C5"] = 45658  # a date as its serial number, without a date format
    hours["C5"].number_format = "General"
    workbook.save(path)
    err = _import_failing(database_url, path, capsys)
    assert err[:2] == [
        "export.xlsx, blad hours, rij 4, kolom hours: '25' moet tussen 0 en 24 uur liggen",
        "export.xlsx, blad hours, rij 5, kolom date: '45658' is een getal, geen datum; "
        "maak er een datumcel van (2025-01-31)",
    ]


def test_a_bsn_that_lost_its_leading_zero_in_a_spreadsheet_is_read_whole(
    database_url: str, tmp_path: Path
) -> None:
    """BSN 012345672 passes the 11-test; a number cell holds 12345672."""
    from openpyxl import load_workbook
    from sqlalchemy import create_engine, text

    path = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    workbook = load_workbook(path)
    workbook["workers"]["E6"] = 12345672  # 1005
    workbook.save(path)
    assert sodesk(database_url, "import", str(path)) == 0
    engine = create_engine(database_url)
    with engine.connect() as connection:
        bsn = connection.execute(
            text("SELECT bsn FROM workers WHERE personnel_number = '1005'")
        ).scalar_one()
    engine.dispose()
    assert bsn == "012345672"


def test_dry_run_on_a_bad_folder_tells_the_same_problems(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spoiled = DUTCH_EXPORT | {"hours": HOURS + "1001;INP;2024-12-02;25"}
    folder = write_dutch_folder(tmp_path / "b", spoiled)
    before = snapshot(database_url)
    assert sodesk(database_url, "import", "--dry-run", str(folder)) == 1
    assert "hours.csv, rij 2, kolom hours: '25'" in capsys.readouterr().err
    assert snapshot(database_url) == before
