import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  createEventSchema,
  EVENT_KINDS,
  EVENT_MODES,
  LANGUAGES,
  LATE_RULES,
  updateEventSchema,
  type Event,
} from '@multaqa/contract';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField, NativeSelectField } from '../../../components/choice-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormErrorText } from '../../../components/form-error';
import { NumberField } from '../../../components/number-field';
import { CountrySelect } from '../../../components/pickers/country-select';
import { InstitutionMultiSelect } from '../../../components/pickers/institution-select';
import { PackageSelect } from '../../../components/pickers/package-select';
import { TimeZoneSelect } from '../../../components/pickers/time-zone-select';
import { UserMultiSelect } from '../../../components/pickers/user-multi-select';
import { DateField, DateTimeField } from '../../../components/date-fields';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { requestResolver } from '../../../lib/form';
import { formatTimeZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { timeZonesOfCountry } from '../../../lib/time-zone';
import { useSave } from '../../../lib/use-save';
import {
  formToCreateInput,
  formToUpdateInput,
  type EventFormValues,
  type EventRequest,
} from './event-form-values';

interface EventFormProps {
  mode: 'create' | 'edit';
  initialValues: EventFormValues;
  /** The event being edited: labels for its package, partners and coordinators. */
  event?: Event;
  /** Only admins choose coordinators: who may see and edit an event follows from it. */
  canChooseCoordinators: boolean;
  submitLabel: string;
  onSave: (body: EventRequest) => Promise<void>;
  onCancel: () => void;
}

export function EventForm({
  mode,
  initialValues,
  event,
  canChooseCoordinators,
  submitLabel,
  onSave,
  onCancel,
}: EventFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const errorText = useFormErrorText();
  const [toRequest] = useState(
    () => (values: EventFormValues) =>
      mode === 'create'
        ? formToCreateInput(values)
        : formToUpdateInput(values, { withCoordinators: canChooseCoordinators }),
  );
  const form = useForm<EventFormValues>({
    // The request is checked with the contract's schema; errors land on the same field names.
    resolver: requestResolver(mode === 'create' ? createEventSchema : updateEventSchema, toRequest),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const timeZone = useWatch({ control, name: 'timeZone' });
  const { isSubmitting } = form.formState;

  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(
    (values) => save(() => onSave(toRequest(values) as EventRequest)),
    onInvalid,
  );

  // A country with one zone decides it; the coordinator can still pick another.
  const prefillTimeZone = (countryCode: string | null) => {
    const zones = countryCode ? timeZonesOfCountry(countryCode) : [];
    if (zones.length === 1 && !form.getFieldState('timeZone').isDirty) {
      form.setValue('timeZone', zones[0], { shouldValidate: form.formState.isSubmitted });
    }
  };

  const windowHint = timeZone
    ? t('events.form.windowZone', { zone: formatTimeZone(timeZone, lang) })
    : t('events.form.windowZoneMissing');

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={submitLabel}>
      <Stack gap="lg">
        {saveError && (
          <ErrorAlert
            error={saveError.error}
            details={saveError.details}
            title={t('events.form.saveFailed')}
          />
        )}

        <Fieldset legend={t('events.form.what')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelectField
                control={control}
                name="kind"
                label={t('events.fields.kind')}
                disabled={mode === 'edit'}
                data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
              />
              {kind === 'training' && (
                <Controller
                  control={control}
                  name="packageId"
                  render={({ field, fieldState }) => (
                    <PackageSelect
                      ref={field.ref}
                      label={t('events.fields.package')}
                      description={t('events.form.packageHint')}
                      required
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      current={event?.package ?? null}
                      error={errorText(fieldState.error)}
                    />
                  )}
                />
              )}
            </SimpleGrid>
            <LocalizedTextFields
              control={control}
              name="title"
              label={(language) =>
                t('events.form.inLanguage', { field: t('events.fields.title'), language })
              }
              maxLength={200}
              cols={{ base: 1, md: 3 }}
            />
            <LocalizedTextFields
              control={control}
              name="description"
              label={(language) =>
                t('events.form.inLanguage', { field: t('events.fields.description'), language })
              }
              multiline
              minRows={3}
              cols={{ base: 1, md: 3 }}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.where')}>
          <Stack gap="sm">
            <LocalizedTextFields
              control={control}
              name="city"
              label={(language) =>
                t('events.form.inLanguage', { field: t('events.fields.city'), language })
              }
              maxLength={200}
              cols={{ base: 1, md: 3 }}
            />
            <LocalizedTextFields
              control={control}
              name="venue"
              label={(language) =>
                t('events.form.inLanguage', { field: t('events.fields.venue'), language })
              }
              maxLength={200}
              cols={{ base: 1, md: 3 }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="countryCode"
                render={({ field, fieldState }) => (
                  <CountrySelect
                    ref={field.ref}
                    label={t('events.fields.country')}
                    required
                    value={field.value}
                    onChange={(code) => {
                      field.onChange(code ?? '');
                      prefillTimeZone(code);
                    }}
                    onBlur={field.onBlur}
                    error={errorText(fieldState.error)}
                  />
                )}
              />
              <Controller
                control={control}
                name="timeZone"
                render={({ field, fieldState }) => (
                  <TimeZoneSelect
                    ref={field.ref}
                    label={t('events.fields.timeZone')}
                    description={t('events.form.timeZoneHint')}
                    required
                    value={field.value}
                    onChange={(zone) => field.onChange(zone ?? '')}
                    onBlur={field.onBlur}
                    error={errorText(fieldState.error)}
                  />
                )}
              />
              <NativeSelectField
                control={control}
                name="mode"
                label={t('events.fields.mode')}
                data={EVENT_MODES.map((m) => ({ value: m, label: t(`events.mode.${m}`) }))}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.when')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                control={control}
                name="startDate"
                label={t('events.fields.startDate')}
                required
              />
              <DateField
                control={control}
                name="endDate"
                label={t('events.fields.endDate')}
                required
              />
              <DateTimeField
                control={control}
                name="registrationOpensAt"
                label={t('events.fields.registrationOpensAt')}
                description={windowHint}
              />
              <DateTimeField
                control={control}
                name="registrationClosesAt"
                label={t('events.fields.registrationClosesAt')}
                description={windowHint}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.who')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <CheckboxGroupField
                control={control}
                name="languages"
                label={t('events.fields.languages')}
                options={LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
                required
              />
              <NumberField
                control={control}
                name="capacity"
                label={t('events.fields.capacity')}
                min={1}
                max={100000}
                allowDecimal={false}
                required
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="partnerIds"
              render={({ field, fieldState }) => (
                <InstitutionMultiSelect
                  ref={field.ref}
                  label={t('events.fields.partners')}
                  placeholder={t('events.form.partnersPlaceholder')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  initial={event?.partners}
                  error={errorText(fieldState.error)}
                />
              )}
            />
            {canChooseCoordinators ? (
              <Controller
                control={control}
                name="coordinatorIds"
                render={({ field, fieldState }) => (
                  <UserMultiSelect
                    ref={field.ref}
                    label={t('events.fields.coordinators')}
                    roles={['coordinator', 'admin']}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    initial={event?.coordinators}
                    error={errorText(fieldState.error)}
                  />
                )}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('events.form.coordinatorsSelf')}
              </Text>
            )}
          </Stack>
        </Fieldset>

        {mode === 'edit' && (
          <Fieldset legend={t('events.form.attendance')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelectField
                control={control}
                name="lateCountsAs"
                label={t('events.fields.lateCountsAs')}
                description={t('events.form.lateCountsAsHint')}
                data={LATE_RULES.map((rule) => ({
                  value: rule,
                  label: t(`events.lateCountsAs.${rule}`),
                }))}
              />
              <NumberField
                control={control}
                name="lateAfterMinutes"
                label={t('events.fields.lateAfterMinutes')}
                description={t('events.form.lateAfterHint')}
                min={0}
                max={240}
                allowDecimal={false}
              />
            </SimpleGrid>
          </Fieldset>
        )}

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
