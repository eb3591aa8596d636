"""``python -m sodesk``: the same as the ``sodesk`` command."""

import sys

from sodesk.cli import main

if __name__ == "__main__":  # not when a spawned process imports it
    sys.exit(main())
