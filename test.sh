#!/usr/bin/env bash
# Runs the whole Parley test suite on a Debian machine, installing what the tests need
# (Chromium, PostgreSQL) idempotently, and ends with one line: "N passed, M failed".
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

scripts/install-test-deps.sh || { echo "installing test dependencies failed"; echo "0 passed, 1 failed"; exit 1; }
# shellcheck source=scripts/postgres-env.sh
source scripts/postgres-env.sh
scripts/start-postgres.sh || { echo "starting PostgreSQL failed"; echo "0 passed, 1 failed"; exit 1; }

results="$root/TestResults/run"
rm -rf "$results"
dotnet test "$root/Parley.slnx" -c Release --logger trx --results-directory "$results" "$@"
status=$?

# Each test project writes one TRX file; its <Counters> element holds the totals.
read -r passed failed < <(cat "$results"/*.trx 2>/dev/null \
  | grep -o '<Counters [^>]*>' \
  | sed -E 's/.* passed="([0-9]+)" failed="([0-9]+)".*/\1 \2/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
