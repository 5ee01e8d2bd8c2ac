import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import {
  createInstitutionSchema,
  INSTITUTION_KINDS,
  LANGUAGES,
  updateInstitutionSchema,
  type Institution,
  type InstitutionKind,
  type LocalizedText,
} from '@multaqa/contract';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField } from '../../../components/choice-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormErrorText } from '../../../components/form-error';
import { CountrySelect } from '../../../components/pickers/country-select';
import { InstitutionSelect } from '../../../components/pickers/institution-select';
import { TextField } from '../../../components/text-fields';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { requestResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';
import type { CreateInstitutionBody } from '../api/create-institution';

interface InstitutionFormValues {
  name: Required<LocalizedText>;
  acronym: string;
  kind: InstitutionKind;
  countryCode: string;
  parentId: string | null;
}

function toRequest(values: InstitutionFormValues): CreateInstitutionBody {
  const name: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = values.name[lang].trim();
    if (value) name[lang] = value;
  }
  return {
    name,
    ...(values.acronym.trim() ? { acronym: values.acronym.trim() } : {}),
    kind: values.kind,
    countryCode: values.countryCode,
    parentId: values.parentId || null,
  };
}

/** Create or edit an institution: names per language, acronym, kind, country and parent. */
export function InstitutionForm({
  institution,
  submitLabel,
  onSave,
  onCancel,
}: {
  institution?: Institution;
  submitLabel: string;
  onSave: (body: CreateInstitutionBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const form = useForm<InstitutionFormValues>({
    resolver: requestResolver(
      institution ? updateInstitutionSchema : createInstitutionSchema,
      toRequest,
    ),
    defaultValues: {
      name: { ar: '', en: '', fr: '', ...institution?.name },
      acronym: institution?.acronym ?? '',
      kind: institution?.kind ?? 'ministry',
      countryCode: institution?.countryCode ?? '',
      parentId: institution?.parent?.id ?? null,
    },
    shouldFocusError: false,
  });
  const { control } = form;

  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit((values) => save(() => onSave(toRequest(values))), onInvalid);

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={submitLabel}>
      <Stack gap="sm">
        {saveError && (
          <ErrorAlert
            error={saveError.error}
            details={saveError.details}
            title={t('institutions.saveFailed')}
          />
        )}
        <LocalizedTextFields
          control={control}
          name="name"
          label={(language) => t('institutions.nameIn', { language })}
          maxLength={200}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            control={control}
            name="acronym"
            label={t('institutions.fields.acronym')}
            dir="ltr"
            maxLength={20}
          />
          <NativeSelectField
            control={control}
            name="kind"
            label={t('institutions.fields.kind')}
            data={INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`institutions.kind.${k}`) }))}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="countryCode"
          render={({ field, fieldState }) => (
            <CountrySelect
              ref={field.ref}
              label={t('institutions.fields.country')}
              required
              value={field.value}
              onChange={(code) => field.onChange(code ?? '')}
              onBlur={field.onBlur}
              error={errorText(fieldState.error)}
            />
          )}
        />
        <Controller
          control={control}
          name="parentId"
          render={({ field, fieldState }) => (
            <InstitutionSelect
              ref={field.ref}
              label={t('institutions.fields.parent')}
              placeholder={t('institutions.noParent')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              initial={institution?.parent ?? null}
              exclude={institution?.id}
              error={errorText(fieldState.error)}
            />
          )}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
