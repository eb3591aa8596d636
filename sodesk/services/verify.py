"""``sodesk verify FILE``: does today's database give the same report as this file?

The file (JSON, PDF or workbook) carries its fingerprint with the report's kind, period and
municipality (:mod:`sodesk.reports.fingerprint`): the JSON as its ``fingerprint`` field, the
PDF and the workbook in their keywords. The report is made again in JSON; equal fingerprints
mean the same report. Otherwise the answer names what differs: the months whose rows or
rules differ, the company facts, what was read beside the run, sodesk's version, and, for a
JSON or workbook file, each figure that moved (a PDF's figures are not read back).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sodesk.services.reports import render
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace

#: figures compared, at most, in the list of differences (the rest counted)
MAX_LISTED = 40
#: fields that differ between two makings of the same report
UNCOMPARED = ("generated_at", "fingerprint")


class Unreadable(ValueError):
    """The file is no sodesk report with a fingerprint (the message says why)."""


@dataclass
class Verdict:
    """The answer of :func:`verify_file`."""

    same: bool
    stamp: dict[str, Any]
    today: dict[str, Any]
    months: list[str] = field(default_factory=list)
    """Months ("2025-03") whose rows or rules differ (or are in one report only)."""
    parts: list[str] = field(default_factory=list)
    """Other inputs that differ, in Dutch (facts, what was read beside the run, version)."""
    figures: list[str] = field(default_factory=list)
    """Figures that differ, one line each: where, then and now."""

    def lines(self) -> list[str]:
        """The answer in Dutch, one line each."""
        kind = self.stamp.get("report")
        period = self.stamp.get("period", {})
        head = f"Rapport {kind} {period.get('from')} t/m {period.get('to')}"
        if self.stamp.get("municipality"):
            head += f" (gemeente {self.stamp['municipality']})"
        if self.same:
            return [f"{head}: gelijk aan vandaag (vingerafdruk {self.stamp['short']})."]
        result = [
            f"{head}: VERSCHILT van vandaag "
            f"(vingerafdruk {self.stamp.get('short')}, vandaag {self.today['short']})."
        ]
        if self.months:
            result.append("Maanden met andere gegevens of regels: " + ", ".join(self.months))
        result.extend(self.parts)
        if self.figures:
            result.append("Cijfers die verschillen (toen -> nu):")
            result.extend(f"  {line}" for line in self.figures)
        return result


def read_stamp(path: Path) -> tuple[dict[str, Any], Any]:
    """The fingerprint a report file carries, and its JSON data (JSON files) or None.

    Raises:
        Unreadable: no such file, or no sodesk report with a fingerprint.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Unreadable(f"{path}: niet te lezen ({error.strerror or error})") from None
    stamp: Any = None
    document: Any = None
    if data.startswith(b"%PDF"):
        stamp = _pdf_keywords(data)
    elif data.startswith(b"PK"):
        stamp = _workbook_keywords(data)
    else:
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise Unreadable(f"{path}: geen JSON, PDF of Excel-bestand van sodesk") from None
        stamp = document.get("fingerprint") if isinstance(document, dict) else None
    if isinstance(stamp, str):
        try:
            stamp = json.loads(stamp)
        except json.JSONDecodeError:
            stamp = None
    if not isinstance(stamp, dict) or not {"hash", "report", "period"} <= set(stamp):
        raise Unreadable(f"{path}: dit rapport draagt geen vingerafdruk van sodesk")
    return stamp, document


def verify_file(workspace: Workspace, path: Path, *, who: SignedIn | None = None) -> Verdict:
    """Make the file's report again from today's database and compare.

    Raises:
        Unreadable: the file is no sodesk report with a fingerprint.
    """
    stamp, document = read_stamp(path)
    try:
        start = dt.date.fromisoformat(stamp["period"]["from"])
        end = dt.date.fromisoformat(stamp["period"]["to"])
    except (KeyError, TypeError, ValueError):
        raise Unreadable(f"{path}: de periode in de vingerafdruk is onleesbaar") from None
    today_bytes = render(
        workspace, stamp["report"], start, end, "json", stamp.get("municipality"), who=who
    )
    today = json.loads(today_bytes)
    mine = today["fingerprint"]
    verdict = Verdict(stamp["hash"] == mine["hash"], stamp, mine)
    if verdict.same:
        return verdict
    then_months, now_months = stamp.get("months", {}), mine.get("months", {})
    verdict.months = [
        m
        for m in sorted(set(then_months) | set(now_months))
        if then_months.get(m) != now_months.get(m) or _rules(stamp, m) != _rules(mine, m)
    ]
    for key, label in (
        ("facts", "Bedrijfsgegevens (parameters, gemeenten, medewerkers, activiteiten)"),
        ("records", "Facturen, inkoop, productie of tarieven"),
        ("sodesk", "Versie van sodesk"),
    ):
        if stamp.get(key) != mine.get(key):
            verdict.parts.append(f"{label}: verschillen ({stamp.get(key)} -> {mine.get(key)}).")
    if document is not None:
        verdict.figures = _listed(_differences(document, today))
    elif path.read_bytes().startswith(b"PK"):
        fmt_bytes = render(
            workspace, stamp["report"], start, end, "xlsx", stamp.get("municipality"), who=who
        )
        verdict.figures = _listed(_cell_differences(path.read_bytes(), fmt_bytes))
    return verdict


def _rules(stamp: dict[str, Any], month: str) -> str | None:
    for version, months in stamp.get("rules", {}).items():
        if month in months:
            return str(version)
    return None


def _listed(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LISTED:
        return lines
    return [*lines[:MAX_LISTED], f"... en nog {len(lines) - MAX_LISTED}"]


def _differences(then: Any, now: Any, where: str = "") -> list[str]:
    """Each value that differs between two JSON reports, by its place (lines by code)."""
    if isinstance(then, dict) and isinstance(now, dict):
        result = []
        for key in [*then, *(k for k in now if k not in then)]:
            if not where and key in UNCOMPARED:
                continue
            place = f"{where}.{key}" if where else str(key)
            result.extend(_differences(then.get(key), now.get(key), place))
        return result
    if isinstance(then, list) and isinstance(now, list):
        if _coded(then) and _coded(now):
            before = {item["code"]: item for item in then}
            after = {item["code"]: item for item in now}
            codes = [*before, *(c for c in after if c not in before)]
            return [
                line
                for code in codes
                for line in _differences(before.get(code), after.get(code), f"{where}[{code}]")
            ]
        if len(then) == len(now):
            return [
                line
                for index, (a, b) in enumerate(zip(then, now, strict=True))
                for line in _differences(a, b, f"{where}[{index}]")
            ]
    if then != now:
        return [f"{where}: {_shown(then)} -> {_shown(now)}"]
    return []


def _coded(items: list[Any]) -> bool:
    return bool(items) and all(isinstance(i, dict) and "code" in i for i in items)


def _shown(value: Any) -> str:
    if value is None:
        return "(geen)"
    if isinstance(value, dict | list):
        return f"({len(value)} onderdelen)"
    return str(value)


def _cell_differences(then: bytes, now: bytes) -> list[str]:
    """Each cell value that differs between two workbooks, by sheet and cell."""
    import io

    from openpyxl import load_workbook

    before = load_workbook(io.BytesIO(then), read_only=True, data_only=True)
    after = load_workbook(io.BytesIO(now), read_only=True, data_only=True)
    result = []
    for name in before.sheetnames:
        if name not in after.sheetnames:
            result.append(f"blad {name}: niet meer")
            continue
        rows_then = list(before[name].iter_rows(values_only=True))
        rows_now = list(after[name].iter_rows(values_only=True))
        for number in range(max(len(rows_then), len(rows_now))):
            a = rows_then[number] if number < len(rows_then) else ()
            b = rows_now[number] if number < len(rows_now) else ()
            for column in range(max(len(a), len(b))):
                x = a[column] if column < len(a) else None
                y = b[column] if column < len(b) else None
                if x != y and not isinstance(x, dt.datetime):
                    label = f"{name}!{_column(column)}{number + 1}"
                    if a and a[0] is not None and column:
                        label += f" ({a[0]})"
                    result.append(f"{label}: {_shown(x)} -> {_shown(y)}")
    return [line for line in result if "Vingerafdruk" not in line and not _is_short(line)]


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


_SHORT_HASH = re.compile(r": [0-9a-f]{12} -> [0-9a-f]{12}$")


def _is_short(line: str) -> bool:
    """The fingerprint cell itself (its difference is told above, not as a figure)."""
    return bool(_SHORT_HASH.search(line))


def _pdf_keywords(data: bytes) -> str | None:
    """The PDF's /Keywords text (a literal string, as reportlab writes the document info)."""
    found = re.search(rb"/Keywords\s*\(", data)
    if found is None:
        return None
    out = bytearray()
    index, depth = found.end(), 1
    escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"(": b"(", b")": b")", b"\\": b"\\"}
    while index < len(data):
        char = data[index : index + 1]
        if char == b"\\":
            following = data[index + 1 : index + 2]
            out += escapes.get(following, following)
            index += 2
            continue
        if char == b"(":
            depth += 1
        elif char == b")":
            depth -= 1
            if depth == 0:
                return out.decode("latin-1")
        out += char
        index += 1
    return None


def _workbook_keywords(data: bytes) -> str | None:
    """The workbook's keywords (docProps/core.xml), read without opening every sheet."""
    import io
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            core = archive.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError):
        return None
    for element in ElementTree.fromstring(core):
        if element.tag.endswith("}keywords"):
            return element.text
    return None
