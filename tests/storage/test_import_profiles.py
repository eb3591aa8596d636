"""Imports through a profile: the week layout, thousands, workbooks, and unusable profiles.

Each test starts from DUTCH_EXPORT's organisation and the example HR export (workers
1001-1006 employed), then reads a planning export written here, so the hours it gives can
be compared with the hours stored.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from sodesk.storage import tables as t
from sodesk.storage.imports.profiles import ProfileError, load_profile, parse_profile, profile_toml
from tests.import_factories import snapshot, sodesk
from tests.profile_factories import (
    HR_FOLDER,
    HR_PROFILE,
    PLANNING_PROFILE,
    organisation_folder,
)

HEADER = "Pers.nr;Naam;Project;Week vanaf;Ma;Di;Wo;Do;Vr;Za;Zo\r\n"


@pytest.fixture
def staffed(sqlite_url: str, tmp_path: Path) -> str:
    assert sodesk(sqlite_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    assert sodesk(sqlite_url, "import", str(HR_FOLDER), "--profile", str(HR_PROFILE)) == 0
    return sqlite_url


def _planning(folder: Path, rows: str, encoding: str = "cp1252") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "uren-week.csv").write_bytes((HEADER + rows).encode(encoding))
    return folder


def _hours(url: str) -> list[tuple[str, str, dt.date, Decimal]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = (
                select(
                    t.WorkerRow.personnel_number,
                    t.ActivityRow.code,
                    t.HourRow.date,
                    t.HourRow.hours,
                )
                .join(t.WorkerRow, t.WorkerRow.id == t.HourRow.worker_id)
                .join(t.ActivityRow, t.ActivityRow.id == t.HourRow.activity_id)
                .order_by(t.HourRow.date, t.WorkerRow.personnel_number)
            )
            return [tuple(row) for row in connection.execute(query)]  # type: ignore[misc]
    finally:
        engine.dispose()


def test_a_week_across_the_months_end_gives_each_day_its_own_date(
    staffed: str, tmp_path: Path
) -> None:
    rows = (
        "1001;Anna de Vriës;PRJ-0101;30-12-2024;7,5;6;;8;0;;\r\n"
        "1002;Bram Jansen;PRJ-0102;30-12-2024;;;;;4,25;;\r\n"
    )
    folder = _planning(tmp_path / "plan", rows)

    assert sodesk(staffed, "import", str(folder), "--profile", str(PLANNING_PROFILE)) == 0

    assert _hours(staffed) == [
        ("1001", "INP", dt.date(2024, 12, 30), Decimal("7.5")),
        ("1001", "INP", dt.date(2024, 12, 31), Decimal("6")),
        ("1001", "INP", dt.date(2025, 1, 2), Decimal("8")),
        ("1002", "ASS", dt.date(2025, 1, 3), Decimal("4.25")),
    ]


def test_a_bad_day_is_named_by_its_row_and_day_column_and_nothing_is_written(
    staffed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = (
        "1001;Anna;PRJ-0101;30-12-2024;7,5;;;;;;\r\n"
        "1002;Bram;PRJ-0102;30-12-2024;;;;acht;;;\r\n"
        "1003;Cor;PRJ-9999;30-12-2024;;3;;;;;\r\n"
        "1004;Dewi;PRJ-0301;31-13-2024;4;;;;;;\r\n"
        "1005;Eva;PRJ-0101;30-12-2024;25;;;;;;\r\n"
    )
    before = snapshot(staffed)
    capsys.readouterr()

    status = sodesk(
        staffed, "import", str(_planning(tmp_path / "p", rows)), "--profile", str(PLANNING_PROFILE)
    )

    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert "uren-week.csv, rij 3, kolom Do: 'acht' is geen getal" in err
    assert any(line.startswith("uren-week.csv, rij 4, kolom Project: 'PRJ-9999'") for line in err)
    assert any(
        line.startswith("uren-week.csv, rij 5, kolom Week vanaf: '31-13-2024' is geen")
        for line in err
    ), err
    assert any(line.startswith("uren-week.csv, rij 6, kolom Ma / Di / Wo") for line in err), err
    assert err[-1].startswith("Niets ingelezen")
    assert snapshot(staffed) == before


def test_an_encoding_the_file_is_not_is_refused_with_its_line(
    staffed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "utf8.toml"
    profile.write_text(
        PLANNING_PROFILE.read_text(encoding="utf-8").replace(
            'encoding = "auto"', 'encoding = "utf-8"'
        ),
        encoding="utf-8",
    )
    folder = _planning(tmp_path / "p", "1001;Anna de Vriës;PRJ-0101;30-12-2024;7,5;;;;;;\r\n")
    capsys.readouterr()

    assert sodesk(staffed, "import", str(folder), "--profile", str(profile)) == 1

    assert "uren-week.csv: is geen UTF-8 (byte 0xeb op regel 2)" in capsys.readouterr().err


def _revenue_profile(path: Path, thousands: str) -> Path:
    path.write_text(
        f"""
        name = "Omzet uit de boekhouding"
        [file]
        decimal = ","
        thousands = "{thousands}"
        date_format = "%d-%m-%Y"
        [tables.revenue]
        match = "Omzet"
        [tables.revenue.columns]
        activity_code = "Kostenplaats"
        period_start = "Van"
        period_end = "Tot en met"
        amount = "Bedrag"
        """.replace("        ", ""),
        encoding="utf-8",
    )
    return path


def _revenue_workbook(path: Path, amount: object) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Omzet"
    sheet.append(["Kostenplaats", "Van", "Tot en met", "Bedrag", "Grootboek"])
    sheet.append(["SCH", dt.date(2025, 1, 1), "31-01-2025", amount, "8000"])
    workbook.save(path)
    return path


def _revenue(url: str) -> list[Decimal]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.scalars(select(t.RevenueRow.amount)))
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("amount", "thousands", "stored"),
    [
        ("12.500", ".", Decimal("12500")),
        ("1.234.567,89", ".", Decimal("1234567.89")),
        ("4200,5", "", Decimal("4200.5")),
        (4200.5, "", Decimal("4200.5")),  # a number cell: its digits, not a float's
        (0.1 + 0.2, "", Decimal("0.3")),
    ],
)
def test_a_workbook_sheet_reads_with_the_declared_thousands_separator(
    sqlite_url: str, tmp_path: Path, amount: object, thousands: str, stored: Decimal
) -> None:
    assert sodesk(sqlite_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    book = _revenue_workbook(tmp_path / "boekhouding.xlsx", amount)
    profile = _revenue_profile(tmp_path / "omzet.toml", thousands)

    assert sodesk(sqlite_url, "import", str(book), "--profile", str(profile)) == 0

    assert _revenue(sqlite_url) == [stored]


def test_an_ods_workbook_reads_through_a_profile(sqlite_url: str, tmp_path: Path) -> None:
    import pandas as pd

    assert sodesk(sqlite_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    book = tmp_path / "boekhouding.ods"
    frame = pd.DataFrame(
        {
            "Kostenplaats": ["SCH", "SCH"],
            "Van": [dt.date(2024, 12, 1), "01-01-2025"],
            "Tot en met": ["31-12-2024", dt.date(2025, 1, 31)],
            "Bedrag": [4000.1, "4.200,50"],
        }
    )
    frame.to_excel(book, sheet_name="Omzet", index=False, engine="odf")
    profile = _revenue_profile(tmp_path / "omzet.toml", ".")

    assert sodesk(sqlite_url, "import", str(book), "--profile", str(profile)) == 0

    assert sorted(_revenue(sqlite_url)) == [Decimal("4000.1"), Decimal("4200.5")]


@pytest.mark.parametrize(
    ("amount", "thousands"), [("12.500", ""), ("1.2,5", "."), ("12.50", "."), ("1,234.5", ".")]
)
def test_thousands_are_refused_where_the_profile_declares_none_or_misplaced(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    amount: str,
    thousands: str,
) -> None:
    assert sodesk(sqlite_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    book = _revenue_workbook(tmp_path / "boekhouding.xlsx", amount)
    profile = _revenue_profile(tmp_path / "omzet.toml", thousands)
    capsys.readouterr()

    assert sodesk(sqlite_url, "import", str(book), "--profile", str(profile)) == 1

    err = capsys.readouterr().err
    assert f"boekhouding.xlsx, blad Omzet, rij 2, kolom Bedrag: '{amount}'" in err
    assert _revenue(sqlite_url) == []


def test_a_column_the_profile_names_but_the_file_lacks_is_refused(
    staffed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "uren.csv").write_text("Pers.nr;Project;Ma\r\n1001;PRJ-0101;8\r\n", "cp1252")
    capsys.readouterr()

    assert sodesk(staffed, "import", str(folder), "--profile", str(PLANNING_PROFILE)) == 1

    err = capsys.readouterr().err
    assert "uren.csv, rij 1, kolom Week vanaf: kolom uit het profiel ontbreekt" in err
    assert _hours(staffed) == []


def test_a_folder_without_a_matching_file_is_refused(
    staffed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    (folder / "planning.csv").write_text(HEADER, "cp1252")
    capsys.readouterr()

    assert sodesk(staffed, "import", str(folder), "--profile", str(PLANNING_PROFILE)) == 1
    assert "geen bestand of blad past bij het profiel" in capsys.readouterr().err


@pytest.mark.parametrize("example", [HR_PROFILE, PLANNING_PROFILE])
def test_a_profile_written_back_reads_the_same(example: Path) -> None:
    profile = load_profile(example)
    import tomllib

    again = parse_profile(tomllib.loads(profile_toml(profile)))

    assert again.tables == profile.tables
    assert again.file == profile.file
    assert again.name == profile.name


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (("[tables.hours]", "[tables.uren]"), "[tables.uren]: onbekende tabel"),
        (('personnel_number = "Pers.nr"', 'personeel = "Pers.nr"'), "personeel: geen veld"),
        (('personnel_number = "Pers.nr"', ""), "verplicht veld zonder kolom: personnel_number"),
        (('decimal = ","', 'decimal = ";"'), "[file] decimal: ';' is niet toegestaan"),
        (('encoding = "auto"', 'encoding = "latin-9"'), "[file] encoding"),
        (('date_format = "%d-%m-%Y"', 'date_format = "%d-%m"'), "mist %d, %m of %Y"),
        (("[tables.hours.week]", "[tables.hours.week"), "geen leesbaar profiel"),
    ],
)
def test_an_unusable_profile_is_bad_input_naming_the_key(
    staffed: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: tuple[str, str],
    named: str,
) -> None:
    text = PLANNING_PROFILE.read_text(encoding="utf-8")
    assert change[0] in text
    profile = tmp_path / "kapot.toml"
    profile.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"kapot\.toml"):
        load_profile(profile)
    capsys.readouterr()

    status = sodesk(staffed, "import", str(tmp_path), "--profile", str(profile))

    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("kapot.toml: ") and named in err, err


def test_a_quote_without_its_end_is_refused_not_swallowed(
    staffed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = '1001;Anna;"PRJ-0101;30-12-2024;8;;;;;;\r\n1002;Bram;PRJ-0102;30-12-2024;4;;;;;;\r\n'
    folder = _planning(tmp_path / "p", rows)
    capsys.readouterr()

    assert sodesk(staffed, "import", str(folder), "--profile", str(PLANNING_PROFILE)) == 1

    assert "uren-week.csv, rij 2: heeft een aanhalingsteken" in capsys.readouterr().err
    assert _hours(staffed) == []


def test_a_week_row_without_its_week_is_refused(
    staffed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _planning(tmp_path / "p", "1001;Anna;PRJ-0101;;8;;;;;;\r\n")
    capsys.readouterr()

    assert sodesk(staffed, "import", str(folder), "--profile", str(PLANNING_PROFILE)) == 1

    assert "uren-week.csv, rij 2, kolom Week vanaf: '' is leeg" in capsys.readouterr().err
