import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicRegistrationConfirmations1796105933805 implements MigrationInterface {
  name = 'PublicRegistrationConfirmations1796105933805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."registration_confirmation_kind" AS ENUM('registration', 'account', 'registered')`,
    );
    await queryRunner.query(
      `CREATE TABLE "registration_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "kind" "public"."registration_confirmation_kind" NOT NULL, "email" text NOT NULL, "submission_id" uuid NOT NULL, "participant_id" uuid, "details" jsonb, "token_hash" character(64), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26715d962956a267adf0fa90315" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registration_confirmations_token_hash_key" ON "registration_confirmations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registration_confirmations_event_submission_key" ON "registration_confirmations"  ("event_id", "submission_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_confirmations" ADD CONSTRAINT "registration_confirmations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_confirmations" ADD CONSTRAINT "registration_confirmations_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "registration_confirmations" DROP CONSTRAINT "registration_confirmations_participant_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_confirmations" DROP CONSTRAINT "registration_confirmations_event_id_fkey"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."registration_confirmations_event_submission_key"`,
    );
    await queryRunner.query(`DROP INDEX "public"."registration_confirmations_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "registration_confirmations"`);
    await queryRunner.query(`DROP TYPE "public"."registration_confirmation_kind"`);
  }
}
