import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantsAndRegistrations1795656455863 implements MigrationInterface {
  name = 'ParticipantsAndRegistrations1795656455863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."email_status" AS ENUM('queued', 'held', 'sent', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "language" character varying(2) NOT NULL, "template" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "status" "public"."email_status" NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_922cad79d5a315f5d1d06b077da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "email_messages_status_idx" ON "email_messages"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participant_merges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kept_id" uuid NOT NULL, "merged_id" uuid NOT NULL, "snapshot" jsonb NOT NULL, "merged_by_id" uuid, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_824af5922c0832beaf70bc1f352" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "participant_merges_kept_id_idx" ON "participant_merges"  ("kept_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."participant_gender" AS ENUM('female', 'male')`);
    await queryRunner.query(
      `CREATE TABLE "participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name_ar" text NOT NULL DEFAULT '', "full_name_latin" text NOT NULL DEFAULT '', "name_key_ar" text NOT NULL DEFAULT '', "name_key_latin" text NOT NULL DEFAULT '', "gender" "public"."participant_gender" NOT NULL, "nationality" character(2) NOT NULL, "institution_id" uuid, "position" text NOT NULL DEFAULT '', "email" text, "phone" text, "preferred_language" character varying(2) NOT NULL DEFAULT 'ar', "user_id" uuid, "merged_into_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1cda06c31eec1c95b3365a0283f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "participants_institution_id_idx" ON "participants"  ("institution_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "participants_user_id_key" ON "participants"  ("user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "participants_phone_idx" ON "participants"  ("phone") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "participants_email_key" ON "participants"  ("email") WHERE merged_into_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "code" text NOT NULL, "institution_id" uuid, "max_uses" integer NOT NULL, "uses" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invitation_codes_uses_check" CHECK (uses >= 0 AND uses <= max_uses), CONSTRAINT "PK_707eabf9705bec823c436dfa264" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "invitation_codes_event_id_idx" ON "invitation_codes"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_codes_code_key" ON "invitation_codes"  ("code") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."quota_scope" AS ENUM('institution', 'country')`);
    await queryRunner.query(
      `CREATE TABLE "registration_quotas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "scope" "public"."quota_scope" NOT NULL, "institution_id" uuid, "country_code" character(2), "capacity" integer NOT NULL, CONSTRAINT "registration_quotas_target_check" CHECK ((scope = 'institution' AND institution_id IS NOT NULL) OR (scope = 'country' AND country_code IS NOT NULL)), CONSTRAINT "registration_quotas_capacity_check" CHECK (capacity >= 0), CONSTRAINT "PK_9b8b7222d5b649070e9fccefde6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registration_quotas_country_key" ON "registration_quotas"  ("event_id", "country_code") WHERE scope = 'country'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registration_quotas_institution_key" ON "registration_quotas"  ("event_id", "institution_id") WHERE scope = 'institution'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_mode" AS ENUM('open', 'invitation_only')`,
    );
    await queryRunner.query(
      `CREATE TABLE "registration_settings" ("event_id" uuid NOT NULL, "mode" "public"."registration_mode" NOT NULL DEFAULT 'open', "approval_required" boolean NOT NULL DEFAULT true, "questions" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_bae55475745f5be2e91b9cf125f" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_status" AS ENUM('submitted', 'approved', 'waitlisted', 'rejected', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_source" AS ENUM('online', 'invitation', 'nomination', 'import')`,
    );
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "status" "public"."registration_status" NOT NULL, "source" "public"."registration_source" NOT NULL, "invitation_code_id" uuid, "answers" jsonb NOT NULL DEFAULT '{}', "waitlisted_at" TIMESTAMP WITH TIME ZONE, "status_reason" text, "submission_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registrations_event_participant_key" UNIQUE ("event_id", "participant_id"), CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "registrations_participant_id_idx" ON "registrations"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "registrations_event_status_idx" ON "registrations"  ("event_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_token_purpose" AS ENUM('confirm_email', 'reset_password')`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."user_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "participants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "participants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "participants_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "participants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "participants_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation_codes" ADD CONSTRAINT "invitation_codes_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation_codes" ADD CONSTRAINT "invitation_codes_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_quotas" ADD CONSTRAINT "registration_quotas_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_quotas" ADD CONSTRAINT "registration_quotas_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_settings" ADD CONSTRAINT "registration_settings_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "registrations_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "registrations_invitation_code_id_fkey" FOREIGN KEY ("invitation_code_id") REFERENCES "invitation_codes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_user_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "registrations" DROP CONSTRAINT "registrations_invitation_code_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" DROP CONSTRAINT "registrations_participant_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" DROP CONSTRAINT "registrations_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_settings" DROP CONSTRAINT "registration_settings_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_quotas" DROP CONSTRAINT "registration_quotas_institution_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_quotas" DROP CONSTRAINT "registration_quotas_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation_codes" DROP CONSTRAINT "invitation_codes_institution_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation_codes" DROP CONSTRAINT "invitation_codes_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" DROP CONSTRAINT "participants_created_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" DROP CONSTRAINT "participants_merged_into_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" DROP CONSTRAINT "participants_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" DROP CONSTRAINT "participants_institution_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_confirmed_at"`);
    await queryRunner.query(`DROP INDEX "public"."user_tokens_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."user_token_purpose"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_event_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_participant_id_idx"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TYPE "public"."registration_source"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP TABLE "registration_settings"`);
    await queryRunner.query(`DROP TYPE "public"."registration_mode"`);
    await queryRunner.query(`DROP INDEX "public"."registration_quotas_institution_key"`);
    await queryRunner.query(`DROP INDEX "public"."registration_quotas_country_key"`);
    await queryRunner.query(`DROP TABLE "registration_quotas"`);
    await queryRunner.query(`DROP TYPE "public"."quota_scope"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_codes_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_codes_event_id_idx"`);
    await queryRunner.query(`DROP TABLE "invitation_codes"`);
    await queryRunner.query(`DROP INDEX "public"."participants_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."participants_phone_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participants_user_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."participants_institution_id_idx"`);
    await queryRunner.query(`DROP TABLE "participants"`);
    await queryRunner.query(`DROP TYPE "public"."participant_gender"`);
    await queryRunner.query(`DROP INDEX "public"."participant_merges_kept_id_idx"`);
    await queryRunner.query(`DROP TABLE "participant_merges"`);
    await queryRunner.query(`DROP INDEX "public"."email_messages_status_idx"`);
    await queryRunner.query(`DROP TABLE "email_messages"`);
    await queryRunner.query(`DROP TYPE "public"."email_status"`);
  }
}
