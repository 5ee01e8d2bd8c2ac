import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables staff write, each with the columns the audit must never copy (secrets). Sessions,
 * one-time tokens and the outbox are left out: they are not records anyone edits.
 */
const AUDITED_TABLES: Record<string, string[]> = {
  users: ['password_hash'],
  training_packages: [],
  package_modules: [],
  institutions: [],
  events: [],
  event_partners: [],
  event_coordinators: [],
  event_sessions: [],
  session_speakers: [],
  participants: [],
  registration_settings: [],
  registration_quotas: [],
  invitation_codes: [],
  registrations: [],
};

/**
 * A trigger rather than ORM hooks: it sees every write (entity saves, query-builder updates,
 * raw SQL) in the writing transaction, so a rolled-back change leaves no entry and no service
 * needs to remember to log. The actor is the transaction's setting multaqa.actor_id, set by
 * AuditActorSubscriber when a transaction starts. Updates keep only the fields that changed.
 */
const AUDIT_ROW_FUNCTION = `
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  secrets text[] := coalesce(TG_ARGV::text[], '{}');
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - secrets END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - secrets END;
  row_now jsonb := coalesce(new_row, old_row);
  before_row jsonb := old_row;
  after_row jsonb := new_row;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_object_agg(n.key, o.value), jsonb_object_agg(n.key, n.value)
      INTO before_row, after_row
      FROM jsonb_each(new_row) n JOIN jsonb_each(old_row) o ON o.key = n.key
     WHERE n.value IS DISTINCT FROM o.value AND n.key <> 'updated_at';
    IF before_row IS NULL THEN RETURN NULL; END IF;
  END IF;
  INSERT INTO audit_log (actor_id, entity_type, entity_id, event_id, participant_id, action, before, after)
  VALUES (
    nullif(current_setting('multaqa.actor_id', true), '')::uuid,
    TG_TABLE_NAME,
    coalesce(row_now->>'id', row_now->>'event_id'),
    CASE TG_TABLE_NAME
      WHEN 'events' THEN (row_now->>'id')::uuid
      WHEN 'session_speakers' THEN
        (SELECT s.event_id FROM event_sessions s WHERE s.id = (row_now->>'session_id')::uuid)
      ELSE (row_now->>'event_id')::uuid
    END,
    CASE TG_TABLE_NAME
      WHEN 'participants' THEN (row_now->>'id')::uuid
      ELSE (row_now->>'participant_id')::uuid
    END,
    lower(TG_OP)::audit_action,
    before_row,
    after_row
  );
  RETURN NULL;
END $$`;

export class AuditLogAndDecisionSnapshot1796103496539 implements MigrationInterface {
  name = 'AuditLogAndDecisionSnapshot1796103496539';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action" AS ENUM('insert', 'update', 'delete')`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "event_id" uuid, "participant_id" uuid, "action" "public"."audit_action" NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_participant_id_idx" ON "audit_log"  ("participant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_event_id_idx" ON "audit_log"  ("event_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD "decided_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "registrations" ADD "decided_institution_id" uuid`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD "decided_country_code" character(2)`);
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD "decided_gender" "public"."participant_gender"`,
    );
    // Registrations decided before this migration: the person as they are now is the best
    // record of who they were then. Done before the triggers, so it leaves no audit rows.
    await queryRunner.query(`UPDATE registrations r
      SET decided_at = r.updated_at, decided_institution_id = p.institution_id,
          decided_country_code = p.nationality, decided_gender = p.gender
      FROM participants p WHERE p.id = r.participant_id AND r.status <> 'submitted'`);
    await queryRunner.query(AUDIT_ROW_FUNCTION);
    for (const [table, secrets] of Object.entries(AUDITED_TABLES)) {
      const args = secrets.map((column) => `'${column}'`).join(', ');
      await queryRunner.query(`CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(AUDITED_TABLES)) {
      await queryRunner.query(`DROP TRIGGER audit_row ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION audit_row()`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "decided_gender"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "decided_country_code"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "decided_institution_id"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "decided_at"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_event_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_participant_id_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
  }
}
