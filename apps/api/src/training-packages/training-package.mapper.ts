import type { TrainingPackage, TrainingPackageSummary } from '@multaqa/contract';
import type { PackageModuleEntity } from './entities/package-module.entity.js';
import type { TrainingPackageEntity } from './entities/training-package.entity.js';

/** Hours are kept to one decimal; summing in JS must not leak float noise like 7.300000001. */
const roundHours = (hours: number) => Math.round(hours * 10) / 10;

export function toPackageDto(
  pkg: TrainingPackageEntity,
  modules: PackageModuleEntity[],
): TrainingPackage {
  const ordered = [...modules].sort((a, b) => a.position - b.position);
  return {
    ...summaryFields(pkg),
    totalHours: roundHours(ordered.reduce((sum, m) => sum + m.hours, 0)),
    moduleCount: ordered.length,
    description: pkg.description,
    objectives: pkg.objectives,
    targetAudience: pkg.targetAudience,
    modules: ordered.map((m) => ({
      id: m.id,
      position: m.position,
      title: m.title,
      hours: m.hours,
      learningOutcomes: m.learningOutcomes,
    })),
  };
}

export interface PackageListRow {
  package: TrainingPackageEntity;
  totalHours: number;
  moduleCount: number;
}

export function toPackageSummaryDto(row: PackageListRow): TrainingPackageSummary {
  return {
    ...summaryFields(row.package),
    totalHours: roundHours(row.totalHours),
    moduleCount: row.moduleCount,
  };
}

function summaryFields(pkg: TrainingPackageEntity) {
  return {
    id: pkg.id,
    lineageId: pkg.lineageId,
    version: pkg.version,
    status: pkg.status,
    title: pkg.title,
    createdAt: pkg.createdAt.toISOString(),
    updatedAt: pkg.updatedAt.toISOString(),
    publishedAt: pkg.publishedAt?.toISOString() ?? null,
    archivedAt: pkg.archivedAt?.toISOString() ?? null,
  };
}
