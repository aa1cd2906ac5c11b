#!/usr/bin/env bash
# The whole test suite, in CI order: typecheck, database check, unit/DOM tests, build,
# end-to-end tests in real Chromium, then in real Firefox. Ends with the line "N passed, N failed"
# (unit + e2e tests in both browsers; a failed step that runs no test, such as the typecheck or
# the build, counts as one failure).
set -u
cd "$(dirname "$0")/.."
mkdir -p out
# A report left from an earlier run must not stand in for a run that crashed before writing one.
rm -f out/unit.json out/e2e.json out/e2e-firefox.json
failed_steps=0
step() { echo; echo "== $1"; shift; "$@" || { echo "!! step failed: $*"; failed_steps=$((failed_steps + 1)); }; }

step "typecheck (root and the pure claims/ engine)" npx tsc --noEmit
step "typecheck claims/ (no DOM, no Node)" npx tsc --noEmit -p claims/tsconfig.json
step "claims database" npx tsx scripts/check-claims.ts
step "stance model matches its training data" npx tsx scripts/train.ts --check
step "unit and DOM tests" npx vitest run --reporter=default --reporter=json --outputFile.json=out/unit.json
step "build (chrome-mv3)" npx wxt build
step "build (firefox)" npx wxt build -b firefox
step "store packages (wxt zip, chrome and firefox, made twice: byte-identical)" bash scripts/zip-packages.sh

if ! command -v "${GUTCHECK_CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's chromium for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "!! Chromium not found: run 'sudo apt-get install chromium' (or set GUTCHECK_CHROMIUM), then run this again."
  fi
fi
step "end-to-end tests in Chromium" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=out/e2e.json

if ! command -v "${GUTCHECK_FIREFOX:-/usr/bin/firefox-esr}" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's firefox-esr for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  else
    echo "!! Firefox not found: run 'sudo apt-get install firefox-esr' (or set GUTCHECK_FIREFOX), then run this again."
  fi
fi
# Without Firefox the tests still run and fail (requireFirefox throws): a missing browser is never a skip.
step "end-to-end tests in Firefox" npx vitest run -c vitest.e2e-firefox.config.ts --reporter=default --reporter=json --outputFile.json=out/e2e-firefox.json

node -e '
const fs = require("fs");
let passed = 0, failed = Number(process.argv[1]);
for (const f of ["out/unit.json", "out/e2e.json", "out/e2e-firefox.json"]) {
  if (!fs.existsSync(f)) { failed++; continue; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests;
  // A file that failed to load has no assertion results; count it once. Skipped or todo tests count as failed.
  const brokenFiles = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
  failed += r.numFailedTests + brokenFiles + (r.numPendingTests || 0) + (r.numTodoTests || 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' "$failed_steps"
