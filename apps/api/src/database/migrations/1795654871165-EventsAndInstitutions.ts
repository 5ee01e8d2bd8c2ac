import type { MigrationInterface, QueryRunner } from 'typeorm';

// event_status serves two tables; TypeORM's generator wrote its CREATE TYPE twice.
export class EventsAndInstitutions1795654871165 implements MigrationInterface {
  name = 'EventsAndInstitutions1795654871165';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."institution_kind" AS ENUM('ministry', 'agency', 'university', 'ngo', 'international_organization', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "institutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" jsonb NOT NULL, "acronym" text, "kind" "public"."institution_kind" NOT NULL, "country_code" character(2) NOT NULL, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0be7539dcdba335470dc05e9690" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "institutions_country_code_idx" ON "institutions"  ("country_code") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."event_kind" AS ENUM('conference', 'training')`);
    await queryRunner.query(
      `CREATE TYPE "public"."event_status" AS ENUM('draft', 'registration_open', 'registration_closed', 'in_progress', 'completed', 'archived', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_mode" AS ENUM('in_person', 'online', 'hybrid')`,
    );
    await queryRunner.query(
      `CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."event_kind" NOT NULL, "status" "public"."event_status" NOT NULL DEFAULT 'draft', "package_id" uuid, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "venue" text NOT NULL DEFAULT '', "city" text NOT NULL, "country_code" character(2) NOT NULL, "time_zone" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "mode" "public"."event_mode" NOT NULL DEFAULT 'in_person', "languages" text array NOT NULL, "capacity" integer NOT NULL, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "copied_from_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "events_training_package_check" CHECK (kind <> 'training' OR package_id IS NOT NULL), CONSTRAINT "events_capacity_check" CHECK (capacity > 0), CONSTRAINT "events_dates_check" CHECK (end_date >= start_date), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "events_status_idx" ON "events"  ("status") `);
    await queryRunner.query(`CREATE INDEX "events_start_date_idx" ON "events"  ("start_date") `);
    await queryRunner.query(
      `CREATE TABLE "event_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "from_status" "public"."event_status", "to_status" "public"."event_status" NOT NULL, "changed_by_id" uuid, "reason" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c01c1903261be4ad92482f9b964" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_status_changes_event_id_idx" ON "event_status_changes"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session_speakers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid, "name" text NOT NULL, "affiliation" text, "position" integer NOT NULL, CONSTRAINT "PK_9143442c544e46ba68439005758" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "session_speakers_user_id_idx" ON "session_speakers"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "session_speakers_session_id_idx" ON "session_speakers"  ("session_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."session_type" AS ENUM('plenary', 'panel', 'workshop', 'module')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "title" jsonb NOT NULL, "type" "public"."session_type" NOT NULL, "room" text NOT NULL DEFAULT '', "track" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "module_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_sessions_times_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_dbe18de390df26f2dffc4ef3356" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_sessions_starts_ends_idx" ON "event_sessions"  ("starts_at", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "event_sessions_event_starts_idx" ON "event_sessions"  ("event_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_partners" ("event_id" uuid NOT NULL, "institution_id" uuid NOT NULL, CONSTRAINT "PK_825c8dc98c9cab1d4f9b1c34bee" PRIMARY KEY ("event_id", "institution_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2b03b96ba822555a161fa1a1ae" ON "event_partners"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1595253b4c539e6fb1e003c196" ON "event_partners"  ("institution_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_coordinators" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_43502fdeb0cada796d9fb82f7aa" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6d3439520830f76c5ef5265e52" ON "event_coordinators"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f1f62bc139f9dfec34f92200a3" ON "event_coordinators"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD CONSTRAINT "institutions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "events_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "training_packages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "events_copied_from_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_status_changes" ADD CONSTRAINT "event_status_changes_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_status_changes" ADD CONSTRAINT "event_status_changes_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_speakers" ADD CONSTRAINT "session_speakers_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "event_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_speakers" ADD CONSTRAINT "session_speakers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "package_modules"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_partners" ADD CONSTRAINT "event_partners_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_partners" ADD CONSTRAINT "event_partners_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_coordinators" ADD CONSTRAINT "event_coordinators_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_coordinators" ADD CONSTRAINT "event_coordinators_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event_coordinators" DROP CONSTRAINT "event_coordinators_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_coordinators" DROP CONSTRAINT "event_coordinators_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_partners" DROP CONSTRAINT "event_partners_institution_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_partners" DROP CONSTRAINT "event_partners_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_sessions" DROP CONSTRAINT "event_sessions_module_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_sessions" DROP CONSTRAINT "event_sessions_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_speakers" DROP CONSTRAINT "session_speakers_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_speakers" DROP CONSTRAINT "session_speakers_session_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_status_changes" DROP CONSTRAINT "event_status_changes_changed_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_status_changes" DROP CONSTRAINT "event_status_changes_event_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "events_created_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "events_copied_from_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "events_package_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "institutions" DROP CONSTRAINT "institutions_parent_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_f1f62bc139f9dfec34f92200a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d3439520830f76c5ef5265e52"`);
    await queryRunner.query(`DROP TABLE "event_coordinators"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1595253b4c539e6fb1e003c196"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b03b96ba822555a161fa1a1ae"`);
    await queryRunner.query(`DROP TABLE "event_partners"`);
    await queryRunner.query(`DROP INDEX "public"."event_sessions_event_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_sessions_starts_ends_idx"`);
    await queryRunner.query(`DROP TABLE "event_sessions"`);
    await queryRunner.query(`DROP TYPE "public"."session_type"`);
    await queryRunner.query(`DROP INDEX "public"."session_speakers_session_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."session_speakers_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "session_speakers"`);
    await queryRunner.query(`DROP INDEX "public"."event_status_changes_event_id_idx"`);
    await queryRunner.query(`DROP TABLE "event_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."events_start_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."events_status_idx"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP TYPE "public"."event_mode"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
    await queryRunner.query(`DROP TYPE "public"."event_kind"`);
    await queryRunner.query(`DROP INDEX "public"."institutions_country_code_idx"`);
    await queryRunner.query(`DROP TABLE "institutions"`);
    await queryRunner.query(`DROP TYPE "public"."institution_kind"`);
  }
}
