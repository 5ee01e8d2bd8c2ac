import { LANGUAGES, pickLocalized, type Question } from '@multaqa/contract';
import { memo, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PublicRegistrationBody } from '../../features/registration-form/api/register';
import {
  emptyRegistrationValues,
  toRegistrationRequest,
  type RegistrationFormValues,
} from '../../features/registration-form/components/registration-request';
import { countriesQueryOptions } from '../../lib/countries';
import { currentLanguage } from '../../lib/i18n';
import { ProblemError } from '../../lib/problem';
import { useSave } from '../../lib/use-save';
import { randomUuid } from '../../lib/uuid';
import { useData } from '../data';
import { ErrorAlert } from '../ui';
import { SelectField, TextField } from './fields';
import { InstitutionCombobox } from './institution-combobox';
import { registrationResolver } from './validate';

/**
 * The public self-registration form: the person, the event's own questions and an invitation
 * code. One submissionId per form, so a double tap or a retry on a slow link registers once.
 * Memoized: the page around it re-renders as the event's title arrives, which a phone should
 * not pay for with the whole form (its country list has ~250 options).
 */
export const RegistrationForm = memo(function RegistrationForm({
  questions,
  invitationOnly,
  initialCode,
  onSubmit,
}: {
  questions: Question[];
  invitationOnly: boolean;
  /** A code that came with the link (`?code=`). */
  initialCode?: string;
  /** Sends the body; rejects with a ProblemError. The same submissionId is sent on every try. */
  onSubmit: (body: PublicRegistrationBody) => Promise<unknown>;
}) {
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
  const countryList = useData(countriesQueryOptions).data;
  // Every country, named in the reader's language and sorted the way its readers sort.
  const countries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return (countryList ?? [])
      .map((country) => ({ value: country.code, label: pickLocalized(country.name, lang) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [countryList, lang]);
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
  const choose = { value: '', label: t('register.choose') };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-labelledby="register-form-title"
      className="stack"
    >
      <h2 id="register-form-title">{t('register.formTitle')}</h2>
      <p className="small dimmed">{t('register.requiredHint')}</p>
      <div aria-live="polite" role="status" className="visually-hidden">
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
        form={form}
        name="fullNameAr"
        label={t('register.fields.fullNameAr')}
        description={t('register.hints.name')}
        dir="rtl"
        lang="ar"
        autoComplete="name"
        maxLength={200}
      />
      <TextField
        form={form}
        name="fullNameLatin"
        label={t('register.fields.fullNameLatin')}
        dir="ltr"
        lang="en"
        autoComplete="name"
        maxLength={200}
      />
      <SelectField
        form={form}
        name="gender"
        label={t('register.fields.gender')}
        required
        options={[
          choose,
          { value: 'female', label: t('participants.gender.female') },
          { value: 'male', label: t('participants.gender.male') },
        ]}
      />
      <SelectField
        form={form}
        name="nationality"
        label={t('register.fields.nationality')}
        required
        options={[choose, ...countries]}
      />
      {nationality && (
        <>
          <InstitutionCombobox form={form} country={nationality} />
          <TextField
            form={form}
            name="proposedInstitution"
            label={t('register.fields.proposedInstitution')}
            description={t('register.hints.proposedInstitution')}
            autoComplete="organization"
            maxLength={200}
          />
        </>
      )}
      <TextField
        form={form}
        name="position"
        label={t('register.fields.position')}
        autoComplete="organization-title"
        maxLength={200}
      />
      <TextField
        form={form}
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
        form={form}
        name="phone"
        label={t('register.fields.phone')}
        description={t('register.hints.phone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        dir="ltr"
        maxLength={30}
      />
      <SelectField
        form={form}
        name="preferredLanguage"
        label={t('register.fields.preferredLanguage')}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
      />

      {questions.length > 0 && <h3>{t('register.questionsTitle')}</h3>}
      {questions.map((q) => {
        const label = pickLocalized(q.label, lang) || q.key;
        const name = `answers.${q.key}` as const;
        return q.kind === 'choice' || q.kind === 'yes_no' ? (
          <SelectField
            key={q.key}
            form={form}
            name={name}
            label={label}
            required={q.required}
            options={[
              choose,
              ...(q.kind === 'yes_no'
                ? [
                    { value: 'yes', label: t('register.yes') },
                    { value: 'no', label: t('register.no') },
                  ]
                : q.options.map((o) => ({
                    value: o.value,
                    label: pickLocalized(o.label, lang) || o.value,
                  }))),
            ]}
          />
        ) : (
          <TextField
            key={q.key}
            form={form}
            name={name}
            label={label}
            required={q.required}
            type={q.kind === 'date' ? 'date' : 'text'}
            maxLength={q.kind === 'text' ? 2000 : undefined}
          />
        );
      })}

      <TextField
        form={form}
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
        <div className="alert alert-blue">{t('register.alreadyRegisteredHint')}</div>
      )}

      <button type="submit" className="button" disabled={pending} aria-busy={pending || undefined}>
        {t('register.submit')}
      </button>
    </form>
  );
});

function isAlreadyRegistered(error: unknown) {
  return error instanceof ProblemError && error.code === 'already_registered';
}
