import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { walkInSchema, type Gender, type Language } from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PersonIdentityFields, type PersonIdentityValues } from '../../../components/person-fields';
import { TextField } from '../../../components/text-fields';
import { requestResolver } from '../../../lib/form';
import { currentLanguage } from '../../../lib/i18n';
import { useSave } from '../../../lib/use-save';
import type { WalkInBody } from '../api/create-walk-in';

interface WalkInValues extends PersonIdentityValues {
  email: string;
  phone: string;
}

function toRequest(
  values: WalkInValues,
  sessionId: string,
  preferredLanguage: Language,
): WalkInBody {
  return {
    fullNameAr: values.fullNameAr,
    fullNameLatin: values.fullNameLatin,
    gender: (values.gender || undefined) as Gender,
    nationality: values.nationality,
    institutionId: values.institutionId || null,
    position: '',
    email: values.email.trim() === '' ? null : values.email,
    phone: values.phone.trim() === '' ? null : values.phone,
    preferredLanguage,
    sessionId,
  };
}

/**
 * Someone at the door who is not on the roster: a name in either script, gender and
 * nationality, the rest optional. A known email links the person already in the registry.
 */
export function WalkInForm({
  sessionId,
  onSave,
  onCancel,
}: {
  sessionId: string;
  onSave: (body: WalkInBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const form = useForm<WalkInValues>({
    resolver: requestResolver(walkInSchema, (values: WalkInValues) =>
      toRequest(values, sessionId, lang),
    ),
    defaultValues: {
      fullNameAr: '',
      fullNameLatin: '',
      gender: '',
      nationality: '',
      institutionId: null,
      email: '',
      phone: '',
    },
    shouldFocusError: false,
  });
  const { control } = form;
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(
    (values) => save(() => onSave(toRequest(values, sessionId, lang))),
    onInvalid,
  );

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={t('attendance.walkIn.title')}>
      <Stack gap="sm">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        <Text size="sm" c="dimmed">
          {t('attendance.walkIn.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PersonIdentityFields control={control} institution={null} autoFocus />
          <TextField
            control={control}
            name="phone"
            label={t('register.fields.phone')}
            type="tel"
            dir="ltr"
            maxLength={30}
          />
          <TextField
            control={control}
            name="email"
            label={t('register.fields.email')}
            description={t('attendance.walkIn.emailHint')}
            type="email"
            dir="ltr"
            maxLength={254}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('attendance.walkIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
