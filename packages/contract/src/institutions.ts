import { z } from 'zod';
import {
  localizedTextSchema,
  localizedTitleSchema,
  pageSchema,
  paginationQuerySchema,
  sortOrderSchema,
} from './common.js';
import { singleLineText } from './text.js';

/** ISO 3166-1 alpha-2. The API checks the code against the ISO list. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'validation.country_code' })
  .meta({ id: 'CountryCode' });

export const countrySchema = z
  .object({ code: z.string(), name: localizedTextSchema })
  .meta({ id: 'Country' });
export type Country = z.infer<typeof countrySchema>;
export const countriesSchema = z.array(countrySchema).meta({ id: 'Countries' });

export const INSTITUTION_KINDS = [
  'ministry',
  'agency',
  'university',
  'ngo',
  'international_organization',
  'other',
] as const;
export const institutionKindSchema = z.enum(INSTITUTION_KINDS).meta({ id: 'InstitutionKind' });
export type InstitutionKind = z.infer<typeof institutionKindSchema>;

export const createInstitutionSchema = z
  .object({
    name: localizedTitleSchema,
    acronym: singleLineText().max(20).optional(),
    kind: institutionKindSchema,
    countryCode: countryCodeSchema,
    parentId: z.uuid().nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateInstitution' });
export type CreateInstitutionInput = z.input<typeof createInstitutionSchema>;

export const updateInstitutionSchema = createInstitutionSchema
  .partial()
  .strict()
  .meta({ id: 'UpdateInstitution' });
export type UpdateInstitutionInput = z.input<typeof updateInstitutionSchema>;

export const institutionRefSchema = z
  .object({ id: z.uuid(), name: localizedTextSchema, countryCode: z.string() })
  .meta({ id: 'InstitutionRef' });
export type InstitutionRef = z.infer<typeof institutionRefSchema>;

export const institutionSchema = z
  .object({
    id: z.uuid(),
    name: localizedTextSchema,
    acronym: z.string().nullable(),
    kind: institutionKindSchema,
    countryCode: z.string(),
    parent: institutionRefSchema.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Institution' });
export type Institution = z.infer<typeof institutionSchema>;

export const institutionsPageSchema = pageSchema(institutionSchema).meta({
  id: 'InstitutionsPage',
});

export const INSTITUTION_SORT_FIELDS = ['name', 'countryCode', 'createdAt'] as const;
export const listInstitutionsQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
  countryCode: countryCodeSchema.optional(),
  kind: institutionKindSchema.optional(),
  sort: z.enum(INSTITUTION_SORT_FIELDS).default('name'),
  order: sortOrderSchema.default('asc'),
});
export type ListInstitutionsQuery = z.input<typeof listInstitutionsQuerySchema>;

/**
 * What the public registration form offers: institutions of one country, nothing else about
 * them. `parentId` lets the form group ministries' departments under their ministry.
 */
export const publicInstitutionSchema = z
  .object({
    id: z.uuid(),
    name: localizedTextSchema,
    parentId: z.uuid().nullable(),
    countryCode: z.string(),
  })
  .meta({ id: 'PublicInstitution' });
export type PublicInstitution = z.infer<typeof publicInstitutionSchema>;
export const publicInstitutionsSchema = z
  .array(publicInstitutionSchema)
  .meta({ id: 'PublicInstitutions' });

export const listPublicInstitutionsQuerySchema = z.object({
  country: countryCodeSchema,
  q: singleLineText().max(200).optional(),
});
