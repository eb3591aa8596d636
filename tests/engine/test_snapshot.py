"""Stored month results: plain JSON that gives back the very same month, never code.

Why: a closed month's figures are read back years later; every Decimal must come back as
it was computed (its text, so its exponent too), and a stored row must not be able to run
code (no pickle). The fingerprint's canonical form must not depend on dictionary order or
on how a database writes a number (7.5 and 7.50).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import zlib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from sodesk.domain.period import Period
from sodesk.domain.validation import Finding
from sodesk.engine.snapshot import compute_month, decode, digest, encode
from sodesk.services.workspace import Workspace
from sodesk.storage.company_source import CompanySource


def _texts(value: object) -> object:
    """Every Decimal as its text: equal values with other exponents would pass ``==``."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _texts(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_texts(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _texts(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def test_a_month_comes_back_as_computed(demo_workspace: Workspace) -> None:
    with demo_workspace.sessions() as session:
        source = CompanySource(session)
        facts = source.company()
        result = compute_month(source, facts, Period.month_of(dt.date(2025, 3, 1)))
    assert result.productive and result.lines and result.worker_ids
    back = decode(encode(result))
    assert back == result
    assert _texts(back) == _texts(result)


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(Path.cwd() / "planted"),))


def test_a_pickled_row_is_refused_and_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    blob = zlib.compress(pickle.dumps(_Planted()))
    with pytest.raises(ValueError):
        decode(blob)
    assert not (tmp_path / "planted").exists()


def test_the_digest_ignores_order_and_the_way_a_number_is_written() -> None:
    one = {"b": [Decimal("7.5"), dt.date(2025, 1, 1)], "a": frozenset({"x", "y"})}
    other = {"a": frozenset({"y", "x"}), "b": [Decimal("7.50"), dt.date(2025, 1, 1)]}
    assert digest(one) == digest(other)
    assert digest(one) != digest({**one, "b": [Decimal("7.51"), dt.date(2025, 1, 1)]})


def test_a_finding_comes_back_with_its_values(demo_workspace: Workspace) -> None:
    """The window words a kept month's findings again from their values; a month kept
    before they were stored comes back with its message only."""
    with demo_workspace.sessions() as session:
        source = CompanySource(session)
        result = compute_month(source, source.company(), Period.month_of(dt.date(2025, 3, 1)))
    values = {"worker": "P001", "day": dt.date(2025, 3, 15), "hours": Decimal("3.250")}
    finding = Finding("lks.no_measurement", "Zo gezegd.", "wage_value", None, "P001", values)
    kept = replace(result, findings=[(7, 1, finding)])
    [(_worker, _noted, back)] = decode(encode(kept)).findings
    assert back == finding
    assert back.arguments == values
    assert str(back.arguments["hours"]) == "3.250"
    data = json.loads(zlib.decompress(encode(kept)))
    assert len(data["findings"][0]) == 7  # worker, noted and the five an older reader reads
    del data["finding_arguments"]
    [(_worker, _noted, old)] = decode(zlib.compress(json.dumps(data).encode())).findings
    assert (old.message, old.arguments) == ("Zo gezegd.", {})
