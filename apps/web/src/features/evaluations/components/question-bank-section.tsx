import { Alert, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  pickLocalized,
  questionBankSchema,
  type BankQuestion,
  type TrainingPackage,
} from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoveItem } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { requestResolver } from '../../../lib/form';
import { currentLanguage } from '../../../lib/i18n';
import { useSave } from '../../../lib/use-save';
import { questionBankQueryOptions, useSaveQuestionBank } from '../api/question-bank';
import { bankToForm, emptyQuestion, formToBank, type BankFormValues } from '../lib/bank-form';
import { QuestionEditor } from './question-editor';

const MAX_QUESTIONS = 200;

/**
 * The package version's question bank, on its page: the tests of its events copy from it. Only a
 * draft changes; a published version's bank is read-only, like its modules.
 */
export function QuestionBankSection({ pkg, canEdit }: { pkg: TrainingPackage; canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(questionBankQueryOptions(pkg.id));
  const editable = canEdit && pkg.status === 'draft';

  return (
    <Stack gap="sm" component="section" aria-labelledby="question-bank-title">
      <Title order={2} size="h3" id="question-bank-title">
        {t('evaluations.bank.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('evaluations.bank.intro')}
      </Text>
      {query.isPending ? (
        <Skeleton height={160} aria-label={t('common.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : editable ? (
        <BankEditor
          key={JSON.stringify(query.data)}
          packageId={pkg.id}
          questions={query.data.questions}
        />
      ) : (
        <>
          {pkg.status !== 'draft' && (
            <Alert color="blue" variant="light" title={t('evaluations.bank.readOnlyTitle')}>
              {t('evaluations.bank.readOnly')}
            </Alert>
          )}
          <BankView questions={query.data.questions} />
        </>
      )}
    </Stack>
  );
}

function BankView({ questions }: { questions: BankQuestion[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (questions.length === 0) return <Text c="dimmed">{t('evaluations.bank.empty')}</Text>;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {questions.map((q, index) => (
        <Card component="li" withBorder key={q.id} padding="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Text fw={600}>
              {t('evaluations.bank.numbered', {
                number: index + 1,
                text: pickLocalized(q.prompt, lang),
              })}
            </Text>
            <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
              {t('evaluations.points', { count: q.points })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" mb={4}>
            {t(`evaluations.bank.${q.type}`)}
          </Text>
          <List size="sm" spacing={2}>
            {q.options.map((o) => (
              <List.Item key={o.id} fw={o.correct ? 600 : undefined}>
                {pickLocalized(o.text, lang)}
                {o.correct && (
                  <Text span c="teal.8" size="sm">
                    {' '}
                    ({t('evaluations.bank.correct')})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </Stack>
  );
}

const resolver = requestResolver(questionBankSchema, formToBank);

function BankEditor({ packageId, questions }: { packageId: string; questions: BankQuestion[] }) {
  const { t } = useTranslation();
  const saveBank = useSaveQuestionBank(packageId);
  const form = useForm<BankFormValues>({
    resolver,
    defaultValues: bankToForm(questions),
    shouldFocusError: false,
  });
  const { fields, append, remove, move } = useFieldArray({
    control: form.control,
    name: 'questions',
  });
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const [removing, setRemoving] = useState<number | null>(null);
  const submit = form.handleSubmit(
    (values) =>
      save(async () => {
        await saveBank.mutateAsync(formToBank(values));
        notifications.show({
          color: 'teal',
          message: t('evaluations.bank.saved'),
          closeButtonProps: { 'aria-label': t('actions.close') },
        });
      }),
    onInvalid,
  );

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="question-bank-title">
      <Stack gap="md">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        {fields.length === 0 && <Text c="dimmed">{t('evaluations.bank.empty')}</Text>}
        {fields.map((field, index) => (
          <QuestionEditor
            key={field.id}
            control={form.control}
            setValue={form.setValue}
            index={index}
            count={fields.length}
            onMove={(to) => move(index, to)}
            onRemove={() => setRemoving(index)}
          />
        ))}
        <Group justify="space-between" wrap="wrap">
          <Button
            variant="light"
            disabled={fields.length >= MAX_QUESTIONS}
            onClick={() => append(emptyQuestion())}
          >
            {t('evaluations.bank.add')}
          </Button>
          <Button
            type="submit"
            loading={form.formState.isSubmitting}
            disabled={!form.formState.isDirty}
          >
            {t('evaluations.bank.save')}
          </Button>
        </Group>
      </Stack>
      <ConfirmRemoveItem
        index={removing}
        title={t('evaluations.bank.removeTitle')}
        message={(number) => t('evaluations.bank.removeMessage', { number })}
        onRemove={remove}
        onClose={() => setRemoving(null)}
      />
    </form>
  );
}
