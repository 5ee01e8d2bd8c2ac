import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff writes on these land in the audit log through the audit_row() trigger (AuditLog migration). */
const AUDITED_TABLES = ['certificate_templates', 'event_certificate_rules', 'certificates'];

export class Certificates1796124809038 implements MigrationInterface {
  name = 'Certificates1796124809038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificate_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_type" text NOT NULL, "width_px" integer NOT NULL, "height_px" integer NOT NULL, "storage_key" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificate_assets_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_serial_counters" ("year" integer NOT NULL, "last" integer NOT NULL DEFAULT '0', CONSTRAINT "certificate_serial_counters_pkey" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."certificate_page_size" AS ENUM('A4', 'Letter')`);
    await queryRunner.query(
      `CREATE TYPE "public"."certificate_orientation" AS ENUM('landscape', 'portrait')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."certificate_language_mode" AS ENUM('ar', 'en', 'fr', 'ar_en')`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "page_size" "public"."certificate_page_size" NOT NULL DEFAULT 'A4', "orientation" "public"."certificate_orientation" NOT NULL DEFAULT 'landscape', "language_mode" "public"."certificate_language_mode" NOT NULL DEFAULT 'ar_en', "mirror_for_rtl" boolean NOT NULL DEFAULT true, "background_asset_id" uuid, "elements" jsonb NOT NULL DEFAULT '[]', "archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificate_templates_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."certificate_status" AS ENUM('valid', 'revoked')`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificates" ("id" uuid NOT NULL, "serial" text NOT NULL, "event_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "template_id" uuid NOT NULL, "claims" jsonb NOT NULL, "token" text NOT NULL, "kid" text NOT NULL, "status_index" integer NOT NULL, "status" "public"."certificate_status" NOT NULL DEFAULT 'valid', "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" text, "replaced_by_id" uuid, "file_key" text, "job_id" uuid, CONSTRAINT "certificates_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "certificates_participant_id_idx" ON "certificates"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "certificates_event_id_idx" ON "certificates"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificates_registration_valid_key" ON "certificates"  ("registration_id") WHERE status = 'valid'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificates_status_index_key" ON "certificates"  ("status_index") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificates_serial_key" ON "certificates"  ("serial") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_certificate_rules" ("event_id" uuid NOT NULL, "min_attendance_percent" integer NOT NULL DEFAULT '80', "template_id" uuid NOT NULL, "email_participants" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_certificate_rules_pkey" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "email_messages" ADD "html_body" text`);
    await queryRunner.query(`ALTER TABLE "email_messages" ADD "attachments" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "certificate_assets" ADD CONSTRAINT "certificate_assets_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_templates" ADD CONSTRAINT "certificate_templates_background_asset_id_fkey" FOREIGN KEY ("background_asset_id") REFERENCES "certificate_assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "certificate_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_kid_fkey" FOREIGN KEY ("kid") REFERENCES "signing_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "certificates"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_certificate_rules" ADD CONSTRAINT "event_certificate_rules_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_certificate_rules" ADD CONSTRAINT "event_certificate_rules_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "certificate_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Each certificate's bit in the Bitstring Status List: 0, 1, 2, … (a rolled-back issue may
    // skip an index; indexes need to be unique, not contiguous, unlike serials).
    await queryRunner.query(
      `CREATE SEQUENCE "certificate_status_index_seq" AS integer MINVALUE 0 START WITH 0`,
    );
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`DROP TRIGGER audit_row ON "${table}"`);
    }
    await queryRunner.query(`DROP SEQUENCE "certificate_status_index_seq"`);
    await queryRunner.query(
      `ALTER TABLE "event_certificate_rules" DROP CONSTRAINT "event_certificate_rules_template_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_certificate_rules" DROP CONSTRAINT "event_certificate_rules_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "certificates_job_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "certificates_replaced_by_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "certificates_kid_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "certificates_template_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "certificates_participant_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "certificates_registration_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "certificates_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_templates" DROP CONSTRAINT "certificate_templates_background_asset_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_assets" DROP CONSTRAINT "certificate_assets_created_by_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "email_messages" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "email_messages" DROP COLUMN "html_body"`);
    await queryRunner.query(`DROP TABLE "event_certificate_rules"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_serial_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_status_index_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_registration_valid_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_event_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_participant_id_idx"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_status"`);
    await queryRunner.query(`DROP TABLE "certificate_templates"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_language_mode"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_orientation"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_page_size"`);
    await queryRunner.query(`DROP TABLE "certificate_serial_counters"`);
    await queryRunner.query(`DROP TABLE "certificate_assets"`);
  }
}
