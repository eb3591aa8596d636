"""Starts the sodesk desktop application: ``python main.py`` (the same as ``sodesk``)."""

import sys

from sodesk.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
