import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reports read pre-computed facts instead of a million attendance records: one row per
 * approved registration of a held event, one per held event. Triggers only mark an event stale
 * (cheap, in the writing transaction); the reports service recomputes stale events before it
 * answers, so a figure is never older than the last committed write.
 *
 * Written by hand (no entities): these tables are derived data that only raw SQL in
 * apps/api/src/reports touches, so there is nothing for the entity drift check to compare.
 */

/** Tables written in bulk (imports, scanners, issuing jobs): one statement-level mark per write. */
const BULK_TABLES = ['attendance_records', 'registrations', 'certificates', 'evaluation_responses'];

/**
 * Marks the events of the changed rows stale, held events only (nothing else has facts; an
 * event that stops being held is marked by the events trigger). DO UPDATE rather than DO
 * NOTHING: it locks the mark, so a refresh that is deleting it waits for this transaction and
 * then sees its rows; a mark can never be consumed by a refresh that missed the write.
 */
const markFromTransition = (table: string) => `
CREATE FUNCTION report_mark_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO report_stale_events (event_id)
    SELECT DISTINCT n.event_id FROM new_rows n JOIN events e ON e.id = n.event_id
     WHERE e.status IN ('completed', 'archived')
    ON CONFLICT (event_id) DO UPDATE SET marked_at = now();
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO report_stale_events (event_id)
    SELECT DISTINCT o.event_id FROM old_rows o JOIN events e ON e.id = o.event_id
     WHERE e.status IN ('completed', 'archived')
    ON CONFLICT (event_id) DO UPDATE SET marked_at = now();
  END IF;
  RETURN NULL;
END $$`;

/**
 * Row-level marks for the rarely written tables (sessions, rules, events themselves): only for
 * an event that is held or still has facts (it stopped being held, or was deleted), so planning
 * upcoming events never makes the reports recompute.
 */
const MARK_ROW_FUNCTION = `
CREATE FUNCTION report_mark_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  column_name text := TG_ARGV[0];
  ids uuid[] := ARRAY[]::uuid[];
BEGIN
  IF TG_OP <> 'DELETE' THEN ids := ids || (to_jsonb(NEW) ->> column_name)::uuid; END IF;
  IF TG_OP <> 'INSERT' THEN ids := ids || (to_jsonb(OLD) ->> column_name)::uuid; END IF;
  INSERT INTO report_stale_events (event_id)
  SELECT DISTINCT x.id FROM unnest(ids) AS x(id)
   WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = x.id AND e.status IN ('completed', 'archived'))
      OR EXISTS (SELECT 1 FROM report_event_facts f WHERE f.event_id = x.id)
  ON CONFLICT (event_id) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$`;

/** Moving an institution under another changes the ministry of everyone below it: redo all. */
const MARK_ALL_FUNCTION = `
CREATE FUNCTION report_mark_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_stale_events (event_id) SELECT event_id FROM report_event_facts
  ON CONFLICT (event_id) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$`;

/**
 * Anything else a report shows (who coordinates what, institution names, package titles) bumps
 * the generation the reports service keys its answers on, like a refresh does.
 */
const BUMP_FUNCTION = `
CREATE FUNCTION report_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE report_state SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END $$`;
const BUMPING_TABLES = ['event_coordinators', 'institutions', 'training_packages'];

/** What makes a facts row of an event change, for the row-level triggers on events. */
const EVENT_FACT_COLUMNS = [
  'title',
  'status',
  'kind',
  'start_date',
  'country_code',
  'package_id',
  'late_counts_as',
];

export class ReportFacts1796135587628 implements MigrationInterface {
  name = 'ReportFacts1796135587628';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_state" (
      "id" smallint NOT NULL CONSTRAINT "report_state_pkey" PRIMARY KEY CHECK (id = 1),
      "generation" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO report_state (id, generation) VALUES (1, 0)`);
    await queryRunner.query(`CREATE TABLE "report_stale_events" (
      "event_id" uuid NOT NULL CONSTRAINT "report_stale_events_pkey" PRIMARY KEY,
      "marked_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "report_registration_facts" (
      "registration_id" uuid NOT NULL CONSTRAINT "report_registration_facts_pkey" PRIMARY KEY,
      "event_id" uuid NOT NULL,
      "participant_id" uuid NOT NULL,
      "year" smallint NOT NULL,
      "event_kind" "public"."event_kind" NOT NULL,
      "event_country_code" character(2) NOT NULL,
      "package_lineage_id" uuid,
      "country_code" character(2) NOT NULL,
      "institution_id" uuid,
      "top_institution_id" uuid,
      "gender" "public"."participant_gender",
      "sessions_held" integer NOT NULL,
      "sessions_attended" numeric NOT NULL,
      "attendance_rate" numeric,
      "trained" boolean NOT NULL,
      "certificate_valid" boolean NOT NULL,
      "pre_percent" numeric(5,2),
      "post_percent" numeric(5,2),
      "post_passed" boolean,
      "rating_mean" numeric(4,3))`);
    await queryRunner.query(
      `CREATE INDEX "report_registration_facts_event_id_idx" ON "report_registration_facts" ("event_id")`,
    );
    await queryRunner.query(`CREATE TABLE "report_event_facts" (
      "event_id" uuid NOT NULL CONSTRAINT "report_event_facts_pkey" PRIMARY KEY,
      "year" smallint NOT NULL,
      "start_date" date NOT NULL,
      "kind" "public"."event_kind" NOT NULL,
      "country_code" character(2) NOT NULL,
      "package_lineage_id" uuid,
      "participants" integer NOT NULL,
      "trained" integer NOT NULL,
      "attendance_rate" numeric,
      "certificates" integer NOT NULL,
      "knowledge_gain" numeric,
      "satisfaction" numeric,
      "next_session_end" timestamptz,
      "computed_at" timestamptz NOT NULL)`);
    // A session that ends changes "held" with no write: the refresh looks for these.
    await queryRunner.query(
      `CREATE INDEX "report_event_facts_next_session_end_idx" ON "report_event_facts" ("next_session_end") WHERE next_session_end IS NOT NULL`,
    );
    for (const table of BULK_TABLES) {
      await queryRunner.query(markFromTransition(table));
      for (const [op, refs] of [
        ['INSERT', 'NEW TABLE AS new_rows'],
        ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
        ['DELETE', 'OLD TABLE AS old_rows'],
      ]) {
        await queryRunner.query(`CREATE TRIGGER report_mark_${op.toLowerCase()} AFTER ${op} ON "${table}"
          REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION report_mark_${table}()`);
      }
    }
    await queryRunner.query(MARK_ROW_FUNCTION);
    await queryRunner.query(MARK_ALL_FUNCTION);
    for (const table of ['event_sessions', 'event_certificate_rules']) {
      await queryRunner.query(`CREATE TRIGGER report_mark AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION report_mark_row('event_id')`);
    }
    const changed = EVENT_FACT_COLUMNS.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(
      ' OR ',
    );
    await queryRunner.query(`CREATE TRIGGER report_mark AFTER UPDATE ON "events"
      FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION report_mark_row('id')`);
    await queryRunner.query(`CREATE TRIGGER report_mark_delete AFTER DELETE ON "events"
      FOR EACH ROW EXECUTE FUNCTION report_mark_row('id')`);
    // An event created already held (an import of past events) has facts from the start.
    await queryRunner.query(`CREATE TRIGGER report_mark_insert AFTER INSERT ON "events"
      FOR EACH ROW WHEN (NEW.status IN ('completed', 'archived'))
      EXECUTE FUNCTION report_mark_row('id')`);
    await queryRunner.query(`CREATE TRIGGER report_mark AFTER UPDATE OF parent_id ON "institutions"
      FOR EACH STATEMENT EXECUTE FUNCTION report_mark_all()`);
    await queryRunner.query(BUMP_FUNCTION);
    for (const table of BUMPING_TABLES) {
      await queryRunner.query(`CREATE TRIGGER report_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION report_bump()`);
    }
    // The facts of existing events are computed by the first report request.
    await queryRunner.query(`INSERT INTO report_stale_events (event_id)
      SELECT id FROM events WHERE status IN ('completed', 'archived')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of BUMPING_TABLES) {
      await queryRunner.query(`DROP TRIGGER report_bump ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION report_bump()`);
    await queryRunner.query(`DROP TRIGGER report_mark ON "institutions"`);
    await queryRunner.query(`DROP TRIGGER report_mark_insert ON "events"`);
    await queryRunner.query(`DROP TRIGGER report_mark_delete ON "events"`);
    await queryRunner.query(`DROP TRIGGER report_mark ON "events"`);
    for (const table of ['event_sessions', 'event_certificate_rules']) {
      await queryRunner.query(`DROP TRIGGER report_mark ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION report_mark_all()`);
    await queryRunner.query(`DROP FUNCTION report_mark_row()`);
    for (const table of BULK_TABLES) {
      for (const op of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER report_mark_${op} ON "${table}"`);
      }
      await queryRunner.query(`DROP FUNCTION report_mark_${table}()`);
    }
    await queryRunner.query(`DROP TABLE "report_event_facts"`);
    await queryRunner.query(`DROP TABLE "report_registration_facts"`);
    await queryRunner.query(`DROP TABLE "report_stale_events"`);
    await queryRunner.query(`DROP TABLE "report_state"`);
  }
}
