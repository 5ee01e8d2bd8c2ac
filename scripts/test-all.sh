#!/usr/bin/env bash
# `pnpm test`: every check and every test suite, against real PostgreSQL and real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
rm -rf test-output && mkdir -p test-output

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "PostgreSQL and Chromium"
DATABASE_URL=$(bash scripts/ensure-postgres.sh)
export DATABASE_URL
CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh)
export CHROMIUM_PATH
echo "database: ${DATABASE_URL%%\?*}"
echo "chromium: $CHROMIUM_PATH"
# The run's database (the browser suite's server uses it) and every `<run>_…` one: the API
# tests make one per file and drop them in jest's globalTeardown, which a killed run skips.
cleanup() {
  psql "${DATABASE_URL%/*}/postgres" -v run="${DATABASE_URL##*/}" -qAt >/dev/null <<'SQL' || true
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', datname) FROM pg_database
WHERE datname = :'run' OR left(datname, length(:'run') + 1) = :'run' || '_' \gexec
SQL
}
trap cleanup EXIT

step "Format, lint, build, typecheck, contract"
pnpm format:check
pnpm lint
pnpm build
pnpm typecheck
pnpm contract:check
pnpm openapi:lint
node --test scripts/test-reports.test.mjs

status=0
# Runs a suite and keeps its exit code beside its report: errors outside tests (an unhandled
# error, a server that does not start) show only there, and the summary counts them.
suite() {
  local id=$1
  shift
  if "$@"; then echo 0 >"test-output/$id.exit"; else echo $? >"test-output/$id.exit"; status=1; fi
}

step "API: unit and e2e (jest, real PostgreSQL)"
suite api pnpm --filter @multaqa/api test --json --outputFile="$PWD/test-output/api-results.json"

step "Web: unit (vitest)"
suite web pnpm --filter @multaqa/web test --reporter=default --reporter=json --outputFile="$PWD/test-output/web-results.json"

step "Browser (Playwright driving Debian's Chromium)"
suite browser pnpm --filter @multaqa/web test:browser

step "Summary ($(( $(date +%s) - started )) s)"
node scripts/test-summary.mjs || status=1
exit $status
