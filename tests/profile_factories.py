"""Helpers for imports through a profile: the example profiles and a profile for any export.

``foreign_folder`` rewrites a sodesk-format folder with other headers (as another system
names the columns) and ``foreign_profile`` is the profile that maps them back, so every
case written for sodesk's own format can be run through a profile.
"""

from __future__ import annotations

from pathlib import Path

from sodesk.storage.imports.profiles import EXAMPLES
from sodesk.storage.imports.specs import FILES
from tests.import_factories import DUTCH_EXPORT, write_dutch_folder

HR_PROFILE = EXAMPLES / "hr-export.toml"
HR_FOLDER = EXAMPLES / "hr-export"
PLANNING_PROFILE = EXAMPLES / "planning-uren.toml"
PLANNING_FOLDER = EXAMPLES / "planning-uren"

#: the files a controller keeps in sodesk's format: organisation first, then the rest
ORGANISATION = (
    "company_years",
    "overhead_rates",
    "municipalities",
    "municipality_years",
    "clients",
    "activities",
    "rates",
)
FROM_PROFILES = ("workers", "employments", "hours")


def foreign(field: str) -> str:
    """How the other system names a field: ``personnel_number`` -> ``Personnel Number``."""
    return field.replace("_", " ").title()


def foreign_folder(folder: Path, files: dict[str, str]) -> Path:
    """The files as write_dutch_folder writes them, with the other system's headers."""
    write_dutch_folder(folder, files)
    for file in folder.glob("*.csv"):
        text = file.read_text(encoding="utf-8-sig")
        header, _, rest = text.partition("\n")
        separator = ";" if header.count(";") >= header.count(",") else ","
        names = separator.join(foreign(h) if h else h for h in header.split(separator))
        file.write_text(names + "\n" + rest, encoding="utf-8-sig")
    return folder


def foreign_profile(path: Path, files: dict[str, str], date_format: str = "%Y-%m-%d") -> Path:
    """A profile reading ``foreign_folder``'s files: decimal commas, the given dates.

    Dates stay ISO by default, so a case's date refusals are the same cells as before.
    """
    lines = [
        'name = "Ander systeem"',
        "[file]",
        'encoding = "auto"',
        'separator = "auto"',
        'decimal = ","',
        f'date_format = "{date_format}"',
    ]
    for name, content in files.items():
        header = content.strip().splitlines()[0].strip()
        separator = ";" if header.count(";") >= header.count(",") else ","
        lines += [f"[tables.{name}]", f'match = "{name}.csv"', f"[tables.{name}.columns]"]
        fields = [field for field in header.split(separator) if field]
        # a required column the file leaves out is still asked for: its absence is the case
        fields += [c.name for c in FILES[name] if c.required and c.name not in fields]
        lines += [f'{field} = "{foreign(field)}"' for field in fields]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def organisation_folder(folder: Path) -> Path:
    """DUTCH_EXPORT's organisation files (what the people and hours refer to)."""
    return write_dutch_folder(folder, {k: DUTCH_EXPORT[k] for k in ORGANISATION})


def rest_folder(folder: Path) -> Path:
    """DUTCH_EXPORT's files that refer to workers: wage values, placements, money, guidance."""
    rest = {k: v for k, v in DUTCH_EXPORT.items() if k not in (*ORGANISATION, *FROM_PROFILES)}
    return write_dutch_folder(folder, rest)
