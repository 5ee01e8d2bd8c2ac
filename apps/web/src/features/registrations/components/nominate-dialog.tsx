import '@mantine/core/styles/SegmentedControl.css';
import { Button, Fieldset, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Question } from '@multaqa/contract';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ParticipantForm } from '../../../components/participant-form';
import { ParticipantSelect } from '../../../components/pickers/participant-select';
import { QuestionField } from '../../../components/question-field';
import { emptyAnswers, toAnswers } from '../../../lib/answers';
import { api, unwrap } from '../../../lib/api-client';
import { registrationFormQueryOptions } from '../api/get-registration-form';
import { useNominate } from '../api/nominate';

const NO_QUESTIONS: Question[] = [];

/**
 * Register someone for the event as a coordinator: pick an existing participant, or enter a
 * person. The API checks the typed person for duplicates, and registers a person outside this
 * coordinator's events by their email without showing their record. After "save anyway" the
 * person is saved first as a new participant, then nominated.
 */
export function NominateDialog({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [participantId, setParticipantId] = useState<string | null>(null);
  const nominate = useNominate(eventId);
  const questions = useQuery(registrationFormQueryOptions(eventId)).data?.questions ?? NO_QUESTIONS;
  const answersForm = useForm<{ answers: Record<string, string> }>({
    values: { answers: emptyAnswers(questions) },
  });
  const answers = () => toAnswers(questions, answersForm.getValues().answers);

  const nominateId = (id: string) =>
    nominate.mutate(
      { participantId: id, answers: answers() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('registrations.nominate.done') });
          onClose();
        },
      },
    );

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registrations.nominate.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v === 'new' ? 'new' : 'existing')}
          data={[
            { value: 'existing', label: t('registrations.nominate.existing') },
            { value: 'new', label: t('registrations.nominate.new') },
          ]}
        />
        {questions.length > 0 && (
          <Fieldset legend={t('registrations.nominate.questions')}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('registrations.nominate.questionsHint')}
              </Text>
              {questions.map((q) => (
                <QuestionField
                  key={q.key}
                  question={q}
                  control={answersForm.control}
                  name={`answers.${q.key}`}
                  required={false}
                />
              ))}
            </Stack>
          </Fieldset>
        )}
        {nominate.error && mode === 'existing' && <ErrorAlert error={nominate.error} />}
        {mode === 'existing' ? (
          <>
            <ParticipantSelect
              label={t('registrations.nominate.search')}
              placeholder={t('registrations.nominate.searchPlaceholder')}
              value={participantId}
              onChange={setParticipantId}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel')}
              </Button>
              <Button
                disabled={!participantId}
                loading={nominate.isPending}
                onClick={() => participantId && nominateId(participantId)}
              >
                {t('registrations.nominate.submit')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('registrations.nominate.newIntro')}
            </Text>
            <ParticipantForm
              submitLabel={t('registrations.nominate.submit')}
              onCancel={onClose}
              onUseDuplicate={(p) => nominateId(p.id)}
              onSave={async ({ allowDuplicate, ...participant }) => {
                if (allowDuplicate) {
                  const created = await unwrap(
                    api.POST('/api/participants', { body: { ...participant, allowDuplicate } }),
                  );
                  await nominate.mutateAsync({ participantId: created.id, answers: answers() });
                } else {
                  await nominate.mutateAsync({ participant, answers: answers() });
                }
                notifications.show({ color: 'teal', message: t('registrations.nominate.done') });
                onClose();
              }}
            />
          </>
        )}
      </Stack>
    </Modal>
  );
}
