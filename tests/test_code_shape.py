"""No constructor or ``_build`` method in sodesk/ over 60 lines: a widget that builds itself
in one long block is split into named builders, so a change to one part of a screen is found
and read in one place."""

from __future__ import annotations

import ast
from pathlib import Path

SODESK = Path(__file__).resolve().parents[1] / "sodesk"
LONGEST = 60


def _builders(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and (node.name == "__init__" or node.name.startswith("_build"))
    ]


def test_no_constructor_or_builder_is_longer_than_sixty_lines() -> None:
    long = [
        f"{path.relative_to(SODESK)}: {name} {lines} lines"
        for path in sorted(SODESK.rglob("*.py"))
        if "migrations" not in path.parts
        for name, lines in _builders(path)
        if lines > LONGEST
    ]
    assert long == []


def test_the_check_sees_a_long_builder(tmp_path: Path) -> None:
    body = "\n".join(f"        x{i} = {i}" for i in range(70))
    module = tmp_path / "wide.py"
    module.write_text(f"class A:\n    def _build(self):\n{body}\n", encoding="utf-8")
    assert _builders(module) == [("_build", 71)]
