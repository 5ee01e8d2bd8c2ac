#!/usr/bin/env node
// `pnpm bench <name>`: benchmarks that report numbers (they assert nothing; tests do that).
//   registration  1,000 concurrent public registrations vs. the same locked inserts through pg
//   import        preview of a 5,000-row XLSX participant import
//   pages         bytes transferred by the sign-in, public event and registration pages; Lighthouse
// Each starts its own API on 127.0.0.1 against a fresh database of the local PostgreSQL server.
const name = process.argv[2];
const benches = {
  registration: () => import('./bench/registration.mjs'),
  import: () => import('./bench/import.mjs'),
  pages: () => import('./bench/pages.mjs'),
};
if (!benches[name]) {
  console.error(`Usage: pnpm bench ${Object.keys(benches).join('|')}`);
  process.exit(2);
}
await (await benches[name]()).run();
