import { createPackageSchema, createParticipantSchema, loginSchema } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestI18n } from '../test/i18n';
import { decodeMessage, issueToFormMessage, schemaResolver, translateFormMessage } from './form';

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as const;

describe('form helpers', () => {
  it('maps a zod issue to a translated message with its parameters', () => {
    const result = createPackageSchema.safeParse({
      title: { en: 'x'.repeat(201) },
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'title.en')!;
    const message = issueToFormMessage(issue);
    expect(decodeMessage(message)).toEqual({
      key: 'validation.too_long',
      params: { maximum: 200 },
    });

    const i18n = createTestI18n('en');
    expect(translateFormMessage(i18n.t, message)).toBe('Enter at most 200 characters.');
    void i18n.changeLanguage('fr');
    expect(translateFormMessage(i18n.t, message)).toBe('Saisissez au plus 200 caractères.');
  });

  it('calls an option left unchosen "required", and a wrong one "choose one of"', async () => {
    const resolver = schemaResolver(createParticipantSchema);
    // What a form holds before it is complete: not yet the schema's input type.
    const asInput = (values: object) => values as z.input<typeof createParticipantSchema>;
    const i18n = createTestI18n('en');
    const missing = await resolver(
      asInput({ fullNameLatin: 'Amina Yusuf', nationality: 'SO' }),
      undefined,
      resolverOptions,
    );
    expect(translateFormMessage(i18n.t, missing.errors.gender?.message)).toBe(
      'This field is required.',
    );
    const wrong = await resolver(
      asInput({ fullNameLatin: 'Amina Yusuf', nationality: 'SO', gender: 'dragon' }),
      undefined,
      resolverOptions,
    );
    expect(decodeMessage(wrong.errors.gender?.message)?.key).toBe('validation.invalid_choice');
  });

  it('resolver puts encoded keys on the fields, translated at render time', async () => {
    const resolver = schemaResolver(loginSchema);
    const { errors } = await resolver(
      { email: 'not-an-email', password: '' },
      undefined,
      resolverOptions,
    );
    const i18n = createTestI18n('ar');
    expect(translateFormMessage(i18n.t, errors.email?.message)).toBe(
      'أدخل بريدًا إلكترونيًا صالحًا، مثل name@example.org.',
    );
    expect(translateFormMessage(i18n.t, errors.password?.message)).toBe('هذا الحقل مطلوب.');
  });

  it('keeps the bare key of a refinement message (a title in no language)', async () => {
    const resolver = schemaResolver(createPackageSchema);
    const { errors } = await resolver(
      { title: { ar: '', en: '  ', fr: '' } },
      undefined,
      resolverOptions,
    );
    const i18n = createTestI18n('en');
    expect(translateFormMessage(i18n.t, errors.title?.message)).toBe(
      'Fill in at least one language (Arabic, English or French).',
    );
  });

  it('shows a server message (already translated) as it is', () => {
    const i18n = createTestI18n('en');
    expect(translateFormMessage(i18n.t, 'Cette adresse est déjà utilisée.')).toBe(
      'Cette adresse est déjà utilisée.',
    );
  });
});
