import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { SetAsideSubmission } from '@multaqa/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useSetAsideSubmissions, useSettleSetAside } from '../api/set-aside-submissions';
import { nameFor } from '../../../lib/person-names';

/**
 * Public forms the background worker could not decide. Shown only when there are some: each
 * with its reason, to send back once the cause is fixed, or to dismiss (after asking).
 */
export function SetAsidePanel({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useSetAsideSubmissions(eventId);
  const settle = useSettleSetAside(eventId);
  const [dismissing, setDismissing] = useState<SetAsideSubmission | null>(null);
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data ?? [];
  if (items.length === 0) return null;
  const name = (s: SetAsideSubmission) =>
    s.fullNameAr || s.fullNameLatin ? nameFor(s, lang) : s.email;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('registrations.setAside.title', { count: items.length })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('registrations.setAside.description')}</Text>
        {settle.error ? <ErrorAlert error={settle.error} /> : null}
        {items.map((s) => (
          <Paper key={s.submissionId} withBorder p="sm" component="section" aria-label={name(s)}>
            <Stack gap={4}>
              <Text fw={600}>{name(s)}</Text>
              <Text size="sm">
                <span dir="ltr">{s.email}</span>
              </Text>
              <Text size="xs" c="dimmed">
                {t('registrations.setAside.submittedAt', {
                  at: formatDateTimeInZone(s.submittedAt, lang, timeZone),
                })}
              </Text>
              <Text size="sm">{s.reason}</Text>
              <Group gap="xs" mt={4}>
                <Button
                  size="xs"
                  loading={
                    settle.isPending &&
                    settle.variables?.submissionId === s.submissionId &&
                    settle.variables.action === 'retry'
                  }
                  onClick={() => settle.mutate({ submissionId: s.submissionId, action: 'retry' })}
                >
                  {t('registrations.setAside.retry')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setDismissing(s)}>
                  {t('registrations.setAside.dismiss')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
      <ConfirmDialog
        opened={dismissing !== null}
        title={t('registrations.setAside.dismissTitle')}
        message={
          dismissing ? t('registrations.setAside.dismissMessage', { name: name(dismissing) }) : ''
        }
        confirmLabel={t('registrations.setAside.dismiss')}
        danger
        loading={settle.isPending}
        onConfirm={() =>
          dismissing &&
          settle.mutate(
            { submissionId: dismissing.submissionId, action: 'dismiss' },
            { onSettled: () => setDismissing(null) },
          )
        }
        onClose={() => setDismissing(null)}
      />
    </Alert>
  );
}
