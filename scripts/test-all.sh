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
# Each failed step by name, one per line: counted and named again at the end.
failed_names=""
step() { echo; echo "== $1"; local name=$1; shift; "$@" || { echo "!! step failed: $*"; failed_names+="step: $name"$'\n'; }; }
# A test run's failures are counted from its JSON report, so a failing test is not counted a
# second time as a failed step; a run that exits non-zero with no failed test in its report (an
# unhandled error, a crash before the report) still counts once. Exit codes in run order.
test_codes=()
tests() { echo; echo "== $1"; shift; local code=0; "$@" || code=$?; test_codes+=("$code"); [ "$code" = 0 ] || echo "!! test run failed: $*"; }

step "typecheck (root and the pure claims/ engine)" npx tsc --noEmit
step "typecheck claims/ (no DOM, no Node)" npx tsc --noEmit -p claims/tsconfig.json
step "claims database" npx tsx scripts/check-claims.ts
step "stance model matches its training data" npx tsx scripts/train.ts --check
tests "unit and DOM tests" npx vitest run --reporter=default --reporter=json --outputFile.json=out/unit.json
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
tests "end-to-end tests in Chromium" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=out/e2e.json

if ! command -v "${GUTCHECK_FIREFOX:-/usr/bin/firefox-esr}" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's firefox-esr for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  else
    echo "!! Firefox not found: run 'sudo apt-get install firefox-esr' (or set GUTCHECK_FIREFOX), then run this again."
  fi
fi
# Without Firefox the tests still run and fail (requireFirefox throws): a missing browser is never a skip.
tests "end-to-end tests in Firefox" npx vitest run -c vitest.e2e-firefox.config.ts --reporter=default --reporter=json --outputFile.json=out/e2e-firefox.json

GUTCHECK_FAILED_STEPS="$failed_names" node -e '
const fs = require("fs");
const codes = process.argv.slice(1).map(Number);
// CI shows only the end of the log: name each failure here, just above the count.
const names = (process.env.GUTCHECK_FAILED_STEPS || "").split("\n").filter(Boolean);
let passed = 0, failed = names.length;
["out/unit.json", "out/e2e.json", "out/e2e-firefox.json"].forEach((f, i) => {
  if (!fs.existsSync(f)) { failed++; names.push(`${f}: no report (the run did not finish)`); return; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests;
  // Skipped or todo tests count as failed; a file that failed to load has no assertion results: counted once.
  let counted = r.numFailedTests + (r.numPendingTests || 0) + (r.numTodoTests || 0);
  for (const t of r.testResults) {
    if (t.status === "failed" && t.assertionResults.length === 0) {
      counted++;
      names.push(`${t.name}: did not load: ${(t.message || "").split("\n")[0]}`);
    }
    for (const a of t.assertionResults) {
      if (a.status !== "passed") names.push(`${t.name} > ${a.fullName || a.title}: ${a.status} ${(a.failureMessages || []).join(" ").split("\n")[0].slice(0, 300)}`);
    }
  }
  if (!counted && codes[i]) names.push(`${f}: the run exited ${codes[i]} with no failed test (an error outside the tests; see its log)`);
  failed += counted || (codes[i] ? 1 : 0);
});
if (names.length) console.log(["", "== not passed:", ...names].join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' "${test_codes[@]}"
