import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  evaluationInputSchema,
  isTestKind,
  pickLocalized,
  type BankQuestion,
  type EvaluationKind,
} from '@multaqa/contract';
import { useController, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../../components/date-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormErrorText } from '../../../components/form-error';
import { NumberField } from '../../../components/number-field';
import { formatTimeZone } from '../../../lib/format';
import { requestResolver } from '../../../lib/form';
import { currentLanguage } from '../../../lib/i18n';
import { useSave } from '../../../lib/use-save';
import { useSaveEvaluation } from '../api/event-evaluations';
import { setupToInput, type SetupFormValues } from '../lib/setup-form';
import { SurveyItemsEditor } from './survey-items-editor';

interface SetupFormProps {
  eventId: string;
  timeZone: string;
  kind: EvaluationKind;
  initialValues: SetupFormValues;
  /** The package version's bank, to choose a test's questions from. */
  bank: BankQuestion[];
  /** Once someone answered, only the times may change. */
  answered: boolean;
  onDone: () => void;
  onCancel: () => void;
}

/** Setting up (or editing) a pre-test, post-test or survey: its window, and what it asks. */
export function SetupForm({
  eventId,
  timeZone,
  kind,
  initialValues,
  bank,
  answered,
  onDone,
  onCancel,
}: SetupFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const saveEvaluation = useSaveEvaluation(eventId, kind);
  const bankOrder = bank.map((q) => q.id);
  const form = useForm<SetupFormValues>({
    resolver: requestResolver(evaluationInputSchema, (values: SetupFormValues) =>
      setupToInput(kind, values, timeZone, bankOrder),
    ),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const test = isTestKind(kind);
  const submit = form.handleSubmit(
    (values) =>
      save(async () => {
        await saveEvaluation.mutateAsync(setupToInput(kind, values, timeZone, bankOrder));
        onDone();
      }),
    onInvalid,
  );
  const zoneHint = t('evaluations.setup.inZone', { zone: formatTimeZone(timeZone, lang) });

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={t(`evaluations.kind.${kind}`)}>
      <Stack gap="md">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        {answered && (
          <Alert color="yellow" variant="light">
            {t('evaluations.setup.answeredOnlyTimes')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField
            control={form.control}
            name="opensAt"
            label={t('evaluations.setup.opensAt')}
            description={zoneHint}
            required
          />
          <DateTimeField
            control={form.control}
            name="closesAt"
            label={t('evaluations.setup.closesAt')}
            description={zoneHint}
            required
          />
        </SimpleGrid>
        {test && (
          <>
            <NumberField
              control={form.control}
              name="passMarkPercent"
              label={t('evaluations.setup.passMark')}
              min={0}
              max={100}
              suffix=" %"
              allowDecimal={false}
              disabled={answered}
              w={{ base: '100%', xs: 200 }}
            />
            <QuestionChoice control={form.control} bank={bank} disabled={answered} />
          </>
        )}
        {kind === 'survey' && <SurveyItemsEditor control={form.control} disabled={answered} />}
        <Group justify="flex-end">
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

/** Which of the bank's questions the test asks (in the bank's order). */
function QuestionChoice({
  control,
  bank,
  disabled,
}: {
  control: Control<SetupFormValues>;
  bank: BankQuestion[];
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { field, fieldState } = useController({ control, name: 'questionIds' });
  const errorText = useFormErrorText();
  const chosen = field.value;
  return (
    <Checkbox.Group
      label={t('evaluations.setup.questions', { chosen: chosen.length, total: bank.length })}
      value={chosen}
      onChange={field.onChange}
      error={errorText(fieldState.error)}
    >
      <Group gap="xs" my={4}>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={disabled}
          onClick={() => field.onChange(bank.map((q) => q.id))}
        >
          {t('evaluations.setup.all')}
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={disabled}
          onClick={() => field.onChange([])}
        >
          {t('evaluations.setup.none')}
        </Button>
      </Group>
      <Stack gap={6}>
        {bank.map((q, index) => (
          <Checkbox
            key={q.id}
            value={q.id}
            disabled={disabled}
            ref={index === 0 ? field.ref : undefined}
            label={t('evaluations.bank.numbered', {
              number: index + 1,
              text: pickLocalized(q.prompt, lang),
            })}
            description={t('evaluations.points', { count: q.points })}
          />
        ))}
      </Stack>
      {bank.length === 0 && <Text c="dimmed">{t('evaluations.bank.empty')}</Text>}
    </Checkbox.Group>
  );
}
