#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 cluster and creates the test role and database if missing.
set -euo pipefail
cd /   # the postgres user cannot read a clone under /root
pg_lsclusters -h 2>/dev/null | grep -q '^15 *main' || pg_createcluster 15 main >/dev/null
pg_lsclusters -h | grep -q '^15 *main.*online' || pg_ctlcluster 15 main start
for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -q -h 127.0.0.1
psql_() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@" </dev/null; }
[ "$(psql_ -tAc "select 1 from pg_roles where rolname='parley'")" = 1 ] ||
  psql_ -c "create role parley login superuser password 'parley'"
[ "$(psql_ -tAc "select 1 from pg_database where datname='parley_test'")" = 1 ] ||
  psql_ -c "create database parley_test owner parley"
