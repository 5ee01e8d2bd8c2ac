import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { createSessionSchema, pickLocalized, SESSION_TYPES, type Event } from '@multaqa/contract';
import { useState } from 'react';
import {
  Controller,
  useFieldArray,
  useForm,
  type FieldErrors,
  type Resolver,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField } from '../../../components/choice-fields';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { FormErrorText, useFormErrorText } from '../../../components/form-error';
import { UserMultiSelect } from '../../../components/pickers/user-multi-select';
import { TextField } from '../../../components/text-fields';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { formatDayHeading } from '../../../lib/format';
import { requestResolver } from '../../../lib/form';
import { currentLanguage } from '../../../lib/i18n';
import { ProblemError } from '../../../lib/problem';
import { useSave } from '../../../lib/use-save';
import type { CreateSessionBody } from '../api/create-session';
import { SessionConflictsChoice } from './session-conflicts';
import { formToSessionInput, type SessionFormValues } from './session-form-values';

/**
 * The request is checked with the contract's createSessionSchema. Outside speakers come first in
 * the request, so an error on `speakers.N` belongs to `externalSpeakers.N`.
 */
const checkRequest = requestResolver(createSessionSchema, (values: SessionFormValues) =>
  formToSessionInput(values),
);
const sessionResolver: Resolver<SessionFormValues> = async (values, context, options) => {
  const result = await checkRequest(values, context, options);
  const errors = result.errors as FieldErrors<SessionFormValues> & { speakers?: unknown };
  if (errors.speakers) {
    errors.externalSpeakers = errors.speakers as FieldErrors<SessionFormValues>['externalSpeakers'];
    delete errors.speakers;
  }
  return result;
};

export interface SessionFormProps {
  event: Pick<Event, 'kind' | 'timeZone' | 'coverage'>;
  /** The event's days, for the date choice. */
  days: string[];
  initialValues: SessionFormValues;
  /** Speakers who are users, by id, to name them (from the session being edited). */
  knownSpeakers?: { id: string; fullName: string }[];
  submitLabel: string;
  /** Sends the request; a ProblemError it throws is shown on the form (conflicts included). */
  onSave: (body: CreateSessionBody) => Promise<void>;
  onCancel: () => void;
  /** Present when editing: deletes the session (after confirming). */
  onDelete?: () => Promise<void>;
}

export function SessionForm({
  event,
  days,
  initialValues,
  knownSpeakers = [],
  submitLabel,
  onSave,
  onCancel,
  onDelete,
}: SessionFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const errorText = useFormErrorText();
  const [conflict, setConflict] = useState<{ error: ProblemError; body: CreateSessionBody } | null>(
    null,
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const form = useForm<SessionFormValues>({
    resolver: sessionResolver,
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { formRef, save, saveError, setSaveError, onInvalid } = useSave(form);
  const { control } = form;
  const external = useFieldArray({ control, name: 'externalSpeakers' });
  const { errors, isSubmitting } = form.formState;

  /** A clash with other bookings is offered to save anyway; any other error goes to useSave. */
  const send = (body: CreateSessionBody) => {
    setConflict(null);
    return save(async () => {
      try {
        await onSave(body);
      } catch (error) {
        if (!(error instanceof ProblemError && error.code === 'session_conflict')) throw error;
        setConflict({ error, body });
      }
    });
  };

  const submit = form.handleSubmit((values) => send(formToSessionInput(values)), onInvalid);

  const dayOptions = (days.includes(initialValues.date) ? days : [initialValues.date, ...days]).map(
    (date) => ({ value: date, label: formatDayHeading(date, lang) }),
  );
  const moduleOptions = [
    { value: '', label: t('events.sessions.noModule') },
    ...event.coverage.map((m) => ({
      value: m.moduleId,
      label: pickLocalized(m.title, lang) || t('events.untitled'),
    })),
  ];

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={submitLabel}>
      <Stack gap="md">
        {saveError && (
          <ErrorAlert
            error={saveError.error}
            details={saveError.details}
            title={t('events.sessions.saveFailed')}
          />
        )}
        {conflict && (
          <SessionConflictsChoice
            error={conflict.error}
            timeZone={event.timeZone}
            overrideLabel={t('events.conflicts.saveAnyway')}
            onOverride={() => send({ ...conflict.body, allowConflicts: true })}
          />
        )}

        <LocalizedTextFields
          control={control}
          name="title"
          label={(language) =>
            t('events.form.inLanguage', { field: t('events.sessions.fields.title'), language })
          }
          maxLength={200}
          cols={{ base: 1, sm: 3 }}
        />

        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelectField
            control={control}
            name="date"
            label={t('events.sessions.fields.date')}
            data={dayOptions}
          />
          <TextField
            control={control}
            name="startTime"
            type="time"
            label={t('events.sessions.fields.startTime')}
            required
          />
          <TextField
            control={control}
            name="endTime"
            type="time"
            label={t('events.sessions.fields.endTime')}
            required
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('events.sessions.zoneHint', { zone: event.timeZone })}
        </Text>

        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelectField
            control={control}
            name="type"
            label={t('events.sessions.fields.type')}
            data={SESSION_TYPES.map((type) => ({
              value: type,
              label: t(`events.sessionType.${type}`),
            }))}
          />
          <TextField
            control={control}
            name="room"
            label={t('events.sessions.fields.room')}
            maxLength={100}
          />
          <TextField
            control={control}
            name="track"
            label={t('events.sessions.fields.track')}
            maxLength={100}
          />
        </SimpleGrid>

        {event.kind === 'training' && (
          <NativeSelectField
            control={control}
            name="moduleId"
            label={t('events.sessions.fields.module')}
            data={moduleOptions}
          />
        )}

        <Fieldset legend={t('events.sessions.fields.speakers')}>
          <Stack gap="sm">
            <Controller
              control={control}
              name="speakerUserIds"
              render={({ field, fieldState }) => (
                <UserMultiSelect
                  ref={field.ref}
                  label={t('events.sessions.userSpeakers')}
                  roles={['trainer', 'coordinator', 'admin']}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  initial={knownSpeakers}
                  error={errorText(fieldState.error)}
                />
              )}
            />
            {external.fields.map((item, index) => (
              <Group key={item.id} align="flex-end" gap="xs" wrap="nowrap">
                <TextField
                  control={control}
                  name={`externalSpeakers.${index}.name`}
                  label={t('events.sessions.speakerName', { number: index + 1 })}
                  style={{ flex: 1 }}
                  required
                />
                <TextField
                  control={control}
                  name={`externalSpeakers.${index}.affiliation`}
                  label={t('events.sessions.speakerAffiliation')}
                  style={{ flex: 1 }}
                />
                <Tooltip label={t('events.sessions.removeSpeakerNumber', { number: index + 1 })}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={2}
                    aria-label={t('events.sessions.removeSpeakerNumber', { number: index + 1 })}
                    onClick={() => external.remove(index)}
                  >
                    <span aria-hidden>×</span>
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
            <FormErrorText
              error={errors.externalSpeakers?.message ? errors.externalSpeakers : undefined}
            />
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => external.append({ name: '', affiliation: '' })}
              >
                {t('events.sessions.addExternalSpeaker')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group justify="space-between">
          {onDelete ? (
            <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
              {t('events.sessions.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>

      {onDelete && (
        <ConfirmDialog
          opened={confirmDelete}
          title={t('events.sessions.deleteTitle')}
          message={t('events.sessions.deleteMessage')}
          confirmLabel={t('events.sessions.delete')}
          danger
          loading={deleting}
          onClose={() => setConfirmDelete(false)}
          onConfirm={async () => {
            setDeleting(true);
            try {
              await onDelete();
            } catch (error) {
              setSaveError({ error, details: [] });
            } finally {
              setDeleting(false);
              setConfirmDelete(false);
            }
          }}
        />
      )}
    </form>
  );
}
