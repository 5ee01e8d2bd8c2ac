import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UploadsAndJobs1796103483871 implements MigrationInterface {
  name = 'UploadsAndJobs1796103483871';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'completed', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "status" "public"."job_status" NOT NULL DEFAULT 'queued', "done" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "error" text, "created_by" uuid, "event_id" uuid, "input" jsonb, "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "jobs_created_by_idx" ON "jobs"  ("created_by") `);
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "FK_2d210533bd8823b36702a26dd43" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "FK_722ff81ece35135757d76ee7e58" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_722ff81ece35135757d76ee7e58"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_2d210533bd8823b36702a26dd43"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
    await queryRunner.query(`DROP TYPE "public"."job_status"`);
  }
}
