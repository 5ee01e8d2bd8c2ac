import { z } from 'zod';
import { languageSchema, pageSchema, paginationQuerySchema } from './common.js';
import { singleLineText } from './text.js';

export const EMAIL_STATUSES = ['queued', 'held', 'sent', 'failed'] as const;
export const emailStatusSchema = z.enum(EMAIL_STATUSES).meta({ id: 'EmailStatus' });

export const emailMessageSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    language: languageSchema,
    template: z.string(),
    subject: z.string(),
    text: z.string(),
    status: emailStatusSchema,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'EmailMessage' });
export type EmailMessage = z.infer<typeof emailMessageSchema>;

export const emailMessagesPageSchema = pageSchema(emailMessageSchema).meta({
  id: 'EmailMessagesPage',
});

export const listEmailsQuerySchema = paginationQuerySchema.extend({
  status: emailStatusSchema.optional(),
  q: singleLineText().max(200).optional(),
});

export const confirmEmailSchema = z
  .object({ token: singleLineText().min(10).max(200) })
  .strict()
  .meta({ id: 'ConfirmEmail' });
export const requestPasswordResetSchema = z
  .object({ email: z.email().trim().toLowerCase().max(254) })
  .strict()
  .meta({ id: 'RequestPasswordReset' });
export const resetPasswordSchema = z
  .object({ token: singleLineText().min(10).max(200), password: z.string().min(10).max(200) })
  .strict()
  .meta({ id: 'ResetPassword' });
