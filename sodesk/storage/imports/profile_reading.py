"""Reads a source system's export through an import profile into sodesk's own tables.

pandas reads the files (CSV in the profile's encoding and separator, .xlsx and .ods sheets),
every cell kept as text or as the workbook's own cell, never guessed as a number: no float
is ever made from a CSV cell. The profile's decimal mark, thousands separator and date format
then turn a cell into a Decimal or a date with sodesk's own parsers, and a week layout is
unpivoted (``melt``) into a row per day. What comes out is a :class:`RawTable` per sodesk
table with sodesk's field names, so parsing and writing check it exactly as they check
sodesk's own files. A cell the profile cannot read is a problem naming the *source* file,
the row as the user sees it in that file, the source's column header and its value.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fnmatch import fnmatch
from pathlib import Path
from typing import cast

from sodesk.storage.imports.cells import parse_date, parse_decimal
from sodesk.storage.imports.problems import FieldError, ImportProblem
from sodesk.storage.imports.profiles import FileFormat, Profile, TableProfile
from sodesk.storage.imports.reading import Cell, RawTable, cell_text, cell_value
from sodesk.storage.imports.specs import FILES, Column

WORKBOOKS = (".xlsx", ".ods")
TEXT_FILES = (".csv", ".txt", ".tsv")
ENCODING_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}


@dataclass
class SourceSheet:
    """One file or sheet as read: its label, header and rows (row 1 is the header)."""

    label: str
    header: list[str]
    rows: list[list[Cell]]
    notes: list[str] = field(default_factory=list)


@dataclass
class ProfileRead:
    """What the profile reader found: sodesk tables, problems, notes and renamed columns."""

    tables: list[RawTable] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: per table label: sodesk field -> the source's header, to name problems as the user
    #: knows the column
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    #: per source label: the positions of its columns some table reads
    used: dict[str, set[int]] = field(default_factory=dict)


def decode(data: bytes, encoding: str) -> tuple[str | None, str, str | None]:
    """(text, encoding used, why not) for ``auto``, ``utf-8`` or ``cp1252``.

    ``auto`` is UTF-8 when the bytes are valid UTF-8 (a BOM is fine), else Windows-1252.
    """
    tried = ("utf-8", "cp1252") if encoding == "auto" else (encoding,)
    why = None
    for name in tried:
        try:
            return data.decode("utf-8-sig" if name == "utf-8" else name), name, None
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            bad = data[error.start : error.start + 1].hex()
            why = f"is geen {ENCODING_NAMES[name]} (byte 0x{bad} op regel {line})"
    return None, tried[-1], why


def detect_separator(first_line: str) -> str:
    """The separator a header line uses most: ``;``, ``,`` or a tab (``;`` on a tie)."""
    counts = {sep: first_line.count(sep) for sep in (";", "\t", ",")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def read_text_file(path: Path, fmt: FileFormat) -> tuple[SourceSheet | None, ImportProblem | None]:
    """A CSV file in the profile's encoding and separator; every cell text, nothing guessed."""
    import pandas as pd

    text, used, why = decode(path.read_bytes(), fmt.encoding)
    if text is None:
        return None, ImportProblem(path.name, None, None, None, str(why))
    separator = fmt.separator
    if separator == "auto":
        separator = detect_separator(text.split("\n", 1)[0])
    options = {
        "sep": separator,
        "header": None,
        "dtype": str,
        "keep_default_na": False,
        "na_filter": False,
        "skip_blank_lines": False,
        "quotechar": '"',
    }
    try:
        frame = pd.read_csv(io.StringIO(text), **options)
    except pd.errors.EmptyDataError:
        return SourceSheet(path.name, [], []), None
    except pd.errors.ParserError as error:
        unclosed = re.search(r"EOF inside string starting at row ([0-9]+)", str(error))
        if unclosed:  # the rest of the file would be one cell: refused, never swallowed
            message = "heeft een aanhalingsteken (\") zonder einde: de rest van het bestand zou "
            message += "één cel worden"
            row = int(unclosed.group(1)) + 1
            return None, ImportProblem(path.name, row, None, None, message)
        # a row wider than the header (an unquoted decimal comma in a comma-separated
        # file): read again, marking such rows so the check names them
        width = len(next(csv.reader(io.StringIO(text), delimiter=separator), []))
        try:
            frame = pd.read_csv(
                io.StringIO(text),
                engine="python",
                on_bad_lines=lambda cells: [
                    *cells[: width - 1],
                    _TOO_WIDE.join(cells[width - 1 :]),
                ],
                **options,
            )
        except (pd.errors.ParserError, csv.Error, ValueError) as error:
            message = "is geen leesbaar CSV-bestand (een aanhalingsteken zonder einde?): "
            message += str(error).replace("\n", " ")[:200]
            return None, ImportProblem(path.name, None, None, None, message)
    rows: list[list[Cell]] = [
        [str(c).strip() for c in row] for row in frame.to_numpy(dtype=object).tolist()
    ]
    header = [cell_text(c) for c in rows[0]] if rows else []
    sheet = SourceSheet(path.name, header, rows[1:])
    notes = sheet.notes
    if fmt.encoding == "auto":
        shown = "het scheidingsteken tab" if separator == "\t" else f"'{separator}'"
        notes.append(f"{path.name}: gelezen als {ENCODING_NAMES[used]}, met {shown}")
    return sheet, None


_TOO_WIDE = "\x00\x1f"
"""Joins the cells of a row beyond the header's width (no CSV cell holds it: NUL refused)."""


def _too_wide(sheet: SourceSheet, number: int, cells: list[Cell]) -> ImportProblem | None:
    """A row with more cells than the header, named as sodesk's own format names it."""
    last = cells[-1] if cells else ""
    if not isinstance(last, str) or _TOO_WIDE not in last:
        return None
    value, *extra = last.split(_TOO_WIDE)
    return ImportProblem(
        sheet.label,
        number,
        sheet.header[-1] if sheet.header else None,
        value,
        f"wordt gevolgd door {len(extra)} cel(len) meer dan de kopregel "
        f"({'; '.join(extra)[:200]}); staat er een decimale komma zonder aanhalingstekens "
        "in een bestand met komma's als scheidingsteken?",
    )


def read_workbook(path: Path) -> tuple[list[SourceSheet], ImportProblem | None]:
    """Every sheet of an .xlsx or .ods workbook; numbers and dates keep their cell type."""
    import pandas as pd

    try:
        frames = pd.read_excel(
            path, sheet_name=None, header=None, dtype=object, na_filter=False,
            keep_default_na=False,
        )  # fmt: skip
    except ImportError as error:
        message = f"kan niet gelezen worden: {error}"
        return [], ImportProblem(path.name, None, None, None, message)
    except Exception as error:  # a damaged or foreign file: bad input, not a crash
        message = f"is geen leesbare werkmap: {type(error).__name__}: {str(error)[:200]}"
        return [], ImportProblem(path.name, None, None, None, message)
    sheets = []
    for name, frame in frames.items():
        rows = [
            [cell_value(None if _missing(c) else c) for c in row]
            for row in frame.itertuples(index=False, name=None)
        ]
        header = [cell_text(c) for c in rows[0]] if rows else []
        sheets.append(SourceSheet(f"{path.name}, blad {name}", header, rows[1:]))
    return sheets, None


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # NaN


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_GROUPED = {
    ".": re.compile(r"^-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$"),
    ",": re.compile(r"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"),
}


def parse_number(text: str, fmt: FileFormat) -> Decimal:
    """A number in the profile's notation; thousands separators only where it declares one.

    The grouping must be whole (``12.500``, ``1.234.567,8``): ``1.2,5`` is refused. The rest
    is sodesk's own number parser with the declared decimal mark.
    """
    if fmt.thousands and _GROUPED[fmt.thousands].match(text):
        text = text.replace(fmt.thousands, "")
    return parse_decimal(text, fmt.decimal)


def parse_source_date(text: str, fmt: FileFormat) -> dt.date:
    """A date in the profile's format; ISO dates (as a workbook writes them) too."""
    if any(c.isdigit() and not c.isascii() for c in text):
        raise FieldError("bevat cijfers die geen 0-9 zijn (Arabisch-Indisch of breed); typ 0-9")
    try:
        return dt.datetime.strptime(text, fmt.date_format).date()
    except ValueError:
        pass
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    shown = fmt.date_format.replace("%d", "DD").replace("%m", "MM").replace("%Y", "JJJJ")
    raise FieldError(f"is geen (bestaande) datum in de vorm {shown}")


def _convert(column: Column, cell: Cell, fmt: FileFormat) -> Cell:
    """A source cell as sodesk reads it: numbers as Decimal, dates as dates, else text."""
    if not isinstance(cell, str) or cell == "":
        return cell
    if column.numeric:
        return parse_number(cell, fmt)
    if column.parse is parse_date:
        return parse_source_date(cell, fmt)
    return cell


def _index(header: list[str]) -> dict[str, int]:
    """Header text (trimmed, case-insensitive) -> its first position."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        found.setdefault(name.strip().casefold(), index)
    return found


def _find_columns(
    sheet: SourceSheet, wanted: dict[str, str], problems: list[ImportProblem]
) -> dict[str, int] | None:
    """field -> position of its source header; a problem per header the sheet lacks."""
    index = _index(sheet.header)
    positions = {}
    for key, header in wanted.items():
        position = index.get(header.casefold())
        if position is None:
            message = "kolom uit het profiel ontbreekt in de kopregel (" + ", ".join(
                h for h in sheet.header if h
            ) + ")"
            problems.append(ImportProblem(sheet.label, 1, header, None, message))
        else:
            positions[key] = position
    return positions if len(positions) == len(wanted) else None


def build_table(
    table: TableProfile, sheet: SourceSheet, fmt: FileFormat, read: ProfileRead
) -> None:
    """The sodesk table ``table.name`` from one source sheet, into ``read``."""
    import pandas as pd

    columns = {c.name: c for c in FILES[table.name]}
    wanted = dict(table.columns)
    week = table.week
    if week is not None:
        wanted |= {"__start": week.start} | {f"__day{i}": d for i, d in enumerate(week.days)}
    positions = _find_columns(sheet, wanted, read.problems)
    if positions is None:
        return
    read.used.setdefault(sheet.label, set()).update(positions.values())
    headers = dict(table.columns)
    fields = list(table.columns)
    if week is not None:
        headers |= {week.date: week.start, week.value: " / ".join(week.days)}
        fields += [week.date, week.value]
    out = RawTable(name=table.name, header=fields, label=sheet.label)
    out.numbers = []
    read.headers.setdefault(sheet.label, {}).update(headers)

    def cell_of(cells: list[Cell], key: str) -> Cell:
        position = positions[key]
        cell = cells[position] if position < len(cells) else ""
        return cell.strip() if isinstance(cell, str) else cell

    seen: dict[tuple[str, Cell], Cell] = {}  # a file repeats its dates, hours and codes

    def converted(number: int, key: str, column: Column, cell: Cell) -> tuple[bool, Cell]:
        mapping = table.values.get(key)
        if mapping and cell_text(cell) in mapping:
            cell = mapping[cell_text(cell)]
        remembered = seen.get((key, cell), _MISSING)
        if remembered is not _MISSING:
            return True, cast(Cell, remembered)
        try:
            value = _convert(column, cell, fmt)
            if len(seen) < _MEMO_SIZE:
                seen[(key, cell)] = value
            return True, value
        except FieldError as error:
            header = sheet.header[positions[key]] if key in positions else key
            read.problems.append(
                ImportProblem(sheet.label, number, header, cell_text(cell), str(error))
            )
            return False, cell

    records = [
        (number, cells)
        for number, cells in enumerate(sheet.rows, 2)
        if any(c != "" for c in cells)  # cells are stripped already; Decimal(0) is a value
    ]
    base: list[tuple[int, list[Cell]]] = []
    for number, cells in records:
        row, ok = [], True
        if problem := _too_wide(sheet, number, cells):
            read.problems.append(problem)
            continue
        for key in table.columns:
            good, value = converted(number, key, columns[key], cell_of(cells, key))
            ok = ok and good
            row.append(value)
        if week is not None:
            start_cell = cell_of(cells, "__start")
            good, start = converted(number, "__start", columns[week.date], start_cell)
            if start_cell == "":  # every row of a week export names its week
                read.problems.append(ImportProblem(sheet.label, number, week.start, "", "is leeg"))
                good = False
            ok = ok and good
            row.append(start)
            row += [cell_of(cells, f"__day{i}") for i in range(len(week.days))]
        if ok:
            base.append((number, row))
    if week is None:
        out.rows = [row for _, row in base]
        out.numbers = [number for number, _ in base]
        read.tables.append(out)
        return
    # the week layout: one row per day with hours, through pandas' melt
    width = len(table.columns)
    days = [f"__day{i}" for i in range(len(week.days))]
    frame = pd.DataFrame(
        [[number, *row] for number, row in base],
        columns=["__row", *table.columns, "__start", *days],
        dtype=object,
    )
    long = frame.melt(
        id_vars=["__row", *table.columns, "__start"], value_vars=days, var_name="__day",
        value_name="__value",
    )  # fmt: skip
    long["__offset"] = long["__day"].str.removeprefix("__day").astype(int)
    long = long.sort_values(["__row", "__offset"], kind="stable")
    value_column = columns[week.value]
    for record in long.itertuples(index=False, name=None):
        number, *kept = record[: width + 1]
        start, _day, value, offset = record[width + 1 :]
        if cell_text(value).strip() == "":
            continue
        key = f"__day{offset}"
        good, amount = converted(number, key, value_column, value)
        if good and amount == 0:
            continue  # a day without hours: the planning tool writes 0 for a day off
        out.rows.append([*kept, start + dt.timedelta(days=offset), amount])
        out.numbers.append(number)
    read.tables.append(out)


_MISSING = object()
_MEMO_SIZE = 50_000


def _matches(name: str, pattern: str) -> bool:
    return fnmatch(name.casefold(), pattern.casefold())


def read_with_profile(path: Path, profile: Profile) -> ProfileRead:
    """Every table of the profile from a folder, one file, or a workbook's sheets.

    A table whose pattern matches nothing is left out (a month without purchases); two
    files for one table are refused, as in sodesk's own format; a source where no table
    matches anything is refused.
    """
    read = ProfileRead()
    sheets: dict[Path, list[SourceSheet]] = {}

    def sheets_of(file: Path) -> list[SourceSheet]:
        if file not in sheets:
            if file.suffix.lower() in WORKBOOKS:
                found, problem = read_workbook(file)
            else:
                one, problem = read_text_file(file, profile.file)
                found = [one] if one is not None else []
                read.notes += one.notes if one is not None else []
            read.problems += [problem] if problem is not None else []
            sheets[file] = found
        return sheets[file]

    matched: list[tuple[TableProfile, SourceSheet]] = []
    for table in profile.tables.values():
        if path.is_dir():
            files = [
                f
                for f in sorted(path.iterdir())
                if f.is_file() and _matches(f.name, table.match)
                and f.suffix.lower() in (*TEXT_FILES, *WORKBOOKS)
            ]
            candidates = [s for f in files for s in sheets_of(f)[:1]]
        elif path.suffix.lower() in WORKBOOKS:
            candidates = [
                s for s in sheets_of(path) if _matches(s.label.split(", blad ", 1)[1], table.match)
            ]
        else:
            candidates = sheets_of(path) if _matches(path.name, table.match) else []
        if len(candidates) > 1:
            labels = ", ".join(s.label for s in candidates)
            message = f"meer dan één bestand of blad past bij '{table.match}' ({labels}); " \
                "lever één bestand of blad per tabel"  # fmt: skip
            read.problems.append(ImportProblem(profile.label, None, table.name, None, message))
        elif candidates:
            matched.append((table, candidates[0]))
    for table, sheet in matched:
        build_table(table, sheet, profile.file, read)
    for _table, sheet in matched:
        used = read.used.pop(sheet.label, None)
        ignored = [h for i, h in enumerate(sheet.header) if used is not None and i not in used]
        if any(ignored):
            shown = ", ".join(h for h in ignored if h)
            read.notes.append(f"{sheet.label}: kolommen niet gebruikt: {shown}")
    if not matched and not read.problems:
        patterns = ", ".join(f"{t.name}: '{t.match}'" for t in profile.tables.values())
        message = f"geen bestand of blad past bij het profiel {profile.label} ({patterns})"
        read.problems.append(ImportProblem(str(path), None, None, None, message))
    return read
