"""``python -m sodesk``: the same as the ``sodesk`` command."""

import sys

from sodesk.cli import main

sys.exit(main())
