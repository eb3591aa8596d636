"""The import assistant's logic, without Qt: guess how an export is written, suggest which
column is which field, find codes sodesk does not know, and keep the result as a profile.

The window (ui/import_assistant.py) only shows what this module decides, so every guess is
tested here on real files. A guess is a starting point the user sees and may change; the
check of the import itself stays the judge of every cell.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import select

from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.imports.profile_reading import (
    TEXT_FILES,
    WORKBOOKS,
    SourceSheet,
    decode,
    detect_separator,
    read_text_file,
    read_workbook,
)
from sodesk.storage.imports.profiles import (
    EXAMPLES,
    FileFormat,
    Profile,
    ProfileError,
    TableProfile,
    load_profile,
    profile_toml,
)
from sodesk.storage.imports.reading import cell_text
from sodesk.storage.imports.specs import FILES
from sodesk.storage.imports.specs import ORDER as ORDER  # for the assistant's window

PREVIEW_ROWS = 10
#: date formats tried, the Dutch ones first
DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y", "%m/%d/%Y")
#: where saved profiles live unless SODESK_PROFILES names a folder
PROFILES_ENV = "SODESK_PROFILES"

#: what source systems call a field (normalised: lower case, letters and digits only)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "personnel_number": (
        "personeelsnummer", "persnr", "personeelsnr", "medewerkernummer", "medewerker",
        "werknemernummer", "werknemer", "mdwnr", "employee", "employeenumber",
    ),
    "first_name": ("voornaam", "roepnaam", "firstname"),
    "last_name": ("achternaam", "naam", "geslachtsnaam", "lastname"),
    "birth_date": ("geboortedatum", "gebdatum", "birthdate"),
    "bsn": ("bsn", "burgerservicenummer", "sofinummer"),
    "target_group": ("doelgroep", "regeling"),
    "municipality_code": ("gemeente", "gemeentecode", "herkomstgemeente"),
    "indication_date": ("indicatiedatum", "indicatie"),
    "coach": ("begeleider", "jobcoach", "coach"),
    "start_date": ("datumindienst", "indienst", "begindatum", "startdatum", "ingangsdatum"),
    "end_date": ("datumuitdienst", "uitdienst", "einddatum"),
    "contract_hours_per_week": ("urenperweek", "contracturen", "uurperweek", "weekuren"),
    "hourly_wage": ("uurloon", "bruto uurloon", "loonperuur"),
    "activity_code": ("project", "projectcode", "activiteit", "kostenplaats", "opdracht"),
    "date": ("datum", "dag", "werkdatum"),
    "hours": ("uren", "aantaluren", "aantal", "gewerkteuren"),
    "amount": ("bedrag", "omzet", "totaal", "bedragexbtw"),
    "period_start": ("van", "vanaf", "begin", "periodevan"),
    "period_end": ("tot", "totenmet", "tm", "eind", "periodetot"),
    "kind": ("soort", "soortbegeleiding", "type"),
    "note": ("opmerking", "toelichting", "notitie"),
}  # fmt: skip
#: fields whose values are codes of rows sodesk holds: the assistant maps unknown ones
CODE_FIELDS = {"activity_code", "municipality_code", "client_code"}


@dataclass
class Sniffed:
    """What the assistant guessed about a source, and the sheet it read to guess it."""

    path: Path
    sheet: SourceSheet | None
    encoding: str = "auto"
    encoding_found: str = "utf-8"
    separator: str = ";"
    decimal: str = ","
    thousands: str = ""
    date_format: str = "%d-%m-%Y"
    match: str = "*.csv"
    problem: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        return [h for h in self.sheet.header] if self.sheet else []

    def preview(self, rows: int = PREVIEW_ROWS) -> list[list[str]]:
        """The first rows as text, as the assistant reads them."""
        if self.sheet is None:
            return []
        return [[cell_text(c) for c in row] for row in self.sheet.rows[:rows]]

    def file_format(self) -> FileFormat:
        return FileFormat(
            encoding=self.encoding,
            separator=self.separator,
            decimal=self.decimal,
            thousands=self.thousands,
            date_format=self.date_format,
        )


def first_source(path: Path) -> Path | None:
    """The file the assistant reads: the path itself, or the first export in a folder."""
    if not path.is_dir():
        return path
    files = sorted(
        f for f in path.iterdir() if f.is_file() and f.suffix.lower() in (*TEXT_FILES, *WORKBOOKS)
    )
    return files[0] if files else None


_DECIMAL_COMMA = re.compile(r"^-?[0-9]+,[0-9]+$")
_DECIMAL_POINT = re.compile(r"^-?[0-9]+\.[0-9]+$")
_GROUPED_POINT = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$")
_GROUPED_COMMA = re.compile(r"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_DATE_LIKE = re.compile(r"^[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}$")


def guess_numbers(cells: list[str]) -> tuple[str, str]:
    """(decimal mark, thousands separator) the cells show; a Dutch export's by default."""
    commas = sum(1 for c in cells if _DECIMAL_COMMA.match(c) and not _GROUPED_COMMA.match(c))
    points = sum(1 for c in cells if _DECIMAL_POINT.match(c) and not _GROUPED_POINT.match(c))
    decimal = "." if points > commas else ","
    grouped = _GROUPED_POINT if decimal == "," else _GROUPED_COMMA
    separator = "." if decimal == "," else ","
    has_groups = any(grouped.match(c) and separator in c for c in cells if "," in c and "." in c)
    return decimal, separator if has_groups else ""


def guess_date_format(cells: list[str]) -> str:
    """The first format that reads every date-like cell (ISO, as a workbook gives, aside)."""
    dates = [c for c in cells if _DATE_LIKE.match(c)]
    for candidate in DATE_FORMATS:
        try:
            for cell in dates:
                dt.datetime.strptime(cell, candidate)
        except ValueError:
            continue
        if dates:
            return candidate
    return DATE_FORMATS[0]


def sniff(path: Path) -> Sniffed:
    """Read the first export of ``path`` and guess how it is written."""
    source = first_source(path)
    if source is None:
        return Sniffed(path, None, problem="geen CSV-bestand of werkmap gevonden")
    sheet: SourceSheet | None
    if source.suffix.lower() in WORKBOOKS:
        sheets, problem = read_workbook(source)
        if problem is not None or not sheets:
            return Sniffed(source, None, problem=str(problem) if problem else "lege werkmap")
        sheet = sheets[0]
        match = sheet.label.split(", blad ", 1)[1]
        found = Sniffed(source, sheet, match=match)
    else:
        text, used, why = decode(source.read_bytes(), "auto")
        if text is None:
            return Sniffed(source, None, problem=why)
        separator = detect_separator(text.split("\n", 1)[0])
        sheet, problem = read_text_file(source, FileFormat(encoding=used, separator=separator))
        if sheet is None:
            return Sniffed(source, None, problem=str(problem))
        found = Sniffed(
            source, sheet, encoding_found=used, separator=separator, match=_pattern(source)
        )
    cells = [c.strip() for row in sheet.rows for c in row if isinstance(c, str)]
    found.decimal, found.thousands = guess_numbers(cells)
    found.date_format = guess_date_format(cells)
    return found


_MONTHS = (
    "jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec|januari|februari|maart|april|juni|"
    "juli|augustus|september|oktober|november|december|mar|may|oct|q[1-4]|week|wk|kw[1-4]"
)
_PERIOD_PART = re.compile(rf"^(?:[0-9]+|{_MONTHS})$", re.IGNORECASE)


def _pattern(file: Path) -> str:
    """A pattern that also fits next month's file: dates, numbers and month names are ``*``.

    ``uren-dec-jan.csv`` and ``uren_2025-01.csv`` both give ``uren*.csv``.
    """
    parts = re.split(r"([-_ .])", file.stem)
    kept: list[str] = []
    for part in parts:
        if _PERIOD_PART.match(part):
            while kept and kept[-1] in "-_ .":
                kept.pop()
            if not kept or kept[-1] != "*":
                kept.append("*")
        elif not (part in "-_ ." and kept and kept[-1] == "*"):
            kept.append(part)
    return "".join(kept) + file.suffix.lower()


def normalise(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def similarity(header: str, field_name: str) -> float:
    """How much a source header looks like a sodesk field (0 to 1)."""
    header_n = normalise(header)
    if not header_n:
        return 0.0
    names = (normalise(field_name), *(normalise(s) for s in SYNONYMS.get(field_name, ())))
    best = 0.0
    for name in names:
        if header_n == name:
            return 1.0
        ratio = difflib.SequenceMatcher(None, header_n, name).ratio()
        if len(header_n) >= 4 and (name.startswith(header_n) or header_n.startswith(name)):
            ratio = max(ratio, 0.8)
        best = max(best, ratio)
    return best


def suggest_columns(table: str, header: list[str], threshold: float = 0.6) -> dict[str, str]:
    """Field -> the most similar source header, each header used once, best pairs first."""
    pairs = sorted(
        (
            (similarity(h, c.name), c.name, h)
            for c in FILES[table]
            for h in header
            if h.strip()
        ),
        reverse=True,
    )
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for score, name, header_text in pairs:
        if score < threshold or name in chosen or header_text in used:
            continue
        chosen[name] = header_text
        used.add(header_text)
    return {c.name: chosen[c.name] for c in FILES[table] if c.name in chosen}


def suggest_table(header: list[str]) -> str:
    """The sodesk table whose required fields the header covers best."""

    def score(table: str) -> tuple[float, int]:
        required = [c.name for c in FILES[table] if c.required]
        found = suggest_columns(table, header)
        return sum(1 for r in required if r in found) / len(required), len(found)

    return max(("hours", "workers", "employments", "revenue", "guidance", *FILES), key=score)


def known_codes(workspace: Workspace) -> dict[str, list[str]]:
    """The codes sodesk holds per code field (what an unknown code may be mapped to)."""
    with workspace.sessions() as session:
        return {
            "activity_code": sorted(session.scalars(select(t.ActivityRow.code))),
            "municipality_code": sorted(session.scalars(select(t.MunicipalityRow.code))),
            "client_code": sorted(session.scalars(select(t.ClientRow.code))),
        }


def unknown_values(sniffed: Sniffed, header: str, known: list[str]) -> list[str]:
    """The distinct values of a source column that are not known codes, in file order."""
    if sniffed.sheet is None or header not in sniffed.header:
        return []
    index = sniffed.header.index(header)
    values = Counter(
        cell_text(row[index]).strip() for row in sniffed.sheet.rows if index < len(row)
    )
    return [v for v in values if v and v not in known]


def build_profile(
    name: str,
    sniffed: Sniffed,
    table: str,
    columns: dict[str, str],
    values: dict[str, dict[str, str]] | None = None,
) -> Profile:
    """The profile the assistant's choices make (the same rules as a profile file)."""
    from sodesk.storage.imports.profiles import parse_profile

    f = sniffed.file_format()
    data = {
        "name": name,
        "file": {
            "encoding": f.encoding,
            "separator": f.separator,
            "decimal": f.decimal,
            "thousands": f.thousands,
            "date_format": f.date_format,
        },
        "tables": {
            table: {
                "match": sniffed.match,
                "columns": {k: v for k, v in columns.items() if v},
                "values": {k: m for k, m in (values or {}).items() if m and k in columns},
            }
        },
    }
    return parse_profile(data)


def profiles_folder() -> Path:
    """Where the assistant saves profiles: SODESK_PROFILES, else the user's data folder."""
    given = os.environ.get(PROFILES_ENV)
    return Path(given) if given else user_data_path("sodesk", appauthor=False) / "import-profiles"


def _file_name(name: str) -> str:
    return (re.sub(r"[^0-9A-Za-z]+", "-", name).strip("-").lower() or "profiel") + ".toml"


def save_profile(profile: Profile, folder: Path | None = None) -> Path:
    """Write the profile as ``<name>.toml`` in the profiles folder (replacing one of that name)."""
    folder = folder or profiles_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _file_name(profile.name)
    path.write_text(profile_toml(profile), encoding="utf-8")
    return path


def saved_profiles(folder: Path | None = None, examples: bool = True) -> list[Profile]:
    """The user's saved profiles, then the shipped examples; unreadable files left out."""
    folders = [folder or profiles_folder(), *([EXAMPLES] if examples else [])]
    found = []
    for place in folders:
        if not place.is_dir():
            continue
        for file in sorted(place.glob("*.toml")):
            try:
                found.append(load_profile(file))
            except ProfileError:
                continue
    return found


def _headers_of(table: TableProfile) -> set[str]:
    week = [table.week.start, *table.week.days] if table.week else []
    return {h.casefold() for h in [*table.columns.values(), *week]}


def offered_profile(
    path: Path, profiles: list[Profile], header: list[str] | None = None
) -> Profile | None:
    """The first saved profile a table of which matches the chosen source (next month).

    With ``header`` (the source's), the table must also find every column it names there:
    a profile for another system's ``uren*.csv`` is not offered.
    """
    source = first_source(path)
    if source is None:
        return None
    names = [source.name]
    if source.suffix.lower() in WORKBOOKS:
        sheets, _ = read_workbook(source)
        names = [s.label.split(", blad ", 1)[1] for s in sheets]
    present = {h.strip().casefold() for h in header} if header is not None else None
    for profile in profiles:
        for table in profile.tables.values():
            if not any(fnmatch(n.casefold(), table.match.casefold()) for n in names):
                continue
            if present is None or _headers_of(table) <= present:
                return profile
    return None


def columns_of(profile: Profile) -> tuple[str, TableProfile]:
    """The first table of a profile (the assistant edits one table at a time)."""
    name, table = next(iter(profile.tables.items()))
    return name, table
