"""Parsers for one cell of an import file. Each returns a value or raises FieldError.

Numbers: a file uses a decimal point or a decimal comma, decided once per file from all its
numeric cells (:func:`decimal_mark`); a cell that also carries a thousands separator is
refused rather than guessed. ``12.500`` could be either (twelve and a half, or twelve thousand
five hundred): it is read only where another cell of the file shows that mark is the decimal
mark (``7.25``), else refused. Digits are 0-9 only: Arabic-Indic or full-width digits are
refused, not read as numbers. Numbers stay below a billion with at most six decimals, so
every number fits every column on both databases.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from enum import Enum
from typing import Any

from sodesk.storage.imports.problems import FieldError

_NUMBER = re.compile(r"^-?[0-9]+([.,][0-9]+)?$")
_GROUPED = re.compile(r"^-?[0-9]{1,3}([.,][0-9]{3})+([.,][0-9]+)?$")
#: one mark and three digits after it, no leading zero: a decimal or a thousands separator
_AMBIGUOUS = re.compile(r"^-?[1-9][0-9]{0,2}[.,][0-9]{3}$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
MAX_WHOLE_DIGITS = 9  # below a billion: fits Numeric(14, 4) and a 32-bit integer
MAX_DECIMALS = 6  # a percentage with four decimals is a fraction with six


def parse_date(text: str, _mark: str = "") -> dt.date:
    """ISO dates (2025-01-31), as INTERFACES.md says; 31-01-2025 is refused, not guessed.

    Only the extended form: Python also reads 20250131 and 2025-W05-5, which a controller
    never means.
    """
    if not _ISO_DATE.match(text):
        _refuse_foreign_digits(text)
        raise FieldError("is geen datum in de vorm JJJJ-MM-DD (2025-01-31)")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FieldError("is geen bestaande datum (JJJJ-MM-DD)") from None


def _refuse_foreign_digits(text: str) -> None:
    if any(c.isdigit() and not c.isascii() for c in text):
        raise FieldError("bevat cijfers die geen 0-9 zijn (Arabisch-Indisch of breed); typ 0-9")


def check_magnitude(value: Decimal) -> Decimal:
    """The number when it is below a billion (in absolute value); else FieldError."""
    if not value.is_finite() or (value != 0 and value.adjusted() >= MAX_WHOLE_DIGITS):
        raise FieldError("is te groot (een getal onder een miljard verwacht)")
    return value


def parse_decimal(text: str, mark: str) -> Decimal:
    """A number with the file's decimal mark (``,``, ``.``, or ``""`` when none is shown).

    No thousands separator; an ambiguous ``12.500`` only in a file that shows ``.`` is its
    decimal mark.
    """
    if not _NUMBER.match(text):
        _refuse_foreign_digits(text)
        if _GROUPED.match(text):
            raise FieldError("heeft een scheidingsteken voor duizendtallen; laat dat weg")
        raise FieldError("is geen getal")
    if mark == "," and "." in text:
        raise FieldError(
            "gebruikt een punt in een bestand met decimale komma's; "
            "is het een scheidingsteken voor duizendtallen?"
        )
    if mark == "." and "," in text:
        raise FieldError("gebruikt een decimale komma in een bestand met decimale punten")
    if not mark and _AMBIGUOUS.match(text):
        minus = "-" if text.startswith("-") else ""
        whole, fraction = text.lstrip("-").replace(",", ".").split(".")
        raise FieldError(
            f"is dubbelzinnig: {minus}{whole}{fraction} of {minus}{whole},{fraction.rstrip('0')}? "
            "Laat scheidingstekens voor duizendtallen weg; een decimaal teken met drie cijfers "
            "erachter wordt alleen gelezen als een ander getal in het bestand het aanwijst "
            "(zoals 7,25)"
        )
    whole, _, fraction = text.lstrip("-").replace(",", ".").partition(".")
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise FieldError("is te groot (een getal onder een miljard verwacht)")
    if len(fraction) > MAX_DECIMALS:
        raise FieldError(f"heeft meer dan {MAX_DECIMALS} decimalen")
    return Decimal(text.replace(",", "."))


def parse_integer(text: str, mark: str) -> int:
    value = parse_decimal(text, mark)
    if value != value.to_integral_value():
        raise FieldError("is geen geheel getal")
    return int(value)


def parse_text(text: str, _mark: str = "") -> str:
    return text


def enum_parser(enum_cls: type[Enum]) -> Callable[[str, str], Any]:
    """A parser that accepts exactly the enum's values and names them when refusing."""
    allowed: dict[Any, Enum] = {m.value: m for m in enum_cls}

    def parse(text: str, _mark: str = "") -> Any:
        member = allowed.get(text.strip().lower())
        if member is None:
            raise FieldError("is geen toegestane waarde; kies uit " + ", ".join(allowed))
        return member

    return parse


def decimal_mark(values: Iterable[str]) -> str:
    """The file's decimal mark: ``,`` when any cell shows a decimal comma, else ``.`` when
    any shows a decimal point, else ``""`` (no cell tells; an ambiguous one tells nothing).
    """
    found = ""
    for value in values:
        if _NUMBER.match(value) and not _AMBIGUOUS.match(value):
            if "," in value:
                return ","
            if "." in value:
                found = "."
    return found
