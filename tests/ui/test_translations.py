"""The Dutch translation is complete and the shipped .qm file is built from the .ts file."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from sodesk.ui.i18n import TRANSLATIONS

TS = TRANSLATIONS / "sodesk_nl.ts"


def test_every_string_has_a_finished_dutch_translation() -> None:
    unfinished = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if not translation.text or translation.get("type") in ("unfinished", "obsolete"):
            unfinished.append(message.findtext("source"))
    assert unfinished == []


def test_the_shipped_qm_file_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "sodesk_nl.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (TRANSLATIONS / "sodesk_nl.qm").read_bytes()


def test_every_translatable_string_of_the_ui_is_in_the_ts_file(tmp_path: Path) -> None:
    root = TRANSLATIONS.parents[1]
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (root / "sodesk" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True
    )
    known = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    found = {m.findtext("source") for m in ET.parse(copy).getroot().iter("message")}
    assert found - known == set(), "run scripts/update_translations.py"


def test_a_literal_string_is_translated_under_a_literal_context() -> None:
    """pyside6-lupdate reads ``translate("Context", "text")`` only when both are literals: a
    context held in a variable hides the string from the .ts file, and it stays English."""
    import re

    root = TRANSLATIONS.parents[1] / "sodesk" / "ui"
    hidden = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for path in root.rglob("*.py")
        for match in re.finditer(r"translate\(\s*[A-Za-z_][\w.]*\s*,\s*[\"']", path.read_text())
    ]
    assert hidden == []
