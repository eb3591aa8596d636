"""The assistant's guesses on real exports: encoding, separator, numbers, dates, columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from sodesk.services import import_assistant as assistant
from sodesk.services.workspace import open_workspace
from sodesk.storage.imports.profiles import load_profile
from tests.import_factories import sodesk
from tests.profile_factories import HR_FOLDER, PLANNING_FOLDER, organisation_folder


def test_a_dutch_excel_export_is_guessed_as_written() -> None:
    found = assistant.sniff(PLANNING_FOLDER)

    assert found.problem is None
    assert found.encoding_found == "cp1252"
    assert (found.separator, found.decimal, found.thousands) == (";", ",", "")
    assert found.date_format == "%d-%m-%Y"
    assert found.match == "uren*.csv"
    assert found.header[:3] == ["Pers.nr", "Naam", "Project"]
    assert found.preview(2)[0][:5] == ["1001", "Anna de Vries", "PRJ-0101",
                                       "Inpakken folders – café", "02-12-2024"]  # fmt: skip


def test_next_months_file_fits_the_pattern_and_utf8_is_told(tmp_path: Path) -> None:
    file = tmp_path / "omzet_2025-01.csv"
    file.write_text("Kostenplaats,Van,Bedrag\nSCH,1/31/2025,\"1,234.50\"\nSCH,2/28/2025,7.25\n")

    found = assistant.sniff(file)

    assert found.encoding_found == "utf-8"
    assert (found.separator, found.decimal, found.thousands) == (",", ".", ",")
    assert found.date_format == "%m/%d/%Y"
    assert found.match == "omzet*.csv"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Pers.nr", "personnel_number"),
        ("Personeelsnummer", "personnel_number"),
        ("PersoneelsNr", "personnel_number"),
        ("Datum", "date"),
        ("Aantal uren", "hours"),
        ("Project", "activity_code"),
        ("Uurloon", "hourly_wage"),
        ("Datum in dienst", "start_date"),
    ],
)
def test_headers_are_suggested_by_similarity(header: str, field: str) -> None:
    table = "employments" if field in ("hourly_wage", "start_date") else "hours"
    suggested = assistant.suggest_columns(table, ["Omschrijving", header, "Totaal"])
    assert suggested.get(field) == header


def test_each_header_is_suggested_once_and_unrelated_ones_not_at_all() -> None:
    header = ["Personeelsnummer", "Voornaam", "Achternaam", "Datum in dienst",
              "Datum uit dienst", "Uren per week", "Uurloon", "Afdeling"]  # fmt: skip
    assert assistant.suggest_columns("employments", header) == {
        "personnel_number": "Personeelsnummer",
        "start_date": "Datum in dienst",
        "end_date": "Datum uit dienst",
        "contract_hours_per_week": "Uren per week",
        "hourly_wage": "Uurloon",
    }
    assert assistant.suggest_table(assistant.sniff(HR_FOLDER).header) == "workers"
    assert assistant.suggest_columns("hours", ["Afdeling", "Opmerking"]) == {}


def test_unknown_codes_are_found_and_the_profile_saved_and_offered_again(
    sqlite_url: str, tmp_path: Path
) -> None:
    assert sodesk(sqlite_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    workspace = open_workspace(sqlite_url)
    try:
        known = assistant.known_codes(workspace)
    finally:
        workspace.close()
    found = assistant.sniff(PLANNING_FOLDER)

    unknown = assistant.unknown_values(found, "Project", known["activity_code"])

    assert known["activity_code"] == ["ASS", "GRN", "INP", "SCH"]
    assert unknown == ["PRJ-0101", "PRJ-0102", "PRJ-0201", "PRJ-0301"]
    profile = assistant.build_profile(
        "Uren van de planning", found, "hours",
        {"personnel_number": "Pers.nr", "activity_code": "Project", "date": "Week vanaf",
         "hours": "Ma"},
        {"activity_code": {"PRJ-0101": "INP"}},
    )  # fmt: skip
    path = assistant.save_profile(profile, tmp_path / "profielen")
    assert path.name == "uren-van-de-planning.toml"
    again = load_profile(path)
    assert again.tables == profile.tables and again.file == profile.file
    saved = assistant.saved_profiles(tmp_path / "profielen")
    assert [p.name for p in saved][:1] == ["Uren van de planning"]
    assert len(saved) == 3  # and the two examples
    next_month = tmp_path / "volgende"
    next_month.mkdir()
    (next_month / "uren-feb-mrt.csv").write_text("Pers.nr;Project\n", "cp1252")
    offered = assistant.offered_profile(next_month, assistant.saved_profiles(tmp_path / "x"))
    assert offered is not None and offered.name == "Uren uit planning"
    assert assistant.offered_profile(next_month, [again]) == again
    header = ["Pers.nr", "Project", "Week vanaf", "Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo"]
    examples = assistant.saved_profiles(tmp_path / "x")
    assert assistant.offered_profile(next_month, examples, header).name == "Uren uit planning"
    assert assistant.offered_profile(next_month, examples, ["Personeelsnummer", "Datum"]) is None
    (next_month / "uren-feb-mrt.csv").rename(next_month / "omzet-feb.csv")
    assert assistant.offered_profile(next_month, [again]) is None
