"""Starts the sodesk desktop application: ``python main.py`` (the same as ``sodesk``).

Also the entry point of the desktop bundle (sodesk.spec). The Windows bundle's ``sodesk.exe``
is a windowed executable without a console, where Python leaves ``sys.stdout`` and
``sys.stderr`` at None: what would be printed there (``--version``, a command's message) then
goes nowhere instead of ending the program with an AttributeError.
"""

import os
import sys

from sodesk.cli import main

if __name__ == "__main__":
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main(sys.argv[1:]))
