import { Button, Group, Stack } from '@mantine/core';
import { createPackageSchema, type Language } from '@multaqa/contract';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { schemaResolver } from '../../../lib/form';
import { currentLanguage } from '../../../lib/i18n';
import { useSave } from '../../../lib/use-save';
import { LocalizedFields } from './localized-fields';
import { ModulesEditor } from './modules-editor';
import { TitleRepeatWarning } from './title-repeat-warning';
import { formToRequest, type PackageFormValues } from './package-form-values';

type PackageFormOutput = z.output<typeof createPackageSchema>;

interface PackageEditorProps {
  initialValues: PackageFormValues;
  submitLabel: string;
  /** Sends the request; a ProblemError it throws is shown on the form. */
  onSave: (body: ReturnType<typeof formToRequest>) => Promise<void>;
  onCancel: () => void;
  /** When editing: the package's lineage, whose other versions may share its title. */
  lineageId?: string;
}

/** The training package form, for both /packages/new and /packages/$id/edit. */
export function PackageEditor({
  initialValues,
  submitLabel,
  onSave,
  onCancel,
  lineageId,
}: PackageEditorProps) {
  const { t, i18n } = useTranslation();
  const [activeLanguage, setActiveLanguage] = useState<Language>(() => currentLanguage(i18n));
  const form = useForm<PackageFormValues, unknown, PackageFormOutput>({
    resolver: schemaResolver(createPackageSchema),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(
    (values) => save(() => onSave(formToRequest(values))),
    onInvalid,
  );

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={submitLabel}>
      <Stack gap="lg">
        {saveError && (
          <ErrorAlert
            error={saveError.error}
            details={saveError.details}
            title={t('editor.saveFailed')}
          />
        )}
        <LocalizedFields
          titleError={errors.title?.message ? errors.title : undefined}
          control={form.control}
          activeLanguage={activeLanguage}
          onLanguageChange={setActiveLanguage}
        />
        <TitleRepeatWarning control={form.control} lineageId={lineageId} />
        <ModulesEditor control={form.control} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
