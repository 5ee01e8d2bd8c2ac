import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebSecurity1796103537227 implements MigrationInterface {
  name = 'WebSecurity1796103537227';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counters" ("key" text NOT NULL, "hits" integer NOT NULL, "resets_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rate_limit_counters_resets_at_idx" ON "rate_limit_counters"  ("resets_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rate_limit_counters_resets_at_idx"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
