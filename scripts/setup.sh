#!/usr/bin/env bash
# Sets up what sodesk needs on a Debian machine: the system packages and a virtual
# environment in .venv with sodesk installed (editable) and its test tools.
# Quick and harmless when run again: it installs only what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh

VENV=${SODESK_VENV:-.venv}
STAMP="$VENV/.installed-stamp"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  # setuptools warns at every editable install about folders named like the package in
  # the working directory; that is how this project is laid out, so the warning only
  # worries a newcomer
  PYTHONWARNINGS="ignore::Warning:setuptools.command.editable_wheel" \
    "$VENV/bin/python" -m pip install --quiet -e '.[test]'
  touch "$STAMP"
fi
