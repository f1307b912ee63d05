#!/usr/bin/env bash
# Sign-in timing: a known account with a wrong password against an unknown e-mail (account enumeration by time).
# Starts the built server on a fresh data directory, trusting X-Forwarded-For and with the per-account limit raised,
# then runs Parley.SignIn.Bench. Usage: bench/run-signin-bench.sh [rounds=40]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-40}
port=${PARLEY_BENCH_PORT:-5191}
data=$(mktemp -d /tmp/parley-signin-XXXXXX)
url="http://127.0.0.1:$port"
dotnet build "$root/src/Parley.Server" -c Release -v q -nologo >/dev/null
dotnet build "$root/bench/Parley.SignIn.Bench" -c Release -v q -nologo >/dev/null
PARLEY_DATA="$data" PARLEY_DEMO=false ASPNETCORE_URLS="$url" Logging__LogLevel__Default=Warning \
  Parley__TrustForwardedHeaders=true Parley__SignIn__PerAccountPerMinute=100000 Parley__SignIn__PerAddressPerMinute=100000 \
  dotnet "$root/src/Parley.Server/bin/Release/net10.0/Parley.Server.dll" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done
uptime
dotnet "$root/bench/Parley.SignIn.Bench/bin/Release/net10.0/Parley.SignIn.Bench.dll" "$url" admin@parley.local "$rounds"
