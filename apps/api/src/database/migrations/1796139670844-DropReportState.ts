import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * report_state.generation keyed the reports' kept answers; nothing is kept any more (every
 * answer is computed from the facts in memory, which follow report_event_facts' versions), so
 * the table and the triggers that bumped it on every write to these tables only cost writes.
 */
const BUMPING_TABLES = ['event_coordinators', 'institutions', 'training_packages'];

export class DropReportState1796139670844 implements MigrationInterface {
  name = 'DropReportState1796139670844';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of BUMPING_TABLES) {
      await queryRunner.query(`DROP TRIGGER report_bump ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION report_bump()`);
    await queryRunner.query(`DROP TABLE "report_state"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_state" (
      "id" smallint NOT NULL CONSTRAINT "report_state_pkey" PRIMARY KEY CHECK (id = 1),
      "generation" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO report_state (id, generation) VALUES (1, 0)`);
    await queryRunner.query(`CREATE FUNCTION report_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE report_state SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END $$`);
    for (const table of BUMPING_TABLES) {
      await queryRunner.query(`CREATE TRIGGER report_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION report_bump()`);
    }
  }
}
