import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicFormInstitutionAndPlaces1796120000000 implements MigrationInterface {
  name = 'PublicFormInstitutionAndPlaces1796120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" ADD "proposed_institution" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "proposed_institution"`);
  }
}
