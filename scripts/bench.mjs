#!/usr/bin/env node
// `pnpm bench <name>`: benchmarks that report numbers (they assert nothing; tests do that).
//   registration  1,000 concurrent public registrations (an API and a worker process) vs. the
//                 same locked inserts through pg
//   import        preview of a 5,000-row XLSX participant import; a 10,000-row registrations
//                 import committing while /api/health is polled (latency, API RSS)
//   public        GET /api/public/events at 32 connections vs. a bare node:http server; during a burst
//   start         seconds from `pnpm start` to the first page: fresh, and a restart (PGlite)
//   pages         bytes transferred by the sign-in, public event and registration pages; Lighthouse
//   checkin       20 scanners at once × 2,000 badges (p50/p95 per scan, scans/s), after the start
//                 and again warm; a 1,000-record queue;
//                 2,000 badges as A4 sheets through the API, and the PDF renderer alone
//   certificates  1,000 certificates (Arabic + English, QR, each its own signed token): ms each,
//                 peak RSS, and the ratio to the bare renderer drawing the same page; then
//                 1,000 issued through the API and a worker (the issuing job)
//   reports       100,000 participants, 2,000 events, 1,000,000 attendance records: each
//                 dashboard query, the events page and the year-end files through the API
//                 (p50/p95, ratio to SELECT count(*) FROM attendance_records); the refreshes
// Each starts its own API on 127.0.0.1 against a fresh database of the local PostgreSQL server
// (start: on a fresh embedded PGlite database).
const name = process.argv[2];
const benches = {
  registration: () => import('./bench/registration.mjs'),
  import: () => import('./bench/import.mjs'),
  pages: () => import('./bench/pages.mjs'),
  public: () => import('./bench/public.mjs'),
  start: () => import('./bench/start.mjs'),
  checkin: () => import('./bench/checkin.mjs'),
  certificates: () => import('./bench/certificates.mjs'),
  reports: () => import('./bench/reports.mjs'),
};
if (!benches[name]) {
  console.error(`Usage: pnpm bench ${Object.keys(benches).join('|')}`);
  process.exit(2);
}
await (await benches[name]()).run();
