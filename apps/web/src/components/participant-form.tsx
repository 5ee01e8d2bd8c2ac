import { Alert, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  LANGUAGES,
  createParticipantSchema,
  pickLocalized,
  updateParticipantSchema,
  type DuplicateCandidate,
  type Gender,
  type Language,
  type Participant,
} from '@multaqa/contract';
import type { components } from '@multaqa/contract/openapi';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { requestResolver } from '../lib/form';
import { useSave } from '../lib/use-save';
import { formatCountry } from '../lib/format';
import { currentLanguage } from '../lib/i18n';
import { ProblemError } from '../lib/problem';
import { NativeSelectField } from './choice-fields';
import { ErrorAlert } from './error-alert';
import { PersonIdentityFields, type PersonIdentityValues } from './person-fields';
import { TextField } from './text-fields';
import { nameFor } from '../lib/person-names';

export type ParticipantBody = components['schemas']['CreateParticipant'];

interface ParticipantFormValues extends PersonIdentityValues {
  position: string;
  email: string;
  phone: string;
  preferredLanguage: Language;
}

function toRequest(values: ParticipantFormValues, allowDuplicate: boolean): ParticipantBody {
  return {
    fullNameAr: values.fullNameAr,
    fullNameLatin: values.fullNameLatin,
    gender: (values.gender || undefined) as Gender,
    nationality:
      values.nationality.trim() === '' ? (undefined as unknown as string) : values.nationality,
    institutionId: values.institutionId || null,
    position: values.position,
    email: values.email.trim() === '' ? null : values.email,
    phone: values.phone.trim() === '' ? null : values.phone,
    preferredLanguage: values.preferredLanguage,
    allowDuplicate,
  };
}

const REASONS_SEPARATOR = '، ';

/** The people a new or changed participant probably is, with why, and what to do about it. */
export function DuplicateList({
  duplicates,
  onOpen,
  onUse,
}: {
  duplicates: DuplicateCandidate[];
  onOpen?: (participant: Participant) => void;
  onUse?: (participant: Participant) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <List spacing="xs" size="sm">
      {duplicates.map(({ participant: p, reasons }, index) => {
        const reasonList = reasons
          .map((r) => t(`participants.duplicates.reasons.${r}`))
          .join(lang === 'ar' ? REASONS_SEPARATOR : ', ');
        if (!p)
          return (
            <List.Item key={`elsewhere-${index}`}>
              <Text span size="sm">
                {t('access.heldElsewhere', { reasons: reasonList })}
              </Text>
            </List.Item>
          );
        const name = nameFor(p, lang);
        return (
          <List.Item key={p.id}>
            <Group gap="xs" wrap="wrap">
              <Text span fw={600}>
                {name}
              </Text>
              <Text span size="xs" c="dimmed">
                {[
                  p.institution ? pickLocalized(p.institution.name, lang) : null,
                  formatCountry(p.nationality, lang),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text span size="xs">
                {t('participants.duplicates.sameAs', { reasons: reasonList })}
              </Text>
              {onOpen && (
                <Button size="compact-xs" variant="light" onClick={() => onOpen(p)}>
                  {t('participants.duplicates.open')}
                </Button>
              )}
              {onUse && (
                <Button size="compact-xs" variant="light" onClick={() => onUse(p)}>
                  {t('participants.duplicates.use')}
                </Button>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

/**
 * Create or edit a participant. A 409 participant_duplicates shows the likely duplicates with
 * their reasons; "Save anyway" sends again with allowDuplicate.
 */
export function ParticipantForm({
  participant,
  submitLabel,
  onSave,
  onCancel,
  onOpenDuplicate,
  onUseDuplicate,
}: {
  participant?: Participant;
  submitLabel: string;
  onSave: (body: ParticipantBody) => Promise<void>;
  onCancel: () => void;
  onOpenDuplicate?: (participant: Participant) => void;
  onUseDuplicate?: (participant: Participant) => void;
}) {
  const { t, i18n } = useTranslation();
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const form = useForm<ParticipantFormValues>({
    resolver: requestResolver(
      participant ? updateParticipantSchema : createParticipantSchema,
      (values: ParticipantFormValues) => {
        const body = toRequest(values, false);
        if (!participant) return body;
        const { allowDuplicate: _ignored, ...update } = body;
        return update;
      },
    ),
    defaultValues: {
      fullNameAr: participant?.fullNameAr ?? '',
      fullNameLatin: participant?.fullNameLatin ?? '',
      gender: participant?.gender ?? '',
      nationality: participant?.nationality ?? '',
      institutionId: participant?.institution?.id ?? null,
      position: participant?.position ?? '',
      email: participant?.email ?? '',
      phone: participant?.phone ?? '',
      preferredLanguage: participant?.preferredLanguage ?? currentLanguage(i18n),
    },
  });
  const { control } = form;
  const { save: send, saveError } = useSave(form);

  /** Likely duplicates are shown to choose from; any other error goes to useSave. */
  const save = (values: ParticipantFormValues, allowDuplicate: boolean) =>
    send(async () => {
      try {
        await onSave(toRequest(values, allowDuplicate));
        setDuplicates([]);
      } catch (error) {
        if (!(error instanceof ProblemError && error.code === 'participant_duplicates'))
          throw error;
        setDuplicates(error.duplicates);
      }
    });

  return (
    <form noValidate onSubmit={form.handleSubmit((v) => save(v, false))} aria-label={submitLabel}>
      <Stack gap="sm">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        {duplicates.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            title={t('participants.duplicates.title')}
            role="alert"
          >
            <Stack gap="xs">
              <Text size="sm">{t('participants.duplicates.intro')}</Text>
              <DuplicateList
                duplicates={duplicates}
                onOpen={onOpenDuplicate}
                onUse={onUseDuplicate}
              />
              <Group>
                <Button
                  size="xs"
                  variant="outline"
                  color="yellow"
                  onClick={() => void form.handleSubmit((v) => save(v, true))()}
                  loading={form.formState.isSubmitting}
                >
                  {t('participants.duplicates.saveAnyway')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonIdentityFields control={control} institution={participant?.institution ?? null} />
          <TextField
            control={control}
            name="position"
            label={t('register.fields.position')}
            maxLength={200}
          />
          <TextField
            control={control}
            name="email"
            label={t('register.fields.email')}
            type="email"
            dir="ltr"
            maxLength={254}
          />
          <TextField
            control={control}
            name="phone"
            label={t('register.fields.phone')}
            description={t('register.hints.phone')}
            type="tel"
            dir="ltr"
            maxLength={30}
          />
          <NativeSelectField
            control={control}
            name="preferredLanguage"
            label={t('register.fields.preferredLanguage')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
