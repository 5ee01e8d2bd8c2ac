import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  isTestKind,
  type BankQuestion,
  type Evaluation,
  type EvaluationKind,
  type Event,
} from '@multaqa/contract';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useErrorMessage } from '../../../components/error-alert';
import { formatDateTimeInZone, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useDeleteEvaluation, useSendEvaluationLinks } from '../api/event-evaluations';
import { defaultSetup, evaluationToSetup } from '../lib/setup-form';
import { EvaluationStateBadge } from './evaluation-state-badge';
import { SetupForm } from './setup-form';

interface EvaluationCardProps {
  event: Event;
  kind: EvaluationKind;
  evaluation: Evaluation | undefined;
  /** The event's package bank; null when the event has no training package. */
  bank: BankQuestion[] | null;
}

/** One of the event's three evaluations: set it up, or see how it goes and act on it. */
export function EvaluationCard({ event, kind, evaluation, bank }: EvaluationCardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const phone = useMediaQuery('(max-width: 48em)');
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'send' | 'delete' | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const send = useSendEvaluationLinks(event.id, kind);
  const remove = useDeleteEvaluation(event.id, kind);
  const test = isTestKind(kind);
  const titleId = `evaluation-${kind}-title`;
  const when = (iso: string) => formatDateTimeInZone(iso, lang, event.timeZone);
  // A test copies questions from the package's bank: without one there is nothing to ask.
  const cannotSetUp = !test
    ? null
    : bank === null
      ? t('evaluations.card.needsPackage')
      : bank.length === 0
        ? t('evaluations.card.emptyBank')
        : null;
  const answered = (evaluation?.answered ?? 0) > 0;
  // Who the links go to: those approved who have not answered yet.
  const unanswered = Math.max(0, (evaluation?.expected ?? 0) - (evaluation?.answered ?? 0));
  const closeProps = { 'aria-label': t('actions.close') };

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={titleId}
      padding="md"
      data-testid={`evaluation-${kind}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {t(`evaluations.kind.${kind}`)}
          </Title>
          {evaluation ? (
            <EvaluationStateBadge state={evaluation.state} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('evaluations.card.notSetUp')}
            </Text>
          )}
        </Group>

        {evaluation ? (
          <>
            <Text size="sm">
              {t('evaluations.card.window', {
                opens: when(evaluation.opensAt),
                closes: when(evaluation.closesAt),
              })}
            </Text>
            <Text size="sm" fw={600} aria-live="polite">
              {t('evaluations.card.answered', {
                count: evaluation.expected,
                answered: formatNumber(evaluation.answered, lang),
                expected: formatNumber(evaluation.expected, lang),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {test
                ? t('evaluations.card.testSummary', {
                    count: evaluation.questions.length,
                    mark: formatNumber(evaluation.passMarkPercent, lang),
                  })
                : t('evaluations.card.surveySummary', { count: evaluation.items.length })}
            </Text>
            {evaluation.invitedAt && (
              <Text size="sm" c="dimmed">
                {t('evaluations.card.invitedAt', { date: when(evaluation.invitedAt) })}
              </Text>
            )}
            {sent !== null && (
              <Text size="sm" c="teal.8" role="status">
                {t('evaluations.card.sent', { count: sent, number: formatNumber(sent, lang) })}
              </Text>
            )}
            <Group gap="xs" wrap="wrap">
              <Button
                size="xs"
                // Closed, or everyone has answered: nobody to send a link to.
                disabled={evaluation.state === 'closed' || unanswered === 0}
                onClick={() => {
                  send.reset();
                  setConfirm('send');
                }}
              >
                {t('evaluations.card.send')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {t('actions.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                disabled={answered}
                aria-describedby={answered ? `${titleId}-delete-reason` : undefined}
                onClick={() => {
                  remove.reset();
                  setConfirm('delete');
                }}
              >
                {t('evaluations.card.delete')}
              </Button>
            </Group>
            {answered && (
              <Text size="xs" c="dimmed" id={`${titleId}-delete-reason`}>
                {t('evaluations.card.deleteAnswered')}
              </Text>
            )}
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t(`evaluations.card.intro.${kind}`)}
            </Text>
            <Group>
              <Button size="xs" disabled={cannotSetUp !== null} onClick={() => setEditing(true)}>
                {t('evaluations.card.setUp')}
              </Button>
            </Group>
            {cannotSetUp && (
              <Text size="xs" c="dimmed">
                {cannotSetUp}
              </Text>
            )}
          </>
        )}
      </Stack>

      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('evaluations.setup.title', { kind: t(`evaluations.kind.${kind}`) })}
        size="xl"
        fullScreen={phone}
        closeButtonProps={closeProps}
      >
        {editing && (
          <SetupForm
            eventId={event.id}
            timeZone={event.timeZone}
            kind={kind}
            bank={bank ?? []}
            answered={answered}
            initialValues={
              evaluation
                ? evaluationToSetup(evaluation, event.timeZone)
                : defaultSetup(
                    kind,
                    event,
                    (bank ?? []).map((q) => q.id),
                  )
            }
            onCancel={() => setEditing(false)}
            onDone={() => {
              setEditing(false);
              notifications.show({
                color: 'teal',
                message: t('evaluations.setup.saved'),
                closeButtonProps: closeProps,
              });
            }}
          />
        )}
      </Modal>

      <ConfirmDialog
        opened={confirm === 'send'}
        title={t('evaluations.card.sendTitle')}
        message={[
          t('evaluations.card.sendMessage', {
            count: unanswered,
            number: formatNumber(unanswered, lang),
          }),
          send.isError ? errorMessage(send.error) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('evaluations.card.sendConfirm')}
        loading={send.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          send.mutate(undefined, {
            onSuccess: (result) => {
              setSent(result.sent);
              setConfirm(null);
            },
          })
        }
      />
      <ConfirmDialog
        opened={confirm === 'delete'}
        title={t('evaluations.card.deleteTitle', { kind: t(`evaluations.kind.${kind}`) })}
        message={[
          t('evaluations.card.deleteMessage'),
          remove.isError ? errorMessage(remove.error) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('evaluations.card.delete')}
        danger
        loading={remove.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirm(null) })}
      />
    </Card>
  );
}
