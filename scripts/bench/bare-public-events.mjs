// The floor for GET /api/public/events: a bare node:http server running the same two queries
// (page and count) through `pg`, with the API's pool size, and nothing else. Run as a child
// process by public.mjs so that it does not share a CPU core with the load generator.
import { createServer } from 'node:http';
import pg from 'pg';

const STATUSES = ['registration_open', 'registration_closed', 'in_progress', 'completed'];
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = createServer(async (_req, res) => {
  // One after the other, as TypeORM's getManyAndCount does.
  const page = await pool.query(
    `SELECT id, kind, status, title, city, country_code AS "countryCode", time_zone AS "timeZone",
              start_date::text AS "startDate", end_date::text AS "endDate", mode
         FROM events WHERE status = ANY($1) ORDER BY start_date DESC, id LIMIT 20 OFFSET 0`,
    [STATUSES],
  );
  const count = await pool.query('SELECT count(*)::int AS n FROM events WHERE status = ANY($1)', [
    STATUSES,
  ]);
  const body = JSON.stringify({ items: page.rows, total: count.rows[0].n, page: 1, pageSize: 20 });
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
