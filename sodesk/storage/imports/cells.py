"""Parsers for one cell of an import file. Each returns a value or raises FieldError.

Numbers: a file uses a decimal point or a decimal comma, decided once per file from all its
numeric cells; a cell that also carries a thousands separator is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sodesk.storage.imports.problems import FieldError

_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text: str, _comma: bool = False) -> dt.date:
    """ISO dates (2025-01-31), as INTERFACES.md says; 31-01-2025 is refused, not guessed.

    Only the extended form: Python also reads 20250131 and 2025-W05-5, which a controller
    never means.
    """
    if not _ISO_DATE.match(text):
        raise FieldError("is geen datum in de vorm JJJJ-MM-DD (2025-01-31)")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FieldError("is geen bestaande datum (JJJJ-MM-DD)") from None


def parse_decimal(text: str, comma: bool) -> Decimal:
    """A number with the file's decimal mark and no thousands separator."""
    if not _NUMBER.match(text):
        if re.match(r"^-?\d{1,3}([.,]\d{3})+([.,]\d+)?$", text):
            raise FieldError("heeft een scheidingsteken voor duizendtallen; laat dat weg")
        raise FieldError("is geen getal")
    if comma and "." in text:
        raise FieldError(
            "gebruikt een punt in een bestand met decimale komma's; "
            "is het een scheidingsteken voor duizendtallen?"
        )
    if not comma and "," in text:
        raise FieldError("gebruikt een decimale komma in een bestand met decimale punten")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern above already rules this out
        raise FieldError("is geen getal") from None


def parse_integer(text: str, comma: bool) -> int:
    value = parse_decimal(text, comma)
    if value != value.to_integral_value():
        raise FieldError("is geen geheel getal")
    return int(value)


def parse_text(text: str, _comma: bool = False) -> str:
    return text


def enum_parser(enum_cls: type[Enum]) -> Callable[[str, bool], Any]:
    """A parser that accepts exactly the enum's values and names them when refusing."""
    allowed = {m.value: m for m in enum_cls}  # type: ignore[var-annotated]

    def parse(text: str, _comma: bool = False) -> Any:
        member = allowed.get(text.strip().lower())
        if member is None:
            raise FieldError("is geen toegestane waarde; kies uit " + ", ".join(allowed))
        return member

    return parse


def is_numeric_text(text: str) -> bool:
    return bool(re.match(r"^-?[\d.,]+$", text))


def uses_decimal_comma(values: list[str]) -> bool:
    """True when any numeric cell of the file has a comma (and so the file uses commas)."""
    return any(is_numeric_text(v) for v in values if "," in v)
