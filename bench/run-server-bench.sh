#!/usr/bin/env bash
# Server benchmark: loads 10,000 events into a fresh data directory, measures the built server's start to
# first response, then runs wrk (2 threads, 32 connections) against the timeline API (first page of 50), the
# dashboard API and, when the pages exist, the dashboard page, with /health as the in-run baseline.
# The dashboard page runs twice: anonymous, and signed in as a delegate (cookie from the JSON sign-in), each in
# Ukrainian (Accept-Language) so the page is rendered in a translated interface.
# Usage: bench/run-server-bench.sh [events=10000] [seconds=15]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
events=${1:-10000}
seconds=${2:-15}
port=${PARLEY_BENCH_PORT:-5190}
data=$(mktemp -d /tmp/parley-bench-XXXXXX)
url="http://127.0.0.1:$port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk >/dev/null
fi

dotnet build "$root/src/Parley.Server" -c Release -v q -nologo >/dev/null
dotnet build "$root/bench/Parley.Server.Bench" -c Release -v q -nologo >/dev/null
server_dll="$root/src/Parley.Server/bin/Release/net10.0/Parley.Server.dll"

start_server() {
  PARLEY_DATA="$data" ASPNETCORE_URLS="$url" Logging__LogLevel__Default=Warning \
    dotnet "$server_dll" >"$data/server.log" 2>&1 &
  server_pid=$!
}
stop_server() { [ -z "$server_pid" ] || { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }; server_pid=; }
server_pid=
# Starts the server and sets elapsed_ms to the time until its first successful API response.
first_response() {
  local t0 t1
  t0=$(date +%s%N)
  start_server
  until curl -fs "$url/api/timeline" -o /dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  elapsed_ms=$(((t1 - t0) / 1000000))
}
trap 'stop_server; rm -rf "$data"' EXIT

first_response   # empty directory: migrations, demo seed, administrator
cold_ms=$elapsed_ms
stop_server
dotnet "$root/bench/Parley.Server.Bench/bin/Release/net10.0/Parley.Server.Bench.dll" "$data" "$events"
first_response   # existing database of $events events
warm_ms=$elapsed_ms

run() { # name path [extra wrk arguments]
  local out rps p99 name=$1 path=$2
  shift 2
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$@" "$url$path")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '%-28s %12s %10s %8s\n' "$name" "$rps" "$p99" "${non2xx:-0}"
  echo "$rps" >"$data/$name.rps"
}

total=$(curl -fs "$url/api/timeline" | grep -o '"total":[0-9]*' | cut -d: -f2)
echo
echo "timeline holds $total public entries; wrk -t2 -c32 -d${seconds}s on $(nproc) cores"
printf '%-28s %12s %10s %8s\n' endpoint "req/s" "p99" "non-2xx"
run health /health
run timeline-api "/api/timeline?page=1&pageSize=50"
run timeline-api-party "/api/timeline?party=UA&kind=statement"
run dashboard-api /api/dashboard
run dashboard-page / -H "Accept-Language: uk"
# A browser keeps the antiforgery cookie the first answer set; wrk does not, so the run above pays for a new
# cookie token on every request. This run sends the cookie back, as a returning reader does.
anon_jar="$data/anon-cookies.txt"
curl -fs -c "$anon_jar" -H "Accept-Language: uk" "$url/" -o /dev/null
anon_cookie=$(sed 's/^#HttpOnly_//' "$anon_jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
run dashboard-page-cookie / -H "Accept-Language: uk" -H "Cookie: $anon_cookie"
jar="$data/cookies.txt"
curl -fs -c "$jar" -H 'Content-Type: application/json' \
  -d '{"email":"bench.ua@parley.test","password":"Parley-bench-password-1"}' "$url/api/account/login" -o /dev/null
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
if curl -fs -H "Cookie: $cookie" "$url/" | grep -q 'bench.ua@parley.test'; then
  run dashboard-page-signed-in / -H "Accept-Language: uk" -H "Cookie: $cookie"
else
  echo "signed-in run skipped: the dashboard does not show the bench user (sign-in: $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"email":"bench.ua@parley.test","password":"Parley-bench-password-1"}' "$url/api/account/login"))" >&2
fi
echo
for name in timeline-api dashboard-api dashboard-page dashboard-page-cookie dashboard-page-signed-in; do
  [ -f "$data/$name.rps" ] && awk -v n="$name" -v a="$(cat "$data/$name.rps")" -v b="$(cat "$data/health.rps")" \
    'BEGIN { printf "%s: %.2f of the /health baseline\n", n, a / b }'
done
echo "start to first response: ${cold_ms} ms on an empty data directory (migrate + seed), ${warm_ms} ms with $total entries"
