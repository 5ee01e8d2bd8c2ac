import { z } from 'zod';
import { languageSchema, paginationQuerySchema, pageSchema, sortOrderSchema } from './common.js';
import { singleLineText } from './text.js';

/** door_staff: people at the venue's door who may only scan badges for the events they are assigned to. */
export const ROLES = ['admin', 'coordinator', 'trainer', 'participant', 'door_staff'] as const;
export const roleSchema = z.enum(ROLES).meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;

export const PASSWORD_MIN_LENGTH = 10;
/**
 * The lowest zxcvbn score (0–4) a new password may have: 3 is "safely unguessable", about
 * 10^8 guesses or more. The API refuses below it; the web shows the same estimate as feedback.
 */
export const MIN_PASSWORD_SCORE = 3;

/** A person's name and email as the words a password of theirs should not be built from. */
export const personalWords = (values: string[]) =>
  values.flatMap((value) =>
    [value, ...value.split(/[\s@.+_-]+/)].map((word) => word.toLowerCase()),
  );

const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

const rolesSchema = z
  .array(roleSchema)
  .min(1, { message: 'validation.roles_required' })
  .refine((roles) => new Set(roles).size === roles.length, { message: 'validation.invalid' });

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    fullName: z.string(),
    roles: z.array(roleSchema),
    preferredLanguage: languageSchema,
    isActive: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const usersPageSchema = pageSchema(userSchema).meta({ id: 'UsersPage' });

export const createUserSchema = z
  .object({
    email: z.email().trim().toLowerCase().max(254),
    fullName: singleLineText().min(2).max(200),
    password: passwordSchema,
    roles: rolesSchema,
    preferredLanguage: languageSchema.default('ar'),
  })
  .strict()
  .meta({ id: 'CreateUser' });
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    fullName: singleLineText().min(2).max(200).optional(),
    password: passwordSchema.optional(),
    roles: rolesSchema.optional(),
    preferredLanguage: languageSchema.optional(),
    isActive: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'UpdateUser' });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const USER_SORT_FIELDS = ['fullName', 'email', 'createdAt'] as const;
export const listUsersQuerySchema = paginationQuerySchema.extend({
  q: singleLineText().max(200).optional(),
  role: roleSchema.optional(),
  sort: z.enum(USER_SORT_FIELDS).default('fullName'),
  order: sortOrderSchema.default('asc'),
});
export type ListUsersQuery = z.input<typeof listUsersQuerySchema>;

/** Roles of the centre's own staff, who plan and teach; participants are never listed with them. */
export const STAFF_ROLES = ['admin', 'coordinator', 'trainer'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES).meta({ id: 'StaffRole' });
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Who a coordinator may name as trainer or speaker: a name and roles, no contact details. */
export const staffMemberSchema = z
  .object({ id: z.uuid(), fullName: z.string(), roles: z.array(roleSchema) })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof staffMemberSchema>;
export const staffListSchema = z.array(staffMemberSchema).meta({ id: 'StaffList' });

export const STAFF_LIST_LIMIT = 500;
/** Who a picker lists: the staff who plan and teach, or the door staff an event is given. */
export const STAFF_PICKER_ROLES = [...STAFF_ROLES, 'door_staff'] as const;
export const staffQuerySchema = z
  .object({
    q: singleLineText().max(200).optional(),
    role: z.enum(STAFF_PICKER_ROLES).optional(),
  })
  .strict();

export const loginSchema = z
  .object({
    email: z.email().trim().toLowerCase().max(254),
    password: z.string().min(1).max(200),
  })
  .strict()
  .meta({ id: 'Login' });
export type LoginInput = z.input<typeof loginSchema>;

export const updateMeSchema = z
  .object({ preferredLanguage: languageSchema })
  .strict()
  .meta({ id: 'UpdateMe' });
