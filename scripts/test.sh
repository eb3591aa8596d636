#!/usr/bin/env bash
# Sets everything up and runs the checks CI runs: ruff, the layer contracts, the type checker
# (mypy, configured in pyproject.toml), and the whole
# test suite headless against SQLite and against a PostgreSQL server that the suite starts
# itself in a temporary folder (tests/pg_server.py), unless SODESK_TEST_POSTGRES_URL names one.
# Extra arguments go to pytest (for example: scripts/test.sh tests/domain -x).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV=${SODESK_VENV:-.venv}
"$VENV/bin/ruff" check .
"$VENV/bin/lint-imports" --no-cache
"$VENV/bin/mypy"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
