"""Whether a typed value fits the column it is meant for, asked before anything is written.

PostgreSQL refuses a text longer than its column, a NUL character, a number with more
integer digits than its ``Numeric`` allows and an integer beyond 32 bits, with a
``DataError`` that reaches the user as a traceback; SQLite stores all of them. A service
asks :func:`misfit` for each typed value first, so both databases refuse the same input
with a message that names the field and the value (DOMAIN.md: bad input is told, never
stored). The limits are read from the table definitions, never repeated here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, Numeric, String
from sqlalchemy.orm import InstrumentedAttribute

#: PostgreSQL's INTEGER and BIGINT
_INTEGER_LIMITS = {Integer: 2**31 - 1, BigInteger: 2**63 - 1}


def _shown(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def misfit(column: InstrumentedAttribute[Any], value: Any, label: str) -> str | None:
    """A Dutch message when ``value`` does not fit ``column`` (e.g. ``t.GuidanceRow.note``).

    Returns:
        None when it fits (also for None), else a sentence naming ``label`` and the value.
    """
    if value is None:
        return None
    kind = column.property.columns[0].type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator: the type it stores as
    if isinstance(value, str):
        if "\x00" in value:
            return f"{label} bevat een onzichtbaar NUL-teken: typ de tekst opnieuw."
        length = getattr(kind, "length", None)
        if isinstance(kind, String) and length is not None and len(value) > length:
            return f"{label} is te lang: ten hoogste {length} tekens (nu {len(value)})."
        return None
    if isinstance(kind, Numeric) and not isinstance(kind, Integer) and kind.scale is not None:
        rounded = Decimal(value).quantize(Decimal(1).scaleb(-kind.scale), ROUND_HALF_UP)
        whole_digits = (kind.precision or 0) - kind.scale
        if abs(rounded) >= Decimal(10) ** whole_digits:
            return f"{label} is te groot (waarde {_shown(value)})."
        return None
    for integer_type, limit in _INTEGER_LIMITS.items():
        if type(kind) is integer_type and abs(int(value)) > limit:
            return f"{label} is te groot (waarde {_shown(value)})."
    return None
