import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff writes on these land in the audit log through the audit_row() trigger (AuditLog migration). */
const AUDITED_TABLES = ['package_questions', 'evaluations'];

export class Evaluations1796135422040 implements MigrationInterface {
  name = 'Evaluations1796135422040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."question_type" AS ENUM('single', 'multiple')`);
    await queryRunner.query(
      `CREATE TABLE "package_questions" ("id" uuid NOT NULL, "package_id" uuid NOT NULL, "position" integer NOT NULL, "type" "public"."question_type" NOT NULL, "prompt" jsonb NOT NULL, "options" jsonb NOT NULL, "points" integer NOT NULL DEFAULT '1', CONSTRAINT "package_questions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "package_questions_package_position_idx" ON "package_questions"  ("package_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."evaluation_kind" AS ENUM('pre_test', 'post_test', 'survey')`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "kind" "public"."evaluation_kind" NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "pass_mark_percent" integer NOT NULL DEFAULT '60', "questions" jsonb NOT NULL DEFAULT '[]', "items" jsonb NOT NULL DEFAULT '[]', "invited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evaluations_event_kind_key" UNIQUE ("event_id", "kind"), CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."evaluation_channel" AS ENUM('portal', 'link')`);
    await queryRunner.query(
      `CREATE TABLE "evaluation_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "event_id" uuid NOT NULL, "kind" "public"."evaluation_kind" NOT NULL, "registration_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "channel" "public"."evaluation_channel" NOT NULL, "answers" jsonb NOT NULL, "score_percent" numeric(5,2), "passed" boolean, "rating_mean" numeric(4,3), CONSTRAINT "evaluation_responses_evaluation_registration_key" UNIQUE ("evaluation_id", "registration_id"), CONSTRAINT "evaluation_responses_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_responses_registration_id_idx" ON "evaluation_responses"  ("registration_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_responses_event_kind_idx" ON "evaluation_responses"  ("event_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "response_id" uuid NOT NULL, "evaluation_id" uuid NOT NULL, "item_id" uuid NOT NULL, "session_id" uuid, "trainer_id" uuid, "rating" smallint NOT NULL, CONSTRAINT "survey_ratings_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "survey_ratings_evaluation_item_idx" ON "survey_ratings"  ("evaluation_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evaluation_links_token_hash_key" UNIQUE ("token_hash"), CONSTRAINT "evaluation_links_evaluation_registration_key" UNIQUE ("evaluation_id", "registration_id"), CONSTRAINT "evaluation_links_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_certificate_rules" ADD "require_post_test_pass" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "package_questions" ADD CONSTRAINT "package_questions_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "training_packages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_ratings" ADD CONSTRAINT "survey_ratings_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "evaluation_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_links" ADD CONSTRAINT "evaluation_links_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_links" ADD CONSTRAINT "evaluation_links_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
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
    await queryRunner.query(
      `ALTER TABLE "evaluation_links" DROP CONSTRAINT "evaluation_links_registration_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_links" DROP CONSTRAINT "evaluation_links_evaluation_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_ratings" DROP CONSTRAINT "survey_ratings_response_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_responses" DROP CONSTRAINT "evaluation_responses_registration_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_responses" DROP CONSTRAINT "evaluation_responses_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_responses" DROP CONSTRAINT "evaluation_responses_evaluation_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "package_questions" DROP CONSTRAINT "package_questions_package_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_certificate_rules" DROP COLUMN "require_post_test_pass"`,
    );
    await queryRunner.query(`DROP TABLE "evaluation_links"`);
    await queryRunner.query(`DROP INDEX "public"."survey_ratings_evaluation_item_idx"`);
    await queryRunner.query(`DROP TABLE "survey_ratings"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_responses_event_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_responses_registration_id_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_responses"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_channel"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."package_questions_package_position_idx"`);
    await queryRunner.query(`DROP TABLE "package_questions"`);
    await queryRunner.query(`DROP TYPE "public"."question_type"`);
  }
}
