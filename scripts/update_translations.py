"""Refreshes the Dutch translation of the desktop application.

1. pyside6-lupdate collects every tr()/translate() string of sodesk/ui into
   resources/translations/sodesk_nl.ts, keeping the translations already there;
2. the "Labels" context (names of the domain's codes) is filled from the domain's own Dutch
   labels, so the window and the reports use the same words;
3. pyside6-lrelease compiles sodesk_nl.qm, which the application loads.

Strings still without a translation are listed; tests/ui/test_translations.py fails on them.
Edit the Dutch in sodesk_nl.ts (by hand or with pyside6-linguist) and run this again.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sodesk.ui.labels import CONTEXT, ENGLISH  # noqa: E402

TS = ROOT / "resources" / "translations" / "sodesk_nl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sodesk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    dutch = {
        english: member.label  # type: ignore[attr-defined]
        for names in ENGLISH.values()
        for member, english in names.items()
    }
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if name == CONTEXT and source in dutch:
                translation.text = dutch[source]
                translation.attrib.pop("type", None)
            if not translation.text or translation.get("type") == "unfinished":
                missing.append(f"{name}: {source!r}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
