#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and creates a fresh, empty
# database for this run. Prints the database's URL on stdout (everything else goes to stderr).
set -euo pipefail
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "Installing PostgreSQL (apt)..." >&2
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
fi
if ! pg_isready -q; then
  cluster=$(pg_lsclusters --no-header | awk 'NR==1{print $1}')
  echo "Starting PostgreSQL cluster $cluster/main..." >&2
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main start >&2
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
if ! psql -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
  # Some machines ask TCP logins for a password: give postgres a known one for tests.
  su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
  export PGPASSWORD=postgres
fi
db="multaqa_test_$(date +%s)_$$"
psql -d postgres -qc "CREATE DATABASE \"$db\"" >&2
echo "postgresql://postgres${PGPASSWORD:+:$PGPASSWORD}@127.0.0.1:5432/$db"
