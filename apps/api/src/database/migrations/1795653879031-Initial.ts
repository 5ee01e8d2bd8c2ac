import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795653879031 implements MigrationInterface {
  name = 'Initial1795653879031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "full_name" text NOT NULL, "roles" text array NOT NULL, "preferred_language" character varying(2) NOT NULL DEFAULT 'ar', "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_language_check" CHECK (preferred_language IN ('ar', 'en', 'fr')), CONSTRAINT "users_roles_check" CHECK (roles <@ ARRAY['admin', 'coordinator', 'trainer', 'participant']::text[] AND cardinality(roles) > 0), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "auth_sessions_token_hash_key" ON "auth_sessions"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."training_package_status" AS ENUM('draft', 'published', 'archived')`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_packages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lineage_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" "public"."training_package_status" NOT NULL DEFAULT 'draft', "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "objectives" jsonb NOT NULL DEFAULT '{}', "target_audience" jsonb NOT NULL DEFAULT '{}', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_243c3687a88cfc7f5d52a5a5f51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "training_packages_status_idx" ON "training_packages"  ("status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "training_packages_one_draft_per_lineage" ON "training_packages"  ("lineage_id") WHERE status = 'draft'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "training_packages_lineage_version_key" ON "training_packages"  ("lineage_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "package_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "package_id" uuid NOT NULL, "position" integer NOT NULL, "title" jsonb NOT NULL, "hours" numeric(5,1) NOT NULL, "learning_outcomes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "package_modules_package_position_key" UNIQUE ("package_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "package_modules_hours_check" CHECK (hours > 0), CONSTRAINT "PK_f3d7e12b7e3006143e6163fea6d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_packages" ADD CONSTRAINT "training_packages_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "package_modules" ADD CONSTRAINT "package_modules_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "training_packages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "package_modules" DROP CONSTRAINT "package_modules_package_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_packages" DROP CONSTRAINT "training_packages_created_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_user_id_fkey"`,
    );
    await queryRunner.query(`DROP TABLE "package_modules"`);
    await queryRunner.query(`DROP INDEX "public"."training_packages_lineage_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."training_packages_one_draft_per_lineage"`);
    await queryRunner.query(`DROP INDEX "public"."training_packages_status_idx"`);
    await queryRunner.query(`DROP TABLE "training_packages"`);
    await queryRunner.query(`DROP TYPE "public"."training_package_status"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
