import { describe, expect, it } from '@jest/globals';
import type { PackageModuleEntity } from './entities/package-module.entity.js';
import type { TrainingPackageEntity } from './entities/training-package.entity.js';
import { toPackageDto } from './training-package.mapper.js';

const pkg = {
  id: 'p',
  lineageId: 'l',
  version: 1,
  status: 'draft',
  title: { en: 'T' },
  description: {},
  objectives: {},
  targetAudience: {},
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-02T00:00:00Z'),
  publishedAt: null,
  archivedAt: null,
} as unknown as TrainingPackageEntity;

const module = (id: string, position: number, hours: number) =>
  ({ id, position, hours, title: { en: id }, learningOutcomes: {} }) as PackageModuleEntity;

describe('toPackageDto', () => {
  it('orders modules by position and sums hours without float noise', () => {
    const dto = toPackageDto(pkg, [module('b', 2, 0.1), module('a', 1, 0.2), module('c', 3, 7)]);
    expect(dto.modules.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(dto.totalHours).toBe(7.3);
    expect(dto.moduleCount).toBe(3);
    expect(dto.updatedAt).toBe('2026-01-02T00:00:00.000Z');
  });
});
