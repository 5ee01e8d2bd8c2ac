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
cleanup() { psql "$DATABASE_URL" -d postgres -qc "DROP DATABASE IF EXISTS \"${DATABASE_URL##*/}\" WITH (FORCE)" >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "Format, lint, build, typecheck, contract"
pnpm format:check
pnpm lint
pnpm build
pnpm typecheck
pnpm contract:check
pnpm openapi:lint

status=0
step "API: unit and e2e (jest, real PostgreSQL)"
pnpm --filter @multaqa/api test --json --outputFile="$PWD/test-output/api-results.json" || status=1

step "Web: unit (vitest)"
pnpm --filter @multaqa/web test --reporter=default --reporter=json --outputFile="$PWD/test-output/web-results.json" || status=1

step "Browser (Playwright driving Debian's Chromium)"
pnpm --filter @multaqa/web test:browser || status=1

step "Summary ($(( $(date +%s) - started )) s)"
node scripts/test-summary.mjs || status=1
exit $status
