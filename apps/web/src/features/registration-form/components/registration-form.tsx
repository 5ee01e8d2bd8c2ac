import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { LANGUAGES, type Question } from '@multaqa/contract';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField } from '../../../components/native-select-field';
import { ErrorAlert } from '../../../components/error-alert';
import { QuestionField } from '../../../components/question-field';
import { TextField } from '../../../components/text-fields';
import { useCountryOptions } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { ProblemError } from '../../../lib/problem';
import { useSave } from '../../../lib/use-save';
import { randomUuid } from '../../../lib/uuid';
import type { PublicRegistrationBody } from '../api/register';
import {
  emptyRegistrationValues,
  registrationResolver,
  toRegistrationRequest,
  type RegistrationFormValues,
} from './registration-form-values';

const InstitutionPicker = lazy(() => import('./institution-picker'));

interface RegistrationFormProps {
  questions: Question[];
  invitationOnly: boolean;
  /** A code that came with the link (`?code=`). */
  initialCode?: string;
  /** Sends the body; rejects with a ProblemError. The same submissionId is sent on every try. */
  onSubmit: (body: PublicRegistrationBody) => Promise<unknown>;
}

/**
 * The public self-registration form: the person, the event's own questions
 * and an invitation code. One submissionId per form, so a double tap or a retry on a slow link
 * registers once.
 */
export function RegistrationForm({
  questions,
  invitationOnly,
  initialCode,
  onSubmit,
}: RegistrationFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [submissionId] = useState(randomUuid);
  const [pending, setPending] = useState(false);
  const pendingRef = useRef(false);
  const resolver = useMemo(
    () => registrationResolver(questions, invitationOnly),
    [questions, invitationOnly],
  );
  const form = useForm<RegistrationFormValues>({
    resolver,
    // useSave's onInvalid focuses the first invalid field in the page's order.
    shouldFocusError: false,
    defaultValues: emptyRegistrationValues(questions, lang, initialCode),
  });
  const { control } = form;
  const countries = useCountryOptions(lang);
  const nationality = form.watch('nationality');

  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(async (values) => {
    if (pendingRef.current) return;
    pendingRef.current = true;
    setPending(true);
    try {
      await save(() => onSubmit(toRegistrationRequest(values, questions, submissionId)));
    } finally {
      pendingRef.current = false;
      setPending(false);
    }
  }, onInvalid);

  const errorCount = Object.keys(form.formState.errors).length;

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="register-form-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="register-form-title">
          {t('register.formTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('register.requiredHint')}
        </Text>
        <div aria-live="polite" role="status" style={VISUALLY_HIDDEN}>
          {pending
            ? t('register.sending')
            : form.formState.isSubmitted && errorCount > 0
              ? t('register.fixErrors', { count: errorCount })
              : ''}
        </div>
        {saveError && (
          <ErrorAlert
            error={saveError.error}
            details={saveError.details}
            title={t('register.failed')}
          />
        )}

        <TextField
          control={control}
          name="fullNameAr"
          label={t('register.fields.fullNameAr')}
          description={t('register.hints.name')}
          dir="rtl"
          lang="ar"
          autoComplete="name"
          maxLength={200}
        />
        <TextField
          control={control}
          name="fullNameLatin"
          label={t('register.fields.fullNameLatin')}
          dir="ltr"
          lang="en"
          autoComplete="name"
          maxLength={200}
        />
        <NativeSelectField
          control={control}
          name="gender"
          label={t('register.fields.gender')}
          required
          data={[
            { value: '', label: t('register.choose') },
            { value: 'female', label: t('participants.gender.female') },
            { value: 'male', label: t('participants.gender.male') },
          ]}
        />
        <NativeSelectField
          control={control}
          name="nationality"
          label={t('register.fields.nationality')}
          required
          data={[{ value: '', label: t('register.choose') }, ...countries]}
        />
        {nationality && (
          <>
            <Suspense fallback={<Skeleton height={60} />}>
              <InstitutionPicker control={control} country={nationality} />
            </Suspense>
            <TextField
              control={control}
              name="proposedInstitution"
              label={t('register.fields.proposedInstitution')}
              description={t('register.hints.proposedInstitution')}
              autoComplete="organization"
              maxLength={200}
            />
          </>
        )}
        <TextField
          control={control}
          name="position"
          label={t('register.fields.position')}
          autoComplete="organization-title"
          maxLength={200}
        />
        <TextField
          control={control}
          name="email"
          label={t('register.fields.email')}
          description={t('register.hints.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          dir="ltr"
          required
          maxLength={254}
        />
        <TextField
          control={control}
          name="phone"
          label={t('register.fields.phone')}
          description={t('register.hints.phone')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          dir="ltr"
          maxLength={30}
        />
        <NativeSelectField
          control={control}
          name="preferredLanguage"
          label={t('register.fields.preferredLanguage')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
        />

        {questions.length > 0 && (
          <Title order={2} size="h4" mt="sm">
            {t('register.questionsTitle')}
          </Title>
        )}
        {questions.map((q) => (
          <QuestionField
            key={q.key}
            question={q}
            control={form.control}
            name={`answers.${q.key}`}
          />
        ))}

        <TextField
          control={control}
          name="invitationCode"
          label={t('register.fields.invitationCode')}
          description={
            invitationOnly ? t('register.hints.codeRequired') : t('register.hints.codeOptional')
          }
          required={invitationOnly}
          dir="ltr"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />

        {saveError && isAlreadyRegistered(saveError.error) && (
          <Alert variant="light" color="blue">
            {t('register.alreadyRegisteredHint')}
          </Alert>
        )}

        <Button type="submit" size="md" fullWidth loading={pending} disabled={pending}>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

function isAlreadyRegistered(error: unknown) {
  return error instanceof ProblemError && error.code === 'already_registered';
}
