"""Tests for sodesk.domain.lines: a line says its kind; its text is the report's code."""

from __future__ import annotations

import pickle

import pytest

from sodesk.domain.enums import WorkType
from sodesk.domain.lines import UNPLACED, LineKey, LineKind, is_non_productive


@pytest.mark.parametrize("work_type", [None, *WorkType])
def test_a_non_productive_line_reads_back_from_its_text(work_type: WorkType | None) -> None:
    key = LineKey.non_productive(work_type)
    assert key.kind is LineKind.NON_PRODUCTIVE
    assert key.work_type is work_type
    expected = UNPLACED if work_type is None else work_type.value
    assert key.text == f"non-productive:{expected}"
    assert LineKey.parse(key.text) == key
    assert is_non_productive(key.text)


@pytest.mark.parametrize("code", ["A", "PAK-01", "non-productive", "totals:x", "x:non-productive"])
def test_an_activity_code_is_an_activity_line_whatever_it_holds(code: str) -> None:
    key = LineKey.activity(code)
    assert (key.kind, key.text, key.work_type) == (LineKind.ACTIVITY, code, None)
    assert LineKey.parse(code) == key
    assert not is_non_productive(code)


def test_keys_of_one_kind_sort_by_code_and_travel_by_pickle() -> None:
    keys = [LineKey.non_productive(w) for w in (WorkType.WORK_ON_LOCATION, None, *WorkType)]
    assert [k.code for k in sorted(keys)] == sorted(k.code for k in keys)
    assert LineKey.activity("A") != LineKey.non_productive(None)
    assert pickle.loads(pickle.dumps(keys)) == keys
    assert pickle.loads(pickle.dumps(keys[0])).kind is LineKind.NON_PRODUCTIVE
