#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, then the fast and the browser tests.
#   bash tests/run.sh            all tests
#   bash tests/run.sh --fast     only the fast tests (no browser, no installs)
# Needs the .NET 10 SDK. Installs, when missing: Debian's chromium (browser tests), Node.js + npm and the
# pinned npm packages from package-lock.json (Pagefind for search, jsQR to decode QR codes in tests).
set -euo pipefail
cd "$(dirname "$0")/.."

fast=0
[ "${1:-}" = "--fast" ] && fast=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ $fast = 0 ]; then
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Debian's chromium for the browser tests…"
    apt_install chromium fonts-dejavu-core
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Installing Node.js and npm for the search indexer…"
    apt_install nodejs npm
  fi
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

projects=(tests/NeutralitasKb.Tests)
[ $fast = 0 ] && projects+=(tests/NeutralitasKb.BrowserTests)

dotnet build NeutralitasKb.sln -c Release -nologo -v quiet
passed=0; failed=0; skipped=0; status=0
for project in "${projects[@]}"; do
  log=$(mktemp)
  set +e
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  set -e
  [ "$code" != 0 ] && status=1
  line=$(grep -E '^(Passed|Failed)!' "$log" | tail -1 || true)
  p=$(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$line"); f=$(sed -nE 's/.*Failed: *([0-9]+).*/\1/p' <<<"$line")
  s=$(sed -nE 's/.*Skipped: *([0-9]+).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  if [ -z "$line" ]; then echo "No test summary from $project"; status=1; fi
  rm -f "$log"
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
