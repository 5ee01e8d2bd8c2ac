import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicFormInstitutionAndPlaces1796120000000 implements MigrationInterface {
  name = 'PublicFormInstitutionAndPlaces1796120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" ADD "proposed_institution" text`);
    // City and venue become names in up to three languages, like titles. An existing name is
    // kept under the language of its script (Arabic, else English); a reader of another
    // language still sees it until someone adds theirs.
    const named = (column: string) =>
      `CASE WHEN ${column} = '' THEN '{}'::jsonb
            ELSE jsonb_build_object(CASE WHEN ${column} ~ '[\\u0600-\\u06FF]' THEN 'ar' ELSE 'en' END, ${column}) END`;
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "venue" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "events" ALTER COLUMN "venue" TYPE jsonb USING ${named('venue')}`,
    );
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "venue" SET DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "events" ALTER COLUMN "city" TYPE jsonb USING ${named('city')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const oneName = (column: string) =>
      `coalesce(${column}->>'en', ${column}->>'fr', ${column}->>'ar', '')`;
    await queryRunner.query(
      `ALTER TABLE "events" ALTER COLUMN "city" TYPE text USING ${oneName('city')}`,
    );
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "venue" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "events" ALTER COLUMN "venue" TYPE text USING ${oneName('venue')}`,
    );
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "venue" SET DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "proposed_institution"`);
  }
}
