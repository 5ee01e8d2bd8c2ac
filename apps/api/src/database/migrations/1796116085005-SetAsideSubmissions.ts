import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SetAsideSubmissions1796116085005 implements MigrationInterface {
  name = 'SetAsideSubmissions1796116085005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "registration_submissions" ADD "dismissed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "registration_submissions" ADD "dismissed_by_id" uuid`);
    // Only what staff (or the worker) do to a set-aside form is audited: every public submit
    // also inserts and deletes a row here, and those are not staff writes.
    await queryRunner.query(`CREATE TRIGGER audit_row AFTER UPDATE ON "registration_submissions"
      FOR EACH ROW WHEN (OLD.failed_at IS DISTINCT FROM NEW.failed_at
                         OR OLD.dismissed_at IS DISTINCT FROM NEW.dismissed_at)
      EXECUTE FUNCTION audit_row()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_row ON "registration_submissions"`);
    await queryRunner.query(`ALTER TABLE "registration_submissions" DROP COLUMN "dismissed_by_id"`);
    await queryRunner.query(`ALTER TABLE "registration_submissions" DROP COLUMN "dismissed_at"`);
  }
}
