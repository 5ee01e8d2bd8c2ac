import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationSubmissions1796108955618 implements MigrationInterface {
  name = 'RegistrationSubmissions1796108955618';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registration_submissions" ("id" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "form" jsonb NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE, "failure" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registration_submissions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "registration_submissions_event_id_id_idx" ON "registration_submissions"  ("event_id", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "registration_submissions_event_submission_key" ON "registration_submissions"  ("event_id", "submission_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."registration_submissions_event_submission_key"`);
    await queryRunner.query(`DROP INDEX "public"."registration_submissions_event_id_id_idx"`);
    await queryRunner.query(`DROP TABLE "registration_submissions"`);
  }
}
