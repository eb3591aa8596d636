#!/usr/bin/env bash
# Builds sodesk as a one-folder application that starts without Python installed
# (PyInstaller, sodesk.spec) in build/bundle/dist/sodesk, then starts the built bundle
# offscreen in an empty environment as a user would: --version, demo on a new database, a
# PDF and a workbook report, and the screenshots of every page. Any failure stops the script
# with a non-zero exit, so CI (.ci/run) fails on a broken bundle. Prints the build time and
# the bundle's size.
#
# Run scripts/setup.sh first (it installs PyInstaller with the test tools into .venv).
# Options: --no-smoke builds only; --smoke-only tests the bundle built before.
# SODESK_BUNDLE_DIR puts the build elsewhere. The Windows bundle is built from the same spec
# on Windows: see docs/bundle.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=$(realpath -m "${SODESK_VENV:-.venv}")  # absolute: the smoke test runs in another folder
PYTHON="$VENV/bin/python"
OUT=$(realpath -m "${SODESK_BUNDLE_DIR:-build/bundle}")
BUILD=1 SMOKE=1
case "${1:-}" in
  --no-smoke) SMOKE=0 ;;
  --smoke-only) BUILD=0 ;;
esac

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

started=$(date +%s)
[ "$BUILD" = 1 ] && "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" sodesk.spec
built=$(date +%s)
BUNDLE="$OUT/dist/sodesk"
echo "bundle: $BUNDLE, built in $((built - started)) s, $(du -sh "$BUNDLE" | cut -f1)" \
  "($(du -sm "$BUNDLE" | cut -f1) MB, $(find "$BUNDLE" -type f | wc -l) files)"
[ "$SMOKE" = 1 ] || exit 0

# -- smoke test: the bundle alone, no Python, no venv, no source tree on any path ----------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
run() {
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$WORK/runtime" "$BUNDLE/sodesk" "$@"
}
mkdir -p "$WORK/home" "$WORK/runtime"
chmod 700 "$WORK/runtime"
fail() { echo "bundle smoke test FAILED: $*" >&2; exit 1; }
URL="sqlite:///$WORK/demo.sqlite3"

# the files the code looks for beside its package (a Windows desk has no Debian font folder
# to fall back on, so the fonts must be inside)
for file in resources/fonts/DejaVuSans.ttf resources/fonts/DejaVuSans-Bold.ttf \
  resources/translations/sodesk_nl.qm resources/reference/minimum_wage.csv \
  sodesk/storage/migrations/env.py; do
  [ -f "$BUNDLE/_internal/$file" ] || fail "$file is not in the bundle"
done

version=$(run --version)
expected=$("$PYTHON" -c "import sodesk; print(sodesk.__version__)")
[ "$version" = "sodesk $expected" ] || fail "--version said '$version', not 'sodesk $expected'"

run --database "$URL" demo --workers 40 --seed 3 2>"$WORK/demo.err" \
  || { cat "$WORK/demo.err" >&2; fail "demo"; }
grep -q "Demogegevens geschreven" "$WORK/demo.err" || fail "demo said: $(cat "$WORK/demo.err")"

year=$(date +%Y)
run --database "$URL" report activities --from "$year-01-01" --to "$year-12-31" \
  --format pdf --out "$WORK/activities.pdf" 2>"$WORK/report.err" \
  || { cat "$WORK/report.err" >&2; fail "report activities --format pdf"; }
grep -aq "DejaVuSans" "$WORK/activities.pdf" || fail "the PDF has no DejaVu Sans embedded"

run --database "$URL" report questionnaire --from "$year-01-01" --to "$year-12-31" \
  --format xlsx --out "$WORK/questionnaire.xlsx" 2>"$WORK/xlsx.err" \
  || { cat "$WORK/xlsx.err" >&2; fail "report questionnaire --format xlsx"; }
[ -s "$WORK/questionnaire.xlsx" ] || fail "report questionnaire --format xlsx wrote nothing"

# an export read through an import profile: pandas must be in the bundle (its people are not
# in the demo, so the check refuses them with exit 1, naming the source file, row and column)
status=0
run --database "$URL" import "$BUNDLE/_internal/resources/import-profiles/hr-export" \
  --profile "$BUNDLE/_internal/resources/import-profiles/hr-export.toml" --dry-run \
  2>"$WORK/profile.err" || status=$?
[ "$status" -eq 1 ] && grep -q "medewerkers-2025-01.csv, rij" "$WORK/profile.err" \
  || { cat "$WORK/profile.err" >&2; fail "import --profile (exit $status)"; }

# a company large enough for the second process (spawned: the bundle's executable runs again)
BIG="sqlite:///$WORK/big.sqlite3"
run --database "$BIG" demo --workers 320 --seed 3 --end-year 2025 2>"$WORK/big.err" \
  || { cat "$WORK/big.err" >&2; fail "demo --workers 320"; }
run --database "$BIG" report activities --from 2025-01-01 --to 2025-12-31 \
  >"$WORK/big.json" 2>"$WORK/big-report.err" \
  || { cat "$WORK/big-report.err" >&2; fail "report activities with the second process"; }
grep -q '"activities"' "$WORK/big.json" || fail "the report of 320 workers has no activities"

shots_started=$(date +%s)
run --database "$URL" screenshots "$WORK/shots" --lang nl >"$WORK/shots.out" 2>"$WORK/shots.err" \
  || { cat "$WORK/shots.err" >&2; fail "screenshots"; }
pages=$(find "$WORK/shots" -name '*.png' -size +10k | wc -l)
[ "$pages" -ge 5 ] || fail "screenshots: only $pages pages saved"
grep -q "Traceback" "$WORK/shots.err" && { cat "$WORK/shots.err" >&2; fail "screenshots"; }
echo "bundle smoke test passed: --version, demo, PDF and xlsx reports, a profile import," \
  "a 320-worker report with the second process, $pages screenshots" \
  "($(( $(date +%s) - shots_started )) s), smoke $(( $(date +%s) - built )) s in all"
