"""Import profiles: how to read a source system's export and which column is which field.

A profile is a TOML file (docs/import-profiles.md) shared between controllers, so its names
are a contract. It only describes the *reading*: the profile reader turns the source into the
same rows the sodesk format gives, and every check of the import applies unchanged.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sodesk.storage.imports.specs import FILES

ENCODINGS = ("auto", "utf-8", "cp1252")
SEPARATORS = ("auto", ";", ",", "\t")
DECIMALS = (",", ".")
THOUSANDS = (".", ",", "")
#: where the example profiles and files are shipped
EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "import-profiles"


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class FileFormat:
    """How the source's text is written: encoding, separator, decimal mark, dates."""

    encoding: str = "auto"
    separator: str = "auto"
    decimal: str = ","
    thousands: str = ""
    date_format: str = "%d-%m-%Y"


@dataclass(frozen=True)
class WeekLayout:
    """A row per worker and activity per week: the week's first day and a column per day.

    ``days[i]`` holds the value of the day ``i`` days after the date in column ``start``.
    """

    start: str
    days: tuple[str, ...]
    #: the sodesk field the day columns fill (hours for hours, guidance)
    value: str = "hours"
    #: the sodesk field the computed day goes into
    date: str = "date"


@dataclass(frozen=True)
class TableProfile:
    """One sodesk table: which source file or sheet, and field -> source header."""

    name: str
    match: str
    columns: dict[str, str]
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    week: WeekLayout | None = None

    def provided(self) -> set[str]:
        """The sodesk fields this table fills (mapped columns and the week layout's)."""
        fields = set(self.columns)
        if self.week is not None:
            fields |= {self.week.value, self.week.date}
        return fields


@dataclass(frozen=True)
class Profile:
    name: str
    file: FileFormat
    tables: dict[str, TableProfile]
    path: Path | None = None

    @property
    def label(self) -> str:
        return self.path.name if self.path is not None else self.name


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ProfileError(f"{where}: verwacht tekst, niet {value!r}")
    return value


def _choice(where: str, value: Any, allowed: tuple[str, ...]) -> str:
    text = _text(where, value)
    if text not in allowed:
        shown = ", ".join(repr(a) for a in allowed)
        raise ProfileError(f"{where}: {text!r} is niet toegestaan; kies uit {shown}")
    return text


def _file_format(data: dict[str, Any]) -> FileFormat:
    known = {"encoding", "separator", "decimal", "thousands", "date_format"}
    for key in data:
        if key not in known:
            raise ProfileError(f"[file] {key}: onbekende sleutel; verwacht: {', '.join(known)}")
    decimal = _choice("[file] decimal", data.get("decimal", ","), DECIMALS)
    thousands = _choice("[file] thousands", data.get("thousands", ""), THOUSANDS)
    if thousands and thousands == decimal:
        raise ProfileError("[file] thousands: is hetzelfde teken als decimal")
    date_format = _text("[file] date_format", data.get("date_format", "%d-%m-%Y"))
    if not all(part in date_format for part in ("%d", "%m", "%Y")):
        raise ProfileError(f"[file] date_format: {date_format!r} mist %d, %m of %Y")
    return FileFormat(
        encoding=_choice("[file] encoding", data.get("encoding", "auto"), ENCODINGS),
        separator=_choice("[file] separator", data.get("separator", "auto"), SEPARATORS),
        decimal=decimal,
        thousands=thousands,
        date_format=date_format,
    )


def _week(where: str, data: Any) -> WeekLayout:
    if not isinstance(data, dict):
        raise ProfileError(f"{where}: verwacht een tabel met start en days")
    days = data.get("days")
    if not isinstance(days, list) or not 1 <= len(days) <= 7:
        raise ProfileError(f"{where}.days: verwacht een lijst van 1 tot 7 kolomkoppen")
    return WeekLayout(
        start=_text(f"{where}.start", data.get("start")),
        days=tuple(_text(f"{where}.days", d) for d in days),
        value=_text(f"{where}.value", data.get("value", "hours")),
        date=_text(f"{where}.date", data.get("date", "date")),
    )


def _table(name: str, data: Any) -> TableProfile:
    where = f"[tables.{name}]"
    if name not in FILES:
        raise ProfileError(f"{where}: onbekende tabel; verwacht: {', '.join(FILES)}")
    if not isinstance(data, dict):
        raise ProfileError(f"{where}: verwacht een tabel")
    fields = {c.name for c in FILES[name]}
    columns = _columns(where, name, data.get("columns", {}), fields)
    values = _values(where, dict(data.get("values", {})), columns)
    week = _week(f"{where}.week", data["week"]) if "week" in data else None
    match = _text(f"{where}.match", data.get("match", ""))
    table = TableProfile(name, match, columns, values, week)
    if week is not None:
        for key in (week.value, week.date):
            if key not in fields:
                raise ProfileError(f"{where}.week: {key} is geen veld van {name}")
            if key in columns:
                raise ProfileError(f"{where}.week: {key} komt al uit de week-indeling")
    if not table.match:
        raise ProfileError(f"{where}.match: ontbreekt (een patroon als 'uren*.csv' of een blad)")
    missing = [c.name for c in FILES[name] if c.required and c.name not in table.provided()]
    if missing:
        raise ProfileError(f"{where}.columns: verplicht veld zonder kolom: {', '.join(missing)}")
    return table


def _columns(where: str, name: str, data: Any, fields: set[str]) -> dict[str, str]:
    """Field to column header, each field one of the table's."""
    if not isinstance(data, dict):
        raise ProfileError(f"{where}.columns: verwacht een tabel veld = kolomkop")
    columns = {}
    for key, header in data.items():
        if key not in fields:
            raise ProfileError(
                f"{where}.columns {key}: geen veld van {name}; verwacht: {', '.join(fields)}"
            )
        columns[key] = _text(f"{where}.columns {key}", header).strip()
    return columns


def _values(
    where: str, data: dict[str, Any], columns: dict[str, str]
) -> dict[str, dict[str, str]]:
    """Per field with a column: the file's words and the codes they stand for."""
    values = {}
    for key, mapping in data.items():
        if key not in columns or not isinstance(mapping, dict):
            raise ProfileError(f"{where}.values {key}: geen gekoppeld veld met een tabel")
        values[key] = {
            str(source).strip(): _text(f"{where}.values.{key}", target).strip()
            for source, target in mapping.items()
        }
    return values


def parse_profile(data: dict[str, Any], path: Path | None = None) -> Profile:
    """A profile from its TOML data; ProfileError names the first key that is wrong."""
    tables_data = data.get("tables", {})
    if not isinstance(tables_data, dict) or not tables_data:
        raise ProfileError("[tables]: het profiel beschrijft geen enkele tabel")
    file_data = data.get("file", {})
    if not isinstance(file_data, dict):
        raise ProfileError("[file]: verwacht een tabel")
    return Profile(
        name=_text("name", data.get("name", path.stem if path else "profiel")),
        file=_file_format(file_data),
        tables={name: _table(name, table) for name, table in tables_data.items()},
        path=path,
    )


def load_profile(path: Path) -> Profile:
    """The profile in a TOML file; ProfileError (with the file name) when it is unusable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        return parse_profile(data, path)
    except ProfileError as error:
        raise ProfileError(f"{path.name}: {error}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"{path.name}: geen leesbaar profiel: {error}") from None


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    return f'"{escaped}"'


def profile_toml(profile: Profile) -> str:
    """The profile as TOML in the documented format (what :func:`load_profile` reads)."""
    f = profile.file
    lines = [
        f"name = {_toml_string(profile.name)}",
        "",
        "[file]",
        f"encoding = {_toml_string(f.encoding)}",
        f"separator = {_toml_string(f.separator)}",
        f"decimal = {_toml_string(f.decimal)}",
        f"thousands = {_toml_string(f.thousands)}",
        f"date_format = {_toml_string(f.date_format)}",
    ]
    for name, table in profile.tables.items():
        lines += ["", f"[tables.{name}]", f"match = {_toml_string(table.match)}"]
        lines += ["", f"[tables.{name}.columns]"]
        lines += [f"{key} = {_toml_string(header)}" for key, header in table.columns.items()]
        if table.week is not None:
            days = ", ".join(_toml_string(d) for d in table.week.days)
            lines += ["", f"[tables.{name}.week]", f"start = {_toml_string(table.week.start)}"]
            lines += [f"days = [{days}]"]
            if table.week.value != "hours":
                lines += [f"value = {_toml_string(table.week.value)}"]
            if table.week.date != "date":
                lines += [f"date = {_toml_string(table.week.date)}"]
        for key, mapping in table.values.items():
            lines += ["", f"[tables.{name}.values.{key}]"]
            lines += [f"{_toml_string(s)} = {_toml_string(t)}" for s, t in mapping.items()]
    return "\n".join(lines) + "\n"
