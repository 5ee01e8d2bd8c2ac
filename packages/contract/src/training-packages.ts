import { z } from 'zod';
import {
  localizedTextSchema,
  localizedTitleSchema,
  pageSchema,
  paginationQuerySchema,
  sortOrderSchema,
} from './common.js';
import { singleLineText } from './text.js';

export const PACKAGE_STATUSES = ['draft', 'published', 'archived'] as const;
export const packageStatusSchema = z.enum(PACKAGE_STATUSES).meta({ id: 'PackageStatus' });
export type PackageStatus = z.infer<typeof packageStatusSchema>;

export const MAX_MODULE_HOURS = 200;

export const packageModuleInputSchema = z
  .object({
    title: localizedTitleSchema,
    hours: z.number().positive().max(MAX_MODULE_HOURS).multipleOf(0.5),
    learningOutcomes: localizedTextSchema.default({}),
  })
  .strict()
  .meta({ id: 'PackageModuleInput' });
export type PackageModuleInput = z.input<typeof packageModuleInputSchema>;

const packageFields = {
  title: localizedTitleSchema,
  description: localizedTextSchema.default({}),
  objectives: localizedTextSchema.default({}),
  targetAudience: localizedTextSchema.default({}),
  modules: z.array(packageModuleInputSchema).max(50).default([]),
};

export const createPackageSchema = z
  .object(packageFields)
  .strict()
  .meta({ id: 'CreateTrainingPackage' });
export type CreatePackageInput = z.input<typeof createPackageSchema>;

/** Every field optional; `modules`, when given, replaces the whole list in its order. */
export const updatePackageSchema = z
  .object({
    title: packageFields.title.optional(),
    description: localizedTextSchema.optional(),
    objectives: localizedTextSchema.optional(),
    targetAudience: localizedTextSchema.optional(),
    modules: z.array(packageModuleInputSchema).max(50).optional(),
  })
  .strict()
  .meta({ id: 'UpdateTrainingPackage' });
export type UpdatePackageInput = z.input<typeof updatePackageSchema>;

export const reorderModulesSchema = z
  .object({
    moduleIds: z
      .array(z.uuid())
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, {
        message: 'validation.duplicate_module_ids',
      }),
  })
  .strict()
  .meta({ id: 'ReorderModules' });

export const packageModuleSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    title: localizedTextSchema,
    hours: z.number(),
    learningOutcomes: localizedTextSchema,
  })
  .meta({ id: 'PackageModule' });

const packageSummaryFields = {
  id: z.uuid(),
  lineageId: z.uuid(),
  version: z.number().int(),
  status: packageStatusSchema,
  title: localizedTextSchema,
  totalHours: z.number(),
  moduleCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  archivedAt: z.iso.datetime().nullable(),
};

export const trainingPackageSummarySchema = z
  .object(packageSummaryFields)
  .meta({ id: 'TrainingPackageSummary' });
export type TrainingPackageSummary = z.infer<typeof trainingPackageSummarySchema>;

export const trainingPackageSchema = z
  .object({
    ...packageSummaryFields,
    description: localizedTextSchema,
    objectives: localizedTextSchema,
    targetAudience: localizedTextSchema,
    modules: z.array(packageModuleSchema),
  })
  .meta({ id: 'TrainingPackage' });
export type TrainingPackage = z.infer<typeof trainingPackageSchema>;

export const trainingPackagesPageSchema = pageSchema(trainingPackageSummarySchema).meta({
  id: 'TrainingPackagesPage',
});

export const PACKAGE_SORT_FIELDS = ['updatedAt', 'createdAt', 'title', 'totalHours'] as const;
export const listPackagesQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
  status: packageStatusSchema.optional(),
  sort: z.enum(PACKAGE_SORT_FIELDS).default('updatedAt'),
  order: sortOrderSchema.default('desc'),
});
export type ListPackagesQuery = z.input<typeof listPackagesQuerySchema>;
