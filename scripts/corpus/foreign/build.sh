#!/usr/bin/env bash
# Rebuilds test/corpus/foreign: ledgers written by producers other than this project (LibreOffice's
# own export filter, and Excel-style markup written into the demo package), for the test that the
# CLI's output is its input package plus our parts (test/corpus/foreign.test.ts; README.md there).
#
#   bash scripts/corpus/foreign/build.sh
#
# Needs LibreOffice (/usr/bin/soffice) with python3-uno, node with jszip, xmllint and unzip. The
# built files are committed, so the test needs none of these. LibreOffice's files carry the time
# they were written (zip entries, docProps/core.xml), so a rebuild changes their bytes; the
# Excel-style files come out the same each time.
#
# After building: every XML part of every file is checked with `xmllint --noout`, and all files are
# opened by LibreOffice once (converted to PDF in one soffice run; each PDF must be non-empty).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
HERE="$ROOT/scripts/corpus/foreign"
OUT="$ROOT/test/corpus/foreign"
DEMO="$ROOT/examples/demo-ledger.xlsx"
SOFFICE=${SOFFICE:-/usr/bin/soffice}
mkdir -p "$OUT"

echo "LibreOffice re-saves (python3-uno, filter \"Calc MS Excel 2007 XML\"):"
/usr/bin/python3 "$HERE/lo_resave.py" \
  plain "$DEMO" "$OUT/lo-demo-1900.xlsx" \
  1904 "$DEMO" "$OUT/lo-demo-1904.xlsx" \
  plain "$ROOT/test/fixtures/government-report-table.xlsx" "$OUT/lo-table.xlsx" \
  dbrange "$DEMO" "$OUT/lo-dbrange-table.xlsx" \
  protect "$DEMO" "$OUT/lo-protected.xlsx"
echo "  1904 file: $(unzip -p "$OUT/lo-demo-1904.xlsx" xl/workbook.xml | grep -o '<workbookPr [^>]*>')"

echo "Excel-style edits of the demo package (jszip):"
node "$HERE/excel-style.js" "$OUT"

echo "Checking:"
WORK=$(mktemp -d /tmp/duban-foreign-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
for f in "$OUT"/*.xlsx; do
  name=$(basename "$f" .xlsx)
  mkdir -p "$WORK/parts/$name"
  # unzip warns (status 1) about the bytes after the zip of trailing-bytes.xlsx, and goes on.
  unzip -q -o "$f" -d "$WORK/parts/$name" || [ $? -eq 1 ]
  find "$WORK/parts/$name" -type f \( -name '*.xml' -o -name '*.rels' -o -name '*.vml' \) -print0 | xargs -0 xmllint --noout
done
echo "  xmllint: every XML part of $(ls "$OUT"/*.xlsx | wc -l) files is well-formed"

"$SOFFICE" "-env:UserInstallation=file://$WORK/profile" --headless --convert-to pdf --outdir "$WORK/pdf" "$OUT"/*.xlsx >/dev/null 2>&1
for f in "$OUT"/*.xlsx; do
  pdf="$WORK/pdf/$(basename "$f" .xlsx).pdf"
  if [ ! -s "$pdf" ]; then
    echo "  LibreOffice could not open $(basename "$f")" >&2
    exit 1
  fi
done
echo "  LibreOffice opened every file (PDF written for each)"
for f in "$OUT"/*.xlsx; do printf '  %7d  %s\n' "$(stat -c %s "$f")" "$(basename "$f")"; done
