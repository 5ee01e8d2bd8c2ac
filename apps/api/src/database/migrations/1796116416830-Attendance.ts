import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables staff write here, with the columns the audit must never copy. */
const AUDITED_TABLES: Record<string, string[]> = {
  signing_keys: ['private_key_encrypted'],
  badges: [],
  event_door_staff: [],
  attendance_records: [],
};

/**
 * A badge is good only while its registration is approved. A trigger rather than a call in
 * each service: registrations change status in many places (cancel, bulk, the decisions
 * worker, confirmations, merges), and a badge left valid would let a cancelled person in.
 * It runs in the same transaction, so the revocation cannot be lost or come early.
 */
const REVOKE_BADGES_FUNCTION = `
CREATE FUNCTION revoke_badges_of_unapproved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE badges SET revoked_at = now(), revoked_reason = 'registration_' || NEW.status
   WHERE registration_id = NEW.id AND revoked_at IS NULL;
  RETURN NULL;
END $$`;

export class Attendance1796116416830 implements MigrationInterface {
  name = 'Attendance1796116416830';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_status" AS ENUM('present', 'late', 'excused', 'absent')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_method" AS ENUM('roster', 'scan', 'search', 'self', 'walk_in')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "session_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "registration_id" uuid, "status" "public"."attendance_status" NOT NULL, "method" "public"."attendance_method" NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "taken_by_id" uuid, "device_id" uuid, "client_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendance_records_session_participant_key" UNIQUE ("session_id", "participant_id"), CONSTRAINT "attendance_records_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attendance_records_participant_id_idx" ON "attendance_records"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attendance_records_event_participant_idx" ON "attendance_records"  ("event_id", "participant_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_sync_outcome" AS ENUM('stored', 'unchanged', 'duplicate', 'conflict', 'refused')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_conflict_kind" AS ENUM('two_devices', 'session_moved', 'revoked_badge', 'forged_badge', 'wrong_event', 'not_expected', 'not_allowed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_submissions" ("client_id" uuid NOT NULL, "device_id" uuid NOT NULL, "event_id" uuid, "session_id" uuid NOT NULL, "participant_id" uuid, "badge_id" uuid, "status" "public"."attendance_status" NOT NULL, "method" "public"."attendance_method" NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "outcome" "public"."attendance_sync_outcome" NOT NULL, "conflict_kind" "public"."attendance_conflict_kind", "submitted_by_id" uuid, CONSTRAINT "attendance_submissions_pkey" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attendance_submissions_event_received_idx" ON "attendance_submissions"  ("event_id", "received_at") WHERE outcome IN ('conflict', 'refused')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_door_staff" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "event_door_staff_pkey" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_door_staff_user_id_idx" ON "event_door_staff"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "signing_keys" ("id" text NOT NULL, "public_key" text NOT NULL, "private_key_encrypted" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "signing_keys_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "badges" ("id" uuid NOT NULL, "event_id" uuid NOT NULL, "registration_id" uuid, "user_id" uuid, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kid" text NOT NULL, "token" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "replaced_by_id" uuid, CONSTRAINT "badges_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "badges_event_id_idx" ON "badges"  ("event_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "badges_event_user_current_key" ON "badges"  ("event_id", "user_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "badges_registration_current_key" ON "badges"  ("registration_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."late_rule" AS ENUM('present', 'half', 'absent')`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD "late_counts_as" "public"."late_rule" NOT NULL DEFAULT 'present'`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD "late_after_minutes" integer NOT NULL DEFAULT '15'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."registration_source" ADD VALUE 'walk_in'`);
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "event_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_taken_by_id_fkey" FOREIGN KEY ("taken_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_door_staff" ADD CONSTRAINT "event_door_staff_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_door_staff" ADD CONSTRAINT "event_door_staff_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badges" ADD CONSTRAINT "badges_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badges" ADD CONSTRAINT "badges_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badges" ADD CONSTRAINT "badges_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badges" ADD CONSTRAINT "badges_kid_fkey" FOREIGN KEY ("kid") REFERENCES "signing_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badges" ADD CONSTRAINT "badges_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "badges"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_roles_check"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_roles_check" CHECK (roles <@ ARRAY['admin', 'coordinator', 'trainer', 'participant', 'door_staff']::text[] AND cardinality(roles) > 0)`,
    );
    await queryRunner.query(REVOKE_BADGES_FUNCTION);
    await queryRunner.query(`CREATE TRIGGER revoke_badges AFTER UPDATE OF status ON "registrations"
      FOR EACH ROW WHEN (OLD.status = 'approved' AND NEW.status <> 'approved')
      EXECUTE FUNCTION revoke_badges_of_unapproved()`);
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
    await queryRunner.query(`DROP TRIGGER revoke_badges ON "registrations"`);
    await queryRunner.query(`DROP FUNCTION revoke_badges_of_unapproved()`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_roles_check"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_roles_check" CHECK (roles <@ ARRAY['admin', 'coordinator', 'trainer', 'participant']::text[] AND cardinality(roles) > 0)`,
    );
    await queryRunner.query(`ALTER TABLE "badges" DROP CONSTRAINT "badges_replaced_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "badges" DROP CONSTRAINT "badges_kid_fkey"`);
    await queryRunner.query(`ALTER TABLE "badges" DROP CONSTRAINT "badges_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "badges" DROP CONSTRAINT "badges_registration_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "badges" DROP CONSTRAINT "badges_event_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "event_door_staff" DROP CONSTRAINT "event_door_staff_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_door_staff" DROP CONSTRAINT "event_door_staff_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "attendance_records_taken_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "attendance_records_registration_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "attendance_records_participant_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "attendance_records_session_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" DROP CONSTRAINT "attendance_records_event_id_fkey"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_source_old" AS ENUM('online', 'invitation', 'nomination', 'import')`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ALTER COLUMN "source" TYPE "public"."registration_source_old" USING "source"::"text"::"public"."registration_source_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."registration_source"`);
    await queryRunner.query(
      `ALTER TYPE "public"."registration_source_old" RENAME TO "registration_source"`,
    );
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "late_after_minutes"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "late_counts_as"`);
    await queryRunner.query(`DROP TYPE "public"."late_rule"`);
    await queryRunner.query(`DROP INDEX "public"."badges_registration_current_key"`);
    await queryRunner.query(`DROP INDEX "public"."badges_event_user_current_key"`);
    await queryRunner.query(`DROP INDEX "public"."badges_event_id_idx"`);
    await queryRunner.query(`DROP TABLE "badges"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP INDEX "public"."event_door_staff_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "event_door_staff"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_submissions_event_received_idx"`);
    await queryRunner.query(`DROP TABLE "attendance_submissions"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_conflict_kind"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_sync_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_records_event_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_records_participant_id_idx"`);
    await queryRunner.query(`DROP TABLE "attendance_records"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_method"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_status"`);
  }
}
