import { ActionIcon, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  LANGUAGES,
  QUESTION_KINDS,
  REGISTRATION_MODES,
  registrationFormSchema,
  type RegistrationForm,
} from '@multaqa/contract';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField, SwitchField } from '../../../components/choice-fields';
import { ConfirmRemoveItem } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorText } from '../../../components/form-error';
import { TextField } from '../../../components/text-fields';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { requestResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';
import { directionOf } from '../../../lib/i18n';
import { registrationFormQueryOptions } from '../api/get-registration-form';
import { useSetRegistrationForm, type RegistrationFormBody } from '../api/set-registration-form';

type FormValues = RegistrationForm;

/** The registration form of the event: open or by invitation, approval, and its own questions. */
export function RegistrationFormEditor({ eventId }: { eventId: string }) {
  const query = useQuery(registrationFormQueryOptions(eventId));
  if (query.isPending) return <Skeleton height={200} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Editor eventId={eventId} initial={query.data as FormValues} />;
}

function Editor({ eventId, initial }: { eventId: string; initial: FormValues }) {
  const { t } = useTranslation();
  const save = useSetRegistrationForm(eventId);
  const form = useForm<FormValues>({
    resolver: requestResolver(registrationFormSchema, (values: FormValues) => values),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { control } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions' });
  const [removing, setRemoving] = useState<number | null>(null);

  const { formRef, save: send, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(
    (values) =>
      send(async () => {
        const saved = await save.mutateAsync(values as RegistrationFormBody);
        form.reset(saved as FormValues);
        notifications.show({ color: 'teal', message: t('registrations.form.saved') });
      }),
    onInvalid,
  );

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={t('registrations.form.title')}>
      <Stack gap="md">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        <Group align="flex-end" gap="lg" wrap="wrap">
          <NativeSelectField
            control={control}
            name="mode"
            label={t('registrations.form.mode')}
            data={REGISTRATION_MODES.map((m) => ({
              value: m,
              label: t(`registrations.form.modes.${m}`),
            }))}
          />
          <SwitchField
            control={control}
            name="approvalRequired"
            label={t('registrations.form.approvalRequired')}
            description={t('registrations.form.approvalHint')}
          />
        </Group>
        <Title order={3} size="h4">
          {t('registrations.form.questions')}
        </Title>
        <FormErrorText
          error={
            form.formState.errors.questions?.root ??
            (form.formState.errors.questions?.message ? form.formState.errors.questions : undefined)
          }
        />
        {fields.length === 0 && <Text c="dimmed">{t('registrations.form.noQuestions')}</Text>}
        {fields.map((field, index) => (
          <Card
            key={field.id}
            withBorder
            padding="sm"
            component="fieldset"
            aria-label={t('registrations.form.question', { number: index + 1 })}
          >
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={600}>{t('registrations.form.question', { number: index + 1 })}</Text>
                <Group gap={4}>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={t('registrations.form.moveUp', { number: index + 1 })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={t('registrations.form.moveDown', { number: index + 1 })}
                  >
                    ↓
                  </ActionIcon>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRemoving(index)}
                    aria-label={t('registrations.form.remove', { number: index + 1 })}
                  >
                    {t('actions.remove')}
                  </Button>
                </Group>
              </Group>
              <Group grow align="flex-start" wrap="wrap">
                <TextField
                  control={control}
                  name={`questions.${index}.key`}
                  label={t('registrations.form.key')}
                  description={t('registrations.form.keyHint')}
                  dir="ltr"
                  maxLength={40}
                />
                <NativeSelectField
                  control={control}
                  name={`questions.${index}.kind`}
                  label={t('registrations.form.kind')}
                  data={QUESTION_KINDS.map((k) => ({
                    value: k,
                    label: t(`registrations.form.kinds.${k}`),
                  }))}
                />
              </Group>
              <LocalizedTextFields
                control={control}
                name={`questions.${index}.label`}
                label={(language) => t('registrations.form.labelIn', { language })}
                maxLength={200}
              />
              <SwitchField
                control={control}
                name={`questions.${index}.required`}
                label={t('registrations.form.required')}
              />
              <OptionsEditor control={control} index={index} />
            </Stack>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              append({
                key: `q${fields.length + 1}`,
                kind: 'text',
                label: {},
                required: false,
                options: [],
              })
            }
          >
            {t('registrations.form.addQuestion')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConfirmRemoveItem
        index={removing}
        title={t('registrations.form.removeTitle')}
        message={(number) => t('registrations.form.removeMessage', { number })}
        onRemove={remove}
        onClose={() => setRemoving(null)}
      />
    </form>
  );
}

/** The options of a choice question: a value and its label in each language. */
function OptionsEditor({ control, index }: { control: Control<FormValues>; index: number }) {
  const { t } = useTranslation();
  const kind = useWatch({ control, name: `questions.${index}.kind` });
  const { fields, append, remove } = useFieldArray({ control, name: `questions.${index}.options` });
  if (kind !== 'choice') return null;
  return (
    <Stack gap="xs" ps="md">
      <Text size="sm" fw={600}>
        {t('registrations.form.options')}
      </Text>
      {fields.map((field, o) => (
        <Group key={field.id} align="flex-end" gap="xs" wrap="wrap">
          <TextField
            control={control}
            name={`questions.${index}.options.${o}.value`}
            label={t('registrations.form.optionValue')}
            dir="ltr"
            w={120}
            maxLength={60}
          />
          {LANGUAGES.map((lang) => (
            <TextField
              key={lang}
              control={control}
              name={`questions.${index}.options.${o}.label.${lang}`}
              label={t('registrations.form.labelIn', { language: t(`language.names.${lang}`) })}
              dir={directionOf(lang)}
              lang={lang}
              style={{ flex: 1, minWidth: 120 }}
              maxLength={200}
            />
          ))}
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => remove(o)}
            aria-label={t('registrations.form.removeOption', { number: o + 1 })}
          >
            {t('actions.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => append({ value: `option-${fields.length + 1}`, label: {} })}
        >
          {t('registrations.form.addOption')}
        </Button>
      </Group>
    </Stack>
  );
}
