import { Button, Group, Stack } from '@mantine/core';
import { createUserSchema, LANGUAGES, ROLES, updateUserSchema, type User } from '@multaqa/contract';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { PasswordStrength } from '../../../components/password-strength';
import {
  CheckboxGroupField,
  NativeSelectField,
  SwitchField,
} from '../../../components/choice-fields';
import { PasswordField, TextField } from '../../../components/text-fields';
import { schemaResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';
import type { CreateUserBody } from '../api/create-user';
import type { UpdateUserBody } from '../api/update-user';

function useOptions() {
  const { t } = useTranslation();
  return {
    roles: ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    languages: LANGUAGES.map((lang) => ({ value: lang, label: t(`language.names.${lang}`) })),
  };
}

function FormButtons({ onCancel, loading }: { onCancel: () => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {t('actions.save')}
      </Button>
    </Group>
  );
}

export function CreateUserForm({
  onSave,
  onCancel,
}: {
  onSave: (body: CreateUserBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const options = useOptions();
  const form = useForm<
    z.input<typeof createUserSchema>,
    unknown,
    z.output<typeof createUserSchema>
  >({
    resolver: schemaResolver(createUserSchema),
    shouldFocusError: false,
    defaultValues: { email: '', fullName: '', password: '', roles: [], preferredLanguage: 'ar' },
  });

  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit((values) => save(() => onSave(values)), onInvalid);
  const [password, fullName, email] = useWatch({
    control: form.control,
    name: ['password', 'fullName', 'email'],
  });

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={t('users.create')}>
      <Stack gap="sm">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        <TextField
          control={form.control}
          name="fullName"
          label={t('users.fields.fullName')}
          required
        />
        <TextField
          control={form.control}
          name="email"
          label={t('users.fields.email')}
          type="email"
          dir="ltr"
          autoComplete="off"
          required
        />
        <PasswordField
          control={form.control}
          name="password"
          label={t('users.fields.password')}
          description={t('users.fields.passwordHint')}
          autoComplete="new-password"
          required
        />
        <PasswordStrength password={password ?? ''} personal={[fullName ?? '', email ?? '']} />
        <CheckboxGroupField
          control={form.control}
          name="roles"
          label={t('users.fields.roles')}
          options={options.roles}
          required
        />
        <NativeSelectField
          control={form.control}
          name="preferredLanguage"
          label={t('users.fields.language')}
          data={options.languages}
        />
        <FormButtons onCancel={onCancel} loading={form.formState.isSubmitting} />
      </Stack>
    </form>
  );
}

export function EditUserForm({
  user,
  onSave,
  onCancel,
}: {
  user: User;
  onSave: (body: UpdateUserBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const options = useOptions();
  const form = useForm<
    z.input<typeof updateUserSchema>,
    unknown,
    z.output<typeof updateUserSchema>
  >({
    resolver: schemaResolver(updateUserSchema),
    shouldFocusError: false,
    defaultValues: {
      fullName: user.fullName,
      roles: user.roles,
      preferredLanguage: user.preferredLanguage,
      isActive: user.isActive,
    },
  });

  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit((values) => save(() => onSave(values)), onInvalid);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label={t('users.edit', { name: user.fullName })}
    >
      <Stack gap="sm">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        <TextField
          control={form.control}
          name="fullName"
          label={t('users.fields.fullName')}
          required
        />
        <CheckboxGroupField
          control={form.control}
          name="roles"
          label={t('users.fields.roles')}
          options={options.roles}
          required
        />
        <NativeSelectField
          control={form.control}
          name="preferredLanguage"
          label={t('users.fields.language')}
          data={options.languages}
        />
        <SwitchField control={form.control} name="isActive" label={t('users.fields.active')} />
        <FormButtons onCancel={onCancel} loading={form.formState.isSubmitting} />
      </Stack>
    </form>
  );
}
