#!/usr/bin/env bash
# Sets everything up, fills the embedded SQLite database with demo data the first time,
# and opens the desktop application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV=${SODESK_VENV:-.venv}
"$VENV/bin/sodesk" db upgrade
"$VENV/bin/sodesk" demo --if-empty
exec "$VENV/bin/sodesk" "$@"
